//! Files attached to wiki pages. Their kind comes from their bytes; images lose their
//! metadata (GPS, device, times) before anything is stored; the bytes are kept in the data
//! directory under their SHA-256, written (and synced) before the row that names them.
//! Anyone who may read the page may download its attachments.

use std::io::Write;
use std::path::{Path, PathBuf};

use braid_crypt::Token;
use braid_domain::DomainError;
use braid_domain::policy::{Action, Actor, permits};
use braid_store::AttachmentRecord;
use braid_text::files::{FileKind, detect, safe_file_name, strip_metadata};
use sha2::{Digest, Sha256};

use crate::{App, AppError};

/// Where attachments live and how big they may be.
#[derive(Debug, Clone)]
pub struct AttachmentSettings {
    /// The directory of stored bytes (inside the data directory).
    pub dir: PathBuf,
    /// The largest file accepted, in bytes.
    pub max_bytes: usize,
}

/// An attachment as the page lists it.
#[derive(Debug, Clone)]
pub struct AttachmentView {
    /// Its address.
    pub href: String,
    /// Its file name.
    pub file_name: String,
    /// Whether it is an image a page may show.
    pub image: bool,
    /// Its size in bytes.
    pub size: i64,
    /// Whether the reader may delete it (its uploader, or an editor).
    pub may_delete: bool,
    /// Whether it waits for an editor (only its uploader and editors see it then).
    pub waiting: bool,
    /// Whether the reader may approve it (editors, while it waits).
    pub may_approve: bool,
    /// Its public id.
    pub id: String,
}

/// A file ready to send.
#[derive(Debug)]
pub struct AttachmentFile {
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Its `Content-Type`.
    pub content_type: &'static str,
    /// Whether a browser may show it inline (raster images) instead of saving it.
    pub inline: bool,
    /// Its file name.
    pub file_name: String,
}

fn stored_path(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(sha256.get(..2).unwrap_or("00")).join(sha256)
}

fn unavailable() -> AppError {
    AppError::BadInput("this hub does not keep attachments".to_owned())
}

impl App {
    /// Stores attachments in `settings.dir`.
    pub fn with_attachments(mut self, settings: AttachmentSettings) -> App {
        self.attachments = Some(std::sync::Arc::new(settings));
        self
    }

    fn attachment_settings(&self) -> Result<&AttachmentSettings, AppError> {
        self.attachments.as_deref().ok_or_else(unavailable)
    }

    /// The largest attachment accepted, in bytes (0 when the hub keeps none).
    pub fn attachment_limit(&self) -> usize {
        self.attachments.as_deref().map_or(0, |s| s.max_bytes)
    }

