//! The allow-list sanitiser (ammonia, on html5ever): the only way HTML written by members
//! reaches a page. Everything not listed here is removed: scripts, styles, frames, SVG and
//! MathML, forms, event handlers, and every URL that is not http(s), mailto or relative.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Elements kept (with their content). Others are unwrapped, or dropped with their content
/// when they can only carry code or styles (see `clean_content_tags`).
const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "input",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Attributes per element; `class` and `id` values are checked in [`keep_attribute`].
fn tag_attributes() -> HashMap<&'static str, HashSet<&'static str>> {
    let mut attributes = HashMap::new();
    let mut allow = |tag: &'static str, names: &[&'static str]| {
        attributes.insert(tag, names.iter().copied().collect::<HashSet<_>>());
    };
    allow("a", &["href", "title", "class", "id"]);
    allow("abbr", &["title"]);
    allow("img", &["src", "alt", "title", "width", "height"]);
    allow("input", &["checked", "type"]);
    allow("code", &["class"]);
    allow("div", &["class", "id"]);
    allow("sup", &["class", "id"]);
    allow("ol", &["start"]);
    allow("td", &["class"]);
    allow("th", &["class", "scope"]);
    allow("details", &["open"]);
    for heading in ["h1", "h2", "h3", "h4", "h5", "h6"] {
        allow(heading, &["id"]);
    }
    attributes
}

/// Classes the renderer produces and the stylesheet knows.
const CLASSES: &[&str] = &[
    "wiki-link",
    "wanted",
    "footnote-definition",
    "footnote-definition-label",
    "footnote-reference",
    "align-left",
    "align-center",
    "align-right",
];

/// Ids must carry one of the renderer's prefixes, so member content can never take an id the
/// page chrome uses (`main`, form fields) or repeat one.
const ID_PREFIXES: &[&str] = &["h-", "fn-", "fnref-"];

fn keep_attribute<'u>(element: &str, attribute: &str, value: &'u str) -> Option<Cow<'u, str>> {
    match attribute {
        "class" => {
            let kept: Vec<&str> = value
                .split_ascii_whitespace()
                .filter(|class| {
                    CLASSES.contains(class)
                        || (element == "code"
                            && class.strip_prefix("language-").is_some_and(|lang| {
                                !lang.is_empty()
                                    && lang.len() <= 30
                                    && lang
                                        .chars()
                                        .all(|c| c.is_ascii_alphanumeric() || "+#-_.".contains(c))
                            }))
                })
                .collect();
            (!kept.is_empty()).then(|| Cow::Owned(kept.join(" ")))
        }
        "id" => ID_PREFIXES
            .iter()
            .any(|prefix| value.starts_with(prefix) && value.len() > prefix.len())
            .then_some(Cow::Borrowed(value)),
        // A link whose text, once every space and control character is gone, names a scheme
        // must name an allowed one: browsers differ in what they strip before parsing.
        "href" => {
            let squeezed: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .take(12)
                .collect::<String>()
                .to_ascii_lowercase();
            let scheme = squeezed
                .split_once(':')
                .map(|(scheme, _)| scheme)
                .filter(|scheme| {
                    !scheme.is_empty()
                        && scheme
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
                });
            match scheme {
                Some("http" | "https" | "mailto") | None => Some(Cow::Borrowed(value)),
                Some(_) => None,
            }
        }
        // Images only from this hub: no request ever leaves for a third party, and no data: URL.
        // Judged, and written out, as browsers read it: `/<TAB>/host/…` is `//host/…` to them.
        "src" => {
            let url = as_browsers_read(value);
            is_same_origin_path(&url).then_some(url)
        }
        "width" | "height" => (value.len() <= 4 && value.chars().all(|c| c.is_ascii_digit()))
            .then_some(Cow::Borrowed(value)),
        "start" => (value.len() <= 9 && value.chars().all(|c| c.is_ascii_digit()))
            .then_some(Cow::Borrowed(value)),
        "scope" => {
            matches!(value, "col" | "row" | "colgroup" | "rowgroup").then_some(Cow::Borrowed(value))
        }
        _ => Some(Cow::Borrowed(value)),
    }
}

