//! Facts that are not names: dates and times normalised against the
//! article's date, numbers with their kind and unit, and the article's key
//! phrases. (Names have their own room, [`super::entities`]; who said what
//! is [`super::attribution`].)

pub mod dates;
pub mod keyphrases;
pub mod numbers;
