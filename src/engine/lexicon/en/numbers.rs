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
