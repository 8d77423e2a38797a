//! Which reader a file needs, from its name (and, in the browser, its
//! MIME type): one table for the widget and the CLI, so both take the
//! same files the same way.
//!
//! Plain text is read where it arrives; web pages and documents go to
//! the file readers (`crate::extract`), which the page loads only when
//! such a file first arrives (the readers module, issue 16). Kept apart
//! from the readers so that the page can route a file without them.

/// The largest document file read (a `.docx` or `.pdf`), in bytes: its
/// photos count, so it may be far larger than its text; its text parts
/// are capped again when unpacked.
pub const MAX_DOCUMENT_BYTES: usize = 64 << 20;

/// What a file holds, as far as reading it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Plain text or Markdown: analysed as it is.
    Text,
    /// A web page: its article is read from the markup.
    Page,
    /// A Word document (Office Open XML, `.docx`).
    Word,
    /// A PDF document.
    Pdf,
}

/// File name endings (lowercase) and MIME types of each kind.
const KINDS: &[(FileKind, &[&str], &[&str])] = &[
    (
        FileKind::Text,
        &[".txt", ".text", ".md", ".markdown"],
        &["text/plain", "text/markdown"],
    ),
    (
        FileKind::Page,
        &[".html", ".htm", ".xhtml"],
        &["text/html", "application/xhtml+xml"],
    ),
    (
        FileKind::Word,
        &[".docx"],
        &["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ),
    (FileKind::Pdf, &[".pdf"], &["application/pdf"]),
];

impl FileKind {
    /// The kind of a file named `name` with MIME type `mime` (empty when
    /// unknown, as for the CLI): by the name's ending first, any case,
    /// then by the type; `None` for a file no reader takes.
    pub fn of(name: &str, mime: &str) -> Option<FileKind> {
        let lower = name.to_lowercase();
        let by_name = KINDS
            .iter()
            .find(|(_, endings, _)| endings.iter().any(|e| lower.ends_with(e)));
        let mime = mime.split(';').next().unwrap_or("").trim();
        by_name
            .or_else(|| KINDS.iter().find(|(_, _, types)| types.contains(&mime)))
            .map(|&(kind, _, _)| kind)
    }

    /// Whether the file's bytes are a document for the readers (Word,
    /// PDF) rather than text in some encoding.
    pub fn is_document(self) -> bool {
        matches!(self, FileKind::Word | FileKind::Pdf)
    }

    /// Every ending and type the widget's file picker offers
    /// (`<input accept>`), comma-separated.
    pub fn accepted() -> String {
        KINDS
            .iter()
            .flat_map(|(_, endings, types)| endings.iter().chain(types.iter()))
            .copied()
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_by_ending_in_any_case_then_by_type() {
        assert_eq!(FileKind::of("Story.HTML", ""), Some(FileKind::Page));
        assert_eq!(FileKind::of("report.docx", ""), Some(FileKind::Word));
        assert_eq!(FileKind::of("scan.Pdf", ""), Some(FileKind::Pdf));
        assert_eq!(FileKind::of("notes.md", ""), Some(FileKind::Text));
        assert_eq!(
            FileKind::of("download", "text/html; charset=utf-8"),
            Some(FileKind::Page)
        );
        // The name wins over a type a browser guessed.
        assert_eq!(FileKind::of("a.docx", "text/plain"), Some(FileKind::Word));
        assert_eq!(FileKind::of("photo.png", "image/png"), None);
        assert_eq!(FileKind::of("old.doc", ""), None);
    }

    #[test]
    fn the_picker_offers_every_kind() {
        let accepted = FileKind::accepted();
        for ending in [".txt", ".html", ".docx", ".pdf", "application/pdf"] {
            assert!(accepted.split(',').any(|a| a == ending), "{accepted}");
        }
    }
}
