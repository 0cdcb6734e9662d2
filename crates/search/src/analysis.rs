//! How text becomes searchable terms.
//!
//! Every document is analysed twice:
//! - by the **neutral** analyser, whatever its language: words are split on spaces and
//!   punctuation, while runs of a script written without spaces (Chinese, Japanese, Thai,
//!   Lao, Khmer, Myanmar) become overlapping pairs of characters, as no dictionary is at hand
//!   to find their words. Then lowercase and accents folded, so "organizacion" finds
//!   "Organización". Exact words, prefixes and typo tolerance use these terms.
//! - by its **language's** analyser where a stemmer exists: the same words, stemmed before
//!   accents are folded (the stemmers know their own accented suffixes), so "organizaciones"
//!   finds "organización", "организации" finds "организация" and "المنظمات" finds "منظمة".
//!
//! A query is analysed by every analyser, so it matches each document in that document's
//! language without the reader saying which language they typed in.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, Stemmer, TextAnalyzer, Token,
    TokenStream, Tokenizer,
};

/// The neutral analyser's name.
pub(crate) const NEUTRAL: &str = "braid_neutral";

/// Languages with a stemmer: (BCP 47 code, tantivy language).
pub(crate) const STEMMED: &[(&str, Language)] = &[
    ("en", Language::English),
    ("es", Language::Spanish),
    ("fr", Language::French),
    ("pt", Language::Portuguese),
    ("ru", Language::Russian),
    ("ar", Language::Arabic),
    ("tr", Language::Turkish),
    ("de", Language::German),
    ("it", Language::Italian),
    ("nl", Language::Dutch),
];

/// The analyser name for a stemmed language.
pub(crate) fn stemmed_name(code: &str) -> String {
    format!("braid_{code}")
}

/// Words longer than this (in bytes) are dropped: they are not words people type.
const LONGEST_TOKEN: usize = 60;

pub(crate) fn neutral() -> TextAnalyzer {
    TextAnalyzer::builder(WordsAndPairs::default())
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

pub(crate) fn stemmed(language: Language) -> TextAnalyzer {
    TextAnalyzer::builder(WordsAndPairs::default())
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser)
        .filter(Stemmer::new(language))
        .filter(AsciiFoldingFilter)
        .build()
}

/// Whether `c` belongs to a script written without spaces between words.
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x31F0..=0x31FF // Katakana extensions
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0xFF66..=0xFF9F // Half-width Katakana
        | 0x20000..=0x2FFFF // CJK extensions B–F
    )
}

/// Whether `c` separates words: whitespace, ASCII punctuation and symbols, and the
/// punctuation blocks of other scripts. Every other character (letters, digits and the
/// combining marks many scripts need inside words) belongs to a word.
fn separates(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    c.is_whitespace()
        || matches!(c as u32,
            0x00A0..=0x00BF // Latin-1 punctuation and symbols (« » ¿ ¡ …)
            | 0x00D7 | 0x00F7 // × ÷
            | 0x060C | 0x061B | 0x061F | 0x066A..=0x066D | 0x06D4 // Arabic punctuation
            | 0x0964 | 0x0965 // Devanagari danda
            | 0x104A | 0x104B // Myanmar punctuation
            | 0x2000..=0x206F // General punctuation
            | 0x2190..=0x2BFF // Arrows, symbols, box drawing
            | 0x3000..=0x303F // CJK symbols and punctuation
            | 0xFE30..=0xFE4F // CJK compatibility forms
            | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 // full-width punctuation
        )
}

/// Splits text into words, and runs of unspaced scripts into overlapping character pairs
/// (a lone character stays one token). Positions count tokens, so a phrase of pairs
/// matches the same run.
#[derive(Clone, Default)]
pub(crate) struct WordsAndPairs {
    token: Token,
}

pub(crate) struct WordsAndPairsStream<'a> {
    spans: Spans<'a>,
    token: &'a mut Token,
}

