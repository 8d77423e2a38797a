//! Page furniture: how the lines around an article's text (captions, photo
//! credits) open and end on English-language news sites, for the parts stage
//! ([`crate::engine::segmentation::parts`]), in the forms BBC pages and the
//! AP, Reuters, AFP and Getty Images credits write them.

/// How captions and photo credits open, lower-cased: BBC pages' "Image
/// caption", "Media caption", "Image source"; "Photo:" and "Pictured:"
/// elsewhere; "Clockwise from top:" for photo grids; the page reader's own
/// "Caption:" for a figure's caption (`src/extract/render.rs`); AP's "In
/// this photo ..." and GUM's "Image: ..." credits.
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
    "image:",
    "clockwise from",
    "in this photo",
    "in this file photo",
    "in this undated photo",
    "in this image",
];

/// Where a caption places someone or says what the picture is, in
/// brackets, lower-cased: "Merson (centre) criticised ...", "... fat as
/// toddlers (file photo)". Daily Mail pages run such captions into the
/// text without a full stop, so they reach a summary as body sentences.
pub const CAPTION_POSITIONS: &[&str] = &[
    "(pictured)",
    "(centre)",
    "(center)",
    "(left)",
    "(right)",
    "(far left)",
    "(far right)",
    "(second left)",
    "(second right)",
    "(second from left)",
    "(second from right)",
    "(top)",
    "(bottom)",
    "(top left)",
    "(top right)",
    "(bottom left)",
    "(bottom right)",
    "(above)",
    "(below)",
    "(inset)",
    "(middle)",
    "(file photo)",
    "(file picture)",
    "(stock photo)",
    "(stock image)",
];

/// How photo credits end a caption line, lower-cased: "(AP Photo/Evan
/// Vucci)", "(Getty Images)", "Photograph: Jane Doe/Reuters", "(...
/// Press Service photo via AP)", and a video's "(Reuters)".
pub const CREDIT_ENDINGS: &[&str] = &[
    "getty images)",
    "/reuters)",
    "/afp)",
    "/ap)",
    "photo via ap)",
    "(reuters)",
];
