//! A Word document's text (`.docx`, Office Open XML; ECMA-376 Part 1,
//! 17 "WordprocessingML"): the paragraphs of `word/document.xml` in reading
//! order, tables' cells as paragraphs, numbered and bulleted paragraphs as
//! list items ("- "), and the title, author and creation date of
//! `docProps/core.xml` (Part 2, 11 "Core Properties") as the header the
//! engine reads, as for a web page ([`super::read_page`]).
//!
//! Only those two XML parts are read: nothing in the file is run, and
//! macros, embedded objects and external links are never opened. Each part
//! is unpacked with a cap ([`zip`]), so a zip bomb ends in a message, and
//! a file that is not a `.docx` (an old binary `.doc`, a password-protected
//! document, any other zip) gets its own message.
//!
//! What is left out, as a reader would skip it: deleted and moved-away
//! text of tracked changes (`w:delText`, `w:moveFrom`), field codes
//! (`w:instrText`; their results stay), the fallback copy of text boxes
//! that Word writes for older readers (`mc:Fallback`), footnotes, headers
//! and footers (other parts).

mod xml;
mod zip;

use std::fmt;

use super::metadata::iso_date;
use super::{markup, Metadata, Page};
use xml::Event;
use zip::{Archive, ZipError};

/// The largest `word/document.xml` unpacked, in bytes: markup is several
/// times the text, and the engine takes at most a million characters, so
/// a real document this large has more text than can be analysed anyway.
pub const MAX_DOCUMENT_XML_BYTES: usize = 48 << 20;
/// The largest `docProps/core.xml` unpacked (a few hundred bytes in practice).
const MAX_CORE_BYTES: usize = 1 << 20;

/// Why a file cannot be read as a Word document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// An OLE compound file: a Word 97-2003 `.doc`, or an encrypted
    /// (password-protected) `.docx`, which Word stores the same way.
    OldOrProtected,
    /// The zip archive cannot be read.
    Zip(ZipError),
    /// A zip archive with no `word/document.xml`.
    NotWord,
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::OldOrProtected => write!(
                f,
                "This is an older Word (.doc) file or a password-protected document. \
                 Save it from Word as a .docx without a password, or copy its text and paste it."
            ),
            DocxError::Zip(ZipError::TooLarge) => write!(
                f,
                "This Word document unpacks to more than {} MB, too large to read here. \
                 Copy the part you want and paste it.",
                MAX_DOCUMENT_XML_BYTES >> 20
            ),
            DocxError::Zip(ZipError::NotZip) => write!(
                f,
                "This file is not a Word document (.docx): it is not the zip archive a .docx is."
            ),
            DocxError::Zip(e) => write!(
                f,
                "This Word document cannot be read ({e}). Open it in Word and save it again, \
                 or copy its text and paste it."
            ),
            DocxError::NotWord => write!(
                f,
                "This zip archive holds no Word document (no word/document.xml)."
            ),
        }
    }
}

impl std::error::Error for DocxError {}

/// The first bytes of an OLE compound file (MS-CFB 2.2).
const COMPOUND_FILE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Read the Word document in `bytes`.
pub fn read_docx(bytes: &[u8]) -> Result<Page, DocxError> {
    if bytes.starts_with(COMPOUND_FILE) {
        return Err(DocxError::OldOrProtected);
    }
    let archive = Archive::open(bytes).map_err(DocxError::Zip)?;
    let document = archive
        .read("word/document.xml", MAX_DOCUMENT_XML_BYTES)
        .map_err(DocxError::Zip)?
        .ok_or(DocxError::NotWord)?;
    // Core properties are a nicety: a damaged or missing part is no error.
    let core = archive
        .read("docProps/core.xml", MAX_CORE_BYTES)
        .ok()
        .flatten();
    let mut metadata = core
        .map(|core| core_properties(&String::from_utf8_lossy(&core)))
        .unwrap_or_default();
    let mut paragraphs = body(&String::from_utf8_lossy(&document));
    // A paragraph styled as the title is the title, whatever the
    // properties say (they often keep a template's).
    if let Some(at) = paragraphs.iter().position(|p| p.style == Style::Title) {
        metadata.title = Some(paragraphs.remove(at).text);
    }
    if paragraphs
        .first()
        .is_some_and(|p| Some(&p.text) == metadata.title.as_ref())
    {
        paragraphs.remove(0);
    }
    let texts: Vec<String> = paragraphs.into_iter().map(|p| p.text).collect();
    Ok(Page::compose(metadata, &texts))
}

