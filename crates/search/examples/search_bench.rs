//! Search benchmark: a generated multilingual corpus indexed by Braid's index and by SQLite
//! FTS5 (the baseline), then the same queries timed on both. Prints Markdown table rows.
//!
//!   cargo run --release -p braid-search --example search_bench -- PAGES DIR
//!
//! The corpus is deterministic: nine languages (English, Spanish, French, Portuguese,
//! Russian, Arabic, German, Turkish, Chinese), words drawn with Zipf's law from a vocabulary of
//! real common words plus generated ones, pages of 40–4,000 words (median about 400, 2–3 KB).
//! Every query runs with the same permission filter on both engines (a quarter of the pages
//! are members-only; the reader is anonymous) and asks for what a results page needs: the count
//! and the best 20 with a highlighted snippet. Braid's figures also include facet counts, the
//! reader-language boost and stemming, which the baseline does not do.
#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::{Duration, Instant};

use braid_domain::policy::Audience;
use braid_domain::time::Timestamp;
use braid_search::{Filters, Kind, SearchDocument, SearchIndex, SearchRequest};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use sqlx::{ConnectOptions, Connection, Row};

/// A small deterministic generator (xorshift64*), so every run indexes the same corpus.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

struct Language {
    code: &'static str,
    common: &'static [&'static str],
    onsets: &'static [&'static str],
    vowels: &'static [&'static str],
    /// Written without spaces (words are joined).
    unspaced: bool,
}

const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        common: &[
            "the",
            "of",
            "and",
            "to",
            "security",
            "organisation",
            "phone",
            "risk",
            "plan",
            "team",
            "digital",
            "border",
            "training",
            "threat",
            "data",
            "device",
            "encryption",
            "partners",
            "legal",
            "care",
        ],
        onsets: &[
            "b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "w", "st", "tr", "ch",
            "sh",
        ],
        vowels: &["a", "e", "i", "o", "u", "ea", "ou"],
        unspaced: false,
    },
    Language {
        code: "es",
        common: &[
            "de",
            "la",
            "que",
            "el",
            "en",
            "organización",
            "seguridad",
            "teléfono",
            "riesgo",
            "plan",
            "equipo",
            "organizaciones",
            "frontera",
            "taller",
            "amenaza",
            "datos",
            "cifrado",
            "aliadas",
            "legal",
            "cuidado",
        ],
        onsets: &[
            "b", "c", "d", "f", "g", "l", "m", "n", "ñ", "p", "r", "s", "t", "ch", "ll",
        ],
        vowels: &["a", "e", "i", "o", "u", "á", "é", "ó", "ía"],
        unspaced: false,
    },
    Language {
        code: "fr",
        common: &[
            "de",
            "la",
            "le",
            "et",
            "les",
            "organisation",
            "sécurité",
            "téléphone",
            "risque",
            "plan",
            "équipe",
            "frontière",
            "formation",
            "menace",
            "données",
            "chiffrement",
            "partenaires",
            "juridique",
            "soin",
            "numérique",
        ],
        onsets: &[
            "b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "ch", "qu",
        ],
        vowels: &["a", "e", "i", "o", "u", "é", "è", "ou", "ai"],
        unspaced: false,
    },
    Language {
        code: "pt",
        common: &[
            "de",
            "a",
            "o",
            "que",
            "e",
            "organização",
            "segurança",
            "telefone",
            "risco",
            "plano",
            "equipe",
            "fronteira",
            "oficina",
            "ameaça",
            "dados",
            "criptografia",
            "parceiros",
            "jurídico",
            "cuidado",
            "ativistas",
        ],
        onsets: &[
            "b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "lh", "nh",
        ],
        vowels: &["a", "e", "i", "o", "u", "ã", "õ", "ç", "ão"],
        unspaced: false,
    },
    Language {
        code: "ru",
        common: &[
            "и",
            "в",
            "не",
            "на",
            "что",
            "организация",
            "безопасность",
            "телефон",
            "риск",
            "план",
            "команда",
            "граница",
            "обучение",
            "угроза",
            "данные",
            "шифрование",
            "партнёры",
            "юридический",
            "забота",
            "организации",
        ],
        onsets: &[
            "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "ш",
        ],
        vowels: &["а", "е", "и", "о", "у", "ы", "я", "ю"],
        unspaced: false,
    },
    Language {
        code: "ar",
        common: &[
            "في",
            "من",
            "على",
            "إلى",
            "أن",
            "منظمة",
            "الأمان",
            "هاتف",
            "خطر",
            "خطة",
            "فريق",
            "الحدود",
            "تدريب",
            "تهديد",
            "بيانات",
            "تشفير",
            "شركاء",
            "قانوني",
            "رعاية",
            "المنظمات",
        ],
        onsets: &[
            "ب", "ت", "ج", "د", "ر", "س", "ش", "ع", "ف", "ق", "ك", "ل", "م", "ن", "ه",
        ],
        vowels: &["ا", "و", "ي", ""],
        unspaced: false,
    },
    Language {
        code: "de",
        common: &[
            "der",
            "die",
            "und",
            "in",
            "den",
            "Organisation",
            "Sicherheit",
            "Telefon",
            "Risiko",
            "Plan",
            "Team",
            "Grenze",
            "Schulung",
            "Bedrohung",
            "Daten",
            "Verschlüsselung",
            "Partner",
            "rechtlich",
            "Fürsorge",
            "Organisationen",
        ],
        onsets: &[
            "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "w", "sch", "st",
        ],
        vowels: &["a", "e", "i", "o", "u", "ä", "ö", "ü", "ei"],
        unspaced: false,
    },
    Language {
        code: "tr",
        common: &[
            "ve",
            "bir",
            "bu",
            "da",
            "için",
            "örgüt",
            "güvenlik",
            "telefon",
            "risk",
            "plan",
            "ekip",
            "sınır",
            "eğitim",
            "tehdit",
            "veri",
            "şifreleme",
            "ortaklar",
            "hukuki",
            "bakım",
            "örgütler",
        ],
        onsets: &[
            "b", "c", "ç", "d", "g", "ğ", "k", "l", "m", "n", "r", "s", "ş", "t", "y",
        ],
        vowels: &["a", "e", "ı", "i", "o", "ö", "u", "ü"],
        unspaced: false,
    },
    Language {
        code: "zh",
        common: &[
            "的", "安全", "组织", "手机", "风险", "计划", "团队", "边境", "培训", "威胁", "数据",
            "加密", "伙伴", "法律", "关怀", "数字",
        ],
        onsets: &[
            "安", "全", "组", "织", "手", "机", "风", "险", "计", "划", "团", "队", "边", "境",
            "培", "训", "威", "胁", "数", "据", "加", "密", "伙", "伴", "法", "律", "关", "怀",
            "字", "网", "络", "信", "息", "通", "讯", "保", "护", "人", "权", "工", "作",
        ],
        vowels: &[""],
        unspaced: true,
    },
];

