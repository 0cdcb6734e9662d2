#![forbid(unsafe_code)]
//! Interface strings with Fluent: one bundle per language, English complete and the fallback
//! for anything a translation lacks; the language comes from the reader's choice (kept with a
//! member's account, and in a cookie for anyone), then `Accept-Language`, then the hub's
//! default. Numbers and dates are written as each language writes them.

use std::borrow::Cow;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The embedded `.ftl` files, one folder per language.
#[derive(rust_embed::Embed)]
#[folder = "locales/"]
struct LocaleFiles;

/// The language every message must exist in.
pub const FALLBACK: &str = "en";

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Persian, Hebrew, Urdu, …).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    fn of(language: &LanguageIdentifier) -> Direction {
        const RTL: &[&str] = &[
            "ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi",
        ];
        if RTL.contains(&language.language.as_str()) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }
}

/// How a language writes whole numbers: its digits and the mark between groups of three.
/// Each language folder says so in three Fluent terms (English's way when it does not):
///
/// ```ftl
/// -numerals-digits = ۰۱۲۳۴۵۶۷۸۹
/// -numerals-group = ٬
/// -numerals-grouped-from = 4
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Numerals {
    digits: [char; 10],
    group: char,
    /// The fewest digits a number has before it is grouped (CLDR's minimum grouping digits
    /// plus three): Spanish writes 1000 but 10.000.
    grouped_from: usize,
}

impl Default for Numerals {
    fn default() -> Numerals {
        Numerals {
            digits: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
            group: ',',
            grouped_from: 4,
        }
    }
}

impl Numerals {
    /// The numerals the folder of language `tag` declares.
    fn of(tag: &str) -> Numerals {
        let mut numerals = Numerals::default();
        for (name, value) in terms(tag) {
            match name.as_str() {
                "numerals-digits" => {
                    let digits: Vec<char> = value.chars().collect();
                    if let Ok(digits) = digits.try_into() {
                        numerals.digits = digits;
                    }
                }
                "numerals-group" => {
                    if let Some(group) = value.chars().next() {
                        numerals.group = group;
                    }
                }
                "numerals-grouped-from" => {
                    if let Ok(from) = value.trim().parse() {
                        numerals.grouped_from = from;
                    }
                }
                _ => {}
            }
        }
        numerals
    }

    /// `plain` (ASCII digits, maybe a sign and a fraction) in these numerals; `grouped`
    /// separates thousands (not in years or times).
    fn write(&self, plain: &str, grouped: bool) -> String {
        let (whole, fraction) = plain.split_once('.').unwrap_or((plain, ""));
        let (sign, whole) = whole.strip_prefix('-').map_or(("", whole), |w| ("-", w));
        let digit = |c: char| c.to_digit(10).map_or(c, |d| self.digits[d as usize]);
        let mut out = String::with_capacity(plain.len() * 2);
        out.push_str(sign);
        let group = grouped && whole.len() >= self.grouped_from;
        for (n, c) in whole.chars().enumerate() {
            if group && n > 0 && (whole.len() - n) % 3 == 0 {
                out.push(self.group);
            }
            out.push(digit(c));
        }
        if !fraction.is_empty() {
            // The decimal mark is not needed yet: the interface shows whole numbers.
            out.push('.');
            out.extend(fraction.chars().map(digit));
        }
        out
    }
}

/// Fluent keeps one per bundle, built on first use from the bundle's language.
impl intl_memoizer::Memoizable for Numerals {
    type Args = ();
    type Error = ();

    fn construct(language: LanguageIdentifier, _: ()) -> Result<Numerals, ()> {
        Ok(Numerals::of(&language.to_string()))
    }
}

/// Fluent's number formatter: a number placed in a message, in its language's numerals.
fn format_number(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(number) => memoizer
            .with_try_get::<Numerals, _, _>((), |numerals| {
                numerals.write(&number.as_string(), true)
            })
            .ok(),
        _ => None,
    }
}

/// The terms (`-name = value`, plain text) of language `tag`'s files.
fn terms(tag: &str) -> Vec<(String, String)> {
    let prefix = format!("{tag}/");
    let mut found = Vec::new();
    for path in LocaleFiles::iter().filter(|p| p.starts_with(&prefix)) {
        let Some(file) = LocaleFiles::get(&path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&file.data).into_owned();
        let Ok(resource) = fluent_syntax::parser::parse(text.as_str()) else {
            continue;
        };
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Term(term) = entry {
                let value: String = term
                    .value
                    .elements
                    .iter()
                    .filter_map(|element| match element {
                        fluent_syntax::ast::PatternElement::TextElement { value } => Some(*value),
                        _ => None,
                    })
                    .collect();
                found.push((term.id.name.to_owned(), value));
            }
        }
    }
    found
}

