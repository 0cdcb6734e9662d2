use std::fs;
use std::io::Write;
use std::sync::Arc;

use braid_app::backup::{create_backup, lock_data_dir, restore_backup, verify_backup};
use braid_app::{AccountSettings, App, AppError, SystemClock};
use braid_domain::section::{NewSection, SectionGroup};
use braid_domain::time::Timestamp;
use braid_store::SQLITE_FILE_NAME;
use braid_store::testing::{TestBackend, TestDatabase, backends, sqlite_section_slugs};

async fn sqlite_app() -> (App, TestDatabase) {
    let db = TestDatabase::create(TestBackend::Sqlite).await;
    let app = App::new(
        db.open_store().await,
        Arc::new(SystemClock),
        AccountSettings::insecure_for_tests(),
    )
    .unwrap();
    app.initialise(true).await.unwrap();
    (app, db)
}

#[tokio::test]
async fn a_backup_taken_during_writes_restores_a_consistent_hub_with_its_files() {
    let (app, db) = sqlite_app().await;
    let attachment = db.data_dir.join("attachments/ab/abcdef");
    fs::create_dir_all(attachment.parent().unwrap()).unwrap();
    fs::write(&attachment, b"\x89PNG fake image bytes").unwrap();

    // Another connection pool on the same file keeps committing while the backup runs, as a
    // serving process would.
    let writer_store = db.open_store().await;
    let writer = tokio::spawn(async move {
        for n in 0..300 {
            let slug = format!("during-{n}");
            let section =
                NewSection::new(&slug, &slug, "", SectionGroup::Practice, 100 + n).unwrap();
            writer_store
                .create_section(&section, Timestamp::now())
                .await
                .unwrap();
        }
    });
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let archive = db.root().join("hub.braid-backup");
    let manifest = create_backup(&app, &db.data_dir, &archive).await.unwrap();
    writer.await.unwrap();

    assert!(
        manifest
            .files
            .iter()
            .any(|f| f.path == "attachments/ab/abcdef")
    );
    assert!(manifest.files.iter().any(|f| f.path == SQLITE_FILE_NAME));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&archive).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    let restored = db.root().join("restored");
    let report = restore_backup(&archive, &restored, false).await.unwrap();
    assert_eq!(report.manifest, manifest);
    assert_eq!(
        fs::read(restored.join("attachments/ab/abcdef")).unwrap(),
        b"\x89PNG fake image bytes"
    );

    // The snapshot is one moment of the live hub: the demo sections plus a prefix of the
    // concurrent writes, never a torn state.
    let restored_slugs = sqlite_section_slugs(&restored).await;
    assert_eq!(
        restored_slugs[..9],
        sqlite_section_slugs(&db.data_dir).await[..9]
    );
    let during: Vec<String> = restored_slugs[9..].to_vec();
    let prefix: Vec<String> = (0..during.len()).map(|n| format!("during-{n}")).collect();
    assert_eq!(during, prefix);
    eprintln!("snapshot caught {} of 300 concurrent writes", during.len());
}

#[tokio::test]
async fn a_damaged_backup_is_refused_and_nothing_is_touched() {
    let (app, db) = sqlite_app().await;
    let archive = db.root().join("hub.braid-backup");
    create_backup(&app, &db.data_dir, &archive).await.unwrap();
    let mut bytes = fs::read(&archive).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    let damaged = db.root().join("damaged.braid-backup");
    fs::write(&damaged, &bytes).unwrap();

    let target = db.root().join("target");
    let error = restore_backup(&damaged, &target, false).await.unwrap_err();
    assert!(matches!(error, AppError::BadInput(_)), "{error:?}");
    assert!(
        error.to_string().contains("not a valid Braid backup"),
        "{error}"
    );
    assert!(
        !target.exists(),
        "a failed restore must not create the data directory"
    );
    // And a file that is not a backup at all.
    let text = db.root().join("notes.txt");
    fs::write(&text, "hello").unwrap();
    assert!(verify_backup(&text).await.is_err());
}

#[tokio::test]
async fn a_non_empty_data_dir_is_refused_without_force_and_moved_aside_with_it() {
    let (app, db) = sqlite_app().await;
    let archive = db.root().join("hub.braid-backup");
    create_backup(&app, &db.data_dir, &archive).await.unwrap();

    let target = db.root().join("occupied");
    fs::create_dir_all(&target).unwrap();
    fs::write(target.join("precious.txt"), "keep me").unwrap();
    let error = restore_backup(&archive, &target, false).await.unwrap_err();
    assert!(error.to_string().contains("--force"), "{error}");
    assert_eq!(
        fs::read_to_string(target.join("precious.txt")).unwrap(),
        "keep me"
    );

    let report = restore_backup(&archive, &target, true).await.unwrap();
    let aside = report.previous_data_moved_to.unwrap();
    assert_eq!(
        fs::read_to_string(aside.join("precious.txt")).unwrap(),
        "keep me"
    );
    assert_eq!(sqlite_section_slugs(&target).await.len(), 9);
}

#[tokio::test]
async fn a_data_dir_in_use_by_a_server_is_not_restored_over() {
    let (app, db) = sqlite_app().await;
    let archive = db.root().join("hub.braid-backup");
    create_backup(&app, &db.data_dir, &archive).await.unwrap();
    let _server_lock = lock_data_dir(&db.data_dir).unwrap();
    let error = restore_backup(&archive, &db.data_dir, true)
        .await
        .unwrap_err();
    assert!(error.to_string().contains("in use"), "{error}");
}

#[tokio::test]
async fn entries_that_leave_the_data_directory_are_refused() {
    let db = TestDatabase::create(TestBackend::Sqlite).await;
    let archive = db.root().join("evil.braid-backup");
    let file = fs::File::create(&archive).unwrap();
    let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(
        file,
        flate2::Compression::fast(),
    ));
    let payload = b"owned";
    let mut header = tar::Header::new_gnu();
    header.set_size(payload.len() as u64);
    header.set_mode(0o644);
    // Write the raw name so the tar writer's own checks do not stop the attack.
    header.as_gnu_mut().unwrap().name[..13].copy_from_slice(b"data/../../x\0");
    header.set_cksum();
    builder.append(&header, &payload[..]).unwrap();
    builder
        .into_inner()
        .unwrap()
        .finish()
        .unwrap()
        .flush()
        .unwrap();

    let error = verify_backup(&archive).await.unwrap_err().to_string();
    assert!(error.contains("leaves the backup"), "{error}");
    assert!(!db.root().parent().unwrap().join("x").exists());
}

#[tokio::test]
async fn postgres_deployments_are_told_to_use_pg_dump() {
    if !backends().contains(&TestBackend::Postgres) {
        return;
    }
    let db = TestDatabase::create(TestBackend::Postgres).await;
    let app = App::new(
        db.open_store().await,
        Arc::new(SystemClock),
        AccountSettings::insecure_for_tests(),
    )
    .unwrap();
    let error = create_backup(&app, &db.data_dir, &db.root().join("x"))
        .await
        .unwrap_err();
    assert!(error.to_string().contains("pg_dump"), "{error}");
}
