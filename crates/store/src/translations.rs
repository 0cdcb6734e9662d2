//! Translations of pages: which page translates which, into what language, from which of the
//! source's revisions each of its own revisions was made, and which a second translator
//! checked. The translation's text is an ordinary page's, with its history and review.

use braid_domain::ids::{PageId, SectionId, UserId};
use braid_domain::language::LanguageCode;
use braid_domain::time::Timestamp;

use crate::{Store, StoreError, UnitOfWork};

/// A page that translates another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationRecord {
    /// The translation's page.
    pub page_id: PageId,
    /// The page it translates.
    pub source_id: PageId,
    /// The language it is in.
    pub language: LanguageCode,
    /// The translation's revision a second translator checked; 0 when none was.
    pub reviewed_revision: i64,
    /// What the translation's published revision was made from, when it is recorded.
    pub approved_from: Option<TranslatedFrom>,
}

/// What a revision of a translation was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TranslatedFrom {
    /// The source's revision.
    pub source_revision: i64,
    /// Whether the translator left paragraphs untranslated.
    pub draft: bool,
}

/// A source page and, when it has one in the language asked for, its translation: a line of
/// a language's dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationProgress {
    /// The source page.
    pub source: PageId,
    /// Its section.
    pub section_id: SectionId,
    /// Its published revision (0 while it awaits its first review).
    pub source_revision: i64,
    /// How many published pages link to it by title.
    pub linked_from: i64,
    /// The translation, if there is one outside the bin.
    pub translation: Option<TranslationFacts>,
}

/// A translation's standing, from its published revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TranslationFacts {
    /// The translation's page.
    pub page: PageId,
    /// Its published revision (0 while its first awaits review).
    pub approved_revision: i64,
    /// What that revision was made from, when it is recorded.
    pub from: Option<TranslatedFrom>,
    /// The revision a second translator checked (0: none).
    pub reviewed_revision: i64,
}

named_row!(TranslationRow {
    page_id: i64,
    source_id: i64,
    language: String,
    reviewed_revision: i64,
    from_revision: Option<i64>,
    draft: Option<i64>,
});

/// The columns of a [`TranslationRow`], with what the published revision was made from.
const TRANSLATION_FROM: &str = "SELECT t.page_id, t.source_id, t.language, t.reviewed_revision, \
            tr.source_revision AS from_revision, tr.draft \
     FROM page_translations t JOIN pages p ON p.id = t.page_id \
     LEFT JOIN translation_revisions tr ON tr.page_id = t.page_id AND tr.number = p.approved_revision";

fn translation_from_row(row: TranslationRow) -> Result<TranslationRecord, StoreError> {
    Ok(TranslationRecord {
        page_id: PageId(row.page_id),
        source_id: PageId(row.source_id),
        language: LanguageCode::new(&row.language)?,
        reviewed_revision: row.reviewed_revision,
        approved_from: row.from_revision.map(|source_revision| TranslatedFrom {
            source_revision,
            draft: row.draft.unwrap_or(0) != 0,
        }),
    })
}

impl Store {
    /// The translations of the section's pages (their pages may be in the bin).
    pub async fn section_translations(
        &self,
        section: SectionId,
    ) -> Result<Vec<TranslationRecord>, StoreError> {
        let rows: Vec<TranslationRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{TRANSLATION_FROM} WHERE p.section_id = $1 ORDER BY t.source_id, t.language"
        )))
        .bind(section.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(translation_from_row).collect()
    }

    /// What revision `number` of a translation was made from, if recorded.
    pub async fn translated_from(
        &self,
        page: PageId,
        number: i64,
    ) -> Result<Option<TranslatedFrom>, StoreError> {
        named_row!(FromRow {
            source_revision: i64,
            draft: i64,
        });
        let row: Option<FromRow> = sqlx::query_as(
            "SELECT source_revision, draft FROM translation_revisions \
             WHERE page_id = $1 AND number = $2",
        )
        .bind(page.0)
        .bind(number)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|row| TranslatedFrom {
            source_revision: row.source_revision,
            draft: row.draft != 0,
        }))
    }

    /// Every live page not itself a translation nor in `language`, with its translation into
    /// `language` if it has one: one statement, for a language's dashboard.
    pub async fn translation_progress(
        &self,
        language: &str,
    ) -> Result<Vec<TranslationProgress>, StoreError> {
        named_row!(ProgressRow {
            source: i64,
            section_id: i64,
            source_revision: i64,
            linked_from: i64,
            translation: Option<i64>,
            approved_revision: Option<i64>,
            reviewed_revision: Option<i64>,
            from_revision: Option<i64>,
            draft: Option<i64>,
        });
        let rows: Vec<ProgressRow> = sqlx::query_as(
            "SELECT s.id AS source, s.section_id, s.approved_revision AS source_revision, \
                    COALESCE(l.linked, 0) AS linked_from, \
                    t.id AS translation, t.approved_revision, pt.reviewed_revision, \
                    tr.source_revision AS from_revision, tr.draft \
             FROM pages s \
             LEFT JOIN (SELECT LOWER(target_title) AS title, COUNT(*) AS linked \
                        FROM page_links GROUP BY LOWER(target_title)) l \
                    ON l.title = LOWER(s.title) \
             LEFT JOIN page_translations pt ON pt.source_id = s.id AND pt.language = $1 \
             LEFT JOIN pages t ON t.id = pt.page_id AND t.deleted_at IS NULL \
             LEFT JOIN translation_revisions tr \
                    ON tr.page_id = t.id AND tr.number = t.approved_revision \
             WHERE s.deleted_at IS NULL AND s.language <> $1 \
               AND NOT EXISTS (SELECT 1 FROM page_translations o WHERE o.page_id = s.id) \
             ORDER BY s.section_id, s.position, s.id",
        )
        .bind(language)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| TranslationProgress {
                source: PageId(row.source),
                section_id: SectionId(row.section_id),
                source_revision: row.source_revision,
                linked_from: row.linked_from,
                translation: row.translation.map(|page| TranslationFacts {
                    page: PageId(page),
                    approved_revision: row.approved_revision.unwrap_or(0),
                    from: row.from_revision.map(|source_revision| TranslatedFrom {
                        source_revision,
                        draft: row.draft.unwrap_or(0) != 0,
                    }),
                    reviewed_revision: row.reviewed_revision.unwrap_or(0),
                }),
            })
            .collect())
    }
}

