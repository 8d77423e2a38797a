//! A page's element tree, built from its tokens the way a browser would
//! build it for article pages: implied end tags for paragraphs, list
//! items and table cells, void elements, stray end tags ignored
//! (<https://html.spec.whatwg.org/multipage/parsing.html#tree-construction>,
//! in part).
//!
//! Nodes live in one vector in document order, a parent always before its
//! children, so a pass from the back sums anything over subtrees without
//! recursion. Nesting stops at [`MAX_DEPTH`] (Blink's parser stops at
//! 512, `kMaximumHTMLParserDOMTreeDepth`): deeper elements are kept
//! empty and their content flattened into the deepest one, so every walk
//! of the tree is bounded, whatever the page holds.

use std::collections::HashMap;

use super::markup::{decode, is_raw_text, Token};

/// How deep elements nest; deeper ones are flattened.
pub const MAX_DEPTH: usize = 200;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose start closes an open `<p>` (the standard's list, in part).
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "li",
    "dd",
    "dt",
];

/// Elements an implied end tag does not look past.
const SCOPE: &[&str] = &[
    "table", "td", "th", "caption", "html", "body", "template", "object", "button",
];

/// One node: an element or a run of text.
#[derive(Debug)]
pub struct Node {
    /// The parent's index (the root is its own parent).
    pub parent: usize,
    /// The children's indexes, in order.
    pub children: Vec<usize>,
    /// What the node is.
    pub data: Data,
}

/// An element or a run of text.
#[derive(Debug)]
pub enum Data {
    /// An element: its lowercased name and kept attributes.
    Element {
        /// The tag name.
        name: String,
        /// The attributes kept by the tokenizer, values decoded.
        attributes: Vec<(String, String)>,
    },
    /// Text: decoded, or raw inside `<script>` and `<style>`.
    Text(String),
}

/// A page's nodes; index 0 is the root, an element named `#root`.
#[derive(Debug)]
pub struct Tree {
    /// Every node, a parent before its children.
    pub nodes: Vec<Node>,
}

impl Tree {
    /// The tree of `tokens`.
    pub fn build(tokens: &[Token<'_>]) -> Tree {
        let mut builder = Builder {
            nodes: vec![Node {
                parent: 0,
                children: Vec::new(),
                data: Data::Element {
                    name: "#root".into(),
                    attributes: Vec::new(),
                },
            }],
            stack: vec![0],
            open: HashMap::new(),
        };
        for token in tokens {
            match token {
                Token::Text(text) => builder.text(text),
                Token::Open(name, attributes) => builder.open(name, attributes),
                Token::Close(name) if name == "br" => builder.open(name, &[]),
                Token::Close(name) => builder.close(name),
            }
        }
        Tree {
            nodes: builder.nodes,
        }
    }

    /// The element name of node `i` ("" for text).
    pub fn name(&self, i: usize) -> &str {
        match &self.nodes[i].data {
            Data::Element { name, .. } => name,
            Data::Text(_) => "",
        }
    }

    /// The value of attribute `key` of node `i`.
    pub fn attribute(&self, i: usize, key: &str) -> Option<&str> {
        match &self.nodes[i].data {
            Data::Element { attributes, .. } => attributes
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            Data::Text(_) => None,
        }
    }

    /// Whether node `i` is an element named one of `names`.
    pub fn is(&self, i: usize, names: &[&str]) -> bool {
        names.contains(&self.name(i))
    }

    /// The ancestors of node `i`, nearest first, the root last.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut at = i;
        std::iter::from_fn(move || {
            if at == 0 {
                return None;
            }
            at = self.nodes[at].parent;
            Some(at)
        })
    }

    /// The indexes of node `i`'s subtree (itself first), in document order:
    /// children come after their parent, and a subtree is contiguous.
    pub fn subtree(&self, i: usize) -> std::ops::Range<usize> {
        let mut last = i;
        while let Some(&child) = self.nodes[last].children.last() {
            last = child;
        }
        i..last + 1
    }

    /// The text of node `i`'s subtree, white space folded, raw text left out.
    pub fn text(&self, i: usize) -> String {
        self.text_within(i, usize::MAX).unwrap_or_default()
    }

    /// The text of node `i`'s subtree if it has at most `max` characters:
    /// reading stops past them, so asking of every nested element costs
    /// no more than its short text.
    pub fn short_text(&self, i: usize, max: usize) -> Option<String> {
        // Reading stops past four bytes a character (and some white
        // space); a short text padded with much more white space than
        // that counts as long, the price of the bound.
        let text = self.text_within(i, max.saturating_mul(4).saturating_add(64))?;
        (text.chars().count() <= max).then_some(text)
    }

