//! The file's structure: the cross-reference data that says where each
//! object is (ISO 32000-1 §7.5.4 xref tables, §7.5.8 xref streams, with
//! `/Prev` chains of incremental updates), object streams (§7.5.7), and
//! a scan of the body for `N G obj` when that data is missing or wrong,
//! as viewers recover damaged files.
//!
//! Bounds: at most [`MAX_OBJECTS`] objects, at most [`MAX_INFLATED`]
//! bytes inflated over the whole file, resolution nested at most
//! [`MAX_NESTING`] deep (a stream whose `/Length` refers to itself),
//! bytes read as objects at most [`PARSE_FACTOR`] times the file's.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::filters::{self, FilterError};
use super::objects::{is_space, Dict, Lexer, Object, Stream};

/// The most objects a file may list.
const MAX_OBJECTS: usize = 1 << 20;
/// The most bytes inflated from all of a file's streams together.
pub const MAX_INFLATED: usize = 256 << 20;
/// How deep reading an object may lead to reading another.
const MAX_NESTING: u32 = 16;
/// How many times over the file's bytes (and decoded object streams')
/// the objects may be read in all, plus this much: an unclosed string
/// or array reads on to the end, and many of them would otherwise read
/// the file again and again.
const PARSE_FACTOR: usize = 16;
const PARSE_EXTRA: usize = 16 << 20;

/// Where an object is.
#[derive(Debug, Clone, Copy)]
enum Entry {
    At(usize),
    /// In object stream `stream`, at `index`.
    Packed {
        stream: u32,
        index: usize,
    },
}

/// An object stream's decoded bytes, its `/First` (where the objects
/// start) and its pairs of object number and offset.
struct ObjectStream {
    data: Vec<u8>,
    first: usize,
    offsets: Vec<(u32, usize)>,
}

/// A PDF file opened for reading its objects.
pub struct Document<'a> {
    bytes: &'a [u8],
    entries: HashMap<u32, Entry>,
    pub trailer: Dict,
    cache: RefCell<HashMap<u32, Rc<Object>>>,
    /// Object streams already unpacked into the cache.
    unpacked: RefCell<HashSet<u32>>,
    nesting: Cell<u32>,
    inflated: Cell<usize>,
    /// Bytes read as objects so far.
    parsed: Cell<usize>,
    /// Set when the inflate budget ran out.
    pub over_budget: Cell<bool>,
}

impl<'a> Document<'a> {
    /// Open `bytes`: read the cross-reference data, or scan for the
    /// objects when it is unusable. `None` when no catalog is found.
    pub fn open(bytes: &'a [u8]) -> Option<Self> {
        let mut doc = Document {
            bytes,
            entries: HashMap::new(),
            trailer: Dict::default(),
            cache: RefCell::default(),
            unpacked: RefCell::default(),
            nesting: Cell::new(0),
            inflated: Cell::new(0),
            parsed: Cell::new(0),
            over_budget: Cell::new(false),
        };
        doc.read_xref();
        if doc.catalog().is_none() {
            doc.entries.clear();
            doc.cache.borrow_mut().clear();
            doc.unpacked.borrow_mut().clear();
            doc.trailer = Dict::default();
            doc.scan();
        }
        doc.catalog().map(|_| doc)
    }

    /// The document catalog (`/Root`).
    pub fn catalog(&self) -> Option<Rc<Object>> {
        let root = self.resolve(self.trailer.get("Root")?);
        root.dict()?;
        Some(root)
    }

    /// Follow `startxref` and the `/Prev` chain; newer entries win.
    fn read_xref(&mut self) {
        let tail = self.bytes.len().saturating_sub(2048);
        let Some(at) = rfind(&self.bytes[tail..], b"startxref") else {
            return;
        };
        let mut lexer = Lexer::new(self.bytes, tail + at + 9);
        let mut next = lexer.next_object().and_then(|o| o.int());
        let mut seen = HashSet::new();
        while let Some(offset) = next.and_then(|o| usize::try_from(o).ok()) {
            if !seen.insert(offset) || seen.len() > 64 {
                break;
            }
            let Some(trailer) = self.xref_section(offset) else {
                break;
            };
            // A hybrid file's table points at an xref stream too.
            if let Some(stream) = trailer.get("XRefStm").and_then(Object::int) {
                if let Ok(at) = usize::try_from(stream) {
                    self.xref_section(at);
                }
            }
            next = trailer.get("Prev").and_then(Object::int);
            for (key, value) in trailer.0 {
                if self
                    .trailer
                    .get(std::str::from_utf8(&key).unwrap_or(""))
                    .is_none()
                {
                    self.trailer.0.push((key, value));
                }
            }
        }
    }