struct Locale {
    id: LanguageIdentifier,
    tag: String,
    native_name: String,
    direction: Direction,
    numerals: Numerals,
    bundle: FluentBundle<FluentResource>,
}

/// Every interface language this build ships.
pub struct Locales {
    locales: Vec<Locale>,
    fallback: usize,
    default: usize,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.locales.iter().map(|l| &l.tag))
            .finish()
    }
}

/// Why the locales could not be loaded: a bug in a shipped `.ftl` file or a bad setting.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct LocaleError(String);

impl Locales {
    /// Loads the embedded languages; `default_language` is used when a reader asks for none
    /// we have.
    pub fn load(default_language: &str) -> Result<Locales, LocaleError> {
        let mut tags: Vec<String> = LocaleFiles::iter()
            .filter_map(|path| path.split_once('/').map(|(tag, _)| tag.to_owned()))
            .collect();
        tags.sort();
        tags.dedup();
        let mut locales = Vec::new();
        for tag in tags {
            let id: LanguageIdentifier = tag
                .parse()
                .map_err(|_| LocaleError(format!("locale folder {tag:?} is not a language tag")))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            // Values are escaped by the templates; bidi isolation marks would end up inside
            // attributes and URLs, so isolation is done in markup (`<bdi>`, `dir=auto`).
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format_number));
            let prefix = format!("{tag}/");
            let mut files: Vec<_> = LocaleFiles::iter()
                .filter(|p| p.starts_with(&prefix))
                .collect();
            files.sort();
            for path in files {
                let file = LocaleFiles::get(&path)
                    .ok_or_else(|| LocaleError(format!("{path} vanished")))?;
                let text = String::from_utf8(file.data.into_owned())
                    .map_err(|_| LocaleError(format!("{path} is not UTF-8")))?;
                let resource = FluentResource::try_new(text)
                    .map_err(|(_, errors)| LocaleError(format!("{path}: {errors:?}")))?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| LocaleError(format!("{path}: {errors:?}")))?;
            }
            let native_name =
                format_message(&bundle, "language-name", None).unwrap_or_else(|| tag.clone());
            let direction = Direction::of(&id);
            let numerals = Numerals::of(&tag);
            locales.push(Locale {
                id,
                tag,
                native_name,
                direction,
                numerals,
                bundle,
            });
        }
        let fallback = locales
            .iter()
            .position(|l| l.tag == FALLBACK)
            .ok_or_else(|| LocaleError("the English locale is missing".to_owned()))?;
        let default = locales.iter().position(|l| l.tag == default_language).ok_or_else(|| {
            LocaleError(format!(
                "default_language {default_language:?} is not one of the interface languages ({})",
                locales.iter().map(|l| l.tag.as_str()).collect::<Vec<_>>().join(", ")
            ))
        })?;
        Ok(Locales {
            locales,
            fallback,
            default,
        })
    }

    /// The language tags available, e.g. `["ar", "en"]`, with their native names.
    pub fn available(&self) -> Vec<(String, String)> {
        self.locales
            .iter()
            .map(|l| (l.tag.clone(), l.native_name.clone()))
            .collect()
    }

    /// Whether `tag` is an interface language.
    pub fn has(&self, tag: &str) -> bool {
        self.locales.iter().any(|l| l.tag == tag)
    }

    /// Picks the language for a request: the reader's explicit choice if we have it, else the
    /// best match for `Accept-Language`, else the default.
    pub fn negotiate(
        self: &Arc<Self>,
        chosen: Option<&str>,
        accept_language: Option<&str>,
    ) -> Translator {
        if let Some(index) = chosen.and_then(|tag| self.locales.iter().position(|l| l.tag == tag)) {
            return Translator {
                locales: Arc::clone(self),
                index,
            };
        }
        let requested = accept_language
            .map(accepted_languages::parse)
            .unwrap_or_default();
        let available: Vec<LanguageIdentifier> =
            self.locales.iter().map(|l| l.id.clone()).collect();
        let default = &self.locales[self.default].id;
        let index = negotiate_languages(
            &requested,
            &available,
            Some(default),
            NegotiationStrategy::Filtering,
        )
        .first()
        .and_then(|best| self.locales.iter().position(|l| &l.id == *best))
        .unwrap_or(self.default);
        Translator {
            locales: Arc::clone(self),
            index,
        }
    }

    /// Every message id shipped for a language, for tests that check completeness.
    pub fn message_ids(tag: &str) -> Vec<String> {
        let prefix = format!("{tag}/");
        let mut ids = Vec::new();
        for path in LocaleFiles::iter().filter(|p| p.starts_with(&prefix)) {
            if let Some(file) = LocaleFiles::get(&path) {
                let text = String::from_utf8_lossy(&file.data).into_owned();
                if let Ok(resource) = FluentResource::try_new(text) {
                    for entry in resource.entries() {
                        if let fluent_syntax::ast::Entry::Message(message) = entry {
                            ids.push(message.id.name.to_owned());
                        }
                    }
                }
            }
        }
        ids.sort();
        ids
    }
}