    /// The text of node `i`'s subtree, `None` past `max_bytes` of it.
    fn text_within(&self, i: usize, max_bytes: usize) -> Option<String> {
        let mut out = String::new();
        for n in self.subtree(i) {
            if let Data::Text(t) = &self.nodes[n].data {
                if !holds_code(self.name(self.nodes[n].parent)) {
                    out.push(' ');
                    out.push_str(t);
                    if out.len() > max_bytes {
                        return None;
                    }
                }
            }
        }
        Some(out.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// Whether `name`'s content is code or markup kept raw (a script, a
/// style), not text: a `<title>` or `<textarea>` holds text.
fn holds_code(name: &str) -> bool {
    is_raw_text(name) && !matches!(name, "title" | "textarea")
}

/// The tree being built, with its open elements.
struct Builder {
    nodes: Vec<Node>,
    stack: Vec<usize>,
    /// How many elements of each name are open, so an end tag with no
    /// open element is ignored in constant time (a page of stray `</b>`
    /// once made import quadratic; issue 11).
    open: HashMap<String, usize>,
}

impl Builder {
    fn name_of(&self, i: usize) -> &str {
        match &self.nodes[i].data {
            Data::Element { name, .. } => name,
            Data::Text(_) => "",
        }
    }

    fn top(&self) -> usize {
        *self.stack.last().expect("the root stays open")
    }

    fn add(&mut self, data: Data) -> usize {
        let parent = self.top();
        let at = self.nodes.len();
        self.nodes.push(Node {
            parent,
            children: Vec::new(),
            data,
        });
        self.nodes[parent].children.push(at);
        at
    }

    fn text(&mut self, text: &str) {
        let top = self.top();
        let raw = holds_code(self.name_of(top));
        let text = if raw { text.to_string() } else { decode(text) };
        if let Some(&last) = self.nodes[top].children.last() {
            if let Data::Text(previous) = &mut self.nodes[last].data {
                previous.push_str(&text);
                return;
            }
        }
        self.add(Data::Text(text));
    }

    fn open(&mut self, name: &str, attributes: &[(String, String)]) {
        if CLOSES_P.contains(&name) {
            self.close_in_scope("p", &[]);
        }
        match name {
            "li" => self.close_in_scope("li", &["ul", "ol"]),
            "dt" | "dd" => {
                self.close_in_scope("dt", &["dl"]);
                self.close_in_scope("dd", &["dl"]);
            }
            "tr" => self.close_in_scope("tr", &[]),
            "td" | "th" => {
                self.close_in_scope("td", &["tr"]);
                self.close_in_scope("th", &["tr"]);
            }
            "option" => self.close_in_scope("option", &[]),
            _ => {}
        }
        // Too deep, an element is kept empty, its content going to the
        // deepest open one: a block still ends a paragraph there.
        let void = VOID.contains(&name) || self.stack.len() > MAX_DEPTH;
        let at = self.add(Data::Element {
            name: name.to_string(),
            attributes: attributes.to_vec(),
        });
        if !void {
            self.stack.push(at);
            *self.open.entry(name.to_string()).or_default() += 1;
        }
    }

    /// Close the innermost open `name` if no scope element (nor one of
    /// `also`) stands between it and the current node.
    fn close_in_scope(&mut self, name: &str, also: &[&str]) {
        if self.open.get(name).is_none_or(|&n| n == 0) {
            return;
        }
        let found = self
            .stack
            .iter()
            .rev()
            .map(|&i| &self.nodes[i].data)
            .find_map(|d| match d {
                Data::Element { name: n, .. } if n == name => Some(true),
                Data::Element { name: n, .. }
                    if SCOPE.contains(&n.as_str()) || also.contains(&n.as_str()) =>
                {
                    Some(false)
                }
                _ => None,
            });
        if found == Some(true) {
            self.close(name);
        }
    }

    /// Close the innermost open `name` and everything opened inside it.
    fn close(&mut self, name: &str) {
        if self.open.get(name).is_none_or(|&n| n == 0) {
            return;
        }
        while self.stack.len() > 1 {
            let top = self.stack.pop().expect("more than the root");
            let Data::Element { name: top_name, .. } = &self.nodes[top].data else {
                continue;
            };
            if let Some(n) = self.open.get_mut(top_name) {
                *n -= 1;
            }
            if top_name == name {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::markup::tokenize;

    fn shape(tree: &Tree, i: usize) -> String {
        match &tree.nodes[i].data {
            Data::Text(t) => t.clone(),
            Data::Element { name, .. } => {
                let inner: Vec<String> = tree.nodes[i]
                    .children
                    .iter()
                    .map(|&c| shape(tree, c))
                    .collect();
                format!("{name}({})", inner.join(","))
            }
        }
    }

    #[test]
    fn implies_end_tags_as_browsers_do() {
        let tree = Tree::build(&tokenize(
            "<p>one<p>two<div>x</div><ul><li>a<li>b</ul></b><td>c<td>d",
        ));
        assert_eq!(
            shape(&tree, 0),
            "#root(p(one),p(two),div(x),ul(li(a),li(b)),td(c),td(d))"
        );
    }

    #[test]
    fn flattens_what_nests_too_deep() {
        let html = format!("{}deep", "<div>".repeat(10_000));
        let tree = Tree::build(&tokenize(&html));
        let text = tree.nodes.len() - 1;
        assert_eq!(tree.ancestors(text).count(), MAX_DEPTH + 1);
        assert_eq!(tree.text(0), "deep");
    }
}
