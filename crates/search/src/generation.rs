//! What every query of one state of the index shares: its searcher, each document's readers
//! and facet values, and which stemmed languages have documents. Worked out when the
//! index changes, never by a query, so how long a query takes tells nothing of what others
//! asked before it.
//!
//! Who may read a document is decided here too: [`Generation::readable`] lets a collector see
//! only the documents open to an audience the reader belongs to (audiences are sets of bits,
//! see [`braid_domain::policy::Audience`]), so no count, facet or result is ever made of
//! another.

use std::collections::HashMap;
use std::sync::Arc;

use braid_domain::policy::Audience;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::analysis::STEMMED;
use crate::{FACET_VALUES, Facets, SearchError};

/// The facets' field name.
pub(crate) const FACETS_FIELD: &str = "facets";
/// The readers' field name: the bits of the audiences a document is open to.
pub(crate) const READERS_FIELD: &str = "readers";
/// The readers of a document whose readers could not be read: nobody.
const UNREADABLE: u64 = 0;

/// A searcher over one state of the index, with what its queries need to know of it.
pub(crate) struct Generation {
    pub(crate) searcher: Searcher,
    /// Each segment's documents, by segment ordinal.
    segments: Vec<Arc<SegmentDocuments>>,
    /// For each language of [`STEMMED`], in that order: whether a document is in it. A query
    /// is stemmed only in these: the others' fields hold no terms.
    stemmed_present: Vec<bool>,
}

impl Generation {
    /// The generation of `searcher`, reusing what `earlier` read of the segments both have (a
    /// segment never changes; deletions only hide its documents).
    pub(crate) fn new(
        searcher: Searcher,
        earlier: Option<&Generation>,
    ) -> Result<Generation, SearchError> {
        let known: HashMap<SegmentId, &Arc<SegmentDocuments>> = earlier
            .map(|earlier| {
                earlier
                    .searcher
                    .segment_readers()
                    .iter()
                    .zip(&earlier.segments)
                    .map(|(segment, documents)| (segment.segment_id(), documents))
                    .collect()
            })
            .unwrap_or_default();
        let segments = searcher
            .segment_readers()
            .iter()
            .map(|segment| match known.get(&segment.segment_id()) {
                Some(documents) => Ok(Arc::clone(documents)),
                None => SegmentDocuments::read(segment).map(Arc::new),
            })
            .collect::<Result<Vec<_>, SearchError>>()?;
        let stemmed_present = STEMMED
            .iter()
            .map(|(code, _)| {
                segments
                    .iter()
                    .any(|segment| segment.value(Dimension::Language, code).is_some())
            })
            .collect();
        Ok(Generation {
            searcher,
            segments,
            stemmed_present,
        })
    }

    /// `collector` as it sees only the documents open to one of `audience`.
    pub(crate) fn readable<C: Collector>(
        &self,
        audience: Audience,
        collector: C,
    ) -> Readable<'_, C> {
        Readable {
            segments: &self.segments,
            audience,
            collector,
        }
    }

    /// The score of a document in `language` raised by `bonus`, to rank it first, for
    /// [`tantivy::collector::TopDocs::tweak_score`].
    pub(crate) fn language_first(
        &self,
        language: &str,
        bonus: Score,
    ) -> impl Fn(&SegmentReader) -> Box<dyn Fn(DocId, Score) -> Score> + Send + Sync + 'static {
        let segments: HashMap<SegmentId, Arc<SegmentDocuments>> = self
            .searcher
            .segment_readers()
            .iter()
            .zip(&self.segments)
            .map(|(segment, documents)| (segment.segment_id(), Arc::clone(documents)))
            .collect();
        let language = language.to_owned();
        move |segment: &SegmentReader| {
            let documents = segments.get(&segment.segment_id()).cloned();
            let value = documents
                .as_ref()
                .and_then(|documents| documents.value(Dimension::Language, &language));
            match (documents, value) {
                (Some(documents), Some(value)) => Box::new(move |doc, score| {
                    if documents.values_of(doc).contains(&value) {
                        score + bonus
                    } else {
                        score
                    }
                }),
                _ => Box::new(|_, score| score),
            }
        }
    }

    /// Whether a document is in the `n`th language of [`STEMMED`].
    pub(crate) fn stemmed_present(&self, n: usize) -> bool {
        self.stemmed_present.get(n).copied().unwrap_or(false)
    }

    /// A collector counting the facet values of the documents a query matches.
    pub(crate) fn facet_counter(&self) -> FacetCounter<'_> {
        FacetCounter {
            segments: &self.segments,
        }
    }
}