    /// One xref table or stream at `offset`; its trailer dictionary.
    fn xref_section(&mut self, offset: usize) -> Option<Dict> {
        let mut lexer = Lexer::new(self.bytes, offset);
        match lexer.next_object()? {
            Object::Op(word) if word == b"xref" => Some(self.xref_table(&mut lexer)),
            Object::Int(_) => {
                let object = self.parse_at(offset, None)?;
                let Object::Stream(stream) = object else {
                    return None;
                };
                self.xref_stream(&stream);
                Some(stream.dict.clone())
            }
            _ => None,
        }
    }

    fn xref_table(&mut self, lexer: &mut Lexer) -> Dict {
        loop {
            match lexer.next_object() {
                Some(Object::Int(first)) => {
                    let count = lexer.next_object().and_then(|o| o.int()).unwrap_or(0);
                    for i in 0..count.max(0) {
                        let offset = lexer.next_object().and_then(|o| o.int());
                        let _generation = lexer.next_object();
                        let kind = lexer.next_object();
                        let (Some(offset), Some(Object::Op(kind))) = (offset, kind) else {
                            break;
                        };
                        let num = u32::try_from(first.saturating_add(i)).ok();
                        if let (Some(num), b"n", Ok(at)) =
                            (num, kind.as_slice(), usize::try_from(offset))
                        {
                            self.add(num, Entry::At(at));
                        }
                        if self.entries.len() >= MAX_OBJECTS {
                            break;
                        }
                    }
                }
                Some(Object::Op(word)) if word == b"trailer" => {
                    return match lexer.next_object() {
                        Some(Object::Dict(d)) => d,
                        _ => Dict::default(),
                    }
                }
                _ => return Dict::default(),
            }
        }
    }

    fn xref_stream(&mut self, stream: &Stream) {
        let Some(data) = self.decoded(stream) else {
            return;
        };
        let widths: Vec<usize> = match stream.dict.get("W") {
            Some(Object::Array(w)) => w
                .iter()
                .map(|x| x.int().unwrap_or(0).clamp(0, 8) as usize)
                .collect(),
            _ => return,
        };
        let [w0, w1, w2] = widths[..] else { return };
        let row = w0 + w1 + w2;
        if row == 0 {
            return;
        }
        let index: Vec<i64> = match stream.dict.get("Index") {
            Some(Object::Array(list)) => list.iter().filter_map(Object::int).collect(),
            _ => vec![
                0,
                stream.dict.get("Size").and_then(Object::int).unwrap_or(0),
            ],
        };
        let mut rows = data.chunks_exact(row);
        for pair in index.chunks_exact(2) {
            for num in pair[0]..pair[0].saturating_add(pair[1].clamp(0, MAX_OBJECTS as i64)) {
                let Some(fields) = rows.next() else { return };
                let field = |from: usize, width: usize| {
                    fields[from..from + width]
                        .iter()
                        .fold(0usize, |v, &b| v.wrapping_shl(8) | usize::from(b))
                };
                let kind = if w0 == 0 { 1 } else { field(0, w0) };
                let (a, b) = (field(w0, w1), field(w0 + w1, w2));
                let Ok(num) = u32::try_from(num) else { return };
                match kind {
                    1 => self.add(num, Entry::At(a)),
                    2 => {
                        if let Ok(stream) = u32::try_from(a) {
                            self.add(num, Entry::Packed { stream, index: b });
                        }
                    }
                    _ => {}
                }
                if self.entries.len() >= MAX_OBJECTS {
                    return;
                }
            }
        }
    }

    /// Record where `num` is, unless a newer section already did.
    fn add(&mut self, num: u32, entry: Entry) {
        if self.entries.len() < MAX_OBJECTS {
            self.entries.entry(num).or_insert(entry);
        }
    }

    /// Recovery: every `N G obj` in the body (the last one of a number
    /// wins, as in an update), the objects of object streams, and the
    /// trailer from `trailer` dictionaries, xref streams or the catalog.
    fn scan(&mut self) {
        let mut at = 0;
        let mut found = Vec::new();
        while let Some(i) = find(&self.bytes[at..], b"obj") {
            let end = at + i;
            at = end + 3;
            if let Some((num, start)) = object_header_before(self.bytes, end) {
                self.entries.insert(num, Entry::At(start));
                found.push(num);
                if found.len() >= MAX_OBJECTS {
                    break;
                }
            }
        }
        let mut at = 0;
        while let Some(i) = find(&self.bytes[at..], b"trailer") {
            at += i + 7;
            let mut lexer = Lexer::new(self.bytes, at);
            let object = lexer.next_object();
            if !self.charge(lexer.pos - at) {
                break;
            }
            if let Some(Object::Dict(d)) = object {
                self.trailer.0.extend(d.0);
            }
        }
        for num in found {
            let Some(object) = self.get(num) else {
                continue;
            };
            let Some(dict) = object.dict() else { continue };
            if dict.has_name("Type", "ObjStm") {
                let numbers = self.object_stream(num).map(|s| s.offsets);
                for (index, (inner, _)) in numbers.into_iter().flatten().enumerate() {
                    self.add(inner, Entry::Packed { stream: num, index });
                }
            } else if dict.has_name("Type", "XRef") && self.trailer.get("Root").is_none() {
                self.trailer.0.extend(dict.0.iter().cloned());
            } else if dict.has_name("Type", "Catalog") && self.trailer.get("Root").is_none() {
                self.trailer.0.push((b"Root".to_vec(), Object::Ref(num)));
            }
        }
    }

