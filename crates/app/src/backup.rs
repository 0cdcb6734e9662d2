//! Backups: a consistent snapshot of the database and the data directory in one file, and a
//! restore that verifies the file completely before it touches anything.
//!
//! The file is a gzip-compressed tar holding `manifest.json` (format, versions, and the size
//! and SHA-256 of every file) and the files under `data/`. The database is copied with SQLite's
//! `VACUUM INTO`, which sees one transaction's view while the server keeps writing. Files
//! are copied after the database snapshot: attachments are written before the rows that refer
//! to them and never change, so every file the snapshot refers to is in the backup.

use std::fs::{self, File};
use std::io::{self, BufReader, Read, Write};
use std::path::{Component, Path, PathBuf};

use braid_domain::time::Timestamp;
use braid_store::{DatabaseLocation, LATEST_SCHEMA_VERSION, PoolSettings, SQLITE_FILE_NAME, Store};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{App, AppError};

const FORMAT: &str = "braid-backup";
const FORMAT_VERSION: u32 = 1;
const MANIFEST: &str = "manifest.json";
const DATA_PREFIX: &str = "data";

/// Names in the data directory that are never copied: the live database files (the snapshot
/// replaces them), the lock of a running server and temporary work.
const SKIPPED: &[&str] = &[
    "braid.sqlite3",
    "braid.sqlite3-wal",
    "braid.sqlite3-shm",
    "braid.sqlite3-journal",
    "braid.lock",
    "tmp",
    // Rebuilt from the change log on the first start after a restore.
    "search",
];

/// What a backup holds, stored as `manifest.json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    /// Always `braid-backup`.
    pub format: String,
    /// The layout version of the backup file.
    pub format_version: u32,
    /// The Braid version that wrote it.
    pub braid_version: String,
    /// The database schema version inside.
    pub schema_version: i64,
    /// When the snapshot was taken, unix milliseconds.
    pub created_at_ms: i64,
    /// Every file under `data/`, with its size and SHA-256.
    pub files: Vec<ManifestFile>,
}

/// One file of a backup.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ManifestFile {
    /// Its path inside the data directory, with `/` separators.
    pub path: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256, lowercase hex.
    pub sha256: String,
}

/// Writes a backup of `app`'s database and `data_dir` to `target`. The file appears only when
/// complete (it is written beside the target and renamed) and is readable by its owner only.
pub async fn create_backup(
    app: &App,
    data_dir: &Path,
    target: &Path,
) -> Result<Manifest, AppError> {
    let target_dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let staging = tempfile::Builder::new()
        .prefix(".braid-backup-")
        .tempdir_in(target_dir)
        .map_err(|e| {
            AppError::BadInput(format!("cannot write in {}: {e}", target_dir.display()))
        })?;
    let staged_data = staging.path().join(DATA_PREFIX);
    fs::create_dir_all(&staged_data)?;

    let created_at = app.now();
    let schema_version = app
        .store()
        .schema_version()
        .await?
        .ok_or_else(|| AppError::Internal("the database has no schema".to_owned()))?;
    app.store()
        .snapshot_into(&staged_data.join(SQLITE_FILE_NAME))
        .await?;
    copy_data_files(data_dir, &staged_data, Path::new(""))?;

    let mut files = Vec::new();
    collect_files(&staged_data, Path::new(""), &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let manifest = Manifest {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        braid_version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version,
        created_at_ms: created_at.as_millis(),
        files,
    };

    let partial = staging.path().join("backup.partial");
    write_archive(&partial, &manifest, &staged_data)?;
    fs::rename(&partial, target)?;
    if let Ok(directory) = File::open(target_dir) {
        // Make the rename itself durable.
        directory.sync_all()?;
    }
    Ok(manifest)
}

fn copy_data_files(from: &Path, to: &Path, relative: &Path) -> Result<(), AppError> {
    let directory = from.join(relative);
    let entries = match fs::read_dir(&directory) {
        Ok(entries) => entries,
        Err(error)
            if error.kind() == io::ErrorKind::NotFound && relative.as_os_str().is_empty() =>
        {
            return Ok(());
        }
        Err(error) => return Err(error.into()),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        if relative.as_os_str().is_empty() && SKIPPED.iter().any(|skip| name == *skip) {
            continue;
        }
        let path = relative.join(&name);
        let kind = entry.file_type()?;
        if kind.is_dir() {
            fs::create_dir_all(to.join(&path))?;
            copy_data_files(from, to, &path)?;
        } else if kind.is_file() {
            fs::copy(from.join(&path), to.join(&path))?;
        }
        // Symbolic links and other special files are not data Braid writes; skip them.
    }
    Ok(())
}

fn collect_files(
    root: &Path,
    relative: &Path,
    files: &mut Vec<ManifestFile>,
) -> Result<(), AppError> {
    for entry in fs::read_dir(root.join(relative))? {
        let entry = entry?;
        let path = relative.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            collect_files(root, &path, files)?;
        } else {
            let (size, sha256) = hash_file(&root.join(&path))?;
            files.push(ManifestFile {
                path: slash_path(&path)?,
                size,
                sha256,
            });
        }
    }
    Ok(())
}

