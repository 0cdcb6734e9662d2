//! The wiki: reading pages and their tree, writing and editing them, history, diffs and
//! restoring. Every read checks the page's effective visibility (the most private of its
//! section, its ancestors and itself); a page the actor may not read is "not found".
//!
//! Edits never overwrite each other: a save names the revision it started from; if another
//! save came first the two are merged line by line, and if they overlap the editor gets the
//! text back with both versions marked.

use std::collections::HashMap;
use std::sync::Arc;

use braid_domain::DomainError;
use braid_domain::ids::{PageId, SectionId};
use braid_domain::language::content_language;
use braid_domain::policy::{
    Action, Actor, Audience, PageAccess, PageAction, may_on_page, may_read, may_see_revision,
    permits,
};
use braid_domain::section::Section;
use braid_domain::wiki::{
    Page, ReviewState, Revision, Visibility, edit_summary, page_body, page_title,
};
use braid_store::{NewPage, NewRevision, StoreError};
use braid_text::diff::{Hunk, hunks, line_counts};
use braid_text::markdown::{Rendered, WikiTarget, render};
use braid_text::merge::{Merge, has_conflict_markers, merge};
use braid_text::slug::slugify;

use crate::attachments::{AttachmentView, attachments_on};
use crate::comments::CommentView;
use crate::kept::PageFacts;
use crate::tree::{TreeEntry, nearby};
use crate::{App, AppError};

/// Diff types for showing revisions side by side.
pub use braid_text::diff;

/// Revisions shown in a page's history.
const HISTORY_LIMIT: u32 = 500;

/// A link to a page, for trees, breadcrumbs and neighbours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLink {
    /// Its title.
    pub title: String,
    /// Its slug in its section.
    pub slug: String,
    /// Its address.
    pub href: String,
    /// How deep in the tree (0 for a section's top pages).
    pub depth: usize,
    /// Whether it is the page being shown.
    pub current: bool,
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
    pub rendered: Rendered,
    /// The part of the tree shown beside the page (see [`crate::tree::nearby`]).
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
    /// Each page's visibility through its ancestors (the section's not included), as `pages`.
    through: Vec<Visibility>,
    /// Every page depth first, children by position, as (place in `pages`, depth). A damaged
    /// tree (a cycle, a missing parent) leaves the pages it cuts off out.
    outline: Vec<(usize, usize)>,
}

