//! Slugs: readable, stable URL parts in any script ("تقييم-المخاطر", "оценка-рисков").

use unicode_normalization::UnicodeNormalization;

/// The longest slug, in characters.
pub const MAX_CHARS: usize = 80;

/// A slug for `title`: NFC, lowercased, letters, marks and digits of any script kept, every
/// other run of characters one hyphen. `None` when nothing usable remains (e.g. "???").
pub fn slugify(title: &str) -> Option<String> {
    let slug: String = untruncated(title).chars().take(MAX_CHARS).collect();
    let slug = slug.trim_end_matches('-').to_owned();
    (!slug.is_empty()).then_some(slug)
}

/// Whether two titles name the same page: the same slug, before it is cut to [`MAX_CHARS`]
/// ("Phone hygiene" and "Phone  hygiene!" do; two long titles that differ late do not).
pub fn same_title(one: &str, other: &str) -> bool {
    untruncated(one) == untruncated(other)
}

fn untruncated(title: &str) -> String {
    let mut slug = String::new();
    let mut pending_hyphen = false;
    for c in title.nfc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || is_mark(c) {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c);
        } else {
            pending_hyphen = true;
        }
    }
    slug
}

/// Whether `c` is a combining mark (Arabic harakat, Devanagari vowel signs…), which belongs to
/// the letter before it.
fn is_mark(c: char) -> bool {
    // General categories Mn, Mc, Me: combining marks live in these blocks; `char` has no
    // category query in std, so test the decomposition-stable property instead.
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_every_script_and_drop_punctuation() {
        assert_eq!(
            slugify("Risk assessment: a guide").as_deref(),
            Some("risk-assessment-a-guide")
        );
        assert_eq!(slugify("تقييم المخاطر").as_deref(), Some("تقييم-المخاطر"));
        assert_eq!(slugify("Оценка рисков").as_deref(), Some("оценка-рисков"));
        assert_eq!(slugify("  --Über   Tor!  ").as_deref(), Some("über-tor"));
        assert_eq!(slugify("Cafe\u{301}").as_deref(), Some("café"), "NFC");
        assert_eq!(slugify("مُنَظَّمَة").as_deref(), Some("مُنَظَّمَة"), "harakat stay");
        assert_eq!(slugify("???"), None);
        assert_eq!(
            slugify(&"a".repeat(200)).map(|s| s.chars().count()),
            Some(MAX_CHARS)
        );
    }
}
