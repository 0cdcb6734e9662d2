//! The hub's full-text index: a tantivy index in the data directory. Documents come in from
//! the services (which follow the change log); queries come back already filtered by who may
//! read what, so neither results, counts nor facets reveal a document the reader may not see.
//!
//! Each document is indexed in its language, stemmed where a stemmer exists, and
//! language-neutrally (see [`analysis`]). A query matches every document in that document's
//! own language; results in the reader's language come first.
#![forbid(unsafe_code)]

mod analysis;
mod generation;
mod query;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use braid_domain::policy::Audience;
use braid_domain::time::Timestamp;
use tantivy::collector::{Count, TopDocs};
use tantivy::indexer::{IndexWriterOptions, LogMergePolicy};
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{
    BooleanQuery, BoostQuery, EmptyQuery, FuzzyTermQuery, Occur, PhrasePrefixQuery, PhraseQuery,
    Query, TermQuery,
};
use tantivy::schema::document::{
    DeserializeError, DocumentDeserialize, DocumentDeserializer, ValueDeserialize,
    ValueDeserializer, ValueVisitor,
};
use tantivy::schema::{
    FAST, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DocAddress, DocSet, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, SegmentOrdinal,
    TantivyDocument, Term,
};

use crate::analysis::{NEUTRAL, STEMMED, stemmed_name, terms};
use crate::generation::{FACETS_FIELD, Generation, READERS_FIELD};
use crate::query::Clause;

/// Why the index failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// tantivy reported an error (damaged or unwritable index, or another process holds it).
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// The index directory could not be made.
    #[error("search index directory: {0}")]
    Io(#[from] std::io::Error),
}

/// What kind of thing a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A wiki page.
    Page,
    /// A comment on a wiki page.
    Comment,
}

impl Kind {
    /// Its name in the index and in addresses.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Page => "page",
            Kind::Comment => "comment",
        }
    }

    /// The kind named `name`.
    pub fn parse(name: &str) -> Option<Kind> {
        match name {
            "page" => Some(Kind::Page),
            "comment" => Some(Kind::Comment),
            _ => None,
        }
    }
}

/// A thing to find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchDocument {
    /// Unique and stable, e.g. `page:12`.
    pub id: String,
    /// What it is.
    pub kind: Kind,
    /// The audiences it is open to.
    pub readers: Audience,
    /// The language it is written in (a BCP 47 code).
    pub language: String,
    /// Its title.
    pub title: String,
    /// Its text, as plain text.
    pub body: String,
    /// Its address.
    pub href: String,
    /// Its section's slug (for the section facet).
    pub section: String,
    /// Its section's title.
    pub section_title: String,
    /// Its labels.
    pub labels: Vec<String>,
    /// When it last changed.
    pub updated: Timestamp,
}

/// A result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The document's id.
    pub id: String,
    /// What it is.
    pub kind: Kind,
    /// Its title.
    pub title: String,
    /// Its address.
    pub href: String,
    /// Its section's title.
    pub section_title: String,
    /// The language it is written in.
    pub language: String,
    /// The best matching passage as HTML: escaped text with `<b>` around matches.
    pub snippet_html: String,
    /// When it last changed.
    pub updated: Timestamp,
}

/// Narrowing a search to one section, language, label or kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// A section's slug.
    pub section: Option<String>,
    /// A language code.
    pub language: Option<String>,
    /// A label.
    pub label: Option<String>,
    /// A kind.
    pub kind: Option<Kind>,
}

/// A search to run.
#[derive(Debug, Clone)]
pub struct SearchRequest<'a> {
    /// What the reader typed.
    pub query: &'a str,
    /// The audiences the reader belongs to.
    pub audience: Audience,
    /// The reader's language: documents in it come first.
    pub reader_language: &'a str,
    /// Narrowing chosen by the reader.
    pub filters: &'a Filters,
    /// Results to skip (for later pages of results).
    pub offset: usize,
    /// Results to return.
    pub limit: usize,
}

/// How many matching documents share each value of a facet, most first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// By section slug.
    pub sections: Vec<(String, u64)>,
    /// By language code.
    pub languages: Vec<(String, u64)>,
    /// By label.
    pub labels: Vec<(String, u64)>,
    /// By kind.
    pub kinds: Vec<(String, u64)>,
}

/// What a search found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchResults {
    /// How many readable documents match.
    pub count: usize,
    /// The requested slice of them, best first.
    pub hits: Vec<Hit>,
    /// Counts of the readable matches by section, language, label and kind.
    pub facets: Facets,
}

