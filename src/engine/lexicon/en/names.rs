//! Words that border on names: what the tagger takes for a name but is none
//! (a courtesy title cut off from its name, a conjunction folded into a
//! name at a sentence's start), function words that are names too, and the
//! organisation endings that name a part of a larger body. Read by the
//! entity stage ([`crate::engine::entities`]) after tagging; hand-made from
//! the tagger's errors on news text, each list's doc gives its case.

/// Words the tagger can take for a whole name beyond the function words,
/// in any case ("MR", "Dr"): courtesy titles cut off from their name.
/// Unlike [`super::titles::COURTESY_TITLES`] it keeps "Dr" and leaves
/// "Miss" and "Mx" alone.
pub const NEVER_NAMES: &[&str] = &["mr", "mrs", "ms", "dr"];

/// Function words that are also names ("Theresa May ... May said").
pub const NAMES_TOO: &[&str] = &["may", "will"];

/// Conjunctions the tagger can fold into a name that starts a sentence
/// ("And Dirar has revealed").
pub const CONJUNCTIONS: &[&str] = &["and", "but", "or", "so", "yet"];

/// Organisation endings that name a part of something larger: "BBC News"
/// is not the whole "BBC", nor the "Army Board" the army. Each is also on
/// the tagger's organisation endings
/// ([`crate::engine::entities::gazetteer::ORG_ENDINGS`]).
pub const PART_ENDINGS: &[&str] = &[
    "news",
    "times",
    "post",
    "journal",
    "board",
    "court",
    "office",
    "department",
    "committee",
    "commission",
    "council",
    "ministry",
    "police",
    "army",
    "exchange",
];

/// Interjections, fillers and answer words of speech, which transcripts and
/// interviews capitalise at a sentence's start: never a name alone (issue
/// 13: "Oh", "Um", "Mhm", "Yes" were the most frequent wrong cards on
/// GUM's interviews). Hand-made from those errors and the fillers of
/// spoken English (Biber et al. 1999, "Longman Grammar of Spoken and
/// Written English", ch. 14).
pub const FILLERS: &[&str] = &[
    "ah", "aha", "er", "erm", "hello", "hey", "hi", "hm", "hmm", "mhm", "mm", "oh", "ok", "okay",
    "uh", "uh-huh", "um", "wow", "yeah", "yep", "yes", "nope",
];

/// Sentence adverbs that open a sentence and so come capitalised:
/// "Moreover" as a person was a frequent wrong card in GUM's academic texts.
pub const DISCOURSE_WORDS: &[&str] = &[
    "additionally",
    "accordingly",
    "consequently",
    "finally",
    "firstly",
    "furthermore",
    "hence",
    "indeed",
    "instead",
    "lastly",
    "likewise",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "overall",
    "secondly",
    "similarly",
    "therefore",
    "thus",
];

/// The usual section headings of reports and papers, which stand alone on
/// their line and so look like a name to a tagger ("Introduction",
/// "Method" as organisations in GUM's academic texts).
pub const SECTION_HEADINGS: &[&str] = &[
    "abstract",
    "acknowledgements",
    "acknowledgments",
    "appendix",
    "background",
    "bibliography",
    "conclusion",
    "conclusions",
    "discussion",
    "introduction",
    "keywords",
    "limitations",
    "method",
    "methodology",
    "methods",
    "references",
    "results",
];

/// Words that number a part of a document ("Figure 1", "Table 2", "Chapter
/// 11"): with a number after them they are a reference, not an
/// organisation (issue 13: "Figure 1" as an organisation).
pub const NUMBERED_PARTS: &[&str] = &[
    "appendix", "chapter", "chart", "equation", "exhibit", "fig", "figure", "graph", "map",
    "panel", "section", "table",
];

/// Last words that make a name of several words an organisation, whatever
/// the tagger's label: "Tsinghua University" and "Atlantic City Hospital"
/// as places were GUM and wikigold errors (the tagger reads the first
/// words, a place). A stricter list than the tagger's organisation endings
/// ([`crate::engine::entities::gazetteer::ORG_ENDINGS`], soft features):
/// only heads that name an institution on their own ("bank" does not: the
/// West Bank). The investment firms' heads ("capital", "holdings",
/// "partners") came from a real business story's People card showing
/// "Alden Capital" (sixth session); the technology firms' ("systems",
/// "technologies", "llc") from a real space-industry story's showing
/// "Masten Space Systems" (ninth session); the trading firms' ("foods",
/// "records", "airlines", "industries", "motors", "studios") from an
/// eleventh-session new-user test whose business story showed "Brightwell
/// Foods" and interview "Pinecroft Records" as people.
pub const INSTITUTIONS: &[&str] = &[
    "academy",
    "airlines",
    "association",
    "capital",
    "college",
    "consulate",
    "corp",
    "corporation",
    "embassy",
    "foods",
    "foundation",
    "group",
    "holdings",
    "hospital",
    "inc",
    "industries",
    "institute",
    "llc",
    "ltd",
    "ministry",
    "motors",
    "museum",
    "partners",
    "plc",
    "records",
    "school",
    "studios",
    "systems",
    "technologies",
    "university",
];

