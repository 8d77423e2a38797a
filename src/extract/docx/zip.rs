//! The few zip archive entries a `.docx` reader needs, read from the
//! archive's central directory (PKWARE's APPNOTE.TXT, 4.3: end of central
//! directory record, central directory headers, local file headers), each
//! inflated with a cap on its size.
//!
//! Bounded whatever the bytes hold: every offset and length is checked
//! against the file before it is used, an entry is never inflated past the
//! cap its caller gives (a zip bomb stops there), and only "stored" and
//! "deflated" entries are read (the two methods Word writes). ZIP64 and
//! encrypted entries are refused, not guessed at.

use std::fmt;

/// Signature of the end of central directory record.
const END_SIGNATURE: u32 = 0x0605_4b50;
/// Signature of a central directory header.
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
/// Signature of a local file header.
const LOCAL_SIGNATURE: u32 = 0x0403_4b50;
/// Size of the end record without its comment, which may be up to 65,535 bytes.
const END_SIZE: usize = 22;
/// Size of a central directory header before its name.
const CENTRAL_SIZE: usize = 46;
/// Size of a local file header before its name.
const LOCAL_SIZE: usize = 30;

/// Why an archive or an entry cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipError {
    /// No end of central directory record: not a zip archive.
    NotZip,
    /// Offsets or lengths outside the file, or data that does not inflate.
    Damaged,
    /// An entry is encrypted.
    Encrypted,
    /// A feature not read here (ZIP64, a compression method other than
    /// stored or deflated).
    Unsupported(&'static str),
    /// An entry would inflate past the cap given.
    TooLarge,
}

impl fmt::Display for ZipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ZipError::NotZip => write!(f, "not a zip archive"),
            ZipError::Damaged => write!(f, "a damaged zip archive"),
            ZipError::Encrypted => write!(f, "an encrypted zip archive"),
            ZipError::Unsupported(what) => write!(f, "a zip archive using {what}"),
            ZipError::TooLarge => write!(f, "an entry too large to unpack"),
        }
    }
}

/// One entry of the central directory.
#[derive(Debug, Clone)]
struct Entry {
    name: String,
    flags: u16,
    method: u16,
    compressed: usize,
    size: usize,
    offset: usize,
}

/// A zip archive's directory over its bytes.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

/// `len` bytes at `at`, `None` past the end (offsets come from the file:
/// on wasm32 a sum of them can pass `usize::MAX`).
fn slice_at(bytes: &[u8], at: usize, len: usize) -> Option<&[u8]> {
    bytes.get(at..at.checked_add(len)?)
}

/// Little-endian integers at an offset, `None` past the end.
fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(slice_at(bytes, at, 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(slice_at(bytes, at, 4)?.try_into().ok()?))
}

