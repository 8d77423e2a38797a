//! How a text speaks to its reader about itself rather than about its
//! story, for the summary's stand-alone checks
//! ([`crate::engine::summary::standalone`]): a newsletter's greeting and
//! sign-posts, an interview's editor's note, and the reply words and
//! first- and second-person words of an interview's answers. Such lines
//! are what Hyland (2005, "Metadiscourse", Continuum) calls the writer's
//! interaction with the reader, not the text's propositions; a summary
//! reports the propositions.

/// Words a greeting opens on, lower-cased, as one or two words: "Good
/// morning!", "Hi everyone,", "Happy Friday!". Not "Welcome to ...": a
/// feature's scene opens so too ("Welcome to the lab, where the drugs
/// you bought online are tested").
pub const GREETINGS: &[&[&str]] = &[
    &["good", "morning"],
    &["good", "afternoon"],
    &["good", "evening"],
    &["hello"],
    &["hi"],
    &["hey"],
    &["greetings"],
    &["happy", "monday"],
    &["happy", "tuesday"],
    &["happy", "wednesday"],
    &["happy", "thursday"],
    &["happy", "friday"],
    &["happy", "weekend"],
];

/// Openers that point at the text itself, lower-cased: "This is the tech
/// news you need to know", "Here's what you missed". Only with a word
/// addressing the reader ([`SECOND_PERSON`]) later in the sentence are
/// they sign-posts: "This is the third attack this year" is news.
pub const SIGNPOST_OPENERS: &[&[&str]] = &[
    &["this", "is"],
    &["here", "is"],
    &["here", "are"],
    &["here's"],
    &["here’s"],
];

/// Phrases of an editor's note on how the text was made, lower-cased:
/// "This interview has been edited for length", "condensed for clarity"
/// (the forms of US magazine and newspaper Q&As).
pub const EDITORS_NOTES: &[&str] = &[
    "edited for length",
    "edited for clarity",
    "edited for brevity",
    "edited for space",
    "condensed for clarity",
    "condensed for length",
    "condensed for brevity",
    "edited and condensed",
    "condensed and edited",
    "lightly edited",
    "editor's note",
    "editor’s note",
];

/// Words opening a spoken reply to a question, lower-cased, when a comma
/// or a sentence's end follows them: "Yes, well, ...", "Oh, maybe
/// twelve.", "Mhm.".
pub const REPLY_WORDS: &[&str] = &[
    "yes",
    "yeah",
    "yep",
    "no",
    "nope",
    "well",
    "oh",
    "ah",
    "um",
    "uh",
    "er",
    "erm",
    "mhm",
    "hmm",
    "sure",
    "right",
    "okay",
    "ok",
    "absolutely",
    "exactly",
];

/// The reader or listener addressed, lower-cased.
pub const SECOND_PERSON: &[&str] = &["you", "your", "yours", "yourself", "yourselves"];

/// The speaker's own voice, lower-cased: an answer's sentence with one of
/// these (or [`SECOND_PERSON`]) speaks for its speaker to the
/// interviewer, whose question the summary leaves out.
pub const FIRST_PERSON: &[&str] = &[
    "i",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "us",
    "our",
    "ours",
    "ourselves",
];
