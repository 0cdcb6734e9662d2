//! Braid's services: the one place where authorisation is decided, on every read and write,
//! and where the store, search, mail and crypto are orchestrated. The web layer and the CLI
//! both call these services; neither talks to the store directly.
#![forbid(unsafe_code)]

pub mod accounts;
pub mod attachments;
pub mod backup;
pub mod budget;
pub mod clock;
pub mod demo;
pub mod discussion;
mod error;
pub mod followers;
pub mod hub;
pub mod inbound;
pub mod invitations;
pub mod jobs;
mod kept;
pub mod links;
pub mod mail;
pub mod sealing;
pub mod search;
pub mod sections;
pub mod tree;
pub mod watches;
pub mod wiki;

use std::sync::Arc;

pub use accounts::AccountSettings;
pub use braid_crypt::{PasswordParams, SecretString, base64};
use braid_store::Store;
pub use braid_store::{ContentVersion, DatabaseLocation, LATEST_SCHEMA_VERSION, PoolSettings};
pub use clock::{Clock, SystemClock};
pub use error::AppError;

/// Everything a service needs, cheap to clone and share between requests.
#[derive(Clone)]
pub struct App {
    store: Store,
    clock: Arc<dyn Clock>,
    account_machinery: Arc<accounts::AccountMachinery>,
    attachments: Option<Arc<attachments::AttachmentSettings>>,
    rendered: Arc<wiki::RenderCache>,
    kept: Arc<kept::KeptContent>,
    search: Option<Arc<braid_search::SearchIndex>>,
    /// Turns at running a search query: two per core (see `App::querying`).
    query_turns: Arc<tokio::sync::Semaphore>,
    /// Set while the index catches up with a long change log after start-up (see
    /// `App::prepare_search`): until it is done, results may leave pages out.
    search_rebuilding: Arc<std::sync::atomic::AtomicBool>,
    /// Seals secrets the database must not reveal (see `sealing`). Until a key from outside
    /// the database is given, a random one for this process only.
    sealing: Arc<braid_crypt::SealingKey>,
    /// Woken when a commit enqueued a job, so a worker on this node runs it at once.
    jobs_enqueued: Arc<tokio::sync::Notify>,
    /// How this hub sends mail; `None`: it does not (the discussion is on the web only).
    mail: Option<Arc<mail::MailService>>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("store", &self.store)
            .finish_non_exhaustive()
    }
}

impl App {
    /// Opens the database at `location` and brings its schema up to date.
    pub async fn open(
        location: &DatabaseLocation,
        pool: PoolSettings,
        accounts: AccountSettings,
    ) -> Result<App, AppError> {
        let store = Store::open(location, pool).await?;
        store.migrate().await?;
        App::new(store, Arc::new(SystemClock), accounts)
    }

    /// Connects to a database that must already be at this build's schema version, without
    /// migrating it (for backups, which must not change a running hub's schema).
    pub async fn connect(location: &DatabaseLocation, pool: PoolSettings) -> Result<App, AppError> {
        let store = Store::open(location, pool).await?;
        let version = store.schema_version().await?;
        if version != Some(LATEST_SCHEMA_VERSION) {
            store.close().await;
            return Err(AppError::BadInput(format!(
                "the {} is at schema version {}, but this braid works with version {LATEST_SCHEMA_VERSION}; \
                 use the braid release that runs this hub",
                location.describe(),
                version.map_or_else(|| "none (empty)".to_owned(), |v| v.to_string())
            )));
        }
        App::new(store, Arc::new(SystemClock), AccountSettings::default())
    }

    /// Builds the services over an open, migrated store, with the given clock.
    pub fn new(
        store: Store,
        clock: Arc<dyn Clock>,
        accounts: AccountSettings,
    ) -> Result<App, AppError> {
        Ok(App {
            store,
            clock,
            account_machinery: Arc::new(accounts::AccountMachinery::new(accounts)?),
            attachments: None,
            rendered: Arc::default(),
            kept: Arc::default(),
            search: None,
            query_turns: Arc::new(tokio::sync::Semaphore::new(
                2 * std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
            )),
            search_rebuilding: Arc::default(),
            sealing: Arc::new(braid_crypt::SealingKey::generate()),
            jobs_enqueued: Arc::default(),
            mail: None,
        })
    }

    /// Every follower of the change log this hub runs, in the order they catch up. Listed
    /// here, where every module is known, so that no follower's module imports another's.
    pub fn followers(&self) -> Vec<Arc<dyn followers::Follower>> {
        let mut followers: Vec<Arc<dyn followers::Follower>> = Vec::new();
        if self.search.is_some() {
            followers.push(Arc::new(search::SearchFollower));
        }
        followers.push(Arc::new(followers::Notifications));
        if self.mail.is_some() {
            followers.push(Arc::new(mail::MailFanOut));
        }
        followers
    }

