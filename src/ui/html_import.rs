//! Article text from an HTML page (an opened or dropped `.html` file).
//!
//! A key design decision is that HTML is only ever *read* here, never
//! handed to the browser: a small tokenizer in plain Rust turns markup into
//! text, so no script, handler or style in the file can run, whatever it
//! holds, and the conversion is tested natively. It follows the HTML
//! standard's tokenizer where articles need it (comments, raw-text
//! elements such as `<script>`, quoted attributes, character references;
//! <https://html.spec.whatwg.org/multipage/parsing.html#tokenization>) and
//! drops the rest.
//!
//! Boilerplate is dropped the way readability tools start (Kohlschütter et
//! al. 2010 show most of it sits in navigation, headers, footers and
//! asides): the `<article>` element when there is one, else `<main>`, else
//! the body, minus `nav`, `header`, `footer`, `aside`, forms and
//! everything that is not text. Block elements become paragraphs.

use std::collections::HashMap;

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside",
    "form", "button", "select", "iframe", "object", "head", "figure", "title",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "noscript", "template",
];

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
    "figcaption",
    "hr",
    "address",
];

/// Character references articles use, beyond the numeric ones.
const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("mdash", "—"),
    ("ndash", "–"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("copy", "©"),
    ("reg", "®"),
    ("deg", "°"),
    ("middot", "·"),
    ("bull", "•"),
    ("times", "×"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("aacute", "á"),
    ("oacute", "ó"),
    ("iacute", "í"),
    ("uacute", "ú"),
    ("ntilde", "ñ"),
    ("uuml", "ü"),
    ("ouml", "ö"),
    ("auml", "ä"),
    ("ccedil", "ç"),
    ("szlig", "ß"),
];

/// One piece of markup.
#[derive(Debug, Clone, PartialEq)]
enum Token<'h> {
    /// Text between tags, character references still in it.
    Text(&'h str),
    /// `<name ...>`, the name lowercased.
    Open(String),
    /// `</name>`, the name lowercased.
    Close(String),
}

/// The article text of `html`: paragraphs separated by blank lines, the
/// page's `<title>` first when the article has no `<h1>`.
pub fn article_text(html: &str) -> String {
    let tokens = tokenize(html);
    let title = title_of(&tokens);
    let region = region(&tokens);
    let has_h1 = region
        .iter()
        .any(|t| matches!(t, Token::Open(n) if n == "h1"));
    let mut paragraphs: Vec<String> = Vec::new();
    if let Some(title) = title.filter(|_| !has_h1) {
        paragraphs.push(title);
    }
    let mut current = String::new();
    let mut skipping = SkipStack::default();
    let mut in_pre = 0usize;
    for token in region {
        match token {
            Token::Open(name) if SKIPPED.contains(&name.as_str()) => skipping.open(name),
            // An end tag closes its element and any left open inside it.
            Token::Close(name) if skipping.is_open(name) => skipping.close(name),
            _ if skipping.is_skipping() => {}
            Token::Open(name) | Token::Close(name) if name == "br" => current.push('\n'),
            Token::Open(name) | Token::Close(name) if BLOCKS.contains(&name.as_str()) => {
                flush(&mut current, &mut paragraphs);
                match token {
                    Token::Open(name) if name == "pre" => in_pre += 1,
                    Token::Close(name) if name == "pre" => in_pre = in_pre.saturating_sub(1),
                    _ => {}
                }
            }
            Token::Text(text) => {
                let decoded = decode(text);
                if in_pre > 0 {
                    current.push_str(&decoded);
                } else {
                    push_collapsed(&mut current, &decoded);
                }
            }
            Token::Open(_) | Token::Close(_) => {}
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

/// The skipped elements open around the current token, innermost last.
///
/// Each element's count of open copies is kept beside the stack, so asking
/// whether an end tag closes one is constant time; a close pops what it
/// scans, so closing is amortised constant time too. (A plain
/// `Vec::contains` per end tag made 540 KB of nested `<nav>` and stray
/// `</b>` quadratic: 18.8 s on the page's thread, issue 11.)
#[derive(Default)]
struct SkipStack {
    stack: Vec<String>,
    open: HashMap<String, usize>,
}

impl SkipStack {
    fn open(&mut self, name: &str) {
        self.stack.push(name.to_string());
        *self.open.entry(name.to_string()).or_default() += 1;
    }

    fn is_open(&self, name: &str) -> bool {
        self.open.get(name).is_some_and(|&n| n > 0)
    }

    fn is_skipping(&self) -> bool {
        !self.stack.is_empty()
    }

    /// Close the innermost open `name` and everything opened inside it.
    fn close(&mut self, name: &str) {
        while let Some(top) = self.stack.pop() {
            if let Some(n) = self.open.get_mut(&top) {
                *n -= 1;
            }
            if top == name {
                break;
            }
        }
    }
}

/// End the paragraph being gathered, if it holds any text.
fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let lines: Vec<&str> = current
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if !lines.is_empty() {
        paragraphs.push(lines.join("\n"));
    }
    current.clear();
}

/// Append `text` with runs of white space folded to one space, as a
/// browser shows it.
fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{A0}' {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(if c == '\u{A0}' { ' ' } else { c });
        }
    }
}

