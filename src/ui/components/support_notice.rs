//! What Nutshell did for a text that is not in English: a polite note
//! above the summary, so a reader of a German or Thai text is not left to
//! wonder why the People or Dates cards are missing, or to trust a summary
//! whose sentences may be cut wrongly (issue 17: before it, a German text
//! showed no word about its language).

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Support, LANGUAGE_PACKS};
use crate::ui::state::Ready;

/// English names of the languages a reader is most likely to paste, by
/// ISO 639-1 code; any other is named by its code.
const NAMES: &[(&str, &str)] = &[
    ("af", "Afrikaans"),
    ("ar", "Arabic"),
    ("ca", "Catalan"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("es", "Spanish"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("gl", "Galician"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hu", "Hungarian"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("nb", "Norwegian"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("sk", "Slovak"),
    ("sv", "Swedish"),
    ("th", "Thai"),
    ("tr", "Turkish"),
    ("zh", "Chinese"),
];

/// The note for a text in `code` with `support`, analysed with its
/// language's word lists or without (`word_lists`), `None` for full
/// support.
pub fn notice(code: &str, support: Support, word_lists: bool) -> Option<String> {
    let name = NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or_else(|| format!("language “{code}”"), |(_, n)| n.to_string());
    let facts = "Names, dates, numbers and quotes are found in English only for now, \
                 so those cards are left out rather than guessed.";
    match support {
        Support::Full => None,
        Support::Summary if word_lists => Some(format!(
            "This text appears to be in {name}. Nutshell summarised it and chose its key phrases \
             with {name} word lists. {facts}"
        )),
        // A language with a pack whose fetch failed (offline before it was
        // first used): say so, and that it is tried again.
        Support::Summary if LANGUAGE_PACKS.contains(&code) => Some(format!(
            "This text appears to be in {name}. Nutshell could not load its {name} word lists \
             (they are downloaded the first time a {name} text is read, then kept for offline \
             use; are you offline?), so it summarised the text by the words its sentences share, \
             with no key phrases, and may have cut a sentence at an abbreviation. \
             They are tried again with the next text. {facts}"
        )),
        Support::Summary => Some(format!(
            "This text appears to be in {name}. Nutshell summarised it by the words its sentences \
             share; it has no {name} word lists yet, so there are no key phrases. {facts}"
        )),
        Support::None => Some(format!(
            "This text appears to be in {name}, whose sentences Nutshell cannot yet tell apart \
             reliably: the summary may cut sentences in the wrong places. {facts}"
        )),
    }
}

/// Props of [`SupportNotice`].
#[derive(Properties, PartialEq)]
pub struct SupportNoticeProps {
    /// The analysed text.
    pub ready: Rc<Ready>,
}

/// The note, where the text's language is not fully supported.
#[component]
pub fn SupportNotice(props: &SupportNoticeProps) -> Html {
    let meta = &props.ready.analysis.meta;
    match notice(&meta.language, meta.support, props.ready.word_lists) {
        Some(text) => {
            html! { <p class="support-notice" id="support-notice" role="note">{ text }</p> }
        }
        None => html! {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_what_was_done_for_each_kind_of_language() {
        assert_eq!(notice("en", Support::Full, true), None);
        let german = notice("de", Support::Summary, true).unwrap();
        assert!(german.contains("with German word lists") && german.contains("left out"));
        let unloaded = notice("de", Support::Summary, false).unwrap();
        assert!(unloaded.contains("could not load its German word lists"));
        assert!(unloaded.contains("no key phrases") && unloaded.contains("left out"));
        let swedish = notice("sv", Support::Summary, false).unwrap();
        assert!(swedish.contains("no Swedish word lists") && swedish.contains("no key phrases"));
        let thai = notice("th", Support::None, false).unwrap();
        assert!(thai.contains("Thai") && thai.contains("wrong places"));
        assert!(notice("eu", Support::Summary, false)
            .unwrap()
            .contains("“eu”"));
    }
}
