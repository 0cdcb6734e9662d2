//! The hub's full-text index: a tantivy index in the data directory. Documents come in from
//! the services (which follow the change log); queries come back already filtered by who may
//! read what, so neither results nor counts reveal a page the reader may not see.
//!
//! Text is analysed language-neutrally for now: words split on Unicode boundaries, lowercased
//! and with accents folded, so "organización" matches "organizacion". Per-language stemming is
//! the next step (issue: search).
#![forbid(unsafe_code)]

use std::ops::Bound;
use std::path::Path;
use std::sync::Mutex;

use braid_domain::time::Timestamp;
use braid_domain::wiki::Visibility;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

/// Why the index failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// tantivy reported an error (damaged or unwritable index).
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// The index directory could not be made.
    #[error("search index directory: {0}")]
    Io(#[from] std::io::Error),
}

/// A thing to find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchDocument {
    /// Unique and stable, e.g. `page:12`.
    pub id: String,
    /// `page` (later `comment`, `thread`).
    pub kind: String,
    /// Who may read it.
    pub visibility: Visibility,
    /// Its title.
    pub title: String,
    /// Its text (Markdown is fine).
    pub body: String,
    /// Its address.
    pub href: String,
    /// Its section's title.
    pub section_title: String,
    /// When it last changed.
    pub updated: Timestamp,
}

/// A result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The document's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its address.
    pub href: String,
    /// Its section's title.
    pub section_title: String,
    /// The best matching passage as HTML: escaped text with `<b>` around matches.
    pub snippet_html: String,
    /// When it last changed.
    pub updated: Timestamp,
}

struct Fields {
    id: Field,
    kind: Field,
    visibility: Field,
    title: Field,
    body: Field,
    href: Field,
    section_title: Field,
    updated: Field,
}

/// The index: one writer, a reader reloaded after each commit.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").finish_non_exhaustive()
    }
}

const ANALYSER: &str = "braid";

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ANALYSER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        kind: builder.add_text_field("kind", STRING | STORED),
        visibility: builder.add_u64_field("visibility", INDEXED | FAST),
        title: builder.add_text_field("title", text.clone()),
        body: builder.add_text_field("body", text),
        href: builder.add_text_field("href", STORED),
        section_title: builder.add_text_field("section_title", STORED),
        updated: builder.add_i64_field("updated", STORED),
    };
    (builder.build(), fields)
}