/// The tokens of the article: inside the first `<article>`, else the first
/// `<main>`, else all of them.
fn region<'a, 'h>(tokens: &'a [Token<'h>]) -> &'a [Token<'h>] {
    for element in ["article", "main"] {
        let open = Token::Open(element.into());
        let Some(start) = tokens.iter().position(|t| *t == open) else {
            continue;
        };
        let mut depth = 0usize;
        for (i, token) in tokens.iter().enumerate().skip(start) {
            match token {
                Token::Open(n) if n == element => depth += 1,
                Token::Close(n) if n == element => {
                    depth -= 1;
                    if depth == 0 {
                        return &tokens[start..=i];
                    }
                }
                _ => {}
            }
        }
        return &tokens[start..];
    }
    tokens
}

/// The text of the page's `<title>`, if it has one.
fn title_of(tokens: &[Token<'_>]) -> Option<String> {
    let at = tokens
        .iter()
        .position(|t| matches!(t, Token::Open(n) if n == "title"))?;
    let Some(Token::Text(text)) = tokens.get(at + 1) else {
        return None;
    };
    let mut title = String::new();
    push_collapsed(&mut title, &decode(text));
    let title = title.trim().to_string();
    (!title.is_empty()).then_some(title)
}

/// Split `html` into text and tags, linearly, whatever it holds.
fn tokenize(html: &str) -> Vec<Token<'_>> {
    let bytes = html.as_bytes();
    let mut tokens = Vec::new();
    let mut at = 0;
    let mut text_from = 0;
    while let Some(offset) = html[at..].find('<') {
        let lt = at + offset;
        let next = bytes.get(lt + 1).copied();
        let (token, end) = match next {
            Some(b'!') | Some(b'?') => {
                let end = if html[lt..].starts_with("<!--") {
                    html[lt + 4..]
                        .find("-->")
                        .map_or(html.len(), |i| lt + 4 + i + 3)
                } else {
                    html[lt..].find('>').map_or(html.len(), |i| lt + i + 1)
                };
                (None, end)
            }
            Some(b'/') if bytes.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) => {
                let (name, end) = tag(html, lt + 2);
                (Some(Token::Close(name)), end)
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, end) = tag(html, lt + 1);
                (Some(Token::Open(name)), end)
            }
            _ => {
                at = lt + 1;
                continue;
            }
        };
        if text_from < lt {
            tokens.push(Token::Text(&html[text_from..lt]));
        }
        at = end;
        text_from = end;
        if let Some(Token::Open(name)) = &token {
            if RAW_TEXT.contains(&name.as_str()) {
                let close = find_end_tag(html, end, name);
                let raw = &html[end..close];
                tokens.push(token.clone().expect("an open tag"));
                if !raw.is_empty() {
                    tokens.push(Token::Text(raw));
                }
                tokens.push(Token::Close(name.clone()));
                let after = html[close..]
                    .find('>')
                    .map_or(html.len(), |i| close + i + 1);
                at = after;
                text_from = after;
                continue;
            }
        }
        tokens.extend(token);
    }
    if text_from < html.len() {
        tokens.push(Token::Text(&html[text_from..]));
    }
    tokens
}

/// The lowercased name of the tag whose name starts at `from`, and the
/// byte just past its `>` (quoted attribute values may hold `>`).
fn tag(html: &str, from: usize) -> (String, usize) {
    let bytes = html.as_bytes();
    let mut i = from;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
        i += 1;
    }
    let name = html[from..i].to_ascii_lowercase();
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        match (quote, bytes[i]) {
            (None, b'>') => return (name, i + 1),
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        i += 1;
    }
    (name, html.len())
}

/// Where `</name` starts at or after `from` (ASCII case ignored), or the
/// end of the text.
fn find_end_tag(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(offset) = html[at..].find("</") {
        let start = at + offset;
        let candidate = html.as_bytes().get(start + 2..start + 2 + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return start;
        }
        at = start + 2;
    }
    html.len()
}

/// The longest reference name read between `&` and `;` ("#x10FFFF", "hellip").
const REFERENCE_BYTES: usize = 10;

/// `text` with its character references decoded; unknown or broken ones
/// stay as written.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        // Look for the `;` only as far as the longest reference could
        // reach: searching the whole rest for each `&` made a page of
        // unterminated ones quadratic (issue 11).
        let end = after
            .bytes()
            .take(REFERENCE_BYTES + 1)
            .position(|b| b == b';');
        let decoded = end.and_then(|e| reference(&after[..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push_str(&c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text a reference name (between `&` and `;`) stands for.
fn reference(name: &str) -> Option<String> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        // NUL and surrogates are not characters; the standard maps them to U+FFFD.
        return Some(
            char::from_u32(code)
                .filter(|&c| c != '\0')
                .unwrap_or('\u{FFFD}')
                .to_string(),
        );
    }
    ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, s)| (*s).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_article_and_drops_the_page_around_it() {
        let html = r#"<!doctype html><html><head><title>Ignored when h1</title>
            <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
            <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
            <article><h1>Ministers meet in Qingdao</h1>
            <p>Defence ministers met on <b>Friday</b>.
               They agreed on a plan.</p><!-- ad slot -->
            <aside>Read more: other stories</aside>
            <p>Talks ended &mdash; late &amp; tired.</p></article>
            <footer>© 2025 News Co</footer></body></html>"#;
        assert_eq!(
            article_text(html),
            "Ministers meet in Qingdao\n\nDefence ministers met on Friday. They agreed on a plan.\n\nTalks ended — late & tired."
        );
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
}
