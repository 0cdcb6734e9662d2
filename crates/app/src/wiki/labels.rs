//! Labels and the templates new pages start from.

use super::*;

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

impl Wiki<'_> {
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
            .get_or_load(Audience::of(actor), version, || async {
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

    /// The templates for new pages (any member writing one), those in `language` first.
    pub async fn templates(
        &self,
        actor: &Actor,
        language: &str,
    ) -> Result<Vec<PageTemplate>, AppError> {
        App::require(actor, Action::EditPages)?;
        let mut templates = self.store().templates().await?;
        templates.sort_by_key(|template| template.language != language);
        Ok(templates)
    }

    /// Creates (`id` None) or changes a template (editors).
    pub async fn save_template(
        &self,
        actor: &Actor,
        id: Option<i64>,
        name: &str,
        body: &str,
        language: &str,
    ) -> Result<(), AppError> {
        App::require(actor, Action::ManageWiki)?;
        let name = page_title(name)?;
        let body = page_body(body)?;
        let language = content_language(language)?;
        self.store()
            .save_template(id, &name, &body, language.code, self.now())
            .await
            .map_err(|error| match error {
                StoreError::Conflict { .. } => AppError::Conflict("template_exists".to_owned()),
                other => other.into(),
            })
    }

    /// Deletes a template (editors).
    pub async fn delete_template(&self, actor: &Actor, id: i64) -> Result<(), AppError> {
        App::require(actor, Action::ManageWiki)?;
        Ok(self.store().delete_template(id).await?)
    }

    /// Gives a new hub its starting templates.
    pub(crate) async fn seed_templates(&self) -> Result<(), AppError> {
        for (name, body) in STARTING_TEMPLATES {
            self.store()
                .save_template(None, name, body, "en", self.now())
                .await?;
        }
        Ok(())
    }
}
