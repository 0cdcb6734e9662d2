//! Markdown (CommonMark with tables, footnotes, strikethrough, task lists and `[[Page]]`
//! links) to HTML that is always passed through [`crate::sanitise::clean`].
//!
//! Raw HTML in Markdown is not escaped wholesale: it is reduced to the sanitiser's safe
//! subset, so `<kbd>`, `<details>` or `<sub>` work while anything active is removed.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::sanitise;
use crate::slug::slugify;

/// A heading of the page, for its table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The heading's text, without markup.
    pub text: String,
    /// The id the heading carries (`h-…`), unique on the page.
    pub anchor: String,
}

/// Where a `[[Page title]]` link points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WikiTarget {
    /// The URL path.
    pub href: String,
    /// `false` for a page not yet written (a "wanted page"): the link is marked so.
    pub exists: bool,
}

/// A rendered page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Sanitised HTML.
    pub html: String,
    /// Headings in order.
    pub headings: Vec<Heading>,
    /// Titles named in `[[…]]` links, in order of first appearance.
    pub wiki_links: Vec<String>,
    /// Those of them whose page is not written yet ("wanted pages").
    pub wanted: Vec<String>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_WIKILINKS
}

/// Renders `markdown`; `resolve` says where a `[[Page title]]` link points.
pub fn render(markdown: &str, resolve: &dyn Fn(&str) -> WikiTarget) -> Rendered {
    let mut events: Vec<Event<'_>> = Parser::new_ext(markdown, options()).collect();
    flatten_deep_nesting(&mut events);
    let headings = anchor_headings(&mut events);
    let (wiki_links, wanted) = link_wiki_pages(&mut events, resolve);
    number_footnotes(&mut events);
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    // Inline styles are blocked by the CSP; table alignment becomes a class.
    let html = html
        .replace(" style=\"text-align: left\"", " class=\"align-left\"")
        .replace(" style=\"text-align: center\"", " class=\"align-center\"")
        .replace(" style=\"text-align: right\"", " class=\"align-right\"");
    Rendered {
        html: sanitise::clean(&html),
        headings,
        wiki_links,
        wanted,
    }
}

/// How deeply elements may nest in rendered HTML. Far more than any page needs; deeper
/// nesting is what makes the HTML parser behind the sanitiser slow (it walks the stack of open
/// elements for each new one: 19 KB of `- - - …` took 2.7 s), so it is dropped.
const MAX_NESTING: usize = 32;

/// Drops the elements that would open beyond [`MAX_NESTING`], with their matching ends; their
/// content stays, in the deepest element kept.
fn flatten_deep_nesting(events: &mut Vec<Event<'_>>) {
    let mut depth = 0usize;
    // For each open element, whether it was kept.
    let mut kept: Vec<bool> = Vec::new();
    events.retain(|event| match event {
        Event::Start(_) => {
            let keep = depth < MAX_NESTING;
            kept.push(keep);
            if keep {
                depth += 1;
            }
            keep
        }
        Event::End(_) => {
            let keep = kept.pop().unwrap_or(true);
            if keep {
                depth = depth.saturating_sub(1);
            }
            keep
        }
        _ => true,
    });
}

/// The titles named in `[[…]]` links, in order of first appearance, without rendering: to
/// resolve them before [`render`].
pub fn wiki_link_titles(markdown: &str) -> Vec<String> {
    let mut titles: Vec<String> = Vec::new();
    if !markdown.contains("[[") {
        return titles;
    }
    // A set beside the list: a page may hold tens of thousands of links.
    let mut seen: HashSet<String> = HashSet::new();
    for event in Parser::new_ext(markdown, options()) {
        if let Event::Start(Tag::Link {
            link_type: LinkType::WikiLink { .. },
            dest_url,
            ..
        }) = event
        {
            let title = dest_url.trim();
            if !seen.contains(title) {
                seen.insert(title.to_owned());
                titles.push(title.to_owned());
            }
        }
    }
    titles
}

/// The words of `markdown` without its markup, one line per block: what search indexes and
/// quotes. Raw HTML is dropped; link and image texts stay.
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    let separate = |text: &mut String, separator: char| {
        if separator == '\n' {
            text.truncate(text.trim_end_matches(' ').len());
        }
        if !text.is_empty() && !text.ends_with(char::is_whitespace) {
            text.push(separator);
        }
    };
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(words) | Event::Code(words) => text.push_str(&words),
            Event::SoftBreak | Event::End(TagEnd::TableCell) => separate(&mut text, ' '),
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image
                | TagEnd::Superscript
                | TagEnd::Subscript,
            ) => {}
            Event::HardBreak | Event::Rule | Event::End(_) => separate(&mut text, '\n'),
            _ => {}
        }
    }
    text.truncate(text.trim_end().len());
    text
}

