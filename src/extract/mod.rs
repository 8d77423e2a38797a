//! Article text from a web page (the page a reader drops as an `.html`
//! file, or the HTML a rich paste carries) and from a Word document
//! ([`docx`]): the file readers, in the CLI and in the readers module the
//! page loads on first use (feature `readers`).
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
pub mod docx;
mod json_ld;
mod markup;
mod metadata;
pub mod pdf;
mod render;
mod tree;

use crate::file_kind::FileKind;
pub use metadata::Metadata;
pub use render::CAPTION_OPENER;

/// A page read for its article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// The text to analyse: the header lines (title, "By ...",
    /// "Published: ..."; those the page gives), a blank line, the body;
    /// empty when the page holds no article text.
    pub text: String,
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
    Page::compose(metadata, &paragraphs)
}

impl Page {
    /// The page of a document with `metadata` and body `paragraphs`
    /// (each a paragraph, heading, list item or caption): the header lines
    /// the engine reads as the article's header, a blank line, the body;
    /// no text at all when there is no body.
    pub(crate) fn compose(metadata: Metadata, paragraphs: &[String]) -> Page {
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
        text.push_str(&paragraphs.join("\n\n"));
        Page { text, metadata }
    }
}

/// The text of `html` to analyse (see [`read_page`]).
pub fn article_text(html: &str) -> String {
    read_page(html).text
}

