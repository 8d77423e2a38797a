//! Character codes of simple fonts to Unicode: the three base encodings
//! of ISO 32000-1 Annex D (StandardEncoding, WinAnsiEncoding,
//! MacRomanEncoding) and glyph names (a font's `/Differences`, a Type 1
//! font's built-in encoding) through a subset of the Adobe Glyph List
//! (<https://github.com/adobe-type-tools/agl-aglfn>, `glyphlist.txt`):
//! the names of Latin-1, of the WinAnsi extras and the common
//! ligatures, plus the AGL specification's `uniXXXX`, `uXXXX[XX]`,
//! `a_b` ligature and `.suffix` rules.

/// WinAnsiEncoding's codes 0x80..=0x9F (Windows-1252); `\0` is unused.
/// From 0xA0 on it is Latin-1.
const WIN_ANSI_80: [char; 32] = [
    '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0', '‘',
    '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
];

/// MacRomanEncoding's codes 0x80..=0xFF.
const MAC_ROMAN_80: &str = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø\
¿¡¬√ƒ≈∆«»…\u{a0}ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{f8ff}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

/// StandardEncoding's codes from 0xA1 (the rest of 0x80..=0xFF unused).
const STANDARD_A1: &[(u8, char)] = &[
    (0xA1, '¡'),
    (0xA2, '¢'),
    (0xA3, '£'),
    (0xA4, '⁄'),
    (0xA5, '¥'),
    (0xA6, 'ƒ'),
    (0xA7, '§'),
    (0xA8, '¤'),
    (0xA9, '\''),
    (0xAA, '“'),
    (0xAB, '«'),
    (0xAC, '‹'),
    (0xAD, '›'),
    (0xAE, 'ﬁ'),
    (0xAF, 'ﬂ'),
    (0xB1, '–'),
    (0xB2, '†'),
    (0xB3, '‡'),
    (0xB4, '·'),
    (0xB6, '¶'),
    (0xB7, '•'),
    (0xB8, '‚'),
    (0xB9, '„'),
    (0xBA, '”'),
    (0xBB, '»'),
    (0xBC, '…'),
    (0xBD, '‰'),
    (0xBF, '¿'),
    (0xC1, '`'),
    (0xC2, '´'),
    (0xC3, 'ˆ'),
    (0xC4, '˜'),
    (0xC5, '¯'),
    (0xC6, '˘'),
    (0xC7, '˙'),
    (0xC8, '¨'),
    (0xCA, '˚'),
    (0xCB, '¸'),
    (0xCD, '˝'),
    (0xCE, '˛'),
    (0xCF, 'ˇ'),
    (0xD0, '—'),
    (0xE1, 'Æ'),
    (0xE3, 'ª'),
    (0xE8, 'Ł'),
    (0xE9, 'Ø'),
    (0xEA, 'Œ'),
    (0xEB, 'º'),
    (0xF1, 'æ'),
    (0xF5, 'ı'),
    (0xF8, 'ł'),
    (0xF9, 'ø'),
    (0xFA, 'œ'),
    (0xFB, 'ß'),
];

/// A base encoding: code to character (`None` for an unused code).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Base {
    Standard,
    WinAnsi,
    MacRoman,
}

impl Base {
    /// The encoding named `name` (`/WinAnsiEncoding` and the like).
    pub fn named(name: &[u8]) -> Option<Base> {
        match name {
            b"StandardEncoding" => Some(Base::Standard),
            b"WinAnsiEncoding" => Some(Base::WinAnsi),
            b"MacRomanEncoding" => Some(Base::MacRoman),
            _ => None,
        }
    }

    /// The character of `code`.
    pub fn char(self, code: u8) -> Option<char> {
        match (self, code) {
            (Base::Standard, b'\'') => Some('’'),
            (Base::Standard, b'`') => Some('‘'),
            (_, 0x20..=0x7E) => Some(char::from(code)),
            (Base::WinAnsi, 0x80..=0x9F) => Some(WIN_ANSI_80[usize::from(code - 0x80)]),
            (Base::WinAnsi, 0xA0..) => Some(char::from(code)),
            (Base::MacRoman, 0x80..) => MAC_ROMAN_80.chars().nth(usize::from(code - 0x80)),
            (Base::Standard, 0xA1..) => STANDARD_A1
                .iter()
                .find(|&&(c, _)| c == code)
                .map(|&(_, ch)| ch),
            _ => None,
        }
        .filter(|&c| c != '\0')
    }
}

