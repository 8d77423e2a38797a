//! Numbers written as words ("twenty-one", "third", "two days ago").

/// Numbers from zero to nineteen, each at the index of its value.
pub const NUMBER_WORDS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Tens from twenty to ninety, in order.
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Ordinals from first to twelfth, in order.
pub const ORDINALS: [&str; 12] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];

/// The endings of ordinals written in figures: "st", "nd" and "rd" after
/// 1, 2 and 3 ("1st", "22nd", "43rd"), "th" after the rest and the teens
/// ("4th", "11th"); each at the index of the first number it follows, less
/// one.
pub const ORDINAL_SUFFIXES: [&str; 4] = ["st", "nd", "rd", "th"];

/// Words that make "pounds" a weight rather than sterling ("the bear
/// weighed 800 pounds", "a weight of 500 pounds"), read anywhere in the
/// sentence; a word starting "weigh" counts too.
pub const WEIGHT_CUES: &[&str] = &[
    "weight",
    "weights",
    "heavy",
    "heavier",
    "heaviest",
    "lb",
    "lbs",
    "ounce",
    "ounces",
    "overweight",
    "obese",
];

/// Verbs of a change of body weight or of lifting: "pounds" right after
/// one ("lost 60 pounds", "lifted 250 pounds", "gained about 20 pounds")
/// is a weight, unless the sentence speaks of money ([`MONEY_CUES`]).
pub const WEIGHT_VERBS: &[&str] = &[
    "lose",
    "loses",
    "losing",
    "lost",
    "shed",
    "sheds",
    "shedding",
    "gain",
    "gains",
    "gaining",
    "gained",
    "dropped",
    "lift",
    "lifts",
    "lifting",
    "lifted",
    "hoisted",
    "benched",
    "squatted",
    "deadlifted",
];

/// Things whose weight news gives after "is" or "was" ("the baby was 8
/// pounds", "the catfish was 60 pounds"), read right before the verb.
pub const WEIGHED_NOUNS: &[&str] = &[
    "baby", "newborn", "fish", "catfish", "carp", "salmon", "trout", "pike", "marlin", "tuna",
    "shark", "bear", "dog", "cat", "pumpkin", "tumour", "tumor", "turkey", "lobster",
];

/// Words between a verb and its figure that leave the verb's sense to the
/// figure ("lost nearly 60 pounds", "gained more than 20 pounds").
pub const FIGURE_QUALIFIERS: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "some",
    "over",
    "more",
    "than",
    "just",
    "only",
    "an",
    "a",
    "extra",
    "another",
    "whopping",
    "at",
    "least",
    "up",
    "to",
];

/// Words that keep "pounds" sterling whatever else the sentence says ("paid
/// 60 pounds", "worth 500 pounds", "60 pounds sterling"), read anywhere in
/// the sentence; "£" counts too.
pub const MONEY_CUES: &[&str] = &[
    "£", "sterling", "cost", "costs", "costing", "paid", "pay", "pays", "paying", "worth", "price",
    "priced", "spent", "spend", "fined", "charged", "owed", "bet", "prize", "raised", "donated",
    "pence", "money", "cash",
];

/// Nouns that make a "-pound" compound or "pounds of" sterling ("a
/// five-pound note", "a 50-pound fine", "500 pounds of damage").
pub const MONEY_NOUNS: &[&str] = &[
    "note",
    "notes",
    "coin",
    "coins",
    "fine",
    "fee",
    "fees",
    "bill",
    "bet",
    "voucher",
    "vouchers",
    "ticket",
    "tickets",
    "prize",
    "reward",
    "bonus",
    "payment",
    "loan",
    "deal",
    "donation",
    "debt",
    "debts",
    "savings",
    "damage",
    "funding",
    "taxpayers",
    "taxpayers'",
    "investment",
];

/// Words of athletics and swimming that make "5,000m" and "6.63m" metres
/// rather than millions, read anywhere in the sentence (a race time such
/// as "14:39.29" counts too).
pub const ATHLETICS_CUES: &[&str] = &[
    "jump",
    "jumped",
    "jumps",
    "leap",
    "leapt",
    "throw",
    "threw",
    "thrown",
    "cleared",
    "vaulted",
    "vault",
    "hurdles",
    "race",
    "raced",
    "sprint",
    "sprinter",
    "final",
    "heat",
    "relay",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "athletics",
    "athlete",
    "marathon",
    "metres",
    "meters",
    "olympic",
    "olympics",
    "championships",
    "runner",
    "track",
];

/// Words that join the ends of a range of counts ("30 to 60 minutes",
/// "12 or 18 months"): the numbers stage and the dates stage read ranges
/// with them. Not a dash: "2-0" is a score.
pub const RANGE_WORDS: [&str; 2] = ["to", "or"];

/// Determiners after which "one" is a pronoun, not a count ("that one",
/// "no one", "the last one"; [`crate::engine::facts::numbers`]).
pub const ONE_DETERMINERS: &[&str] = &[
    "a", "an", "another", "any", "each", "every", "no", "that", "the", "this", "which",
];

/// Capitalised words whose number names a thing rather than counting
/// ("Channel 4", "Apollo 11", "Route 66", "Article 50", "Chapter 11",
/// "Formula 1", "Boeing 737"), in lower case; read even at the start of a
/// sentence, where a capital says nothing.
pub const NUMBERED_NAMES: &[&str] = &[
    "channel",
    "apollo",
    "route",
    "highway",
    "interstate",
    "flight",
    "article",
    "chapter",
    "section",
    "clause",
    "formula",
    "boeing",
    "airbus",
    "windows",
    "iphone",
    "galaxy",
    "proposition",
    "terminal",
    "gate",
    "platform",
    "radio",
    "studio",
    "level",
    "phase",
    "stage",
    "episode",
    "season",
    "volume",
    "psalm",
    "room",
    "ward",
    "bbc",
    "itv",
    "tv",
    "fox",
    "group",
    "figure",
    "table",
    "wave",
    "rule",
    "no",
    "number",
    "ftse",
    "nasdaq",
    "cac",
    "dax",
    "nikkei",
];

/// Plural nouns without an "-s" that a count may be of ("1,200 people").
pub const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "staff",
    "personnel",
    "cattle",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "livestock",
];
