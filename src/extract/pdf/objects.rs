//! PDF objects and the lexer that reads them (ISO 32000-1 §7.2 lexical
//! conventions, §7.3 objects), for the file's body and for content
//! streams alike: a content stream is the same tokens, with operators as
//! bare keywords ([`Object::Op`]).
//!
//! Lenient by design: a malformed number reads as 0, an unclosed string
//! or array ends at the end of the bytes, and nesting deeper than
//! [`MAX_DEPTH`] gives [`Object::Null`], so no input makes it panic or
//! recurse without bound.

use std::rc::Rc;

/// The deepest nesting of arrays and dictionaries read.
const MAX_DEPTH: usize = 32;

/// One PDF object.
#[derive(Debug, Clone, PartialEq)]
pub enum Object {
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    Str(Vec<u8>),
    Name(Vec<u8>),
    Array(Vec<Object>),
    Dict(Dict),
    Stream(Rc<Stream>),
    /// An indirect reference `N G R` (the generation is not needed).
    Ref(u32),
    /// A bare keyword: an operator in a content stream, or `obj`,
    /// `stream`, `trailer` and the like in the file's body.
    Op(Vec<u8>),
}

/// A dictionary: few keys, so a list searched in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dict(pub Vec<(Vec<u8>, Object)>);

/// A stream: its dictionary and its bytes as stored (still encoded).
#[derive(Debug, PartialEq)]
pub struct Stream {
    pub dict: Dict,
    pub raw: Vec<u8>,
}

impl Dict {
    /// The value at `key` (without its `/`).
    pub fn get(&self, key: &str) -> Option<&Object> {
        self.0
            .iter()
            .find(|(k, _)| k == key.as_bytes())
            .map(|(_, v)| v)
    }

    /// Whether `/key` holds the name `name`.
    pub fn has_name(&self, key: &str, name: &str) -> bool {
        matches!(self.get(key), Some(Object::Name(n)) if n == name.as_bytes())
    }
}

impl Object {
    /// The number this object holds, if it is one.
    pub fn number(&self) -> Option<f64> {
        match *self {
            Object::Int(i) => Some(i as f64),
            Object::Real(r) => Some(r),
            _ => None,
        }
    }

    /// The integer this object holds (a real is truncated).
    pub fn int(&self) -> Option<i64> {
        match *self {
            Object::Int(i) => Some(i),
            Object::Real(r) if r.is_finite() => Some(r as i64),
            _ => None,
        }
    }

    /// The dictionary of a dictionary or of a stream.
    pub fn dict(&self) -> Option<&Dict> {
        match self {
            Object::Dict(d) => Some(d),
            Object::Stream(s) => Some(&s.dict),
            _ => None,
        }
    }
}