fn level(visibility: Visibility) -> u64 {
    match visibility {
        Visibility::Public => 0,
        Visibility::Members => 1,
        Visibility::Editors => 2,
    }
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it if needed.
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = schema();
        let directory = tantivy::directory::MmapDirectory::open(dir)
            .map_err(|e| SearchError::Index(tantivy::TantivyError::from(e)))?;
        let index = Index::open_or_create(directory, schema)?;
        index.tokenizers().register(
            ANALYSER,
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(60))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
        );
        let writer = index.writer(32 * 1024 * 1024)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
        })
    }

    fn writer(&self) -> std::sync::MutexGuard<'_, IndexWriter> {
        // A panic while holding the writer leaves it usable: tantivy's writer keeps no
        // half-applied state outside a commit.
        self.writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Adds or replaces a document (visible after [`Self::commit`]).
    pub fn upsert(&self, document: &SearchDocument) -> Result<(), SearchError> {
        let fields = &self.fields;
        let writer = self.writer();
        writer.delete_term(Term::from_field_text(fields.id, &document.id));
        let mut doc = TantivyDocument::default();
        doc.add_text(fields.id, &document.id);
        doc.add_text(fields.kind, &document.kind);
        doc.add_u64(fields.visibility, level(document.visibility));
        doc.add_text(fields.title, &document.title);
        doc.add_text(fields.body, &document.body);
        doc.add_text(fields.href, &document.href);
        doc.add_text(fields.section_title, &document.section_title);
        doc.add_i64(fields.updated, document.updated.as_millis());
        writer.add_document(doc)?;
        Ok(())
    }

    /// Removes a document (after [`Self::commit`]).
    pub fn delete(&self, id: &str) {
        self.writer()
            .delete_term(Term::from_field_text(self.fields.id, id));
    }

    /// How many documents the index holds (as of the last commit).
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Whether the index holds no document.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Removes every document (for a rebuild).
    pub fn clear(&self) -> Result<(), SearchError> {
        self.writer().delete_all_documents()?;
        Ok(())
    }

    /// Makes the changes so far durable and searchable.
    pub fn commit(&self) -> Result<(), SearchError> {
        self.writer().commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Documents matching `query` that a reader who may read up to `readable` may see, best
    /// first: how many there are, and the first `limit`. The permission is part of the query,
    /// so the count is of readable documents only.
    pub fn search(
        &self,
        query: &str,
        readable: Visibility,
        limit: usize,
    ) -> Result<(usize, Vec<Hit>), SearchError> {
        let fields = &self.fields;
        let searcher = self.reader.searcher();
        let mut parser = QueryParser::for_index(&self.index, vec![fields.title, fields.body]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(fields.title, 2.0);
        let (user_query, _errors) = parser.parse_query_lenient(query);
        let allowed = RangeQuery::new(
            Bound::Included(Term::from_field_u64(fields.visibility, 0)),
            Bound::Included(Term::from_field_u64(fields.visibility, level(readable))),
        );
        let filtered = BooleanQuery::new(vec![
            (Occur::Must, user_query.box_clone()),
            (Occur::Must, Box::new(allowed) as Box<dyn Query>),
        ]);
        let (count, top) = searcher.search(
            &filtered,
            &(Count, TopDocs::with_limit(limit.max(1)).order_by_score()),
        )?;
        let mut snippets = SnippetGenerator::create(&searcher, &*user_query, fields.body)?;
        snippets.set_max_num_chars(200);
        let mut hits = Vec::with_capacity(top.len());
        for (_score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = |field: Field| {
                doc.get_first(field)
                    .and_then(|value| value.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            hits.push(Hit {
                id: text(fields.id),
                title: text(fields.title),
                href: text(fields.href),
                section_title: text(fields.section_title),
                snippet_html: snippets.snippet_from_doc(&doc).to_html(),
                updated: Timestamp(
                    doc.get_first(fields.updated)
                        .and_then(|value| value.as_i64())
                        .unwrap_or(0),
                ),
            });
        }
        Ok((count, hits))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(id: &str, title: &str, body: &str, visibility: Visibility) -> SearchDocument {
        SearchDocument {
            id: id.to_owned(),
            kind: "page".to_owned(),
            visibility,
            title: title.to_owned(),
            body: body.to_owned(),
            href: format!("/wiki/x/{id}"),
            section_title: "Discover".to_owned(),
            updated: Timestamp(1),
        }
    }

    #[test]
    fn readers_find_what_they_may_read_and_counts_never_tell_more() {
        let dir = tempfile::tempdir().unwrap();
        let index = SearchIndex::open(dir.path()).unwrap();
        index
            .upsert(&document(
                "page:1",
                "Phone seizure",
                "What to do when a phone is seized at a border.",
                Visibility::Public,
            ))
            .unwrap();
        index
            .upsert(&document(
                "page:2",
                "Partner list",
                "Phone numbers of partners.",
                Visibility::Members,
            ))
            .unwrap();
        index
            .upsert(&document(
                "page:3",
                "Organización",
                "Guía para la organización.",
                Visibility::Public,
            ))
            .unwrap();
        index.commit().unwrap();

        let (count, hits) = index.search("phone", Visibility::Public, 10).unwrap();
        assert_eq!((count, hits.len(), hits[0].id.as_str()), (1, 1, "page:1"));
        assert!(
            hits[0].snippet_html.contains("<b>phone</b>"),
            "{}",
            hits[0].snippet_html
        );
        let (count, _) = index.search("phone", Visibility::Members, 10).unwrap();
        assert_eq!(count, 2);
        let (count, _) = index
            .search("organizacion", Visibility::Public, 10)
            .unwrap();
        assert_eq!(count, 1, "accents folded");

        index.delete("page:1");
        index
            .upsert(&document(
                "page:2",
                "Partner list",
                "Now public.",
                Visibility::Public,
            ))
            .unwrap();
        index.commit().unwrap();
        let (count, hits) = index.search("partner", Visibility::Public, 10).unwrap();
        assert_eq!(
            (count, hits[0].id.as_str()),
            (1, "page:2"),
            "replaced, not duplicated"
        );
        assert_eq!(
            index.search("seized", Visibility::Editors, 10).unwrap().0,
            0
        );
        assert_eq!(
            index
                .search("((( \"unclosed", Visibility::Public, 10)
                .unwrap()
                .0,
            0,
            "bad syntax is no error"
        );
    }
}