    /// The object numbered `num`.
    pub fn get(&self, num: u32) -> Option<Rc<Object>> {
        if let Some(hit) = self.cache.borrow().get(&num) {
            return Some(hit.clone());
        }
        let entry = *self.entries.get(&num)?;
        if self.nesting.get() >= MAX_NESTING {
            return None;
        }
        self.nesting.set(self.nesting.get() + 1);
        let object = match entry {
            Entry::At(offset) => self.parse_at(offset, Some(num)),
            Entry::Packed { stream, index } => self.unpack(stream, index),
        };
        self.nesting.set(self.nesting.get() - 1);
        let object = Rc::new(object?);
        self.cache.borrow_mut().insert(num, object.clone());
        Some(object)
    }

    /// `object`, or the object it refers to (`null` when missing).
    pub fn resolve(&self, object: &Object) -> Rc<Object> {
        match object {
            Object::Ref(num) => self.get(*num).unwrap_or_else(|| Rc::new(Object::Null)),
            other => Rc::new(other.clone()),
        }
    }

    /// The dictionary `object` is or refers to (a stream's too).
    pub fn dict(&self, object: Option<&Object>) -> Option<Rc<Object>> {
        let resolved = self.resolve(object?);
        resolved.dict()?;
        Some(resolved)
    }

    /// The object `N G obj ... endobj` at `offset` (a stream with its
    /// bytes); with `expect`, only when its number is that one.
    fn parse_at(&self, offset: usize, expect: Option<u32>) -> Option<Object> {
        let mut lexer = Lexer::new(self.bytes, offset);
        let object = self.parse_object_at(&mut lexer, expect);
        self.charge(lexer.pos.saturating_sub(offset));
        object
    }

    /// Count `bytes` read as objects; `false` once the reading budget is
    /// spent (then no more objects are read).
    fn charge(&self, bytes: usize) -> bool {
        self.parsed.set(self.parsed.get().saturating_add(bytes));
        let budget = self
            .bytes
            .len()
            .saturating_add(self.inflated.get())
            .saturating_mul(PARSE_FACTOR)
            .saturating_add(PARSE_EXTRA);
        self.parsed.get() <= budget
    }

    fn parse_object_at(&self, lexer: &mut Lexer<'a>, expect: Option<u32>) -> Option<Object> {
        if !self.charge(0) {
            return None;
        }
        let num = lexer.next_object()?.int()?;
        if expect.is_some_and(|e| i64::from(e) != num) {
            return None;
        }
        lexer.next_object()?.int()?;
        if lexer.next_object()? != Object::Op(b"obj".to_vec()) {
            return None;
        }
        let object = lexer.next_object()?;
        let Object::Dict(dict) = object else {
            return Some(object);
        };
        if lexer.next_object() != Some(Object::Op(b"stream".to_vec())) {
            return Some(Object::Dict(dict));
        }
        let mut start = lexer.pos;
        if self.bytes.get(start) == Some(&b'\r') {
            start += 1;
        }
        if self.bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        let raw = self.stream_bytes(&dict, start)?;
        Some(Object::Stream(Rc::new(Stream {
            dict,
            raw: raw.to_vec(),
        })))
    }