impl LivePages {
    pub(crate) fn new(pages: Vec<Page>) -> LivePages {
        let index: HashMap<PageId, usize> = pages
            .iter()
            .enumerate()
            .map(|(at, page)| (page.id, at))
            .collect();
        let mut children: HashMap<Option<PageId>, Vec<usize>> = HashMap::new();
        for (at, page) in pages.iter().enumerate() {
            children.entry(page.parent_id).or_default().push(at);
        }
        let mut live = LivePages {
            through: Vec::with_capacity(pages.len()),
            outline: Vec::with_capacity(pages.len()),
            pages,
            index,
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
        while let Some((at, depth)) = stack.pop() {
            if live.outline.len() >= live.pages.len() {
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
    /// [`Self::visibility`] of every page, and for each page the pages under it (at any depth).
    pub(crate) fn visibilities_and_descendants(
        &self,
    ) -> (HashMap<PageId, Visibility>, HashMap<PageId, Vec<PageId>>) {
        let mut visibilities = HashMap::with_capacity(self.pages.pages.len());
        let mut descendants: HashMap<PageId, Vec<PageId>> = HashMap::new();
        for page in self.pages.iter() {
            for ancestor in self.pages.parents(page) {
                descendants.entry(ancestor.id).or_default().push(page.id);
            }
            visibilities.insert(page.id, self.visibility(page));
        }
        (visibilities, descendants)
    }

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
    fn visibility(&self, page: &Page) -> Visibility {
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
            .iter()
            .find(|page| page.slug == slug)
            .filter(|page| may_on_page(actor, PageAction::Read, &self.access(page)))
            .ok_or(AppError::NotFound)
    }

    /// The page's ancestors, outermost first.
    fn ancestors(&self, page: &Page) -> Vec<&Page> {
        let mut chain = self.pages.parents(page);
        chain.reverse();
        chain
    }

    /// Readable pages depth first, each with its depth: each page, then its children by
    /// position.
    fn order(&self, actor: &Actor) -> Vec<(&Page, usize)> {
        let mut order = Vec::with_capacity(self.pages.outline.len());
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
            if !may_on_page(actor, PageAction::Read, &access) {
                hidden_at = Some(depth);
                continue;
            }
            order.push((page, depth));
        }
        order
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

impl App {
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

    /// A section's pages outside the recycle bin. Pages in the bin do not exist for readers (a
    /// page with sub-pages cannot be deleted, so no live page loses an ancestor here).
    ///
    /// Every view needs its section's whole list (to judge visibility and place the page in the
    /// tree), so the list is kept while the content version stands still (see
    /// [`App::content_version`]).
    async fn live_pages(&self, section: &Section) -> Result<Arc<LivePages>, AppError> {
        let version = self.content_version();
        self.kept()
            .page_lists
            .get_or_load(section.id, version, || async {
                let mut pages = self.store().section_pages(section.id).await?;
                pages.retain(|page| page.deleted_at.is_none());
                Ok(Arc::new(LivePages::new(pages)))
            })
            .await
    }

    /// A section and the tree of pages the actor may read.
    pub async fn section_tree(
        &self,
        actor: &Actor,
        section: &str,
    ) -> Result<SectionTree, AppError> {
        let pages = self.section_pages(actor, section).await?;
        let tree = pages
            .order(actor)
            .into_iter()
            .map(|(page, depth)| pages.link(page, depth, false))
            .collect();
        Ok(SectionTree {
            section: pages.section,
            pages: tree,
            may_write: permits(actor, Action::EditPages),
            may_manage: permits(actor, Action::ManageWiki),
        })
    }

    /// Renders Markdown as the page would show it, resolving `[[links]]` among the pages the
    /// actor may read (a page they may not read looks unwritten).
    pub async fn render_markdown(
        &self,
        actor: &Actor,
        section: &Section,
        markdown: &str,
    ) -> Result<Rendered, AppError> {
        let titles = braid_text::markdown::wiki_link_titles(markdown);
        let targets = self.link_targets(actor, section, titles).await?;
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
        let rendered = render(
            markdown,
            &|title| match targets.get(&title.to_lowercase()) {
                Some(href) => WikiTarget {
                    href: href.clone(),
                    exists: true,
                },
                None => WikiTarget {
                    href: new_page(title),
                    exists: false,
                },
            },
        );
        self.rendered_cache().put(key, rendered.clone());
        Ok(rendered)
    }

    /// Where each of `titles` leads from `section` for the actor (by lowercased title; a title
    /// no page the actor may read has is left out). Readers alike see the same targets, so
    /// they are kept per audience while the content version stands.
    async fn link_targets(
        &self,
        actor: &Actor,
        section: &Section,
        titles: Vec<String>,
    ) -> Result<Arc<HashMap<String, String>>, AppError> {
        if titles.is_empty() {
            return Ok(Arc::default());
        }
        let version = self.content_version();
        let key = (section.id, crate::links::audience(actor), titles);
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
                    // A page in the same section wins over one elsewhere.
                    if page.section_id == section.id || !targets.contains_key(&key) {
                        targets.insert(key, page_href(&home.section, &page.slug));
                    }
                }
                Ok::<_, AppError>(Arc::new(targets))
            })
            .await
    }

    /// A page, at its latest revision or at `revision`.
    pub async fn page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        revision: Option<i64>,
    ) -> Result<PageView, AppError> {
        let pages = self.section_pages(actor, section).await?;
        let page = pages.readable(actor, slug)?.clone();
        let visibility = pages.visibility(&page);
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
            .render_markdown(actor, &pages.section, &revision.body)
            .await?;
        let order = pages.order(actor);
        let position = order.iter().position(|(p, _)| p.id == page.id);
        let neighbour = |at: Option<usize>| {
            at.and_then(|i| order.get(i))
                .map(|(p, depth)| pages.link(p, *depth, false))
        };
        let previous = neighbour(position.and_then(|i| i.checked_sub(1)));
        let next = neighbour(position.map(|i| i + 1));
        let nearby = nearby(
            &order,
            |(p, depth)| (*depth, p.id == page.id),
            |(p, depth)| pages.link(p, *depth, p.id == page.id),
        );
        let ancestors = pages
            .ancestors(&page)
            .into_iter()
            .map(|ancestor| pages.link(ancestor, 0, false))
            .collect();
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
        })
    }

    /// Revision `number` of a page, kept while the content version stands.
    async fn kept_revision(
        &self,
        page: PageId,
        number: i64,
    ) -> Result<Option<Arc<Revision>>, AppError> {
        let version = self.content_version();
        self.kept()
            .revisions
            .get_or_load((page, number), version, || async {
                Ok(self.store().revision(page, number).await?.map(Arc::new))
            })
            .await
    }

    /// What a page view shows beside the text, kept while the content version stands.
    async fn page_facts(&self, page: PageId) -> Result<Arc<PageFacts>, AppError> {
        let version = self.content_version();
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
    ) -> Result<PageInFull, AppError> {
        let view = self.page(actor, section, slug, revision).await?;
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

    /// Writes a new page; returns its slug.
    pub async fn create_page(
        &self,
        actor: &Actor,
        section: &str,
        draft: &PageDraft,
    ) -> Result<String, AppError> {
        Self::require(actor, Action::EditPages)?;
        if draft.visibility == Visibility::Editors {
            Self::require(actor, Action::ManageWiki)?;
        }
        let pages = self.section_pages(actor, section).await?;
        let title = page_title(&draft.title)?;
        let body = page_body(&draft.body)?;
        let summary = edit_summary(&draft.summary)?;
        let labels = braid_domain::wiki::labels(&draft.labels)?;
        let language = content_language(&draft.language)?;
        reject_conflict_markers(&body)?;
        let base_slug = slugify(&title).ok_or(DomainError::Invalid {
            field: "title",
            reason: "use at least one letter or digit",
            key: "title-needs-letters",
        })?;
        let parent = match draft.parent.as_deref().filter(|p| !p.is_empty()) {
            Some(parent) => {
                let parent = pages
                    .pages
                    .iter()
                    .find(|page| page.slug == parent)
                    .ok_or(AppError::NotFound)?;
                if !may_read(actor, pages.visibility(parent)) {
                    return Err(AppError::NotFound);
                }
                Some(parent.id)
            }
            None => None,
        };
        let (author_id, author_label) = author_of(actor)?;
        let approved = self.edits_skip_review(actor).await?;
        let links = braid_text::markdown::wiki_link_titles(&body);
        // The address is the title's slug, or the first of slug-2, slug-3… that is free. Only
        // a page the writer can see with the same title is "already there": a hidden, waiting
        // or deleted page, or another title cut to the same slug, must neither block the new
        // page nor reveal itself (issue 27, finding 8).
        let mut suffix = 1;
        let slug = loop {
            let candidate = if suffix == 1 {
                base_slug.clone()
            } else {
                let stem: String = base_slug
                    .chars()
                    .take(braid_text::slug::MAX_CHARS - 4)
                    .collect();
                format!("{}-{suffix}", stem.trim_end_matches('-'))
            };
            suffix += 1;
            if suffix > 100 {
                return Err(AppError::Conflict("page_busy".to_owned()));
            }
            if let Some(existing) = self.store().find_page(pages.section.id, &candidate).await? {
                let same_title = braid_text::slug::same_title(&existing.title, &title);
                let visible =
                    existing.deleted_at.is_none() && pages.readable(actor, &candidate).is_ok();
                if same_title && visible {
                    return Err(AppError::Conflict("page_exists".to_owned()));
                }
                continue;
            }
            // One unit of work per candidate: a taken slug fails the statement, and on
            // PostgreSQL a failed statement ends its transaction.
            let mut work = self.write();
            let created = work
                .create_page(&NewPage {
                    section_id: pages.section.id,
                    parent_id: parent,
                    slug: &candidate,
                    visibility: draft.visibility,
                    language: language.code,
                    approved,
                    revision: NewRevision {
                        base_number: None,
                        author_id,
                        author_label,
                        title: &title,
                        body: &body,
                        summary: &summary,
                        links: &links,
                    },
                })
                .await;
            match created {
                Ok(page) => {
                    if !labels.is_empty() {
                        work.set_page_labels(page, &labels).await?;
                    }
                    self.commit(work).await?;
                    break candidate;
                }
                // Taken meanwhile: look again.
                Err(StoreError::Conflict { .. }) => suffix -= 1,
                Err(other) => return Err(other.into()),
            }
        };
        Ok(slug)
    }

    /// Saves an edit, merging it with any save made since its base revision, and sets the
    /// page's labels and language when the text was saved (or needed no saving): all in one
    /// commit, with the change that tells watchers when the edit is published.
    pub async fn save_page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        edit: &PageEdit,
    ) -> Result<SaveOutcome, AppError> {
        Self::require(actor, Action::EditPages)?;
        let labels = edit
            .labels
            .as_deref()
            .map(braid_domain::wiki::labels)
            .transpose()?;
        let language = edit.language.as_deref().map(content_language).transpose()?;
        let title = page_title(&edit.title)?;
        let body = page_body(&edit.body)?;
        let summary = edit_summary(&edit.summary)?;
        reject_conflict_markers(&body)?;
        let (author_id, author_label) = author_of(actor)?;
        let approve = self.edits_skip_review(actor).await?;
        // A race lost between reading and saving just means one more merge.
        for _ in 0..5 {
            let view = match self.page(actor, section, slug, None).await {
                Ok(view) => view,
                Err(AppError::NotFound) if self.deleted_page(actor, section, slug).await? => {
                    return Ok(SaveOutcome::Deleted);
                }
                Err(other) => return Err(other),
            };
            let page = view.page.id;
            let mut work = self.write();
            let outcome = match self.merge_edit(actor, &view, edit, &title, &body).await? {
                Merged::Unchanged => SaveOutcome::Unchanged,
                Merged::Conflict(conflict) => return Ok(conflict),
                Merged::Text {
                    title: new_title,
                    body: new_body,
                    merged,
                } => {
                    let saved = work
                        .save_revision(
                            page,
                            view.page.current_revision,
                            &NewRevision {
                                base_number: Some(edit.base),
                                author_id,
                                author_label,
                                title: &new_title,
                                body: &new_body,
                                summary: &summary,
                                links: &braid_text::markdown::wiki_link_titles(&new_body),
                            },
                            approve,
                        )
                        .await?;
                    let Some(number) = saved else { continue };
                    if approve {
                        work.log_published(page, number).await?;
                    }
                    if merged {
                        SaveOutcome::Merged(number)
                    } else {
                        SaveOutcome::Saved(number)
                    }
                }
            };
            // Labels and language follow a save, or an unchanged text.
            if let Some(labels) = &labels
                && *labels != view.labels
            {
                work.set_page_labels(page, labels).await?;
            }
            if let Some(language) = &language
                && language.code != view.page.language
            {
                work.set_page_language(page, language.code).await?;
            }
            self.commit(work).await?;
            return Ok(outcome);
        }
        Err(AppError::Conflict("page_busy".to_owned()))
    }

    /// Merges an edit with the text it builds on, as it stands in `view`.
    async fn merge_edit(
        &self,
        actor: &Actor,
        view: &PageView,
        edit: &PageEdit,
        title: &str,
        body: &str,
    ) -> Result<Merged, AppError> {
        // Merge with the text this save builds on: the latest revision when it is the
        // saver's own pending edit (they go on with it) or a new page not yet reviewed,
        // the published text otherwise. So a trusted save never takes in, and publishes,
        // a pending edit nobody reviewed, and no merge shows anyone an edit they may not
        // see (issue 27, finding 3).
        let page = view.page.id;
        let latest = self
            .store()
            .revision(page, view.page.current_revision)
            .await?
            .ok_or(AppError::NotFound)?;
        let own_pending = latest.review == ReviewState::Pending
            && matches!(actor, Actor::Member(member) if latest.author_id == Some(member.id));
        let current = if own_pending
            || view.page.approved_revision == 0
            || latest.number == view.page.approved_revision
        {
            latest
        } else {
            self.store()
                .revision(page, view.page.approved_revision)
                .await?
                .ok_or(AppError::NotFound)?
        };
        if edit.base == current.number {
            if title == current.title && body == current.body {
                return Ok(Merged::Unchanged);
            }
            return Ok(Merged::Text {
                title: title.to_owned(),
                body: body.to_owned(),
                merged: false,
            });
        }
        let base = self
            .store()
            .revision(page, edit.base)
            .await?
            .filter(|_| edit.base < current.number)
            .ok_or_else(|| AppError::BadInput("that revision is not one this page had".into()))?;
        let their_title =
            (current.title != base.title && title != base.title && title != current.title)
                .then(|| current.title.clone());
        let merged_title = if title == base.title {
            current.title.clone()
        } else {
            title.to_owned()
        };
        Ok(
            match (merge(&base.body, body, &current.body), their_title) {
                (Merge::Clean(merged), None) => Merged::Text {
                    title: merged_title,
                    body: merged,
                    merged: true,
                },
                (Merge::Clean(text) | Merge::Conflict(text), their_title) => {
                    Merged::Conflict(SaveOutcome::Conflict {
                        body: text,
                        title: title.to_owned(),
                        their_title,
                        current: current.number,
                    })
                }
            },
        )
    }

    /// A page's history, newest first, with lines added and removed by each revision.
    pub async fn page_history(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<(PageView, Vec<HistoryEntry>), AppError> {
        let view = self.page(actor, section, slug, None).await?;
        let mut revisions = self.store().revisions(view.page.id, HISTORY_LIMIT).await?;
        revisions.retain(|revision| may_see_revision(actor, revision));
        revisions.iter_mut().for_each(author_name);
        let mut entries = Vec::with_capacity(revisions.len());
        for (index, revision) in revisions.iter().enumerate() {
            let before = revisions
                .get(index + 1)
                .map_or("", |older| older.body.as_str());
            let (added, removed) = line_counts(before, &revision.body);
            entries.push(HistoryEntry {
                revision: revision.clone(),
                added,
                removed,
            });
        }
        Ok((view, entries))
    }

    /// The changes from revision `from` to revision `to`.
    pub async fn page_diff(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        from: i64,
        to: i64,
    ) -> Result<(PageView, RevisionDiff), AppError> {
        let older = self.page(actor, section, slug, Some(from)).await?.revision;
        let view = self.page(actor, section, slug, Some(to)).await?;
        let diff = RevisionDiff {
            hunks: hunks(&older.body, &view.revision.body),
            from: older,
            to: view.revision.clone(),
        };
        Ok((view, diff))
    }

    /// Makes revision `number` the latest again, as a new revision.
    pub async fn restore_revision(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        number: i64,
    ) -> Result<SaveOutcome, AppError> {
        let old = self.page(actor, section, slug, Some(number)).await?;
        // The restore builds on the text the restorer sees (never on an edit still waiting).
        let current = self.page(actor, section, slug, None).await?.revision.number;
        self.save_page(
            actor,
            section,
            slug,
            &PageEdit {
                base: current,
                title: old.revision.title,
                body: old.revision.body,
                summary: format!("Restored revision {number}"),
                labels: None,
                language: None,
            },
        )
        .await
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
fn form_encode(value: &str) -> String {
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

/// One entry of the recent changes.
#[derive(Debug, Clone)]
pub struct RecentChange {
    /// The section's title.
    pub section_title: String,
    /// The page's address.
    pub href: String,
    /// The revision.
    pub revision: Revision,
}

/// Which recent changes to list.
#[derive(Debug, Clone, Default)]
pub struct RecentFilter {
    /// Only this section (its slug).
    pub section: Option<String>,
    /// Only this member's (their handle).
    pub person: Option<String>,
    /// Only pages with this label.
    pub label: Option<String>,
}

/// The most recent changes listed at once.
pub const RECENT_LIMIT: u32 = 100;

impl App {
    /// The latest revisions the actor may read, newest first, at most `limit`. Pages the
    /// actor may not read are skipped before counting, so nothing about them shows.
    pub async fn recent_changes(
        &self,
        actor: &Actor,
        filter: &RecentFilter,
        limit: u32,
    ) -> Result<Vec<RecentChange>, AppError> {
        let limit = limit.min(RECENT_LIMIT);
        let section = match filter.section.as_deref().filter(|s| !s.is_empty()) {
            Some(slug) => Some(self.readable_section(actor, slug).await?.id),
            None => None,
        };
        let author = match filter.person.as_deref().filter(|s| !s.is_empty()) {
            Some(handle) => {
                let user = match braid_domain::accounts::Handle::new(handle) {
                    Ok(handle) => self.store().find_user_by_handle(&handle).await?,
                    Err(_) => None,
                };
                // An unknown handle reads like a member with no edits the reader may see:
                // who is a member is nobody's business (issue 27, finding 4).
                match user {
                    Some(user) => Some(user.id),
                    None => return Ok(Vec::new()),
                }
            }
            None => None,
        };
        let labelled: Option<std::collections::HashSet<PageId>> =
            match filter.label.as_deref().filter(|l| !l.is_empty()) {
                Some(label) => Some(
                    self.store()
                        .all_page_labels()
                        .await?
                        .into_iter()
                        .filter(|(_, _, l)| l == label)
                        .map(|(page, _, _)| page)
                        .collect(),
                ),
                None => None,
            };
        let mut hub = HubPages::new(self).await?;
        let mut changes = Vec::new();
        let batch = limit.max(1) * 2;
        let mut offset = 0;
        // Read in batches until enough readable changes are found or the log runs out.
        while changes.len() < limit as usize && offset < 20 * batch {
            let rows = self
                .store()
                .recent_revisions(section, author, offset, batch)
                .await?;
            let exhausted = rows.len() < batch as usize;
            offset += batch;
            for row in rows {
                if labelled
                    .as_ref()
                    .is_some_and(|pages| !pages.contains(&row.page_id))
                {
                    continue;
                }
                let Some((home, _)) = hub
                    .readable(self, actor, row.section_id, row.page_id)
                    .await?
                else {
                    continue;
                };
                if !may_see_revision(actor, &row.revision) {
                    continue;
                }
                let mut revision = row.revision;
                author_name(&mut revision);
                changes.push(RecentChange {
                    section_title: home.section.title.clone(),
                    href: page_href(&home.section, &row.slug),
                    revision,
                });
                if changes.len() == limit as usize {
                    break;
                }
            }
            if exhausted {
                break;
            }
        }
        Ok(changes)
    }
}

/// A page in the recycle bin.
#[derive(Debug, Clone)]
pub struct BinEntry {
    /// Its section.
    pub section: Section,
    /// The page.
    pub page: Page,
}

impl App {
    /// Whether the page at `slug` is in the recycle bin (for an actor who may read its
    /// section and could edit it).
    async fn deleted_page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<bool, AppError> {
        let section = self.readable_section(actor, section).await?;
        Ok(self
            .store()
            .find_page(section.id, slug)
            .await?
            .is_some_and(|page| page.deleted_at.is_some()))
    }

    /// Moves a page to the recycle bin (editors). A page with sub-pages stays: they would be
    /// left without a place in the tree.
    pub async fn delete_page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let pages = self.section_pages(actor, section).await?;
        let page = pages.readable(actor, slug)?;
        if pages
            .pages
            .iter()
            .any(|other| other.parent_id == Some(page.id))
        {
            return Err(DomainError::Invalid {
                field: "page",
                reason: "move or delete its sub-pages first",
                key: "page-has-children",
            }
            .into());
        }
        let mut work = self.write();
        work.set_page_deleted(page.id, true).await?;
        self.commit(work).await
    }

    /// The recycle bin (editors).
    pub async fn recycle_bin(&self, actor: &Actor) -> Result<Vec<BinEntry>, AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let sections = self.store().list_sections().await?;
        Ok(self
            .store()
            .deleted_pages()
            .await?
            .into_iter()
            .filter_map(|page| {
                let section = sections.iter().find(|s| s.id == page.section_id)?.clone();
                may_read(actor, section.visibility.max(page.visibility))
                    .then_some(BinEntry { section, page })
            })
            .collect())
    }

    /// Takes a page out of the recycle bin (editors); returns its address.
    pub async fn restore_page(&self, actor: &Actor, page: PageId) -> Result<String, AppError> {
        let entry = self
            .recycle_bin(actor)
            .await?
            .into_iter()
            .find(|entry| entry.page.id == page)
            .ok_or(AppError::NotFound)?;
        if let Some(parent) = entry.page.parent_id
            && self
                .store()
                .deleted_pages()
                .await?
                .iter()
                .any(|p| p.id == parent)
        {
            return Err(DomainError::Invalid {
                field: "page",
                reason: "restore the page it sits under first",
                key: "page-parent-deleted",
            }
            .into());
        }
        let mut work = self.write();
        work.set_page_deleted(page, false).await?;
        self.commit(work).await?;
        Ok(page_href(&entry.section, &entry.page.slug))
    }
}

impl App {
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

impl App {
    /// Moves a page, with its sub-pages, under another page or to the top of a section,
    /// possibly another one (editors). Returns its new address.
    pub async fn move_page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        target_section: &str,
        target_parent: Option<&str>,
    ) -> Result<String, AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let source = self.section_pages(actor, section).await?;
        let page = source.readable(actor, slug)?;
        // The page and everything under it, page first.
        let mut subtree = vec![page.id];
        let mut index = 0;
        while let Some(&id) = subtree.get(index) {
            subtree.extend(
                source
                    .pages
                    .iter()
                    .filter(|p| p.parent_id == Some(id))
                    .map(|p| p.id),
            );
            index += 1;
        }
        let target = self.section_pages(actor, target_section).await?;
        let parent = match target_parent.filter(|p| !p.is_empty()) {
            Some(parent_slug) => {
                let parent = target
                    .pages
                    .iter()
                    .find(|p| p.slug == parent_slug)
                    .filter(|p| may_read(actor, target.visibility(p)))
                    .ok_or(AppError::NotFound)?;
                if subtree.contains(&parent.id) {
                    return Err(DomainError::Invalid {
                        field: "parent",
                        reason: "a page cannot go under itself or its own sub-pages",
                        key: "page-under-itself",
                    }
                    .into());
                }
                Some(parent.id)
            }
            None => None,
        };
        let mut work = self.write();
        work.move_page(&braid_store::PageMove {
            pages: &subtree,
            section_id: target.section.id,
            parent_id: parent,
        })
        .await
        .map_err(|error| match error {
            StoreError::Conflict { .. } => AppError::Conflict("slug_taken".to_owned()),
            other => other.into(),
        })?;
        self.commit(work).await?;
        Ok(page_href(&target.section, &page.slug))
    }

    /// Moves a page one place earlier (`up`) or later among its siblings (editors).
    pub async fn reorder_page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        up: bool,
    ) -> Result<String, AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let pages = self.section_pages(actor, section).await?;
        let page = pages.readable(actor, slug)?;
        let mut siblings: Vec<&Page> = pages
            .pages
            .iter()
            .filter(|p| p.parent_id == page.parent_id)
            .collect();
        siblings.sort_by_key(|p| (p.position, p.id));
        let index = siblings
            .iter()
            .position(|p| p.id == page.id)
            .ok_or(AppError::NotFound)?;
        let neighbour = if up {
            index.checked_sub(1)
        } else {
            Some(index + 1)
        };
        if let Some(other) = neighbour.and_then(|i| siblings.get(i)) {
            let mut work = self.write();
            work.swap_positions(page, other).await?;
            self.commit(work).await?;
        }
        Ok(page_href(&pages.section, &page.slug))
    }

    /// Where an old address of a page that moved to another section now points, if the
    /// actor may read the page.
    pub async fn page_redirect(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<Option<String>, AppError> {
        let section = self.readable_section(actor, section).await?;
        let Some(page) = self.store().find_redirect(section.id, slug).await? else {
            return Ok(None);
        };
        match self.page_href_by_id(actor, page).await {
            Ok(href) => Ok(Some(href)),
            Err(AppError::NotFound) => Ok(None),
            Err(other) => Err(other),
        }
    }
}

