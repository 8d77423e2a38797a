//! Content streams run for their text (ISO 32000-1 §9.4 text objects,
//! §8.4 graphics state, §8.10 form XObjects): each string shown becomes
//! a [`Span`] placed on the page in device space, from the text matrix,
//! the current transformation matrix and the glyphs' widths. Everything
//! that paints no text (paths, colours, images) is read past.
//!
//! Bounds: at most [`MAX_OPERATIONS`] operators over a whole file (a
//! file of a few megabytes holds far fewer), [`MAX_LEXED`] bytes of
//! content read, graphics states nested at most [`MAX_SAVES`] deep,
//! forms within forms at most [`MAX_FORMS`], each form decoded once.

use std::collections::HashMap;
use std::rc::Rc;

use super::document::Document;
use super::fonts::Font;
use super::objects::{is_space, Dict, Lexer, Object};

/// The most operators run over a whole file.
const MAX_OPERATIONS: usize = 4_000_000;
/// The deepest `q` nesting kept.
const MAX_SAVES: usize = 64;
/// The deepest nesting of form XObjects.
const MAX_FORMS: usize = 8;
/// The most bytes of content streams read over a whole file (a form
/// drawn on every page is read each time).
const MAX_LEXED: usize = 256 << 20;

/// A string shown: where it starts and ends on the page (device space,
/// y up), its size there, its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub x: f64,
    pub y: f64,
    pub end: f64,
    pub size: f64,
    pub text: String,
}

/// An affine matrix `[a b c d e f]` (§8.3.4), row-vector convention.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f64; 6]);

const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

impl Matrix {
    /// `self` then `then`.
    fn times(self, then: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = then.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn translate(x: f64, y: f64) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }

    fn from(operands: &[Object]) -> Option<Matrix> {
        let numbers: Vec<f64> = operands.iter().filter_map(Object::number).collect();
        Some(Matrix(
            numbers
                .get(numbers.len().checked_sub(6)?..)?
                .try_into()
                .ok()?,
        ))
    }
}

/// The graphics and text state that `q` saves.
#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
}

/// Runs content streams, gathering spans.
pub struct Runner<'d, 'a> {
    doc: &'d Document<'a>,
    fonts: HashMap<u32, Rc<Font>>,
    /// Form XObjects' decoded content, by object number.
    forms: HashMap<u32, Rc<Vec<u8>>>,
    pub spans: Vec<Span>,
    operations: usize,
    lexed: usize,
}