/// Distinct words per language.
const VOCABULARY: usize = 30_000;

/// A language's vocabulary, most frequent first: its common words, then generated ones.
fn vocabulary(language: &Language, random: &mut Random) -> Vec<String> {
    let mut words: Vec<String> = language.common.iter().map(|w| (*w).to_owned()).collect();
    let mut seen: std::collections::HashSet<String> = words.iter().cloned().collect();
    while words.len() < VOCABULARY {
        let syllables = 2 + random.below(3);
        let mut word = String::new();
        for _ in 0..syllables {
            word.push_str(language.onsets[random.below(language.onsets.len())]);
            word.push_str(language.vowels[random.below(language.vowels.len())]);
        }
        if seen.insert(word.clone()) {
            words.push(word);
        }
    }
    words
}

/// Zipf's law over `n` ranks (s = 1): a rank from a uniform number, by inverting the CDF.
fn zipf(random: &mut Random, n: usize) -> usize {
    let harmonic = (n as f64).ln() + 0.5772;
    let target = random.unit() * harmonic;
    ((target - 0.5772).exp().max(1.0) as usize).min(n) - 1
}

fn text(language: &Language, words: &[String], count: usize, random: &mut Random) -> String {
    let separator = if language.unspaced { "" } else { " " };
    let mut out = String::new();
    for i in 0..count {
        if i > 0 {
            out.push_str(if i % 12 == 0 {
                if language.unspaced { "。" } else { ".\n" }
            } else {
                separator
            });
        }
        out.push_str(&words[zipf(random, words.len())]);
    }
    out
}

struct Page {
    language: usize,
    title: String,
    body: String,
    members_only: bool,
}

fn corpus(pages: usize) -> (Vec<Vec<String>>, Vec<Page>) {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let vocabularies: Vec<Vec<String>> = LANGUAGES
        .iter()
        .map(|language| vocabulary(language, &mut random))
        .collect();
    let corpus = (0..pages)
        .map(|_| {
            let language = random.below(LANGUAGES.len());
            // Log-normal length: median about 400 words.
            let normal: f64 = (0..12).map(|_| random.unit()).sum::<f64>() - 6.0;
            let length = (400.0 * (0.8 * normal).exp()).clamp(40.0, 4000.0) as usize;
            let words = &vocabularies[language];
            Page {
                language,
                title: text(
                    &LANGUAGES[language],
                    words,
                    3 + random.below(4),
                    &mut random,
                ),
                body: text(&LANGUAGES[language], words, length, &mut random),
                members_only: random.below(4) == 0,
            }
        })
        .collect();
    (vocabularies, corpus)
}