/// How a paragraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Body,
    Title,
    Heading,
    ListItem,
}

/// One paragraph of the body.
#[derive(Debug, Clone, PartialEq)]
struct Paragraph {
    text: String,
    style: Style,
}

/// The outline level of body text (ECMA-376 Part 1, 17.3.1.20: 0 to 8
/// are headings).
const BODY_LEVEL: &str = "9";

/// Elements whose whole content is left out (see the module docs).
const SKIPPED: &[&str] = &["mc:Fallback", "w:moveFrom", "w:del"];

/// The paragraphs of `document.xml`, empty ones left out.
fn body(xml: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    // Open paragraphs: a text box's paragraphs sit inside a run of the
    // paragraph that anchors it, and come out before it.
    let mut open: Vec<Paragraph> = Vec::new();
    let mut skipping: Option<&str> = None;
    let mut depth = 0usize;
    let mut in_text = false;
    for event in xml::events(xml) {
        if let Some(skipped) = skipping {
            match event {
                Event::Start(name, _, false) if name == skipped => depth += 1,
                Event::End(name) if name == skipped => {
                    depth -= 1;
                    if depth == 0 {
                        skipping = None;
                    }
                }
                _ => {}
            }
            continue;
        }
        let current = open.last_mut();
        match event {
            Event::Start(name, _, false) if SKIPPED.contains(&name) => {
                skipping = Some(name);
                depth = 1;
                in_text = false;
            }
            Event::Start("w:p", _, closes) => {
                in_text = false;
                if !closes {
                    open.push(Paragraph {
                        text: String::new(),
                        style: Style::Body,
                    });
                }
            }
            Event::End("w:p") => {
                in_text = false;
                if let Some(mut paragraph) = open.pop() {
                    paragraph.text = paragraph.text.trim().to_string();
                    if !paragraph.text.is_empty() {
                        if paragraph.style == Style::ListItem {
                            paragraph.text.insert_str(0, "- ");
                        }
                        out.push(paragraph);
                    }
                }
            }
            Event::Start(name, value, closes) => {
                in_text = name == "w:t" && !closes;
                if let Some(paragraph) = current {
                    match (name, value.as_deref()) {
                        ("w:pStyle", Some(style)) => paragraph.style = style_of(style),
                        ("w:outlineLvl", Some(level))
                            if level != BODY_LEVEL && paragraph.style == Style::Body =>
                        {
                            paragraph.style = Style::Heading;
                        }
                        ("w:numPr", _) if paragraph.style == Style::Body => {
                            paragraph.style = Style::ListItem;
                        }
                        ("w:tab" | "w:ptab", _) => paragraph.text.push(' '),
                        ("w:br" | "w:cr", _) => paragraph.text.push('\n'),
                        ("w:noBreakHyphen", _) => paragraph.text.push('-'),
                        _ => {}
                    }
                }
            }
            Event::End(_) => in_text = false,
            Event::Text(text) => {
                if let (true, Some(paragraph)) = (in_text, current) {
                    paragraph.text.push_str(&markup::decode(text));
                }
            }
        }
    }
    out
}

/// How a paragraph with style id `id` reads, by the ids of Word's built-in
/// styles as an English Word writes them ("Title", "Heading1" to
/// "Heading9", "Subtitle", "ListParagraph"). Another id (a custom style, or
/// a localized Word's) reads as a body paragraph, still in its place; an
/// outline level on the paragraph itself still makes it a heading.
fn style_of(id: &str) -> Style {
    let id = id.to_ascii_lowercase();
    if id == "title" {
        Style::Title
    } else if id.starts_with("heading") || id == "subtitle" {
        Style::Heading
    } else if id.starts_with("list") {
        Style::ListItem
    } else {
        Style::Body
    }
}

/// Title, author and creation date from `docProps/core.xml`.
fn core_properties(xml: &str) -> Metadata {
    let mut metadata = Metadata::default();
    let mut field: Option<&str> = None;
    for event in xml::events(xml) {
        match event {
            Event::Start(name, _, closes) => field = (!closes).then_some(name),
            Event::End(_) => field = None,
            Event::Text(text) => {
                let value = markup::decode(text).trim().to_string();
                if value.is_empty() {
                    continue;
                }
                match field {
                    Some("dc:title") => metadata.title = Some(value),
                    Some("dc:creator") => metadata.byline = Some(value),
                    Some("dcterms:created") => metadata.date = iso_date(&value),
                    _ => {}
                }
            }
        }
    }
    metadata
}

#[cfg(test)]
mod tests;
