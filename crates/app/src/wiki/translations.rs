//! Translations: a page's versions in other languages, written paragraph by paragraph beside
//! their source. Each revision of a translation records the source revision it was made
//! from, so when the source changes the translation is outdated, and the editor shows which
//! of the source's paragraphs changed since (`braid_text::paragraphs`). A translation is a
//! page under its source: it is never more public than the source and moves with it.

use braid_store::{
    GlossaryTerm, Remembered, TranslatedFrom, TranslationClaim, TranslationProgress, memory_key,
};
use braid_text::paragraphs::{self, Origin};

use super::*;

/// One paragraph of the source and its translation, a row of the translation editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationRow {
    /// The source's paragraph as published now.
    pub source: String,
    /// Its translation so far; empty when there is none.
    pub target: String,
    /// Whether the source paragraph is new or rewritten since the translation was made.
    pub changed: bool,
    /// For a rewritten paragraph, what it said when the translation was made.
    pub was: Option<String>,
    /// The glossary's terms found in the source paragraph.
    pub terms: Vec<GlossaryTerm>,
    /// Translations of this paragraph, or of ones like it, from the translation memory.
    pub suggestions: Vec<Suggestion>,
}

impl TranslationRow {
    /// A row for `source`, not translated yet.
    fn untranslated(source: String) -> TranslationRow {
        TranslationRow {
            source,
            target: String::new(),
            changed: false,
            was: None,
            terms: Vec::new(),
            suggestions: Vec::new(),
        }
    }
}

/// A paragraph translated before, offered for one like it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The paragraph it translated.
    pub source: String,
    /// Its translation.
    pub target: String,
    /// How alike the two source paragraphs are, in per cent (100: the same words).
    pub likeness: u8,
}

/// What was saved with a translation's new revision: where it was made from, and the pairs of
/// paragraphs its translator wrote, for the translation memory.
#[derive(Debug, Clone)]
pub(super) struct TranslationUpdate {
    pub(super) from: TranslatedFrom,
    pub(super) language: LanguageCode,
    pub(super) memory: Vec<(String, String)>,
}

/// How long a claim on translating a page lasts.
pub const CLAIM_HOURS: i64 = 48;

/// The most remembered paragraphs a fuzzy look-up compares (the newest): a bound on the
/// editor's cost however much the hub has translated.
const MEMORY_SEARCHED: i64 = 20_000;

/// The least likeness a fuzzy suggestion needs, in per cent.
const LEAST_LIKENESS: u8 = 60;

/// What the translation editor shows: the source paragraph by paragraph beside the
/// translation so far.
#[derive(Debug, Clone)]
pub struct TranslationWork {
    /// The section.
    pub section: Section,
    /// The source page.
    pub source: PageLink,
    /// Its language.
    pub source_language: LanguageCode,
    /// Its published revision: the translation is made from it.
    pub source_revision: i64,
    /// The language translated into.
    pub language: LanguageCode,
    /// The source's title now.
    pub source_title: String,
    /// The translation's title so far (empty for a new translation).
    pub title: String,
    /// The source's title when the translation was made, if it changed since.
    pub title_was: Option<String>,
    /// The translation's address and the revision the editor starts from, when it exists.
    pub existing: Option<(String, i64)>,
    /// How the translation stands ([`TranslationState::Missing`] before it exists).
    pub state: TranslationState,
    /// The rows, one per paragraph of the source.
    pub rows: Vec<TranslationRow>,
    /// Who is translating the page into the language now, if anyone claimed it.
    pub claim: Option<TranslationClaim>,
    /// Whether that is the actor.
    pub claimed_by_actor: bool,
}

/// A translation as its translator saves it.
#[derive(Debug, Clone)]
pub struct TranslationSave {
    /// Its title; empty keeps the source's (and leaves the translation a draft).
    pub title: String,
    /// One paragraph for each of the source's; an empty one shows the source's paragraph
    /// instead, and leaves the translation a draft.
    pub paragraphs: Vec<String>,
    /// The source revision the translator worked from.
    pub source_revision: i64,
    /// The translation's revision the translator started from (`None` for a new one).
    pub base: Option<i64>,
    /// Whether the translator calls it unfinished.
    pub draft: bool,
    /// Their summary of the change.
    pub summary: String,
}

