//! What a reader takes away: the summary as Markdown or plain text, and the
//! whole analysis as a Markdown report, built in plain Rust (tested
//! natively); the browser part only copies or downloads the string.
//!
//! Everything is sliced from the text the analysis was made of
//! ([`Ready::text`]), never from whatever the box holds by then.
//!
//! Article text is written into Markdown escaped, so a pasted "*" or "<b>"
//! stays literal wherever the Markdown is later rendered.

use super::cards::Card;
use super::state::Ready;

/// The summary's lines, in order: its sentences, or their key points.
fn summary_lines(ready: &Ready, keypoints: bool) -> Vec<&str> {
    if keypoints {
        return ready
            .bullets()
            .into_iter()
            .map(|b| b.text.as_str())
            .collect();
    }
    ready
        .summary
        .iter()
        .filter_map(|item| ready.sentence(item.sentence))
        .collect()
}

/// The summary as plain text, one sentence (or key point) a line.
pub fn summary_plain(ready: &Ready, keypoints: bool) -> String {
    let mut out = summary_lines(ready, keypoints).join("\n");
    out.push('\n');
    out
}

/// The summary (or its key points) as a Markdown list under the article's
/// title.
pub fn summary_markdown(ready: &Ready, keypoints: bool) -> String {
    let mut out = String::new();
    if let Some(title) = &ready.analysis.meta.title {
        out.push_str(&format!("# {}\n\n", escape(title)));
    }
    for line in summary_lines(ready, keypoints) {
        out.push_str(&format!("- {}\n", escape(line)));
    }
    out
}

/// The whole analysis as a Markdown report: the title (or, with none, the
/// gist in one line), the summary and its key points, facts about the
/// article, then each card.
pub fn analysis_markdown(ready: &Ready) -> String {
    let meta = &ready.analysis.meta;
    let mut out = summary_markdown(ready, false);
    if meta.title.is_none() {
        // The page's headline: with no title, the gist in one line.
        let gist = ready
            .headline()
            .map(|h| format!("**In one line:** {}\n\n", escape(&h.text)))
            .unwrap_or_default();
        out.insert_str(0, &format!("# Summary\n\n{gist}"));
    }
    let bullets = ready.bullets();
    if !bullets.is_empty() {
        out.push_str("\n## Key points\n\n");
        for bullet in bullets {
            out.push_str(&format!("- {}\n", escape(&bullet.text)));
        }
    }
    let date = meta.date.as_deref().unwrap_or("no date");
    out.push_str(&format!(
        "\n{} words · {} · {} sentences\n",
        meta.words,
        date,
        // The body's sentences, as the page counts them: a headline or
        // date line is no sentence of the article.
        ready.max_length()
    ));
    for card in ready.cards.iter() {
        out.push_str(&card_markdown(card));
    }
    out
}

/// One card as a Markdown section.
fn card_markdown(card: &Card) -> String {
    let mut out = format!("\n## {}\n\n", card.kind.title());
    for item in &card.items {
        out.push_str(&format!("- **{}**", escape(&item.label)));
        if let Some(detail) = &item.detail {
            out.push_str(&format!(" — {}", escape(detail)));
        }
        if item.spans.len() > 1 {
            out.push_str(&format!(" ({}×)", item.spans.len()));
        }
        out.push('\n');
    }
    out
}

/// `s` with Markdown's special characters escaped and line breaks folded.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::state::{Outcome, State};

    fn ready(text: &str) -> std::rc::Rc<Ready> {
        match State::default().settled(text).outcome {
            Outcome::Ready(ready) => ready,
            other => panic!("not analysed: {other:?}"),
        }
    }

    #[test]
    fn summary_comes_out_as_plain_text_and_escaped_markdown() {
        let text = "Prices rose by *5%* in <b>May</b>. The bank held rates. Markets calmed.";
        let ready = ready(text);
        let plain = summary_plain(&ready, false);
        assert!(plain.starts_with("Prices rose by *5%* in <b>May</b>.\n"));
        let markdown = summary_markdown(&ready, false);
        assert!(markdown.starts_with("- Prices rose by \\*5%\\* in \\<b\\>May\\</b\\>.\n"));
        assert_eq!(markdown.lines().count(), ready.summary.len());
    }

    #[test]
    fn report_has_the_summary_and_every_card() {
        let text = include_str!("../../seeds/000_b56badeed06a7e90.txt");
        let ready = ready(text);
        let report = analysis_markdown(&ready);
        assert!(report.starts_with("# "));
        for card in ready.cards.iter() {
            assert!(report.contains(&format!("## {}", card.kind.title())));
        }
        assert!(report.contains("**Viktor Khrenin**"));
    }

    #[test]
    fn report_has_the_key_points_and_without_a_title_the_gist() {
        // Issue 19: the headline and key points in the Markdown export.
        let text = "However, the ministers met in Paris on Monday. \
                    The talks will resume next year, an official said. Markets rose.";
        let ready = ready(text);
        let report = analysis_markdown(&ready);
        assert!(
            report.starts_with(
                "# Summary\n\n**In one line:** The ministers met in Paris on Monday.\n"
            ),
            "{report}"
        );
        assert!(
            report.contains("## Key points\n\n- The ministers met in Paris on Monday.\n- The talks will resume next year.\n"),
            "{report}"
        );
        // In the key-points view, the summary copies as its key points.
        assert_eq!(
            summary_plain(&ready, true),
            "The ministers met in Paris on Monday.\nThe talks will resume next year.\nMarkets rose.\n"
        );
    }

    #[test]
    fn report_counts_the_sentences_the_page_counts() {
        // A headline and a date line stand unnumbered on the page, and the
        // page's "Sentences" counts the body alone (issue 19: the report
        // said 11 where the page said 10).
        let text = "Ministers Agree On Trade\n\nJune 3, 2025\n\n\
                    The ministers met in Paris. They agreed to cut tariffs. Markets rose.";
        let ready = ready(text);
        assert!(ready.analysis.sentences.len() > ready.max_length());
        let report = analysis_markdown(&ready);
        assert!(
            report.contains(&format!(" · {} sentences\n", ready.max_length())),
            "{report}"
        );
    }
}