/// Last words that make a name of several words a street, a place, where
/// the tagger read a person ("Jolinda Drive" on a real crime report's
/// People card, eighth session): the street-type words of postal
/// addresses (USPS Publication 28, Appendix C1, the common ones, and their
/// abbreviations where written with a full stop). "Way", "Place" and
/// "Court" are left out: names and institutions end so too.
pub const STREET_WORDS: &[&str] = &[
    "ave",
    "avenue",
    "blvd",
    "boulevard",
    "drive",
    "lane",
    "rd",
    "road",
    "st",
    "street",
];

/// Nouns that introduce the title of a work ("the sitcom Not Going Out",
/// "the film Bedtime"): the name after them is a work (MISC), not the
/// person or place its words suggest (issue 13: an obituary's People card
/// listed its subject's TV shows). Read only after a determiner
/// ([`WORK_DETERMINERS`]), where they are nouns ("polls show Britain ...");
/// "play" is left out, a verb in sports news ("play Liechtenstein").
pub const WORK_NOUNS: &[&str] = &[
    "album",
    "ballet",
    "book",
    "documentary",
    "drama",
    "film",
    "memoir",
    "movie",
    "musical",
    "novel",
    "opera",
    "podcast",
    "poem",
    "programme",
    "program",
    "series",
    "show",
    "single",
    "sitcom",
    "song",
    "soap",
];

/// Nouns that introduce a work's title with "of" after them: "the stage
/// adaptation of Richard II", "a revival of Oklahoma" (issue 13: an
/// obituary's People card listed the play its subject starred in). Read
/// only after a determiner, as [`WORK_NOUNS`]; "production" is left out
/// ("the production of Saudi Arabia").
pub const STAGING_NOUNS: &[&str] = &["adaptation", "remake", "revival", "staging"];

/// Verbs of playing a part, and the words that make an "as" before a
/// name a part played ("played Mrs Potts", "her last appearance was as Mrs
/// Pearce"): the name with its courtesy title after them is a character,
/// not a person of the article (a BBC obituary's People card, eighth
/// session). Only with the courtesy title: "played Federer" is a match.
pub const PLAYED_VERBS: &[&str] = &["played", "plays", "playing", "portrayed", "portrays"];

/// Words before an "as" that make it a part played ([`PLAYED_VERBS`]).
pub const PLAYING_WORDS: &[&str] = &[
    "appearance",
    "appeared",
    "appears",
    "cast",
    "debut",
    "played",
    "role",
    "starred",
    "stars",
];

/// Reporting verbs that a web page's markup may run into the name before
/// them, leaving out the space ("As Alexis Madrigalreports, ..."): cut off
/// a name's last word (issue 13). Only verbs no surname ends in.
pub const GLUED_VERBS: &[&str] = &["argues", "explains", "reports", "writes"];

/// Words naming a medium, which may stand between a determiner and a work
/// noun: "the stage adaptation of", "a radio drama".
pub const WORK_MEDIA: &[&str] = &["radio", "screen", "stage", "television"];

/// Verbs and the preposition after them that put a play or film, not a
/// person, next: "starred in Henry V". Read only before a regnal name
/// (a name ending in a Roman numeral), whose words look like a king's.
pub const PERFORMED_IN: &[&str] = &["acted in", "appeared in", "performed in", "starred in"];

/// Words before a work noun that make it a noun: "the show", "his novel",
/// "a new album", "her debut single".
pub const WORK_DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "my", "our", "your", "new", "hit", "debut",
    "first", "latest", "last", "classic",
];

/// Function words that a work's title written in Title Case holds inside it
/// but a person's name does not: "Carry On Matron", "Not Going Out", "Gone
/// With The Wind" (issue 13: an obituary's People card listed "Carry On
/// Loving" and "Carry On Matron"). Read only capitalised and after a name's
/// first word; name particles ("van", "de", "bin") and function words that
/// are names too ("May", "Will", "New", "Young") are left out.
pub const TITLE_ONLY_WORDS: &[&str] = &[
    "about", "against", "and", "at", "for", "from", "in", "into", "is", "it", "not", "of", "off",
    "on", "or", "out", "over", "the", "this", "to", "under", "up", "was", "with", "without", "you",
    "your",
];

/// Verbs of a byline's credits, capitalised after a name where a page runs
/// its credit lines together ("Written by Rob Ewaschuk Edited by Betsy
/// Beyer"; a real page's People card showed "Rob Ewaschuk Edited", eighth
/// session): the name stops before them.
pub const CREDIT_VERBS: &[&str] = &[
    "edited",
    "illustrated",
    "photographed",
    "produced",
    "reported",
    "reviewed",
    "translated",
    "updated",
    "written",
];

/// Credits that follow a work's title: "in Tom Jones, directed by Tony
/// Richardson" names a film, not a person (issue 13: the obituary's first
/// film shown as a person). Read after a comma or an opening bracket.
pub const WORK_CREDITS: &[&str] = &[
    "directed by",
    "written by",
    "produced by",
    "narrated by",
    "illustrated by",
    "starring",
];