/// How saving a translation turned out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TranslationOutcome {
    /// Saved (or nothing changed); the translation is at this address.
    Saved(String),
    /// Someone saved the translation meanwhile and the changes overlap: as for a page.
    Conflict {
        /// The translation's address.
        slug: String,
        /// The outcome with the text to resolve.
        outcome: SaveOutcome,
    },
}

/// A language's translations in one section.
#[derive(Debug, Clone)]
pub struct SectionProgress {
    /// The section.
    pub section: Section,
    /// How many of its pages stand in each state, in the order of [`TranslationState::ALL`].
    pub counts: [usize; 5],
}

impl SectionProgress {
    /// Its pages, all states together.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// A page to translate next.
#[derive(Debug, Clone)]
pub struct PageToTranslate {
    /// The source page.
    pub source: PageLink,
    /// Its section's title.
    pub section_title: String,
    /// How its translation stands (missing or outdated).
    pub state: TranslationState,
    /// How many published pages link to it.
    pub linked_from: i64,
    /// For an outdated translation: how many of the source's revisions came since.
    pub behind: i64,
    /// Who is translating it now, if anyone claimed it.
    pub claim: Option<TranslationClaim>,
}

/// How far a language's translations are, for its dashboard.
#[derive(Debug, Clone)]
pub struct TranslationDashboard {
    /// The language.
    pub language: LanguageCode,
    /// Each section with pages to translate, in hub order.
    pub sections: Vec<SectionProgress>,
    /// All sections together.
    pub totals: [usize; 5],
    /// What to do next: outdated translations furthest behind first, then missing ones of
    /// the pages most linked to.
    pub next: Vec<PageToTranslate>,
    /// Whether the reader may translate (the suggestions then lead to the editor).
    pub may_translate: bool,
}

/// A language's glossary, as a reader sees it.
#[derive(Debug, Clone)]
pub struct Glossary {
    /// The language.
    pub language: LanguageCode,
    /// Its terms, by term.
    pub terms: Vec<GlossaryTerm>,
    /// Whether the reader may add, change and remove terms.
    pub may_edit: bool,
}

/// The most pages a dashboard suggests.
const NEXT_SHOWN: usize = 20;

impl Wiki<'_> {
    /// The rows for the page at `slug` (a source, or a translation of one) into `language`,
    /// and the source's id.
    async fn translation_rows(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        language: &str,
    ) -> Result<(TranslationWork, PageId), AppError> {
        App::require(actor, Action::EditPages)?;
        let pages = self.section_pages(actor, section).await?;
        let (source, language) = translatable(actor, &pages, slug, language)?;
        let source_text = self.published_text(source).await?;
        let current = paragraphs::split(&source_text.body);
        let mut work = TranslationWork {
            source: pages.link(source, 0, false),
            source_language: source.language.clone(),
            source_revision: source.approved_revision,
            source_title: source_text.title.clone(),
            title: String::new(),
            title_was: None,
            existing: None,
            state: TranslationState::Missing,
            rows: Vec::new(),
            section: pages.section.clone(),
            claim: None,
            claimed_by_actor: false,
            language,
        };
        let Some(translation) = translation_into(actor, &pages, source, &work.language) else {
            work.rows = current
                .into_iter()
                .map(TranslationRow::untranslated)
                .collect();
            return Ok((work, source.id));
        };
        let facts = pages.translation_facts(translation, source);
        // The translator goes on from the latest revision they may see: their own pending one,
        // or the published text.
        let base = self
            .page(actor, section, &translation.slug, None)
            .await?
            .revision;
        let made_from = self
            .store()
            .translated_from(translation.id, base.number)
            .await?
            .or(facts.from);
        let older = match made_from {
            Some(from) if from.source_revision != source.approved_revision => {
                self.store()
                    .revision(source.id, from.source_revision)
                    .await?
            }
            _ => None,
        };
        let translated = paragraphs::split(&base.body);
        let older_paragraphs = older
            .as_ref()
            .map(|older| paragraphs::split(&older.body))
            .unwrap_or_default();
        let origins = match &older {
            Some(_) => paragraphs::origins(&older_paragraphs, &current),
            // Made from the source as it is now (or unknown): paragraph for paragraph.
            None => (0..current.len()).map(Origin::Kept).collect(),
        };
        work.rows = current
            .into_iter()
            .zip(origins)
            .map(|(source, origin)| TranslationRow {
                target: origin
                    .older()
                    .and_then(|at| translated.get(at))
                    .cloned()
                    .unwrap_or_default(),
                changed: older.is_some() && origin.changed(),
                was: match origin {
                    Origin::Rewritten(at) => older_paragraphs.get(at).cloned(),
                    Origin::Kept(_) | Origin::Added => None,
                },
                ..TranslationRow::untranslated(source)
            })
            .collect();
        work.title_was = older
            .filter(|older| older.title != source_text.title)
            .map(|older| older.title.clone());
        work.title = base.title.clone();
        work.existing = Some((translation.slug.clone(), base.number));
        work.state = facts.state;
        Ok((work, source.id))
    }

