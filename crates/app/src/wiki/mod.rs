//! The wiki: reading pages and their tree, writing and editing them, history, diffs and
//! restoring. Every read checks the page's effective visibility (the most private of its
//! section, its ancestors and itself); a page the actor may not read is "not found".
//!
//! Edits never overwrite each other: a save names the revision it started from; if another
//! save came first the two are merged line by line, and if they overlap the editor gets the
//! text back with both versions marked.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use braid_domain::DomainError;
use braid_domain::ids::{PageId, SectionId, UserId};
use braid_domain::language::{LanguageCode, content_language};
use braid_domain::policy::{
    Action, Actor, Audience, PageAccess, PageAction, PageReader, may_on_page, may_read,
    may_see_revision, permits,
};
use braid_domain::section::Section;
use braid_domain::time::Timestamp;
use braid_domain::wiki::{
    Page, ReviewState, Revision, TranslationState, Visibility, edit_summary, page_body, page_title,
};
use braid_store::{
    AttachmentRecord, CommentRecord, ContentVersion, NewPage, NewRevision, StoreError,
    TranslationRecord,
};
use braid_text::diff::{Hunk, hunks, line_counts};
use braid_text::markdown::{Rendered, WikiTarget, render};
use braid_text::merge::{Merge, has_conflict_markers, merge};
use braid_text::slug::slugify;

use crate::attachments::{AttachmentView, attachments_on};
pub use crate::tree::PageLink;
use crate::tree::{Outline, TreeEntry};
use crate::wiki::comments::CommentView;
use crate::{App, AppError};

/// Diff types for showing revisions side by side.
mod bin;
pub mod comments;
mod edit;
mod history;
mod labels;
mod moves;
mod recent;
mod render;
mod review;
mod suppression;
mod translations;

pub use bin::BinEntry;
pub use braid_store::{GlossaryTerm, TranslationClaim};
pub use labels::{LabelCount, LabelledPage, PageTemplate};
pub use recent::{RECENT_LIMIT, RecentChange, RecentFilter};
pub(crate) use render::RenderCache;
pub use review::ReviewItem;
pub use translations::{
    CLAIM_HOURS, Glossary, MemoryIndex, PageToTranslate, SectionProgress, Suggestion,
    TranslationDashboard, TranslationOutcome, TranslationRow, TranslationSave, TranslationWork,
};

pub use braid_text::diff;

/// Revisions shown in a page's history.
const HISTORY_LIMIT: u32 = 500;

/// A page's facts beside its text, the same for every reader (each reader sees what the
/// services then let them).
#[derive(Debug)]
pub(crate) struct PageFacts {
    /// Handles of everyone who wrote a revision (`None` for a deleted member), earliest first.
    pub(crate) contributors: Vec<Option<String>>,
    pub(crate) labels: Vec<String>,
    pub(crate) review_by: Option<Timestamp>,
    pub(crate) attachments: Vec<AttachmentRecord>,
    pub(crate) comments: Vec<CommentRecord>,
}

/// A section with the pages the reader may see, as a tree in reading order.
#[derive(Debug, Clone)]
pub struct SectionTree {
    /// The section.
    pub section: Section,
    /// Its pages, depth first.
    pub pages: Vec<PageLink>,
    /// Whether the reader may write pages here.
    pub may_write: bool,
    /// Whether the reader may set the section's licence and visibility (editors).
    pub may_manage: bool,
}

/// A page as a reader sees it.
#[derive(Debug, Clone)]
pub struct PageView {
    /// Its section.
    pub section: Section,
    /// The page.
    pub page: Page,
    /// The revision shown (the latest, or an older one asked for).
    pub revision: Revision,
    /// The revision's text as HTML, with its outline.
    pub rendered: Arc<Rendered>,
    /// The part of the tree shown beside the page (see [`Outline::nearby`]).
    pub nearby: Vec<TreeEntry>,
    /// Ancestor pages, outermost first.
    pub ancestors: Vec<PageLink>,
    /// The page before and after this one in the section's reading order.
    pub previous: Option<PageLink>,
    /// See `previous`.
    pub next: Option<PageLink>,
    /// Handles of everyone who wrote a revision ("former member" for deleted accounts).
    pub contributors: Vec<String>,
    /// Who may read it, all things considered.
    pub visibility: Visibility,
    /// Whether the reader may edit it.
    pub may_edit: bool,
    /// Whether the reader may delete it and set who reads it (editors).
    pub may_manage: bool,
    /// Whether the reader may suppress the revision shown (admins; not the published text).
    pub may_suppress: bool,
    /// A later revision waiting for review, when the reader is its author or an editor.
    pub pending: Option<i64>,
    /// Its labels.
    pub labels: Vec<String>,
    /// Whether the reader watches the page, and its section.
    pub watching: (bool, bool),
    /// The date by which its advice should be checked again.
    pub review_by: Option<braid_domain::time::Timestamp>,
    /// The page in each language the reader may read it in: its source first, then its
    /// translations (just the page itself when it has none).
    pub languages: Vec<LanguageVersion>,
    /// When the page is a translation: of what, and how it stands.
    pub translation: Option<TranslationFacts>,
    /// Whether the page has translations (any, whoever may read them).
    pub has_translations: bool,
}

/// A page in one of its languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageVersion {
    /// The language.
    pub language: LanguageCode,
    /// The page's title in it.
    pub title: String,
    /// Its address.
    pub href: String,
    /// How the translation stands; `None` for the source.
    pub state: Option<TranslationState>,
}

