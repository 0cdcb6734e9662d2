//! The shipped `.ftl` files against English: the same messages, the same placeables, and
//! every plural form each language needs (CLDR's cardinal categories for whole numbers).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Message, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

/// The plural categories but `other`: a selection with one of these as a key chooses by
/// number (`other` alone may end a selection on a word).
const PLURAL_KEYS: [&str; 5] = ["zero", "one", "two", "few", "many"];

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Every language folder, English first.
fn languages() -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort_by_key(|tag| (tag != "en", tag.clone()));
    tags
}

/// A language's messages by id, with whether a `# unreviewed` comment marks each.
fn messages(tag: &str) -> BTreeMap<String, (Message<String>, bool)> {
    let mut found = BTreeMap::new();
    let folder = locales_dir().join(tag);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let unreviewed = message
                    .comment
                    .as_ref()
                    .is_some_and(|c| c.content.iter().any(|line| line.trim() == "unreviewed"));
                let id = message.id.name.clone();
                assert!(
                    found.insert(id.clone(), (message, unreviewed)).is_none(),
                    "{tag}: {id} twice"
                );
            }
        }
    }
    found
}

/// The variables a pattern uses, and the plural selections in it (the variable selected on
/// and the variant keys).
#[derive(Default)]
struct Uses {
    variables: BTreeSet<String>,
    plurals: Vec<(String, BTreeSet<String>)>,
}

fn walk_pattern(pattern: &Pattern<String>, uses: &mut Uses) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, uses);
        }
    }
}

fn walk_expression(expression: &Expression<String>, uses: &mut Uses) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, uses),
        Expression::Select { selector, variants } => {
            walk_inline(selector, uses);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|variant| match &variant.key {
                    VariantKey::Identifier { name } => name.clone(),
                    VariantKey::NumberLiteral { value } => value.clone(),
                })
                .collect();
            if let InlineExpression::VariableReference { id } = selector
                && keys.iter().any(|key| PLURAL_KEYS.contains(&key.as_str()))
            {
                uses.plurals.push((id.name.clone(), keys));
            }
            for variant in variants {
                walk_pattern(&variant.value, uses);
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<String>, uses: &mut Uses) {
    match inline {
        InlineExpression::VariableReference { id } => {
            uses.variables.insert(id.name.clone());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, uses),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, uses);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, uses);
            }
        }
        _ => {}
    }
}

fn uses(message: &Message<String>) -> Uses {
    let mut uses = Uses::default();
    if let Some(value) = &message.value {
        walk_pattern(value, &mut uses);
    }
    for attribute in &message.attributes {
        walk_pattern(&attribute.value, &mut uses);
    }
    uses
}

/// The plural categories whole numbers fall into in `tag`, by CLDR's rules.
fn plural_categories(tag: &str) -> BTreeSet<&'static str> {
    let rules = PluralRules::create(
        tag.parse::<unic_langid::LanguageIdentifier>().unwrap(),
        PluralRuleType::CARDINAL,
    )
    .unwrap();
    let samples = (0..=1_000u64).chain((4..=9).map(|power| 10u64.pow(power)));
    samples
        .map(|n| match rules.select(n).unwrap() {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

#[test]
fn seven_interface_languages_ship() {
    let shipped = languages();
    for tag in ["en", "es", "fr", "pt", "ru", "ar", "fa"] {
        assert!(shipped.iter().any(|t| t == tag), "{tag} is not shipped");
    }
}

#[test]
fn every_language_has_every_message_and_invents_none() {
    let english = messages("en");
    for tag in languages() {
        let translated = messages(&tag);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        let extra: Vec<_> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(extra.is_empty(), "{tag} has ids English lacks: {extra:?}");
        for (id, (message, _)) in &english {
            let theirs = &translated[id].0;
            assert_eq!(
                message.value.is_some(),
                theirs.value.is_some(),
                "{tag} {id}: a value where English has none, or none where it has one"
            );
            let names = |m: &Message<String>| {
                m.attributes
                    .iter()
                    .map(|a| a.id.name.clone())
                    .collect::<BTreeSet<_>>()
            };
            assert_eq!(names(message), names(theirs), "{tag} {id}: attributes");
        }
    }
}

#[test]
fn no_placeable_is_lost_or_added() {
    let english = messages("en");
    for tag in languages() {
        for (id, (message, _)) in messages(&tag) {
            let Some((original, _)) = english.get(&id) else {
                continue;
            };
            assert_eq!(
                uses(original).variables,
                uses(&message).variables,
                "{tag} {id}: the placeables differ from English"
            );
        }
    }
}

#[test]
fn every_plural_has_each_form_its_language_needs() {
    let english = messages("en");
    let mut faults = Vec::new();
    for tag in languages() {
        let needed = plural_categories(&tag);
        for (id, (message, _)) in messages(&tag) {
            let translated = uses(&message);
            let plural_in_english = english
                .get(&id)
                .is_some_and(|(original, _)| !uses(original).plurals.is_empty());
            if plural_in_english && translated.plurals.is_empty() {
                faults.push(format!(
                    "{tag} {id}: English chooses by number, this does not"
                ));
            }
            for (variable, keys) in &translated.plurals {
                // `[0]` is what the category `zero` holds, where a language has it.
                let has = |category: &str| {
                    keys.contains(category) || (category == "zero" && keys.contains("0"))
                };
                let lacking: Vec<_> = needed.iter().filter(|category| !has(category)).collect();
                if !lacking.is_empty() {
                    faults.push(format!(
                        "{tag} {id}: ${variable} needs the forms {lacking:?} (has {keys:?})"
                    ));
                }
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn unreviewed_marks_sit_only_on_translations() {
    for (id, (_, unreviewed)) in messages("en") {
        assert!(
            !unreviewed,
            "English is the source: {id} cannot await review"
        );
    }
    for tag in languages() {
        let marked = messages(&tag).values().filter(|(_, u)| *u).count();
        // The figure the closing notes quote; `--nocapture` prints it.
        println!("{tag}: {marked} messages await a fluent speaker's review");
    }
}

#[test]
fn every_language_says_how_it_writes_numbers() {
    for tag in languages() {
        let text = std::fs::read_to_string(locales_dir().join(&tag).join("main.ftl")).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        let mut terms = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Term(term) = entry {
                let value: String = term
                    .value
                    .elements
                    .iter()
                    .filter_map(|element| match element {
                        PatternElement::TextElement { value } => Some(*value),
                        _ => None,
                    })
                    .collect();
                terms.insert(term.id.name.to_owned(), value);
            }
        }
        let digits = terms.get("numerals-digits").map(|d| d.chars().count());
        assert_eq!(digits, Some(10), "{tag}: -numerals-digits needs ten digits");
        assert_eq!(
            terms.get("numerals-group").map(|g| g.chars().count()),
            Some(1),
            "{tag}: -numerals-group is one mark"
        );
        assert!(
            terms
                .get("numerals-grouped-from")
                .is_some_and(|n| n.parse::<usize>().is_ok()),
            "{tag}: -numerals-grouped-from is a number"
        );
    }
}
