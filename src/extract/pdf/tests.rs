//! The reader on PDF files written here, object by object, each test
//! giving the features it checks (the syntax after ISO 32000-1).

use super::*;

/// A stream object's body: its dictionary (with `/Length`) and bytes.
fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!("<< /Length {} {dict} >>\nstream\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream");
    out
}

/// A PDF 1.4 file of `objects` (numbered from 1) with a classic xref
/// table at the right offsets; `trailer` goes into the trailer.
fn pdf(objects: &[Vec<u8>], trailer: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// Catalog (1), pages (2), one page (3) with font F1 (4) and the
/// content (5), then `more` objects from 6.
fn one_page(font: &str, content: &[u8], more: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
           /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >> /Contents 5 0 R >>"
            .to_vec(),
        font.as_bytes().to_vec(),
        stream("", content),
    ];
    objects.extend_from_slice(more);
    objects
}

const HELVETICA: &str =
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

fn text_of(bytes: &[u8]) -> String {
    match read_pdf(bytes) {
        Ok(page) => page.text,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn reads_a_page_with_its_title_author_and_date() {
    let content = b"BT /F1 12 Tf 72 700 Td (Rivers rose overnight in the valley.) Tj ET";
    let info = b"<< /Title (Flood warning) /Author (Ann Lee) /CreationDate (D:20240510093000Z) >>";
    let mut objects = one_page(HELVETICA, content, &[]);
    objects.push(info.to_vec());
    let page = read_pdf(&pdf(&objects, "/Info 6 0 R")).unwrap();
    assert_eq!(
        page.text,
        "Flood warning\nBy Ann Lee\nPublished: 2024-05-10\n\nRivers rose overnight in the valley."
    );
    assert_eq!(page.metadata.title.as_deref(), Some("Flood warning"));
    assert_eq!(page.metadata.byline.as_deref(), Some("Ann Lee"));
}

#[test]
fn the_title_heading_is_not_repeated() {
    let content =
        b"BT /F1 20 Tf 72 720 Td (Flood warning) Tj /F1 11 Tf 0 -40 Td (The river rose.) Tj ET";
    let mut objects = one_page(HELVETICA, content, &[]);
    objects
        .push(b"<< /Title <FEFF0046006C006F006F00640020007700610072006E0069006E0067> >>".to_vec());
    assert_eq!(
        text_of(&pdf(&objects, "/Info 6 0 R")),
        "Flood warning\n\nThe river rose."
    );
}

#[test]
fn text_operators_place_lines_and_gaps_make_spaces() {
    // TJ with a word gap (-300) and a kern (-20); TL and T*; ' and ";
    // Tm; TD moving along the line.
    let content = b"BT /F1 10 Tf 14 TL 72 700 Td [(One)-300(tw)-20(o)] TJ T* (three) Tj \
        (four) ' 2 0 (five) \" 1 0 0 1 72 600 Tm (six) Tj 30 0 TD (seven) Tj ET";
    assert_eq!(
        text_of(&pdf(&one_page(HELVETICA, content, &[]), "")),
        "One two three four five\n\nsix seven"
    );
}

#[test]
fn character_and_word_spacing_move_the_next_glyphs() {
    // Ten glyphs of 5 pt, 3 pt after each (Tc) and 5 more after the
    // space (Tw): "eight nine" ends at 100 + 50 + 30 + 5 = 185, where
    // "th" is placed, so no gap opens between them.
    let content = b"BT /F1 10 Tf 3 Tc 5 Tw 1 0 0 1 100 700 Tm (eight nine) Tj \
        0 Tc 0 Tw 1 0 0 1 185 700 Tm (th) Tj ET";
    assert_eq!(
        text_of(&pdf(&one_page(HELVETICA, content, &[]), "")),
        "eight nineth"
    );
}

#[test]
fn flate_ascii_hex_and_ascii85_contents() {
    let content = b"BT /F1 12 Tf 72 700 Td (Packed text.) Tj ET";
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(content, 6);
    let hex: String = content
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<String>()
        + ">";
    for body in [
        stream("/Filter /FlateDecode", &packed),
        stream("/Filter /ASCIIHexDecode", hex.as_bytes()),
        stream(
            "/Filter [/ASCIIHexDecode /FlateDecode]",
            format!(
                "{}>",
                packed
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>()
            )
            .as_bytes(),
        ),
    ] {
        let mut objects = one_page(HELVETICA, b"", &[]);
        objects[4] = body;
        assert_eq!(text_of(&pdf(&objects, "")), "Packed text.");
    }
    // "BT /F1 9 Tf (Hi) Tj ET" in base 85.
    let a85 = b"6<#'\\7PQ#G+B2qq-qJ&$+B3(u78s~>";
    let mut objects = one_page(HELVETICA, b"", &[]);
    objects[4] = stream("/Filter /ASCII85Decode", a85);
    assert_eq!(text_of(&pdf(&objects, "")), "Hi");
}

#[test]
fn xref_streams_and_object_streams() {
    // PDF 1.5: objects 1 to 4 packed in object stream 6, the content (5)
    // and the streams at offsets an xref stream (7) gives, its rows
    // [type, offset or stream, generation or index] under a PNG predictor.
    let packed: [&[u8]; 4] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        HELVETICA.as_bytes(),
    ];
    let mut header = String::new();
    let mut body = Vec::new();
    for (i, object) in packed.iter().enumerate() {
        header.push_str(&format!("{} {} ", i + 1, body.len()));
        body.extend_from_slice(object);
        body.push(b' ');
    }
    let mut objstm = header.clone().into_bytes();
    objstm.extend_from_slice(&body);
    let objstm = miniz_oxide::deflate::compress_to_vec_zlib(&objstm, 6);
    let mut out = b"%PDF-1.5\n".to_vec();
    let content_at = out.len();
    out.extend_from_slice(b"5 0 obj\n");
    out.extend(stream(
        "",
        b"BT /F1 12 Tf 72 700 Td (Packed objects.) Tj ET",
    ));
    out.extend_from_slice(b"\nendobj\n");
    let objstm_at = out.len();
    out.extend_from_slice(b"6 0 obj\n");
    out.extend(stream(
        &format!(
            "/Type /ObjStm /N 4 /First {} /Filter /FlateDecode",
            header.len()
        ),
        &objstm,
    ));
    out.extend_from_slice(b"\nendobj\n");
    let xref_at = out.len();
    let mut rows: Vec<[u8; 4]> = vec![[0, 0, 0, 255]];
    for index in 0..4u8 {
        rows.push([2, 0, 6, index]);
    }
    for at in [content_at, objstm_at, xref_at] {
        rows.push([1, (at >> 8) as u8, at as u8, 0]);
    }
    // PNG "up" rows: each byte minus the one above.
    let mut encoded = Vec::new();
    let mut above = [0u8; 4];
    for row in &rows {
        encoded.push(2);
        encoded.extend(row.iter().zip(above).map(|(b, a)| b.wrapping_sub(a)));
        above = *row;
    }
    let encoded = miniz_oxide::deflate::compress_to_vec_zlib(&encoded, 6);
    out.extend_from_slice(b"7 0 obj\n");
    out.extend(stream(
        "/Type /XRef /Size 8 /W [1 2 1] /Root 1 0 R /Filter /FlateDecode \
         /DecodeParms << /Predictor 12 /Columns 4 >>",
        &encoded,
    ));
    out.extend_from_slice(format!("\nendobj\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    assert_eq!(text_of(&out), "Packed objects.");
}

#[test]
fn a_file_with_wrong_offsets_is_recovered_by_scanning() {
    let mut bytes = pdf(
        &one_page(
            HELVETICA,
            b"BT /F1 12 Tf 72 700 Td (Still here.) Tj ET",
            &[],
        ),
        "",
    );
    let at = bytes.len() - 12;
    bytes.splice(at.., b"99999\n%%EOF\n".iter().copied());
    // And every object moved by a line the xref table does not know of.
    bytes.splice(
        9..9,
        b"% a comment added after the table was written\n"
            .iter()
            .copied(),
    );
    assert_eq!(text_of(&bytes), "Still here.");
}

#[test]
fn type0_fonts_read_through_their_tounicode_cmap() {
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap \
        1 begincodespacerange <0000> <FFFF> endcodespacerange \
        2 beginbfchar <0001> <0043> <0002> <00660069> endbfchar \
        1 beginbfrange <0010> <0012> <0061> endbfrange \
        1 beginbfrange <0020> <0021> [<00E9> <0020>] endbfrange endcmap";
    let font = "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Sans /Encoding /Identity-H \
        /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>";
    let cid =
        b"<< /Type /Font /Subtype /CIDFontType2 /DW 600 /W [1 [700 500] 16 18 550] >>".to_vec();
    // "C", "a", "fi", "c", "é", " ", "b": "Cafic\u{e9} b".
    let content = b"BT /F1 12 Tf 72 700 Td <0001 0010 0002 0012 0020 0021 0011> Tj ET";
    let objects = one_page(font, content, &[stream("", cmap), cid]);
    assert_eq!(text_of(&pdf(&objects, "")), "Cafic\u{e9} b");
}

#[test]
fn simple_fonts_read_through_differences_and_base_encodings() {
    let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << \
        /BaseEncoding /MacRomanEncoding /Differences [1 /quoteright /fi /uni00E9 /f_f] >> >>";
    // \001 quoteright, \002 fi, \003 e-acute, \004 ff; \216 is MacRoman's e-acute.
    let content =
        b"BT /F1 12 Tf 72 700 Td (It\\001s \\002ne, caf\\003, o\\004, d\\216j\\216) Tj ET";
    assert_eq!(
        text_of(&pdf(&one_page(font, content, &[]), "")),
        "It\u{2019}s fine, caf\u{e9}, off, d\u{e9}j\u{e9}"
    );
    let win = b"BT /F1 12 Tf 72 700 Td (\\223Quoted\\224 \\226 na\\357ve) Tj ET";
    assert_eq!(
        text_of(&pdf(&one_page(HELVETICA, win, &[]), "")),
        "\u{201c}Quoted\u{201d} \u{2013} na\u{ef}ve"
    );
    let standard =
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /StandardEncoding >>";
    let content = b"BT /F1 12 Tf 72 700 Td (It's \\256ne) Tj ET";
    assert_eq!(
        text_of(&pdf(&one_page(standard, content, &[]), "")),
        "It\u{2019}s \u{fb01}ne"
    );
}

#[test]
fn a_type1_font_without_encoding_uses_its_built_in_one() {
    // As pdfTeX embeds a subset: the program's clear text sets the codes.
    let program = b"%!PS-AdobeFont-1.0: CMR10\n/Encoding 256 array\n\
        0 1 255 {1 index exch /.notdef put} for\ndup 12 /fi put\ndup 65 /A put\n\
        dup 97 /a put\nreadonly def\ncurrentfile eexec\n\x00\x01binary";
    let font = "<< /Type /Font /Subtype /Type1 /BaseFont /XYZ+CMR10 /FontDescriptor 7 0 R >>";
    let descriptor = b"<< /Type /FontDescriptor /FontName /XYZ+CMR10 /FontFile 6 0 R >>".to_vec();
    let content = b"BT /F1 12 Tf 72 700 Td (A \\014a) Tj ET";
    let objects = one_page(
        font,
        content,
        &[stream("/Length1 140", program), descriptor],
    );
    assert_eq!(text_of(&pdf(&objects, "")), "A fia");
}

#[test]
fn text_inside_form_xobjects_is_read() {
    let form = stream(
        "/Type /XObject /Subtype /Form /BBox [0 0 500 100] /Matrix [1 0 0 1 0 -100]",
        b"BT /F1 12 Tf 72 700 Td (From the form.) Tj ET",
    );
    let content = b"BT /F1 12 Tf 72 720 Td (Before the form.) Tj ET /X1 Do";
    let text = text_of(&pdf(&one_page(HELVETICA, content, &[form]), ""));
    assert_eq!(text, "Before the form.\n\nFrom the form.");
}

/// Lines of body text at 10 pt, 12 pt apart, from `y` down, each
/// `width` points wide at `x` (Helvetica's widths are not given, so each
/// glyph counts 500/1000 of the size: 5 pt).
fn column(x: f64, y: f64, lines: &[&str]) -> String {
    let mut out = format!("BT /F1 10 Tf 1 0 0 1 {x} {y} Tm 12 TL ");
    for line in lines {
        out.push_str(&format!("({line}) Tj T* "));
    }
    out.push_str("ET ");
    out
}

#[test]
fn headings_paragraphs_hyphens_and_two_columns() {
    let left = column(
        50.0,
        700.0,
        &[
            "The council met on Monday to vote",
            "on the new plan for the river and its",
            "banks, after a long debate. The vote",
            "was close but the plan was ap-",
            "proved by a majority of members",
            "and the work is set to start soon.",
        ],
    );
    let right = column(
        320.0,
        700.0,
        &[
            "Engineers will raise the walls",
            "and clear the channel in spring.",
        ],
    );
    let content = format!(
        "BT /F1 18 Tf 50 740 Td (Council backs river plan) Tj ET {left}{right}\
         BT /F1 10 Tf 60 520 Td (A second paragraph, indented, as) Tj 0 -12 Td (typeset text often is.) Tj ET"
    );
    let text = text_of(&pdf(&one_page(HELVETICA, content.as_bytes(), &[]), ""));
    assert_eq!(
        text,
        "Council backs river plan\n\n\
         The council met on Monday to vote on the new plan for the river and its banks, after a long \
         debate. The vote was close but the plan was approved by a majority of members and the work \
         is set to start soon.\n\n\
         Engineers will raise the walls and clear the channel in spring.\n\n\
         A second paragraph, indented, as typeset text often is."
    );
}

#[test]
fn a_line_going_on_in_the_next_column_joins_its_paragraph() {
    let left = column(
        50.0,
        700.0,
        &[
            "The walls will be raised by two",
            "metres along the east bank and",
        ],
    );
    let right = column(320.0, 700.0, &["the work will take two years.", "Short."]);
    let text = text_of(&pdf(
        &one_page(HELVETICA, format!("{left}{right}").as_bytes(), &[]),
        "",
    ));
    assert_eq!(
        text,
        "The walls will be raised by two metres along the east bank and the work will take two years. Short."
    );
}

#[test]
fn a_page_of_images_only_has_no_text() {
    let image = stream(
        "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray \
         /BitsPerComponent 8 /Filter /DCTDecode",
        b"\xff\xd8\xff\xd9",
    );
    let content = b"q 612 0 0 792 0 0 cm /X1 Do Q BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI";
    let err = read_pdf(&pdf(&one_page(HELVETICA, content, &[image]), "")).unwrap_err();
    assert_eq!(err, PdfError::NoText);
    assert!(
        err.to_string().contains("only images of pages (a scan)"),
        "{err}"
    );
}

#[test]
fn refusals_say_why() {
    let encrypted = pdf(
        &one_page(
            HELVETICA,
            b"BT /F1 9 Tf (x) Tj ET",
            &[b"<< /Filter /Standard /V 2 >>".to_vec()],
        ),
        "/Encrypt 6 0 R",
    );
    assert_eq!(read_pdf(&encrypted), Err(PdfError::Encrypted));
    assert!(PdfError::Encrypted.to_string().contains("encrypted"));
    assert_eq!(read_pdf(b"<html>not a pdf</html>"), Err(PdfError::NotPdf));
    assert_eq!(
        read_pdf(b"%PDF-1.7\n garbage with no objects"),
        Err(PdfError::Damaged)
    );
    let huge = vec![b' '; MAX_DOCUMENT_BYTES + 1];
    assert_eq!(read_pdf(&huge), Err(PdfError::TooLarge));
}

#[test]
fn cycles_in_the_file_end() {
    // A page tree whose kid is its parent, a stream whose length refers
    // to itself, a form that draws itself.
    let objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Resources 6 0 R /Contents 5 0 R >>".to_vec(),
        HELVETICA.as_bytes().to_vec(),
        b"<< /Length 5 0 R >>\nstream\nBT /F1 12 Tf 72 700 Td (Loop) Tj ET /X1 Do\nendstream"
            .to_vec(),
        b"<< /Font << /F1 4 0 R >> /XObject << /X1 7 0 R >> >>".to_vec(),
        stream(
            "/Subtype /Form /Resources 6 0 R",
            b"BT /F1 12 Tf 72 600 Td (Again) Tj ET /X1 Do",
        ),
    ];
    let text = text_of(&pdf(&objects, ""));
    assert!(text.starts_with("Loop\n\nAgain"), "{text}");
    assert!(text.matches("Again").count() <= 9, "{text}");
}

#[test]
fn no_cut_or_changed_byte_makes_it_panic() {
    let objects = one_page(
        HELVETICA,
        b"BT /F1 12 Tf 72 700 Td [(Cut)-300(anywhere)] TJ T* (and) ' ET",
        &[],
    );
    let bytes = pdf(&objects, "");
    for end in 0..bytes.len() {
        let _ = read_pdf(&bytes[..end]);
    }
    for at in 0..bytes.len() {
        for b in [b'0', b'(', b'<', b'[', b'/', b'\\', 0xff] {
            let mut changed = bytes.clone();
            changed[at] = b;
            let _ = read_pdf(&changed);
        }
    }
}

#[test]
fn numbers_at_the_edge_of_the_integers_do_not_overflow() {
    // Found reading the code: a code counted on from the largest integer
    // overflowed (a panic in a debug build).
    let font =
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 9223372036854775807 \
        /Widths [500 500] /Encoding << /Differences [9223372036854775807 /a /b] >> >>";
    let content = b"BT /F1 12 Tf 72 700 Td (Edge) Tj ET";
    assert_eq!(text_of(&pdf(&one_page(font, content, &[]), "")), "Edge");
    let type0 = "<< /Type /Font /Subtype /Type0 /DescendantFonts [<< /W [9223372036854775807 \
        [500 500] 9223372036854775806 9223372036854775807 300] >>] >>";
    let content = b"BT /F1 12 Tf 72 700 Td (\\000\\001) Tj ET";
    assert_eq!(
        read_pdf(&pdf(&one_page(type0, content, &[]), "")),
        Err(PdfError::NoText)
    );
}

#[test]
fn a_form_drawn_on_every_page_is_decoded_once() {
    // 2,000 draws of a form that inflates to 150 KB (a comment: no
    // operators to count): 300 MB if each draw decoded it again, over the
    // file's inflate budget.
    let form = format!("%{}\n", "x".repeat(150_000));
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(form.as_bytes(), 9);
    let form = stream("/Subtype /Form /Filter /FlateDecode", &packed);
    let content = format!(
        "BT /F1 12 Tf 72 700 Td (Drawn) Tj ET {}",
        "/X1 Do ".repeat(2000)
    );
    let objects = one_page(HELVETICA, content.as_bytes(), &[form]);
    assert_eq!(text_of(&pdf(&objects, "")), "Drawn");
}
