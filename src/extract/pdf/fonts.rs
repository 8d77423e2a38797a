//! A font's codes to text and widths (ISO 32000-1 §9.6-9.10): the
//! `/ToUnicode` CMap first (`bfchar`, `bfrange`), else for a simple font
//! its `/Encoding` (a base encoding and `/Differences`) or the built-in
//! encoding of its embedded Type 1 program, through glyph names. A
//! Type 0 font reads two-byte codes (Identity-H and the other
//! two-byte CMaps) and has text only through its `/ToUnicode`.
//!
//! Widths (`/Widths`, a CID font's `/W`) place each glyph, so that the
//! gaps between strings show where the spaces are.

use std::collections::HashMap;

use super::document::Document;
use super::encodings::{glyph_text, Base};
use super::objects::{Dict, Lexer, Object};

/// The most code mappings one CMap gives.
const MAX_MAPPINGS: usize = 1 << 16;
/// A glyph's width, in thousandths of the size, when the font gives none.
const DEFAULT_WIDTH: f64 = 500.0;

/// A font as far as text goes.
#[derive(Debug, Default)]
pub struct Font {
    /// Codes are two bytes (a Type 0 font).
    two_byte: bool,
    to_unicode: HashMap<u32, String>,
    /// A simple font's code to text, from its encoding.
    simple: HashMap<u8, String>,
    widths: HashMap<u32, f64>,
    default_width: f64,
}

/// One glyph shown: its text (possibly empty), width in thousandths of
/// the size, and whether its code is the single byte 32 (word spacing
/// applies to it).
pub struct Glyph {
    pub text: String,
    pub width: f64,
    pub is_space_code: bool,
}

impl Font {
    /// Read the font dictionary `dict`.
    pub fn load(doc: &Document, dict: &Dict) -> Font {
        let mut font = Font {
            default_width: DEFAULT_WIDTH,
            ..Font::default()
        };
        if let Some(Object::Stream(cmap)) = dict.get("ToUnicode").map(|o| doc.resolve(o)).as_deref()
        {
            if let Some(data) = doc.decoded(cmap) {
                font.to_unicode = read_cmap(&data);
            }
        }
        if dict.has_name("Subtype", "Type0") {
            font.two_byte = true;
            font.default_width = 1000.0;
            let descendant = match dict
                .get("DescendantFonts")
                .map(|o| doc.resolve(o))
                .as_deref()
            {
                Some(Object::Array(list)) => list.first().and_then(|d| doc.dict(Some(d))),
                _ => None,
            };
            if let Some(cid) = descendant.as_deref().and_then(Object::dict) {
                font.read_cid_widths(doc, cid);
            }
        } else {
            font.read_simple_widths(doc, dict);
            font.simple = simple_encoding(doc, dict);
        }
        font
    }

    fn read_simple_widths(&mut self, doc: &Document, dict: &Dict) {
        let first = dict.get("FirstChar").and_then(Object::int).unwrap_or(0);
        if let Object::Array(widths) = &*doc.resolve(dict.get("Widths").unwrap_or(&Object::Null)) {
            for (i, w) in widths.iter().take(256).enumerate() {
                let (Some(w), Ok(code)) = (
                    doc.resolve(w).number(),
                    u32::try_from(first.saturating_add(i as i64)),
                ) else {
                    continue;
                };
                self.widths.insert(code, w);
            }
        }
    }