/// A URL as the WHATWG URL parser reads it before anything else: ASCII tabs and newlines
/// removed wherever they are, then C0 controls and spaces trimmed from both ends.
fn as_browsers_read(url: &str) -> Cow<'_, str> {
    let is_edge = |c: char| c <= ' ';
    let trimmed = url.trim_matches(is_edge);
    if trimmed.contains(['\t', '\n', '\r']) {
        Cow::Owned(
            trimmed
                .chars()
                .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                .collect(),
        )
    } else {
        Cow::Borrowed(trimmed)
    }
}

/// A path on this site: `/…` but not `//…` (another host) and no backslash tricks.
fn is_same_origin_path(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//") && !url.contains('\\')
}

static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(TAGS.iter().copied().collect())
        .clean_content_tags(
            [
                "script", "style", "template", "svg", "math", "noscript", "iframe", "object",
                "embed", "textarea", "select", "title",
            ]
            .into_iter()
            .collect(),
        )
        .tag_attributes(tag_attributes())
        .generic_attributes(["lang", "dir"].into_iter().collect())
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("noopener noreferrer"))
        .strip_comments(true)
        // Task-list boxes show state; they are never a form control.
        .set_tag_attribute_value("input", "disabled", "")
        .attribute_filter(keep_attribute);
    builder
});

/// Reduces `html` to the allow-list. Idempotent: cleaning clean HTML changes nothing.
///
/// Removing an element can leave a tree that serialises to markup a browser parses
/// differently (a `<p>` inside a `<p>`): the shape behind mutation XSS. So the output is
/// cleaned again until it no longer changes, which it does within a pass or two.
pub fn clean(html: &str) -> String {
    let mut current = SANITISER.clean(html).to_string();
    for _ in 0..4 {
        let again = SANITISER.clean(&current).to_string();
        if again == current {
            break;
        }
        current = again;
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_addresses_are_judged_as_browsers_read_them() {
        // Issue 27, finding 7: `/<TAB>/evil.example/…` passed as a path on this site, and an
        // exported page opened from disk (no CSP) fetched it from evil.example.
        for dirty in [
            "<img src=\"/&#9;/evil.example/t.png\">",
            "<img src=\"/&#10;/evil.example/t.png\">",
            "<img src=\"/&#13;/evil.example/t.png\">",
            "<img src=\" &#9;//evil.example/t.png\">",
            "<img src=\"&#1;//evil.example/t.png\">",
        ] {
            let clean = clean(dirty);
            assert!(!clean.contains("evil.example"), "{dirty} -> {clean}");
        }
        assert_eq!(
            clean("<img src=\" /attachments/a&#9;b.png \">"),
            "<img src=\"/attachments/ab.png\">"
        );
    }

    #[test]
    fn scripts_handlers_and_foreign_urls_are_removed() {
        let dirty = r#"<p onclick="x()">hi<script>alert(1)</script></p><a href="javascript:alert(1)">j</a><img src="https://tracker.example/p.gif"><img src="data:image/png;base64,AA"><style>p{}</style><svg><circle/></svg><iframe src="/"></iframe>"#;
        let clean = clean(dirty);
        assert_eq!(
            clean,
            r#"<p>hi</p><a rel="noopener noreferrer">j</a><img><img>"#
        );
    }

    #[test]
    fn the_renderers_markup_survives() {
        let html = r#"<h2 id="h-threats">Threats</h2><pre><code class="language-rust">x</code></pre><a href="/wiki/x" class="wanted">x</a><input type="checkbox" checked="" disabled=""><img src="/attachments/a.png" alt="a">"#;
        assert_eq!(
            clean(html),
            r#"<h2 id="h-threats">Threats</h2><pre><code class="language-rust">x</code></pre><a href="/wiki/x" class="wanted" rel="noopener noreferrer">x</a><input type="checkbox" checked="" disabled=""><img src="/attachments/a.png" alt="a">"#
        );
    }

    #[test]
    fn ids_and_classes_outside_the_renderers_are_dropped() {
        assert_eq!(
            clean(
                r#"<h2 id="main" class="evil">x</h2><div id="fn-1" class="footnote-definition other">y</div>"#
            ),
            r#"<h2>x</h2><div id="fn-1" class="footnote-definition">y</div>"#
        );
    }
}