/// Gives every heading a unique `h-…` id from its text and collects the outline.
fn anchor_headings(events: &mut [Event<'_>]) -> Vec<Heading> {
    let mut headings = Vec::new();
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut index = 0;
    while index < events.len() {
        let Event::Start(Tag::Heading { level, .. }) = &events[index] else {
            index += 1;
            continue;
        };
        let level = *level;
        let mut text = String::new();
        let mut end = index + 1;
        while end < events.len() && !matches!(events[end], Event::End(TagEnd::Heading(_))) {
            if let Event::Text(t) | Event::Code(t) = &events[end] {
                text.push_str(t);
            }
            end += 1;
        }
        let base = format!(
            "h-{}",
            slugify(&text).unwrap_or_else(|| "section".to_owned())
        );
        let count = used.entry(base.clone()).or_insert(0);
        *count += 1;
        let anchor = if *count == 1 {
            base
        } else {
            format!("{base}-{count}")
        };
        events[index] = Event::Start(Tag::Heading {
            level,
            id: Some(CowStr::from(anchor.clone())),
            classes: Vec::new(),
            attrs: Vec::new(),
        });
        headings.push(Heading {
            level: level as u8,
            text: text.trim().to_owned(),
            anchor,
        });
        index = end;
    }
    headings
}

/// Turns `[[Title]]` and `[[Title|label]]` into links to the page, or to writing it.
/// Returns the titles linked, and those not written yet.
fn link_wiki_pages(
    events: &mut [Event<'_>],
    resolve: &dyn Fn(&str) -> WikiTarget,
) -> (Vec<String>, Vec<String>) {
    let mut titles: Vec<String> = Vec::new();
    let mut wanted: Vec<String> = Vec::new();
    // Sets beside the lists: a page may hold tens of thousands of links.
    let mut seen: HashSet<String> = HashSet::new();
    // For each open link, whether it is a wiki link (its end becomes `</a>`).
    let mut open: Vec<bool> = Vec::new();
    for event in events.iter_mut() {
        match event {
            Event::Start(Tag::Link {
                link_type: LinkType::WikiLink { .. },
                dest_url,
                ..
            }) => {
                let title = dest_url.trim().to_owned();
                let target = resolve(&title);
                if seen.insert(title.clone()) {
                    if !target.exists {
                        wanted.push(title.clone());
                    }
                    titles.push(title);
                }
                let class = if target.exists { "wiki-link" } else { "wanted" };
                *event = Event::InlineHtml(CowStr::from(format!(
                    "<a href=\"{}\" class=\"{class}\">",
                    escape_attribute(&target.href)
                )));
                open.push(true);
            }
            Event::Start(Tag::Link { .. }) => open.push(false),
            // Every link end pops its opening once, here in the guard.
            Event::End(TagEnd::Link) if open.pop() == Some(true) => {
                *event = Event::InlineHtml(CowStr::from("</a>"));
            }
            _ => {}
        }
    }
    (titles, wanted)
}

/// Numbers footnotes in order of first reference and gives them `fn-N`/`fnref-N` ids.
fn number_footnotes(events: &mut [Event<'_>]) {
    let mut numbers: HashMap<String, usize> = HashMap::new();
    let mut number_of = |label: &str| {
        let next = numbers.len() + 1;
        *numbers.entry(label.to_owned()).or_insert(next)
    };
    for event in events.iter_mut() {
        match event {
            Event::FootnoteReference(label) => {
                let n = number_of(label);
                *event = Event::InlineHtml(CowStr::from(format!(
                    "<sup class=\"footnote-reference\" id=\"fnref-{n}\"><a href=\"#fn-{n}\">{n}</a></sup>"
                )));
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let n = number_of(label);
                *event = Event::Html(CowStr::from(format!(
                    "<div class=\"footnote-definition\" id=\"fn-{n}\"><sup class=\"footnote-definition-label\"><a href=\"#fnref-{n}\">{n}</a></sup>"
                )));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                *event = Event::Html(CowStr::from("</div>\n"));
            }
            _ => {}
        }
    }
}

fn escape_attribute(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_text_keeps_the_words_and_drops_the_markup() {
        assert_eq!(
            super::plain_text(
                "# Phone seizure\n\nWhen **a pho**ne is *seized*:\n\n- call [[Legal aid]]\n- `wipe` it\n\n\
                 <script>alert(1)</script>\n\n| a | b |\n|---|---|\n| c | d |\n"
            ),
            "Phone seizure\nWhen a phone is seized:\ncall Legal aid\nwipe it\na b\nc d"
        );
    }

    use super::*;

    fn no_pages(title: &str) -> WikiTarget {
        WikiTarget {
            href: format!("/wiki/new?title={title}"),
            exists: false,
        }
    }

    fn html(markdown: &str) -> String {
        render(markdown, &no_pages).html
    }

    #[test]
    fn deeply_nested_lists_and_quotes_are_flattened_and_keep_their_words() {
        for (markdown, element) in [
            ("- ".repeat(9_500) + "deepest", "<ul>"),
            ("> ".repeat(9_500) + "deepest", "<blockquote>"),
            ("> 1. ".repeat(3_000) + "deepest", "<ol>"),
        ] {
            let html = html(&markdown);
            assert!(html.contains("deepest"), "{element}");
            let opened = html.matches(element).count();
            assert!((1..=MAX_NESTING).contains(&opened), "{element}: {opened}");
            assert_eq!(opened, html.matches(&element.replace('<', "</")).count());
        }
        // Nesting any page really has is untouched.
        let list = "- a\n  - b\n    - c\n      > d\n";
        assert_eq!(html(list).matches("<ul>").count(), 3);
        assert!(html(list).contains("<blockquote>"));
    }

    #[test]
    fn headings_get_unique_anchors_in_any_script() {
        let rendered = render("# Risk\n\n## Risk\n\n## تقييم المخاطر\n", &no_pages);
        let anchors: Vec<&str> = rendered
            .headings
            .iter()
            .map(|h| h.anchor.as_str())
            .collect();
        assert_eq!(anchors, ["h-risk", "h-risk-2", "h-تقييم-المخاطر"]);
        assert!(rendered.html.contains("<h2 id=\"h-risk-2\">Risk</h2>"));
    }

    #[test]
    fn wiki_links_point_to_pages_or_to_writing_them() {
        let resolve = |title: &str| WikiTarget {
            href: format!("/wiki/discover/{}", slugify(title).unwrap_or_default()),
            exists: title == "Threat modelling",
        };
        let rendered = render(
            "See [[Threat modelling]] and [[Device seizure|what to do]].",
            &resolve,
        );
        assert_eq!(
            rendered.html,
            "<p>See <a href=\"/wiki/discover/threat-modelling\" class=\"wiki-link\" rel=\"noopener noreferrer\">Threat modelling</a> and <a href=\"/wiki/discover/device-seizure\" class=\"wanted\" rel=\"noopener noreferrer\">what to do</a>.</p>\n"
        );
        assert_eq!(rendered.wiki_links, ["Threat modelling", "Device seizure"]);
        assert_eq!(rendered.wanted, ["Device seizure"]);
        assert_eq!(
            wiki_link_titles("See [[Threat modelling]] and [[Device seizure|what to do]]."),
            rendered.wiki_links
        );
    }

    #[test]
    fn tables_task_lists_and_footnotes_render_without_inline_styles() {
        let out = html(
            "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\nText[^n].\n\n[^n]: Note.\n",
        );
        assert!(out.contains("<th class=\"align-left\">a</th>"), "{out}");
        assert!(out.contains("<td class=\"align-right\">2</td>"), "{out}");
        assert!(
            out.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\">"),
            "{out}"
        );
        assert!(
            out.contains("<sup class=\"footnote-reference\" id=\"fnref-1\"><a href=\"#fn-1\""),
            "{out}"
        );
        assert!(
            out.contains("<div class=\"footnote-definition\" id=\"fn-1\">"),
            "{out}"
        );
        assert!(!out.contains("style="), "{out}");
    }

    #[test]
    fn raw_html_is_reduced_to_the_safe_subset() {
        assert_eq!(
            html("Press <kbd>Ctrl</kbd> <script>alert(1)</script><b onmouseover=x>b</b>"),
            "<p>Press <kbd>Ctrl</kbd> <b>b</b></p>\n"
        );
        assert_eq!(
            html("[x](javascript:alert(1))"),
            "<p><a rel=\"noopener noreferrer\">x</a></p>\n"
        );
    }
}
