//! The hub's full-text index: a tantivy index in the data directory. Documents come in from
//! the services (which follow the change log); queries come back already filtered by who may
//! read what, so neither results, counts nor facets reveal a document the reader may not see.
//!
//! Each document is indexed in its language, stemmed where a stemmer exists, and
//! language-neutrally (see [`analysis`]). A query matches every document in that document's
//! own language; results in the reader's language come first.
#![forbid(unsafe_code)]

mod analysis;
mod document;
mod expand;
mod generation;
mod query;
mod snippet;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use braid_domain::language::LanguageCode;
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
use crate::document::Stored;
use crate::expand::{close_spellings, completions};
use crate::generation::{FACETS_FIELD, Generation, READERS_FIELD};
use crate::query::Clause;
use crate::snippet::Snippets;

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
    /// The language it is written in.
    pub language: LanguageCode,
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
        doc.add_text(fields.language, document.language.as_str());
        doc.add_facet(fields.facets, facet("kind", document.kind.as_str()));
        doc.add_facet(fields.facets, facet("language", document.language.as_str()));
        doc.add_facet(fields.facets, facet("section", &document.section));
        for label in &document.labels {
            doc.add_facet(fields.facets, facet("label", label));
        }
        doc.add_text(fields.title, &document.title);
        doc.add_text(fields.body, &document.body);
        doc.add_bytes(fields.body_marks, &analysis::marks(&document.body));
        doc.add_text(fields.title_neutral, &document.title);
        doc.add_text(fields.body_neutral, &document.body);
        if let Some((title, body)) = self.stemmed_fields(document.language.as_str()) {
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

#[cfg(test)]
mod tests;
