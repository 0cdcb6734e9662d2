//! `braid backup` while the hub serves and writes, then `braid restore` into a new directory:
//! the restored hub serves the same content.

use std::time::Duration;

use braid_domain::section::{NewSection, SectionGroup};
use braid_domain::time::Timestamp;
use braid_store::testing::{TestBackend, TestDatabase, sqlite_section_slugs};

use crate::{Server, database_env, path_string, run, stderr, stdout};

#[tokio::test]
async fn backup_while_serving_then_restore_gives_the_same_hub() {
    let db = TestDatabase::create(TestBackend::Sqlite).await;
    let server = Server::start(db.root(), &database_env(&db), &[]);

    // Writes keep landing in the served database while the backup runs.
    let writer_store = db.open_store().await;
    let writer = tokio::spawn(async move {
        for n in 0..400 {
            let slug = format!("written-{n}");
            let section = NewSection::new(
                &slug,
                &format!("Written {n}"),
                "",
                SectionGroup::Community,
                100 + n,
            )
            .unwrap();
            writer_store
                .create_section(&section, Timestamp::now())
                .await
                .unwrap();
        }
    });
    tokio::time::sleep(Duration::from_millis(30)).await;
    let archive = db.root().join("hub-backup.tar.gz");
    let output = run(
        db.root(),
        &database_env(&db),
        &["backup", &path_string(&archive)],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("Backup written to"));
    writer.await.unwrap();
    let live_home = server.get("/").await.text().await.unwrap();

    let restored = db.root().join("restored-data");
    let env = [("BRAID_DATA_DIR", path_string(&restored))];
    let output = run(db.root(), &env, &["restore", &path_string(&archive)]);
    assert!(output.status.success(), "{}", stderr(&output));

    // The restored hub holds a consistent moment: every demo section and a prefix of the writes.
    let slugs = sqlite_section_slugs(&restored).await;
    let written: Vec<&String> = slugs.iter().filter(|s| s.starts_with("written-")).collect();
    for (n, slug) in written.iter().enumerate() {
        assert_eq!(**slug, format!("written-{n}"));
    }
    eprintln!("backup caught {} of 400 concurrent writes", written.len());

    let restored_server = Server::start(db.root(), &env, &[]);
    let restored_home = restored_server.get("/").await.text().await.unwrap();
    for title in [
        "Discover",
        "Create Space &#38; Buy-in",
        "Community guidelines",
    ] {
        assert!(
            live_home.contains(title) && restored_home.contains(title),
            "{title}"
        );
    }
    if let Some(last) = written.last() {
        assert_eq!(
            restored_server.get(&format!("/wiki/{last}")).await.status(),
            200
        );
    }

    // Restoring again over the now non-empty directory needs --force.
    let output = run(db.root(), &env, &["restore", &path_string(&archive)]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("--force"));
}
