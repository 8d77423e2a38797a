//! Article text from a web page: the page a reader drops as an `.html`
//! file, or the HTML a rich paste carries.
//!
//! Pure Rust with no web crate, so it is tested natively and runs the
//! same in the widget, its worker and the CLI (`nutshell extract`). The
//! stages:
//! - [`markup`]: tokens, read and never run;
//! - [`tree`]: the element tree a browser would build, bounded in depth;
//! - [`metadata`]: title, byline and date from the page's own metadata;
//! - [`content`]: which part is the article (Readability's scoring, link
//!   density after boilerpipe), share bars, adverts, related links,
//!   comments and cookie notices dropped;
//! - [`render`]: paragraphs, headings, list items and captions as text.
//!
//! The text starts with the header the engine reads as the article's
//! header ([`crate::engine`]'s `segmentation::metadata`): the title on a
//! line of its own, "By" and the byline, "Published:" and the date, so
//! the engine's `meta.title`, `meta.byline` and `meta.date` are the
//! page's, and the date resolves the article's relative dates.

mod content;
mod json_ld;
mod markup;
mod metadata;
mod render;
mod tree;

pub use metadata::Metadata;
pub use render::CAPTION_OPENER;

/// A page read for its article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// The text to analyse: the header lines, a blank line, the body;
    /// empty when the page holds no article text.
    pub text: String,
    /// Where the body starts in `text`, in bytes.
    pub body_start: usize,
    /// The page's title, byline and date.
    pub metadata: Metadata,
}

/// Read `html` for its article.
pub fn read_page(html: &str) -> Page {
    let tree = tree::Tree::build(&markup::tokenize(html));
    let metadata = metadata::read(&tree);
    let article = content::find(&tree);
    let paragraphs = render::paragraphs(
        &tree,
        &article.roots,
        &article.dropped,
        metadata.title.as_deref(),
    );
    if paragraphs.is_empty() {
        return Page {
            metadata,
            ..Page::default()
        };
    }
    let mut header = Vec::new();
    header.extend(metadata.title.clone());
    if let Some(byline) = &metadata.byline {
        let by = byline
            .get(..3)
            .is_some_and(|b| b.eq_ignore_ascii_case("by "));
        header.push(if by {
            byline.clone()
        } else {
            format!("By {byline}")
        });
    }
    if let Some(date) = &metadata.date {
        header.push(format!("Published: {date}"));
    }
    let mut text = header.join("\n");
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    let body_start = text.len();
    text.push_str(&paragraphs.join("\n\n"));
    Page {
        text,
        body_start,
        metadata,
    }
}

/// File name endings of web pages, read with [`read_page`] by the widget
/// and the CLI alike.
const PAGE_ENDINGS: &[&str] = &[".html", ".htm", ".xhtml"];

/// Whether a file named `name` is a web page (by its ending, any case).
pub fn is_page_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    PAGE_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// The text of `html` to analyse (see [`read_page`]).
pub fn article_text(html: &str) -> String {
    read_page(html).text
}
