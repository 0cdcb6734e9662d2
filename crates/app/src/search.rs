//! Keeping the search index up to date and asking it. The index follows the change log: each
//! batch of changes is applied and committed to the index before the cursor moves past them,
//! so after a crash or a restore the index catches up from where it was.
//!
//! Indexed: the approved revision of each live page, and the comments on it, each with its
//! effective visibility (comments are for members, so never below that). Nothing else is
//! indexed: engagement records in the practitioner workspace are encrypted and must never
//! reach the index, which is why this follows only the page, section and comment entries of
//! the change log.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use braid_domain::change::EntityKind;
use braid_domain::ids::{CommentId, PageId, SectionId};
use braid_domain::language::language_name;
use braid_domain::policy::{Actor, Audience};
use braid_domain::section::Section;
use braid_domain::wiki::{Page, Visibility};
pub use braid_search::{Filters, Hit, Kind, SearchIndex};
use braid_search::{SearchDocument, SearchRequest};
use braid_text::markdown::plain_text;

use braid_store::{Change, UnitOfWork};

use crate::followers::{Applying, Follower};
use crate::wiki::{LivePages, SectionPages, page_href};
use crate::{App, AppError};

/// The change-log consumer name of the index.
const CONSUMER: &str = "search";
/// At start-up, an index at most this many changes behind catches up before the hub serves
/// (the demo content is 17; 100 take well under a second).
const CAUGHT_UP_BEFORE_SERVING: u32 = 100;
/// Results shown at once. Ten, as most search pages show: over a slow link the page is about
/// 3.1 KB compressed instead of 3.9 at twenty, and a search takes about a fifth less of the
/// server's time (the snippets, stored texts and markup of ten fewer hits).
pub const RESULTS: usize = 10;
/// Suggestions offered as the reader types.
pub const SUGGESTIONS: usize = 8;
/// The furthest into the results a reader may page.
const DEEPEST_RESULT: usize = 1_000;

/// A search as the reader asked for it.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// What they typed.
    pub text: String,
    /// The narrowing they chose.
    pub filters: Filters,
    /// Results to skip.
    pub offset: usize,
    /// Their interface language: documents in it come first.
    pub reader_language: String,
}

/// One value of a facet: what it filters on, its name for readers, and how many results
/// have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// The value filtered on (a section slug, language code, label or kind).
    pub value: String,
    /// Its name: the section's title, the language's own name, the label, or the kind.
    pub name: String,
    /// How many of the reader's results have it.
    pub count: u64,
}

/// What a search found, for one reader.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// How many results in all.
    pub count: usize,
    /// This page of them.
    pub hits: Vec<Hit>,
    /// Results by section.
    pub sections: Vec<FacetValue>,
    /// Results by language.
    pub languages: Vec<FacetValue>,
    /// Results by label.
    pub labels: Vec<FacetValue>,
    /// Results by kind (`page`, `comment`).
    pub kinds: Vec<FacetValue>,
    /// The index is being built again (after an upgrade or a restore) and has not yet
    /// reached every page: the reader should know results may be missing
    /// ([`App::search_rebuilding`]).
    pub incomplete: bool,
}

/// Runs index work that blocks (a commit writes and syncs files; letting the writer go waits
/// for its merges) on a thread of its own, not one that serves requests.
async fn off_runtime(
    index: &Arc<SearchIndex>,
    work: fn(&SearchIndex) -> Result<(), braid_search::SearchError>,
) -> Result<(), AppError> {
    let index = Arc::clone(index);
    tokio::task::spawn_blocking(move || work(&index))
        .await
        .map_err(|error| AppError::Internal(format!("search index work failed: {error}")))?
        .map_err(index_error)
}

fn index_error(error: braid_search::SearchError) -> AppError {
    AppError::Internal(error.to_string())
}

impl App {
    /// Keeps and consults a full-text index.
    pub fn with_search(mut self, index: SearchIndex) -> App {
        self.search = Some(Arc::new(index));
        self
    }

    /// Whether this hub has a full-text index.
    pub fn has_search(&self) -> bool {
        self.search.is_some()
    }