/// A page with a revision waiting for review.
#[derive(Debug, Clone)]
pub struct ReviewItem {
    /// Its section.
    pub section: Section,
    /// The page.
    pub page: Page,
    /// The revision waiting.
    pub pending: Revision,
    /// What changed since the revision readers see (all of it for a new page).
    pub diff: RevisionDiff,
}

impl App {
    /// Whether the actor's wiki edits are seen by readers at once: editors, admins, the hub
    /// itself, and members an editor (or the operator) trusted.
    pub(crate) async fn edits_skip_review(&self, actor: &Actor) -> Result<bool, AppError> {
        Ok(match actor {
            Actor::System => true,
            Actor::Anonymous => false,
            Actor::Member(member) => {
                permits(actor, Action::ManageWiki)
                    || self.store().is_wiki_trusted(member.id).await?
            }
        })
    }

    /// Pages with edits waiting for review (editors).
    pub async fn review_queue(&self, actor: &Actor) -> Result<Vec<ReviewItem>, AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let sections = self.store().list_sections().await?;
        let mut items = Vec::new();
        for (page, pending) in self.store().pages_awaiting_review().await? {
            let Some(section) = sections.iter().find(|s| s.id == page.section_id) else {
                continue;
            };
            // A pending revision hidden from this editor (suppressed) is left out; any other
            // failure is reported rather than shortening the queue silently.
            let view = match self
                .page(actor, section.slug.as_str(), &page.slug, Some(pending))
                .await
            {
                Ok(view) => view,
                Err(AppError::NotFound) => continue,
                Err(other) => return Err(other),
            };
            let approved = match page.approved_revision {
                0 => None,
                number => self.store().revision(page.id, number).await?,
            };
            let mut from = approved.unwrap_or_else(|| Revision {
                number: 0,
                body: String::new(),
                title: String::new(),
                ..view.revision.clone()
            });
            author_name(&mut from);
            items.push(ReviewItem {
                diff: RevisionDiff {
                    hunks: hunks(&from.body, &view.revision.body),
                    from,
                    to: view.revision.clone(),
                },
                section: section.clone(),
                page,
                pending: view.revision,
            });
        }
        Ok(items)
    }

    /// Approves a page's pending revision `number` (it must still be the latest), and with
    /// `trust_author` lets its author's later edits skip review (editors).
    pub async fn approve_revision(
        &self,
        actor: &Actor,
        page: PageId,
        number: i64,
        trust_author: bool,
    ) -> Result<(), AppError> {
        let item = self
            .review_queue(actor)
            .await?
            .into_iter()
            .find(|item| item.page.id == page)
            .ok_or(AppError::NotFound)?;
        let mut work = self.write();
        if item.pending.number != number
            || !work
                .approve_revision(
                    page,
                    number,
                    &braid_text::markdown::wiki_link_titles(&item.pending.body),
                )
                .await?
        {
            return Err(AppError::Conflict("revision_superseded".to_owned()));
        }
        if trust_author && let Some(author) = item.pending.author_id {
            work.trust_for_wiki(author).await?;
        }
        work.log_published(page, number).await?;
        self.commit(work).await
    }

    /// Sends a pending revision back with a note: the page returns to the text readers see,
    /// as a new revision whose summary carries the note (editors). A new page waiting for its
    /// first review goes to the recycle bin.
    pub async fn send_back_revision(
        &self,
        actor: &Actor,
        page: PageId,
        number: i64,
        note: &str,
    ) -> Result<(), AppError> {
        let note = edit_summary(note)?;
        if note.is_empty() {
            return Err(DomainError::Empty { field: "note" }.into());
        }
        let item = self
            .review_queue(actor)
            .await?
            .into_iter()
            .find(|item| item.page.id == page)
            .ok_or(AppError::NotFound)?;
        if item.pending.number != number {
            return Err(AppError::Conflict("revision_superseded".to_owned()));
        }
        let mut work = self.write();
        if !work.send_back_revision(page, number).await? {
            return Err(AppError::Conflict("revision_superseded".to_owned()));
        }
        if item.page.approved_revision == 0 {
            work.set_page_deleted(page, true).await?;
            return self.commit(work).await;
        }
        // When the refused edit was the latest, the page's latest text becomes the published
        // one again, as a revision that carries the note to its author.
        if item.page.current_revision != number {
            return self.commit(work).await;
        }
        let (author_id, author_label) = author_of(actor)?;
        let summary = format!("Sent back: {note}");
        let saved = work
            .save_revision(
                page,
                number,
                &NewRevision {
                    base_number: Some(number),
                    author_id,
                    author_label,
                    title: &item.diff.from.title,
                    body: &item.diff.from.body,
                    summary: &summary,
                    links: &braid_text::markdown::wiki_link_titles(&item.diff.from.body),
                },
                true,
            )
            .await?;
        match saved {
            Some(_) => self.commit(work).await,
            None => Err(AppError::Conflict("revision_superseded".to_owned())),
        }
    }
}

