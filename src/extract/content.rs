//! Which part of a page is the article: boilerplate removal by content
//! scoring.
//!
//! The method is Readability's (Mozilla's reader view, `_grabArticle`,
//! <https://github.com/mozilla/readability>; after Arc90's original):
//! 1. drop what is never article text (navigation, asides, forms,
//!    hidden elements) and elements whose class or id says share bar,
//!    advert, related links, comments or cookie notice;
//! 2. score every paragraph by its text (one point, one per comma, one
//!    per 100 characters up to three) and add the score to its parent,
//!    half to its grandparent and less further up, so the container of
//!    the most prose wins; class and id hints ("article", "content" up;
//!    "sidebar", "promo" down) and the tag start each container's score;
//! 3. scale each score by one minus the container's link density (the
//!    share of its text inside links), the strongest single signal of
//!    boilerplate in Kohlschütter, Fankhauser and Nejdl (2010),
//!    "Boilerplate detection using shallow text features" (boilerpipe);
//! 4. take the best container, climb to a common ancestor when several
//!    good ones share it, and add its siblings that score well or read
//!    as prose;
//! 5. clean the result "conditionally": lists, tables and divisions that
//!    are mostly links, images or form fields, or too short, go.
//!
//! Trafilatura (Barbaresi 2021, <https://github.com/adbar/trafilatura>)
//! adds the lesson that short link-heavy blocks inside the article are
//! its related-links and share bars: [`is_boilerplate_text`] drops them.

use super::tree::{Data, Tree};

/// Elements that are never article text.
pub const NEVER_TEXT: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "nav", "aside", "footer", "header",
    "button", "select", "iframe", "object", "embed", "head", "title", "input", "textarea",
    "dialog", "menu", "canvas", "video", "audio", "map", "label", "option",
];

/// Class or id words of boilerplate, unless a word of [`MAYBE`] is there
/// too (Readability's `unlikelyCandidates`).
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];

/// Class or id words that keep an element whatever else they say
/// (Readability's `okMaybeItsACandidate`).
const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];

/// Class or id words of boilerplate even beside [`MAYBE`] words: share
/// bars, cookie and newsletter notices, advert and recommendation slots.
const BOILERPLATE: &[&str] = &[
    "share",
    "sharing",
    "social",
    "cookie",
    "consent",
    "newsletter",
    "subscribe",
    "taboola",
    "outbrain",
    "advert",
    "related",
    "recommend",
    "promo",
    "comments",
    "paywall",
    "signup",
    "sign-up",
    "read-more",
    "readmore",
    "more-stories",
    "most-popular",
    "trending",
    "toolbar",
];

/// ARIA roles of page furniture.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "banner",
    "contentinfo",
    "menu",
    "menubar",
    "dialog",
    "alert",
    "alertdialog",
    "search",
];

/// Class or id words that raise a container's score (Readability's `positive`).
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

/// Class or id words that lower it (Readability's `negative`).
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];

/// Elements that hold blocks, for telling a division of prose (scored
/// as a paragraph) from one of paragraphs (Readability's `DIV_TO_P_ELEMS`).
const BLOCK_CHILDREN: &[&str] = &[
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "main",
    "li",
];

/// The fewest characters a paragraph needs to be scored.
const MIN_PARAGRAPH_CHARS: usize = 25;

/// How many ancestors share a paragraph's score.
const SCORED_ANCESTORS: usize = 5;

/// What is known of each node's subtree, kept out.
#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    /// Characters of text (white space not counted).
    chars: usize,
    /// Of which inside links.
    link_chars: usize,
    /// Commas, in any script.
    commas: usize,
    paragraphs: usize,
    images: usize,
    list_items: usize,
    inputs: usize,
    embeds: usize,
    /// Characters inside list items.
    list_chars: usize,
}