    /// The translation editor's rows for the page at `slug` (a source, or a translation of
    /// one) into `language`, with the glossary's terms and the translation memory's
    /// suggestions for each paragraph, and who is translating it now.
    pub async fn translation_work(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        language: &str,
    ) -> Result<TranslationWork, AppError> {
        let (mut work, source) = self
            .translation_rows(actor, section, slug, language)
            .await?;
        let glossary = self.store().glossary(work.language.as_str()).await?;
        for row in &mut work.rows {
            row.terms = glossary
                .iter()
                .filter(|term| mentions(&row.source, &term.term))
                .cloned()
                .collect();
        }
        self.suggest(actor, &mut work).await?;
        work.claim = self
            .store()
            .translation_claim(source, work.language.as_str(), self.now())
            .await?;
        work.claimed_by_actor = matches!((actor, &work.claim),
            (Actor::Member(member), Some(claim)) if claim.user_id == member.id);
        Ok(work)
    }

    /// Fills each untranslated row's suggestions from the translation memory: paragraphs
    /// translated before with the same words first, then those most alike, from translations
    /// the actor may read.
    async fn suggest(&self, actor: &Actor, work: &mut TranslationWork) -> Result<(), AppError> {
        let memory = self.memory(&work.language).await?;
        let mut hub = HubPages::new(self).await?;
        let mut readable: HashMap<PageId, bool> = HashMap::new();
        for row in work.rows.iter_mut().filter(|row| row.target.is_empty()) {
            for (likeness, remembered) in memory.suggestions(&row.source) {
                let may_read = match readable.get(&remembered.page_id) {
                    Some(&known) => known,
                    None => {
                        let known = match self.store().find_page_by_id(remembered.page_id).await? {
                            Some(page) => hub
                                .readable(self, actor, page.section_id, page.id)
                                .await?
                                .is_some(),
                            None => false,
                        };
                        readable.insert(remembered.page_id, known);
                        known
                    }
                };
                if may_read
                    && !row
                        .suggestions
                        .iter()
                        .any(|s| s.target == remembered.target)
                {
                    row.suggestions.push(Suggestion {
                        source: remembered.source.clone(),
                        target: remembered.target.clone(),
                        likeness,
                    });
                }
                if row.suggestions.len() == 3 {
                    break;
                }
            }
        }
        Ok(())
    }

    /// The translation memory of `language`, indexed, kept while the content stands.
    async fn memory(&self, language: &LanguageCode) -> Result<Arc<MemoryIndex>, AppError> {
        let version = self.content_version();
        self.kept()
            .translation_memories
            .get_or_load(language.as_str().to_owned(), version, || async {
                let remembered = self
                    .store()
                    .remembered(language.as_str(), MEMORY_SEARCHED)
                    .await?;
                Ok::<_, AppError>(Arc::new(MemoryIndex::new(remembered)))
            })
            .await
    }