/// A translation's source and standing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationFacts {
    /// The page it translates.
    pub source: PageLink,
    /// The source's language.
    pub source_language: LanguageCode,
    /// The source's published revision.
    pub source_revision: i64,
    /// What the translation's published revision was made from, when recorded.
    pub from: Option<braid_store::TranslatedFrom>,
    /// How it stands.
    pub state: TranslationState,
}

/// The wiki service: sections and pages, reading, editing, history, review, moves, labels,
/// templates and comments. Reached as [`App::wiki`].
#[derive(Debug, Clone, Copy)]
pub struct Wiki<'a> {
    app: &'a App,
}

impl std::ops::Deref for Wiki<'_> {
    type Target = App;

    fn deref(&self) -> &App {
        self.app
    }
}

impl App {
    /// The wiki service.
    pub fn wiki(&self) -> Wiki<'_> {
        Wiki { app: self }
    }
}

impl PageView {
    /// Whether the revision shown is older than the page's latest.
    pub fn is_old(&self) -> bool {
        self.revision.number < self.page.approved_revision
    }
}

/// A page with its discussion and files, from [`App::page_in_full`].
#[derive(Debug, Clone)]
pub struct PageInFull {
    /// The page.
    pub view: PageView,
    /// Its comments, when the reader may see them and reads the latest revision.
    pub comments: Option<Vec<CommentView>>,
    /// Its attachments.
    pub attachments: Vec<AttachmentView>,
}

/// What a new page needs.
#[derive(Debug, Clone)]
pub struct PageDraft {
    /// Its title (the slug comes from it).
    pub title: String,
    /// Its Markdown text.
    pub body: String,
    /// The author's summary.
    pub summary: String,
    /// The slug of the page it goes under, if any.
    pub parent: Option<String>,
    /// Who may read it.
    pub visibility: Visibility,
    /// Its labels, comma-separated.
    pub labels: String,
    /// The language it is written in (a code from `braid_domain::language`).
    pub language: String,
}

/// An edit of an existing page.
#[derive(Debug, Clone)]
pub struct PageEdit {
    /// The revision the editor started from.
    pub base: i64,
    /// The new title.
    pub title: String,
    /// The new text.
    pub body: String,
    /// The summary of the change.
    pub summary: String,
    /// The page's labels, comma-separated; `None` leaves them as they are.
    pub labels: Option<String>,
    /// The language it is written in; `None` leaves it as it is.
    pub language: Option<String>,
}

/// How a save turned out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saved as this revision.
    Saved(i64),
    /// Someone saved meanwhile; both changes were merged into this revision.
    Merged(i64),
    /// Nothing changed, so no revision was made.
    Unchanged,
    /// The page was moved to the recycle bin while the editor worked: nothing was saved, and
    /// the editor keeps their text.
    Deleted,
    /// Someone saved meanwhile and the changes overlap: nothing was saved. `body` holds the
    /// editor's text with both versions marked; saving again should start from `current`.
    Conflict {
        /// The text to resolve.
        body: String,
        /// The title to keep editing (the editor's).
        title: String,
        /// The other save's title, when both changed it differently.
        their_title: Option<String>,
        /// The revision saved meanwhile.
        current: i64,
    },
}

/// One line of a page's history.
#[derive(Debug, Clone)]
pub struct HistoryEntry {
    /// The revision.
    pub revision: Revision,
    /// Lines added since the revision before it.
    pub added: usize,
    /// Lines removed since the revision before it.
    pub removed: usize,
}

/// Two revisions compared.
#[derive(Debug, Clone)]
pub struct RevisionDiff {
    /// The older one.
    pub from: Revision,
    /// The newer one.
    pub to: Revision,
    /// What changed.
    pub hunks: Vec<Hunk>,
}

/// An edit merged with the text it builds on.
enum Merged {
    /// The edit changes nothing.
    Unchanged,
    /// The text to save, and whether it took in others' saves.
    Text {
        title: String,
        body: String,
        merged: bool,
    },
    /// The edit and a later save changed the same lines.
    Conflict(SaveOutcome),
}

/// The address of a page.
pub fn page_href(section: &Section, slug: &str) -> String {
    format!("/wiki/{}/{slug}", section.slug.as_str())
}

/// The name shown for an author whose account was deleted.
const FORMER_MEMBER: &str = "former member";
/// The name shown for what the hub itself wrote (demo content, imports).
pub const HUB_AUTHOR: &str = "Braid";

fn author_name(revision: &mut Revision) {
    if revision.author.is_empty() {
        FORMER_MEMBER.clone_into(&mut revision.author);
    }
}

/// The author of a save: the member, or the hub itself for the system actor.
fn author_of(
    actor: &Actor,
) -> Result<(Option<braid_domain::ids::UserId>, Option<&'static str>), AppError> {
    match actor {
        Actor::Member(member) => Ok((Some(member.id), None)),
        Actor::System => Ok((None, Some(HUB_AUTHOR))),
        Actor::Anonymous => Err(AppError::Forbidden),
    }
}

