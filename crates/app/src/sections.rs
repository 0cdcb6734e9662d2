//! Shaping the hub: adding, describing, ordering and removing sections (editors and admins).
//! A fresh hub started without the demo content is built from here, in the browser or with
//! `braid section`.

use std::sync::Arc;

use braid_domain::DomainError;
use braid_domain::policy::{Action, Actor};
use braid_domain::section::{NewSection, Section, SectionGroup};
use braid_domain::wiki::Visibility;
use braid_store::StoreError;
use braid_text::slug::slugify;

pub use braid_store::SectionTranslation;

use crate::{App, AppError};

/// What a section is called and where the home page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionDraft {
    /// Its title.
    pub title: String,
    /// Its short description.
    pub summary: String,
    /// `phase`, `practice` or `community`.
    pub group: String,
}

impl SectionDraft {
    fn validated(&self, slug: &str) -> Result<NewSection, DomainError> {
        NewSection::new(
            slug,
            &self.title,
            &self.summary,
            SectionGroup::parse(&self.group)?,
            0,
        )
    }
}

/// Which way a section moves among those of its group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Before the one above it.
    Up,
    /// After the one below it.
    Down,
}

impl App {
    /// Adds a section at the end of the hub; its address comes from its title (`-2`, `-3`…
    /// when taken). Returns the address.
    pub async fn add_section(
        &self,
        actor: &Actor,
        draft: &SectionDraft,
        visibility: &str,
    ) -> Result<String, AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let visibility = Visibility::parse(visibility)?;
        let base = slugify(&draft.title)
            .map(|slug| slug.chars().take(60).collect::<String>())
            .map(|slug| slug.trim_end_matches('-').to_owned())
            .ok_or(DomainError::Invalid {
                field: "section title",
                reason: "use at least one letter or digit",
                key: "title-needs-letters",
            })?;
        for suffix in 1..100 {
            let slug = if suffix == 1 {
                base.clone()
            } else {
                format!("{base}-{suffix}")
            };
            let section = draft.validated(&slug)?;
            match self
                .store()
                .add_section(&section, visibility, self.now())
                .await
            {
                Ok(_) => return Ok(slug),
                Err(StoreError::Conflict { .. }) => continue,
                Err(other) => return Err(other.into()),
            }
        }
        Err(AppError::Conflict("section_busy".to_owned()))
    }

    /// Changes a section's title, description and group; its address stays, so links to it
    /// keep working.
    pub async fn edit_section(
        &self,
        actor: &Actor,
        slug: &str,
        draft: &SectionDraft,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let section = self.wiki().readable_section(actor, slug).await?;
        let checked = draft.validated(section.slug.as_str())?;
        Ok(self
            .store()
            .update_section(
                section.id,
                &checked.title,
                &checked.summary,
                checked.group,
                self.now(),
            )
            .await?)
    }

    /// Moves a section one place up or down among the sections of its group.
    pub async fn move_section(
        &self,
        actor: &Actor,
        slug: &str,
        direction: Direction,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let section = self.wiki().readable_section(actor, slug).await?;
        let mut order: Vec<Section> = self.all_sections().await?.as_ref().clone();
        let Some(at) = order.iter().position(|s| s.id == section.id) else {
            return Err(AppError::NotFound);
        };
        // The home page lists sections by group: a move passes the neighbour in its group.
        let group = order[at].group;
        let neighbour = match direction {
            Direction::Up => order[..at].iter().rposition(|s| s.group == group),
            Direction::Down => order[at + 1..]
                .iter()
                .position(|s| s.group == group)
                .map(|offset| at + 1 + offset),
        };
        let Some(to) = neighbour else {
            return Ok(());
        };
        order.swap(at, to);
        let ids: Vec<_> = order.iter().map(|s| s.id).collect();
        Ok(self.store().order_sections(&ids, self.now()).await?)
    }

    /// Removes a section with no pages in it, not even in the recycle bin: pages are never
    /// lost with their section.
    pub async fn remove_section(&self, actor: &Actor, slug: &str) -> Result<(), AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let section = self.wiki().readable_section(actor, slug).await?;
        if self
            .store()
            .remove_empty_section(section.id, self.now())
            .await?
        {
            Ok(())
        } else {
            Err(DomainError::Invalid {
                field: "section",
                reason: "move its pages to another section first, restoring any in the recycle bin",
                key: "section-not-empty",
            }
            .into())
        }
    }
}

impl App {
    /// Sets a section's title and description in `language` (a language pages are written
    /// in, not the section's own words' language); an empty title removes them.
    pub async fn translate_section(
        &self,
        actor: &Actor,
        slug: &str,
        language: &str,
        title: &str,
        summary: &str,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let section = self.wiki().readable_section(actor, slug).await?;
        let language = braid_domain::language::content_language(language)?;
        let (title, summary) = (title.trim(), summary.trim());
        if !title.is_empty() {
            // The same rules as the section's own words.
            SectionDraft {
                title: title.to_owned(),
                summary: summary.to_owned(),
                group: section.group.as_str().to_owned(),
            }
            .validated(section.slug.as_str())?;
        }
        Ok(self
            .store()
            .set_section_translation(section.id, language.code, title, summary, self.now())
            .await?)
    }

    /// Every section's titles and descriptions in other languages.
    pub async fn section_translations(&self) -> Result<Arc<Vec<SectionTranslation>>, AppError> {
        let version = self.structure_version();
        self.kept()
            .section_translations
            .get_or_load((), version, || async {
                Ok(Arc::new(self.store().sections_in_other_languages().await?))
            })
            .await
    }

    /// Gives `sections` their titles and descriptions in `language` where they have them.
    pub async fn localise_sections(
        &self,
        sections: &mut [Section],
        language: Option<&braid_domain::language::LanguageCode>,
    ) -> Result<(), AppError> {
        let Some(language) = language else {
            return Ok(());
        };
        let translations = self.section_translations().await?;
        for section in sections {
            if let Some(found) = translations
                .iter()
                .find(|t| t.section_id == section.id && t.language == language.as_str())
            {
                section.title.clone_from(&found.title);
                section.summary.clone_from(&found.summary);
            }
        }
        Ok(())
    }

    /// Each section's title in `language` (its own where it has no translation), by the
    /// section's address: for lists that name sections by title, such as search results.
    pub async fn section_titles(
        &self,
        language: Option<&braid_domain::language::LanguageCode>,
    ) -> Result<std::collections::HashMap<String, String>, AppError> {
        let mut sections = self.all_sections().await?.as_ref().clone();
        self.localise_sections(&mut sections, language).await?;
        Ok(sections
            .into_iter()
            .map(|section| (section.slug.as_str().to_owned(), section.title))
            .collect())
    }

    /// Every section, for the page where editors shape the hub.
    pub async fn sections_to_manage(&self, actor: &Actor) -> Result<Vec<Section>, AppError> {
        Self::require(actor, Action::ManageWiki)?;
        Ok(self.all_sections().await?.as_ref().clone())
    }
}