    /// Claims translating the page at `slug` into `language` for [`CLAIM_HOURS`], so others
    /// see someone is at it; or, with `claim` false, lets the actor's claim go (editors may
    /// let anyone's go).
    pub async fn claim_translation(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        language: &str,
        claim: bool,
    ) -> Result<(), AppError> {
        App::require(actor, Action::EditPages)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        let pages = self.section_pages(actor, section).await?;
        let (source, language) = translatable(actor, &pages, slug, language)?;
        let now = self.now();
        let held = self
            .store()
            .translation_claim(source.id, language.as_str(), now)
            .await?;
        let someone_else = held.as_ref().is_some_and(|held| held.user_id != member.id);
        if someone_else && (claim || !permits(actor, Action::ManageWiki)) {
            return Err(AppError::Conflict("translation_claimed".to_owned()));
        }
        let until = Timestamp(now.as_millis() + CLAIM_HOURS * 3_600_000);
        let mut work = self.write();
        work.claim_translation(
            source.id,
            language.as_str(),
            claim.then_some(member.id),
            until,
        )
        .await?;
        self.commit(work).await
    }

    /// A language's glossary.
    pub async fn glossary(&self, actor: &Actor, language: &str) -> Result<Glossary, AppError> {
        let language = LanguageCode::new(content_language(language)?.code)?;
        let terms = self.store().glossary(language.as_str()).await?;
        Ok(Glossary {
            language,
            terms,
            may_edit: permits(actor, Action::EditPages),
        })
    }

    /// Adds a term to a language's glossary, or changes the one with the same words.
    pub async fn save_glossary_term(
        &self,
        actor: &Actor,
        language: &str,
        term: &GlossaryTerm,
    ) -> Result<(), AppError> {
        App::require(actor, Action::EditPages)?;
        let language = content_language(language)?;
        let checked = GlossaryTerm {
            id: 0,
            term: glossary_text(&term.term, "term", 100, true)?,
            translation: glossary_text(&term.translation, "translation", 100, !term.keep_as_is)?,
            note: glossary_text(&term.note, "note", 500, false)?,
            keep_as_is: term.keep_as_is,
        };
        let mut work = self.write();
        work.save_glossary_term(language.code, &checked).await?;
        self.commit(work).await
    }

    /// Removes a term from a language's glossary.
    pub async fn remove_glossary_term(
        &self,
        actor: &Actor,
        language: &str,
        id: i64,
    ) -> Result<(), AppError> {
        App::require(actor, Action::EditPages)?;
        let language = content_language(language)?;
        let mut work = self.write();
        work.remove_glossary_term(language.code, id).await?;
        self.commit(work).await
    }

    /// Saves a translation of the page at `slug` into `language`, made from the source's
    /// revision the translator saw: creates it under its source the first time.
    pub async fn save_translation(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        language: &str,
        save: &TranslationSave,
    ) -> Result<TranslationOutcome, AppError> {
        App::require(actor, Action::EditPages)?;
        let pages = self.section_pages(actor, section).await?;
        let (source, language) = translatable(actor, &pages, slug, language)?;
        let source_revision = self
            .store()
            .revision(source.id, save.source_revision)
            .await?
            .filter(|revision| revision.review == ReviewState::Published)
            .ok_or_else(|| AppError::BadInput("that revision is not one the source had".into()))?;
        let originals = paragraphs::split(&source_revision.body);
        let mut untranslated = save.title.trim().is_empty();
        let translated: Vec<String> = originals
            .iter()
            .enumerate()
            .map(|(at, original)| {
                match save
                    .paragraphs
                    .get(at)
                    .map(|p| p.trim())
                    .filter(|p| !p.is_empty())
                {
                    Some(paragraph) => paragraph.to_owned(),
                    None => {
                        // Readers get the source's words rather than a gap.
                        untranslated = true;
                        original.clone()
                    }
                }
            })
            .collect();
        let title = if untranslated && save.title.trim().is_empty() {
            source_revision.title.clone()
        } else {
            save.title.clone()
        };
        let from = TranslatedFrom {
            source_revision: save.source_revision,
            draft: save.draft || untranslated,
        };
        // What the translator wrote, paragraph for paragraph, for the translation memory.
        let memory: Vec<(String, String)> = originals
            .iter()
            .zip(&translated)
            .filter(|(original, translated)| original != translated)
            .map(|(original, translated)| (original.clone(), translated.clone()))
            .collect();
        let update = TranslationUpdate {
            from,
            language: language.clone(),
            memory,
        };
        let body = paragraphs::join(&translated);
        if let Some(translation) = translation_into(actor, &pages, source, &language) {
            let slug = translation.slug.clone();
            let edit = PageEdit {
                base: save.base.unwrap_or(translation.current_revision),
                title,
                body,
                summary: save.summary.clone(),
                labels: None,
                language: None,
            };
            return match self
                .save_edit(actor, section, &slug, &edit, Some(update))
                .await?
            {
                outcome @ SaveOutcome::Conflict { .. } => {
                    Ok(TranslationOutcome::Conflict { slug, outcome })
                }
                SaveOutcome::Deleted => Err(AppError::NotFound),
                SaveOutcome::Saved(_) | SaveOutcome::Merged(_) | SaveOutcome::Unchanged => {
                    Ok(TranslationOutcome::Saved(slug))
                }
            };
        }
        self.create_translation(actor, &pages, source, &title, &body, save, update)
            .await
            .map(TranslationOutcome::Saved)
    }