/// The query sets: (name, Braid syntax, FTS5 syntax).
fn queries(
    vocabularies: &[Vec<String>],
    pages: &[Page],
    n: usize,
) -> Vec<(&'static str, Vec<(String, String)>)> {
    let mut random = Random(42);
    let spaced: Vec<usize> = (0..LANGUAGES.len())
        .filter(|&l| !LANGUAGES[l].unspaced)
        .collect();
    let fts_word = |word: &str| format!("\"{}\"", word.replace('"', ""));
    let mut common = Vec::new();
    let mut rare = Vec::new();
    let mut phrases = Vec::new();
    let mut prefixes = Vec::new();
    for _ in 0..n {
        let language = spaced[random.below(spaced.len())];
        let words = &vocabularies[language];
        let word = &words[random.below(20)];
        common.push((word.clone(), fts_word(word)));
        let word = &words[5_000 + random.below(20_000)];
        rare.push((word.clone(), fts_word(word)));
        let word: Vec<char> = words[100 + random.below(2_000)].chars().collect();
        let prefix: String = word.iter().take(4).collect();
        prefixes.push((format!("{prefix}*"), format!("{}*", fts_word(&prefix))));
        // Two neighbouring words of a page.
        let page = loop {
            let page = &pages[random.below(pages.len())];
            if !LANGUAGES[page.language].unspaced {
                break page;
            }
        };
        let body: Vec<&str> = page.body.split_whitespace().collect();
        let at = random.below(body.len().saturating_sub(1).max(1));
        let pair: Vec<String> = body[at..(at + 2).min(body.len())]
            .iter()
            .map(|w| w.trim_matches('.').to_owned())
            .collect();
        let phrase = pair.join(" ");
        phrases.push((
            format!("\"{phrase}\""),
            format!("\"{}\"", phrase.replace('"', "")),
        ));
    }
    vec![
        ("common word", common),
        ("rare word", rare),
        ("phrase", phrases),
        ("prefix", prefixes),
    ]
}