impl Tokenizer for WordsAndPairs {
    type TokenStream<'a> = WordsAndPairsStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordsAndPairsStream<'a> {
        self.token.reset();
        WordsAndPairsStream {
            spans: Spans::new(text),
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordsAndPairsStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((from, to)) = self.spans.next() else {
            return false;
        };
        self.token.text.clear();
        self.token.text.push_str(&self.spans.text[from..to]);
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.position = self.token.position.wrapping_add(1);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Where [`WordsAndPairs`]' tokens lie in a text, as byte ranges, in order: the `n`th is the
/// token at position `n`. Cheaper than the token stream where only places are wanted.
pub(crate) struct Spans<'a> {
    text: &'a str,
    /// Byte offset to continue from.
    at: usize,
    /// Inside an unspaced run: where the next pair starts, and where the run ends.
    pair_from: Option<(usize, usize)>,
}

impl<'a> Spans<'a> {
    pub(crate) fn new(text: &'a str) -> Spans<'a> {
        Spans::resume(text, 0)
    }

    /// The spans from the token starting at byte `at` on: the same as [`Spans::new`]'s from
    /// that token. (Inside an unspaced run too: its pairs overlap, so the run's pairs from
    /// any one of them on are the pairs of the rest of the run.)
    pub(crate) fn resume(text: &'a str, at: usize) -> Spans<'a> {
        Spans {
            text,
            at,
            pair_from: None,
        }
    }

    /// The next pair of an unspaced run, if the run has one more.
    fn next_pair(&mut self, from: usize, run_end: usize) -> Option<(usize, usize)> {
        let mut chars = self.text[from..run_end].chars();
        let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
            self.pair_from = None;
            return None;
        };
        let second_start = from + first.len_utf8();
        let end = second_start + second.len_utf8();
        self.pair_from = (end < run_end).then_some((second_start, run_end));
        Some((from, end))
    }
}

impl Spans<'_> {
    /// The character starting at byte `at`, and where the next one starts.
    fn char_at(&self, at: usize) -> Option<(char, usize)> {
        let c = self.text.get(at..)?.chars().next()?;
        Some((c, at + c.len_utf8()))
    }
}

impl Iterator for Spans<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        if let Some((from, run_end)) = self.pair_from
            && let Some(pair) = self.next_pair(from, run_end)
        {
            return Some(pair);
        }
        // ASCII letters and digits, the commonest characters in most texts, are words of a
        // spaced script and other ASCII separates them: they are judged by their byte alone.
        let bytes = self.text.as_bytes();
        let mut start = self.at;
        let first = loop {
            match bytes.get(start) {
                None => {
                    self.at = self.text.len();
                    return None;
                }
                Some(byte) if byte.is_ascii_alphanumeric() => break char::from(*byte),
                Some(byte) if byte.is_ascii() => start += 1,
                Some(_) => {
                    let (c, next) = self.char_at(start)?;
                    if !separates(c) {
                        break c;
                    }
                    start = next;
                }
            }
        };
        let is_unspaced = unspaced(first);
        let mut end = start;
        loop {
            match bytes.get(end) {
                Some(byte) if byte.is_ascii_alphanumeric() && !is_unspaced => end += 1,
                None => break,
                Some(byte) if byte.is_ascii() => break,
                Some(_) => match self.char_at(end) {
                    Some((c, next)) if !separates(c) && unspaced(c) == is_unspaced => end = next,
                    _ => break,
                },
            }
        }
        self.at = end;
        if is_unspaced && self.text[start..end].chars().nth(1).is_some() {
            return self.next_pair(start, end);
        }
        Some((start, end))
    }
}

/// A mark is kept every this many tokens of a body: where that token starts. A snippet deep in
/// a long page is then found by splitting the text from the mark before its passage, not from
/// the top (that was 8% of a search's CPU on the benchmark's hub).
pub(crate) const MARK_EVERY: usize = 32;

/// The marks of `text`: where its tokens number [`MARK_EVERY`], 2 × [`MARK_EVERY`], … start,
/// each as its distance in bytes from the one before, in LEB128 (a byte or two each: a page
/// of 2,000 words keeps about 80 bytes).
pub(crate) fn marks(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut before = 0;
    for (from, _) in Spans::new(text).skip(MARK_EVERY).step_by(MARK_EVERY) {
        let mut distance = from - before;
        before = from;
        while distance >= 0x80 {
            out.push((distance & 0x7f) as u8 | 0x80);
            distance >>= 7;
        }
        out.push(distance as u8);
    }
    out
}

/// The last mark of `text` at or before token `position`: (its token number, where it starts),
/// or the start of the text if there is none or the marks do not fit the text.
pub(crate) fn mark_before(text: &str, marks: &[u8], position: usize) -> (usize, usize) {
    let mut best = (0, 0);
    let (mut token, mut offset) = (0_usize, 0_usize);
    let mut distance = 0_usize;
    let mut shift = 0_u32;
    for &byte in marks {
        let Some(part) = usize::from(byte & 0x7f).checked_shl(shift) else {
            return (0, 0);
        };
        distance |= part;
        shift += 7;
        if byte & 0x80 != 0 {
            continue;
        }
        token += MARK_EVERY;
        offset = offset.saturating_add(distance);
        (distance, shift) = (0, 0);
        if token > position {
            break;
        }
        best = (token, offset);
    }
    if text.is_char_boundary(best.1) {
        best
    } else {
        (0, 0)
    }
}

