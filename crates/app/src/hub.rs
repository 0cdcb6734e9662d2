//! Reading the hub: its sections, and finding things in it. A section the actor may not read
//! is left out, here, in the service, and nowhere else.

use std::sync::Arc;

use braid_domain::policy::{Actor, may_read};
use braid_domain::section::{Section, SectionSlug};

use crate::{App, AppError};

/// The longest search query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

impl App {
    /// Every section the actor may read, in hub order.
    pub async fn sections(&self, actor: &Actor) -> Result<Vec<Section>, AppError> {
        Ok(self
            .all_sections()
            .await?
            .iter()
            .filter(|section| may_read(actor, section.visibility))
            .cloned()
            .collect())
    }

    /// Every section, whoever may read it (callers check), in hub order.
    pub(crate) async fn all_sections(&self) -> Result<Arc<Vec<Section>>, AppError> {
        let version = self.structure_version();
        self.kept()
            .all_sections
            .get_or_load((), version, || async {
                Ok(Arc::new(self.store().list_sections().await?))
            })
            .await
    }

    /// The section at `slug`, whoever may read it (callers check). A malformed slug is simply
    /// not found.
    pub(crate) async fn section(&self, slug: &str) -> Result<Section, AppError> {
        let slug = SectionSlug::new(slug).map_err(|_| AppError::NotFound)?;
        let version = self.structure_version();
        self.kept()
            .sections
            .get_or_load(slug.as_str().to_owned(), version, || async {
                self.store()
                    .find_section(&slug)
                    .await?
                    .ok_or(AppError::NotFound)
            })
            .await
    }

    /// Sections whose title or summary contains every word of `query`, ignoring case in any
    /// script. The full-text index replaces this when the wiki's pages arrive.
    pub async fn search_sections(
        &self,
        actor: &Actor,
        query: &str,
    ) -> Result<Vec<Section>, AppError> {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let sections = self.sections(actor).await?;
        Ok(sections
            .into_iter()
            .filter(|section| {
                let text = format!("{} {}", section.title, section.summary).to_lowercase();
                words.iter().all(|word| text.contains(word.as_str()))
            })
            .collect())
    }
}
