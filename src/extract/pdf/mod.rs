//! Text from a PDF file's text layer, pure Rust, for the widget (in the
//! lazily loaded readers' module) and the CLI alike.
//!
//! The stages:
//! - [`objects`]: the lexer and objects of ISO 32000-1 §7.2-7.3;
//! - [`document`]: cross-reference tables and streams, object streams,
//!   recovery of a damaged file;
//! - [`filters`]: FlateDecode, ASCIIHex, ASCII85, PNG predictors;
//! - [`fonts`] and [`encodings`]: codes to text (ToUnicode CMaps,
//!   encodings, glyph names);
//! - [`content`]: the text operators, placing each string on the page;
//! - [`layout`]: lines, paragraphs, headings, hyphenation;
//! - [`info`]: title, author and date from Info and XMP.
//!
//! Only text is read: a page that is an image (a scan) has no text to
//! give, and a file that is nothing else gives [`PdfError::NoText`].
//! Encrypted files are refused with [`PdfError::Encrypted`].

mod content;
mod document;
mod encodings;
mod filters;
mod fonts;
mod info;
mod layout;
mod objects;

use std::collections::HashSet;
use std::rc::Rc;

use super::Page;
use crate::file_kind::MAX_DOCUMENT_BYTES;
use document::Document;
use objects::Object;

/// The most pages read.
const MAX_PAGES: usize = 5_000;
/// The deepest page tree followed.
const MAX_TREE_DEPTH: usize = 32;

/// Why a PDF gave no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// The bytes do not start as a PDF file does.
    #[error("This file is not a PDF: it does not start with \"%PDF-\".")]
    NotPdf,
    /// The file's objects cannot be found.
    #[error(
        "This PDF is damaged: its pages cannot be found, so its text cannot be read. \
         Open it in a PDF viewer and copy its text instead."
    )]
    Damaged,
    /// The file is encrypted.
    #[error(
        "This PDF is encrypted (protected by a password or permissions), and Nutshell does \
         not decrypt files. Open it in a PDF viewer, copy its text and paste it here."
    )]
    Encrypted,
    /// No page has text.
    #[error(
        "This PDF holds only images of pages (a scan), with no text layer to read. \
         Run it through text recognition (OCR) first, or paste its text."
    )]
    NoText,
    /// The file, or what its streams inflate to, is too large.
    #[error(
        "This PDF is too large to read here (over 64 MB, or its streams inflate \
         to over 256 MB)."
    )]
    TooLarge,
}

/// Read the text layer of the PDF `bytes`: the header (title, "By"
/// author, "Published:" date, those the file states) and a blank line,
/// then the paragraphs in reading order, separated by blank lines.
pub fn read_pdf(bytes: &[u8]) -> Result<Page, PdfError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(PdfError::TooLarge);
    }
    if document::find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_none() {
        return Err(PdfError::NotPdf);
    }
    let doc = Document::open(bytes).ok_or(PdfError::Damaged)?;
    if doc.trailer.get("Encrypt").is_some() {
        return Err(PdfError::Encrypted);
    }
    let mut runner = content::Runner::new(&doc);
    let mut lines = Vec::new();
    for (page, resources) in pages(&doc) {
        runner.spans.clear();
        let content = page_content(&doc, &page);
        runner.run(&content, resources.as_deref().and_then(Object::dict));
        lines.extend(layout::lines(&runner.spans));
    }
    if doc.over_budget.get() {
        return Err(PdfError::TooLarge);
    }
    let metadata = info::read(&doc);
    let mut paragraphs = layout::paragraphs(&lines);
    let fold = |s: &str| {
        s.to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    if let (Some(title), Some(first)) = (&metadata.title, paragraphs.first()) {
        if fold(title) == fold(first) {
            paragraphs.remove(0);
        }
    }
    if paragraphs.is_empty() {
        return Err(PdfError::NoText);
    }
    Ok(Page::compose(metadata, &paragraphs))
}

/// The pages in order, each with the resources it has or inherits
/// (§7.7.3.4), from the catalog's page tree.
fn pages(doc: &Document) -> Vec<(Rc<Object>, Option<Rc<Object>>)> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let root = doc
        .catalog()
        .and_then(|c| c.dict().and_then(|d| d.get("Pages")).cloned());
    // Depth-first with an explicit stack: (node, inherited resources, depth).
    let mut stack: Vec<(Object, Option<Rc<Object>>, usize)> =
        root.into_iter().map(|r| (r, None, 0)).collect();
    while let Some((node, inherited, depth)) = stack.pop() {
        if out.len() >= MAX_PAGES || depth > MAX_TREE_DEPTH {
            break;
        }
        if let Object::Ref(num) = node {
            if !seen.insert(num) {
                continue;
            }
        }
        let Some(object) = doc.dict(Some(&node)) else {
            continue;
        };
        let Some(dict) = object.dict() else { continue };
        let resources = doc.dict(dict.get("Resources")).or(inherited);
        match doc
            .resolve(dict.get("Kids").unwrap_or(&Object::Null))
            .as_ref()
        {
            Object::Array(kids) => {
                for kid in kids.iter().rev() {
                    stack.push((kid.clone(), resources.clone(), depth + 1));
                }
            }
            _ => out.push((object.clone(), resources)),
        }
    }
    out
}

/// A page's content streams decoded and joined (§7.7.3.3: an array of
/// streams is one stream cut anywhere between tokens).
fn page_content(doc: &Document, page: &Object) -> Vec<u8> {
    let Some(dict) = page.dict() else {
        return Vec::new();
    };
    let contents = doc.resolve(dict.get("Contents").unwrap_or(&Object::Null));
    let parts: Vec<Object> = match &*contents {
        Object::Array(list) => list.clone(),
        other => vec![other.clone()],
    };
    let mut out = Vec::new();
    for part in parts {
        if let Object::Stream(stream) = &*doc.resolve(&part) {
            out.extend(doc.decoded(stream).unwrap_or_default());
            out.push(b'\n');
        }
    }
    out
}

#[cfg(test)]
mod tests;
