//! Snippets: the passage of a hit that holds the most of the query's words, highlighted.

use super::*;

/// Highlighted passages. The index keeps where each word of a document is (for phrases), so
/// the query's words are found there, in each hit's language, inflected forms included: the
/// text itself is only split into words, never analysed again.
pub(crate) struct Snippets {
    words: Vec<String>,
    pub(crate) analysers: Analysers,
    /// Per language, the terms to look for: the words' (in order), then the expansions'.
    located: HashMap<String, Located>,
    /// The postings read so far, by term and segment (`None`: the segment lacks the term).
    postings: HashMap<Term, Vec<(SegmentOrdinal, Option<SegmentPostings>)>>,
    /// Where the query's words are in the document at hand (reused from hit to hit).
    matches: Vec<(usize, usize)>,
}

/// The terms a query's words are indexed as in the body fields, each with the number of the
/// word it stands for.
pub(crate) struct Located {
    words: Vec<(Term, usize)>,
    /// What the query's prefixes and misspellings stood for, most frequent first.
    expansions: Vec<(Term, usize)>,
}

impl Snippets {
    pub(crate) fn new(clauses: &[Clause], analysers: Analysers) -> Snippets {
        let words = clauses
            .iter()
            .filter_map(|clause| match clause {
                Clause::Word(text) | Clause::Phrase(text) => Some(text.clone()),
                Clause::Prefix(_) | Clause::Excluded(_) => None,
            })
            .collect();
        Snippets {
            words,
            analysers,
            located: HashMap::new(),
            postings: HashMap::new(),
            matches: Vec::new(),
        }
    }

    /// The best passage of the document at `address` (whose text is `body`, with `marks`) as
    /// HTML: where most of the query's words come together, or else the page's opening.
    pub(crate) fn html(
        &mut self,
        searcher: &Searcher,
        fields: &Fields,
        address: DocAddress,
        language: &str,
        body: &str,
        marks: &[u8],
    ) -> Result<String, SearchError> {
        if !self.located.contains_key(language) {
            let located = self.locate(fields, language);
            self.located.insert(language.to_owned(), located);
        }
        let located = &self.located[language];
        let (few, rest) = located
            .expansions
            .split_at(located.expansions.len().min(EXPANSIONS_LOCATED));
        let matches = &mut self.matches;
        positions(
            searcher,
            &mut self.postings,
            address,
            located.words.iter().chain(few),
            matches,
        )?;
        // The less frequent expansions only for a page none of the others is in (it matched
        // one of them, or only in its title).
        if matches.is_empty() {
            positions(searcher, &mut self.postings, address, rest.iter(), matches)?;
        }
        Ok(passage(body, marks, matches).unwrap_or_else(|| opening(body)))
    }

    fn locate(&mut self, fields: &Fields, language: &str) -> Located {
        let mut words = Vec::new();
        let mut stemmed = fields
            .stemmed
            .iter()
            .zip(self.analysers.stemmed.iter_mut())
            .find(|((code, _, _), _)| *code == language);
        let mut number = 0;
        for text in &self.words {
            let neutral = terms(&mut self.analysers.neutral, text);
            for (at, word) in neutral.iter().enumerate() {
                words.push((
                    Term::from_field_text(fields.body_neutral, word),
                    number + at,
                ));
            }
            let mut count = neutral.len();
            if let Some(((_, _, body), (_, analyser))) = stemmed.as_mut() {
                let stems = terms(analyser, text);
                for (at, stem) in stems.iter().enumerate() {
                    words.push((Term::from_field_text(*body, stem), number + at));
                }
                count = count.max(stems.len());
            }
            number += count;
        }
        let expansions = self
            .analysers
            .expanded
            .iter()
            .enumerate()
            .map(|(at, word)| {
                (
                    Term::from_field_text(fields.body_neutral, word),
                    number + at,
                )
            })
            .collect();
        Located { words, expansions }
    }
}

/// Where `terms` occur in the document at `address`, into `found`: (position, number of the
/// word), in order of position, each once. Positions count tokens, as [`analysis::Spans`]
/// does. Postings lists are kept in `read` for the next document, which must not come before
/// this one in its segment.
pub(crate) fn positions<'a>(
    searcher: &Searcher,
    read: &mut HashMap<Term, Vec<(SegmentOrdinal, Option<SegmentPostings>)>>,
    address: DocAddress,
    terms: impl Iterator<Item = &'a (Term, usize)>,
    found: &mut Vec<(usize, usize)>,
) -> Result<(), SearchError> {
    let segment = searcher.segment_reader(address.segment_ord);
    found.clear();
    let mut positions = Vec::new();
    for (term, word) in terms {
        // Looked up by reference: a term is copied only when first read.
        if !read.contains_key(term) {
            read.insert(term.clone(), Vec::new());
        }
        let Some(per_segment) = read.get_mut(term) else {
            continue;
        };
        let at = match per_segment
            .iter()
            .position(|(ordinal, _)| *ordinal == address.segment_ord)
        {
            Some(at) => at,
            None => {
                let postings = segment
                    .inverted_index(term.field())?
                    .read_postings(term, IndexRecordOption::WithFreqsAndPositions)?;
                per_segment.push((address.segment_ord, postings));
                per_segment.len() - 1
            }
        };
        // A postings list may only seek forward.
        if let (_, Some(postings)) = &mut per_segment[at]
            && postings.doc() <= address.doc_id
            && postings.seek(address.doc_id) == address.doc_id
        {
            positions.clear();
            postings.positions(&mut positions);
            found.extend(
                positions
                    .iter()
                    .filter_map(|&position| Some((usize::try_from(position).ok()?, *word))),
            );
        }
    }
    // Each term's positions come in order: the stable sort finds those runs and merges them,
    // in a fraction of the comparisons an unstable sort makes. A word's neutral and stemmed
    // terms are often at the same positions.
    found.sort();
    found.dedup();
    Ok(())
}

