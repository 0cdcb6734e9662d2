//! Schema migrations, one folder per backend, embedded in the binary.
//!
//! Migrations are plain SQL and immutable once released: a change is a new file in both
//! folders. Both folders must hold the same versions (a test checks it).

use std::borrow::Cow;

use sqlx::SqlStr;
use sqlx::migrate::{Migration, MigrationType, Migrator};

use crate::{Backend, Store, StoreError};

/// (version, description, SQLite SQL, PostgreSQL SQL).
const MIGRATIONS: &[(i64, &str, &str, &str)] = &[
    (
        1,
        "foundation",
        include_str!("../migrations/sqlite/0001_foundation.sql"),
        include_str!("../migrations/postgres/0001_foundation.sql"),
    ),
    (
        2,
        "accounts",
        include_str!("../migrations/sqlite/0002_accounts.sql"),
        include_str!("../migrations/postgres/0002_accounts.sql"),
    ),
    (
        3,
        "second factors",
        include_str!("../migrations/sqlite/0003_second_factors.sql"),
        include_str!("../migrations/postgres/0003_second_factors.sql"),
    ),
    (
        4,
        "vouches",
        include_str!("../migrations/sqlite/0004_vouches.sql"),
        include_str!("../migrations/postgres/0004_vouches.sql"),
    ),
    (
        5,
        "passkeys",
        include_str!("../migrations/sqlite/0005_passkeys.sql"),
        include_str!("../migrations/postgres/0005_passkeys.sql"),
    ),
    (
        6,
        "wiki",
        include_str!("../migrations/sqlite/0006_wiki.sql"),
        include_str!("../migrations/postgres/0006_wiki.sql"),
    ),
    (
        7,
        "comments",
        include_str!("../migrations/sqlite/0007_comments.sql"),
        include_str!("../migrations/postgres/0007_comments.sql"),
    ),
    (
        8,
        "page redirects",
        include_str!("../migrations/sqlite/0008_page_redirects.sql"),
        include_str!("../migrations/postgres/0008_page_redirects.sql"),
    ),
    (
        9,
        "review",
        include_str!("../migrations/sqlite/0009_review.sql"),
        include_str!("../migrations/postgres/0009_review.sql"),
    ),
    (
        10,
        "labels and templates",
        include_str!("../migrations/sqlite/0010_labels_templates.sql"),
        include_str!("../migrations/postgres/0010_labels_templates.sql"),
    ),
    (
        11,
        "attachments",
        include_str!("../migrations/sqlite/0011_attachments.sql"),
        include_str!("../migrations/postgres/0011_attachments.sql"),
    ),
    (
        12,
        "watches and notifications",
        include_str!("../migrations/sqlite/0012_watches.sql"),
        include_str!("../migrations/postgres/0012_watches.sql"),
    ),
    (
        13,
        "section licences",
        include_str!("../migrations/sqlite/0013_section_licences.sql"),
        include_str!("../migrations/postgres/0013_section_licences.sql"),
    ),
    (
        14,
        "page languages",
        include_str!("../migrations/sqlite/0014_page_languages.sql"),
        include_str!("../migrations/postgres/0014_page_languages.sql"),
    ),
    (
        15,
        "recent revisions index",
        include_str!("../migrations/sqlite/0015_recent_revisions_index.sql"),
        include_str!("../migrations/postgres/0015_recent_revisions_index.sql"),
    ),
    (
        16,
        "second factor throttle",
        include_str!("../migrations/sqlite/0016_second_factor_throttle.sql"),
        include_str!("../migrations/postgres/0016_second_factor_throttle.sql"),
    ),
    (
        17,
        "page links",
        include_str!("../migrations/sqlite/0017_page_links.sql"),
        include_str!("../migrations/postgres/0017_page_links.sql"),
    ),
    (
        18,
        "revision review",
        include_str!("../migrations/sqlite/0018_revision_review.sql"),
        include_str!("../migrations/postgres/0018_revision_review.sql"),
    ),
    (
        19,
        "released handles",
        include_str!("../migrations/sqlite/0019_released_handles.sql"),
        include_str!("../migrations/postgres/0019_released_handles.sql"),
    ),
    (
        20,
        "revision suppression",
        include_str!("../migrations/sqlite/0020_revision_suppression.sql"),
        include_str!("../migrations/postgres/0020_revision_suppression.sql"),
    ),
    (
        21,
        "attachment review",
        include_str!("../migrations/sqlite/0021_attachment_review.sql"),
        include_str!("../migrations/postgres/0021_attachment_review.sql"),
    ),
    (
        22,
        "follower status",
        include_str!("../migrations/sqlite/0022_follower_status.sql"),
        include_str!("../migrations/postgres/0022_follower_status.sql"),
    ),
    (
        23,
        "page creator",
        include_str!("../migrations/sqlite/0023_page_creator.sql"),
        include_str!("../migrations/postgres/0023_page_creator.sql"),
    ),
    (
        24,
        "sibling positions",
        include_str!("../migrations/sqlite/0024_sibling_positions.sql"),
        include_str!("../migrations/postgres/0024_sibling_positions.sql"),
    ),
    (
        25,
        "unread notifications",
        include_str!("../migrations/sqlite/0025_unread_notifications.sql"),
        include_str!("../migrations/postgres/0025_unread_notifications.sql"),
    ),
    (
        26,
        "interface language",
        include_str!("../migrations/sqlite/0026_interface_language.sql"),
        include_str!("../migrations/postgres/0026_interface_language.sql"),
    ),
    (
        27,
        "translations",
        include_str!("../migrations/sqlite/0027_translations.sql"),
        include_str!("../migrations/postgres/0027_translations.sql"),
    ),
    (
        28,
        "translation aids",
        include_str!("../migrations/sqlite/0028_translation_aids.sql"),
        include_str!("../migrations/postgres/0028_translation_aids.sql"),
    ),
    (
        29,
        "section translations",
        include_str!("../migrations/sqlite/0029_section_translations.sql"),
        include_str!("../migrations/postgres/0029_section_translations.sql"),
    ),
    (
        30,
        "template languages",
        include_str!("../migrations/sqlite/0030_template_languages.sql"),
        include_str!("../migrations/postgres/0030_template_languages.sql"),
    ),
    (
        31,
        "discussion",
        include_str!("../migrations/sqlite/0031_discussion.sql"),
        include_str!("../migrations/postgres/0031_discussion.sql"),
    ),
    (
        32,
        "mail",
        include_str!("../migrations/sqlite/0032_mail.sql"),
        include_str!("../migrations/postgres/0032_mail.sql"),
    ),
];

