//! What every query of one state of the index shares: its searcher, each document's facet
//! values, and which stemmed languages have documents. Worked out when the index changes,
//! never by a query, so how long a query takes tells nothing of what others asked before it.

use std::collections::HashMap;
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::analysis::STEMMED;
use crate::{FACET_VALUES, Facets, SearchError};

/// The facets' field name.
pub(crate) const FACETS_FIELD: &str = "facets";

/// A searcher over one state of the index, with what its queries need to know of it.
pub(crate) struct Generation {
    pub(crate) searcher: Searcher,
    /// Each segment's facet values, by segment ordinal.
    facets: Vec<Arc<SegmentFacets>>,
    /// For each language of [`STEMMED`], in that order: whether a document is in it. A query
    /// is stemmed only in these: the others' fields hold no terms.
    stemmed_present: Vec<bool>,
}

impl Generation {
    /// The generation of `searcher`, reusing the facet tables of `earlier` for segments both
    /// have (a segment never changes; deletions only hide its documents).
    pub(crate) fn new(
        searcher: Searcher,
        earlier: Option<&Generation>,
    ) -> Result<Generation, SearchError> {
        let known: HashMap<SegmentId, &Arc<SegmentFacets>> = earlier
            .map(|earlier| {
                earlier
                    .searcher
                    .segment_readers()
                    .iter()
                    .zip(&earlier.facets)
                    .map(|(segment, facets)| (segment.segment_id(), facets))
                    .collect()
            })
            .unwrap_or_default();
        let facets = searcher
            .segment_readers()
            .iter()
            .map(|segment| match known.get(&segment.segment_id()) {
                Some(facets) => Ok(Arc::clone(facets)),
                None => SegmentFacets::read(segment).map(Arc::new),
            })
            .collect::<Result<Vec<_>, SearchError>>()?;
        let stemmed_present = STEMMED
            .iter()
            .map(|(code, _)| {
                facets.iter().any(|segment| {
                    segment.values.iter().any(|(dimension, value)| {
                        *dimension == Dimension::Language && value == code
                    })
                })
            })
            .collect();
        Ok(Generation {
            searcher,
            facets,
            stemmed_present,
        })
    }

    /// Whether a document is in the `n`th language of [`STEMMED`].
    pub(crate) fn stemmed_present(&self, n: usize) -> bool {
        self.stemmed_present.get(n).copied().unwrap_or(false)
    }

    /// A collector counting the facet values of the documents a query matches.
    pub(crate) fn facet_counter(&self) -> FacetCounter<'_> {
        FacetCounter {
            segments: &self.facets,
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

/// The facet values of a segment's documents, read once from its facet column: counting them
/// for the documents a query matches is then a look-up per document, where reading the
/// column was a fifth of a search.
struct SegmentFacets {
    /// The values in the segment (those of the dimensions Braid writes).
    values: Vec<(Dimension, String)>,
    /// Where each document's values start in `documents` (and one more: where the last ends).
    starts: Vec<u32>,
    /// The documents' values, as indexes into `values`, document after document.
    documents: Vec<u32>,
}

impl SegmentFacets {
    fn read(segment: &SegmentReader) -> Result<SegmentFacets, SearchError> {
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
        Ok(SegmentFacets {
            values,
            starts,
            documents,
        })
    }

    /// The values of document `doc`, as indexes into `values`.
    fn of(&self, doc: DocId) -> &[u32] {
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

/// Counts the facet values of matching documents (see [`Generation::facet_counter`]).
pub(crate) struct FacetCounter<'a> {
    segments: &'a [Arc<SegmentFacets>],
}

/// One segment's counts.
pub(crate) struct SegmentFacetCounter {
    facets: Arc<SegmentFacets>,
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
        let facets = self
            .segments
            .get(segment as usize)
            .cloned()
            .ok_or_else(|| {
                tantivy::TantivyError::InternalError(format!("no facets for segment {segment}"))
            })?;
        let counts = vec![0; facets.values.len()];
        Ok(SegmentFacetCounter { facets, counts })
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
        for &value in self.facets.of(doc) {
            if let Some(count) = self.counts.get_mut(value as usize) {
                *count += 1;
            }
        }
    }

    /// Every value found, unordered (the merge orders and cuts).
    fn harvest(self) -> Facets {
        let mut facets = Facets::default();
        for ((dimension, value), &count) in self.facets.values.iter().zip(&self.counts) {
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