struct Fields {
    id: Field,
    kind: Field,
    readers: Field,
    language: Field,
    facets: Field,
    title: Field,
    body: Field,
    /// Where every [`analysis::MARK_EVERY`]th token of the body starts ([`analysis::marks`]).
    body_marks: Field,
    href: Field,
    section_title: Field,
    updated: Field,
    title_neutral: Field,
    body_neutral: Field,
    /// (language code, title field, body field) for each stemmed language.
    stemmed: Vec<(&'static str, Field, Field)>,
}

/// The index: one writer while there is something to write, a reader reloaded after each
/// commit.
pub struct SearchIndex {
    dir: PathBuf,
    /// Opened again when the writer goes (see [`Self::release_writer`]).
    opened: RwLock<Opened>,
    /// Made by the first write after [`Self::release_writer`]: an idle writer holds threads
    /// and a few MB of buffers, most of an idle server's memory besides the page cache.
    writer: Mutex<Option<IndexWriter>>,
    fields: Fields,
    analysers: Analysers,
    /// Copies of `analysers` that queries have finished with: making one boxes every
    /// analyser's filters anew.
    spare_analysers: Mutex<Vec<Analysers>>,
}

/// The most spare analysers kept: one per query that may run at once is plenty.
const SPARE_ANALYSERS: usize = 16;

/// The index as opened from its directory, with a reader over it.
struct Opened {
    index: Index,
    reader: IndexReader,
    /// What queries search: the reader's searcher as of the last [`Opened::refresh`].
    generation: RwLock<Arc<Generation>>,
    /// Held while refreshing, so refreshes end in the order they read the index.
    refreshing: Mutex<()>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").finish_non_exhaustive()
    }
}

/// Bumped whenever the schema or analysis changes: an index of another version is deleted
/// and rebuilt (it holds nothing the database does not).
const INDEX_VERSION: &str = "4";
const VERSION_FILE: &str = "braid-index-version";
/// How much more a match in the title counts than one in the text.
const TITLE_BOOST: f32 = 2.0;
/// How little a match with a typo counts.
const TYPO_BOOST: f32 = 0.3;
/// Added to the score of documents in the reader's language, so they come first.
const READER_LANGUAGE_BONUS: f32 = 1_000.0;
/// The longest snippet, in characters.
const SNIPPET_CHARS: usize = 200;
/// The most values shown per facet.
const FACET_VALUES: usize = 12;
/// Segments of a size merged into one once there are this many.
const SEGMENTS_MERGED: usize = 3;

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let analysed = |analyser: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyser)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let title_neutral = builder.add_text_field("title_neutral", analysed(NEUTRAL));
    let body_neutral = builder.add_text_field("body_neutral", analysed(NEUTRAL));
    let stemmed = STEMMED
        .iter()
        .map(|&(code, _)| {
            let name = stemmed_name(code);
            (
                code,
                builder.add_text_field(&format!("title_{code}"), analysed(&name)),
                builder.add_text_field(&format!("body_{code}"), analysed(&name)),
            )
        })
        .collect();
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        kind: builder.add_text_field("kind", STRING | STORED),
        readers: builder.add_u64_field(READERS_FIELD, INDEXED | FAST),
        language: builder.add_text_field("language", STRING | STORED),
        facets: builder.add_facet_field(FACETS_FIELD, FacetOptions::default()),
        title: builder.add_text_field("title", STORED),
        body: builder.add_text_field("body", STORED),
        body_marks: builder.add_bytes_field("body_marks", STORED),
        href: builder.add_text_field("href", STORED),
        section_title: builder.add_text_field("section_title", STORED),
        updated: builder.add_i64_field("updated", STORED),
        title_neutral,
        body_neutral,
        stemmed,
    };
    (builder.build(), fields)
}

fn facet(dimension: &str, value: &str) -> tantivy::schema::Facet {
    tantivy::schema::Facet::from_path([dimension, value])
}

/// An index made by another version of Braid is removed: it is rebuilt from the database.
fn discard_other_versions(dir: &Path) -> Result<(), SearchError> {
    let marker = dir.join(VERSION_FILE);
    let current = std::fs::read_to_string(&marker).ok();
    if current.as_deref() != Some(INDEX_VERSION) {
        if dir.exists() {
            std::fs::remove_dir_all(dir)?;
        }
        std::fs::create_dir_all(dir)?;
        std::fs::write(&marker, INDEX_VERSION)?;
    }
    Ok(())
}