/// Whether `b` is PDF white space (§7.2.2, table 1).
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// A cursor over PDF bytes.
pub struct Lexer<'a> {
    pub bytes: &'a [u8],
    pub pos: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(bytes: &'a [u8], pos: usize) -> Self {
        Lexer { bytes, pos }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Past white space and `%` comments.
    pub fn skip_space(&mut self) {
        while let Some(b) = self.peek() {
            if is_space(b) {
                self.pos += 1;
            } else if b == b'%' {
                while !matches!(self.peek(), None | Some(b'\n' | b'\r')) {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next object, or `None` at the end of the bytes. Closing
    /// brackets met alone come back as [`Object::Op`].
    pub fn next_object(&mut self) -> Option<Object> {
        self.object(0)
    }

    fn object(&mut self, depth: usize) -> Option<Object> {
        self.skip_space();
        let b = self.peek()?;
        let start = self.pos;
        let opens = b == b'[' || (b == b'<' && self.bytes.get(start + 1) == Some(&b'<'));
        if opens && depth >= MAX_DEPTH {
            // Too deep: the bracket is skipped, what it holds is read flat
            // into the level above, so the recursion stops here.
            self.pos += if b == b'[' { 1 } else { 2 };
            return Some(Object::Null);
        }
        Some(match b {
            b'(' => Object::Str(self.literal()),
            b'<' if self.bytes.get(start + 1) == Some(&b'<') => {
                self.pos += 2;
                let mut dict = Dict::default();
                loop {
                    match self.object(depth + 1) {
                        None => break,
                        Some(Object::Op(op)) if op == b">>" => break,
                        Some(Object::Name(key)) => {
                            let value = self.object(depth + 1).unwrap_or(Object::Null);
                            if value == Object::Op(b">>".to_vec()) {
                                break;
                            }
                            dict.0.push((key, value));
                        }
                        Some(_) => {}
                    }
                }
                Object::Dict(dict)
            }
            b'<' => Object::Str(self.hex()),
            b'>' if self.bytes.get(start + 1) == Some(&b'>') => {
                self.pos += 2;
                Object::Op(b">>".to_vec())
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    match self.object(depth + 1) {
                        None => break,
                        Some(Object::Op(op)) if op == b"]" => break,
                        Some(item) => items.push(item),
                    }
                }
                Object::Array(items)
            }
            b'/' => {
                self.pos += 1;
                Object::Name(self.name())
            }
            b'+' | b'-' | b'.' | b'0'..=b'9' => self.number_or_ref(),
            _ if is_delimiter(b) => {
                self.pos += 1;
                Object::Op(vec![b])
            }
            _ => {
                let word = self.word();
                match word {
                    b"true" => Object::Bool(true),
                    b"false" => Object::Bool(false),
                    b"null" => Object::Null,
                    _ => Object::Op(word.to_vec()),
                }
            }
        })
    }

    /// A run of regular characters.
    fn word(&mut self) -> &'a [u8] {
        let start = self.pos;
        while matches!(self.peek(), Some(b) if !is_space(b) && !is_delimiter(b)) {
            self.pos += 1;
        }
        &self.bytes[start..self.pos]
    }

    fn number(&mut self) -> Object {
        let word = self.word();
        let text = std::str::from_utf8(word).unwrap_or("0");
        if let Ok(i) = text.parse::<i64>() {
            Object::Int(i)
        } else {
            Object::Real(
                text.parse::<f64>()
                    .ok()
                    .filter(|r| r.is_finite())
                    .unwrap_or(0.0),
            )
        }
    }

    /// A number, or the reference `N G R` it opens.
    fn number_or_ref(&mut self) -> Object {
        let first = self.number();
        let Object::Int(num) = first else {
            return first;
        };
        let save = self.pos;
        self.skip_space();
        if matches!(self.peek(), Some(b'0'..=b'9')) {
            if let Object::Int(_) = self.number() {
                self.skip_space();
                if self.peek() == Some(b'R')
                    && self
                        .bytes
                        .get(self.pos + 1)
                        .is_none_or(|&b| is_space(b) || is_delimiter(b))
                {
                    self.pos += 1;
                    if let Ok(num) = u32::try_from(num) {
                        return Object::Ref(num);
                    }
                    return Object::Null;
                }
            }
        }
        self.pos = save;
        first
    }

    fn name(&mut self) -> Vec<u8> {
        let word = self.word();
        let mut out = Vec::with_capacity(word.len());
        let mut i = 0;
        while i < word.len() {
            let hex = word.get(i + 1..i + 3).and_then(hex_byte);
            match (word[i], hex) {
                (b'#', Some(b)) => {
                    out.push(b);
                    i += 3;
                }
                (b, _) => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        out
    }

    /// A `( ... )` string with its escapes (§7.3.4.2).
    fn literal(&mut self) -> Vec<u8> {
        self.pos += 1;
        let mut out = Vec::new();
        let mut open = 1usize;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'(' => open += 1,
                b')' => {
                    open -= 1;
                    if open == 0 {
                        break;
                    }
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.pos += 1;
                    let c = match e {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'b' => 8,
                        b'f' => 12,
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                            continue;
                        }
                        b'\n' => continue,
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            v as u8
                        }
                        other => other,
                    };
                    out.push(c);
                    continue;
                }
                _ => {}
            }
            out.push(b);
        }
        out
    }

    /// A `< ... >` hexadecimal string; an odd last digit is followed by 0.
    fn hex(&mut self) -> Vec<u8> {
        self.pos += 1;
        let mut digits = Vec::new();
        while let Some(b) = self.peek() {
            self.pos += 1;
            if b == b'>' {
                break;
            }
            if let Some(d) = (b as char).to_digit(16) {
                digits.push(d as u8);
            }
        }
        digits
            .chunks(2)
            .map(|p| p[0] << 4 | p.get(1).copied().unwrap_or(0))
            .collect()
    }
}

/// The byte two hex digits spell.
pub fn hex_byte(pair: &[u8]) -> Option<u8> {
    let s = std::str::from_utf8(pair).ok()?;
    u8::from_str_radix(s, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Object {
        Lexer::new(text.as_bytes(), 0).next_object().unwrap()
    }

    #[test]
    fn reads_each_kind_of_object() {
        assert_eq!(read("-12"), Object::Int(-12));
        assert_eq!(read(".5"), Object::Real(0.5));
        assert_eq!(read("12 0 R"), Object::Ref(12));
        assert_eq!(read("/A#42c"), Object::Name(b"ABc".to_vec()));
        assert_eq!(
            read("(a\\(b\\)\\101\\\nc (d))"),
            Object::Str(b"a(b)Ac (d)".to_vec())
        );
        assert_eq!(read("<48 6>"), Object::Str(b"H`".to_vec()));
        let Object::Dict(d) = read("<< /K [1 2.5 (x)] /T true /N null %c\n>>") else {
            panic!("not a dict")
        };
        assert_eq!(
            d.get("K"),
            Some(&Object::Array(vec![
                Object::Int(1),
                Object::Real(2.5),
                Object::Str(b"x".to_vec())
            ]))
        );
        assert_eq!(d.get("T"), Some(&Object::Bool(true)));
    }

    #[test]
    fn deep_or_unclosed_nesting_ends_without_overflow() {
        let deep = "[".repeat(100_000);
        assert!(matches!(read(&deep), Object::Array(_)));
        assert_eq!(read("<< /A (unclosed"), read("<< /A (unclosed)>>"));
    }
}
