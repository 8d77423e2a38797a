//! Words news English names events and incidents with: the gathering that
//! ends a name ("the G20 Leaders' Summit"), the storm word before a given
//! name ("Storm Bert"), who holds a place ("Pakistan-occupied Kashmir") and
//! what happened at one ("the Uvalde shooting"). Read by the entity stage's
//! conventions ([`crate::engine::entities::extents`],
//! [`crate::engine::entities::incidents`], whose docs give the
//! conventions); hand-made, from how news writes such names.

/// Capitalised words that end the name of a gathering: after a plural
/// possessive ("the SCO Defence Ministers' Meeting"), and before an
/// incident ("the Boston Marathon bombings").
pub const EVENTS: &[&str] = &[
    "Meeting",
    "Summit",
    "Conference",
    "Forum",
    "Talks",
    "Dialogue",
    "Congress",
    "Assembly",
    "Games",
    "Cup",
    "Championship",
    "Championships",
    "Marathon",
    "Festival",
];

/// Endings of a hyphenated qualifier of who holds a place
/// ("Indian-administered Kashmir", "Russian-held Crimea").
pub const HOLDERS: &[&str] = &[
    "-occupied",
    "-administered",
    "-controlled",
    "-held",
    "-annexed",
];

/// Words that name a storm when a given name follows ("Hurricane Katrina").
pub const STORMS: &[&str] = &["Storm", "Hurricane", "Typhoon", "Cyclone"];

/// Nouns for what happens at a place, as news names it after the place.
/// Words as often used of what a person or team did ("incident", "raid",
/// "clashes") are left out; "attack" as a team's forwards ("the Chelsea
/// attack") is kept apart by the tagger's confidence in the team.
pub const INCIDENTS: &[&str] = &[
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "shooting",
    "shootings",
    "massacre",
    "blast",
    "blasts",
    "explosion",
    "earthquake",
    "floods",
    "stampede",
    "stabbing",
    "stabbings",
    "siege",
    "disaster",
    "tragedy",
    "riots",
    "landslide",
    "derailment",
];

/// Words that may stand between the place and the incident ("the Pahalgam
/// terror attack", "the Parkland school shooting").
pub const INCIDENT_MODIFIERS: &[&str] = &[
    "terror",
    "terrorist",
    "suicide",
    "bomb",
    "mass",
    "school",
    "gun",
    "militant",
];
