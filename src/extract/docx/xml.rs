//! The XML of a Word document's parts as a flat run of events: element
//! starts (with the one attribute the reader needs, `w:val`), ends, and
//! text. Not a validating parser: WordprocessingML is machine-written, and
//! whatever the bytes hold the scan ends, linearly, without panicking.
//!
//! The HTML tokenizer ([`super::super::markup`]) is not used because it
//! does not say which tags close themselves (`<w:del .../>`), and a
//! document's skipped parts depend on that; character references are
//! decoded by its [`decode`](super::super::markup::decode), the same in
//! XML for the five predefined entities and numeric references.

use super::super::markup::decode;

/// One event of the scan.
#[derive(Debug, Clone, PartialEq)]
pub enum Event<'x> {
    /// A start tag: its name as written, its `w:val` attribute, and
    /// whether it closes itself (`<name/>`).
    Start(&'x str, Option<String>, bool),
    /// An end tag.
    End(&'x str),
    /// Text between tags (references still in it) or a CDATA section's
    /// content (`raw`).
    Text(&'x str),
}

/// The events of `xml`; comments, declarations and processing
/// instructions are dropped.
pub fn events(xml: &str) -> Vec<Event<'_>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < xml.len() {
        let rest = &xml[at..];
        let Some(lt) = rest.find('<') else {
            out.push(Event::Text(rest));
            break;
        };
        if lt > 0 {
            out.push(Event::Text(&rest[..lt]));
        }
        let tag = &rest[lt..];
        let (skip_to, end) = if let Some(cdata) = tag.strip_prefix("<![CDATA[") {
            let close = cdata.find("]]>").unwrap_or(cdata.len());
            out.push(Event::Text(&cdata[..close]));
            ("", (9 + close + 3).min(tag.len()))
        } else if tag.starts_with("<!--") {
            ("-->", 4)
        } else if tag.starts_with("<?") || tag.starts_with("<!") {
            (">", 2)
        } else {
            let close = tag.find('>').unwrap_or(tag.len());
            out.extend(element(&tag[1..close]));
            ("", (close + 1).min(tag.len()))
        };
        let end = if skip_to.is_empty() {
            end
        } else {
            tag[end..]
                .find(skip_to)
                .map_or(tag.len(), |i| end + i + skip_to.len())
        };
        at += lt + end;
    }
    out
}

/// The event of one tag's inside (between `<` and `>`).
fn element(inside: &str) -> Option<Event<'_>> {
    if let Some(name) = inside.strip_prefix('/') {
        return Some(Event::End(name.trim()));
    }
    let closes = inside.ends_with('/');
    let inside = inside.strip_suffix('/').unwrap_or(inside);
    let name_end = inside
        .find(|c: char| c.is_ascii_whitespace())
        .unwrap_or(inside.len());
    let name = &inside[..name_end];
    if name.is_empty() {
        return None;
    }
    Some(Event::Start(
        name,
        attribute(&inside[name_end..], "w:val"),
        closes,
    ))
}

/// The value of attribute `key` in `attributes` (`key="value"` or
/// `key='value'`), references decoded.
fn attribute(attributes: &str, key: &str) -> Option<String> {
    let mut rest = attributes;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let quote = after.chars().next().filter(|q| matches!(q, '"' | '\''))?;
        let value_end = after[1..].find(quote)?;
        if name == key {
            return Some(decode(&after[1..1 + value_end]));
        }
        rest = &after[1 + value_end + 1..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_starts_ends_text_and_self_closing_tags() {
        let xml = r#"<?xml version="1.0"?><!-- c --><w:p><w:pStyle w:val="Heading1"/><w:t xml:space="preserve">A &amp; B</w:t><![CDATA[<raw>]]></w:p>"#;
        assert_eq!(
            events(xml),
            vec![
                Event::Start("w:p", None, false),
                Event::Start("w:pStyle", Some("Heading1".into()), true),
                Event::Start("w:t", None, false),
                Event::Text("A &amp; B"),
                Event::End("w:t"),
                Event::Text("<raw>"),
                Event::End("w:p"),
            ]
        );
    }

    #[test]
    fn broken_xml_ends_without_panic() {
        for xml in [
            "<",
            "<w:p",
            "<![CDATA[x",
            "<!--",
            "<?x",
            "<a b='c>",
            "<a b=>",
            "</",
            "<é/>",
        ] {
            let _ = events(xml);
        }
    }
}