/// A section's live pages, with their places in the tree worked out once: the list is kept
/// per content version and every view of the section's pages needs these.
#[derive(Debug)]
pub(crate) struct LivePages {
    pages: Vec<Page>,
    /// Where each page is in `pages`.
    index: HashMap<PageId, usize>,
    /// Where each page is in `pages`, by its slug.
    by_slug: HashMap<String, usize>,
    /// Each page's visibility through its ancestors (the section's not included), as `pages`.
    through: Vec<Visibility>,
    /// Every page depth first, children by position, as (place in `pages`, depth). A damaged
    /// tree (a cycle, a missing parent) leaves the pages it cuts off out.
    outline: Vec<(usize, usize)>,
    /// Who created a page still waiting for its first review: such a member reads it beside
    /// what their audience reads, so their tree is not shared.
    waiting_authors: HashSet<UserId>,
    /// The tree each audience reads, made on first need (see [`SectionPages::readable_tree`]).
    trees: Mutex<Vec<(TreeKey, Arc<ReadableTree>)>>,
    /// The live translations of each page, by the source's id.
    translations: HashMap<PageId, Vec<LiveTranslation>>,
    /// The source of each live translation, by the translation's id.
    sources: HashMap<PageId, PageId>,
}

/// A live translation among a section's pages.
#[derive(Debug, Clone)]
pub(crate) struct LiveTranslation {
    /// Where its page is in [`LivePages`].
    at: usize,
    /// Its record: language, review, what its published revision was made from.
    record: TranslationRecord,
}

/// Whose tree: readers alike in audience, in a section of one visibility, read the same pages.
type TreeKey = (Audience, Visibility);

/// The pages of a section one reader may read, depth first, with the outline of them.
#[derive(Debug)]
pub(crate) struct ReadableTree {
    /// Each page as (place in [`LivePages`], depth).
    order: Vec<(usize, usize)>,
    /// Where each page is in `order`.
    position: HashMap<PageId, usize>,
    outline: Outline,
}

impl LivePages {
    /// The live `pages` of a section and the `translations` among them (records of pages in
    /// the bin are left out). A translation is no entry of the tree of its own: it is shown in
    /// its source's place (see [`SectionPages::in_language`]).
    pub(crate) fn new(pages: Vec<Page>, translations: Vec<TranslationRecord>) -> LivePages {
        let index: HashMap<PageId, usize> = pages
            .iter()
            .enumerate()
            .map(|(at, page)| (page.id, at))
            .collect();
        let mut by_source: HashMap<PageId, Vec<LiveTranslation>> = HashMap::new();
        let mut sources = HashMap::new();
        for record in translations {
            if let Some(&at) = index.get(&record.page_id) {
                sources.insert(record.page_id, record.source_id);
                by_source
                    .entry(record.source_id)
                    .or_default()
                    .push(LiveTranslation { at, record });
            }
        }
        let mut children: HashMap<Option<PageId>, Vec<usize>> = HashMap::new();
        for (at, page) in pages.iter().enumerate() {
            if !sources.contains_key(&page.id) {
                children.entry(page.parent_id).or_default().push(at);
            }
        }
        let by_slug = pages
            .iter()
            .enumerate()
            .map(|(at, page)| (page.slug.clone(), at))
            .collect();
        let waiting_authors = pages
            .iter()
            .filter(|page| page.approved_revision == 0)
            .filter_map(|page| page.created_by)
            .collect();
        let mut live = LivePages {
            through: Vec::with_capacity(pages.len()),
            outline: Vec::with_capacity(pages.len()),
            waiting_authors,
            trees: Mutex::default(),
            translations: by_source,
            sources,
            pages,
            index,
            by_slug,
        };
        live.through = live
            .pages
            .iter()
            .map(|page| {
                live.parents(page)
                    .iter()
                    .fold(page.visibility, |level, ancestor| {
                        level.max(ancestor.visibility)
                    })
            })
            .collect();
        // `pages` comes ordered by position, so each page's children are too.
        let mut stack: Vec<(usize, usize)> = children
            .get(&None)
            .map(|top| top.iter().rev().map(|&at| (at, 0)).collect())
            .unwrap_or_default();
        let entries = live.pages.len() - live.sources.len();
        while let Some((at, depth)) = stack.pop() {
            if live.outline.len() >= entries {
                break;
            }
            live.outline.push((at, depth));
            if let Some(kids) = children.get(&Some(live.pages[at].id)) {
                stack.extend(kids.iter().rev().map(|&kid| (kid, depth + 1)));
            }
        }
        live
    }

    /// The page with `id`.
    pub(crate) fn get(&self, id: PageId) -> Option<&Page> {
        self.index.get(&id).map(|&at| &self.pages[at])
    }

    /// The pages, by position.
    pub(crate) fn iter(&self) -> std::slice::Iter<'_, Page> {
        self.pages.iter()
    }

    /// The page `translation` translates, if it is a live translation.
    pub(crate) fn source_of(&self, translation: PageId) -> Option<&Page> {
        self.sources.get(&translation).and_then(|&id| self.get(id))
    }

    /// The live translations of `source`.
    pub(crate) fn translations_of(&self, source: PageId) -> &[LiveTranslation] {
        self.translations.get(&source).map_or(&[], Vec::as_slice)
    }

    /// The pages above `page`, its parent first; a damaged tree (a cycle, a missing parent)
    /// ends the chain instead of looping.
    fn parents(&self, page: &Page) -> Vec<&Page> {
        let mut chain: Vec<&Page> = Vec::new();
        let mut parent = page.parent_id;
        while let Some(ancestor) = parent.and_then(|id| self.get(id)) {
            if ancestor.id == page.id || chain.iter().any(|p| p.id == ancestor.id) {
                break;
            }
            chain.push(ancestor);
            parent = ancestor.parent_id;
        }
        chain
    }
}