/// Read a document file's `bytes` (`kind` from [`FileKind::of`]) for its
/// text, or say why it cannot be read, in words for the reader. Web pages
/// arrive as text and go to [`read_page`]; plain text needs no reader.
///
/// Each document format is one arm here: the PDF reader is wired in as
/// `FileKind::Pdf => pdf::read_pdf(bytes).map_err(|e| e.to_string()),`.
pub fn read_document(kind: FileKind, bytes: &[u8]) -> Result<Page, String> {
    match kind {
        FileKind::Word => docx::read_docx(bytes).map_err(|e| e.to_string()),
        FileKind::Pdf => pdf::read_pdf(bytes).map_err(|e| e.to_string()),
        FileKind::Text | FileKind::Page => Err("This file is text, not a document.".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page whose `<h1>` is never closed holds its whole text in the
    /// heading: that is no title, and the text must not say the page twice
    /// (the fuzz target's rule: never more text than markup).
    #[test]
    fn an_unclosed_heading_is_no_title_and_the_text_is_not_doubled() {
        let html = format!(
            "<html><body><h1>Team news {}",
            "<p>The club said the striker would be fit for the final, after a week of rest.</p>"
                .repeat(40)
        );
        let page = read_page(&html);
        assert_eq!(page.metadata.title, None);
        assert!(
            page.text.len() <= html.len(),
            "{} from {}",
            page.text.len(),
            html.len()
        );
    }

    /// A news page with everything around its article that readers see.
    const PAGE: &str = r#"<!doctype html><html><head>
        <title>Ministers meet in Qingdao to agree a plan | The Daily Planet</title>
        <meta property="og:title" content="Ministers meet in Qingdao to agree a plan">
        <meta name="author" content="Jane Roe">
        <meta property="article:published_time" content="2025-06-27T09:00:00Z">
        <script>var x = "<p>not text</p>";</script></head><body>
        <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
        <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <div class="layout"><article class="story">
          <h1>Ministers meet in Qingdao to agree a plan</h1>
          <div class="share-bar"><a>Share on Facebook</a> <a>Share on Twitter</a></div>
          <figure><img src="x.jpg"><figcaption>Defence ministers arrive in Qingdao on Friday.</figcaption></figure>
          <p>Defence ministers from ten countries met in Qingdao on <b>Friday</b>, the first
             such meeting in three years, and agreed on a plan for maritime safety.</p>
          <div class="ad-slot advert"><p>Advertisement</p><p>Buy the new phone today, with a better camera.</p></div>
          <h2>What was agreed</h2>
          <p>The plan sets up a hotline between navies, regular joint drills, and a shared
             register of incidents at sea, officials said.</p>
          <ul><li>A hotline</li><li>Joint drills</li></ul>
          <p>Talks ended late &mdash; and a statement is expected on Saturday, according to the host.</p>
          <div class="related-links"><h3>Related stories</h3><ul><li><a>Navies hold drills</a></li></ul></div>
        </article><aside>Most read: Rivers rise</aside></div>
        <section id="comments"><h3>Comments</h3><p>Great article, thanks for writing it, I learned a lot today.</p></section>
        <footer>© 2025 The Daily Planet</footer></body></html>"#;

    #[test]
    fn keeps_the_article_and_drops_what_is_around_it() {
        let page = read_page(PAGE);
        assert_eq!(
            page.text,
            "Ministers meet in Qingdao to agree a plan\nBy Jane Roe\nPublished: 2025-06-27\n\n\
             Caption: Defence ministers arrive in Qingdao on Friday.\n\n\
             Defence ministers from ten countries met in Qingdao on Friday, the first such meeting in three years, and agreed on a plan for maritime safety.\n\n\
             What was agreed\n\n\
             The plan sets up a hotline between navies, regular joint drills, and a shared register of incidents at sea, officials said.\n\n\
             - A hotline\n\n- Joint drills\n\n\
             Talks ended late — and a statement is expected on Saturday, according to the host."
        );
        assert!(page
            .text
            .split_once("\n\n")
            .unwrap()
            .1
            .starts_with("Caption: "));
        assert_eq!(
            page.metadata,
            Metadata {
                title: Some("Ministers meet in Qingdao to agree a plan".into()),
                byline: Some("Jane Roe".into()),
                date: Some("2025-06-27".into()),
            }
        );
    }

    #[test]
    fn finds_the_article_among_longer_link_lists() {
        let story = "<p>The river rose by two metres overnight, and roads along both banks were closed, the council said.</p>".repeat(6);
        let links =
            "<li><a href='/a'>Another story about something else entirely</a></li>".repeat(40);
        let html = format!(
            "<body><div class='menu-col'><ul>{links}</ul></div><div class='main-col'><div>{story}</div></div><div class='more'><ul>{links}</ul></div></body>"
        );
        let text = article_text(&html);
        assert!(text.starts_with("The river rose"), "{text}");
        assert!(!text.contains("Another story"), "{text}");
        assert_eq!(text.matches("The river rose").count(), 6);
    }

    /// A page that breaks its article into blocks of one class around
    /// figures, the first block's paragraphs nested deeper than the rest:
    /// the lede is kept (Quanta Magazine's pages lost it).
    #[test]
    fn keeps_a_block_of_the_article_whose_paragraphs_nest_deeper() {
        let para = "<p>The council met on Tuesday, and the plan, which had been delayed twice, was approved by a wide margin.</p>";
        let lede = "<p>When the engineer looked inside the old tunnel, she thought she was seeing things, and said so.</p>";
        let deep = format!("{}{lede}{lede}{}", "<div>".repeat(6), "</div>".repeat(6));
        let html = format!(
            "<body><div class='frame'><div class='block'>{deep}</div><figure><img src='x'></figure><div class='block'><div>{}</div></div></div></body>",
            para.repeat(8)
        );
        let text = article_text(&html);
        assert!(text.starts_with("When the engineer"), "{text}");
        assert_eq!(text.matches("The council met").count(), 8);
    }

    #[test]
    fn uses_the_title_when_the_page_has_no_headline() {
        let html = "<title>Rates held &amp; steady</title><body><div>The bank held rates.</div><div>Markets calmed.<br>Briefly.</div></body>";
        assert_eq!(
            article_text(html),
            "Rates held & steady\n\nThe bank held rates.\n\nMarkets calmed.\nBriefly."
        );
    }

    #[test]
    fn hostile_markup_gives_plain_text_only() {
        let html = r#"<p onclick="alert(1)">Hi <img src=x onerror="alert(2)"> there.</p>
            <SCRIPT>alert("</p>")</SCRIPT><p>Bye <a href="javascript:alert(3)">now</a>.</p>
            <p>Broken &#0; &#xD800; &bogus; & &#99999999; tag < here</p>"#;
        assert_eq!(
            article_text(html),
            "Hi there.\n\nBye now.\n\nBroken \u{FFFD} \u{FFFD} &bogus; & \u{FFFD} tag < here"
        );
    }

    #[test]
    fn survives_deep_nesting_and_unclosed_tags() {
        let html = format!(
            "{}Deep text{}",
            "<div><span>".repeat(10_000),
            "<p>unclosed <b>bold"
        );
        assert_eq!(article_text(&html), "Deep text\n\nunclosed bold");
        assert_eq!(article_text("<script>never closed"), "");
        assert_eq!(article_text("<p title='a>b'>quoted</p>"), "quoted");
    }

    /// Markup only shrinks: list items, headers and captions never make
    /// the text longer than the page (the fuzz target's invariant).
    #[test]
    fn lists_of_short_items_never_grow_the_text() {
        for list in ["ol", "ul"] {
            let html = format!("<{list}>{}", "<li>a".repeat(200));
            let text = article_text(&html);
            assert!(
                text.len() <= html.len(),
                "{} bytes from {}",
                text.len(),
                html.len()
            );
            assert!(text.starts_with("- a\n\n- a"), "{text}");
        }
    }
}
