use super::zip::tests::zip;
use super::*;

/// The parts of a `.docx` around a body, as Word writes them (trimmed to
/// what a reader opens).
fn docx(body: &str, core: Option<&str>) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut files: Vec<(&str, &[u8], bool)> = vec![
        ("[Content_Types].xml", b"<Types/>", true),
        ("word/document.xml", document.as_bytes(), true),
    ];
    if let Some(core) = core {
        files.push(("docProps/core.xml", core.as_bytes(), false));
    }
    zip(&files)
}

/// A paragraph of one run.
fn p(style: Option<&str>, text: &str) -> String {
    let style = style.map_or(String::new(), |s| {
        format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#)
    });
    format!(r#"<w:p>{style}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

const CORE: &str = r#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y" xmlns:dcterms="z"><dc:title>Harbour report</dc:title><dc:creator>Kari Nordby</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-03T09:30:00Z</dcterms:created></cp:coreProperties>"#;

#[test]
fn reads_headings_paragraphs_tables_and_lists_in_order_with_the_core_properties() {
    let body = [
        p(Some("Title"), "Ferry line opens"),
        p(None, "The city opened a ferry line on Monday, the council said."),
        p(Some("Heading1"), "Costs &amp; fares"),
        // A table: each cell's paragraphs, row by row.
        r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Route</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Fare</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Bergen</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>$12</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#.into(),
        // A numbered paragraph; runs split mid-word; a tab and a line break.
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Boats every two</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> hou</w:t></w:r><w:r><w:t>rs</w:t></w:r></w:p>"#.into(),
        r#"<w:p><w:r><w:t>Column</w:t><w:tab/><w:t>one</w:t><w:br/><w:t>Next line.</w:t></w:r></w:p>"#.into(),
        // Tracked changes: deleted and moved-away text left out, the
        // paragraph mark's own (self-closing) deletion mark harmless.
        r#"<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:del w:id="2"><w:r><w:delText>old words</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>moved away</w:t></w:r></w:moveFrom><w:ins w:id="4"><w:r><w:t>Inserted text stays.</w:t></w:r></w:ins></w:p>"#.into(),
        // A field: its code left out, its result kept; a text box's fallback copy left out.
        r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>7</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>Box text.</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>Box text.</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>"#.into(),
        r#"<w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>"#.into(),
        p(None, "Last paragraph."),
    ]
    .concat();
    let page = read_docx(&docx(&body, Some(CORE))).unwrap();
    assert_eq!(
        page.text,
        "Ferry line opens\nBy Kari Nordby\nPublished: 2025-03-03\n\n\
         The city opened a ferry line on Monday, the council said.\n\n\
         Costs & fares\n\nRoute\n\nFare\n\nBergen\n\n$12\n\n\
         - Boats every two hours\n\nColumn one\nNext line.\n\n\
         Inserted text stays.\n\nBox text.\n\n7\n\nLast paragraph."
    );
    assert_eq!(
        page.metadata,
        Metadata {
            title: Some("Ferry line opens".into()),
            byline: Some("Kari Nordby".into()),
            date: Some("2025-03-03".into()),
        }
    );
}

#[test]
fn the_core_title_heads_a_document_without_a_title_paragraph_and_is_not_said_twice() {
    let body = [p(None, "Harbour report"), p(None, "Boats sail at noon.")].concat();
    let page = read_docx(&docx(&body, Some(CORE))).unwrap();
    assert_eq!(
        page.text,
        "Harbour report\nBy Kari Nordby\nPublished: 2025-03-03\n\nBoats sail at noon."
    );
    // No core part at all: no header.
    let page = read_docx(&docx(&p(None, "Boats sail."), None)).unwrap();
    assert_eq!(page.text, "Boats sail.");
    assert_eq!(page.metadata, Metadata::default());
}

#[test]
fn files_that_are_no_docx_get_their_own_message() {
    let message = |bytes: &[u8]| read_docx(bytes).unwrap_err().to_string();
    assert!(message(b"plain text, not a zip").contains("not a Word document"));
    let mut doc = COMPOUND_FILE.to_vec();
    doc.extend([0; 512]);
    assert!(message(&doc).contains("older Word (.doc)"));
    let other = zip(&[("mimetype", b"application/epub+zip", false)]);
    assert_eq!(read_docx(&other), Err(DocxError::NotWord));
    assert!(message(&other).contains("no Word document"));
    // A document part that is no deflate stream.
    let mut broken = docx(&p(None, "Text."), None);
    let at = broken.windows(4).position(|w| w == b"word").unwrap() + 17;
    broken[at..at + 8].fill(0xFF);
    assert!(
        message(&broken).contains("cannot be read"),
        "{}",
        message(&broken)
    );
}

#[test]
fn a_zip_bomb_ends_in_a_message() {
    // Over 48 MB of one repeated paragraph, packed to well under 1 MB.
    let paragraph = p(None, "Boats sail at noon.");
    let body = paragraph.repeat(MAX_DOCUMENT_XML_BYTES / paragraph.len() + 10);
    let bytes = docx(&body, None);
    assert!(bytes.len() < MAX_DOCUMENT_XML_BYTES / 20, "{}", bytes.len());
    let error = read_docx(&bytes).unwrap_err();
    assert_eq!(error, DocxError::Zip(ZipError::TooLarge));
    assert!(error.to_string().contains("too large"));
}

/// The python-docx test documents (MIT) in `../shared/data/docs/docx/`,
/// when that folder is there: each body's text, in order, is the text the
/// data's gold gives (its paragraphs' and cells' `w:t` text; compared
/// without white space, since the gold joins cells with tabs and drops
/// line breaks), and the author and date are the core properties'.
#[test]
fn reads_the_python_docx_test_documents_as_their_gold_text() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/docs");
    let Ok(gold) = std::fs::read_to_string(dir.join("docx.dev.jsonl")) else {
        eprintln!("../shared/data/docs is not here: the python-docx documents are not read");
        return;
    };
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    let mut read = 0;
    for line in gold.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let path = dir.join(record["path"].as_str().unwrap().trim_start_matches("docs/"));
        let bytes = std::fs::read(&path).unwrap();
        let page = read_docx(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let xml = {
            let archive = Archive::open(&bytes).unwrap();
            archive
                .read("word/document.xml", MAX_DOCUMENT_XML_BYTES)
                .unwrap()
                .unwrap()
        };
        let paragraphs: String = body(&String::from_utf8_lossy(&xml))
            .iter()
            .map(|p| p.text.strip_prefix("- ").unwrap_or(&p.text).to_string())
            .collect();
        let expected = squeeze(record["gold_text"].as_str().unwrap());
        assert_eq!(squeeze(&paragraphs), expected, "{}", path.display());
        let core = &record["core_props"];
        assert_eq!(
            page.metadata.byline.as_deref(),
            core["creator"].as_str(),
            "{}",
            path.display()
        );
        assert_eq!(
            page.metadata.date,
            core["created"].as_str().and_then(iso_date),
            "{}",
            path.display()
        );
        read += 1;
    }
    assert!(read >= 20, "{read} documents");
}
