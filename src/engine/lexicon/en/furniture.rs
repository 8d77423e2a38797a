//! Page furniture: how the lines around an article's text (captions, photo
//! credits) open and end on English-language news sites, for the parts stage
//! ([`crate::engine::segmentation::parts`]), in the forms BBC pages and the
//! AP, Reuters, AFP and Getty Images credits write them.

/// How captions and photo credits open, lower-cased: BBC pages' "Image
/// caption", "Media caption", "Image source"; "Photo:" and "Pictured:"
/// elsewhere; "Clockwise from top:" for photo grids.
pub const CAPTION_OPENERS: &[&str] = &[
    "image caption",
    "media caption",
    "image source",
    "image copyright",
    "photo:",
    "photograph:",
    "photo credit",
    "picture:",
    "pictured:",
    "caption:",
    "clockwise from",
];

/// How photo credits end a caption line, lower-cased: "(AP Photo/Evan
/// Vucci)", "(Getty Images)", "Photograph: Jane Doe/Reuters".
pub const CREDIT_ENDINGS: &[&str] = &["getty images)", "/reuters)", "/afp)", "/ap)"];
