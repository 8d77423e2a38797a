//! The few facts extraction reads from a page's JSON-LD
//! (`<script type="application/ld+json">`, schema.org's `NewsArticle`):
//! `headline`, `datePublished` and `author`'s names.
//!
//! A small tolerant reader rather than a JSON crate, so the page carries
//! no parser it does not need: it reads strings, arrays and objects to a
//! bounded depth and stops at the first thing it does not understand,
//! keeping what it has read so far.

/// What a page's JSON-LD says about its article.
#[derive(Debug, Default, PartialEq)]
pub struct Facts {
    /// `headline` (else `name`) of the first article-like object.
    pub headline: Option<String>,
    /// `datePublished`.
    pub date_published: Option<String>,
    /// The names in `author`.
    pub authors: Vec<String>,
}

/// How deep JSON nests before the reader stops.
const MAX_DEPTH: usize = 24;

/// Schema.org types that are an article (or a page holding one).
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "SocialMediaPosting",
    "LiveBlogPosting",
    "WebPage",
];

/// A JSON value, as far as it was read.
#[derive(Debug)]
enum Value {
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
    Other,
}

impl Value {
    fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn string(&self) -> Option<&str> {
        match self {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim()),
            _ => None,
        }
    }
}

/// Add what `json` (one script's content) says to `facts`, keeping what
/// earlier scripts said. Reading starts at the first `{` or `[`, past a
/// `<![CDATA[` some pages wrap their JSON in.
pub fn read(json: &str, facts: &mut Facts) {
    let trimmed = json.trim_start();
    let json = trimmed.strip_prefix("<![CDATA[").unwrap_or(trimmed);
    let Some(start) = json.find(['{', '[']) else {
        return;
    };
    let mut reader = Reader {
        bytes: json.as_bytes(),
        text: json,
        at: start,
    };
    let Some(value) = reader.value(0) else {
        return;
    };
    visit(&value, facts, 0);
}

/// Take the facts of the first article-like object in `value`.
fn visit(value: &Value, facts: &mut Facts, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| visit(v, facts, depth + 1)),
        Value::Object(_) => {
            if let Some(graph) = value.get("@graph") {
                visit(graph, facts, depth + 1);
            }
            let is_article = match value.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(ts)) => ts
                    .iter()
                    .any(|t| t.string().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                _ => false,
            };
            if !is_article {
                return;
            }
            let is_page = matches!(value.get("@type"), Some(Value::String(t)) if t == "WebPage");
            if facts.headline.is_none() && !is_page {
                facts.headline = value
                    .get("headline")
                    .or_else(|| value.get("name"))
                    .and_then(Value::string)
                    .map(str::to_string);
            }
            if facts.date_published.is_none() {
                facts.date_published = value
                    .get("datePublished")
                    .and_then(Value::string)
                    .map(str::to_string);
            }
            if facts.authors.is_empty() {
                if let Some(author) = value.get("author") {
                    names(author, &mut facts.authors, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// The names of `author`: a string, a `Person` with a `name`, or a list.
fn names(author: &Value, out: &mut Vec<String>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match author {
        Value::String(s) => out.extend(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
        Value::Array(items) => items.iter().for_each(|v| names(v, out, depth + 1)),
        Value::Object(_) => out.extend(
            author
                .get("name")
                .and_then(Value::string)
                .map(str::to_string),
        ),
        Value::Other => {}
    }
}

struct Reader<'j> {
    bytes: &'j [u8],
    text: &'j str,
    at: usize,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while self.at < self.bytes.len() && self.bytes[self.at].is_ascii_whitespace() {
            self.at += 1;
        }
    }

    /// The value at the reading point, or `None` where the JSON breaks.
    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_space();
        match *self.bytes.get(self.at)? {
            b'"' => self.string().map(Value::String),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    match self.bytes.get(self.at)? {
                        b']' => {
                            self.at += 1;
                            return Some(Value::Array(items));
                        }
                        b',' => self.at += 1,
                        _ => items.push(self.value(depth + 1)?),
                    }
                }
            }
            b'{' => {
                self.at += 1;
                let mut pairs = Vec::new();
                loop {
                    self.skip_space();
                    match self.bytes.get(self.at)? {
                        b'}' => {
                            self.at += 1;
                            return Some(Value::Object(pairs));
                        }
                        b',' => self.at += 1,
                        b'"' => {
                            let key = self.string()?;
                            self.skip_space();
                            if self.bytes.get(self.at) != Some(&b':') {
                                return None;
                            }
                            self.at += 1;
                            pairs.push((key, self.value(depth + 1)?));
                        }
                        _ => return None,
                    }
                }
            }
            _ => {
                // A number, true, false or null: read to the next delimiter.
                let start = self.at;
                while self.at < self.bytes.len()
                    && !matches!(self.bytes[self.at], b',' | b']' | b'}')
                {
                    self.at += 1;
                }
                (self.at > start).then_some(Value::Other)
            }
        }
    }

    /// The string starting at the reading point (its `"`), escapes read.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let stop = rest.find(['"', '\\'])?;
            out.push_str(&rest[..stop]);
            self.at += stop;
            if self.bytes[self.at] == b'"' {
                self.at += 1;
                return Some(out);
            }
            let escape = *self.bytes.get(self.at + 1)?;
            self.at += 2;
            match escape {
                b'n' | b'r' | b't' => out.push(' '),
                b'u' => {
                    let hex = self.text.get(self.at..self.at + 4)?;
                    let unit = u32::from_str_radix(hex, 16).ok()?;
                    out.push(char::from_u32(unit).unwrap_or('\u{FFFD}'));
                    self.at += 4;
                }
                b'b' | b'f' => {}
                other if other.is_ascii() => out.push(char::from(other)),
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_news_article_in_a_graph() {
        let mut facts = Facts::default();
        read(
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
               {"@type":["NewsArticle"],"headline":"Rivers rise \u2014 again","datePublished":"2025-06-28T10:00:00Z",
                "author":[{"@type":"Person","name":"Jane Roe"},"John Doe"],"wordCount":512}]}"#,
            &mut facts,
        );
        assert_eq!(
            facts,
            Facts {
                headline: Some("Rivers rise — again".into()),
                date_published: Some("2025-06-28T10:00:00Z".into()),
                authors: vec!["Jane Roe".into(), "John Doe".into()],
            }
        );
    }

    #[test]
    fn reads_json_wrapped_in_cdata() {
        let mut facts = Facts::default();
        read(
            "\n  <![CDATA[\n {\"@type\":\"BlogPosting\",\"datePublished\":\"2024-06-25\"}\n ]]>",
            &mut facts,
        );
        assert_eq!(facts.date_published.as_deref(), Some("2024-06-25"));
    }

    #[test]
    fn broken_json_gives_nothing_and_no_panic() {
        for json in [
            "",
            "{",
            r#"{"@type":"NewsArticle","headline":"x"#,
            "[[[[",
            r#""\u12"#,
            "{\"a\":é}",
        ] {
            let mut facts = Facts::default();
            read(json, &mut facts);
            assert_eq!(facts, Facts::default(), "{json}");
        }
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        read(&deep, &mut Facts::default());
    }
}