    /// Writes the first revision of a translation, under its source, at the first free
    /// address of `<source>-<language>`, `<source>-<language>-2`…
    #[allow(clippy::too_many_arguments)]
    async fn create_translation(
        &self,
        actor: &Actor,
        pages: &SectionPages,
        source: &Page,
        title: &str,
        body: &str,
        save: &TranslationSave,
        update: TranslationUpdate,
    ) -> Result<String, AppError> {
        let language = &update.language;
        let title = page_title(title)?;
        let body = page_body(body)?;
        let summary = edit_summary(&save.summary)?;
        reject_conflict_markers(&body)?;
        let (author_id, author_label) = author_of(actor)?;
        let approved = self.edits_skip_review(actor).await?;
        let links = braid_text::markdown::wiki_link_titles(&body);
        let stem = format!("{}-{}", source.slug, language.as_str());
        for suffix in 1..100 {
            let candidate = if suffix == 1 {
                stem.clone()
            } else {
                format!("{stem}-{suffix}")
            };
            if self
                .store()
                .find_page(pages.section.id, &candidate)
                .await?
                .is_some()
            {
                continue;
            }
            let mut work = self.write();
            let created = work
                .create_page(&NewPage {
                    section_id: pages.section.id,
                    parent_id: Some(source.id),
                    slug: &candidate,
                    // As public as its source: the source above it decides.
                    visibility: Visibility::Public,
                    language: language.as_str(),
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
                    match work
                        .record_translation(page, source.id, language.as_str())
                        .await
                    {
                        Ok(()) => {}
                        // Another translator began the same translation a moment ago.
                        Err(StoreError::Conflict { .. }) => {
                            return Err(AppError::Conflict("translation_exists".to_owned()));
                        }
                        Err(other) => return Err(other.into()),
                    }
                    work.record_translated_from(page, 1, update.from).await?;
                    if approved {
                        work.remember_translation(page, language.as_str(), &update.memory)
                            .await?;
                    }
                    self.commit(work).await?;
                    return Ok(candidate);
                }
                Err(StoreError::Conflict { .. }) => continue,
                Err(other) => return Err(other.into()),
            }
        }
        Err(AppError::Conflict("page_busy".to_owned()))
    }