/// A section's pages with what is needed to place and judge each one.
pub(crate) struct SectionPages {
    pub(crate) section: Section,
    pub(crate) pages: Arc<LivePages>,
}

impl SectionPages {
    /// What decides who may read, edit and review the page (see
    /// [`braid_domain::policy::may_on_page`]).
    pub(crate) fn access(&self, page: &Page) -> PageAccess {
        PageAccess {
            visibility: self.visibility(page),
            published: page.approved_revision > 0,
            created_by: page.created_by,
        }
    }

    /// The most private of the section, the page's ancestors and the page.
    pub(crate) fn visibility(&self, page: &Page) -> Visibility {
        let through = self
            .pages
            .index
            .get(&page.id)
            .map_or(Visibility::Editors, |&at| self.pages.through[at]);
        self.section.visibility.max(through)
    }

    /// The page at `slug`, if the actor may read it.
    fn readable(&self, actor: &Actor, slug: &str) -> Result<&Page, AppError> {
        self.pages
            .by_slug
            .get(slug)
            .map(|&at| &self.pages.pages[at])
            .filter(|page| may_on_page(actor, PageAction::Read, &self.access(page)))
            .ok_or(AppError::NotFound)
    }

    /// The page's ancestors, outermost first.
    fn ancestors(&self, page: &Page) -> Vec<&Page> {
        let mut chain = self.pages.parents(page);
        chain.reverse();
        chain
    }

    /// The pages the actor may read, depth first. Readers alike share one, made once per
    /// kept list; the author of a page waiting for review gets their own.
    fn readable_tree(&self, actor: &Actor) -> Arc<ReadableTree> {
        let own_waiting_pages = matches!(actor, Actor::Member(member)
            if self.pages.waiting_authors.contains(&member.id));
        if own_waiting_pages {
            return Arc::new(self.tree_for(actor));
        }
        let key = (Audience::of(actor), self.section.visibility);
        let shared = |trees: &Vec<(TreeKey, Arc<ReadableTree>)>| {
            trees
                .iter()
                .find(|(seen, _)| *seen == key)
                .map(|(_, tree)| Arc::clone(tree))
        };
        if let Some(tree) = self.pages.trees.lock().ok().and_then(|t| shared(&t)) {
            return tree;
        }
        let tree = Arc::new(self.tree_for(actor));
        if let Ok(mut trees) = self.pages.trees.lock()
            && shared(&trees).is_none()
        {
            trees.push((key, Arc::clone(&tree)));
        }
        tree
    }

    /// Readable pages depth first, each with its depth: each page, then its children by
    /// position.
    fn tree_for(&self, actor: &Actor) -> ReadableTree {
        let mut order = Vec::with_capacity(self.pages.outline.len());
        let reader = PageReader::of(actor);
        // A page hidden from the reader hides its subtree too: skip what is deeper than it.
        let mut hidden_at: Option<usize> = None;
        for &(at, depth) in &self.pages.outline {
            if hidden_at.is_some_and(|hidden| depth > hidden) {
                continue;
            }
            hidden_at = None;
            let page = &self.pages.pages[at];
            let access = PageAccess {
                visibility: self.section.visibility.max(self.pages.through[at]),
                published: page.approved_revision > 0,
                created_by: page.created_by,
            };
            if !reader.reads(&access) {
                hidden_at = Some(depth);
                continue;
            }
            order.push((at, depth));
        }
        ReadableTree {
            position: order
                .iter()
                .enumerate()
                .map(|(place, &(at, _))| (self.pages.pages[at].id, place))
                .collect(),
            outline: Outline::new(order.iter().map(|&(_, depth)| depth)),
            order,
        }
    }

    /// A link to entry `place` of `tree`, in `language` where the page has a translation
    /// into it the actor may read.
    fn tree_link(
        &self,
        actor: &Actor,
        tree: &ReadableTree,
        place: usize,
        current: bool,
        language: Option<&LanguageCode>,
    ) -> PageLink {
        let (at, depth) = tree.order[place];
        let page = self.in_language(actor, &self.pages.pages[at], language);
        self.link(page, depth, current)
    }

    /// How `translation` (a live translation of `source`) stands.
    fn translation_facts(&self, translation: &Page, source: &Page) -> TranslationFacts {
        let record = self
            .pages
            .translations_of(source.id)
            .iter()
            .find(|live| live.record.page_id == translation.id)
            .map(|live| &live.record);
        let from = record.and_then(|record| record.approved_from);
        TranslationFacts {
            source: self.link(source, 0, false),
            source_language: source.language.clone(),
            source_revision: source.approved_revision,
            from,
            state: TranslationState::of(
                source.approved_revision,
                translation.approved_revision,
                from.map(|from| (from.source_revision, from.draft)),
                record.map_or(0, |record| record.reviewed_revision),
            ),
        }
    }