/// The terms `text` gives under `analyser`, in order.
pub(crate) fn terms(analyser: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyser.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_punctuation_and_unspaced_scripts_pair_up() {
        let mut analyser = neutral();
        assert_eq!(
            terms(&mut analyser, "¿Qué hacer? Organización, «e-mail»!"),
            ["que", "hacer", "organizacion", "e", "mail"]
        );
        assert_eq!(
            terms(&mut analyser, "数字安全 guide 安"),
            ["数字", "字安", "安全", "guide", "安"]
        );
        assert_eq!(
            terms(&mut analyser, "ความปลอดภัย"),
            ["คว", "วา", "าม", "มป", "ปล", "ลอ", "อด", "ดภ", "ภั", "ัย"]
        );
        // Combining marks stay inside their word (Devanagari virama, Arabic harakat).
        assert_eq!(terms(&mut analyser, "सुरक्षा، مُنَظَّمَة"), ["सुरक्षा", "مُنَظَّمَة"]);
        assert!(terms(&mut analyser, " … — ").is_empty());
    }

    /// The spans as first written, a character at a time: the fast path must agree.
    fn spans_char_by_char(text: &str) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut at = 0;
        while let Some((start, first)) = text[at..].char_indices().find(|&(_, c)| !separates(c)) {
            let start = at + start;
            let is_unspaced = unspaced(first);
            let end = text[start..]
                .char_indices()
                .find(|&(_, c)| separates(c) || unspaced(c) != is_unspaced)
                .map_or(text.len(), |(offset, _)| start + offset);
            at = end;
            let chars: Vec<(usize, char)> = text[start..end].char_indices().collect();
            if is_unspaced && chars.len() > 1 {
                for pair in chars.windows(2) {
                    spans.push((start + pair[0].0, start + pair[1].0 + pair[1].1.len_utf8()));
                }
            } else {
                spans.push((start, end));
            }
        }
        spans
    }

    #[test]
    fn spans_agree_with_reading_a_character_at_a_time() {
        let alphabet: Vec<char> =
            "aZ9 .,-_'\"\n\téßñ«»¿…—\u{a0}数字安全ความ한국語カナ مُنَظَّمَة безопасность \u{3000}！"
                .chars()
                .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for length in 0..400 {
            let text: String = (0..length % 40)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            assert_eq!(
                Spans::new(&text).collect::<Vec<_>>(),
                spans_char_by_char(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn spans_resumed_at_any_token_go_on_as_from_the_start() {
        for text in [
            "数字安全 guide 安 ความปลอดภัย, «e-mail» مُنَظَّمَة",
            "a bb ccc 数字 x",
        ] {
            let all: Vec<_> = Spans::new(text).collect();
            for (at, &(from, _)) in all.iter().enumerate() {
                assert_eq!(
                    Spans::resume(text, from).collect::<Vec<_>>(),
                    all[at..],
                    "{text:?} from {from}"
                );
            }
        }
    }

    #[test]
    fn marks_say_where_every_32nd_token_starts() {
        // Words of every length (distances of one and two LEB128 bytes), and unspaced pairs.
        let text: String = (0..400)
            .map(|n| match n % 3 {
                0 => "w".repeat(n % 200 + 1),
                1 => "数字安全".to_owned(),
                _ => "безопасность".to_owned(),
            })
            .collect::<Vec<_>>()
            .join(" ");
        let spans: Vec<_> = Spans::new(&text).collect();
        let marks = marks(&text);
        for position in 0..spans.len() {
            let mark = position / MARK_EVERY * MARK_EVERY;
            assert_eq!(
                mark_before(&text, &marks, position),
                (mark, spans[mark].0),
                "{position}"
            );
        }
        assert_eq!(mark_before("short", &super::marks("short"), 5), (0, 0));
        // Marks that do not fit the text are not trusted.
        assert_eq!(mark_before("ab", &[0x90, 0x01], 100), (0, 0));
        assert_eq!(mark_before(&text, &[0xff; 12], 100), (0, 0));
    }

    #[test]
    fn stemming_joins_inflections_and_folds_accents_after() {
        let stems = |language, text| terms(&mut stemmed(language), text);
        assert_eq!(
            stems(Language::Spanish, "organización organizaciones"),
            ["organiz", "organiz"]
        );
        assert_eq!(
            stems(Language::Russian, "организация организации"),
            ["организац", "организац"]
        );
        assert_eq!(
            stems(Language::Arabic, "المنظمات منظمة")[0],
            stems(Language::Arabic, "منظمة")[0]
        );
        assert_eq!(stems(Language::English, "phones phone"), ["phone", "phone"]);
        assert_eq!(
            stems(Language::Turkish, "örgütler örgütün örgüt"),
            ["orgut", "orgut", "orgut"]
        );
        assert_eq!(
            stems(Language::German, "Organisationen Organisation"),
            ["organisation", "organisation"]
        );
    }
}
