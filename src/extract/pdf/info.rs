//! The document's title, author and date: the Info dictionary
//! (ISO 32000-1 §14.3.3) first, else the XMP packet's Dublin Core
//! `dc:title`, `dc:creator` and `xmp:CreateDate` (§14.3.2).

use super::document::Document;
use super::fonts::utf16;
use super::objects::Object;
use crate::extract::Metadata;

/// Title, byline and date as the document states them.
pub fn read(doc: &Document) -> Metadata {
    let info = doc.dict(doc.trailer.get("Info"));
    let field = |key: &str| {
        let value = doc.resolve(info.as_deref()?.dict()?.get(key)?);
        match &*value {
            Object::Str(bytes) => clean(&text_string(bytes)),
            _ => None,
        }
    };
    let xmp = doc
        .catalog()
        .and_then(|root| doc.dict(root.dict()?.get("Metadata")))
        .and_then(|m| match &*m {
            Object::Stream(s) => doc.decoded(s),
            _ => None,
        })
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    let title = field("Title")
        .or_else(|| xmp_items(&xmp, "dc:title").into_iter().next())
        .filter(|t| !looks_like_a_file_name(t));
    let byline = field("Author")
        .or_else(|| {
            let creators = xmp_items(&xmp, "dc:creator");
            (!creators.is_empty()).then(|| creators.join(", "))
        })
        .filter(|b| !PLACEHOLDERS.contains(&b.to_lowercase().as_str()));
    let date = field("CreationDate")
        .and_then(|d| info_date(&d))
        .or_else(|| xmp_date(&xmp));
    Metadata {
        title,
        byline,
        date,
    }
}

/// A PDF text string (§7.9.2.2): UTF-16BE after its byte order mark,
/// UTF-8 after its mark (PDF 2.0), else PDFDocEncoding, read as Latin-1
/// (they agree on letters).
fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        utf16(rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        bytes.iter().map(|&b| char::from(b)).collect()
    }
}

/// `text` with its white space collapsed and control characters (a
/// UTF-16 string's trailing NUL) dropped; `None` when empty.
fn clean(text: &str) -> Option<String> {
    let text: String = text
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// What tools write when no one gave a title or an author (ReportLab
/// writes "untitled" and "anonymous").
const PLACEHOLDERS: &[&str] = &["untitled", "anonymous", "unknown", "author", "title"];

/// A title that is the name of the file it was made from
/// ("report.docx", "Microsoft Word - report.doc") or a placeholder.
fn looks_like_a_file_name(title: &str) -> bool {
    let lower = title.to_lowercase();
    [
        ".pdf", ".doc", ".docx", ".odt", ".tex", ".dvi", ".rtf", ".txt",
    ]
    .iter()
    .any(|ending| lower.ends_with(ending))
        || PLACEHOLDERS.contains(&lower.as_str())
}

/// `D:YYYYMMDDHHmmSS...` (§7.9.4) as `YYYY-MM-DD`; a date without its
/// day is no date.
fn info_date(text: &str) -> Option<String> {
    let digits = text.strip_prefix("D:").unwrap_or(text);
    let d = digits.get(..8)?;
    if !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    valid_date(&format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8]))
}

fn valid_date(date: &str) -> Option<String> {
    let month: u32 = date.get(5..7)?.parse().ok()?;
    let day: u32 = date.get(8..10)?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| date.to_string())
}

/// `xmp:CreateDate` as an element or an attribute, `YYYY-MM-DD...`.
fn xmp_date(xmp: &str) -> Option<String> {
    let at = xmp.find("xmp:CreateDate")?;
    let rest = &xmp[at..];
    let start = rest.find(|c: char| c.is_ascii_digit())?;
    let date = rest.get(start..start + 10)?;
    let shape = date.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    if shape {
        valid_date(date)
    } else {
        None
    }
}

/// The `rdf:li` texts inside the XMP element `tag` (`dc:title` holds an
/// `rdf:Alt`, `dc:creator` an `rdf:Seq`), entities decoded.
fn xmp_items(xmp: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let Some(start) = xmp.find(&open) else {
        return Vec::new();
    };
    let body = &xmp[start..];
    let body = &body[..body.find(&close).unwrap_or(body.len())];
    body.split("<rdf:li")
        .skip(1)
        .filter_map(|item| {
            let text = item.split_once('>')?.1;
            let text = text.split('<').next()?;
            clean(
                &text
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&"),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_strings_as_the_spec_writes_them() {
        assert_eq!(
            info_date("D:20220403180542+02'00'").as_deref(),
            Some("2022-04-03")
        );
        assert_eq!(info_date("D:2022"), None);
        assert_eq!(info_date("D:20221399"), None);
        assert_eq!(text_string(b"\xfe\xff\x00H\x00\xe9"), "Hé");
        assert_eq!(text_string(b"Caf\xe9"), "Café");
        let xmp = r#"<x:xmpmeta><rdf:Description xmp:CreateDate="2021-05-06T10:00:00Z">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Rivers &amp; roads</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>Ann Lee</rdf:li><rdf:li>Bo Chen</rdf:li></rdf:Seq></dc:creator>"#;
        assert_eq!(xmp_items(xmp, "dc:title"), vec!["Rivers & roads"]);
        assert_eq!(xmp_items(xmp, "dc:creator"), vec!["Ann Lee", "Bo Chen"]);
        assert_eq!(xmp_date(xmp).as_deref(), Some("2021-05-06"));
        assert!(looks_like_a_file_name("Microsoft Word - notes.docx"));
        assert_eq!(clean("\0 Title\0").as_deref(), Some("Title"));
    }
}