    /// The page (a source or a translation) in every language the actor may read it in: the
    /// version in the reader's `language` first, then the source, then the other translations
    /// by language.
    fn language_versions(
        &self,
        actor: &Actor,
        page: &Page,
        language: Option<&LanguageCode>,
    ) -> Vec<LanguageVersion> {
        let source = self.pages.source_of(page.id).unwrap_or(page);
        let reader = PageReader::of(actor);
        let version = |shown: &Page, state| LanguageVersion {
            language: shown.language.clone(),
            title: shown.title.clone(),
            href: page_href(&self.section, &shown.slug),
            state,
        };
        let mut versions = vec![version(source, None)];
        for live in self.pages.translations_of(source.id) {
            let translation = &self.pages.pages[live.at];
            if reader.reads(&self.access(translation)) {
                let facts = self.translation_facts(translation, source);
                versions.push(version(translation, Some(facts.state)));
            }
        }
        versions[1..].sort_by(|a, b| a.language.as_str().cmp(b.language.as_str()));
        if let Some(at) = versions
            .iter()
            .position(|version| Some(&version.language) == language)
        {
            let readers = versions.remove(at);
            versions.insert(0, readers);
        }
        versions
    }

    /// `page` as a reader of `language` should see it: its published translation into that
    /// language when they may read it, the page itself otherwise (also when it is in that
    /// language already, or no language is asked for).
    pub(crate) fn in_language<'p>(
        &'p self,
        actor: &Actor,
        page: &'p Page,
        language: Option<&LanguageCode>,
    ) -> &'p Page {
        let Some(language) = language.filter(|language| **language != page.language) else {
            return page;
        };
        self.pages
            .translations_of(page.id)
            .iter()
            .map(|translation| &self.pages.pages[translation.at])
            .find(|translation| {
                translation.language == *language
                    && translation.approved_revision > 0
                    && Audience::of(actor).meets(self.access(translation).readers())
            })
            .unwrap_or(page)
    }

    /// A link to `page` at `depth`.
    pub(crate) fn link(&self, page: &Page, depth: usize, current: bool) -> PageLink {
        PageLink {
            title: page.title.clone(),
            slug: page.slug.clone(),
            href: page_href(&self.section, &page.slug),
            depth,
            current,
        }
    }
}