    /// Records that the actor, a second translator, checked the translation at `slug` as
    /// published now. Its last author cannot, nor can anyone while it is a draft or outdated.
    pub async fn review_translation(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<(), AppError> {
        App::require(actor, Action::EditPages)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        let view = self.page(actor, section, slug, None).await?;
        let facts = view.translation.as_ref().ok_or(AppError::NotFound)?;
        if facts.state != TranslationState::UpToDate {
            return Err(AppError::Conflict("translation_not_up_to_date".to_owned()));
        }
        if view.revision.author_id == Some(member.id) {
            return Err(AppError::Invalid(DomainError::Invalid {
                field: "reviewer",
                reason: "a second translator checks a translation, not its author",
                key: "translation-own-review",
            }));
        }
        let mut work = self.write();
        work.record_translation_review(view.page.id, view.page.approved_revision, member.id)
            .await?;
        self.commit(work).await
    }

    /// How far the translations into `language` are, among the pages the actor may read.
    pub async fn translation_dashboard(
        &self,
        actor: &Actor,
        language: &str,
    ) -> Result<TranslationDashboard, AppError> {
        let language = content_language(language)?;
        let language = LanguageCode::new(language.code)?;
        let version = self.content_version();
        let progress = self
            .kept()
            .translation_progress
            .get_or_load(language.as_str().to_owned(), version, || async {
                let lines = self.store().translation_progress(language.as_str()).await?;
                Ok::<_, AppError>(Arc::new(lines))
            })
            .await?;
        let sections = self.app.sections(actor).await?;
        // Who is translating what is for members' eyes: handles are not public.
        let claims = match actor {
            Actor::Member(_) => {
                self.store()
                    .translation_claims(language.as_str(), self.now())
                    .await?
            }
            Actor::Anonymous | Actor::System => Vec::new(),
        };
        let mut hub = HubPages::new(self).await?;
        let mut by_section: Vec<SectionProgress> = Vec::new();
        let mut candidates: Vec<PageToTranslate> = Vec::new();
        for line in progress.iter() {
            let Some((home, source)) = hub
                .readable(self, actor, line.section_id, line.source)
                .await?
            else {
                continue;
            };
            if source.approved_revision == 0 {
                continue;
            }
            let state = progress_state(line);
            let section = match by_section
                .iter_mut()
                .find(|s| s.section.id == line.section_id)
            {
                Some(section) => section,
                None => {
                    by_section.push(SectionProgress {
                        section: home.section.clone(),
                        counts: [0; 5],
                    });
                    by_section.last_mut().ok_or(AppError::NotFound)?
                }
            };
            section.counts[state as usize] += 1;
            if matches!(
                state,
                TranslationState::Missing | TranslationState::Outdated
            ) {
                candidates.push(PageToTranslate {
                    source: home.link(source, 0, false),
                    section_title: home.section.title.clone(),
                    state,
                    linked_from: line.linked_from,
                    behind: line
                        .translation
                        .and_then(|t| t.from)
                        .map_or(0, |from| line.source_revision - from.source_revision),
                    claim: claims
                        .iter()
                        .find(|(source, _)| *source == line.source)
                        .map(|(_, claim)| claim.clone()),
                });
            }
        }
        by_section.sort_by_key(|progress| {
            sections
                .iter()
                .position(|section| section.id == progress.section.id)
        });
        let mut totals = [0; 5];
        for section in &by_section {
            for (total, count) in totals.iter_mut().zip(section.counts) {
                *total += count;
            }
        }
        candidates.sort_by(|a, b| {
            (b.state == TranslationState::Outdated)
                .cmp(&(a.state == TranslationState::Outdated))
                .then(b.behind.cmp(&a.behind))
                .then(b.linked_from.cmp(&a.linked_from))
        });
        candidates.truncate(NEXT_SHOWN);
        Ok(TranslationDashboard {
            language,
            sections: by_section,
            totals,
            next: candidates,
            may_translate: permits(actor, Action::EditPages),
        })
    }

    /// The published revision of `page` (its latest, while its first awaits review).
    async fn published_text(&self, page: &Page) -> Result<Arc<Revision>, AppError> {
        let number = if page.approved_revision > 0 {
            page.approved_revision
        } else {
            page.current_revision
        };
        self.kept_revision(page.id, number)
            .await?
            .ok_or(AppError::NotFound)
    }
}

/// How a dashboard line stands.
fn progress_state(line: &TranslationProgress) -> TranslationState {
    match &line.translation {
        None => TranslationState::Missing,
        Some(translation) => TranslationState::of(
            line.source_revision,
            translation.approved_revision,
            translation
                .from
                .map(|from| (from.source_revision, from.draft)),
            translation.reviewed_revision,
        ),
    }
}

/// The source of the page at `slug` (itself, or what it translates) and the language to
/// translate it into, which must be a language pages are written in and not the source's.
fn translatable<'p>(
    actor: &Actor,
    pages: &'p SectionPages,
    slug: &str,
    language: &str,
) -> Result<(&'p Page, LanguageCode), AppError> {
    let page = pages.readable(actor, slug)?;
    let source = pages.pages.source_of(page.id).unwrap_or(page);
    let language = LanguageCode::new(content_language(language)?.code)?;
    if source.language == language {
        return Err(AppError::Invalid(DomainError::Invalid {
            field: "language",
            reason: "a page is not translated into its own language",
            key: "translation-same-language",
        }));
    }
    Ok((source, language))
}