    /// At start-up, before serving. An empty index (new, deleted, made by another version, or
    /// left out of a restored backup) is rebuilt by following the whole change log again.
    /// A few changes behind (a restart, a crash, a first start with the demo content), the
    /// index catches up now, so the first searches find everything. Further behind, the
    /// catching up is left to [`App::catch_up_search`] while the hub serves (a large hub's
    /// rebuild takes minutes, and nothing else waits for it), and searches say meanwhile that
    /// their results may be incomplete.
    pub async fn prepare_search(&self) -> Result<(), AppError> {
        let Some(index) = &self.search else {
            return Ok(());
        };
        if index.is_empty() {
            self.store().reset_change_cursor(CONSUMER).await?;
        }
        let cursor = self.store().change_cursor(CONSUMER).await?;
        let behind = self
            .store()
            .changes_after(cursor, CAUGHT_UP_BEFORE_SERVING + 1)
            .await?
            .len();
        if behind > CAUGHT_UP_BEFORE_SERVING as usize {
            self.search_rebuilding.store(true, Ordering::Relaxed);
        } else {
            self.catch_up_search().await?;
        }
        Ok(())
    }

    /// Whether the index was far behind at start-up and has not caught up yet.
    pub fn search_rebuilding(&self) -> bool {
        self.search_rebuilding.load(Ordering::Relaxed)
    }

    /// Applies the changes made since the index last caught up; returns how many.
    pub async fn catch_up_search(&self) -> Result<usize, AppError> {
        if self.search.is_none() {
            return Ok(0);
        }
        self.follow(&SearchFollower).await
    }

    /// Builds the index again from the database: every page and comment. `progress` hears
    /// (pages done, pages in all) after each page. Returns the number of pages.
    pub async fn rebuild_search(
        &self,
        progress: &mut (dyn FnMut(usize, usize) + Send),
    ) -> Result<usize, AppError> {
        let Some(index) = self.search.clone() else {
            return Ok(0);
        };
        // Changes after this point are applied again by the next catch-up, which is harmless.
        let latest = self.store().latest_change_id().await?;
        let sections = self.store().list_sections().await?;
        let mut total = 0;
        for section in &sections {
            total += self.store().section_pages(section.id).await?.len();
        }
        index.clear().map_err(index_error)?;
        let mut done = 0;
        progress(0, total);
        for section in &sections {
            self.index_section(&index, section, &mut || {
                done += 1;
                progress(done.min(total), total);
            })
            .await?;
        }
        off_runtime(&index, SearchIndex::commit).await?;
        self.store()
            .advance_change_cursor(CONSUMER, latest, self.now())
            .await?;
        index.optimise().map_err(index_error)?;
        Ok(done)
    }

    /// Indexes every page of a section, from one read of its pages.
    async fn index_section(
        &self,
        index: &SearchIndex,
        section: &Section,
        indexed: &mut (dyn FnMut() + Send),
    ) -> Result<(), AppError> {
        let all = self.store().section_pages(section.id).await?;
        let live = SectionPages {
            section: section.clone(),
            pages: Arc::new(LivePages::new(
                all.iter()
                    .filter(|page| page.deleted_at.is_none())
                    .cloned()
                    .collect(),
                // Translations sit under their sources, so their visibility follows without
                // knowing which they are.
                Vec::new(),
            )),
        };
        for page in &all {
            // A page in the bin is not among the live ones: it has no visibility, so it leaves
            // the index.
            let visibility = live
                .pages
                .get(page.id)
                .map(|live_page| live.visibility(live_page));
            self.index_page(index, section, page, visibility).await?;
            indexed();
        }
        Ok(())
    }

    /// Indexes `pages` of a section and the pages under them (whose visibility follows
    /// theirs), each from its own row and its ancestors': the cost follows the pages changed,
    /// not the section (issue 29: reading the whole section per batch made a bulk import
    /// quadratic).
    async fn index_pages(
        &self,
        index: &SearchIndex,
        section: &Section,
        pages: &HashSet<PageId>,
    ) -> Result<(), AppError> {
        let mut done: HashSet<PageId> = HashSet::with_capacity(pages.len());
        for &id in pages {
            let Some(page) = self.store().find_page_by_id(id).await? else {
                continue;
            };
            // The page, then the pages under it with the visibility they inherit; `done`
            // refuses a page seen before, so a damaged tree (a cycle) ends.
            let visibility = if page.deleted_at.is_none() {
                Some(self.wiki().visibility_alone(section, &page).await?)
            } else {
                None
            };
            let mut stack = vec![(page, visibility)];
            while let Some((page, visibility)) = stack.pop() {
                if !done.insert(page.id) {
                    continue;
                }
                self.index_page(index, section, &page, visibility).await?;
                if let Some(visibility) = visibility {
                    for child in self.store().child_pages(section.id, page.id).await? {
                        let inherited =
                            (child.deleted_at.is_none()).then(|| visibility.max(child.visibility));
                        stack.push((child, inherited));
                    }
                }
            }
        }
        Ok(())
    }