impl Opened {
    /// Opens the directory with a memory-map cache of its own, so the maps of an earlier
    /// opening are not reused.
    fn new(dir: &Path, analysers: &Analysers) -> Result<Opened, SearchError> {
        let (schema, _) = schema();
        let directory = tantivy::directory::MmapDirectory::open(dir)
            .map_err(|e| SearchError::Index(tantivy::TantivyError::from(e)))?;
        let index = Index::open_or_create(directory, schema)?;
        index
            .tokenizers()
            .register(NEUTRAL, analysers.neutral.clone());
        for (code, analyser) in &analysers.stemmed {
            index
                .tokenizers()
                .register(&stemmed_name(code), analyser.clone());
        }
        let reader: IndexReader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let generation = Generation::new(reader.searcher(), None)?;
        Ok(Opened {
            index,
            reader,
            generation: RwLock::new(Arc::new(generation)),
            refreshing: Mutex::new(()),
        })
    }

    fn generation(&self) -> Arc<Generation> {
        Arc::clone(
            &self
                .generation
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    /// Reloads the reader after a commit and works out the new generation.
    fn refresh(&self) -> Result<(), SearchError> {
        let _refreshing = self
            .refreshing
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.reader.reload()?;
        let generation = Generation::new(self.reader.searcher(), Some(&self.generation()))?;
        *self
            .generation
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(generation);
        Ok(())
    }
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it if needed (or if it was made by another version).
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        discard_other_versions(dir)?;
        let (_, fields) = schema();
        let analysers = Analysers {
            expanded: Vec::new(),
            neutral: analysis::neutral(),
            stemmed: STEMMED
                .iter()
                .map(|&(code, language)| (code, analysis::stemmed(language)))
                .collect(),
        };
        let opened = Opened::new(dir, &analysers)?;
        Ok(SearchIndex {
            dir: dir.to_owned(),
            opened: RwLock::new(opened),
            writer: Mutex::new(None),
            fields,
            analysers,
            spare_analysers: Mutex::new(Vec::new()),
        })
    }

    fn opened(&self) -> std::sync::RwLockReadGuard<'_, Opened> {
        self.opened
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn generation(&self) -> Arc<Generation> {
        self.opened().generation()
    }

    fn searcher(&self) -> Searcher {
        self.generation().searcher.clone()
    }

    /// Runs `work` with the writer, making one if there is none.
    fn with_writer<T>(
        &self,
        work: impl FnOnce(&mut IndexWriter) -> tantivy::Result<T>,
    ) -> Result<T, SearchError> {
        // A panic while holding the writer leaves it usable: tantivy's writer keeps no
        // half-applied state outside a commit.
        let mut slot = self
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let writer = match &mut *slot {
            Some(writer) => writer,
            None => {
                // One indexing and one merging thread at tantivy's smallest budget: documents
                // come a few at a time as pages change, and each new segment's term table is
                // sized from the budget, so a larger one only costs memory.
                let options = IndexWriterOptions::builder()
                    .memory_budget_per_thread(15_000_000)
                    .num_worker_threads(1)
                    .num_merge_threads(1)
                    .build();
                let index = self.opened().index.clone();
                let writer = index.writer_with_options(options)?;
                // Every search looks in every segment, at a cost per segment and word (on the
                // benchmark's hub, two more single-page segments took 11% of its searches/s).
                // Pages change a few at a time, so each commit leaves a small segment; merged
                // once there are three of a size instead of tantivy's eight, a hub at rest
                // holds one or two per size.
                let mut merging = LogMergePolicy::default();
                merging.set_min_num_segments(SEGMENTS_MERGED);
                writer.set_merge_policy(Box::new(merging));
                slot.insert(writer)
            }
        };
        Ok(work(writer)?)
    }

    /// Whether a writer is held (made by a write since the last [`Self::release_writer`]).
    pub fn holds_writer(&self) -> bool {
        self.writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .is_some()
    }

    /// Lets the writer go, with its threads and buffers, once the merges it started are done;
    /// the next write makes a new one. Anything added since the last commit is dropped, so call
    /// this only after [`Self::commit`].
    ///
    /// The index is then opened afresh: its files are read through memory maps, and the pages
    /// that indexing and merging read would otherwise stay in the process's resident memory
    /// (up to the size of the index) until the files were replaced. Searches under way keep
    /// the maps they hold.
    pub fn release_writer(&self) -> Result<(), SearchError> {
        // Waited for under the lock: a new writer cannot be made while this one holds the
        // index's lock file.
        let mut slot = self
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(writer) = slot.take() {
            writer.wait_merging_threads()?;
            let fresh = Opened::new(&self.dir, &self.analysers)?;
            *self
                .opened
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = fresh;
        }
        Ok(())
    }

    fn stemmed_fields(&self, language: &str) -> Option<(Field, Field)> {
        self.fields
            .stemmed
            .iter()
            .find(|(code, _, _)| *code == language)
            .map(|&(_, title, body)| (title, body))
    }

    /// Adds or replaces a document (visible after [`Self::commit`]).
    pub fn upsert(&self, document: &SearchDocument) -> Result<(), SearchError> {
        let fields = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(fields.id, &document.id);
        doc.add_text(fields.kind, document.kind.as_str());
        doc.add_u64(fields.readers, document.readers.bits());
        doc.add_text(fields.language, &document.language);
        doc.add_facet(fields.facets, facet("kind", document.kind.as_str()));
        doc.add_facet(fields.facets, facet("language", &document.language));
        doc.add_facet(fields.facets, facet("section", &document.section));
        for label in &document.labels {
            doc.add_facet(fields.facets, facet("label", label));
        }
        doc.add_text(fields.title, &document.title);
        doc.add_text(fields.body, &document.body);
        doc.add_bytes(fields.body_marks, &analysis::marks(&document.body));
        doc.add_text(fields.title_neutral, &document.title);
        doc.add_text(fields.body_neutral, &document.body);
        if let Some((title, body)) = self.stemmed_fields(&document.language) {
            doc.add_text(title, &document.title);
            doc.add_text(body, &document.body);
        }
        doc.add_text(fields.href, &document.href);
        doc.add_text(fields.section_title, &document.section_title);
        doc.add_i64(fields.updated, document.updated.as_millis());
        self.with_writer(|writer| {
            writer.delete_term(Term::from_field_text(fields.id, &document.id));
            writer.add_document(doc)
        })?;
        Ok(())
    }

    /// Removes a document (after [`Self::commit`]).
    pub fn delete(&self, id: &str) -> Result<(), SearchError> {
        self.with_writer(|writer| {
            Ok(writer.delete_term(Term::from_field_text(self.fields.id, id)))
        })?;
        Ok(())
    }

    /// How many documents the index holds (as of the last commit).
    pub fn len(&self) -> u64 {
        self.searcher().num_docs()
    }

    /// Whether the index holds no document.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Removes every document (for a rebuild).
    pub fn clear(&self) -> Result<(), SearchError> {
        self.with_writer(|writer| writer.delete_all_documents())?;
        Ok(())
    }

    /// Makes the changes so far durable and searchable.
    pub fn commit(&self) -> Result<(), SearchError> {
        self.with_writer(|writer| writer.commit())?;
        self.opened().refresh()
    }

    /// Merges the index into one segment, which makes searching faster: after a rebuild, when
    /// there is time. Takes as long as indexing everything again.
    pub fn optimise(&self) -> Result<(), SearchError> {
        self.with_writer(|writer| {
            // A background merge may take some of the segments first: then ask again.
            for _ in 0..20 {
                let segments = writer.index().searchable_segment_ids()?;
                if segments.len() <= 1 {
                    break;
                }
                match writer.merge(&segments).wait() {
                    Ok(_) => break,
                    Err(tantivy::TantivyError::InvalidArgument(_)) => {
                        std::thread::sleep(std::time::Duration::from_millis(50));
                    }
                    Err(other) => return Err(other),
                }
            }
            writer.garbage_collect_files().wait()
        })?;
        self.opened().refresh()
    }

    /// The documents matching a request that its reader may read, best first, with their
    /// count and facets. The permission is part of the query, so counts and facets are of
    /// readable documents only.
    pub fn search(&self, request: &SearchRequest<'_>) -> Result<SearchResults, SearchError> {
        let generation = self.generation();
        let searcher = &generation.searcher;
        let clauses = query::parse(request.query);
        let mut analysers = self.analysers();
        let Some(matching) =
            self.matching(&generation, &clauses, &mut analysers, Scope::Everything)?
        else {
            self.put_back(analysers);
            return Ok(SearchResults::default());
        };
        let fields = &self.fields;
        let mut all = vec![(Occur::Must, matching)];
        let filters = request.filters;
        let chosen = [
            ("section", filters.section.as_deref()),
            ("language", filters.language.as_deref()),
            ("label", filters.label.as_deref()),
            ("kind", filters.kind.map(Kind::as_str)),
        ];
        for (dimension, value) in chosen {
            if let Some(value) = value {
                all.push((
                    Occur::Must,
                    Box::new(TermQuery::new(
                        Term::from_facet(fields.facets, &facet(dimension, value)),
                        IndexRecordOption::Basic,
                    )),
                ));
            }
        }
        let (count, top, facets) = searcher.search(
            &BooleanQuery::new(all),
            &generation.readable(
                request.audience,
                (
                    Count,
                    TopDocs::with_limit(request.limit.max(1))
                        .and_offset(request.offset)
                        .tweak_score(
                            generation
                                .language_first(request.reader_language, READER_LANGUAGE_BONUS),
                        ),
                    generation.facet_counter(),
                ),
            ),
        )?;
        let mut snippets = Snippets::new(&clauses, analysers);
        // In the order of the index, so each word's postings are read once and only forward.
        let mut by_address: Vec<(usize, DocAddress)> = top
            .into_iter()
            .map(|(_, address)| address)
            .enumerate()
            .collect();
        by_address.sort_by_key(|&(_, address)| address);
        let mut hits = Vec::with_capacity(by_address.len());
        for (rank, address) in by_address {
            let mut stored: Stored = searcher.doc(address)?;
            let body = stored.take(fields.body);
            let marks = stored.take_bytes(fields.body_marks);
            let mut hit = self.hit(stored);
            hit.snippet_html =
                snippets.html(searcher, fields, address, &hit.language, &body, &marks)?;
            hits.push((rank, hit));
        }
        self.put_back(snippets.analysers);
        hits.sort_by_key(|&(rank, _)| rank);
        let hits = hits.into_iter().map(|(_, hit)| hit).collect();
        Ok(SearchResults {
            count,
            hits,
            facets,
        })
    }

    /// Titles starting with what the reader is typing (its last word taken as a prefix),
    /// for as-you-type suggestions: the best `limit` the reader may read.
    pub fn suggest(
        &self,
        typed: &str,
        audience: Audience,
        limit: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        let mut clauses = query::parse(typed);
        if let Some(Clause::Word(last)) = clauses.last().cloned() {
            clauses.pop();
            clauses.push(Clause::Prefix(last));
        }
        let generation = self.generation();
        let searcher = &generation.searcher;
        let mut analysers = self.analysers();
        let matching = self.matching(&generation, &clauses, &mut analysers, Scope::Titles);
        self.put_back(analysers);
        let Some(matching) = matching? else {
            return Ok(Vec::new());
        };
        let query = BooleanQuery::new(vec![
            (Occur::Must, matching),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_facet(self.fields.facets, &facet("kind", Kind::Page.as_str())),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        let top = searcher.search(
            &query,
            &generation.readable(audience, TopDocs::with_limit(limit.max(1)).order_by_score()),
        )?;
        top.into_iter()
            .map(|(_, address)| Ok(self.hit(searcher.doc(address)?)))
            .collect()
    }

    fn hit(&self, mut doc: Stored) -> Hit {
        let fields = &self.fields;
        let updated = doc.number(fields.updated);
        Hit {
            id: doc.take(fields.id),
            kind: Kind::parse(&doc.take(fields.kind)).unwrap_or(Kind::Page),
            title: doc.take(fields.title),
            href: doc.take(fields.href),
            section_title: doc.take(fields.section_title),
            language: doc.take(fields.language),
            snippet_html: String::new(),
            updated: Timestamp(updated),
        }
    }

    /// Analysers for one query, as good as new.
    fn analysers(&self) -> Analysers {
        self.spare_analysers
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop()
            .unwrap_or_else(|| self.analysers.clone())
    }

    /// Keeps a query's analysers for the next, forgetting what its words stood for.
    fn put_back(&self, mut analysers: Analysers) {
        analysers.expanded.clear();
        let mut spare = self
            .spare_analysers
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if spare.len() < SPARE_ANALYSERS {
            spare.push(analysers);
        }
    }

    /// The query for `clauses`: every word, phrase and prefix must match, no excluded word
    /// may. `None` when nothing positive is asked for.
    fn matching(
        &self,
        generation: &Generation,
        clauses: &[Clause],
        analysers: &mut Analysers,
        scope: Scope,
    ) -> Result<Option<Box<dyn Query>>, SearchError> {
        let mut parts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for clause in clauses {
            let (occur, alternatives) = match clause {
                Clause::Word(text) => (
                    Occur::Must,
                    self.alternatives(generation, text, analysers, scope, Matching::Inflected)?,
                ),
                Clause::Phrase(text) => (
                    Occur::Must,
                    self.alternatives(generation, text, analysers, scope, Matching::Exact)?,
                ),
                Clause::Prefix(text) => (
                    Occur::Must,
                    self.prefix(&generation.searcher, text, analysers, scope)?,
                ),
                Clause::Excluded(text) => (
                    Occur::MustNot,
                    self.alternatives(generation, text, analysers, scope, Matching::NoTypos)?,
                ),
            };
            if alternatives.is_empty() {
                // Only separators: a word that says nothing is left out, not failed.
                continue;
            }
            parts.push((occur, any_of(alternatives)));
        }
        if !parts.iter().any(|(occur, _)| *occur == Occur::Must) {
            return Ok(None);
        }
        Ok(Some(Box::new(BooleanQuery::new(parts))))
    }

    fn scoped(&self, scope: Scope, title: Field, body: Field) -> Vec<(Field, f32)> {
        match scope {
            Scope::Everything => vec![(title, TITLE_BOOST), (body, 1.0)],
            Scope::Titles => vec![(title, 1.0)],
        }
    }

    /// Ways `text` can match: its neutral terms, and (unless exact) its stemmed terms in
    /// every language; for [`Matching::Inflected`] words long and unknown to the index, close
    /// spellings too.
    fn alternatives(
        &self,
        generation: &Generation,
        text: &str,
        analysers: &mut Analysers,
        scope: Scope,
        how: Matching,
    ) -> Result<Vec<Box<dyn Query>>, SearchError> {
        let searcher = &generation.searcher;
        let fields = &self.fields;
        let mut alternatives = Vec::new();
        let mut known = false;
        let neutral = terms(&mut analysers.neutral, text);
        // A term no document has cannot match: leaving it out keeps the query small.
        let mut consider = |field: Field, boost: f32, words: &[String]| {
            let terms: Vec<Term> = words
                .iter()
                .map(|word| Term::from_field_text(field, word))
                .collect();
            let mut present = !terms.is_empty();
            for term in &terms {
                present &= searcher.doc_freq(term)? > 0;
            }
            if present {
                known = true;
                alternatives.extend(field_query(terms, boost));
            }
            Ok::<(), SearchError>(())
        };
        for (field, boost) in self.scoped(scope, fields.title_neutral, fields.body_neutral) {
            consider(field, boost, &neutral)?;
        }
        let stemmed = if how == Matching::Exact {
            &mut [][..]
        } else {
            &mut analysers.stemmed[..]
        };
        for (n, ((_, analyser), &(_, title, body))) in
            stemmed.iter_mut().zip(&fields.stemmed).enumerate()
        {
            // A language no document is in has no terms to find.
            if !generation.stemmed_present(n) {
                continue;
            }
            let stems = terms(analyser, text);
            for (field, boost) in self.scoped(scope, title, body) {
                consider(field, boost, &stems)?;
            }
        }
        if how == Matching::Inflected
            && !known
            && let [word] = neutral.as_slice()
        {
            let distance: u8 = match word.chars().count() {
                0..5 => 0,
                5..9 => 1,
                _ => 2,
            };
            if distance > 0 {
                let close = close_spellings(searcher, fields.body_neutral, word, distance)?;
                analysers.expanded.extend(close.iter().cloned());
                for (field, boost) in self.scoped(scope, fields.title_neutral, fields.body_neutral)
                {
                    let spellings = close
                        .iter()
                        .map(|term| {
                            Box::new(TermQuery::new(
                                Term::from_field_text(field, term),
                                IndexRecordOption::WithFreqs,
                            )) as Box<dyn Query>
                        })
                        .collect();
                    alternatives.push(Box::new(BoostQuery::new(
                        any_of(spellings),
                        boost * TYPO_BOOST,
                    )));
                }
            }
        }
        Ok(alternatives)
    }

    /// Words starting with `text` (in its neutral form): the most frequent words of the
    /// index with that start, each scored like a word, so the best-matching documents rank
    /// first. A prefix after other words (`full-dis*`) is a phrase ending in a prefix.
    fn prefix(
        &self,
        searcher: &Searcher,
        text: &str,
        analysers: &mut Analysers,
        scope: Scope,
    ) -> Result<Vec<Box<dyn Query>>, SearchError> {
        let mut words = terms(&mut analysers.neutral, text);
        let Some(last) = words.pop() else {
            return Ok(Vec::new());
        };
        let fields = &self.fields;
        if !words.is_empty() {
            return Ok(self
                .scoped(scope, fields.title_neutral, fields.body_neutral)
                .into_iter()
                .map(|(field, boost)| {
                    let terms = words
                        .iter()
                        .chain([&last])
                        .map(|word| Term::from_field_text(field, word))
                        .collect();
                    Box::new(BoostQuery::new(
                        Box::new(PhrasePrefixQuery::new(terms)),
                        boost,
                    )) as Box<dyn Query>
                })
                .collect());
        }
        let field = match scope {
            Scope::Everything => fields.body_neutral,
            Scope::Titles => fields.title_neutral,
        };
        let completions = completions(searcher, field, &last)?;
        analysers.expanded.extend(completions.iter().cloned());
        Ok(self
            .scoped(scope, fields.title_neutral, fields.body_neutral)
            .into_iter()
            .filter_map(|(field, boost)| {
                let terms = completions
                    .iter()
                    .filter_map(|word| field_query(vec![Term::from_field_text(field, word)], boost))
                    .collect::<Vec<_>>();
                (!terms.is_empty()).then(|| any_of(terms))
            })
            .collect())
    }
}

/// The most words a prefix or a misspelling stands for: the most frequent ones.
const EXPANSIONS: usize = 50;

/// Words of `field` starting with `start`: the [`EXPANSIONS`] found in most documents.
fn completions(searcher: &Searcher, field: Field, start: &str) -> Result<Vec<String>, SearchError> {
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

/// Words of `field` at most `distance` edits (a swap of neighbours is one) from `word`: the
/// [`EXPANSIONS`] found in most documents. A Levenshtein automaton walks the term dictionary,
/// so only plausible branches are visited.
fn close_spellings(
    searcher: &Searcher,
    field: Field,
    word: &str,
    distance: u8,
) -> Result<Vec<String>, SearchError> {
    let automaton =
        FuzzyTermQuery::new(Term::from_field_text(field, word), distance, true).automaton()?;
    let mut found: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted.terms().search(&automaton).into_stream()?;
        while stream.advance() {
            if let Ok(close) = std::str::from_utf8(stream.key()) {
                *found.entry(close.to_owned()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    Ok(most_frequent(found))
}

/// The [`EXPANSIONS`] words found in most documents.
fn most_frequent(found: HashMap<String, u64>) -> Vec<String> {
    let mut words: Vec<(String, u64)> = found.into_iter().collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    words.truncate(EXPANSIONS);
    words.into_iter().map(|(word, _)| word).collect()
}

/// How a clause's words match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Matching {
    /// In any inflection of a document's language, and with typos when no document has the
    /// word as typed.
    Inflected,
    /// In any inflection, never with typos (what a reader leaves out must be what they typed).
    NoTypos,
    /// Exactly as typed, but for case and accents: a quoted phrase.
    Exact,
}

/// Which fields a query looks in.
#[derive(Debug, Clone, Copy)]
enum Scope {
    Everything,
    Titles,
}

/// The analysers, ready to analyse query text, and the words of the index a query's
/// prefixes and misspellings stood for (to highlight them).
#[derive(Clone)]
struct Analysers {
    neutral: TextAnalyzer,
    stemmed: Vec<(&'static str, TextAnalyzer)>,
    expanded: Vec<String>,
}

/// One term, or a phrase of several, in `field`; `None` for none.
fn field_query(terms: Vec<Term>, boost: f32) -> Option<Box<dyn Query>> {
    let query: Box<dyn Query> = match terms.len() {
        0 => return None,
        1 => Box::new(TermQuery::new(
            terms.into_iter().next()?,
            IndexRecordOption::WithFreqs,
        )),
        _ => Box::new(PhraseQuery::new(terms)),
    };
    Some(Box::new(BoostQuery::new(query, boost)))
}

fn any_of(alternatives: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if alternatives.is_empty() {
        return Box::new(EmptyQuery);
    }
    Box::new(BooleanQuery::new(
        alternatives
            .into_iter()
            .map(|query| (Occur::Should, query))
            .collect(),
    ))
}

/// A stored document as a results page reads it: each field's value as the store gives it.
/// (tantivy's own document copies every string once more, into a buffer grown as it goes:
/// 8% of a search.)
struct Stored(Vec<(Field, StoredValue)>);

/// The stored fields are strings, `updated` a number and `body_marks` bytes.
enum StoredValue {
    Text(String),
    Number(i64),
    Bytes(Vec<u8>),
}

impl Stored {
    /// The string stored in `field`, moved out; empty if there is none.
    fn take(&mut self, field: Field) -> String {
        self.0
            .iter_mut()
            .find_map(|(at, value)| match value {
                StoredValue::Text(text) if *at == field => Some(std::mem::take(text)),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// The bytes stored in `field`, moved out; empty if there are none.
    fn take_bytes(&mut self, field: Field) -> Vec<u8> {
        self.0
            .iter_mut()
            .find_map(|(at, value)| match value {
                StoredValue::Bytes(bytes) if *at == field => Some(std::mem::take(bytes)),
                _ => None,
            })
            .unwrap_or_default()
    }

    fn number(&self, field: Field) -> i64 {
        self.0
            .iter()
            .find_map(|(at, value)| match value {
                StoredValue::Number(number) if *at == field => Some(*number),
                _ => None,
            })
            .unwrap_or(0)
    }
}

impl DocumentDeserialize for Stored {
    fn deserialize<'de, D>(mut deserializer: D) -> Result<Self, DeserializeError>
    where
        D: DocumentDeserializer<'de>,
    {
        let mut values = Vec::with_capacity(deserializer.size_hint());
        while let Some(entry) = deserializer.next_field()? {
            values.push(entry);
        }
        Ok(Stored(values))
    }
}

impl ValueDeserialize for StoredValue {
    fn deserialize<'de, D>(deserializer: D) -> Result<Self, DeserializeError>
    where
        D: ValueDeserializer<'de>,
    {
        struct Visitor;
        impl ValueVisitor for Visitor {
            type Value = StoredValue;
            fn visit_string(&self, text: String) -> Result<StoredValue, DeserializeError> {
                Ok(StoredValue::Text(text))
            }
            fn visit_i64(&self, number: i64) -> Result<StoredValue, DeserializeError> {
                Ok(StoredValue::Number(number))
            }
            fn visit_bytes(&self, bytes: Vec<u8>) -> Result<StoredValue, DeserializeError> {
                Ok(StoredValue::Bytes(bytes))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Highlighted passages. The index keeps where each word of a document is (for phrases), so
/// the query's words are found there, in each hit's language, inflected forms included: the
/// text itself is only split into words, never analysed again.
struct Snippets {
    words: Vec<String>,
    analysers: Analysers,
    /// Per language, the terms to look for: the words' (in order), then the expansions'.
    located: HashMap<String, Located>,
    /// The postings read so far, by term and segment (`None`: the segment lacks the term).
    postings: HashMap<Term, Vec<(SegmentOrdinal, Option<SegmentPostings>)>>,
    /// Where the query's words are in the document at hand (reused from hit to hit).
    matches: Vec<(usize, usize)>,
}

/// The terms a query's words are indexed as in the body fields, each with the number of the
/// word it stands for.
struct Located {
    words: Vec<(Term, usize)>,
    /// What the query's prefixes and misspellings stood for, most frequent first.
    expansions: Vec<(Term, usize)>,
}

impl Snippets {
    fn new(clauses: &[Clause], analysers: Analysers) -> Snippets {
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
    fn html(
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
fn positions<'a>(
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
const EXPANSIONS_LOCATED: usize = 5;

/// How many tokens a passage is taken to hold when choosing one (a snippet of Latin text
/// holds about 30 words).
const PASSAGE_TOKENS: usize = 24;

/// The most matches considered as a passage's start: a word on every line of a long page
/// needs no more to find a good passage.
const PASSAGE_CANDIDATES: usize = 64;

/// At most this many characters of context come before a passage's first match.
const PASSAGE_LEAD: usize = 60;

/// The passage of `body` holding the most different words of the query (the first such),
/// as HTML with the matches in `<b>` and "…" where text is left out. `matches` are
/// (position, word number) in order; `marks` are the body's ([`analysis::marks`]). `None`
/// without matches, or if the text does not hold the tokens the index has (it always does,
/// as the same text was indexed).
fn passage(body: &str, marks: &[u8], matches: &[(usize, usize)]) -> Option<String> {
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
fn passage_bounds(body: &str, from: usize, to: usize) -> (usize, usize) {
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
fn opening(body: &str) -> String {
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
fn escape_into(out: &mut String, text: &str) {
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

#[cfg(test)]
mod tests;
