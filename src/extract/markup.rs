//! HTML markup to tokens: text, start tags with the attributes extraction
//! reads, end tags.
//!
//! A key design decision is that HTML is only ever *read* here, never
//! handed to a browser: no script, handler or style in a page can run,
//! whatever it holds. The tokenizer follows the HTML standard's where
//! articles need it (comments, raw-text elements such as `<script>`,
//! quoted and unquoted attributes, character references;
//! <https://html.spec.whatwg.org/multipage/parsing.html#tokenization>)
//! and drops the rest. It is linear in the page, whatever the page holds
//! (issue 11: a page of unterminated references was quadratic once).

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "noscript", "template",
];

/// The attributes extraction reads; the rest are not kept.
const KEPT_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "name",
    "property",
    "content",
    "itemprop",
    "rel",
    "datetime",
    "type",
    "style",
    "hidden",
    "aria-hidden",
    "role",
];

/// Character references articles use, beyond the numeric ones.
const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{A0}"),
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
    ("trade", "™"),
    ("deg", "°"),
    ("middot", "·"),
    ("bull", "•"),
    ("times", "×"),
    ("shy", "\u{AD}"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("aacute", "á"),
    ("agrave", "à"),
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
pub enum Token<'h> {
    /// Text between tags, character references still in it.
    Text(&'h str),
    /// `<name ...>`, the name lowercased, the kept attributes decoded.
    Open(String, Vec<(String, String)>),
    /// `</name>`, the name lowercased.
    Close(String),
}

/// Whether `name`'s content is raw text (not markup).
pub fn is_raw_text(name: &str) -> bool {
    RAW_TEXT.contains(&name)
}

/// Split `html` into text and tags, linearly, whatever it holds.
pub fn tokenize(html: &str) -> Vec<Token<'_>> {
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
                let (name, _, end) = tag(html, lt + 2);
                (Some(Token::Close(name)), end)
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, attributes, end) = tag(html, lt + 1);
                (Some(Token::Open(name, attributes)), end)
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
        if let Some(Token::Open(name, _)) = &token {
            if is_raw_text(name) {
                let name = name.clone();
                let close = find_end_tag(html, end, &name);
                let raw = &html[end..close];
                tokens.extend(token);
                if !raw.is_empty() {
                    tokens.push(Token::Text(raw));
                }
                tokens.push(Token::Close(name));
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

/// The lowercased name of the tag whose name starts at `from`, its kept
/// attributes, and the byte just past its `>` (quoted attribute values
/// may hold `>`).
fn tag(html: &str, from: usize) -> (String, Vec<(String, String)>, usize) {
    let bytes = html.as_bytes();
    let mut i = from;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'-' | b':')) {
        i += 1;
    }
    let name = html[from..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        match bytes.get(i) {
            None => return (name, attributes, html.len()),
            Some(b'>') => return (name, attributes, i + 1),
            Some(_) => {}
        }
        let key_from = i;
        while i < bytes.len()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
            && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        // An attribute name is at least one byte, even a stray `=` or quote.
        i = i.max(key_from + 1).min(bytes.len());
        let key = html[key_from..i].to_ascii_lowercase();
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut value = "";
        if bytes.get(j) == Some(&b'=') {
            j += 1;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            match bytes.get(j) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = html[j + 1..]
                        .find(q as char)
                        .map_or(html.len(), |e| j + 1 + e);
                    value = &html[j + 1..end];
                    j = (end + 1).min(html.len());
                }
                _ => {
                    let start = j;
                    while j < bytes.len() && !bytes[j].is_ascii_whitespace() && bytes[j] != b'>' {
                        j += 1;
                    }
                    value = &html[start..j];
                }
            }
            i = j;
        }
        if KEPT_ATTRIBUTES.contains(&key.as_str()) && !attributes.iter().any(|(k, _)| *k == key) {
            attributes.push((key, decode(value)));
        }
    }
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
pub fn decode(text: &str) -> String {
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

    fn open(name: &str, attributes: &[(&str, &str)]) -> Token<'static> {
        let attributes = attributes
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Token::Open(name.into(), attributes)
    }

    #[test]
    fn reads_quoted_unquoted_and_bare_attributes() {
        let tokens = tokenize(
            r#"<DIV Class="a > b" id=main hidden data-x='1'><meta property='og:title' content="A &amp; B"/></div>"#,
        );
        assert_eq!(
            tokens,
            vec![
                open("div", &[("class", "a > b"), ("id", "main"), ("hidden", "")]),
                open("meta", &[("property", "og:title"), ("content", "A & B")]),
                Token::Close("div".into()),
            ]
        );
    }

    #[test]
    fn keeps_raw_text_raw_and_skips_comments() {
        let tokens = tokenize(
            r#"<script type="application/ld+json">{"a": "<p>"}</SCRIPT><!-- <p>no --><p>"#,
        );
        assert_eq!(
            tokens,
            vec![
                open("script", &[("type", "application/ld+json")]),
                Token::Text(r#"{"a": "<p>"}"#),
                Token::Close("script".into()),
                open("p", &[]),
            ]
        );
    }

    #[test]
    fn broken_tags_and_references_end_without_panic() {
        assert_eq!(tokenize("<a href='x"), vec![open("a", &[])]);
        assert_eq!(tokenize("<p =x \"y>"), vec![open("p", &[])]);
        assert_eq!(
            decode("&#0; &#xD800; &bogus; & &#99999999; &amp"),
            "\u{FFFD} \u{FFFD} &bogus; & \u{FFFD} &amp"
        );
    }
}