/// A label and how many pages the reader may see carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelCount {
    /// The label.
    pub label: String,
    /// Readable pages with it.
    pub pages: usize,
}

/// A page listed under a label.
#[derive(Debug, Clone)]
pub struct LabelledPage {
    /// Its section's title.
    pub section_title: String,
    /// The page.
    pub link: PageLink,
}

/// A template for new pages.
pub use braid_store::TemplateRecord as PageTemplate;

/// The templates a new hub starts with: (name, text).
const STARTING_TEMPLATES: &[(&str, &str)] = &[
    (
        "Exercise",
        "## Purpose\n\nWhat participants take away.\n\n## Time and group size\n\n- Time: \n- People: \n\n## Materials\n\n- \n\n## Steps\n\n1. \n\n## Facilitation notes\n\nWhat to watch for, adaptations for remote groups, care for participants.\n\n## Sources\n\n",
    ),
    (
        "Guide",
        "## Who this is for\n\n\n## Before you start\n\n\n## Steps\n\n1. \n\n## If something goes wrong\n\n\n## Review by\n\nSecurity advice goes stale: say when this should be checked again.\n",
    ),
    (
        "Case study",
        "## Context\n\nNo identifying details of the organisation or people.\n\n## What happened\n\n\n## What we did\n\n\n## What we learned\n\n",
    ),
];