impl Wiki<'_> {
    /// The section at `slug`, if the actor may read it.
    pub async fn readable_section(&self, actor: &Actor, slug: &str) -> Result<Section, AppError> {
        let section = self.section(slug).await?;
        if may_read(actor, section.visibility) {
            Ok(section)
        } else {
            Err(AppError::NotFound)
        }
    }

    async fn section_pages(&self, actor: &Actor, section: &str) -> Result<SectionPages, AppError> {
        let section = self.readable_section(actor, section).await?;
        let pages = self.live_pages(&section).await?;
        Ok(SectionPages { section, pages })
    }

    /// The live page at `slug` if the actor may read it, judged from its own row and its
    /// ancestors' (a few indexed reads), not from the section's whole list. For writes: every
    /// write makes the kept list stale, so a write that read it rebuilt it, and that cost grew
    /// with the section (issue 29: it was most of a new page's cost at 3,000 pages).
    pub(crate) async fn readable_page_alone(
        &self,
        actor: &Actor,
        section: &Section,
        slug: &str,
    ) -> Result<Page, AppError> {
        let page = self
            .store()
            .find_page(section.id, slug)
            .await?
            .filter(|page| page.deleted_at.is_none())
            .ok_or(AppError::NotFound)?;
        let access = PageAccess {
            visibility: self.visibility_alone(section, &page).await?,
            published: page.approved_revision > 0,
            created_by: page.created_by,
        };
        if may_on_page(actor, PageAction::Read, &access) {
            Ok(page)
        } else {
            Err(AppError::NotFound)
        }
    }

    /// The most private of the section, the page and its live ancestors, from their rows (as
    /// [`SectionPages::visibility`] finds it in the kept list).
    pub(crate) async fn visibility_alone(
        &self,
        section: &Section,
        page: &Page,
    ) -> Result<Visibility, AppError> {
        let mut visibility = section.visibility.max(page.visibility);
        let mut seen = vec![page.id];
        let mut parent = page.parent_id;
        // A damaged tree (a cycle) or an ancestor in the bin ends the walk, as
        // `LivePages::parents` does.
        while let Some(id) = parent.filter(|id| !seen.contains(id)) {
            let Some(ancestor) = self
                .store()
                .find_page_by_id(id)
                .await?
                .filter(|ancestor| ancestor.deleted_at.is_none())
            else {
                break;
            };
            visibility = visibility.max(ancestor.visibility);
            seen.push(id);
            parent = ancestor.parent_id;
        }
        Ok(visibility)
    }

    /// A section's pages outside the recycle bin. Pages in the bin do not exist for readers (a
    /// page with sub-pages cannot be deleted, so no live page loses an ancestor here).
    ///
    /// Every view needs its section's whole list (to judge visibility and place the page in the
    /// tree), so the list is kept while the structure stands still (see
    /// [`App::structure_version`]). An edit confined to a page's text leaves the list as it
    /// was, so what is read from it is only what the structure decides: a page's place,
    /// title, visibility and whether it is published. Its text and revisions come from
    /// [`Wiki::page_row`].
    async fn live_pages(&self, section: &Section) -> Result<Arc<LivePages>, AppError> {
        let version = self.structure_version();
        self.kept()
            .page_lists
            .get_or_load(section.id, version, || async {
                let mut pages = self.store().section_pages(section.id).await?;
                pages.retain(|page| page.deleted_at.is_none());
                let translations = self.store().section_translations(section.id).await?;
                Ok(Arc::new(LivePages::new(pages, translations)))
            })
            .await
    }

    /// The version that a view of the page at `slug` is current for: the page's own (see
    /// [`App::page_version`]), or the content version for an address that names no live
    /// page. Take it before reading anything for the view.
    pub async fn view_version(&self, section: &str, slug: &str) -> ContentVersion {
        let fallback = self.content_version();
        let Ok(section) = self.section(section).await else {
            return fallback;
        };
        match self.live_pages(&section).await {
            Ok(pages) => match pages.by_slug.get(slug) {
                Some(&at) => self.page_version(pages.pages[at].id),
                None => fallback,
            },
            Err(_) => fallback,
        }
    }

    /// A section and the tree of pages the actor may read, each in `language` where it has
    /// a translation into it.
    pub async fn section_tree(
        &self,
        actor: &Actor,
        section: &str,
        language: Option<&LanguageCode>,
    ) -> Result<SectionTree, AppError> {
        let pages = self.section_pages(actor, section).await?;
        let readable = pages.readable_tree(actor);
        let tree = (0..readable.order.len())
            .map(|place| pages.tree_link(actor, &readable, place, false, language))
            .collect();
        Ok(SectionTree {
            section: pages.section,
            pages: tree,
            may_write: permits(actor, Action::EditPages),
            may_manage: permits(actor, Action::ManageWiki),
        })
    }

    /// Renders Markdown as the page would show it, resolving `[[links]]` among the pages the
    /// actor may read (a page they may not read looks unwritten), to their translations into
    /// `language` where they have them.
    pub async fn render_markdown(
        &self,
        actor: &Actor,
        section: &Section,
        markdown: &str,
        language: Option<&LanguageCode>,
    ) -> Result<Arc<Rendered>, AppError> {
        let titles = braid_text::markdown::wiki_link_titles(markdown);
        let targets = self.link_targets(actor, section, titles, language).await?;
        let new_page = |title: &str| {
            let encoded: String = form_encode(title);
            format!("/wiki/{}/new?title={encoded}", section.slug.as_str())
        };
        // The same text with the same links renders the same: keep recent results.
        let key = {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            section.slug.as_str().hash(&mut hasher);
            markdown.hash(&mut hasher);
            let mut resolved: Vec<_> = targets.iter().collect();
            resolved.sort();
            resolved.hash(&mut hasher);
            hasher.finish()
        };
        if let Some(rendered) = self.rendered_cache().get(key) {
            return Ok(rendered);
        }
        let rendered = Arc::new(render::compact(render(markdown, &|title| match targets
            .get(&title.to_lowercase())
        {
            Some(href) => WikiTarget {
                href: href.clone(),
                exists: true,
            },
            None => WikiTarget {
                href: new_page(title),
                exists: false,
            },
        })));
        self.rendered_cache().put(key, Arc::clone(&rendered));
        Ok(rendered)
    }

    /// Where each of `titles` leads from `section` for the actor (by lowercased title; a title
    /// no page the actor may read has is left out), in `language` where the page has a
    /// translation into it. Readers alike see the same targets, so they are kept per
    /// audience and language while the structure stands.
    async fn link_targets(
        &self,
        actor: &Actor,
        section: &Section,
        titles: Vec<String>,
        language: Option<&LanguageCode>,
    ) -> Result<Arc<HashMap<String, String>>, AppError> {
        if titles.is_empty() {
            return Ok(Arc::default());
        }
        let version = self.structure_version();
        let key = (section.id, Audience::of(actor), titles, language.cloned());
        let titles = key.2.clone();
        self.kept()
            .link_targets
            .get_or_load(key, version, || async {
                let mut targets: HashMap<String, String> = HashMap::new();
                let mut hub = HubPages::new(self).await?;
                for page in self.store().pages_titled(&titles).await? {
                    let Some((home, page)) =
                        hub.readable(self, actor, page.section_id, page.id).await?
                    else {
                        continue;
                    };
                    let key = page.title.to_lowercase();
                    let shown = home.in_language(actor, page, language);
                    // A page in the same section wins over one elsewhere.
                    if page.section_id == section.id || !targets.contains_key(&key) {
                        targets.insert(key, page_href(&home.section, &shown.slug));
                    }
                }
                Ok::<_, AppError>(Arc::new(targets))
            })
            .await
    }

    /// A page, at its latest revision or at `revision`, with its tree and neighbours as
    /// written.
    pub async fn page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        revision: Option<i64>,
    ) -> Result<PageView, AppError> {
        self.page_in(actor, section, slug, revision, None).await
    }

    /// A page as a reader of `language` sees it: its tree, neighbours and ancestors in that
    /// language where they have translations into it.
    pub async fn page_in(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        revision: Option<i64>,
        language: Option<&LanguageCode>,
    ) -> Result<PageView, AppError> {
        let pages = self.section_pages(actor, section).await?;
        let placed = pages.readable(actor, slug)?;
        let visibility = pages.visibility(placed);
        let page = Page::clone(&*self.page_row(placed.id).await?);
        let number = match revision {
            Some(number) => number,
            None if page.approved_revision > 0 => page.approved_revision,
            // A new page awaiting review: its author and editors see it.
            None => page.current_revision,
        };
        let kept = self
            .kept_revision(page.id, number)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut revision = Revision::clone(&kept);
        if !may_see_revision(actor, &revision) {
            return Err(AppError::NotFound);
        }
        let pending = if page.current_revision > page.approved_revision {
            let latest = self.kept_revision(page.id, page.current_revision).await?;
            latest
                .filter(|latest| {
                    latest.review == ReviewState::Pending && may_see_revision(actor, latest)
                })
                .map(|latest| latest.number)
        } else {
            None
        };
        author_name(&mut revision);
        let rendered = self
            .render_markdown(actor, &pages.section, &revision.body, language)
            .await?;
        let tree = pages.readable_tree(actor);
        // A translation stands in its source's place.
        let source = pages.pages.source_of(page.id);
        let in_tree = source.map_or(page.id, |source| source.id);
        let position = tree.position.get(&in_tree).copied();
        let neighbour = |place: Option<usize>| {
            place
                .filter(|&place| place < tree.order.len())
                .map(|place| pages.tree_link(actor, &tree, place, false, language))
        };
        let previous = neighbour(position.and_then(|place| place.checked_sub(1)));
        let next = neighbour(position.map(|place| place + 1));
        let nearby = tree.outline.nearby(position, |place, current| {
            pages.tree_link(actor, &tree, place, current, language)
        });
        let ancestors = pages
            .ancestors(&page)
            .into_iter()
            .filter(|ancestor| Some(ancestor.id) != source.map(|source| source.id))
            .map(|ancestor| pages.link(pages.in_language(actor, ancestor, language), 0, false))
            .collect();
        let languages = pages.language_versions(actor, &page, language);
        let has_translations = !pages.pages.translations_of(page.id).is_empty();
        let translation = source.map(|source| pages.translation_facts(&page, source));
        let facts = self.page_facts(page.id).await?;
        let contributors = facts
            .contributors
            .iter()
            .map(|name| name.clone().unwrap_or_else(|| FORMER_MEMBER.to_owned()))
            .collect();
        let labels = facts.labels.clone();
        let watching = self.watching(actor, page.id, pages.section.id).await?;
        let review_by = facts.review_by;
        // The published text cannot be suppressed (see `suppress_revision`), nor one already.
        let may_suppress = permits(actor, Action::SuppressRevisions)
            && revision.review != ReviewState::Suppressed
            && revision.number != page.approved_revision;
        Ok(PageView {
            may_edit: permits(actor, Action::EditPages),
            may_manage: permits(actor, Action::ManageWiki),
            may_suppress,
            section: pages.section,
            page,
            revision,
            rendered,
            nearby,
            ancestors,
            previous,
            next,
            contributors,
            visibility,
            pending,
            labels,
            watching,
            review_by,
            languages,
            translation,
            has_translations,
        })
    }

    /// A live page's row as it stands now, kept while the page's version stands.
    async fn page_row(&self, page: PageId) -> Result<Arc<Page>, AppError> {
        let version = self.page_version(page);
        self.kept()
            .page_rows
            .get_or_load(page, version, || async {
                self.store()
                    .find_page_by_id(page)
                    .await?
                    .filter(|page| page.deleted_at.is_none())
                    .map(Arc::new)
                    .ok_or(AppError::NotFound)
            })
            .await
    }

    /// Revision `number` of a page, kept while the page's version stands.
    async fn kept_revision(
        &self,
        page: PageId,
        number: i64,
    ) -> Result<Option<Arc<Revision>>, AppError> {
        let version = self.page_version(page);
        self.kept()
            .revisions
            .get_or_load((page, number), version, || async {
                Ok(self.store().revision(page, number).await?.map(Arc::new))
            })
            .await
    }

    /// What a page view shows beside the text, kept while the page's version stands.
    async fn page_facts(&self, page: PageId) -> Result<Arc<PageFacts>, AppError> {
        let version = self.page_version(page);
        self.kept()
            .page_facts
            .get_or_load(page, version, || async {
                let store = self.store();
                Ok(Arc::new(PageFacts {
                    contributors: store.page_contributors(page).await?,
                    labels: store.page_labels(page).await?,
                    review_by: store.review_by(page).await?,
                    attachments: store.page_attachments(page).await?,
                    comments: store.page_comments(page).await?,
                }))
            })
            .await
    }

    /// A page as its reader sees it in full: the view, its discussion (for members; not beside
    /// an older revision) and its files.
    pub async fn page_in_full(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        revision: Option<i64>,
        language: Option<&LanguageCode>,
    ) -> Result<PageInFull, AppError> {
        let view = self
            .page_in(actor, section, slug, revision, language)
            .await?;
        let facts = self.page_facts(view.page.id).await?;
        let comments = if view.is_old() {
            None
        } else {
            self.comments_on(actor, &view, &facts.comments).await?
        };
        let attachments = attachments_on(actor, &facts.attachments);
        Ok(PageInFull {
            view,
            comments,
            attachments,
        })
    }
}

