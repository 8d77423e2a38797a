//! The widget's colours meet WCAG 2.1 AA contrast (4.5:1 for text) in both
//! themes, read straight from `www/style.css`, so a palette change that
//! breaks it fails here.

use std::collections::HashMap;

const CSS: &str = include_str!("../../www/style.css");

/// Text colour and the background it is drawn on, by custom property name.
const PAIRS: &[(&str, &str)] = &[
    ("text", "bg"),
    ("text", "surface"),
    ("muted", "surface"),
    ("muted", "bg"),
    ("accent", "surface"),
    ("accent", "bg"),
    ("accent-text", "accent"),
    ("problem", "problem-bg"),
    ("text", "highlight"),
    ("text", "mark"),
];

/// Every `--nutshell-NAME: light-dark(#light, #dark)` in the stylesheet.
fn palette() -> HashMap<&'static str, [&'static str; 2]> {
    CSS.lines()
        .filter_map(|line| {
            let (name, value) = line.trim().strip_prefix("--nutshell-")?.split_once(':')?;
            let inner = value
                .trim()
                .strip_prefix("light-dark(")?
                .split(')')
                .next()?;
            let (light, dark) = inner.split_once(',')?;
            Some((name, [light.trim(), dark.trim()]))
        })
        .collect()
}

/// Relative luminance of `#rrggbb` (WCAG 2.1).
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap()) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn text_colours_meet_aa_in_both_themes() {
    let palette = palette();
    for (theme, side) in [("light", 0), ("dark", 1)] {
        for (fg, bg) in PAIRS {
            let (f, b) = (palette[fg][side], palette[bg][side]);
            let ratio = contrast(f, b);
            assert!(
                ratio >= 4.5,
                "{theme}: --nutshell-{fg} {f} on --nutshell-{bg} {b} is {ratio:.2}:1"
            );
        }
    }
}