    /// The hub's content version: anything rendered from the hub's content (pages, sections,
    /// comments, labels, files, who wrote what) is current while this stays the same. Costs no
    /// query. This process's writes move it as they commit; writes by other processes (other
    /// nodes, `braid admin`) move it at the next [`App::notice_changes`].
    pub fn content_version(&self) -> ContentVersion {
        self.store.content_version()
    }

    /// The version of the hub's structure: what is built from sections, titles, trees and
    /// visibility is current while it stands. An edit confined to one page's text leaves it
    /// (see [`braid_store::Store::structure_version`]).
    pub fn structure_version(&self) -> ContentVersion {
        self.store.structure_version()
    }

    /// The version of one page and the structure: what is built from them alone (a page's
    /// view, its revisions and facts) is current while it stands.
    pub fn page_version(&self, page: braid_domain::ids::PageId) -> ContentVersion {
        self.store.page_version(page)
    }

    /// Looks at the end of the change log, so that changes other processes committed move
    /// [`App::content_version`]. The server calls it twice a second.
    pub async fn notice_changes(&self) -> Result<(), AppError> {
        self.store.latest_change_id().await?;
        Ok(())
    }

    /// Opens the unit of work that one operation writes through (see
    /// [`braid_store::UnitOfWork`]): a service makes one, writes everything the operation
    /// changes through it, and ends with [`App::commit`].
    pub(crate) fn write(&self) -> braid_store::UnitOfWork {
        self.store.unit_of_work(self.now())
    }

    /// Commits a unit of work, and wakes this node's job workers when it enqueued a job.
    pub(crate) async fn commit(&self, work: braid_store::UnitOfWork) -> Result<(), AppError> {
        if work.commit().await?.enqueued {
            self.jobs_enqueued.notify_one();
        }
        Ok(())
    }

    /// The current time, from the app's clock.
    pub fn now(&self) -> braid_domain::time::Timestamp {
        self.clock.now()
    }

    /// Checks that the database answers, for `/healthz`.
    pub async fn health(&self) -> Result<(), AppError> {
        self.store.ping().await?;
        Ok(())
    }

    /// Sets the instance up on its first start: with the demo community when `with_demo`,
    /// empty otherwise. Later starts change nothing. Returns whether this call set it up.
    pub async fn initialise(&self, with_demo: bool) -> Result<bool, AppError> {
        let sections = if with_demo {
            demo::sections()?
        } else {
            demo::essential_sections()?
        };
        let first_start = self
            .store
            .initialise_instance(&sections, self.now())
            .await?;
        if first_start {
            self.wiki().seed_templates().await?;
            self.discussion().seed_categories().await?;
        }
        if first_start {
            let demo_pages: &[(&str, &str, &str)] = if with_demo { demo::PAGES } else { &[] };
            let demo_translations: &[(&str, &str, &str, &str)] = if with_demo {
                demo::PAGES_IN_OTHER_LANGUAGES
            } else {
                &[]
            };
            let pages = std::iter::once(&demo::GUIDELINES_PAGE)
                .chain(demo_pages)
                .map(|&(section, title, body)| (section, "en", title, body))
                .chain(demo_translations.iter().copied());
            for (section, language, title, body) in pages {
                let draft = wiki::PageDraft {
                    title: title.to_owned(),
                    body: body.to_owned(),
                    summary: "Starting content".to_owned(),
                    parent: None,
                    visibility: braid_domain::wiki::Visibility::Public,
                    labels: String::new(),
                    language: language.to_owned(),
                };
                self.wiki()
                    .create_page(&braid_domain::policy::Actor::System, section, &draft)
                    .await?;
            }
            let translations: &[demo::DemoTranslation] =
                if with_demo { demo::TRANSLATIONS } else { &[] };
            for &(section, source, language, title, paragraphs) in translations {
                let system = braid_domain::policy::Actor::System;
                let work = self
                    .wiki()
                    .translation_work(&system, section, source, language)
                    .await?;
                let save = wiki::TranslationSave {
                    title: title.to_owned(),
                    paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
                    source_revision: work.source_revision,
                    base: None,
                    draft: false,
                    summary: "Starting content".to_owned(),
                };
                self.wiki()
                    .save_translation(&system, section, source, language, &save)
                    .await?;
            }
        }
        self.record_unrecorded_page_links().await?;
        Ok(first_start)
    }

    /// The store, for the job runner and backups in this crate.
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// Recently rendered wiki texts.
    pub(crate) fn rendered_cache(&self) -> &wiki::RenderCache {
        &self.rendered
    }

    /// Each section's live pages, as of the latest change.
    pub(crate) fn kept(&self) -> &kept::KeptContent {
        &self.kept
    }

    /// Closes the database connections.
    pub async fn close(&self) {
        self.store.close().await;
    }
}