impl Stats {
    fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// The article found in a page: the roots of its subtrees in document
/// order, and which nodes inside them are left out.
pub struct Article {
    /// The elements whose text is the article, in order.
    pub roots: Vec<usize>,
    /// Per node: left out of the article.
    pub dropped: Vec<bool>,
}

/// The fewest characters (white space not counted) an article found with
/// every rule on must have; below it the rules are relaxed one by one
/// (Readability's `charThreshold` of 500 and its retry with flags off).
const MIN_ARTICLE_CHARS: usize = 500;

/// Which of the rules that can lose the article are on.
#[derive(Debug, Clone, Copy)]
struct Rules {
    /// Drop elements by their class and id.
    class_drops: bool,
    /// Weigh containers by their class and id.
    class_weights: bool,
    /// Clean the article conditionally.
    clean: bool,
}

/// The article in `tree`: found with every rule on, or, when that leaves
/// under [`MIN_ARTICLE_CHARS`], with fewer. A relaxed attempt replaces
/// the one before only when it finds at least twice the text: relaxing
/// always brings back some furniture, so it must have found the article
/// the rules had lost, not a share bar.
pub fn find(tree: &Tree) -> Article {
    let all = stats(tree, &vec![false; tree.nodes.len()]);
    let attempts = [
        Rules {
            class_drops: true,
            class_weights: true,
            clean: true,
        },
        Rules {
            class_drops: false,
            class_weights: true,
            clean: true,
        },
        Rules {
            class_drops: false,
            class_weights: false,
            clean: true,
        },
        Rules {
            class_drops: false,
            class_weights: false,
            clean: false,
        },
    ];
    let mut chosen: Option<(usize, Article)> = None;
    for rules in attempts {
        if chosen
            .as_ref()
            .is_some_and(|(c, _)| *c >= MIN_ARTICLE_CHARS)
        {
            break;
        }
        let article = find_with(tree, &all, rules);
        let chars = article.chars(tree);
        if chosen.as_ref().is_none_or(|(c, _)| chars > 2 * c) {
            chosen = Some((chars, article));
        }
    }
    chosen.map(|(_, a)| a).expect("four attempts")
}

impl Article {
    /// The characters of text the article holds.
    fn chars(&self, tree: &Tree) -> usize {
        stats(tree, &self.dropped)
            .iter()
            .enumerate()
            .filter(|(i, _)| self.roots.contains(i))
            .map(|(_, s)| s.chars)
            .sum()
    }
}

/// The article in `tree` under `rules`; `all` are the stats of every node.
fn find_with(tree: &Tree, all: &[Stats], rules: Rules) -> Article {
    let n = tree.nodes.len();
    let body = (0..n).find(|&i| tree.name(i) == "body").unwrap_or(0);
    let mut dropped = vec![false; n];
    for i in 1..n {
        dropped[i] = dropped[tree.nodes[i].parent]
            || is_furniture(tree, i, &all[i], all[body].chars, rules.class_drops);
    }
    let kept = stats(tree, &dropped);
    let scores = score(tree, &dropped, &kept, rules.class_weights);
    let Some(top) = best(tree, &scores, body) else {
        return Article {
            roots: vec![body],
            dropped,
        };
    };
    let roots = with_siblings(tree, top, &scores, &kept, &dropped);
    if rules.clean {
        // The containers of the article's best paragraphs are never
        // cleaned away, whatever their neighbours make their link density.
        let top_score = scores[top].unwrap_or(0.0);
        let mut holds_article = vec![false; n];
        for (i, s) in scores.iter().enumerate() {
            if s.is_some_and(|s| s >= top_score * 0.5) {
                holds_article[i] = true;
                for a in tree.ancestors(i) {
                    holds_article[a] = true;
                }
            }
        }
        for &root in &roots {
            for i in tree.subtree(root) {
                if !dropped[i]
                    && i != root
                    && !holds_article[i]
                    && should_clean(
                        tree,
                        i,
                        &kept[i],
                        scores[i].unwrap_or(0.0),
                        rules.class_weights,
                    )
                {
                    for j in tree.subtree(i) {
                        dropped[j] = true;
                    }
                }
            }
        }
    }
    Article { roots, dropped }
}

/// Each node's [`Stats`], the `dropped` nodes left out.
fn stats(tree: &Tree, dropped: &[bool]) -> Vec<Stats> {
    let mut stats = vec![Stats::default(); tree.nodes.len()];
    for i in (0..tree.nodes.len()).rev() {
        if dropped[i] {
            continue;
        }
        let node = &tree.nodes[i];
        let mut s = Stats::default();
        match &node.data {
            Data::Text(text) => {
                if !tree.is(node.parent, NEVER_TEXT) {
                    s.chars = text.chars().filter(|c| !c.is_whitespace()).count();
                    s.commas = text
                        .chars()
                        .filter(|c| {
                            matches!(
                                c,
                                ',' | '،' | '﹐' | '︐' | '︑' | '⹁' | '⸴' | '⸲' | '，' | '、'
                            )
                        })
                        .count();
                }
            }
            Data::Element { name, .. } => {
                for &c in &node.children {
                    let cs = &stats[c];
                    s.chars += cs.chars;
                    s.link_chars += cs.link_chars;
                    s.commas += cs.commas;
                    s.paragraphs += cs.paragraphs;
                    s.images += cs.images;
                    s.list_items += cs.list_items;
                    s.inputs += cs.inputs;
                    s.embeds += cs.embeds;
                    s.list_chars += cs.list_chars;
                }
                match name.as_str() {
                    "a" => s.link_chars = s.chars,
                    "p" => s.paragraphs += 1,
                    "img" => s.images += 1,
                    "li" => {
                        s.list_items += 1;
                        s.list_chars = s.chars;
                    }
                    "input" | "select" | "textarea" | "button" => s.inputs += 1,
                    "iframe" | "object" | "embed" | "video" => s.embeds += 1,
                    _ => {}
                }
                // The fields of a form count even though their text is not kept.
            }
        }
        stats[i] = s;
    }
    stats
}

/// The lowercased class and id of element `i`.
fn hints(tree: &Tree, i: usize) -> String {
    let class = tree.attribute(i, "class").unwrap_or("");
    let id = tree.attribute(i, "id").unwrap_or("");
    format!("{class} {id}").to_lowercase()
}

/// Whether element `i` is page furniture, never article text: by tag,
/// hiding, role, or class and id. An element holding most of the page's
/// text is never dropped for its class alone: a page whose body is
/// `class="has-comments"` keeps its article.
fn is_furniture(tree: &Tree, i: usize, stats: &Stats, page_chars: usize, by_class: bool) -> bool {
    let Data::Element { name, .. } = &tree.nodes[i].data else {
        return false;
    };
    if NEVER_TEXT.contains(&name.as_str()) {
        return true;
    }
    if tree.attribute(i, "hidden").is_some() || tree.attribute(i, "aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = tree.attribute(i, "style") {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return true;
        }
    }
    if tree
        .attribute(i, "role")
        .is_some_and(|r| FURNITURE_ROLES.contains(&r))
    {
        return true;
    }
    if !by_class
        || matches!(
            name.as_str(),
            "html"
                | "body"
                | "main"
                | "article"
                | "a"
                | "table"
                | "tbody"
                | "tr"
                | "td"
                | "th"
                | "p"
        )
        || stats.chars * 2 > page_chars
    {
        return false;
    }
    let hints = hints(tree, i);
    if hints.trim().is_empty() {
        return false;
    }
    let has = |words: &[&str]| words.iter().any(|w| hints.contains(w));
    // A long stretch of prose named "content" is the article, whatever
    // else its class says ("entry-content entry-content-read-more").
    let prose = has(MAYBE) && stats.chars >= MIN_ARTICLE_CHARS && stats.link_density() < 0.3;
    !prose && (has(BOILERPLATE) || (has(UNLIKELY) && !has(MAYBE)))
}