impl UnitOfWork {
    /// Records that `page` translates `source` into `language`. A second translation into
    /// the same language is a [`StoreError::Conflict`].
    pub async fn record_translation(
        &mut self,
        page: PageId,
        source: PageId,
        language: &str,
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        sqlx::query(
            "INSERT INTO page_translations (page_id, source_id, language, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(page.0)
        .bind(source.0)
        .bind(language)
        .bind(now.as_millis())
        .execute(&mut **transaction)
        .await?;
        Ok(())
    }

    /// Records what revision `number` of a translation was made from.
    pub async fn record_translated_from(
        &mut self,
        page: PageId,
        number: i64,
        from: TranslatedFrom,
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        sqlx::query(
            "INSERT INTO translation_revisions (page_id, number, source_revision, draft, \
                                                created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $5)",
        )
        .bind(page.0)
        .bind(number)
        .bind(from.source_revision)
        .bind(i64::from(from.draft))
        .bind(now.as_millis())
        .execute(&mut **transaction)
        .await?;
        Ok(())
    }

    /// Records that `reviewer` checked revision `number` of a translation.
    pub async fn record_translation_review(
        &mut self,
        page: PageId,
        number: i64,
        reviewer: UserId,
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        sqlx::query(
            "UPDATE page_translations SET reviewed_revision = $1, reviewed_by = $2, updated_at = $3 \
             WHERE page_id = $4",
        )
        .bind(number)
        .bind(reviewer.0)
        .bind(now.as_millis())
        .bind(page.0)
        .execute(&mut **transaction)
        .await?;
        self.log_page_updated(page).await?;
        Ok(())
    }
}

/// A term of a language's glossary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryTerm {
    /// Its id.
    pub id: i64,
    /// The term, as the source writes it.
    pub term: String,
    /// How it is said in the glossary's language (empty when kept as is).
    pub translation: String,
    /// Why, or when to use it.
    pub note: String,
    /// Whether it stays as it is (a name, a tool).
    pub keep_as_is: bool,
}

/// A member's claim on translating a page into a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationClaim {
    /// The member.
    pub user_id: UserId,
    /// Their handle.
    pub handle: String,
    /// When the claim lapses.
    pub until: Timestamp,
}

/// A paragraph translated before: its source and its translation, and the translation's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remembered {
    /// The translation's page.
    pub page_id: PageId,
    /// The source paragraph.
    pub source: String,
    /// Its translation.
    pub target: String,
}

