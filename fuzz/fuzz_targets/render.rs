//! Markdown → sanitised HTML must never panic, must be a fixed point of the sanitiser, and
//! must never hold a script, an event handler or a `javascript:` URL inside a tag.
#![no_main]

use braid_text::markdown::{WikiTarget, render};
use braid_text::sanitise::clean;
use libfuzzer_sys::fuzz_target;

/// Checks every tag of serialised, sanitised HTML: the serialiser escapes `<` in text and
/// double-quotes every attribute value, so tags and attributes can be read off directly.
fn assert_inert(html: &str) {
    for rest in html.split('<').skip(1) {
        let tag = rest.split('>').next().unwrap_or("");
        let name: String = tag.chars().take_while(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        assert!(!matches!(name.as_str(), "script" | "svg" | "math" | "style" | "iframe" | "object" | "embed"), "<{tag}>");
        let mut attributes = &tag[name.len()..];
        while let Some(eq) = attributes.find('=') {
            let attribute = attributes[..eq].trim().to_ascii_lowercase();
            assert!(!attribute.starts_with("on") && attribute != "style", "<{tag}>");
            let after = &attributes[eq + 1..];
            assert!(after.starts_with('"'), "unquoted value in <{tag}>");
            let close = after[1..].find('"').map_or(after.len(), |i| i + 1);
            let value: String = after[1..close].chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
            assert!(!value.starts_with("javascript:") && !value.starts_with("vbscript:") && !value.starts_with("data:"), "<{tag}>");
            attributes = after.get(close + 1..).unwrap_or("");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(markdown) = std::str::from_utf8(data) else {
        return;
    };
    let rendered = render(markdown, &|title| WikiTarget {
        href: format!("/wiki/x/{}", title.len()),
        exists: title.len() % 2 == 0,
    });
    assert_eq!(clean(&rendered.html), rendered.html, "not a fixed point");
    assert_inert(&rendered.html);
    assert_inert(&clean(markdown));
});