    /// `/W`: `c [w1 w2 ...]` or `first last w` (§9.7.4.3); `/DW`.
    fn read_cid_widths(&mut self, doc: &Document, cid: &Dict) {
        if let Some(dw) = cid.get("DW").and_then(Object::number) {
            self.default_width = dw;
        }
        let w = doc.resolve(cid.get("W").unwrap_or(&Object::Null));
        let Object::Array(items) = &*w else { return };
        let mut i = 0;
        while i + 1 < items.len() && self.widths.len() < MAX_MAPPINGS {
            let Some(first) = items[i].int() else { break };
            match &*doc.resolve(&items[i + 1]) {
                Object::Array(list) => {
                    for (k, w) in list.iter().enumerate() {
                        if let (Some(w), Ok(code)) =
                            (w.number(), u32::try_from(first.saturating_add(k as i64)))
                        {
                            self.widths.insert(code, w);
                        }
                    }
                    i += 2;
                }
                last => {
                    let (Some(last), Some(w)) =
                        (last.int(), items.get(i + 2).and_then(Object::number))
                    else {
                        break;
                    };
                    for code in first..=last.min(first.saturating_add(MAX_MAPPINGS as i64)) {
                        if let Ok(code) = u32::try_from(code) {
                            self.widths.insert(code, w);
                        }
                    }
                    i += 3;
                }
            }
        }
    }

    /// The glyphs of the string `bytes`.
    pub fn glyphs(&self, bytes: &[u8]) -> Vec<Glyph> {
        let step = if self.two_byte { 2 } else { 1 };
        bytes
            .chunks(step)
            .map(|c| {
                let code = c.iter().fold(0u32, |v, &b| v << 8 | u32::from(b));
                let text = match self.to_unicode.get(&code) {
                    Some(text) => text.clone(),
                    None if self.two_byte => String::new(),
                    None => self.simple.get(&c[0]).cloned().unwrap_or_default(),
                };
                Glyph {
                    text,
                    width: self
                        .widths
                        .get(&code)
                        .copied()
                        .unwrap_or(self.default_width),
                    is_space_code: !self.two_byte && code == 32,
                }
            })
            .collect()
    }
}

/// A simple font's codes to text: its `/Encoding` (a name, or a
/// dictionary with `/BaseEncoding` and `/Differences`); without one, the
/// built-in encoding of its embedded Type 1 program over Standard.
fn simple_encoding(doc: &Document, dict: &Dict) -> HashMap<u8, String> {
    let encoding = doc.resolve(dict.get("Encoding").unwrap_or(&Object::Null));
    let (base_name, differences) = match &*encoding {
        Object::Name(name) => (Some(name.clone()), None),
        Object::Dict(d) => (
            match d.get("BaseEncoding") {
                Some(Object::Name(n)) => Some(n.clone()),
                _ => None,
            },
            d.get("Differences").map(|o| doc.resolve(o)),
        ),
        _ => (None, None),
    };
    let mut map: HashMap<u8, String> = match base_name.as_deref().and_then(Base::named) {
        Some(base) => base_table(base),
        None => {
            let mut map = base_table(Base::Standard);
            map.extend(builtin_encoding(doc, dict));
            map
        }
    };
    if let Some(Object::Array(items)) = differences.as_deref() {
        let mut code: i64 = 0;
        for item in items {
            match item {
                Object::Int(c) => code = *c,
                Object::Name(name) => {
                    if let (Ok(c), Some(text)) = (
                        u8::try_from(code),
                        glyph_text(&String::from_utf8_lossy(name)),
                    ) {
                        map.insert(c, text);
                    }
                    code = code.saturating_add(1);
                }
                _ => {}
            }
        }
    }
    map
}

fn base_table(base: Base) -> HashMap<u8, String> {
    (0..=255u8)
        .filter_map(|c| Some((c, base.char(c)?.to_string())))
        .collect()
}

/// The encoding a Type 1 program sets in its clear-text part
/// (`dup 65 /A put`), as pdfTeX's subset fonts carry it.
fn builtin_encoding(doc: &Document, dict: &Dict) -> HashMap<u8, String> {
    let mut map = HashMap::new();
    let Some(descriptor) = doc.dict(dict.get("FontDescriptor")) else {
        return map;
    };
    let program = descriptor
        .dict()
        .and_then(|d| d.get("FontFile"))
        .map(|o| doc.resolve(o));
    let Some(Object::Stream(stream)) = program.as_deref() else {
        return map;
    };
    let clear = stream
        .dict
        .get("Length1")
        .and_then(|l| doc.resolve(l).int())
        .and_then(|l| usize::try_from(l).ok());
    let Some(data) = doc.decoded(stream) else {
        return map;
    };
    let clear = &data[..clear.unwrap_or(data.len()).min(data.len())];
    let text = String::from_utf8_lossy(clear);
    let words: Vec<&str> = text.split_ascii_whitespace().collect();
    for w in words.windows(4) {
        if let ["dup", code, name, "put"] = w {
            if let (Ok(code), Some(name)) = (code.parse::<u8>(), name.strip_prefix('/')) {
                if let Some(text) = glyph_text(name) {
                    map.insert(code, text);
                }
            }
        }
    }
    map
}