/// The schema version this build migrates to.
pub const LATEST_SCHEMA_VERSION: i64 = 32;

fn migrator(backend: Backend) -> Migrator {
    let migrations = MIGRATIONS
        .iter()
        .map(|&(version, description, sqlite, postgres)| {
            let sql = match backend {
                Backend::Sqlite => sqlite,
                Backend::Postgres => postgres,
            };
            Migration::new(
                version,
                Cow::Borrowed(description),
                MigrationType::Simple,
                SqlStr::from_static(sql),
                false,
            )
        })
        .collect();
    Migrator::with_migrations(migrations)
}

impl Store {
    /// Applies every migration not yet applied. Safe to run at every start and from several
    /// nodes at once (PostgreSQL takes an advisory lock).
    pub async fn migrate(&self) -> Result<(), StoreError> {
        migrator(self.backend)
            .run(&self.pool)
            .await
            .map_err(StoreError::Migrate)
    }

    /// The highest migration applied, or `None` on an empty database.
    pub async fn schema_version(&self) -> Result<Option<i64>, StoreError> {
        let table_exists: i64 = match self.backend {
            Backend::Sqlite => {
                sqlx::query_scalar(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
                )
                .fetch_one(&self.pool)
                .await?
            }
            Backend::Postgres => {
                sqlx::query_scalar(
                    "SELECT COUNT(*) FROM information_schema.tables \
                     WHERE table_schema = current_schema() AND table_name = '_sqlx_migrations'",
                )
                .fetch_one(&self.pool)
                .await?
            }
        };
        if table_exists == 0 {
            return Ok(None);
        }
        let version: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success = TRUE")
                .fetch_one(&self.pool)
                .await?;
        Ok(version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_increasing_and_latest_is_last() {
        let versions: Vec<i64> = MIGRATIONS.iter().map(|m| m.0).collect();
        assert!(versions.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(versions.last(), Some(&LATEST_SCHEMA_VERSION));
    }

    #[test]
    fn both_backends_create_the_same_tables() {
        /// What a migration creates and alters: `CREATE TABLE t`, `ALTER TABLE t ADD COLUMN c`,
        /// `CREATE INDEX i` (the words up to the name).
        fn changes(sql: &str) -> Vec<String> {
            let mut found: Vec<String> = sql
                .lines()
                .map(str::trim)
                .filter_map(|line| {
                    let words: Vec<&str> = line.split_whitespace().collect();
                    let take = match words.as_slice() {
                        ["CREATE", "TABLE", ..] => 3,
                        ["ALTER", "TABLE", _, "ADD", "COLUMN", ..] => 6,
                        ["CREATE", "INDEX", ..] => 3,
                        ["CREATE", "UNIQUE", "INDEX", ..] => 4,
                        _ => return None,
                    };
                    words.get(..take).map(|w| w.join(" "))
                })
                .collect();
            found.sort();
            found
        }
        for (version, _, sqlite, postgres) in MIGRATIONS {
            assert_eq!(changes(sqlite), changes(postgres), "migration {version}");
            assert!(
                !changes(sqlite).is_empty(),
                "migration {version} changes nothing"
            );
        }
    }
}