/// Readability's class weight: 25 up for a positive class word, 25 down
/// for a negative one, for class and id each.
fn class_weight(tree: &Tree, i: usize) -> f64 {
    let mut weight = 0.0;
    for key in ["class", "id"] {
        let Some(value) = tree.attribute(i, key) else {
            continue;
        };
        let value = value.to_lowercase();
        if NEGATIVE.iter().any(|w| value.contains(w)) {
            weight -= 25.0;
        }
        if POSITIVE.iter().any(|w| value.contains(w)) {
            weight += 25.0;
        }
    }
    weight
}

/// A container's starting score from its tag.
fn tag_score(name: &str) -> f64 {
    match name {
        "div" | "article" | "section" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Whether element `i` is scored as a paragraph: `p`, `pre`, `td`, or a
/// division holding no blocks (a paragraph written as a `div`).
fn is_paragraph(tree: &Tree, i: usize, dropped: &[bool]) -> bool {
    match tree.name(i) {
        "p" | "pre" | "td" => true,
        "div" | "section" | "span" | "font" | "center" => !tree.nodes[i]
            .children
            .iter()
            .any(|&c| !dropped[c] && tree.is(c, BLOCK_CHILDREN)),
        _ => false,
    }
}

/// Each node's content score (`None`: not a candidate), after the link
/// density scaling.
fn score(tree: &Tree, dropped: &[bool], stats: &[Stats], by_class: bool) -> Vec<Option<f64>> {
    let mut scores: Vec<Option<f64>> = vec![None; tree.nodes.len()];
    for i in 0..tree.nodes.len() {
        if dropped[i] || !is_paragraph(tree, i, dropped) || stats[i].chars < MIN_PARAGRAPH_CHARS {
            continue;
        }
        // A paragraph inside one already scored counts once.
        if tree.ancestors(i).any(|a| tree.is(a, &["p", "pre"])) {
            continue;
        }
        let s = &stats[i];
        let points = 1.0 + s.commas as f64 + (s.chars as f64 / 100.0).floor().min(3.0);
        for (level, a) in tree.ancestors(i).take(SCORED_ANCESTORS).enumerate() {
            if a == 0 || tree.is(a, &["html"]) {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f64 * 3.0,
            };
            let score = scores[a].get_or_insert_with(|| {
                tag_score(tree.name(a)) + if by_class { class_weight(tree, a) } else { 0.0 }
            });
            *score += points / divider;
        }
    }
    for (i, score) in scores.iter_mut().enumerate() {
        if let Some(s) = score {
            *s *= 1.0 - stats[i].link_density();
        }
    }
    scores
}

/// The best container: the top-scoring one, raised to an ancestor that
/// holds several near-best ones, or whose score is still rising.
fn best(tree: &Tree, scores: &[Option<f64>], body: usize) -> Option<usize> {
    // The five best candidates, best first (ties: the earlier node), kept
    // by insertion: a sort would cost the page's bundle more code.
    let mut ranked: Vec<(usize, f64)> = Vec::with_capacity(6);
    for (i, s) in scores.iter().enumerate() {
        let Some(s) = *s else { continue };
        let at = ranked
            .iter()
            .position(|&(_, r)| s > r)
            .unwrap_or(ranked.len());
        if at < 5 {
            ranked.insert(at, (i, s));
            ranked.truncate(5);
        }
    }
    let &(mut top, top_score) = ranked.first()?;
    let near: Vec<usize> = ranked
        .iter()
        .skip(1)
        .filter(|(_, s)| *s >= top_score * 0.75)
        .map(|&(i, _)| i)
        .collect();
    if near.len() >= 3 {
        for a in tree.ancestors(top).take_while(|&a| a != body && a != 0) {
            let holding = near
                .iter()
                .filter(|&&c| tree.ancestors(c).any(|x| x == a))
                .count();
            if holding >= 3 {
                top = a;
                break;
            }
        }
    }
    // Climb while the parent's score still grows (Readability: a parent
    // scoring more holds more of the article).
    let mut last = scores[top].unwrap_or(0.0);
    let threshold = last / 3.0;
    for a in tree.ancestors(top).take_while(|&a| a != body && a != 0) {
        let Some(s) = scores[a] else { continue };
        if s < threshold {
            break;
        }
        if s > last {
            top = a;
            break;
        }
        last = s;
    }
    // A container that is its parent's only child is the parent.
    while top != body && top != 0 {
        let parent = tree.nodes[top].parent;
        let elements = tree.nodes[parent]
            .children
            .iter()
            .filter(|&&c| matches!(tree.nodes[c].data, Data::Element { .. }))
            .count();
        if elements != 1 || parent == body || parent == 0 {
            break;
        }
        top = parent;
    }
    Some(top)
}

/// `top` and those of its siblings that belong to the article: scoring
/// at least a fifth of it (ten at least), or paragraphs of prose.
///
/// A sibling of `top`'s class is the same kind of block (a page that
/// breaks its article into sections around figures repeats the section's
/// markup), so it scores by its best container inside when it has no
/// score of its own: its paragraphs may sit deeper than the
/// [`SCORED_ANCESTORS`] that receive their points (Quanta Magazine's first
/// section, its lede, nests two levels deeper than the rest).
fn with_siblings(
    tree: &Tree,
    top: usize,
    scores: &[Option<f64>],
    stats: &[Stats],
    dropped: &[bool],
) -> Vec<usize> {
    let parent = tree.nodes[top].parent;
    if top == 0 || parent == top {
        return vec![top];
    }
    let top_score = scores[top].unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = tree.attribute(top, "class").filter(|c| !c.is_empty());
    tree.nodes[parent]
        .children
        .iter()
        .copied()
        .filter(|&s| {
            if s == top {
                return true;
            }
            if dropped[s] || !matches!(tree.nodes[s].data, Data::Element { .. }) {
                return false;
            }
            let same_class = top_class.is_some() && tree.attribute(s, "class") == top_class;
            let (score, bonus) = if same_class {
                let inside = scores[s].or_else(|| {
                    tree.subtree(s)
                        .filter(|&i| !dropped[i])
                        .filter_map(|i| scores[i])
                        .reduce(f64::max)
                });
                (inside.unwrap_or(0.0), top_score * 0.2)
            } else {
                (scores[s].unwrap_or(0.0), 0.0)
            };
            if score + bonus >= threshold {
                return true;
            }
            if !tree.is(s, &["p"]) {
                return false;
            }
            let (chars, density) = (stats[s].chars, stats[s].link_density());
            let text = tree.text(s);
            (chars > 80 && density < 0.25)
                || (chars > 0
                    && chars <= 80
                    && density == 0.0
                    && (text.ends_with('.') || text.contains(". ")))
        })
        .collect()
}

/// Readability's conditional cleaning of a list, table, form or division
/// inside the article: it goes when its class weight and score (`score`)
/// are negative together, or when,
/// with fewer than ten commas, it is mostly images, form fields, links or
/// embeds, or very short.
fn should_clean(tree: &Tree, i: usize, s: &Stats, score: f64, by_class: bool) -> bool {
    if !tree.is(
        i,
        &[
            "form", "fieldset", "table", "ul", "ol", "div", "section", "dl",
        ],
    ) {
        return false;
    }
    let weight = if by_class { class_weight(tree, i) } else { 0.0 };
    if weight + score < 0.0 {
        return true;
    }
    if s.commas >= 10 {
        return false;
    }
    let is_list = tree.is(i, &["ul", "ol"]) || (s.chars > 0 && s.list_chars * 10 > s.chars * 9);
    let in_figure = tree.ancestors(i).any(|a| tree.is(a, &["figure"]));
    let density = s.link_density();
    (s.images > 1 && (s.paragraphs as f64) < s.images as f64 * 0.5 && !in_figure)
        || (!is_list && s.list_items > s.paragraphs + 100)
        || s.inputs > s.paragraphs / 3
        || (!is_list
            && s.chars < MIN_PARAGRAPH_CHARS
            && (s.images == 0 || s.images > 2)
            && !in_figure)
        || (!is_list && weight < 25.0 && density > 0.2)
        || (weight >= 25.0 && density > 0.5)
        || (s.embeds == 1 && s.chars < 75)
        || s.embeds > 1
}

/// Short paragraphs that are page furniture whatever their markup:
/// labels of share bars and adverts, calls to subscribe or read on.
const BOILERPLATE_LINES: &[&str] = &[
    "advertisement",
    "advertising",
    "sponsored",
    "sponsored content",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share via email",
    "tweet",
    "email",
    "print",
    "comments",
    "read more",
    "related",
    "related articles",
    "related stories",
    "related content",
    "recommended",
    "you may also like",
    "follow us",
    "subscribe",
    "skip advertisement",
    "continue reading",
    "most popular",
    "more on this story",
    "top stories",
    "story continues below advertisement",
    "article continues below advertisement",
    "supported by",
    "view comments",
    "show comments",
];

/// How paragraphs of furniture open, lower-cased.
const BOILERPLATE_OPENERS: &[&str] = &[
    "read more:",
    "related:",
    "see also:",
    "sign up for",
    "subscribe to",
    "follow us on",
    "click here to",
    "share this",
    "copyright ©",
    "© copyright",
    "all rights reserved",
    "read more about",
    "recommended:",
];

/// Whether a paragraph's text is page furniture (a share bar's label, an
/// advert slot, a call to subscribe), judged by its words alone.
pub fn is_boilerplate_text(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if bare.split_whitespace().count() > 12 {
        return false;
    }
    BOILERPLATE_LINES.contains(&bare) || BOILERPLATE_OPENERS.iter().any(|o| lower.starts_with(o))
}
