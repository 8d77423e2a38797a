//! A light English stemmer in the spirit of Harman (1991), "How effective
//! is suffixing?" (the S-stemmer) extended with "-ing" and "-ed": it
//! conflates the inflections that matter for overlap ("talks" / "talk",
//! "agreed" / "agree") without Porter's size, and never shortens a word
//! below three letters.

/// Strip the commonest English inflections from a lower-case word.
pub fn stem(word: &str) -> String {
    let rules: [(&str, &str); 8] = [
        ("ies", "y"),
        ("sses", "ss"),
        ("ness", ""),
        ("ing", ""),
        ("ed", ""),
        ("es", "e"),
        ("ly", ""),
        ("s", ""),
    ];
    // The first rule whose suffix the word has and whose base is long
    // enough; the stem is then written once (it runs on every word).
    let rule = rules.iter().find_map(|&(suffix, replacement)| {
        let base = word.strip_suffix(suffix)?;
        let keep = base.chars().count() >= 3
            && !(suffix == "s" && (base.ends_with('s') || base.ends_with('u')));
        keep.then_some((base, replacement, suffix))
    });
    let mut stemmed = String::with_capacity(word.len());
    let mut cut_verb_ending = false;
    match rule {
        Some((base, replacement, suffix)) => {
            stemmed.push_str(base);
            stemmed.push_str(replacement);
            cut_verb_ending = matches!(suffix, "ed" | "ing");
        }
        None => stemmed.push_str(word),
    }
    // A final silent "e" goes too ("agree", "agrees" and "agreed" all meet
    // at "agre"), but not after "-ed"/"-ing" took the "e" already.
    if !cut_verb_ending && stemmed.chars().count() > 3 && stemmed.ends_with('e') {
        stemmed.pop();
    }
    stemmed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflates_inflections() {
        assert_eq!(stem("talks"), stem("talk"));
        assert_eq!(stem("agreed"), stem("agree"));
        assert_eq!(stem("agrees"), stem("agree"));
        assert_eq!(stem("cases"), stem("case"));
        assert_eq!(stem("policies"), "policy");
        assert_eq!(stem("strengthening"), "strengthen");
        assert_eq!(stem("glass"), "glass");
        assert_eq!(stem("bus"), "bus");
    }
}
