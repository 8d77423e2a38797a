//! What a page says about its article: title, byline and date, from the
//! page's own metadata before its text.
//!
//! The order of sources is Readability.js's (`_getArticleMetadata`,
//! <https://github.com/mozilla/readability>): JSON-LD (schema.org
//! `headline`, `author`, `datePublished`), then Dublin Core, Open Graph
//! (`og:title`, `article:author`, `article:published_time`), Twitter and
//! Parse.ly `<meta>` tags, then the document: the `<title>` cut of its
//! site name the way Readability's `_getArticleTitle` cuts it, an
//! author link (`rel=author`, `itemprop=author`) or byline class, and the
//! first `<time datetime>`.

use super::json_ld;
use super::tree::{Data, Tree};
use crate::engine::{trailing_date, BYLINE_TAIL};

/// The metadata found.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// The date it was published, `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// `<meta>` keys (`property`, `name` or `itemprop`, lowercased) for the
/// title, in order of trust.
const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];

/// `<meta>` keys for the author, in order of trust.
const AUTHOR_KEYS: &[&str] = &[
    "dc:creator",
    "dcterm:creator",
    "author",
    "parsely-author",
    "article:author",
    "sailthru.author",
    "byl",
];

/// `<meta>` keys for the publication date, in order of trust.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "parsely-pub-date",
    "datepublished",
    "og:article:published_time",
    "published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "sailthru.date",
    "article.published",
    "article:modified_time",
];

/// Separators between a page's title and its site name.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » ", " · ",
];

/// The longest byline, in characters (Readability's limit).
const MAX_BYLINE_CHARS: usize = 100;

/// The longest title taken, in characters. Readability looks past titles
/// of over 150 characters (`_getArticleTitle`); a "title" of several
/// hundred is a page's text read as one (an unclosed `<h1>`), and the
/// header line would repeat what the body says (found by the fuzz target:
/// 105,000 bytes of text from 70,000 of HTML).
const MAX_TITLE_CHARS: usize = 300;

/// Class or id words of an element holding the byline.
const BYLINE_HINTS: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];

/// The metadata of the page in `tree`.
pub fn read(tree: &Tree) -> Metadata {
    let mut metas: Vec<(String, &str)> = Vec::new();
    let mut ld = json_ld::Facts::default();
    let mut document_title = None;
    let mut h1s = Vec::new();
    let mut time = None;
    let mut author_link = None;
    for (i, node) in tree.nodes.iter().enumerate() {
        let Data::Element { name, .. } = &node.data else {
            continue;
        };
        match name.as_str() {
            "meta" => {
                let Some(content) = tree.attribute(i, "content") else {
                    continue;
                };
                for key in ["property", "name", "itemprop"] {
                    if let Some(keys) = tree.attribute(i, key) {
                        // `property` may hold several keys, space-separated.
                        for k in keys.split_whitespace() {
                            metas.push((k.to_lowercase(), content));
                        }
                    }
                }
            }
            "script"
                if tree
                    .attribute(i, "type")
                    .is_some_and(|t| t.contains("ld+json")) =>
            {
                for &child in &node.children {
                    if let Data::Text(json) = &tree.nodes[child].data {
                        json_ld::read(json, &mut ld);
                    }
                }
            }
            "title" if document_title.is_none() => document_title = Some(tree.text(i)),
            "h1" => h1s.push(tree.text(i)),
            "time" if time.is_none() => time = tree.attribute(i, "datetime").and_then(iso_date),
            _ if author_link.is_none() && is_author_element(tree, i) => {
                author_link = tree
                    .short_text(i, MAX_BYLINE_CHARS)
                    .filter(|t| !t.is_empty());
            }
            _ => {}
        }
    }
    let meta = |keys: &[&str]| {
        keys.iter().find_map(|key| {
            metas
                .iter()
                .find(|(k, v)| k == key && !v.trim().is_empty())
                .map(|(_, v)| clean(v))
        })
    };
    let fits = |t: &String| !t.is_empty() && t.chars().count() <= MAX_TITLE_CHARS;
    let title = ld
        .headline
        .as_deref()
        .map(clean)
        .filter(fits)
        .or_else(|| meta(TITLE_KEYS).filter(fits))
        .or_else(|| document_title.map(|t| cut_site_name(&t, &h1s)).filter(fits))
        .or_else(|| h1s.first().cloned().filter(fits));
    // A byline element often holds the date after the name ("Dan Goodin -
    // Apr 16, 2015 8:02 pm UTC", "By Jane Roe November 15, 2019"): the
    // name is the byline, and the date the page's when it gives none.
    let (author_link, byline_date) = match author_link.map(|b| clean(&b)) {
        Some(b) => match trailing_date(&b) {
            Some((at, date)) => (Some(b[..at].to_string()), Some(date.to_string())),
            None => (Some(b), None),
        },
        None => (None, None),
    };
    let byline = Some(ld.authors.join(", "))
        .filter(|a| !a.is_empty())
        .or_else(|| meta(AUTHOR_KEYS).filter(|a| !is_url(a)))
        .or(author_link)
        .map(|b| clean(b.trim_end_matches(BYLINE_TAIL)))
        .filter(|b| !b.is_empty());
    let date = ld
        .date_published
        .as_deref()
        .and_then(iso_date)
        .or_else(|| {
            DATE_KEYS.iter().find_map(|k| {
                metas
                    .iter()
                    .find(|(m, _)| m == k)
                    .and_then(|(_, v)| iso_date(v))
            })
        })
        .or(time)
        .or(byline_date);
    Metadata {
        title,
        byline,
        date,
    }
}