/// What a facet value says of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dimension {
    Section,
    Language,
    Label,
    Kind,
}

impl Dimension {
    fn parse(name: &str) -> Option<Dimension> {
        match name {
            "section" => Some(Dimension::Section),
            "language" => Some(Dimension::Language),
            "label" => Some(Dimension::Label),
            "kind" => Some(Dimension::Kind),
            _ => None,
        }
    }
}

/// What a segment's documents are, read once from its columns: each one's readers and
/// facet values. Filtering and counting the documents a query matches is then a look-up per
/// document, where reading the columns was a fifth of a search.
struct SegmentDocuments {
    /// Each document's readers.
    readers: Vec<Audience>,
    /// The facet values in the segment (those of the dimensions Braid writes).
    values: Vec<(Dimension, String)>,
    /// Where each document's values start in `documents` (and one more: where the last ends).
    starts: Vec<u32>,
    /// The documents' values, as indexes into `values`, document after document.
    documents: Vec<u32>,
}

impl SegmentDocuments {
    fn read(segment: &SegmentReader) -> Result<SegmentDocuments, SearchError> {
        let column = segment
            .fast_fields()
            .u64(READERS_FIELD)?
            .first_or_default_col(UNREADABLE);
        let readers = (0..segment.max_doc())
            .map(|doc| Audience::from_bits(column.get_val(doc)))
            .collect();
        let column = segment.facet_reader(FACETS_FIELD)?;
        let mut values = Vec::new();
        // Each facet ordinal of the segment's column as an index into `values`.
        let mut ordinal_values = Vec::with_capacity(column.num_facets());
        let mut facet = Facet::root();
        for ordinal in 0..column.num_facets() as u64 {
            column.facet_from_ord(ordinal, &mut facet)?;
            let value = match facet.to_path().as_slice() {
                [dimension, value] => Dimension::parse(dimension).map(|d| (d, (*value).to_owned())),
                _ => None,
            };
            ordinal_values.push(value.map(|value| {
                values.push(value);
                (values.len() - 1) as u32
            }));
        }
        let mut starts = Vec::with_capacity(segment.max_doc() as usize + 1);
        let mut documents = Vec::new();
        for doc in 0..segment.max_doc() {
            starts.push(documents.len() as u32);
            documents.extend(column.facet_ords(doc).filter_map(|ordinal| {
                ordinal_values
                    .get(usize::try_from(ordinal).ok()?)
                    .copied()
                    .flatten()
            }));
        }
        starts.push(documents.len() as u32);
        Ok(SegmentDocuments {
            readers,
            values,
            starts,
            documents,
        })
    }

    /// Document `doc`'s readers.
    fn readers(&self, doc: DocId) -> Audience {
        self.readers
            .get(doc as usize)
            .copied()
            .unwrap_or(Audience::from_bits(UNREADABLE))
    }

    /// The index in `values` of a value, if a document of the segment has it.
    fn value(&self, dimension: Dimension, value: &str) -> Option<u32> {
        self.values
            .iter()
            .position(|(d, v)| *d == dimension && v == value)
            .and_then(|at| u32::try_from(at).ok())
    }

    /// The facet values of document `doc`, as indexes into `values`.
    fn values_of(&self, doc: DocId) -> &[u32] {
        let doc = doc as usize;
        match (self.starts.get(doc), self.starts.get(doc + 1)) {
            (Some(&from), Some(&to)) => self
                .documents
                .get(from as usize..to as usize)
                .unwrap_or_default(),
            _ => &[],
        }
    }
}

