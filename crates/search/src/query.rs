//! What a reader types, understood: words (all must match), `"a phrase"`, `prefix*` and
//! `-excluded` words. Nothing a reader types is an error: an unclosed quote runs to the end,
//! and stray operators are words or nothing.

/// One part of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Clause {
    /// A word that must match, in any inflection of a document's language.
    Word(String),
    /// Words that must match next to each other, in this order.
    Phrase(String),
    /// The start of a word.
    Prefix(String),
    /// A word that must not match.
    Excluded(String),
}

/// The shortest prefix searched as a prefix: shorter ones match too much to be useful.
const SHORTEST_PREFIX: usize = 2;

/// The parts of `query`, in order.
pub(crate) fn parse(query: &str) -> Vec<Clause> {
    let mut clauses = Vec::new();
    let mut rest = query.trim();
    while !rest.is_empty() {
        if let Some(quoted) = rest.strip_prefix('"') {
            let (phrase, after) = quoted.split_once('"').unwrap_or((quoted, ""));
            if !phrase.trim().is_empty() {
                clauses.push(Clause::Phrase(phrase.trim().to_owned()));
            }
            rest = after.trim_start();
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(rest.len());
        let (word, after) = rest.split_at(end);
        rest = after.trim_start();
        if let Some(excluded) = word.strip_prefix('-').filter(|w| !w.is_empty()) {
            clauses.push(Clause::Excluded(excluded.to_owned()));
        } else if let Some(prefix) = word
            .strip_suffix('*')
            .map(|w| w.trim_end_matches('*'))
            .filter(|w| w.chars().count() >= SHORTEST_PREFIX)
        {
            clauses.push(Clause::Prefix(prefix.to_owned()));
        } else {
            let word = word.trim_matches(|c| c == '*' || c == '-');
            if !word.is_empty() {
                clauses.push(Clause::Word(word.to_owned()));
            }
        }
    }
    clauses
}

#[cfg(test)]
mod tests {
    use super::Clause::*;
    use super::*;

    #[test]
    fn words_phrases_prefixes_and_exclusions() {
        assert_eq!(
            parse(r#"phone "border crossing" secur* -android"#),
            [
                Word("phone".into()),
                Phrase("border crossing".into()),
                Prefix("secur".into()),
                Excluded("android".into()),
            ]
        );
        assert_eq!(
            parse(r#""unclosed phrase"#),
            [Phrase("unclosed phrase".into())]
        );
        assert_eq!(
            parse("a* - * \"\" --"),
            [Word("a".into()), Excluded("-".into())]
        );
        assert_eq!(parse("e-mail"), [Word("e-mail".into())]);
        assert!(parse("   ").is_empty());
    }
}
