//! Expanding a word the index does not hold: its most frequent completions (prefixes) and close spellings (typos).

use super::*;

/// The most words a prefix or a misspelling stands for: the most frequent ones.
pub(crate) const EXPANSIONS: usize = 50;

/// Words of `field` starting with `start`: the [`EXPANSIONS`] found in most documents.
pub(crate) fn completions(
    searcher: &Searcher,
    field: Field,
    start: &str,
) -> Result<Vec<String>, SearchError> {
    let mut found: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted
            .terms()
            .range()
            .ge(start.as_bytes())
            .into_stream()?;
        while stream.advance() {
            let key = stream.key();
            if !key.starts_with(start.as_bytes()) {
                break;
            }
            if let Ok(word) = std::str::from_utf8(key) {
                *found.entry(word.to_owned()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    Ok(most_frequent(found))
}

/// Words of `field` at most `distance` edits (a swap of neighbours is one) from `word` and
/// starting with its first letter: the [`EXPANSIONS`] found in most documents. A Levenshtein
/// automaton walks only the part of the term dictionary under that letter. People rarely
/// mistype the first letter, and without it the walk visits most of a many-language
/// dictionary's first branches: it cost four times a correctly spelt search.
pub(crate) fn close_spellings(
    searcher: &Searcher,
    field: Field,
    word: &str,
    distance: u8,
) -> Result<Vec<String>, SearchError> {
    let Some(first) = word.chars().next() else {
        return Ok(Vec::new());
    };
    let start = &word.as_bytes()[..first.len_utf8()];
    // No byte of UTF-8 text is 0xFF: every word starting with `start` sorts before this.
    let end = [start, &[0xFF]].concat();
    let automaton =
        FuzzyTermQuery::new(Term::from_field_text(field, word), distance, true).automaton()?;
    let mut found: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted
            .terms()
            .search(&automaton)
            .ge(start)
            .lt(&end)
            .into_stream()?;
        while stream.advance() {
            if let Ok(close) = std::str::from_utf8(stream.key()) {
                *found.entry(close.to_owned()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    Ok(most_frequent(found))
}

/// The [`EXPANSIONS`] words found in most documents.
pub(crate) fn most_frequent(found: HashMap<String, u64>) -> Vec<String> {
    let mut words: Vec<(String, u64)> = found.into_iter().collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    words.truncate(EXPANSIONS);
    words.into_iter().map(|(word, _)| word).collect()
}