/// A ToUnicode CMap's mappings (Adobe Technical Note #5411): `bfchar`
/// pairs and `bfrange` runs, targets in UTF-16BE.
fn read_cmap(data: &[u8]) -> HashMap<u32, String> {
    let mut map = HashMap::new();
    let mut lexer = Lexer::new(data, 0);
    let mut mode = None;
    let mut pending: Vec<Object> = Vec::new();
    while let Some(object) = lexer.next_object() {
        if map.len() >= MAX_MAPPINGS {
            break;
        }
        match object {
            Object::Op(op) => {
                mode = match op.as_slice() {
                    b"beginbfchar" => Some(2),
                    b"beginbfrange" => Some(3),
                    _ => None,
                };
                pending.clear();
            }
            other if mode.is_some() => {
                pending.push(other);
                if Some(pending.len()) == mode {
                    add_mapping(&mut map, &pending);
                    pending.clear();
                }
            }
            _ => {}
        }
    }
    map
}

fn add_mapping(map: &mut HashMap<u32, String>, items: &[Object]) {
    let code = |o: &Object| match o {
        Object::Str(b) if b.len() <= 4 => Some(b.iter().fold(0u32, |v, &x| v << 8 | u32::from(x))),
        _ => None,
    };
    match items {
        [src, Object::Str(dst)] => {
            if let Some(c) = code(src) {
                map.insert(c, utf16(dst));
            }
        }
        [lo, hi, target] => {
            let (Some(lo), Some(hi)) = (code(lo), code(hi)) else {
                return;
            };
            let hi = hi.min(lo.saturating_add(MAX_MAPPINGS as u32));
            match target {
                Object::Str(dst) => {
                    let mut units = utf16_units(dst);
                    for c in lo..=hi {
                        map.insert(c, String::from_utf16_lossy(&units));
                        if let Some(last) = units.last_mut() {
                            *last = last.wrapping_add(1);
                        }
                    }
                }
                Object::Array(list) => {
                    for (c, dst) in (lo..=hi).zip(list) {
                        if let Object::Str(dst) = dst {
                            map.insert(c, utf16(dst));
                        }
                    }
                }
                _ => {}
            }
        }
        _ => {}
    }
}

/// UTF-16BE bytes as text (a lone surrogate becomes U+FFFD).
pub fn utf16(bytes: &[u8]) -> String {
    String::from_utf16_lossy(&utf16_units(bytes))
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|p| u16::from(p[0]) << 8 | u16::from(*p.get(1).unwrap_or(&0)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cmaps_map_chars_ranges_and_arrays() {
        let cmap = b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
            2 beginbfchar <0003> <0020> <0011> <00660069> endbfchar\n\
            2 beginbfrange <0024> <0026> <0041> <0030> <0031> [<00E9> <201C>] endbfrange";
        let map = read_cmap(cmap);
        assert_eq!(map[&3], " ");
        assert_eq!(map[&0x11], "fi");
        assert_eq!(map[&0x24], "A");
        assert_eq!(map[&0x26], "C");
        assert_eq!(map[&0x30], "é");
        assert_eq!(map[&0x31], "“");
        assert_eq!(map.len(), 7);
    }

    #[test]
    fn a_huge_range_is_capped() {
        let map = read_cmap(b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange");
        assert!(map.len() <= MAX_MAPPINGS + 1, "{}", map.len());
    }
}