/// AGL names of ASCII punctuation and digits, 0x20..=0x40 in order.
const ASCII_20: &str = "space exclam quotedbl numbersign dollar percent ampersand quotesingle \
parenleft parenright asterisk plus comma hyphen period slash zero one two three four five six \
seven eight nine colon semicolon less equal greater question at";
/// 0x5B..=0x60 and 0x7B..=0x7E.
const ASCII_5B: &str = "bracketleft backslash bracketright asciicircum underscore grave";
const ASCII_7B: &str = "braceleft bar braceright asciitilde";
/// AGL names of U+00A0..=U+00FF in order.
const LATIN1_A0: &str = "nbspace exclamdown cent sterling currency yen brokenbar section dieresis \
copyright ordfeminine guillemotleft logicalnot sfthyphen registered macron degree plusminus \
twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine \
guillemotright onequarter onehalf threequarters questiondown Agrave Aacute Acircumflex Atilde \
Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex \
Idieresis Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute \
Ucircumflex Udieresis Yacute Thorn germandbls agrave aacute acircumflex atilde adieresis aring ae \
ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis eth ntilde ograve \
oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn \
ydieresis";
/// Other AGL names met in Latin text.
const OTHERS: &[(&str, &str)] = &[
    ("Euro", "€"),
    ("quotesinglbase", "‚"),
    ("florin", "ƒ"),
    ("quotedblbase", "„"),
    ("ellipsis", "…"),
    ("dagger", "†"),
    ("daggerdbl", "‡"),
    ("circumflex", "ˆ"),
    ("perthousand", "‰"),
    ("Scaron", "Š"),
    ("guilsinglleft", "‹"),
    ("OE", "Œ"),
    ("Zcaron", "Ž"),
    ("quoteleft", "‘"),
    ("quoteright", "’"),
    ("quotedblleft", "“"),
    ("quotedblright", "”"),
    ("bullet", "•"),
    ("endash", "–"),
    ("emdash", "—"),
    ("tilde", "˜"),
    ("trademark", "™"),
    ("scaron", "š"),
    ("guilsinglright", "›"),
    ("oe", "œ"),
    ("zcaron", "ž"),
    ("Ydieresis", "Ÿ"),
    ("fi", "fi"),
    ("fl", "fl"),
    ("ff", "ff"),
    ("ffi", "ffi"),
    ("ffl", "ffl"),
    ("dotlessi", "ı"),
    ("Lslash", "Ł"),
    ("lslash", "ł"),
    ("fraction", "⁄"),
    ("minus", "−"),
    ("breve", "˘"),
    ("dotaccent", "˙"),
    ("ring", "˚"),
    ("hungarumlaut", "˝"),
    ("ogonek", "˛"),
    ("caron", "ˇ"),
    ("nbspace", " "),
    ("sfthyphen", "-"),
];

/// The text of the glyph named `name`, per the AGL specification's
/// rules; `None` for a name it does not know.
pub fn glyph_text(name: &str) -> Option<String> {
    let name = name.split('.').next().unwrap_or(name);
    if name.contains('_') {
        return name.split('_').map(glyph_text).collect();
    }
    if let Some(hex) = name.strip_prefix("uni") {
        if hex.len() % 4 == 0 && !hex.is_empty() {
            return hex
                .as_bytes()
                .chunks(4)
                .map(|c| hex_char(std::str::from_utf8(c).ok()?))
                .collect();
        }
    }
    if let Some(hex) = name
        .strip_prefix('u')
        .filter(|h| (4..=6).contains(&h.len()))
    {
        if let Some(c) = hex_char(hex) {
            return Some(c.to_string());
        }
    }
    if name.len() == 1 && name.as_bytes()[0].is_ascii_alphabetic() {
        return Some(name.to_string());
    }
    if let Some(&(_, text)) = OTHERS.iter().find(|&&(n, _)| n == name) {
        return Some(text.to_string());
    }
    [
        (ASCII_20, 0x20),
        (ASCII_5B, 0x5B),
        (ASCII_7B, 0x7B),
        (LATIN1_A0, 0xA0),
    ]
    .iter()
    .find_map(|&(names, first)| {
        let i = names.split(' ').position(|n| n == name)?;
        char::from_u32(first + i as u32).map(String::from)
    })
}

fn hex_char(hex: &str) -> Option<char> {
    let code = u32::from_str_radix(hex, 16).ok()?;
    // A surrogate is no character (the AGL specification excludes them).
    char::from_u32(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_encodings_cover_their_tables() {
        assert_eq!(MAC_ROMAN_80.chars().count(), 128);
        assert_eq!(LATIN1_A0.split(' ').count(), 96);
        assert_eq!(ASCII_20.split(' ').count(), 33);
        assert_eq!(Base::WinAnsi.char(0x93), Some('“'));
        assert_eq!(Base::WinAnsi.char(0xE9), Some('é'));
        assert_eq!(Base::WinAnsi.char(0x81), None);
        assert_eq!(Base::MacRoman.char(0x8E), Some('é'));
        assert_eq!(Base::MacRoman.char(0xD2), Some('“'));
        assert_eq!(Base::Standard.char(0x27), Some('’'));
        assert_eq!(Base::Standard.char(0xAE), Some('ﬁ'));
    }

    #[test]
    fn glyph_names_follow_the_agl_rules() {
        for (name, text) in [
            ("eacute", "é"),
            ("quoteright", "’"),
            ("seven", "7"),
            ("braceleft", "{"),
            ("uni00E9", "é"),
            ("uni00660069", "fi"),
            ("u1F600", "😀"),
            ("f_f_i", "ffi"),
            ("a.sc", "a"),
            ("ffi", "ffi"),
            ("ydieresis", "ÿ"),
        ] {
            assert_eq!(glyph_text(name).as_deref(), Some(text), "{name}");
        }
        assert_eq!(glyph_text("g123"), None);
        assert_eq!(glyph_text("uniD800"), None);
    }
}