impl App {
    /// Every label on pages the actor may read, with counts.
    pub async fn labels(&self, actor: &Actor) -> Result<Vec<LabelCount>, AppError> {
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        let all = self.all_readable_labelled(actor).await?;
        for (label, _) in all.iter() {
            *counts.entry(label.as_str()).or_default() += 1;
        }
        Ok(counts
            .into_iter()
            .map(|(label, pages)| LabelCount {
                label: label.to_owned(),
                pages,
            })
            .collect())
    }

    /// The pages the actor may read that carry `label`.
    pub async fn label_pages(
        &self,
        actor: &Actor,
        label: &str,
    ) -> Result<Vec<LabelledPage>, AppError> {
        let all = self.all_readable_labelled(actor).await?;
        Ok(all
            .iter()
            .filter(|(carried, _)| carried == label)
            .map(|(_, page)| page.clone())
            .collect())
    }

    /// Every (label, page) pair the actor may read, worked out once per content version and
    /// audience: `/labels` read every labelled page on every request (issue 27's benchmark:
    /// 11 requests/s on a hub of 20,000 labelled pages).
    async fn all_readable_labelled(
        &self,
        actor: &Actor,
    ) -> Result<Arc<Vec<(String, LabelledPage)>>, AppError> {
        let version = self.content_version();
        self.kept()
            .labelled
            .get_or_load(crate::links::audience(actor), version, || async {
                let pairs = self.store().all_page_labels().await?;
                let mut found = Vec::new();
                let mut hub = HubPages::new(self).await?;
                for (page_id, section_id, label) in pairs {
                    let Some((home, live)) = hub.readable(self, actor, section_id, page_id).await?
                    else {
                        continue;
                    };
                    found.push((
                        label,
                        LabelledPage {
                            section_title: home.section.title.clone(),
                            link: PageLink {
                                title: live.title.clone(),
                                slug: live.slug.clone(),
                                href: page_href(&home.section, &live.slug),
                                depth: 0,
                                current: false,
                            },
                        },
                    ));
                }
                Ok::<_, AppError>(Arc::new(found))
            })
            .await
    }