/// Passes a collector only the documents a reader may read (see [`Generation::readable`]).
pub(crate) struct Readable<'a, C> {
    segments: &'a [Arc<SegmentDocuments>],
    audience: Audience,
    collector: C,
}

/// [`Readable`] in one segment.
pub(crate) struct ReadableSegment<C> {
    documents: Arc<SegmentDocuments>,
    audience: Audience,
    collector: C,
}

impl<C: Collector> Collector for Readable<'_, C> {
    type Fruit = C::Fruit;
    type Child = ReadableSegment<C::Child>;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(ReadableSegment {
            documents: segment_documents(self.segments, segment)?,
            audience: self.audience,
            collector: self.collector.for_segment(segment, reader)?,
        })
    }

    fn requires_scoring(&self) -> bool {
        self.collector.requires_scoring()
    }

    fn merge_fruits(
        &self,
        fruits: Vec<<C::Child as SegmentCollector>::Fruit>,
    ) -> tantivy::Result<C::Fruit> {
        self.collector.merge_fruits(fruits)
    }
}

impl<C: SegmentCollector> SegmentCollector for ReadableSegment<C> {
    type Fruit = C::Fruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        if self.documents.readers(doc).meets(self.audience) {
            self.collector.collect(doc, score);
        }
    }

    fn harvest(self) -> C::Fruit {
        self.collector.harvest()
    }
}

fn segment_documents(
    segments: &[Arc<SegmentDocuments>],
    segment: SegmentOrdinal,
) -> tantivy::Result<Arc<SegmentDocuments>> {
    segments.get(segment as usize).cloned().ok_or_else(|| {
        tantivy::TantivyError::InternalError(format!("no documents read for segment {segment}"))
    })
}

/// Counts the facet values of matching documents (see [`Generation::facet_counter`]).
pub(crate) struct FacetCounter<'a> {
    segments: &'a [Arc<SegmentDocuments>],
}

/// One segment's counts.
pub(crate) struct SegmentFacetCounter {
    documents: Arc<SegmentDocuments>,
    counts: Vec<u32>,
}

impl Collector for FacetCounter<'_> {
    type Fruit = Facets;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        _reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        let documents = segment_documents(self.segments, segment)?;
        let counts = vec![0; documents.values.len()];
        Ok(SegmentFacetCounter { documents, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Facets>) -> tantivy::Result<Facets> {
        let mut totals: [HashMap<String, u64>; 4] = Default::default();
        for segment in segments {
            for (n, values) in [
                segment.sections,
                segment.languages,
                segment.labels,
                segment.kinds,
            ]
            .into_iter()
            .enumerate()
            {
                for (value, count) in values {
                    *totals[n].entry(value).or_default() += count;
                }
            }
        }
        let [sections, languages, labels, kinds] = totals.map(most_first);
        Ok(Facets {
            sections,
            languages,
            labels,
            kinds,
        })
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = Facets;

    fn collect(&mut self, doc: DocId, _: Score) {
        for &value in self.documents.values_of(doc) {
            if let Some(count) = self.counts.get_mut(value as usize) {
                *count += 1;
            }
        }
    }

    /// Every value found, unordered (the merge orders and cuts).
    fn harvest(self) -> Facets {
        let mut facets = Facets::default();
        for ((dimension, value), &count) in self.documents.values.iter().zip(&self.counts) {
            if count == 0 {
                continue;
            }
            let list = match dimension {
                Dimension::Section => &mut facets.sections,
                Dimension::Language => &mut facets.languages,
                Dimension::Label => &mut facets.labels,
                Dimension::Kind => &mut facets.kinds,
            };
            list.push((value.clone(), u64::from(count)));
        }
        facets
    }
}

/// The [`FACET_VALUES`] values with the most documents, most first, then by name.
fn most_first(counts: HashMap<String, u64>) -> Vec<(String, u64)> {
    let mut values: Vec<(String, u64)> = counts.into_iter().collect();
    values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    values.truncate(FACET_VALUES);
    values
}