    /// Indexes a page's approved revision and its comments, or removes them when the page is
    /// in the recycle bin or awaits its first review.
    async fn index_page(
        &self,
        index: &SearchIndex,
        section: &Section,
        page: &Page,
        visibility: Option<Visibility>,
    ) -> Result<(), AppError> {
        let comments = self.store().page_comments(page.id).await?;
        let revision = match visibility {
            Some(_) if page.approved_revision > 0 => {
                self.store()
                    .revision(page.id, page.approved_revision)
                    .await?
            }
            _ => None,
        };
        let (Some(visibility), Some(revision)) = (visibility, revision) else {
            index
                .delete(&page_document_id(page.id))
                .map_err(index_error)?;
            for comment in &comments {
                index
                    .delete(&comment_document_id(comment.id))
                    .map_err(index_error)?;
            }
            return Ok(());
        };
        let href = page_href(section, &page.slug);
        let document = |id, kind, readers, body: &str, href, labels, updated| SearchDocument {
            id,
            kind,
            readers,
            language: page.language.clone(),
            title: revision.title.clone(),
            body: plain_text(body),
            href,
            section: section.slug.as_str().to_owned(),
            section_title: section.title.clone(),
            labels,
            updated,
        };
        let labels = self.store().page_labels(page.id).await?;
        index
            .upsert(&document(
                page_document_id(page.id),
                Kind::Page,
                Audience::reading(visibility),
                &revision.body,
                href.clone(),
                labels,
                revision.created_at,
            ))
            .map_err(index_error)?;
        for comment in &comments {
            let id = comment_document_id(comment.id);
            if comment.deleted_at.is_some() {
                index.delete(&id).map_err(index_error)?;
                continue;
            }
            index
                .upsert(&document(
                    id,
                    Kind::Comment,
                    // Comments are for members, whoever reads the page.
                    Audience::reading(visibility.max(Visibility::Members)),
                    &comment.body,
                    format!("{href}#comment-{}", comment.id.0),
                    Vec::new(),
                    comment.edited_at.unwrap_or(comment.created_at),
                ))
                .map_err(index_error)?;
        }
        Ok(())
    }

    /// What the actor may find for `query`: how many, the requested [`RESULTS`], and the
    /// facets, each value named.
    pub async fn search(&self, actor: &Actor, query: &SearchQuery) -> Result<Found, AppError> {
        let Some(index) = self.search.clone() else {
            return Ok(Found::default());
        };
        let text: String = query
            .text
            .chars()
            .take(crate::hub::MAX_QUERY_CHARS)
            .collect();
        if text.trim().is_empty() {
            return Ok(Found::default());
        }
        let audience = Audience::of(actor);
        let request = query.clone();
        let results = self
            .querying(move || {
                index.search(&SearchRequest {
                    query: &text,
                    audience,
                    reader_language: &request.reader_language,
                    filters: &request.filters,
                    offset: request.offset.min(DEEPEST_RESULT),
                    limit: RESULTS,
                })
            })
            .await?
            .map_err(index_error)?;
        let sections = self.all_sections().await?;
        let section_titles: HashMap<&str, &str> = sections
            .iter()
            .map(|section| (section.slug.as_str(), section.title.as_str()))
            .collect();
        let named = |values: Vec<(String, u64)>, name: &dyn Fn(&str) -> String| {
            values
                .into_iter()
                .map(|(value, count)| FacetValue {
                    name: name(&value),
                    value,
                    count,
                })
                .collect()
        };
        let facets = results.facets;
        Ok(Found {
            count: results.count,
            hits: results.hits,
            sections: named(facets.sections, &|slug| {
                section_titles
                    .get(slug)
                    .map_or_else(|| slug.to_owned(), |title| (*title).to_owned())
            }),
            languages: named(facets.languages, &|code| language_name(code).to_owned()),
            labels: named(facets.labels, &str::to_owned),
            kinds: named(facets.kinds, &str::to_owned),
            incomplete: self.search_rebuilding(),
        })
    }

    /// Page titles the actor may read that complete what they are typing.
    pub async fn suggest(&self, actor: &Actor, typed: &str) -> Result<Vec<Hit>, AppError> {
        let Some(index) = self.search.clone() else {
            return Ok(Vec::new());
        };
        let typed: String = typed.chars().take(crate::hub::MAX_QUERY_CHARS).collect();
        let audience = Audience::of(actor);
        self.querying(move || index.suggest(&typed, audience, SUGGESTIONS))
            .await?
            .map_err(index_error)
    }