fn format_message(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!(message.id = id, ?errors, "interface string has errors");
    }
    Some(text.into_owned())
}

/// The interface strings of one request's language.
#[derive(Clone)]
pub struct Translator {
    locales: Arc<Locales>,
    index: usize,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl Translator {
    /// The language tag, for `<html lang>`.
    pub fn tag(&self) -> &str {
        &self.locales.locales[self.index].tag
    }

    /// The writing direction, for `<html dir>`.
    pub fn direction(&self) -> Direction {
        self.locales.locales[self.index].direction
    }

    /// A count or other whole number as this language writes it (`1,234`, `۱٬۲۳۴`).
    pub fn number(&self, value: i64) -> String {
        self.locale().numerals.write(&value.to_string(), true)
    }

    /// A date and time in UTC as this language writes it, e.g. `5 December 2026, 15:19 UTC`:
    /// `month` counts from 1.
    pub fn date_time(&self, year: i64, month: u32, day: u32, hour: u32, minute: u32) -> String {
        let numerals = &self.locale().numerals;
        let digits = |value: String| numerals.write(&value, false);
        let args = [
            ("day", digits(day.to_string())),
            ("month", self.t(&format!("month-{month}"))),
            ("year", digits(year.to_string())),
            ("time", digits(format!("{hour:02}:{minute:02}"))),
        ];
        self.try_t("date-time", &args).unwrap_or_default()
    }

    fn locale(&self) -> &Locale {
        &self.locales.locales[self.index]
    }

    /// The message `id`, falling back to English, then to the id itself.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with one numeric argument (plural forms pick on it).
    /// (Templates pass arguments by reference, hence `Borrow`.)
    pub fn t_num(&self, id: &str, name: &str, value: impl std::borrow::Borrow<i64>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), FluentValue::from(*value.borrow()));
        self.format(id, Some(&args))
    }

    /// The message `id` with one text argument.
    pub fn t_str(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), FluentValue::from(value.to_owned()));
        self.format(id, Some(&args))
    }

    /// The message `id` with text arguments, or `None` when no language has it.
    pub fn try_t(&self, id: &str, args: &[(&str, String)]) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(name.to_string(), FluentValue::from(value.clone()));
        }
        let locales = &self.locales.locales;
        format_message(&locales[self.index].bundle, id, Some(&fluent_args)).or_else(|| {
            format_message(
                &locales[self.locales.fallback].bundle,
                id,
                Some(&fluent_args),
            )
        })
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let locales = &self.locales.locales;
        format_message(&locales[self.index].bundle, id, args)
            .or_else(|| format_message(&locales[self.locales.fallback].bundle, id, args))
            .map(Cow::Owned)
            .unwrap_or_else(|| {
                tracing::warn!(message.id = id, "missing interface string");
                Cow::Borrowed(id)
            })
            .into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translator(tag: &str) -> Translator {
        Arc::new(Locales::load("en").unwrap()).negotiate(Some(tag), None)
    }

    #[test]
    fn numbers_are_written_with_each_language_s_digits_and_groups() {
        assert_eq!(translator("en").number(1234567), "1,234,567");
        assert_eq!(translator("en").number(-1234), "-1,234");
        assert_eq!(translator("en").number(999), "999");
        assert_eq!(translator("ar").number(2026), "٢٬٠٢٦");
        // Spanish groups from five digits.
        assert_eq!(translator("es").number(1000), "1000");
        assert_eq!(translator("es").number(10000), "10.000");
        assert_eq!(translator("fa").number(12345), "۱۲٬۳۴۵");
        assert_eq!(Numerals::of("fa").write("2026", false), "۲۰۲۶");
        // A language whose folder declares no numerals writes numbers as English does.
        assert_eq!(Numerals::of("xx").write("12345", true), "12,345");
    }

    #[test]
    fn counts_inside_messages_use_the_language_s_digits() {
        let arabic = translator("ar");
        assert_eq!(arabic.t_num("search-result-count", "count", 3), "٣ نتائج.");
        assert_eq!(
            translator("en").t_num("search-result-count", "count", 1200),
            "1,200 results."
        );
    }

    #[test]
    fn a_date_is_written_in_the_reader_s_language_without_grouping_the_year() {
        assert_eq!(
            translator("en").date_time(2026, 12, 5, 9, 7),
            "5 December 2026, 09:07 UTC"
        );
        assert_eq!(
            translator("ar").date_time(2026, 1, 15, 14, 30),
            "١٥ يناير ٢٠٢٦، ١٤:٣٠ (UTC)"
        );
    }
}
