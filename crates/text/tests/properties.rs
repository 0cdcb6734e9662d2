//! Invariants over generated input (proptest): the sanitiser is idempotent, rendering never
//! panics and never yields a script, and a merge with one side unchanged is the other side.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use braid_text::markdown::{WikiTarget, render};
use braid_text::merge::{Merge, merge};
use braid_text::sanitise::clean;
use proptest::prelude::*;

/// Fragments that make generated text look like markup an attacker would try.
fn markupish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<".to_owned()),
        Just(">".to_owned()),
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<script>".to_owned()),
        Just("<svg><style>".to_owned()),
        Just("<a href=\"javascript:x\">".to_owned()),
        Just("<img src=x onerror=y>".to_owned()),
        Just("<table><td>".to_owned()),
        Just("<form><math><mtext>".to_owned()),
        Just("<!--".to_owned()),
        Just("-->".to_owned()),
        Just("[[".to_owned()),
        Just("]]".to_owned()),
        Just("\n\n".to_owned()),
        Just("| a |\n|---|\n".to_owned()),
        Just("`".to_owned()),
        Just("[^1]".to_owned()),
        "[a-z &;\"'=/#]{0,8}",
        "\\PC{0,4}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

fn nowhere(title: &str) -> WikiTarget {
    WikiTarget {
        href: format!("/wiki/new?title={}", title.len()),
        exists: false,
    }
}

proptest! {
    #[test]
    fn cleaning_is_idempotent(input in markupish()) {
        let once = clean(&input);
        prop_assert_eq!(clean(&once), once);
    }

    #[test]
    fn rendering_is_clean_and_inert(input in markupish()) {
        let html = render(&input, &nowhere).html;
        prop_assert_eq!(clean(&html), html.clone());
        // The serialiser escapes `<` in text, so each `<` opens a tag: look inside tags only.
        let lower = html.to_ascii_lowercase();
        for tag in lower.split('<').skip(1).map(|rest| rest.split('>').next().unwrap_or("")) {
            prop_assert!(
                !tag.starts_with("script") && !tag.starts_with("svg") && !tag.contains("javascript:") && !tag.contains(" on"),
                "<{}> in {}", tag, html
            );
        }
    }

    #[test]
    fn a_merge_with_one_side_unchanged_is_the_other_side(base in "[a-c\n]{0,30}", edit in "[a-c\n]{0,30}") {
        let normalise = |text: &str| {
            let mut text = text.to_owned();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text
        };
        prop_assert_eq!(merge(&base, &edit, &base), Merge::Clean(normalise(&edit)));
        prop_assert_eq!(merge(&base, &base, &edit), Merge::Clean(normalise(&edit)));
    }
}