fn slash_path(path: &Path) -> Result<String, AppError> {
    let parts: Option<Vec<&str>> = path.components().map(|c| c.as_os_str().to_str()).collect();
    parts
        .map(|parts| parts.join("/"))
        .ok_or_else(|| AppError::BadInput(format!("file name {} is not UTF-8", path.display())))
}

fn hash_file(path: &Path) -> Result<(u64, String), AppError> {
    let mut reader = BufReader::new(File::open(path)?);
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let read = reader.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        size += read as u64;
        hasher.update(&buffer[..read]);
    }
    Ok((size, hex(&hasher.finalize())))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn write_archive(path: &Path, manifest: &Manifest, staged_data: &Path) -> Result<(), AppError> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    let encoder = flate2::write::GzEncoder::new(file, flate2::Compression::default());
    let mut archive = tar::Builder::new(encoder);
    let manifest_json = serde_json::to_vec_pretty(manifest)
        .map_err(|e| AppError::Internal(format!("manifest: {e}")))?;
    let mut header = tar::Header::new_gnu();
    header.set_size(manifest_json.len() as u64);
    header.set_mode(0o600);
    header.set_mtime(u64::try_from(manifest.created_at_ms / 1000).unwrap_or(0));
    header.set_cksum();
    archive.append_data(&mut header, MANIFEST, manifest_json.as_slice())?;
    for file in &manifest.files {
        let mut source = File::open(staged_data.join(&file.path))?;
        archive.append_file(format!("{DATA_PREFIX}/{}", file.path), &mut source)?;
    }
    let encoder = archive.into_inner()?;
    let mut file = encoder.finish()?;
    file.flush()?;
    file.sync_all()?;
    Ok(())
}

/// What a restore did.
#[derive(Debug, Clone)]
pub struct RestoreReport {
    /// The verified manifest of the backup.
    pub manifest: Manifest,
    /// Where the previous contents of the data directory were moved (with `force`).
    pub previous_data_moved_to: Option<PathBuf>,
}

/// Checks a backup file completely without restoring it: every file present with the right
/// size and hash, nothing extra, no path leaving the data directory, and a sound database of
/// a schema this build understands. Returns the manifest.
pub async fn verify_backup(archive: &Path) -> Result<Manifest, AppError> {
    let parent = archive
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let staging = tempfile::Builder::new()
        .prefix(".braid-verify-")
        .tempdir_in(std::env::temp_dir())
        .or_else(|_| {
            tempfile::Builder::new()
                .prefix(".braid-verify-")
                .tempdir_in(parent)
        })?;
    unpack_verified(archive, staging.path()).await
}

/// Restores `archive` into `data_dir`. The backup is verified in full first. A data directory
/// that is not empty is refused unless `force`, and even then its old contents are moved
/// aside (reported), never deleted.
pub async fn restore_backup(
    archive: &Path,
    data_dir: &Path,
    force: bool,
) -> Result<RestoreReport, AppError> {
    let has_content = match fs::read_dir(data_dir) {
        Ok(mut entries) => entries.next().is_some(),
        Err(error) if error.kind() == io::ErrorKind::NotFound => false,
        Err(error) => return Err(error.into()),
    };
    if has_content && !force {
        return Err(AppError::BadInput(format!(
            "the data directory {} is not empty; restore into an empty directory, or pass --force \
             to move its contents aside",
            data_dir.display()
        )));
    }
    if has_content {
        ensure_not_in_use(data_dir)?;
    }
    let parent = data_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent)?;
    // Unpack next to the target, so the final step is a rename on the same filesystem.
    let staging = tempfile::Builder::new()
        .prefix(".braid-restore-")
        .tempdir_in(parent)?;
    let manifest = unpack_verified(archive, staging.path()).await?;

    let previous_data_moved_to = if data_dir.exists() {
        if has_content {
            let aside = PathBuf::from(format!(
                "{}.before-restore-{}",
                data_dir.display(),
                Timestamp::now().as_millis()
            ));
            fs::rename(data_dir, &aside)?;
            Some(aside)
        } else {
            fs::remove_dir(data_dir)?;
            None
        }
    } else {
        None
    };
    fs::rename(staging.path().join(DATA_PREFIX), data_dir)?;
    set_private(data_dir)?;
    Ok(RestoreReport {
        manifest,
        previous_data_moved_to,
    })
}