    /// The templates for new pages (any member writing one).
    pub async fn templates(&self, actor: &Actor) -> Result<Vec<PageTemplate>, AppError> {
        Self::require(actor, Action::EditPages)?;
        Ok(self.store().templates().await?)
    }

    /// Creates (`id` None) or changes a template (editors).
    pub async fn save_template(
        &self,
        actor: &Actor,
        id: Option<i64>,
        name: &str,
        body: &str,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let name = page_title(name)?;
        let body = page_body(body)?;
        self.store()
            .save_template(id, &name, &body, self.now())
            .await
            .map_err(|error| match error {
                StoreError::Conflict { .. } => AppError::Conflict("template_exists".to_owned()),
                other => other.into(),
            })
    }

    /// Deletes a template (editors).
    pub async fn delete_template(&self, actor: &Actor, id: i64) -> Result<(), AppError> {
        Self::require(actor, Action::ManageWiki)?;
        Ok(self.store().delete_template(id).await?)
    }

    /// Gives a new hub its starting templates.
    pub(crate) async fn seed_templates(&self) -> Result<(), AppError> {
        for (name, body) in STARTING_TEMPLATES {
            self.store()
                .save_template(None, name, body, self.now())
                .await?;
        }
        Ok(())
    }
}

impl App {
    /// Sets the licence a section's pages are shared under (editors).
    pub async fn set_section_licence(
        &self,
        actor: &Actor,
        section: &str,
        licence: &str,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let section = self.readable_section(actor, section).await?;
        let licence = braid_domain::wiki::Licence::parse(licence)?;
        Ok(self
            .store()
            .set_section_licence(section.id, licence, self.now())
            .await?)
    }
}

