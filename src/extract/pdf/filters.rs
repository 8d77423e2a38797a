//! Stream filters (ISO 32000-1 §7.4): the ones text and cross-reference
//! streams use. FlateDecode (through `miniz_oxide`) with its PNG
//! predictors (§7.4.4.4, as xref streams use them), ASCIIHexDecode and
//! ASCII85Decode. The image filters (DCT, JPX, CCITT, JBIG2, LZW,
//! RunLength) are not decoded: the text layer never needs them.
//!
//! Every output is capped at the bytes the caller allows, so a small
//! compressed "zip bomb" stream cannot take the memory of the tab.

use super::objects::{Dict, Object};

/// Why a stream could not be decoded.
#[derive(Debug, PartialEq)]
pub enum FilterError {
    /// A filter this reader does not decode (an image's).
    Unsupported,
    /// The output would pass the allowed size.
    TooLarge,
}

/// The bytes of a stream with `dict`, decoded through its `/Filter`s,
/// at most `limit` bytes.
pub fn decode(dict: &Dict, raw: &[u8], limit: usize) -> Result<Vec<u8>, FilterError> {
    let filters: Vec<&Object> = match dict.get("Filter") {
        Some(Object::Array(list)) => list.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    let params: Vec<Option<&Dict>> = match dict.get("DecodeParms") {
        Some(Object::Array(list)) => list.iter().map(Object::dict).collect(),
        Some(one) => vec![one.dict()],
        None => Vec::new(),
    };
    let mut data = raw.to_vec();
    for (i, filter) in filters.iter().enumerate() {
        let Object::Name(name) = filter else {
            return Err(FilterError::Unsupported);
        };
        data = match name.as_slice() {
            b"FlateDecode" | b"Fl" => {
                let inflated = inflate(&data, limit)?;
                match params.get(i).copied().flatten() {
                    Some(p) => unpredict(inflated, p)?,
                    None => inflated,
                }
            }
            b"ASCIIHexDecode" | b"AHx" => ascii_hex(&data),
            b"ASCII85Decode" | b"A85" => ascii85(&data),
            _ => return Err(FilterError::Unsupported),
        };
        if data.len() > limit {
            return Err(FilterError::TooLarge);
        }
    }
    Ok(data)
}

/// Inflate zlib data. A stream cut short or with a bad checksum still
/// gives what was inflated before the fault, as viewers show it.
fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, FilterError> {
    use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};
    match decompress_to_vec_zlib_with_limit(data, limit) {
        Ok(out) => Ok(out),
        Err(e) if e.status == TINFLStatus::HasMoreOutput => Err(FilterError::TooLarge),
        Err(e) => Ok(e.output),
    }
}

/// Undo a PNG predictor (`/Predictor` 10 to 15); other predictors are
/// left as they are (TIFF's 2 is for images).
fn unpredict(data: Vec<u8>, params: &Dict) -> Result<Vec<u8>, FilterError> {
    let int = |key, default: i64| params.get(key).and_then(Object::int).unwrap_or(default);
    if int("Predictor", 1) < 10 {
        return Ok(data);
    }
    let colors = int("Colors", 1).clamp(1, 32) as usize;
    let bits = int("BitsPerComponent", 8).clamp(1, 16) as usize;
    let columns = int("Columns", 1).clamp(1, 1 << 16) as usize;
    let pixel = (colors * bits).div_ceil(8);
    let row = (colors * bits * columns).div_ceil(8);
    let mut out = Vec::with_capacity(data.len());
    let mut previous = vec![0u8; row];
    for chunk in data.chunks(row + 1) {
        let (kind, line) = (chunk[0], &chunk[1..]);
        let mut current = line.to_vec();
        current.resize(row, 0);
        for i in 0..row {
            let left = if i >= pixel { current[i - pixel] } else { 0 };
            let up = previous[i];
            let corner = if i >= pixel { previous[i - pixel] } else { 0 };
            let add = match kind {
                1 => left,
                2 => up,
                3 => ((u16::from(left) + u16::from(up)) / 2) as u8,
                4 => paeth(left, up, corner),
                _ => 0,
            };
            current[i] = current[i].wrapping_add(add);
        }
        out.extend_from_slice(&current[..line.len().min(row)]);
        previous = current;
    }
    Ok(out)
}

/// The PNG Paeth predictor (RFC 2083 §6.6).
fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

fn ascii_hex(data: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = data
        .iter()
        .take_while(|&&b| b != b'>')
        .filter_map(|&b| (b as char).to_digit(16).map(|d| d as u8))
        .collect();
    digits
        .chunks(2)
        .map(|p| p[0] << 4 | p.get(1).copied().unwrap_or(0))
        .collect()
}

/// ASCII base-85 (§7.4.3): groups of five digits `!`..`u` for four
/// bytes, `z` for four zeros, `~>` at the end.
fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 4 / 5);
    let mut group = [0u8; 5];
    let mut n = 0;
    for &b in data {
        match b {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group[n] = b - b'!';
                n += 1;
                if n == 5 {
                    out.extend_from_slice(&base85_word(&group).to_be_bytes());
                    n = 0;
                }
            }
            _ => {}
        }
    }
    if n > 1 {
        group[n..].fill(84);
        out.extend_from_slice(&base85_word(&group).to_be_bytes()[..n - 1]);
    }
    out
}

fn base85_word(group: &[u8; 5]) -> u32 {
    group
        .iter()
        .fold(0u32, |v, &d| v.wrapping_mul(85).wrapping_add(u32::from(d)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::pdf::objects::Lexer;

    fn dict(text: &str) -> Dict {
        match Lexer::new(text.as_bytes(), 0).next_object() {
            Some(Object::Dict(d)) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn ascii_filters_decode() {
        let hex = dict("<< /Filter /AHx >>");
        assert_eq!(decode(&hex, b"48 65 6C6C 6f2>", 100).unwrap(), b"Hello ");
        // "Man " in base 85 is 9jqo^ (the classic example), "sure" F*2M7.
        let a85 = dict("<< /Filter [/ASCII85Decode] >>");
        assert_eq!(
            decode(&a85, b"9jqo^F*2M7z/c~>", 100).unwrap(),
            b"Man sure\0\0\0\0."
        );
    }

    #[test]
    fn flate_with_the_png_up_predictor() {
        // Two rows of three bytes, each "up" (2) from the row above.
        let rows = [2u8, 1, 2, 3, 2, 1, 1, 1];
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&rows, 6);
        let d = dict("<< /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 3 >> >>");
        assert_eq!(decode(&d, &packed, 100).unwrap(), vec![1, 2, 3, 2, 3, 4]);
    }

    #[test]
    fn a_zip_bomb_stops_at_the_limit() {
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&vec![b'a'; 1 << 20], 9);
        let d = dict("<< /Filter /FlateDecode >>");
        assert_eq!(decode(&d, &packed, 1000), Err(FilterError::TooLarge));
        assert_eq!(decode(&d, &packed, 2 << 20).unwrap().len(), 1 << 20);
    }

    #[test]
    fn image_filters_are_not_decoded() {
        let d = dict("<< /Filter /DCTDecode >>");
        assert_eq!(decode(&d, b"\xff\xd8", 100), Err(FilterError::Unsupported));
    }
}
