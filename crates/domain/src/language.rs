//! The languages content is written in. Each page has one; search analyses a page with its
//! language's stemmer where one exists, and the page's text carries `lang` and `dir` so
//! screen readers pronounce it and right-to-left scripts lay out correctly.

use crate::error::DomainError;

/// A language a page may be written in: its BCP 47 code, its own name, and its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContentLanguage {
    /// The BCP 47 code, e.g. `es`.
    pub code: &'static str,
    /// Its name in itself, e.g. "Español" (so a reader finds their own language).
    pub name: &'static str,
    /// Whether its script runs right to left.
    pub rtl: bool,
}

const fn ltr(code: &'static str, name: &'static str) -> ContentLanguage {
    ContentLanguage {
        code,
        name,
        rtl: false,
    }
}

const fn rtl(code: &'static str, name: &'static str) -> ContentLanguage {
    ContentLanguage {
        code,
        name,
        rtl: true,
    }
}

/// The languages offered, in the order the choice lists them. Those the community works in
/// most come first.
pub const CONTENT_LANGUAGES: &[ContentLanguage] = &[
    ltr("en", "English"),
    ltr("es", "Español"),
    ltr("fr", "Français"),
    ltr("pt", "Português"),
    rtl("ar", "العربية"),
    ltr("ru", "Русский"),
    ltr("tr", "Türkçe"),
    ltr("de", "Deutsch"),
    rtl("fa", "فارسی"),
    ltr("uk", "Українська"),
    ltr("zh", "中文"),
    ltr("ja", "日本語"),
    ltr("ko", "한국어"),
    ltr("th", "ไทย"),
    ltr("my", "မြန်မာ"),
    ltr("hi", "हिन्दी"),
    rtl("ur", "اردو"),
    ltr("id", "Bahasa Indonesia"),
    ltr("vi", "Tiếng Việt"),
    ltr("sw", "Kiswahili"),
    ltr("it", "Italiano"),
    ltr("nl", "Nederlands"),
];

/// A language code as stored with a page: BCP 47 in lowercase ASCII letters, digits and
/// hyphens (`es`, `pt-br`), 2 to 35 characters. A code need not be among
/// [`CONTENT_LANGUAGES`] (a page imported in another language keeps its code), but it is
/// always a code, never free text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageCode(String);

impl LanguageCode {
    /// Checks a code.
    pub fn new(code: &str) -> Result<LanguageCode, DomainError> {
        let well_formed = (2..=35).contains(&code.len())
            && code
                .split('-')
                .all(|part| !part.is_empty() && part.len() <= 8)
            && code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && code.as_bytes()[0].is_ascii_lowercase();
        if well_formed {
            Ok(LanguageCode(code.to_owned()))
        } else {
            Err(DomainError::Invalid {
                field: "language",
                reason: "choose one of the listed languages",
                key: "unknown-language",
            })
        }
    }

    /// The code, e.g. `es`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<ContentLanguage> for LanguageCode {
    fn from(language: ContentLanguage) -> LanguageCode {
        LanguageCode(language.code.to_owned())
    }
}

impl PartialEq<str> for LanguageCode {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for LanguageCode {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// The language of pages nobody chose one for.
pub const DEFAULT_LANGUAGE: &str = "en";

/// The language with this code.
pub fn content_language(code: &str) -> Result<ContentLanguage, DomainError> {
    CONTENT_LANGUAGES
        .iter()
        .copied()
        .find(|language| language.code == code)
        .ok_or(DomainError::Invalid {
            field: "language",
            reason: "choose one of the listed languages",
            key: "unknown-language",
        })
}

/// The language's own name, or the code itself for one no longer listed.
pub fn language_name(code: &str) -> &str {
    content_language(code).map_or(code, |language| language.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_found_by_code_and_unknown_codes_refused() {
        assert_eq!(content_language("ar").map(|l| l.rtl), Ok(true));
        assert_eq!(language_name("es"), "Español");
        assert_eq!(language_name("xx"), "xx");
        assert!(content_language("EN").is_err());
        let mut codes: Vec<_> = CONTENT_LANGUAGES.iter().map(|l| l.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), CONTENT_LANGUAGES.len(), "codes are unique");
        for language in CONTENT_LANGUAGES {
            assert_eq!(
                LanguageCode::from(*language),
                LanguageCode::new(language.code).unwrap()
            );
        }
        assert!(LanguageCode::new("pt-br").is_ok());
        for bad in ["", "e", "EN", "en_GB", "-en", "en--gb", "français", "en gb"] {
            assert!(LanguageCode::new(bad).is_err(), "{bad:?}");
        }
    }
}