fn reject_conflict_markers(body: &str) -> Result<(), DomainError> {
    if has_conflict_markers(body) {
        return Err(DomainError::Invalid {
            field: "text",
            reason: "the text still has conflict markers (<<<<<<<, =======, >>>>>>>): keep what belongs and remove them",
            key: "conflict-markers",
        });
    }
    Ok(())
}

/// `application/x-www-form-urlencoded` for a query value.
pub(crate) fn form_encode(value: &str) -> String {
    let mut encoded = String::new();
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                encoded.push(char::from(byte));
            }
            b' ' => encoded.push('+'),
            other => encoded.push_str(&format!("%{other:02X}")),
        }
    }
    encoded
}

impl Wiki<'_> {
    /// The address of the page with this id, if the actor may read it.
    pub(crate) async fn page_href_by_id(
        &self,
        actor: &Actor,
        page: PageId,
    ) -> Result<String, AppError> {
        let page = self
            .store()
            .find_page_by_id(page)
            .await?
            .ok_or(AppError::NotFound)?;
        let section = self
            .all_sections()
            .await?
            .iter()
            .find(|s| s.id == page.section_id)
            .cloned()
            .ok_or(AppError::NotFound)?;
        // The access rule alone, on the kept page list: no page view is built to test it.
        let pages = self.section_pages(actor, section.slug.as_str()).await?;
        let live = pages.readable(actor, &page.slug)?;
        Ok(page_href(&pages.section, &live.slug))
    }
}

