//! Sentence-splitting cases of news prose, shared by the native test
//! (`tests/suite/segmentation.rs`) and the same engine compiled for wasm32 and run
//! in headless Chromium (`tests/browser.rs`), so both builds are held to one
//! golden list.

use nutshell::engine::{analyze_in, Options, Unit};

/// A named text and the sentences it must split into, in order.
pub struct Case {
    pub name: &'static str,
    pub text: &'static str,
    pub sentences: &'static [&'static str],
}

pub const CASES: &[Case] = &[
    Case {
        name: "titles and ranks",
        text: "Lt. Gen. Viktor Khrenin met Mr. Singh and Dr. Rao. Talks went on.",
        sentences: &["Lt. Gen. Viktor Khrenin met Mr. Singh and Dr. Rao.", "Talks went on."],
    },
    Case {
        name: "dotted abbreviations inside and at the end of sentences",
        text: "The U.S. envoy arrived on Monday. He met the U.K. team in the U.S. The talks ended.",
        sentences: &["The U.S. envoy arrived on Monday.", "He met the U.K. team in the U.S.", "The talks ended."],
    },
    Case {
        name: "No. before a number",
        text: "He lives at No. 10 Downing Street. It is old.",
        sentences: &["He lives at No. 10 Downing Street.", "It is old."],
    },
    Case {
        name: "initials",
        text: "J. R. R. Tolkien wrote it. George W. Bush read it.",
        sentences: &["J. R. R. Tolkien wrote it.", "George W. Bush read it."],
    },
    Case {
        name: "decimals, percentages and times",
        text: "Prices rose 3.5% by 10.30 a.m. on Friday. Then they fell 0.2 points.",
        sentences: &["Prices rose 3.5% by 10.30 a.m. on Friday.", "Then they fell 0.2 points."],
    },
    Case {
        name: "a.m. ending a sentence",
        text: "The vote closed at 10 a.m. The count began at once.",
        sentences: &["The vote closed at 10 a.m.", "The count began at once."],
    },
    Case {
        name: "quotes around sentence ends",
        text: "\"We will win,\" she said. \"Are you sure?\" he asked. 'Yes.' That was all.",
        sentences: &["\"We will win,\" she said.", "\"Are you sure?\" he asked.", "'Yes.'", "That was all."],
    },
    Case {
        name: "spaced closing quotes of de-tokenised text",
        text: "He called it 'a great goal. ' The crowd agreed. \"Yes. \" Then quiet.",
        sentences: &["He called it 'a great goal. '", "The crowd agreed.", "\"Yes. \"", "Then quiet."],
    },
    Case {
        name: "curly quotes and brackets",
        text: "He called it “a turning point.” (The vote was close.) Few agreed.",
        sentences: &["He called it “a turning point.”", "(The vote was close.)", "Few agreed."],
    },
    Case {
        name: "ellipses",
        text: "He paused... and went on. Then silence… The end came.",
        sentences: &["He paused... and went on.", "Then silence…", "The end came."],
    },
    Case {
        name: "company abbreviations",
        text: "Shares of Apple Inc. rose. Acme Corp. The firm denied it.",
        sentences: &["Shares of Apple Inc. rose.", "Acme Corp.", "The firm denied it."],
    },
    Case {
        name: "headline and dateline without final punctuation",
        text: "India and Belarus deepen defence ties\nQINGDAO, June 28\n\nThe ministers met on Friday. They agreed.",
        sentences: &["India and Belarus deepen defence ties", "QINGDAO, June 28", "The ministers met on Friday.", "They agreed."],
    },
    Case {
        name: "bullet lists",
        text: "Key points:\n- Talks on defence\n- A plan for 2025\n* More training\n1. Education\n2) Technology",
        sentences: &["Key points:", "- Talks on defence", "- A plan for 2025", "* More training", "1. Education", "2) Technology"],
    },
    Case {
        name: "hard-wrapped plain text",
        text: "The minister said on Monday that the talks had gone\nwell and that both sides would meet again next month\nin Minsk. Officials agreed.",
        sentences: &["The minister said on Monday that the talks had gone\nwell and that both sides would meet again next month\nin Minsk.", "Officials agreed."],
    },
    Case {
        name: "question and exclamation marks",
        text: "Who won? Nobody knows! Wait?! Yes.",
        sentences: &["Who won?", "Nobody knows!", "Wait?!", "Yes."],
    },
    Case {
        name: "emoji and accented text",
        text: "Café owners cheered 🎉. Naïve hopes? Perhaps 👍🏽!",
        sentences: &["Café owners cheered 🎉.", "Naïve hopes?", "Perhaps 👍🏽!"],
    },
    Case {
        name: "CJK full stops without spaces",
        text: "部长在青岛会见了同行。双方同意加强合作！English follows.",
        sentences: &["部长在青岛会见了同行。", "双方同意加强合作！", "English follows."],
    },
    Case {
        name: "date line of the sample",
        text: " date 2025-06-28 \n\n\n\nBelarus’s minister spoke. India listened.",
        sentences: &["date 2025-06-28", "Belarus’s minister spoke.", "India listened."],
    },
];

/// Check one case in `unit`: the sentences' texts, and that the offsets of
/// every sentence address exactly that text when counted in `unit`.
pub fn check(case: &Case, unit: Unit) {
    let analysis = analyze_in(case.text, &Options::default(), unit).expect(case.name);
    let got: Vec<String> = analysis
        .sentences
        .iter()
        .map(|s| slice(case.text, s.start, s.end, unit))
        .collect();
    assert_eq!(got, case.sentences, "case '{}' in {unit:?}", case.name);
}

/// `text[start..end]` with offsets counted in `unit`, counted the naive way.
pub fn slice(text: &str, start: usize, end: usize, unit: Unit) -> String {
    match unit {
        Unit::Byte => text[start..end].to_string(),
        Unit::Char => text.chars().skip(start).take(end - start).collect(),
        Unit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[start..end]).expect("offsets on UTF-16 boundaries")
        }
    }
}