    /// Attaches a file to a page; returns its address.
    pub async fn attach(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<String, AppError> {
        Self::require(actor, Action::EditPages)?;
        let settings = self.attachment_settings()?.clone();
        let view = self.wiki().page(actor, section, slug, None).await?;
        let uploader = match actor {
            Actor::Member(member) => Some(member.id),
            Actor::Anonymous | Actor::System => None,
        };
        if bytes.len() > settings.max_bytes {
            return Err(DomainError::TooLong {
                field: "file",
                max: settings.max_bytes,
            }
            .into());
        }
        let kind = detect(bytes).ok_or(DomainError::Invalid {
            field: "file",
            reason: "attach images (PNG, JPEG, GIF, WebP), PDF, office documents or text",
            key: "file-kind",
        })?;
        let clean = strip_metadata(kind, bytes).ok_or(DomainError::Invalid {
            field: "file",
            reason: "the image is damaged",
            key: "file-damaged",
        })?;
        let sha256: String = Sha256::digest(&clean)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let path = stored_path(&settings.dir, &sha256);
        let size = i64::try_from(clean.len()).unwrap_or(i64::MAX);
        tokio::task::spawn_blocking(move || write_durably(&path, &clean))
            .await
            .map_err(|_| AppError::Internal("attachment writer failed".into()))?
            .map_err(|e| AppError::Internal(format!("cannot store an attachment: {e}")))?;
        let public_id: String = Token::generate("a")
            .reveal()
            .trim_start_matches("braid_a_")
            .chars()
            .take(20)
            .collect();
        let file_name = safe_file_name(file_name);
        self.store()
            .add_attachment(&AttachmentRecord {
                public_id: public_id.clone(),
                page_id: view.page.id,
                uploader_id: uploader,
                file_name: file_name.clone(),
                kind: kind.as_str().to_owned(),
                size,
                sha256,
                created_at: self.now(),
                // A newcomer's file waits for an editor, like their edits (issue 27).
                approved: self.wiki().edits_skip_review(actor).await?,
            })
            .await?;
        Ok(format!("/attachments/{public_id}/{file_name}"))
    }

    /// An attachment's bytes, for whoever may read its page.
    pub async fn attachment(
        &self,
        actor: &Actor,
        public_id: &str,
    ) -> Result<AttachmentFile, AppError> {
        let settings = self.attachment_settings()?;
        let record = self
            .store()
            .find_attachment(public_id)
            .await?
            .ok_or(AppError::NotFound)?;
        self.wiki().page_href_by_id(actor, record.page_id).await?;
        if !may_see(actor, &record) {
            return Err(AppError::NotFound);
        }
        let kind = FileKind::parse(&record.kind)
            .ok_or_else(|| AppError::Internal("stored attachment kind unknown".into()))?;
        let path = stored_path(&settings.dir, &record.sha256);
        let bytes = tokio::fs::read(&path)
            .await
            .map_err(|e| AppError::Internal(format!("attachment bytes missing: {e}")))?;
        Ok(AttachmentFile {
            bytes,
            content_type: kind.content_type(),
            inline: kind.is_image(),
            file_name: record.file_name,
        })
    }

    /// The attachment and its page's address, when the actor may read the page.
    async fn attachment_on_readable_page(
        &self,
        actor: &Actor,
        public_id: &str,
    ) -> Result<(AttachmentRecord, String), AppError> {
        let record = self
            .store()
            .find_attachment(public_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let href = self.wiki().page_href_by_id(actor, record.page_id).await?;
        Ok((record, href))
    }

    /// Lets readers of its page see a waiting attachment (editors); returns the page's address.
    pub async fn approve_attachment(
        &self,
        actor: &Actor,
        public_id: &str,
    ) -> Result<String, AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let (_, href) = self.attachment_on_readable_page(actor, public_id).await?;
        self.store()
            .approve_attachment(public_id, self.now())
            .await?;
        Ok(href)
    }

    /// Files waiting for an editor, with the address of their page (editors).
    pub async fn waiting_attachments(
        &self,
        actor: &Actor,
    ) -> Result<Vec<(String, AttachmentView)>, AppError> {
        Self::require(actor, Action::ManageWiki)?;
        let mut waiting = Vec::new();
        for record in self.store().waiting_attachments().await? {
            // A file on a page in the recycle bin waits with its page.
            let href = match self.wiki().page_href_by_id(actor, record.page_id).await {
                Ok(href) => href,
                Err(AppError::NotFound) => continue,
                Err(other) => return Err(other),
            };
            if let Some(view) = attachments_on(actor, std::slice::from_ref(&record)).pop() {
                waiting.push((href, view));
            }
        }
        Ok(waiting)
    }

    /// Removes an attachment (its uploader, or an editor); returns its page's address.
    pub async fn delete_attachment(
        &self,
        actor: &Actor,
        public_id: &str,
    ) -> Result<String, AppError> {
        Self::require(actor, Action::EditPages)?;
        let (record, href) = self.attachment_on_readable_page(actor, public_id).await?;
        if !uploaded_by(actor, &record) && !permits(actor, Action::ManageWiki) {
            return Err(AppError::Forbidden);
        }
        self.store()
            .delete_attachment(public_id, self.now())
            .await?;
        Ok(href)
    }
}

/// Writes `bytes` to `path` through a temporary file, synced before the rename, so a crash
/// never leaves a half-written file under a valid name.
fn write_durably(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if path.exists() {
        return Ok(());
    }
    let dir = path
        .parent()
        .ok_or_else(|| std::io::Error::other("no parent directory"))?;
    std::fs::create_dir_all(dir)?;
    let mut temporary = tempfile::NamedTempFile::new_in(dir)?;
    temporary.write_all(bytes)?;
    temporary.as_file().sync_all()?;
    temporary.persist(path).map_err(|e| e.error)?;
    std::fs::File::open(dir)?.sync_all()
}

/// Whether the actor uploaded this attachment.
fn uploaded_by(actor: &Actor, record: &AttachmentRecord) -> bool {
    matches!(actor, Actor::Member(member) if record.uploader_id == Some(member.id))
}

/// Whether the actor, who may read its page, may see the attachment: an approved one, or a
/// waiting one when they uploaded it or review edits.
fn may_see(actor: &Actor, record: &AttachmentRecord) -> bool {
    record.approved || uploaded_by(actor, record) || permits(actor, Action::ManageWiki)
}

/// The attachments of a page the actor was shown, from its records.
pub(crate) fn attachments_on(actor: &Actor, records: &[AttachmentRecord]) -> Vec<AttachmentView> {
    let manages = permits(actor, Action::ManageWiki);
    records
        .iter()
        .filter(|record| may_see(actor, record))
        .map(|record| AttachmentView {
            href: format!("/attachments/{}/{}", record.public_id, record.file_name),
            image: FileKind::parse(&record.kind).is_some_and(FileKind::is_image),
            may_delete: manages || uploaded_by(actor, record),
            waiting: !record.approved,
            may_approve: manages && !record.approved,
            file_name: record.file_name.clone(),
            size: record.size,
            id: record.public_id.clone(),
        })
        .collect()
}