impl<'a> Archive<'a> {
    /// The directory of the archive in `bytes`.
    pub fn open(bytes: &'a [u8]) -> Result<Archive<'a>, ZipError> {
        let last = bytes.len().checked_sub(END_SIZE).ok_or(ZipError::NotZip)?;
        let first = last.saturating_sub(usize::from(u16::MAX));
        let end = (first..=last)
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(END_SIGNATURE))
            .ok_or(ZipError::NotZip)?;
        let count = u16_at(bytes, end + 10).ok_or(ZipError::Damaged)?;
        let offset = u32_at(bytes, end + 16).ok_or(ZipError::Damaged)?;
        if count == u16::MAX || offset == u32::MAX {
            return Err(ZipError::Unsupported("ZIP64"));
        }
        let mut entries = Vec::new();
        let mut at = offset as usize;
        for _ in 0..count {
            if u32_at(bytes, at) != Some(CENTRAL_SIGNATURE) {
                return Err(ZipError::Damaged);
            }
            let field16 = |o: usize| u16_at(bytes, at.checked_add(o)?).map(usize::from);
            let field32 = |o: usize| u32_at(bytes, at.checked_add(o)?).map(|v| v as usize);
            let (Some(flags), Some(method), Some(compressed), Some(size)) =
                (field16(8), field16(10), field32(20), field32(24))
            else {
                return Err(ZipError::Damaged);
            };
            let (Some(name_len), Some(extra_len), Some(comment_len), Some(local)) =
                (field16(28), field16(30), field16(32), field32(42))
            else {
                return Err(ZipError::Damaged);
            };
            let name = slice_at(bytes, at.saturating_add(CENTRAL_SIZE), name_len)
                .ok_or(ZipError::Damaged)?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                flags: flags as u16,
                method: method as u16,
                compressed,
                size,
                offset: local,
            });
            at = at.saturating_add(CENTRAL_SIZE + name_len + extra_len + comment_len);
        }
        Ok(Archive { bytes, entries })
    }

    /// The unpacked bytes of the entry named `name`, `None` when there is
    /// no such entry; at most `cap` bytes, else [`ZipError::TooLarge`].
    pub fn read(&self, name: &str, cap: usize) -> Result<Option<Vec<u8>>, ZipError> {
        let Some(entry) = self.entries.iter().find(|e| e.name == name) else {
            return Ok(None);
        };
        if entry.flags & 1 != 0 {
            return Err(ZipError::Encrypted);
        }
        if entry.size > cap {
            return Err(ZipError::TooLarge);
        }
        let at = entry.offset;
        if u32_at(self.bytes, at) != Some(LOCAL_SIGNATURE) {
            return Err(ZipError::Damaged);
        }
        let name_len = u16_at(self.bytes, at.saturating_add(26)).ok_or(ZipError::Damaged)?;
        let extra_len = u16_at(self.bytes, at.saturating_add(28)).ok_or(ZipError::Damaged)?;
        let start = at.saturating_add(LOCAL_SIZE + usize::from(name_len) + usize::from(extra_len));
        let data = slice_at(self.bytes, start, entry.compressed).ok_or(ZipError::Damaged)?;
        match entry.method {
            0 if data.len() > cap => Err(ZipError::TooLarge),
            0 => Ok(Some(data.to_vec())),
            // The declared size is not trusted: inflating stops at the cap.
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, cap)
                .map(Some)
                .map_err(|e| match e.status {
                    miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ZipError::TooLarge,
                    _ => ZipError::Damaged,
                }),
            _ => Err(ZipError::Unsupported(
                "a compression method other than deflate",
            )),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A zip archive of `files` (name, bytes, deflated or stored), as a
    /// zip writer lays one out: local headers and data, the central
    /// directory, its end record. CRCs are left zero: the reader does not
    /// check them (a bad inflate is caught by the deflate stream itself).
    pub(crate) fn zip(files: &[(&str, &[u8], bool)]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for &(name, data, deflate) in files {
            let packed = if deflate {
                miniz_oxide::deflate::compress_to_vec(data, 6)
            } else {
                data.to_vec()
            };
            let offset = out.len() as u32;
            let method: u16 = if deflate { 8 } else { 0 };
            out.extend(LOCAL_SIGNATURE.to_le_bytes());
            out.extend([20, 0, 0, 0]);
            out.extend(method.to_le_bytes());
            out.extend([0; 8]); // time, date, CRC
            out.extend((packed.len() as u32).to_le_bytes());
            out.extend((data.len() as u32).to_le_bytes());
            out.extend((name.len() as u16).to_le_bytes());
            out.extend([0, 0]);
            out.extend(name.as_bytes());
            out.extend(&packed);
            central.extend(CENTRAL_SIGNATURE.to_le_bytes());
            central.extend([20, 0, 20, 0, 0, 0]);
            central.extend(method.to_le_bytes());
            central.extend([0; 8]);
            central.extend((packed.len() as u32).to_le_bytes());
            central.extend((data.len() as u32).to_le_bytes());
            central.extend((name.len() as u16).to_le_bytes());
            central.extend([0; 12]);
            central.extend(offset.to_le_bytes());
            central.extend(name.as_bytes());
        }
        let (at, size) = (out.len() as u32, central.len() as u32);
        out.extend(central);
        out.extend(END_SIGNATURE.to_le_bytes());
        out.extend([0; 4]);
        out.extend((files.len() as u16).to_le_bytes());
        out.extend((files.len() as u16).to_le_bytes());
        out.extend(size.to_le_bytes());
        out.extend(at.to_le_bytes());
        out.extend([0, 0]);
        out
    }

    #[test]
    fn reads_stored_and_deflated_entries() {
        let bytes = zip(&[
            ("a.txt", b"plain", false),
            ("b.xml", b"<x>packed</x>", true),
        ]);
        let archive = Archive::open(&bytes).unwrap();
        assert_eq!(archive.read("a.txt", 100).unwrap().unwrap(), b"plain");
        assert_eq!(
            archive.read("b.xml", 100).unwrap().unwrap(),
            b"<x>packed</x>"
        );
        assert_eq!(archive.read("c", 100).unwrap(), None);
    }

    #[test]
    fn a_bomb_stops_at_the_cap_even_when_it_lies_about_its_size() {
        let big = vec![b'a'; 1 << 20];
        let mut bytes = zip(&[("bomb.xml", &big, true)]);
        assert_eq!(
            Archive::open(&bytes).unwrap().read("bomb.xml", 1000),
            Err(ZipError::TooLarge)
        );
        // The same entry claiming to unpack to 10 bytes (central directory
        // field at 24 after its signature).
        let central = bytes.len() - END_SIZE - (CENTRAL_SIZE + "bomb.xml".len());
        bytes[central + 24..central + 28].copy_from_slice(&10u32.to_le_bytes());
        assert_eq!(
            Archive::open(&bytes).unwrap().read("bomb.xml", 1000),
            Err(ZipError::TooLarge)
        );
    }

    #[test]
    fn bad_bytes_give_errors_not_panics() {
        assert_eq!(Archive::open(b"").err(), Some(ZipError::NotZip));
        assert_eq!(
            Archive::open(b"hello, this is not a zip at all").err(),
            Some(ZipError::NotZip)
        );
        let good = zip(&[("word/document.xml", b"<w:document/>", true)]);
        // Every truncation, and every byte flipped, of a good archive.
        for cut in 0..good.len() {
            if let Ok(archive) = Archive::open(&good[..cut]) {
                let _ = archive.read("word/document.xml", 1000);
            }
        }
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0xFF;
            if let Ok(archive) = Archive::open(&bad) {
                let _ = archive.read("word/document.xml", 1000);
            }
        }
    }
}