impl Wiki<'_> {
    /// Sets the licence a section's pages are shared under (editors).
    pub async fn set_section_licence(
        &self,
        actor: &Actor,
        section: &str,
        licence: &str,
    ) -> Result<(), AppError> {
        App::require(actor, Action::ManageWiki)?;
        let section = self.readable_section(actor, section).await?;
        let licence = braid_domain::wiki::Licence::parse(licence)?;
        Ok(self
            .store()
            .set_section_licence(section.id, licence, self.now())
            .await?)
    }
}

impl Wiki<'_> {
    /// Sets who may read a section and all its pages (editors). An editor cannot lock
    /// themselves out: editors read everything a section can be limited to.
    pub async fn set_section_visibility(
        &self,
        actor: &Actor,
        section: &str,
        visibility: &str,
    ) -> Result<(), AppError> {
        App::require(actor, Action::ManageWiki)?;
        let section = self.readable_section(actor, section).await?;
        let visibility = Visibility::parse(visibility)?;
        Ok(self
            .store()
            .set_section_visibility(section.id, visibility, self.now())
            .await?)
    }
}

impl Wiki<'_> {
    /// Changes who may read a page (see `policy::may_change_page_visibility`). A page stays
    /// as private as its section and ancestors whatever it is set to.
    pub async fn set_page_visibility(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        visibility: &str,
    ) -> Result<(), AppError> {
        App::require(actor, Action::EditPages)?;
        let visibility = Visibility::parse(visibility)?;
        let pages = self.section_pages(actor, section).await?;
        let page = pages.readable(actor, slug)?;
        let trusted = self.edits_skip_review(actor).await?;
        if !braid_domain::policy::may_change_page_visibility(
            actor,
            trusted,
            page.visibility,
            visibility,
        ) {
            return Err(AppError::Forbidden);
        }
        if page.visibility != visibility {
            let mut work = self.write();
            work.set_page_visibility(page.id, visibility).await?;
            self.commit(work).await?;
        }
        Ok(())
    }

    /// The levels the actor may set a page's own visibility to, with the one it has; empty
    /// when they may not change it.
    pub async fn page_visibility_choices(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<(Visibility, Vec<Visibility>), AppError> {
        let pages = self.section_pages(actor, section).await?;
        let page = pages.readable(actor, slug)?;
        let trusted = self.edits_skip_review(actor).await?;
        let choices: Vec<Visibility> = Visibility::ALL
            .into_iter()
            .filter(|&to| {
                to == page.visibility
                    || braid_domain::policy::may_change_page_visibility(
                        actor,
                        trusted,
                        page.visibility,
                        to,
                    )
            })
            .collect();
        if choices.len() < 2 {
            return Ok((page.visibility, Vec::new()));
        }
        Ok((page.visibility, choices))
    }
}

/// The live pages of every section, each section loaded when first needed: to judge pages
/// from anywhere in the hub (links, recent changes, labels) by the same rules as `page`.
pub(crate) struct HubPages {
    sections: Vec<Section>,
    loaded: HashMap<SectionId, SectionPages>,
}

impl HubPages {
    pub(crate) async fn new(app: &App) -> Result<HubPages, AppError> {
        Ok(HubPages {
            sections: app.all_sections().await?.as_ref().clone(),
            loaded: HashMap::new(),
        })
    }

    /// The page with its section's pages, if it is live and the actor may read it (a page
    /// whose first revision waits for review only for reviewers).
    pub(crate) async fn readable(
        &mut self,
        app: &App,
        actor: &Actor,
        section: braid_domain::ids::SectionId,
        page: PageId,
    ) -> Result<Option<(&SectionPages, &Page)>, AppError> {
        if let std::collections::hash_map::Entry::Vacant(slot) = self.loaded.entry(section) {
            let Some(home) = self.sections.iter().find(|s| s.id == section) else {
                return Ok(None);
            };
            slot.insert(SectionPages {
                section: home.clone(),
                pages: app.wiki().live_pages(home).await?,
            });
        }
        let Some(home) = self.loaded.get(&section) else {
            return Ok(None);
        };
        let Some(live) = home.pages.get(page) else {
            return Ok(None);
        };
        // By the reader's audience alone, never their own waiting pages: what is found here
        // is kept per audience and shown to everyone in it.
        let readable = Audience::of(actor).meets(home.access(live).readers());
        Ok(readable.then_some((home, live)))
    }
}

impl Wiki<'_> {
    /// The visibility levels the actor may give a new page (editors-only needs an editor).
    pub fn visibility_choices(&self, actor: &Actor) -> Vec<Visibility> {
        Visibility::ALL
            .into_iter()
            .filter(|level| *level != Visibility::Editors || permits(actor, Action::ManageWiki))
            .collect()
    }

    /// The templates, to change them (editors).
    pub async fn templates_to_manage(&self, actor: &Actor) -> Result<Vec<PageTemplate>, AppError> {
        App::require(actor, Action::ManageWiki)?;
        Ok(self.store().templates().await?)
    }
}