/// Whether element `i` holds the byline: `rel=author`, `itemprop=author`,
/// or a byline class or id.
fn is_author_element(tree: &Tree, i: usize) -> bool {
    if tree.attribute(i, "rel") == Some("author")
        || tree
            .attribute(i, "itemprop")
            .is_some_and(|p| p.contains("author"))
    {
        return true;
    }
    let hints = format!(
        "{} {}",
        tree.attribute(i, "class").unwrap_or(""),
        tree.attribute(i, "id").unwrap_or("")
    )
    .to_lowercase();
    BYLINE_HINTS.iter().any(|h| hints.contains(h))
}

fn is_url(text: &str) -> bool {
    text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.")
}

/// `text` with white space folded.
fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The `YYYY-MM-DD` that starts an ISO 8601 or RFC 3339 date-time, when
/// it is a real calendar date.
pub fn iso_date(value: &str) -> Option<String> {
    let value = value.trim();
    let date = value.get(..10)?;
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    let month: u32 = date[5..7].parse().ok()?;
    let day: u32 = date[8..10].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| date.to_string())
}

/// The article's title in a `<title>` that also names the site, following
/// Readability's `_getArticleTitle`: the part before the last separator
/// (after the first when that leaves under three words); a title with a
/// colon and no separator keeps the part after the colon unless a heading
/// says the whole; a very short or long title gives way to the page's one
/// `<h1>`. A cut that leaves four words or fewer is undone.
fn cut_site_name(title: &str, h1s: &[String]) -> String {
    let title = clean(title);
    let words = |t: &str| t.split_whitespace().count();
    let mut cut = title.clone();
    let mut hierarchical = false;
    let separators: Vec<(usize, &str)> = SEPARATORS
        .iter()
        .flat_map(|s| title.match_indices(s).collect::<Vec<_>>())
        .collect();
    if let (Some(&(last_at, _)), Some(&(first_at, first))) = (
        separators.iter().max_by_key(|(at, _)| *at),
        separators.iter().min_by_key(|(at, _)| *at),
    ) {
        hierarchical = separators
            .iter()
            .any(|(_, s)| [" \\ ", " / ", " > ", " » "].contains(s));
        cut = title[..last_at].to_string();
        if words(&cut) < 3 {
            cut = title[first_at + first.len()..].to_string();
        }
    } else if let Some(colon) = title.rfind(": ") {
        if !h1s.contains(&title) {
            cut = title[colon + 2..].to_string();
            if words(&cut) < 3 {
                let first = title.find(": ").unwrap_or(colon);
                cut = title[first + 2..].to_string();
            } else if words(&title[..title.find(": ").unwrap_or(colon)]) > 5 {
                cut = title.clone();
            }
        }
    } else if !(15..=150).contains(&title.chars().count()) && h1s.len() == 1 {
        cut = h1s[0].clone();
    }
    let cut = clean(&cut);
    let without_separators =
        words(&title.replace(['|', '-', '–', '—', '\\', '/', '>', '»', '·'], ""));
    if words(&cut) <= 4 && (!hierarchical || words(&cut) + 1 != without_separators) {
        return title;
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::markup::tokenize;

    fn metadata(html: &str) -> Metadata {
        read(&Tree::build(&tokenize(html)))
    }

    #[test]
    fn prefers_the_pages_own_metadata_in_readabilitys_order() {
        let page = r#"<html><head><title>Ignored | Site</title>
            <meta property="og:title" content="Rivers rise in the north">
            <meta name="author" content="https://example.com/jane">
            <meta property="article:published_time" content="2025-06-28T10:00:00+01:00">
            </head><body><h1>Rivers rise</h1><a rel="author" href="/jane">Jane Roe</a>
            <time datetime="2020-01-01">Then</time></body></html>"#;
        assert_eq!(
            metadata(page),
            Metadata {
                title: Some("Rivers rise in the north".into()),
                byline: Some("Jane Roe".into()),
                date: Some("2025-06-28".into()),
            }
        );
    }

    #[test]
    fn falls_back_on_the_document() {
        let page = r#"<title>Ministers meet in Qingdao to agree a plan – The Daily Planet</title>
            <body><p class="article-byline">By Jane Roe</p><time datetime="2025-06-27T09:00">Friday</time>"#;
        assert_eq!(
            metadata(page),
            Metadata {
                title: Some("Ministers meet in Qingdao to agree a plan".into()),
                byline: Some("By Jane Roe".into()),
                date: Some("2025-06-27".into()),
            }
        );
    }

    /// A byline element that holds the date after the name: the name is
    /// the byline and the date the page's.
    #[test]
    fn splits_the_date_off_a_byline() {
        let page = r#"<title>Rates held</title><body><h1>Rates held</h1>
            <div class="byline">Dan Roe - Apr 16, 2015 8:02 pm UTC</div><p>The bank held rates.</p>"#;
        let found = metadata(page);
        assert_eq!(
            (found.byline.as_deref(), found.date.as_deref()),
            (Some("Dan Roe"), Some("2015-04-16"))
        );
        let found = metadata(r#"<body><p class="author">Jane Roe —</p></body>"#);
        assert_eq!(found.byline.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn keeps_a_short_title_whole() {
        assert_eq!(
            cut_site_name("Rates held | Reuters", &[]),
            "Rates held | Reuters"
        );
        assert_eq!(
            cut_site_name("Markets: why rates were held again today", &[]),
            "why rates were held again today"
        );
        assert_eq!(iso_date("2025-13-01"), None);
        assert_eq!(iso_date("2025-02-28 06:01"), Some("2025-02-28".into()));
    }
}