impl App {
    /// Sets who may read a section and all its pages (editors). An editor cannot lock
    /// themselves out: editors read everything a section can be limited to.
    pub async fn set_section_visibility(
        &self,
        actor: &Actor,
        section: &str,
        visibility: &str,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let section = self.readable_section(actor, section).await?;
        let visibility = Visibility::parse(visibility)?;
        Ok(self
            .store()
            .set_section_visibility(section.id, visibility, self.now())
            .await?)
    }
}

impl App {
    /// Changes who may read a page (see `policy::may_change_page_visibility`). A page stays
    /// as private as its section and ancestors whatever it is set to.
    pub async fn set_page_visibility(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        visibility: &str,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::EditPages)?;
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

impl App {
    /// Suppresses revision `number` of a page (admins): it exposed something, and from now on
    /// only admins see it anywhere. The published text cannot be suppressed: edit the exposed
    /// part out first, then suppress every revision that still holds it.
    pub async fn suppress_revision(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        number: i64,
        reason: &str,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::SuppressRevisions)?;
        let reason = crate::accounts::optional_text(reason, "reason", 500)?;
        if reason.is_empty() {
            return Err(DomainError::Empty { field: "reason" }.into());
        }
        let view = self.page(actor, section, slug, Some(number)).await?;
        if number == view.page.approved_revision {
            return Err(DomainError::Invalid {
                field: "revision",
                reason: "this is the text readers see: edit the exposed part out first",
                key: "revision-is-published",
            }
            .into());
        }
        let entry = crate::accounts::audit(
            None,
            actor,
            "revision_suppressed",
            crate::accounts::details(&[
                ("revision", &number.to_string()),
                ("page", &page_href(&view.section, &view.page.slug)),
                ("reason", &reason),
            ]),
        );
        let mut work = self.write();
        if work
            .suppress_revision(view.page.id, number, &reason, &entry)
            .await?
        {
            self.commit(work).await
        } else {
            Err(AppError::Conflict("revision_suppressed".to_owned()))
        }
    }
}

