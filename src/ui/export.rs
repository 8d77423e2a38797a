//! What a reader takes away: the summary as Markdown or plain text, and the
//! whole analysis as a Markdown report, built in plain Rust (tested
//! natively); the browser part only copies or downloads the string.
//!
//! Everything is sliced from the text the analysis was made of
//! ([`Ready::text`]), never from whatever the box holds by then.
//!
//! Article text is written into Markdown escaped, so a pasted "*" or "<b>"
//! stays literal wherever the Markdown is later rendered.
//!
//! Each starts with what a citation needs, as far as the analysis knows
//! it: the title, then the date, byline and source (issue 16: a summary
//! that leaves the page without them cannot be cited or traced back).

use super::cards::Card;
use super::state::Ready;
use crate::engine::analysis::Meta;

/// The article's date, byline and source, those known, on one line
/// ("2025-06-28 · By Jane Doe · Source: story.html"); `None` when none is.
fn credits(meta: &Meta) -> Option<String> {
    let parts: Vec<String> = [
        meta.date.clone(),
        meta.byline.as_ref().map(|b| format!("By {b}")),
        meta.source.as_ref().map(|s| format!("Source: {s}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The summary's lines, in order: its sentences, or their key points.
fn summary_lines(ready: &Ready, keypoints: bool) -> Vec<String> {
    if keypoints {
        return ready.bullets().into_iter().map(|b| b.text).collect();
    }
    ready
        .summary
        .iter()
        .filter_map(|item| ready.sentence(item.sentence))
        .map(str::to_string)
        .collect()
}

/// The summary as plain text, one sentence (or key point) a line, after
/// the title and the credits line where known and a blank line.
pub fn summary_plain(ready: &Ready, keypoints: bool) -> String {
    let meta = &ready.analysis.meta;
    let head: Vec<String> = [meta.title.clone(), credits(meta)]
        .into_iter()
        .flatten()
        .map(|line| line.replace(['\n', '\r'], " "))
        .collect();
    let mut out = if head.is_empty() {
        String::new()
    } else {
        format!("{}\n\n", head.join("\n"))
    };
    out.push_str(&summary_lines(ready, keypoints).join("\n"));
    out.push('\n');
    out
}

/// The top of a Markdown export: the title as its heading (`heading` when
/// the article has none, if given), then the credits line where known.
fn markdown_head(meta: &Meta, heading: Option<&str>) -> String {
    let mut out = String::new();
    if let Some(title) = meta
        .title
        .as_deref()
        .map(escape)
        .or(heading.map(str::to_owned))
    {
        out.push_str(&format!("# {title}\n\n"));
    }
    if let Some(credits) = credits(meta) {
        out.push_str(&format!("{}\n\n", escape(&credits)));
    }
    out
}

/// The summary (or its key points) as a Markdown list under the article's
/// title and credits.
pub fn summary_markdown(ready: &Ready, keypoints: bool) -> String {
    let mut out = markdown_head(&ready.analysis.meta, None);
    out.push_str(&summary_list(ready, keypoints));
    out
}

/// The summary (or its key points) as a Markdown list.
fn summary_list(ready: &Ready, keypoints: bool) -> String {
    let mut out = String::new();
    for line in summary_lines(ready, keypoints) {
        out.push_str(&format!("- {}\n", escape(&line)));
    }
    out
}

/// The whole analysis as a Markdown report: the title (or, with none,
/// "Summary"), the credits, the gist in one line where there is no title,
/// the summary and its key points, facts about the article, then each
/// card.
pub fn analysis_markdown(ready: &Ready) -> String {
    let meta = &ready.analysis.meta;
    let mut out = markdown_head(meta, Some("Summary"));
    if meta.title.is_none() {
        // The page's headline: with no title, the gist in one line.
        if let Some(gist) = ready.headline() {
            out.push_str(&format!("**In one line:** {}\n\n", escape(&gist.text)));
        }
    }
    out.push_str(&summary_list(ready, false));
    let bullets = summary_list(ready, true);
    if !bullets.is_empty() {
        out.push_str("\n## Key points\n\n");
        out.push_str(&bullets);
    }
    // The date is in the credits at the top.
    out.push_str(&format!(
        "\n{} words · {} sentences\n",
        meta.words,
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
    use crate::ui::file_text::Encoding;
    use crate::ui::state::{Action, Outcome, State};

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
                    The talks, which both sides liked, resume next year. Markets rose.";
        let ready = ready(text);
        let report = analysis_markdown(&ready);
        assert!(
            report.starts_with(
                "# Summary\n\n**In one line:** The ministers met in Paris on Monday.\n"
            ),
            "{report}"
        );
        assert!(
            report.contains("## Key points\n\n- The ministers met in Paris on Monday.\n- The talks resume next year.\n"),
            "{report}"
        );
        // In the key-points view, the summary copies as its key points.
        assert_eq!(
            summary_plain(&ready, true),
            "The ministers met in Paris on Monday.\nThe talks resume next year.\nMarkets rose.\n"
        );
    }

    /// `text` opened as a file named `name`, analysed.
    fn opened(name: &str, text: &str) -> std::rc::Rc<Ready> {
        let opened = State::default().apply(Action::Open {
            name: name.into(),
            text: text.into(),
            encoding: Encoding::Utf8,
        });
        match opened.analysed().outcome {
            Outcome::Ready(ready) => ready,
            other => panic!("not analysed: {other:?}"),
        }
    }

    #[test]
    fn what_leaves_the_page_starts_with_title_date_byline_and_source() {
        // Issue 16: copy and export carried no headline or source, so a
        // summary could not be cited.
        let text = "Ferry Route Approved\nBy Maria Lund\nPublished: 2 March 2026\n\n\
                    The council approved a new ferry route on Monday. \
                    The service starts in June. Islanders welcomed it.";
        let ready = opened("ferry_news.html", text);
        let credits = "2026-03-02 · By Maria Lund · Source: ferry_news.html";
        let plain = summary_plain(&ready, false);
        assert!(
            plain.starts_with(&format!(
                "Ferry Route Approved\n{credits}\n\nThe council approved"
            )),
            "{plain}"
        );
        // Markdown: the title a heading, the file name's "_" escaped; the
        // summary and the report alike.
        let top = "# Ferry Route Approved\n\n\
                   2026-03-02 · By Maria Lund · Source: ferry\\_news.html\n\n\
                   - The council approved";
        for markdown in [summary_markdown(&ready, true), analysis_markdown(&ready)] {
            assert!(markdown.starts_with(top), "{markdown}");
        }
    }

    #[test]
    fn without_a_title_the_credits_come_before_the_gist() {
        let text = "June 3, 2025\n\nThe ministers met in Paris on Monday. \
                    They agreed to cut tariffs. Markets rose.";
        let dated = opened("talks.txt", text);
        let report = analysis_markdown(&dated);
        assert!(
            report.starts_with(
                "# Summary\n\n2025-06-03 · Source: talks.txt\n\n**In one line:** The ministers"
            ),
            "{report}"
        );
        assert!(summary_plain(&dated, false)
            .starts_with("2025-06-03 · Source: talks.txt\n\nThe ministers"));
        // Nothing known, nothing added: the summary alone.
        let bare = ready("The ministers met in Paris. They agreed. Markets rose.");
        assert!(summary_plain(&bare, false).starts_with("The ministers met in Paris."));
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
