//! The article's nodes as the text the engine reads: one paragraph per
//! block, headings on lines of their own, list items opening with "- ",
//! captions on lines of their own opening with "Caption:", the
//! form the engine's parts stage reads as a caption
//! (`engine::segmentation::parts`), so a photo's caption never counts as
//! the article's body nor enters its summary.

use super::content::{is_boilerplate_text, NEVER_TEXT};
use super::tree::{Data, Tree};

/// Elements that start a new paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "section",
    "article",
    "main",
    "pre",
    "tr",
    "dd",
    "dt",
    "ul",
    "ol",
    "table",
    "figure",
    "figcaption",
    "hr",
    "address",
    "dl",
    "caption",
    "center",
];

/// Class words of an element holding a caption or a photo credit.
const CAPTION_HINTS: &[&str] = &["caption", "credit"];

/// What opens a caption's line, for the engine's parts stage.
pub const CAPTION_OPENER: &str = "Caption: ";

/// The longest caption, in characters: a longer "caption" is prose.
const MAX_CAPTION_CHARS: usize = 400;

/// The paragraphs of the subtrees at `roots`, `dropped` nodes left out, a
/// heading equal to `title` too (the title already heads the text).
pub fn paragraphs(
    tree: &Tree,
    roots: &[usize],
    dropped: &[bool],
    title: Option<&str>,
) -> Vec<String> {
    let mut out = Writer {
        tree,
        dropped,
        title: title.map(fold),
        paragraphs: Vec::new(),
        current: String::new(),
        in_pre: 0,
    };
    for &root in roots {
        out.node(root);
        out.flush();
    }
    out.paragraphs
}

struct Writer<'t> {
    tree: &'t Tree,
    dropped: &'t [bool],
    title: Option<String>,
    paragraphs: Vec<String>,
    current: String,
    in_pre: usize,
}

impl Writer<'_> {
    /// Write node `i` (recursion as deep as the tree, which is bounded).
    fn node(&mut self, i: usize) {
        let tree = self.tree;
        if self.dropped[i] {
            return;
        }
        let name = match &tree.nodes[i].data {
            Data::Text(text) => {
                if self.in_pre > 0 {
                    self.current.push_str(text);
                } else {
                    push_collapsed(&mut self.current, text);
                }
                return;
            }
            Data::Element { name, .. } => name.as_str(),
        };
        if NEVER_TEXT.contains(&name) {
            return;
        }
        if name == "br" {
            self.current.push('\n');
            return;
        }
        if is_caption(tree, i, name) {
            self.flush();
            let caption = tree.text(i);
            if !caption.is_empty() {
                let opens = caption.to_lowercase().starts_with("caption");
                self.paragraphs.push(if opens {
                    caption
                } else {
                    format!("{CAPTION_OPENER}{caption}")
                });
            }
            return;
        }
        if matches!(name, "h1" | "h2")
            && self
                .title
                .as_deref()
                .is_some_and(|t| *t == fold(&tree.text(i)))
        {
            return;
        }
        let block = BLOCKS.contains(&name);
        if block {
            self.flush();
        }
        if name == "li" {
            // "- " with the paragraph break is no longer than `<li>`: the
            // text never outgrows the page (the fuzz target's invariant),
            // and the engine reads the line as a list item. (A number for
            // an ordered list's item would.)
            self.current.push_str("- ");
        }
        if name == "pre" {
            self.in_pre += 1;
        }
        for &child in &tree.nodes[i].children {
            self.node(child);
        }
        if name == "pre" {
            self.in_pre -= 1;
        }
        if block {
            self.flush();
        } else if matches!(name, "td" | "th") {
            push_collapsed(&mut self.current, " ");
        }
    }

    /// End the paragraph being gathered, if it holds any text and is not
    /// furniture.
    fn flush(&mut self) {
        let lines: Vec<&str> = self
            .current
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let paragraph = lines.join("\n");
        let bare = paragraph.trim_start_matches(['-', ' ']);
        if bare.chars().any(char::is_alphanumeric) && !is_boilerplate_text(bare) {
            self.paragraphs.push(paragraph);
        }
        self.current.clear();
    }
}

/// Whether element `i` is a caption: `figcaption`, or a short element of
/// a caption or credit class.
fn is_caption(tree: &Tree, i: usize, name: &str) -> bool {
    if name == "figcaption" {
        return true;
    }
    if !matches!(name, "p" | "div" | "span" | "small" | "cite") {
        return false;
    }
    let class = tree.attribute(i, "class").unwrap_or("").to_lowercase();
    CAPTION_HINTS.iter().any(|h| class.contains(h))
        && tree.short_text(i, MAX_CAPTION_CHARS).is_some()
}

/// `text` folded for comparing: white space runs as one space, lowercased.
fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Append `text` with runs of white space folded to one space, as a
/// browser shows it (a no-break space is kept as a space).
fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else if c != '\u{AD}' {
            out.push(c);
        }
    }
}