/// The most expansions looked for in every hit; the rest only where none of these is.
pub(crate) const EXPANSIONS_LOCATED: usize = 5;

/// How many tokens a passage is taken to hold when choosing one (a snippet of Latin text
/// holds about 30 words).
pub(crate) const PASSAGE_TOKENS: usize = 24;

/// The most matches considered as a passage's start: a word on every line of a long page
/// needs no more to find a good passage.
pub(crate) const PASSAGE_CANDIDATES: usize = 64;

/// At most this many characters of context come before a passage's first match.
pub(crate) const PASSAGE_LEAD: usize = 60;

/// The passage of `body` holding the most different words of the query (the first such),
/// as HTML with the matches in `<b>` and "…" where text is left out. `matches` are
/// (position, word number) in order; `marks` are the body's ([`analysis::marks`]). `None`
/// without matches, or if the text does not hold the tokens the index has (it always does,
/// as the same text was indexed).
pub(crate) fn passage(body: &str, marks: &[u8], matches: &[(usize, usize)]) -> Option<String> {
    let mut best: Option<(u32, usize)> = None;
    for (at, &(position, _)) in matches.iter().enumerate().take(PASSAGE_CANDIDATES) {
        let words = matches[at..]
            .iter()
            .take_while(|(other, _)| *other < position.saturating_add(PASSAGE_TOKENS))
            .fold(0_u64, |words, (_, word)| words | 1 << (word % 64));
        if best.is_none_or(|(most, _)| words.count_ones() > most) {
            best = Some((words.count_ones(), position));
        }
    }
    let (_, first) = best?;
    // One pass over the tokens up to the passage's end, from the last mark before any token
    // that can start in its lead (they start at different characters, so no more than
    // PASSAGE_LEAD do): the matches' byte ranges, and the passage's bounds once its first
    // match is reached.
    let (mark, offset) = analysis::mark_before(body, marks, first.saturating_sub(PASSAGE_LEAD));
    let mut highlighted: Vec<(usize, usize)> = Vec::new();
    let mut bounds: Option<(usize, usize)> = None;
    let mut next_match = matches.iter().map(|&(position, _)| position).peekable();
    for (index, (from, to)) in (mark..).zip(analysis::Spans::resume(body, offset)) {
        if let Some((_, end)) = bounds
            && from >= end
        {
            break;
        }
        let mut matched = false;
        while let Some(&position) = next_match.peek()
            && position <= index
        {
            matched |= position == index;
            next_match.next();
        }
        if index == first {
            bounds = Some(passage_bounds(body, from, to));
        }
        if matched {
            highlighted.push((from, to));
        }
    }
    let (start, end) = bounds?;
    let mut html = String::with_capacity(end - start + 64);
    if start > 0 {
        html.push('…');
    }
    let mut at = start;
    let mut ranges = highlighted
        .into_iter()
        .filter(|&(from, to)| from >= start && to <= end)
        .peekable();
    while let Some((from, mut to)) = ranges.next() {
        // Overlapping pairs of an unspaced run are one highlight.
        while let Some(&(next_from, next_to)) = ranges.peek()
            && next_from < to
        {
            to = to.max(next_to);
            ranges.next();
        }
        let from = from.max(at);
        escape_into(&mut html, &body[at..from]);
        html.push_str("<b>");
        escape_into(&mut html, &body[from..to]);
        html.push_str("</b>");
        at = to;
    }
    escape_into(&mut html, &body[at..end]);
    if end < body.len() {
        html.push('…');
    }
    Some(html)
}

/// Where a passage whose first match is the token `from..to` begins and ends: a little
/// context before it (from the start of its sentence, or of a word), and up to
/// [`SNIPPET_CHARS`] characters in all, ended at a word.
pub(crate) fn passage_bounds(body: &str, from: usize, to: usize) -> (usize, usize) {
    let mut start = body[..from]
        .char_indices()
        .rev()
        .nth(PASSAGE_LEAD - 1)
        .map_or(0, |(at, _)| at);
    if start > 0 {
        let lead = &body[start..from];
        let sentence = lead
            .char_indices()
            .zip(lead.chars().skip(1))
            .filter(|((_, c), next)| {
                matches!(c, '.' | '!' | '?' | '。' | '؟' | '۔') && next.is_whitespace()
            })
            .last()
            .map(|((at, c), _)| at + c.len_utf8());
        let word = lead.find(char::is_whitespace);
        if let Some(after) = sentence.or(word) {
            start += after;
        }
        start += body[start..from].len() - body[start..from].trim_start().len();
    }
    let mut end = body[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(body.len(), |(at, _)| start + at);
    if end > to && end < body.len() {
        end = body[to..end]
            .rfind(char::is_whitespace)
            .map_or(end, |at| to + at);
    }
    (start, end.max(to))
}

/// The opening of `body`, escaped, cut at a word.
pub(crate) fn opening(body: &str) -> String {
    let mut end = body.len();
    if let Some((index, _)) = body.char_indices().nth(SNIPPET_CHARS) {
        end = body[..index].rfind(char::is_whitespace).unwrap_or(index);
    }
    let mut escaped = String::with_capacity(end + 16);
    escape_into(&mut escaped, &body[..end]);
    if end < body.len() {
        escaped.push('…');
    }
    escaped
}

/// Appends `text` to `out` with the five characters that mean something in HTML escaped.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    let mut from = 0;
    // Byte by byte: these are ASCII, and no byte of a longer UTF-8 character is ASCII.
    for (at, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[from..at]);
        out.push_str(entity);
        from = at + 1;
    }
    out.push_str(&text[from..]);
}