/// Recently rendered texts, keyed by a hash of the text, its section and how its links
/// resolved for the reader. Bounded: when full it starts over (a page view that misses just
/// renders again).
#[derive(Debug, Default)]
pub(crate) struct RenderCache {
    entries: std::sync::Mutex<HashMap<u64, Rendered>>,
}

/// Rendered texts kept at most.
const RENDER_CACHE_ENTRIES: usize = 512;

impl RenderCache {
    fn get(&self, key: u64) -> Option<Rendered> {
        self.entries.lock().ok()?.get(&key).cloned()
    }

    fn put(&self, key: u64, rendered: Rendered) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= RENDER_CACHE_ENTRIES {
                entries.clear();
            }
            entries.insert(key, rendered);
        }
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
                pages: app.live_pages(home).await?,
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

impl App {
    /// The visibility levels the actor may give a new page (editors-only needs an editor).
    pub fn visibility_choices(&self, actor: &Actor) -> Vec<Visibility> {
        Visibility::ALL
            .into_iter()
            .filter(|level| *level != Visibility::Editors || permits(actor, Action::ManageWiki))
            .collect()
    }

    /// The templates, to change them (editors).
    pub async fn templates_to_manage(&self, actor: &Actor) -> Result<Vec<PageTemplate>, AppError> {
        Self::require(actor, Action::ManageWiki)?;
        Ok(self.store().templates().await?)
    }
}