impl<'d, 'a> Runner<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        Runner {
            doc,
            fonts: HashMap::new(),
            forms: HashMap::new(),
            spans: Vec::new(),
            operations: 0,
            lexed: 0,
        }
    }

    /// Run `content` with `resources` under the matrix `ctm`.
    pub fn run(&mut self, content: &[u8], resources: Option<&Dict>) {
        let state = State {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        self.run_with(content, resources, state, 0);
    }

    fn run_with(
        &mut self,
        content: &[u8],
        resources: Option<&Dict>,
        mut state: State,
        forms: usize,
    ) {
        self.lexed = self.lexed.saturating_add(content.len());
        if self.lexed > MAX_LEXED {
            return;
        }
        let mut lexer = Lexer::new(content, 0);
        let mut operands: Vec<Object> = Vec::new();
        let mut saved: Vec<State> = Vec::new();
        let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
        while let Some(object) = lexer.next_object() {
            let Object::Op(op) = object else {
                if operands.len() < 64 {
                    operands.push(object);
                }
                continue;
            };
            self.operations += 1;
            if self.operations > MAX_OPERATIONS {
                return;
            }
            let num = |i: usize| operands.get(i).and_then(Object::number).unwrap_or(0.0);
            match op.as_slice() {
                b"q" if saved.len() < MAX_SAVES => saved.push(state.clone()),
                b"Q" => state = saved.pop().unwrap_or(state),
                b"cm" => {
                    if let Some(m) = Matrix::from(&operands) {
                        state.ctm = m.times(state.ctm);
                    }
                }
                b"BT" => (tm, tlm) = (IDENTITY, IDENTITY),
                b"Tf" => {
                    state.size = num(1);
                    state.font = match operands.first() {
                        Some(Object::Name(name)) => self.font(resources, name),
                        _ => None,
                    };
                }
                b"Tc" => state.char_spacing = num(0),
                b"Tw" => state.word_spacing = num(0),
                b"Tz" => state.scale = num(0) / 100.0,
                b"TL" => state.leading = num(0),
                b"Ts" => state.rise = num(0),
                b"Td" | b"TD" => {
                    if op == b"TD" {
                        state.leading = -num(1);
                    }
                    tlm = Matrix::translate(num(0), num(1)).times(tlm);
                    tm = tlm;
                }
                b"Tm" => {
                    if let Some(m) = Matrix::from(&operands) {
                        (tm, tlm) = (m, m);
                    }
                }
                b"T*" | b"'" | b"\"" => {
                    if op == b"\"" {
                        state.word_spacing = num(0);
                        state.char_spacing = num(1);
                    }
                    tlm = Matrix::translate(0.0, -state.leading).times(tlm);
                    tm = tlm;
                    if let (b"'" | b"\"", Some(Object::Str(s))) = (op.as_slice(), operands.last()) {
                        self.show(&state, &mut tm, s);
                    }
                }
                b"Tj" => {
                    if let Some(Object::Str(s)) = operands.last() {
                        self.show(&state, &mut tm, s);
                    }
                }
                b"TJ" => {
                    if let Some(Object::Array(items)) = operands.last() {
                        for item in items {
                            match item {
                                Object::Str(s) => self.show(&state, &mut tm, s),
                                other => {
                                    let shift = -other.number().unwrap_or(0.0) / 1000.0
                                        * state.size
                                        * state.scale;
                                    tm = Matrix::translate(shift, 0.0).times(tm);
                                }
                            }
                        }
                    }
                }
                b"Do" if forms < MAX_FORMS => {
                    if let Some(Object::Name(name)) = operands.first() {
                        self.form(resources, name, &state, forms);
                    }
                }
                b"ID" => skip_inline_image(&mut lexer),
                _ => {}
            }
            operands.clear();
        }
    }

    /// The font `name` of `resources`, loaded once per object.
    fn font(&mut self, resources: Option<&Dict>, name: &[u8]) -> Option<Rc<Font>> {
        let fonts = self.doc.dict(resources?.get("Font"))?;
        let entry = fonts.dict()?.0.iter().find(|(k, _)| k == name)?.1.clone();
        if let Object::Ref(num) = entry {
            if let Some(font) = self.fonts.get(&num) {
                return Some(font.clone());
            }
        }
        let dict = self.doc.dict(Some(&entry))?;
        let font = Rc::new(Font::load(self.doc, dict.dict()?));
        if let Object::Ref(num) = entry {
            self.fonts.insert(num, font.clone());
        }
        Some(font)
    }

    /// Run the form XObject `name` (images and other XObjects hold no
    /// text and are passed over).
    fn form(&mut self, resources: Option<&Dict>, name: &[u8], state: &State, forms: usize) {
        let Some(xobjects) = resources.and_then(|r| self.doc.dict(r.get("XObject"))) else {
            return;
        };
        let Some(entry) = xobjects
            .dict()
            .and_then(|d| d.0.iter().find(|(k, _)| k == name))
        else {
            return;
        };
        let object = self.doc.resolve(&entry.1);
        let Object::Stream(stream) = &*object else {
            return;
        };
        if !stream.dict.has_name("Subtype", "Form") {
            return;
        }
        let cached = match entry.1 {
            Object::Ref(num) => self.forms.get(&num).cloned(),
            _ => None,
        };
        let content = match cached {
            Some(content) => content,
            None => {
                let Some(content) = self.doc.decoded(stream).map(Rc::new) else {
                    return;
                };
                if let Object::Ref(num) = entry.1 {
                    self.forms.insert(num, content.clone());
                }
                content
            }
        };
        let mut inner = state.clone();
        if let Some(Object::Array(m)) = stream.dict.get("Matrix") {
            if let Some(m) = Matrix::from(m) {
                inner.ctm = m.times(state.ctm);
            }
        }
        let own = self.doc.dict(stream.dict.get("Resources"));
        let resources = own.as_deref().and_then(Object::dict).or(resources);
        self.run_with(&content, resources, inner, forms + 1);
    }

    /// Show the string `bytes`: one span, and the text matrix moved past it.
    fn show(&mut self, state: &State, tm: &mut Matrix, bytes: &[u8]) {
        let Some(font) = &state.font else { return };
        let place = |tm: Matrix| {
            Matrix::translate(0.0, state.rise)
                .times(tm)
                .times(state.ctm)
        };
        let start = place(*tm);
        let [_, _, c, d, x, y] = start.0;
        let mut text = String::new();
        for glyph in font.glyphs(bytes) {
            text.push_str(&glyph.text);
            let spacing = state.char_spacing
                + if glyph.is_space_code {
                    state.word_spacing
                } else {
                    0.0
                };
            let advance = (glyph.width / 1000.0 * state.size + spacing) * state.scale;
            *tm = Matrix::translate(advance, 0.0).times(*tm);
        }
        let size = (c * c + d * d).sqrt() * state.size.abs();
        let end = place(*tm).0[4];
        if !text.is_empty() && x.is_finite() && y.is_finite() && end.is_finite() {
            self.spans.push(Span {
                x,
                y,
                end,
                size,
                text,
            });
        }
    }
}

/// Past an inline image's data (§8.9.7): to `EI` standing alone.
fn skip_inline_image(lexer: &mut Lexer) {
    let bytes = lexer.bytes;
    let mut i = lexer.pos + 1;
    while i + 2 <= bytes.len() {
        if &bytes[i..i + 2] == b"EI"
            && is_space(bytes[i - 1])
            && bytes.get(i + 2).is_none_or(|&b| is_space(b))
        {
            lexer.pos = i + 2;
            return;
        }
        i += 1;
    }
    lexer.pos = bytes.len();
}