fn directory_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| {
                    let meta = entry.metadata().unwrap();
                    if meta.is_dir() {
                        directory_size(&entry.path())
                    } else {
                        meta.len()
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

fn summary(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let pages: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let dir = Path::new(
        args.get(2)
            .map(String::as_str)
            .unwrap_or("/tmp/braid-search-bench"),
    )
    .to_owned();
    let per_set: usize = std::env::var("QUERIES")
        .ok()
        .and_then(|q| q.parse().ok())
        .unwrap_or(200);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();

    let started = Instant::now();
    let (vocabularies, corpus) = corpus(pages);
    let corpus_bytes: usize = corpus.iter().map(|p| p.title.len() + p.body.len()).sum();
    eprintln!(
        "corpus: {pages} pages, {:.0} MB, made in {:.1} s",
        corpus_bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );

    // Braid's index.
    let started = Instant::now();
    let index = SearchIndex::open(&dir.join("tantivy")).unwrap();
    for (i, page) in corpus.iter().enumerate() {
        index
            .upsert(&SearchDocument {
                id: format!("page:{i}"),
                kind: Kind::Page,
                readers: if page.members_only {
                    Audience::MEMBERS
                } else {
                    Audience::PUBLIC
                },
                language: braid_domain::language::LanguageCode::new(LANGUAGES[page.language].code)
                    .expect("the benchmark's languages are codes"),
                title: page.title.clone(),
                body: page.body.clone(),
                href: format!("/wiki/s/{i}"),
                section: format!("section-{}", i % 9),
                section_title: format!("Section {}", i % 9),
                labels: if i % 7 == 0 {
                    vec!["checklist".to_owned()]
                } else {
                    Vec::new()
                },
                updated: Timestamp(i as i64),
            })
            .unwrap();
    }
    index.commit().unwrap();
    index.optimise().unwrap();
    let braid_build = started.elapsed();
    let braid_size = directory_size(&dir.join("tantivy"));

    // The baseline: SQLite FTS5 with diacritics removed, in WAL mode like Braid's database.
    let started = Instant::now();
    let mut sqlite = SqliteConnectOptions::new()
        .filename(dir.join("fts5.db"))
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .connect()
        .await
        .unwrap();
    sqlx::query(
        "CREATE VIRTUAL TABLE docs USING fts5(title, body, visibility UNINDEXED, \
         tokenize = 'unicode61 remove_diacritics 2')",
    )
    .execute(&mut sqlite)
    .await
    .unwrap();
    let mut transaction = sqlite.begin().await.unwrap();
    for page in &corpus {
        sqlx::query("INSERT INTO docs (title, body, visibility) VALUES ($1, $2, $3)")
            .bind(&page.title)
            .bind(&page.body)
            .bind(i64::from(page.members_only))
            .execute(&mut *transaction)
            .await
            .unwrap();
    }
    transaction.commit().await.unwrap();
    sqlx::query("INSERT INTO docs(docs) VALUES ('optimize')")
        .execute(&mut sqlite)
        .await
        .unwrap();
    let fts_build = started.elapsed();
    let fts_size = std::fs::metadata(dir.join("fts5.db")).unwrap().len();

    // The cost of a round trip through sqlx alone, to judge the baseline's figures fairly.
    let mut overhead = Vec::new();
    for _ in 0..500 {
        let started = Instant::now();
        sqlx::query("SELECT 1")
            .fetch_one(&mut sqlite)
            .await
            .unwrap();
        overhead.push(started.elapsed());
    }
    let (overhead_p50, _) = summary(overhead);

    let sets = queries(&vocabularies, &corpus, per_set);
    let filters = Filters::default();
    let braid = |query: &str| {
        index
            .search(&SearchRequest {
                query,
                audience: Audience::PUBLIC,
                reader_language: "en",
                filters: &filters,
                offset: 0,
                limit: 20,
            })
            .unwrap()
            .count
    };
    // Warm both up on queries not measured.
    for (_, set) in &sets {
        for (query, fts) in set.iter().rev().take(10) {
            braid(query);
            fts5(&mut sqlite, fts).await;
        }
    }
    println!(
        "| Pages | Query | Braid p50 | Braid p99 | FTS5 p50 | FTS5 p99 | p99 FTS5 / Braid | Braid hits (mean) | FTS5 hits (mean) |"
    );
    println!("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    for (name, set) in &sets {
        let mut braid_times = Vec::new();
        let mut fts_times = Vec::new();
        let mut braid_hits = 0;
        let mut fts_hits = 0;
        for (query, fts) in set {
            let started = Instant::now();
            braid_hits += braid(query);
            braid_times.push(started.elapsed());
            let started = Instant::now();
            fts_hits += fts5(&mut sqlite, fts).await;
            fts_times.push(started.elapsed());
        }
        let (b50, b99) = summary(braid_times);
        let (f50, f99) = summary(fts_times);
        println!(
            "| {pages} | {name} | {b50:.2} ms | {b99:.2} ms | {f50:.2} ms | {f99:.2} ms | {:.1}× | {} | {} |",
            f99 / b99,
            braid_hits / set.len(),
            fts_hits / set.len()
        );
    }
    println!();
    println!(
        "| {pages} pages ({:.0} MB of text) | Braid (tantivy) | SQLite FTS5 |",
        corpus_bytes as f64 / 1e6
    );
    println!("|---|---:|---:|");
    println!(
        "| Index build | {:.1} s | {:.1} s |",
        braid_build.as_secs_f64(),
        fts_build.as_secs_f64()
    );
    println!(
        "| Index size | {:.0} MB | {:.0} MB |",
        braid_size as f64 / 1e6,
        fts_size as f64 / 1e6
    );
    println!(
        "| Round trip of `SELECT 1` through sqlx (in FTS5's figures) | | {overhead_p50:.3} ms |"
    );
}

/// What a results page needs from FTS5: the count and the best 20 with a snippet, readable by
/// an anonymous reader. Returns the count.
async fn fts5(sqlite: &mut sqlx::SqliteConnection, query: &str) -> usize {
    let count: i64 =
        sqlx::query("SELECT count(*) FROM docs WHERE docs MATCH $1 AND visibility = 0")
            .bind(query)
            .fetch_one(&mut *sqlite)
            .await
            .map(|row| row.get(0))
            .unwrap_or(0);
    let _top = sqlx::query(
        "SELECT rowid, title, snippet(docs, 1, '<b>', '</b>', '…', 24) FROM docs \
         WHERE docs MATCH $1 AND visibility = 0 ORDER BY rank LIMIT 20",
    )
    .bind(query)
    .fetch_all(&mut *sqlite)
    .await
    .unwrap_or_default();
    count as usize
}