    /// Runs a query on a blocking thread, at most two per core at once, the rest waiting their
    /// turn in order. Unbounded, every search under way shared the cores and all finished
    /// later: at 256 connections the slowest 1% took 167–176 ms, now 88–108, at the same
    /// searches/s; and a flood of searches could take every blocking thread. One per core left
    /// the cores idle between one query and the next: 15–20% fewer searches/s.
    async fn querying<T: Send + 'static>(
        &self,
        query: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let turn = Arc::clone(&self.query_turns)
            .acquire_owned()
            .await
            .map_err(|_| AppError::Internal("search is shutting down".into()))?;
        tokio::task::spawn_blocking(move || {
            // Held until the query ends, even if the request that asked has gone.
            let _turn = turn;
            query()
        })
        .await
        .map_err(|_| AppError::Internal("search task failed".into()))
    }
}

/// Notes that `page` in `section` is to be indexed, unless the whole section already is.
fn page_changed(
    sections: &mut BTreeMap<SectionId, Option<HashSet<PageId>>>,
    section: SectionId,
    page: PageId,
) {
    if let Some(pages) = sections
        .entry(section)
        .or_insert_with(|| Some(HashSet::new()))
    {
        pages.insert(page);
    }
}

fn page_document_id(page: PageId) -> String {
    format!("page:{}", page.0)
}

fn comment_document_id(comment: CommentId) -> String {
    format!("comment:{}", comment.0)
}

/// The search index as a follower of the change log. It writes to the index, not the
/// database, so it is idempotent rather than exactly-once: indexing a page again replaces it.
#[derive(Debug, Clone, Copy)]
pub struct SearchFollower;

impl Follower for SearchFollower {
    fn name(&self) -> &'static str {
        CONSUMER
    }

    fn follows(&self) -> &'static [EntityKind] {
        // Never a member, a setting, or (later) anything encrypted: see the module comment.
        &[EntityKind::Section, EntityKind::Page, EntityKind::Comment]
    }

    fn apply<'a>(
        &'a self,
        app: &'a App,
        changes: &'a [Change],
        _work: &'a mut UnitOfWork,
    ) -> Applying<'a> {
        Box::pin(async move {
            let Some(index) = app.search.clone() else {
                return Ok(());
            };
            // Pages to index by section (`None`: the whole section), so that the section is
            // read once per batch.
            let mut sections: BTreeMap<SectionId, Option<HashSet<PageId>>> = BTreeMap::new();
            for change in changes {
                match change.entity_kind {
                    Some(EntityKind::Page) => {
                        let page = PageId(change.entity_id);
                        match app.store().find_page_by_id(page).await? {
                            Some(page) => page_changed(&mut sections, page.section_id, page.id),
                            None => index.delete(&page_document_id(page)).map_err(index_error)?,
                        }
                    }
                    Some(EntityKind::Section) => {
                        sections.insert(SectionId(change.entity_id), None);
                    }
                    Some(EntityKind::Comment) => {
                        if let Some(comment) = app
                            .store()
                            .find_comment(CommentId(change.entity_id))
                            .await?
                            && let Some(page) = app.store().find_page_by_id(comment.page_id).await?
                        {
                            page_changed(&mut sections, page.section_id, page.id);
                        }
                    }
                    _ => {}
                }
            }
            let all_sections = app.store().list_sections().await?;
            for (id, pages) in &sections {
                let Some(section) = all_sections.iter().find(|section| section.id == *id) else {
                    continue;
                };
                match pages {
                    Some(pages) => app.index_pages(&index, section, pages).await?,
                    None => app.index_section(&index, section, &mut || {}).await?,
                }
            }
            // The index's commit comes before the cursor's: a crash between them applies the
            // batch again, which replaces the same documents.
            off_runtime(&index, SearchIndex::commit).await
        })
    }

    fn caught_up<'a>(&'a self, app: &'a App, applied: usize) -> Applying<'a> {
        Box::pin(async move {
            app.search_rebuilding.store(false, Ordering::Relaxed);
            if let Some(index) = &app.search
                && applied == 0
                && index.holds_writer()
            {
                // Nothing came since the last look: the writer can go until something does.
                off_runtime(index, SearchIndex::release_writer).await?;
            }
            Ok(())
        })
    }
}