    /// A stream's bytes from `start`: `/Length` of them when `endstream`
    /// follows, else up to the next `endstream` (a wrong length).
    fn stream_bytes(&self, dict: &Dict, start: usize) -> Option<&'a [u8]> {
        let rest = self.bytes.get(start..)?;
        let length = dict
            .get("Length")
            .and_then(|l| self.resolve(l).int())
            .and_then(|l| usize::try_from(l).ok());
        if let Some(length) = length.filter(|&l| l <= rest.len()) {
            let after = &rest[length..];
            let skip = after.iter().take_while(|&&b| is_space(b)).count();
            if after[skip..].starts_with(b"endstream") {
                return Some(&rest[..length]);
            }
        }
        let end = find(rest, b"endstream").unwrap_or(rest.len());
        let mut raw = &rest[..end];
        while let [head @ .., b'\r' | b'\n'] = raw {
            raw = head;
        }
        Some(raw)
    }

    /// The object at `index` of object stream `stream`. The stream is
    /// decoded once: all the objects it holds go to the cache then.
    fn unpack(&self, stream: u32, index: usize) -> Option<Object> {
        if !self.unpacked.borrow_mut().insert(stream) {
            return None;
        }
        let ObjectStream {
            data,
            first,
            offsets,
        } = self.object_stream(stream)?;
        let mut wanted = None;
        for (i, &(num, offset)) in offsets.iter().enumerate() {
            let Some(at) = first.checked_add(offset) else {
                continue;
            };
            let mut lexer = Lexer::new(&data, at);
            let object = lexer.next_object();
            if !self.charge(lexer.pos.saturating_sub(at)) {
                break;
            }
            let Some(object) = object else { continue };
            if i == index {
                wanted = Some(object.clone());
            }
            let here = matches!(self.entries.get(&num), Some(Entry::Packed { stream: s, .. }) if *s == stream);
            if here {
                self.cache
                    .borrow_mut()
                    .entry(num)
                    .or_insert_with(|| Rc::new(object));
            }
        }
        wanted
    }

    /// An object stream, decoded.
    fn object_stream(&self, num: u32) -> Option<ObjectStream> {
        let object = self.get(num)?;
        let Object::Stream(stream) = &*object else {
            return None;
        };
        let data = self.decoded(stream)?;
        let first = usize::try_from(stream.dict.get("First")?.int()?).ok()?;
        let count = stream.dict.get("N")?.int()?.clamp(0, MAX_OBJECTS as i64) as usize;
        let mut lexer = Lexer::new(data.get(..first)?, 0);
        let mut offsets = Vec::new();
        while offsets.len() < count {
            let (Some(n), Some(o)) = (lexer.next_object(), lexer.next_object()) else {
                break;
            };
            let (Some(n), Some(o)) = (n.int(), o.int()) else {
                break;
            };
            offsets.push((u32::try_from(n).ok()?, usize::try_from(o).ok()?));
        }
        Some(ObjectStream {
            data,
            first,
            offsets,
        })
    }

    /// A stream's bytes decoded, within what is left of the file's inflate
    /// budget; `None` for an image filter or when the budget is spent.
    pub fn decoded(&self, stream: &Stream) -> Option<Vec<u8>> {
        let left = MAX_INFLATED.saturating_sub(self.inflated.get());
        match filters::decode(&stream.dict, &stream.raw, left) {
            Ok(data) => {
                self.inflated.set(self.inflated.get() + data.len());
                Some(data)
            }
            Err(FilterError::TooLarge) => {
                self.over_budget.set(true);
                None
            }
            Err(FilterError::Unsupported) => None,
        }
    }
}

/// Where `needle` first occurs in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// For `obj` at `end`: the object number and the start of `N G obj`
/// when digits, space, digits, space precede it.
fn object_header_before(bytes: &[u8], end: usize) -> Option<(u32, usize)> {
    if bytes
        .get(end + 3)
        .is_some_and(|b| b.is_ascii_alphanumeric())
    {
        return None;
    }
    let mut i = end;
    let back = |i: &mut usize, digits: bool| {
        let stop = *i;
        while *i > 0
            && (if digits {
                bytes[*i - 1].is_ascii_digit()
            } else {
                is_space(bytes[*i - 1])
            })
        {
            *i -= 1;
        }
        *i < stop
    };
    if !(back(&mut i, false) && back(&mut i, true) && back(&mut i, false)) {
        return None;
    }
    let num_end = i;
    if !back(&mut i, true) {
        return None;
    }
    let num = std::str::from_utf8(&bytes[i..num_end]).ok()?.parse().ok()?;
    Some((num, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Thousands of objects each opening a string never closed: each
    /// reads on to the end of the file, so without a budget the reading
    /// grows with the square of the file (5,000 objects: 125 MB read).
    #[test]
    fn unclosed_objects_do_not_make_reading_quadratic() {
        let mut bytes = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".to_vec();
        for num in 2..5000 {
            bytes.extend_from_slice(format!("{num} 0 obj (\n").as_bytes());
        }
        let doc = Document::open(&bytes).expect("the catalog is found");
        let budget = bytes.len() * PARSE_FACTOR + PARSE_EXTRA;
        assert!(
            doc.parsed.get() <= budget + bytes.len(),
            "{} bytes read for {}",
            doc.parsed.get(),
            bytes.len()
        );
    }
}
