//! Who said what, and who people are: direct quotes and their speakers,
//! statements in reported speech, and people's roles and titles. Speakers
//! and pronouns are resolved over the entities' canonical names, with
//! gender read from courtesy titles and first names.

pub mod gender;
pub mod people;
pub mod quotes;
pub mod roles;
pub mod speakers;
pub mod statements;