/// Makes a directory readable by its owner only.
pub fn set_private(directory: &Path) -> Result<(), AppError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(directory, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// The lock file a running server holds in its data directory.
pub const LOCK_FILE: &str = "braid.lock";

/// Takes the data directory's lock, or fails when another process (a running server) has it.
/// The lock is released when the returned file is dropped or the process exits.
pub fn lock_data_dir(data_dir: &Path) -> Result<File, AppError> {
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join(LOCK_FILE))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(AppError::BadInput(format!(
            "the data directory {} is in use by a running Braid server; stop it first",
            data_dir.display()
        ))),
        Err(fs::TryLockError::Error(error)) => Err(error.into()),
    }
}

fn ensure_not_in_use(data_dir: &Path) -> Result<(), AppError> {
    if data_dir.join(LOCK_FILE).exists() {
        drop(lock_data_dir(data_dir)?);
    }
    Ok(())
}

async fn unpack_verified(archive_path: &Path, staging: &Path) -> Result<Manifest, AppError> {
    let bad = |reason: String| {
        AppError::BadInput(format!(
            "{} is not a valid Braid backup: {reason}",
            archive_path.display()
        ))
    };
    let file = File::open(archive_path)
        .map_err(|e| AppError::BadInput(format!("cannot open {}: {e}", archive_path.display())))?;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(BufReader::new(file)));
    let mut manifest: Option<Manifest> = None;
    let mut unpacked: Vec<String> = Vec::new();
    let entries = archive.entries().map_err(|e| bad(e.to_string()))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| bad(e.to_string()))?;
        let path = entry.path().map_err(|e| bad(e.to_string()))?.into_owned();
        if !path.components().all(|c| matches!(c, Component::Normal(_))) {
            return Err(bad(format!("entry {} leaves the backup", path.display())));
        }
        match entry.header().entry_type() {
            tar::EntryType::Regular => {}
            tar::EntryType::Directory => continue,
            other => {
                return Err(bad(format!(
                    "entry {} is a {other:?}, not a file",
                    path.display()
                )));
            }
        }
        if path == Path::new(MANIFEST) {
            let mut text = Vec::new();
            entry.by_ref().take(1 << 20).read_to_end(&mut text)?;
            manifest =
                Some(serde_json::from_slice(&text).map_err(|e| bad(format!("manifest: {e}")))?);
            continue;
        }
        let Ok(inside) = path.strip_prefix(DATA_PREFIX) else {
            return Err(bad(format!("unexpected entry {}", path.display())));
        };
        let relative = slash_path(inside)?;
        let target = staging.join(DATA_PREFIX).join(inside);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        entry.unpack(&target).map_err(|e| bad(e.to_string()))?;
        unpacked.push(relative);
    }
    let manifest = manifest.ok_or_else(|| bad("it has no manifest".to_owned()))?;
    if manifest.format != FORMAT || manifest.format_version != FORMAT_VERSION {
        return Err(bad(format!(
            "unknown format {} v{}",
            manifest.format, manifest.format_version
        )));
    }
    if manifest.schema_version > LATEST_SCHEMA_VERSION {
        return Err(bad(format!(
            "it was made by a newer Braid (schema {}, this build knows up to {LATEST_SCHEMA_VERSION})",
            manifest.schema_version
        )));
    }
    unpacked.sort();
    let listed: Vec<String> = manifest.files.iter().map(|f| f.path.clone()).collect();
    if unpacked != listed {
        return Err(bad("its files do not match its manifest".to_owned()));
    }
    let data = staging.join(DATA_PREFIX);
    for file in &manifest.files {
        let (size, sha256) = hash_file(&data.join(&file.path))?;
        if size != file.size || sha256 != file.sha256 {
            return Err(bad(format!("{} is damaged (checksum mismatch)", file.path)));
        }
    }
    let database = data.join(SQLITE_FILE_NAME);
    if !database.is_file() {
        return Err(bad("it holds no database".to_owned()));
    }
    let store = Store::open(
        &DatabaseLocation::SqliteFile(database),
        PoolSettings::default(),
    )
    .await
    .map_err(|e| bad(e.to_string()))?;
    let problems = store.integrity_problems().await;
    let version = store.schema_version().await;
    store.close().await;
    let problems = problems.map_err(|e| bad(e.to_string()))?;
    if !problems.is_empty() {
        return Err(bad(format!(
            "its database fails the integrity check: {}",
            problems.join("; ")
        )));
    }
    if version.map_err(|e| bad(e.to_string()))? != Some(manifest.schema_version) {
        return Err(bad(
            "its database schema does not match its manifest".to_owned()
        ));
    }
    Ok(manifest)
}
