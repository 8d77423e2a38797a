//! Reading an opened file's bytes as text, in plain Rust (tested natively).
//!
//! Browsers' `File.text()` decodes UTF-8 only, turning every other byte
//! into U+FFFD, so a Latin-1 file looked binary to the widget. Text files
//! from older Windows and Mac software are still often Windows-1252, and
//! such a file is never valid UTF-8 once it holds an accented letter, so
//! the bytes are read as:
//! 1. UTF-16 when they start with its byte order mark (Notepad's
//!    "Unicode");
//! 2. UTF-8 (a leading BOM dropped) when they are valid UTF-8;
//! 3. else Windows-1252, the WHATWG Encoding Standard's reading of every
//!    "latin1" and "iso-8859-1" label too (<https://encoding.spec.whatwg.org/#names-and-labels>),
//!    unless the bytes look binary: any NUL, or more than one in a
//!    thousand a control code or a byte Windows-1252 leaves undefined.
//!    Prose in a legacy encoding has next to none; compressed or machine
//!    data has about one in nine.
//!
//! Whatever is decoded still passes the engine's own binary check
//! (`engine::validate::check_text`) before it replaces the reader's text.

/// How a file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte order mark.
    Utf8,
    /// UTF-16, little- or big-endian, from its byte order mark.
    Utf16,
    /// Windows-1252 (Latin-1 and its Windows additions).
    Windows1252,
}

impl Encoding {
    /// What the reader should be told about a file read this way: `None`
    /// when nothing was guessed.
    pub fn remark(self) -> Option<&'static str> {
        match self {
            Encoding::Utf8 | Encoding::Utf16 => None,
            Encoding::Windows1252 => Some("is not UTF-8 and was read as Windows-1252 (Latin-1)"),
        }
    }
}

/// The text in `bytes` and how it was read, or `None` when they look like
/// a binary file rather than text in any encoding read here.
pub fn decode(bytes: &[u8]) -> Option<(String, Encoding)> {
    if let Some(text) = utf16(bytes) {
        return Some((text, Encoding::Utf16));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some((text.to_string(), Encoding::Utf8));
    }
    let odd = bytes.iter().filter(|&&b| looks_binary(b)).count();
    if bytes.contains(&0) || odd * 1000 > bytes.len() {
        return None;
    }
    Some((
        bytes.iter().map(|&b| windows_1252(b)).collect(),
        Encoding::Windows1252,
    ))
}

/// `bytes` as UTF-16 if they start with its byte order mark (unpaired
/// surrogates become U+FFFD, as a browser's decoder does).
fn utf16(bytes: &[u8]) -> Option<String> {
    let little = match bytes.get(..2)? {
        [0xFF, 0xFE] => true,
        [0xFE, 0xFF] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|pair| match little {
        true => u16::from_le_bytes([pair[0], pair[1]]),
        false => u16::from_be_bytes([pair[0], pair[1]]),
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

/// Whether byte `b` of a would-be Windows-1252 text is a sign of binary
/// data: a C0 control other than tab, line feed, form feed and carriage
/// return, DEL, or one of the five bytes Windows-1252 leaves undefined.
fn looks_binary(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0B | 0x0E..=0x1F | 0x7F | 0x81 | 0x8D | 0x8F | 0x90 | 0x9D)
}

/// Windows-1252's characters for 0x80 to 0x9F (the WHATWG index,
/// <https://encoding.spec.whatwg.org/index-windows-1252.txt>); the five
/// undefined bytes map to the C1 control of the same number, as there.
const HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The character Windows-1252 gives byte `b`: ASCII and Latin-1 map to
/// themselves, 0x80 to 0x9F through [`HIGH`].
fn windows_1252(b: u8) -> char {
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_and_drops_its_byte_order_mark() {
        assert_eq!(
            decode("café".as_bytes()),
            Some(("café".into(), Encoding::Utf8))
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFcaf\xC3\xA9"),
            Some(("café".into(), Encoding::Utf8))
        );
    }

    #[test]
    fn reads_a_latin1_file_as_windows_1252() {
        // "Le café coûte 3 €" in Windows-1252: é E9, û FB, € 80.
        let bytes = b"Le caf\xE9 co\xFBte 3 \x80 \x93cher\x94.\r\n";
        assert_eq!(
            decode(bytes),
            Some((
                "Le café coûte 3 € “cher”.\r\n".into(),
                Encoding::Windows1252
            ))
        );
    }

    #[test]
    fn reads_utf16_from_its_byte_order_mark() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé 👍".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé 👍".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le), Some(("Hé 👍".into(), Encoding::Utf16)));
        assert_eq!(decode(&be), Some(("Hé 👍".into(), Encoding::Utf16)));
    }

    #[test]
    fn refuses_binary_that_is_not_utf8() {
        // A PNG signature and header: NUL bytes.
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), None);
        // Bytes spread evenly over 1..=255, as compressed data are: no NUL,
        // but control codes and undefined bytes throughout.
        let spread: Vec<u8> = (0..4096u32).map(|i| (i * 97 % 255 + 1) as u8).collect();
        assert_eq!(decode(&spread), None);
    }

    #[test]
    fn maps_every_byte_to_one_char() {
        let all: Vec<u8> = (0x20..=0xFF).filter(|&b| !looks_binary(b)).collect();
        let (text, encoding) = decode(&all).expect("printable bytes are text");
        assert_eq!(encoding, Encoding::Windows1252);
        assert_eq!(text.chars().count(), all.len());
        assert_eq!(text.chars().next(), Some(' '));
        assert_eq!(text.chars().last(), Some('ÿ'));
    }
}