/// A paragraph's key in the translation memory: its words, lowercased, single-spaced.
pub fn memory_key(paragraph: &str) -> String {
    paragraph
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

named_row!(GlossaryRow {
    id: i64,
    term: String,
    translation: String,
    note: String,
    keep_as_is: i64,
});

impl Store {
    /// A language's glossary, by term.
    pub async fn glossary(&self, language: &str) -> Result<Vec<GlossaryTerm>, StoreError> {
        let rows: Vec<GlossaryRow> = sqlx::query_as(
            "SELECT id, term, translation, note, keep_as_is FROM glossary_terms \
             WHERE language = $1 ORDER BY term_key",
        )
        .bind(language)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| GlossaryTerm {
                id: row.id,
                term: row.term,
                translation: row.translation,
                note: row.note,
                keep_as_is: row.keep_as_is != 0,
            })
            .collect())
    }

    /// Who is translating `source` into `language`, if anyone's claim has not lapsed by `now`.
    pub async fn translation_claim(
        &self,
        source: PageId,
        language: &str,
        now: Timestamp,
    ) -> Result<Option<TranslationClaim>, StoreError> {
        named_row!(ClaimRow {
            user_id: i64,
            handle: String,
            until: i64,
        });
        let row: Option<ClaimRow> = sqlx::query_as(
            "SELECT c.user_id, u.handle, c.until FROM translation_claims c \
             JOIN users u ON u.id = c.user_id \
             WHERE c.source_id = $1 AND c.language = $2 AND c.until > $3",
        )
        .bind(source.0)
        .bind(language)
        .bind(now.as_millis())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|row| TranslationClaim {
            user_id: UserId(row.user_id),
            handle: row.handle,
            until: Timestamp(row.until),
        }))
    }

    /// Every claim into `language` that has not lapsed by `now`, by source page.
    pub async fn translation_claims(
        &self,
        language: &str,
        now: Timestamp,
    ) -> Result<Vec<(PageId, TranslationClaim)>, StoreError> {
        named_row!(ClaimRow {
            source_id: i64,
            user_id: i64,
            handle: String,
            until: i64,
        });
        let rows: Vec<ClaimRow> = sqlx::query_as(
            "SELECT c.source_id, c.user_id, u.handle, c.until FROM translation_claims c \
             JOIN users u ON u.id = c.user_id WHERE c.language = $1 AND c.until > $2",
        )
        .bind(language)
        .bind(now.as_millis())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                (
                    PageId(row.source_id),
                    TranslationClaim {
                        user_id: UserId(row.user_id),
                        handle: row.handle,
                        until: Timestamp(row.until),
                    },
                )
            })
            .collect())
    }

    /// Every remembered translation into `language`, newest first, at most `limit`: what a
    /// fuzzy look-up searches.
    pub async fn remembered(
        &self,
        language: &str,
        limit: i64,
    ) -> Result<Vec<Remembered>, StoreError> {
        let rows: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT page_id, source_text, target_text FROM translation_memory \
             WHERE language = $1 ORDER BY updated_at DESC LIMIT $2",
        )
        .bind(language)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(page, source, target)| Remembered {
                page_id: PageId(page),
                source,
                target,
            })
            .collect())
    }
}

impl UnitOfWork {
    /// Adds a term to a language's glossary, or replaces the one with the same words.
    pub async fn save_glossary_term(
        &mut self,
        language: &str,
        term: &GlossaryTerm,
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        sqlx::query(
            "INSERT INTO glossary_terms (language, term, term_key, translation, note, keep_as_is, \
                                         created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
             ON CONFLICT (language, term_key) DO UPDATE SET term = excluded.term, \
                 translation = excluded.translation, note = excluded.note, \
                 keep_as_is = excluded.keep_as_is, updated_at = excluded.updated_at",
        )
        .bind(language)
        .bind(&term.term)
        .bind(term.term.to_lowercase())
        .bind(&term.translation)
        .bind(&term.note)
        .bind(i64::from(term.keep_as_is))
        .bind(now.as_millis())
        .execute(&mut **transaction)
        .await?;
        Ok(())
    }

    /// Removes a term from a language's glossary.
    pub async fn remove_glossary_term(
        &mut self,
        language: &str,
        id: i64,
    ) -> Result<(), StoreError> {
        let transaction = self.transaction().await?;
        sqlx::query("DELETE FROM glossary_terms WHERE language = $1 AND id = $2")
            .bind(language)
            .bind(id)
            .execute(&mut **transaction)
            .await?;
        Ok(())
    }

    /// Claims translating `source` into `language` for `user` until `until` (replacing a
    /// lapsed or their own claim; the caller checked no one else holds it).
    pub async fn claim_translation(
        &mut self,
        source: PageId,
        language: &str,
        user: Option<UserId>,
        until: Timestamp,
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        sqlx::query("DELETE FROM translation_claims WHERE source_id = $1 AND language = $2")
            .bind(source.0)
            .bind(language)
            .execute(&mut **transaction)
            .await?;
        if let Some(user) = user {
            sqlx::query(
                "INSERT INTO translation_claims (source_id, language, user_id, until, \
                                                 created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $5)",
            )
            .bind(source.0)
            .bind(language)
            .bind(user.0)
            .bind(until.as_millis())
            .bind(now.as_millis())
            .execute(&mut **transaction)
            .await?;
        }
        Ok(())
    }

    /// Remembers the translated paragraphs of a translation's published revision, in place
    /// of what it remembered of the translation before.
    pub async fn remember_translation(
        &mut self,
        page: PageId,
        language: &str,
        pairs: &[(String, String)],
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        sqlx::query("DELETE FROM translation_memory WHERE page_id = $1")
            .bind(page.0)
            .execute(&mut **transaction)
            .await?;
        let mut seen = std::collections::HashSet::new();
        for (source, target) in pairs {
            let key = memory_key(source);
            if !seen.insert(key.clone()) {
                continue;
            }
            sqlx::query(
                "INSERT INTO translation_memory (language, source_key, page_id, source_text, \
                                                 target_text, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6)",
            )
            .bind(language)
            .bind(key)
            .bind(page.0)
            .bind(source)
            .bind(target)
            .bind(now.as_millis())
            .execute(&mut **transaction)
            .await?;
        }
        Ok(())
    }
}