/// The live translation of `source` into `language` the actor may read.
fn translation_into<'p>(
    actor: &Actor,
    pages: &'p SectionPages,
    source: &Page,
    language: &LanguageCode,
) -> Option<&'p Page> {
    let reader = PageReader::of(actor);
    pages
        .pages
        .translations_of(source.id)
        .iter()
        .map(|live| &pages.pages.pages[live.at])
        .find(|page| page.language == *language && reader.reads(&pages.access(page)))
}

/// Whether `text` mentions `term` as a whole word or phrase, ignoring case.
fn mentions(text: &str, term: &str) -> bool {
    let (text, term) = (text.to_lowercase(), term.trim().to_lowercase());
    if term.is_empty() {
        return false;
    }
    text.match_indices(&term).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The words of a paragraph that say something: lowercased, three letters or more.
fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// A language's translation memory, indexed: by each paragraph's key for the same words,
/// and by word for paragraphs alike.
#[derive(Debug)]
pub struct MemoryIndex {
    entries: Vec<Remembered>,
    /// How many different words each entry's source has.
    sizes: Vec<usize>,
    by_key: HashMap<String, Vec<usize>>,
    by_word: HashMap<String, Vec<usize>>,
}

impl MemoryIndex {
    fn new(entries: Vec<Remembered>) -> MemoryIndex {
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        let mut sizes = Vec::with_capacity(entries.len());
        for (at, entry) in entries.iter().enumerate() {
            by_key
                .entry(memory_key(&entry.source))
                .or_default()
                .push(at);
            let words = words(&entry.source);
            sizes.push(words.len());
            for word in words {
                by_word.entry(word).or_default().push(at);
            }
        }
        MemoryIndex {
            entries,
            sizes,
            by_key,
            by_word,
        }
    }

    /// The remembered translations for `source`: of the same words (likeness 100) first, else
    /// of paragraphs at least [`LEAST_LIKENESS`] alike by their words (Dice's coefficient),
    /// most alike first.
    fn suggestions(&self, source: &str) -> Vec<(u8, &Remembered)> {
        let same: Vec<(u8, &Remembered)> = self
            .by_key
            .get(&memory_key(source))
            .into_iter()
            .flatten()
            .map(|&at| (100, &self.entries[at]))
            .collect();
        if !same.is_empty() {
            return same;
        }
        let wanted = words(source);
        if wanted.is_empty() {
            return Vec::new();
        }
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for word in &wanted {
            for &at in self.by_word.get(word).into_iter().flatten() {
                *shared.entry(at).or_default() += 1;
            }
        }
        let mut found: Vec<(u8, &Remembered)> = shared
            .into_iter()
            .filter_map(|(at, count)| {
                let likeness = 200 * count / (wanted.len() + self.sizes[at]).max(1);
                let likeness = u8::try_from(likeness).unwrap_or(100);
                (likeness >= LEAST_LIKENESS).then_some((likeness, &self.entries[at]))
            })
            .collect();
        found.sort_by_key(|&(likeness, _)| std::cmp::Reverse(likeness));
        found.truncate(3);
        found
    }
}

/// A glossary field, trimmed and checked.
fn glossary_text(
    text: &str,
    field: &'static str,
    max: usize,
    required: bool,
) -> Result<String, DomainError> {
    let text = text.trim();
    if required && text.is_empty() {
        return Err(DomainError::Empty { field });
    }
    if text.chars().count() > max {
        return Err(DomainError::TooLong { field, max });
    }
    Ok(text.to_owned())
}
