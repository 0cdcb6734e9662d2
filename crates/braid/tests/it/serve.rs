use braid_store::testing::{TestDatabase, backends};
use braid_store::{DatabaseLocation, PoolSettings, Store};

use crate::{Server, database_env, run, stderr};

#[tokio::test]
async fn serve_prints_its_url_first_and_serves_the_demo_hub() {
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let db = TestDatabase::create(backend).await;
        let server = Server::start(db.root(), &database_env(&db), &[]);
        let response = server.get("/").await;
        assert_eq!(response.status(), 200);
        let headers = response.headers().clone();
        assert!(
            headers["content-security-policy"]
                .to_str()
                .unwrap()
                .starts_with("default-src 'none'")
        );
        assert_eq!(headers["x-frame-options"], "DENY");
        let html = response.text().await.unwrap();
        for title in [
            "Discover",
            "Strategise",
            "Actualise",
            "Remote facilitation",
            "Well-being",
            "Community guidelines",
        ] {
            assert!(html.contains(title), "{title}");
        }
        assert_eq!(server.get("/healthz").await.text().await.unwrap(), "ok\n");
        // An orderly stop on SIGTERM.
        assert!(server.terminate().success());
    }
}

/// Metadata analysis (SECURITY.md): a seized server's log must not be a record of when
/// members were reading, nor of who asked for what. Pages served are not logged at the
/// default level; a failure is, by the request id its error page shows, and nothing else
/// about the request.
#[tokio::test]
async fn the_log_records_failures_by_request_id_and_not_each_page_served() {
    let db = TestDatabase::create(backends()[0]).await;
    let log = db.root().join("server.log");
    let server = Server::start_logging_to(&log, db.root(), &database_env(&db), &[]);
    for path in ["/", "/wiki/discover", "/search?q=asylum+lawyer", "/healthz"] {
        assert_eq!(server.get(path).await.status(), 200, "{path}");
    }
    let missing = server.get("/wiki/discover/no-such-page-kestrel").await;
    assert_eq!(missing.status(), 404);
    let request_id = missing.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(missing.text().await.unwrap().contains(&request_id));
    assert!(server.terminate().success());

    let log = std::fs::read_to_string(&log).unwrap();
    assert!(log.contains("first start"), "the log is captured: {log}");
    let served: Vec<&str> = log.lines().filter(|line| line.contains("served")).collect();
    // A page served gets a line only if it was slow, as a loaded test machine may make one.
    for line in served
        .iter()
        .filter(|line| line.contains("http.status=200"))
    {
        let duration_ms: u64 = line
            .split("duration_ms=")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|number| number.parse().ok())
            .unwrap_or(0);
        assert!(duration_ms >= 1000, "a page served was logged: {log}");
    }
    let failures: Vec<&&str> = served
        .iter()
        .filter(|l| l.contains("http.status=404"))
        .collect();
    assert_eq!(failures.len(), 1, "{log}");
    assert!(failures[0].contains(&request_id), "{log}");
    assert!(!failures[0].contains("127.0.0.1:"), "{log}");
    for private in ["kestrel", "asylum"] {
        assert!(!log.contains(private), "{private} in {log}");
    }
}

#[tokio::test]
async fn no_demo_starts_a_hub_with_only_its_guidelines_for_good() {
    let db = TestDatabase::create(backends()[0]).await;
    let server = Server::start(db.root(), &database_env(&db), &["--no-demo"]);
    let page = server.get("/").await.text().await.unwrap();
    assert!(
        page.contains("href=\"/wiki/community-guidelines\""),
        "{page}"
    );
    assert!(!page.contains("Discover"));
    // The join page's link to the guidelines leads somewhere (issue 27).
    let guidelines = server
        .get("/wiki/community-guidelines/code-of-conduct")
        .await;
    assert_eq!(guidelines.status(), 200);
    server.kill();
    // A later start without the flag does not fill the operator's hub with demo content.
    let server = Server::start(db.root(), &database_env(&db), &[]);
    let page = server.get("/").await.text().await.unwrap();
    assert!(!page.contains("Discover"));
}

#[tokio::test]
async fn sigkill_right_after_an_acknowledged_write_loses_nothing() {
    // The first start writes the demo community and acknowledges it by printing its URL;
    // SIGKILL follows at once. (The store's own crash test, durability.rs, kills a writer
    // mid-stream many times.)
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let db = TestDatabase::create(backend).await;
        let server = Server::start(db.root(), &database_env(&db), &[]);
        server.kill();

        let store = Store::open(&db.location, PoolSettings::default())
            .await
            .unwrap();
        assert!(store.integrity_problems().await.unwrap().is_empty());
        assert_eq!(store.list_sections().await.unwrap().len(), 9);
        assert!(store.initialised_at().await.unwrap().is_some());
        store.close().await;

        let server = Server::start(db.root(), &database_env(&db), &[]);
        let html = server
            .get("/wiki/community-guidelines")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            html.contains("raise a concern in confidence"),
            "restarted hub serves the acknowledged content"
        );
        if let DatabaseLocation::SqliteFile(path) = &db.location {
            assert!(path.exists());
        }
    }
}

#[tokio::test]
async fn a_second_server_on_the_same_data_dir_is_refused() {
    let db = TestDatabase::create(backends()[0]).await;
    let _first = Server::start(db.root(), &database_env(&db), &[]);
    let output = run(
        db.root(),
        &database_env(&db),
        &["serve", "--listen", "127.0.0.1:0"],
    );
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(
        message.contains("in use by a running Braid server"),
        "{message}"
    );
}

#[tokio::test]
async fn a_data_directory_open_to_others_is_made_owner_only() {
    // Issue 27, finding 8: an existing data directory with mode 755 left the database
    // readable by every user of the machine.
    use std::os::unix::fs::PermissionsExt;
    let db = TestDatabase::create(backends()[0]).await;
    let data_dir = db.data_dir.clone();
    std::fs::create_dir_all(&data_dir).unwrap();
    std::fs::set_permissions(&data_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let server = Server::start(db.root(), &database_env(&db), &[]);
    assert_eq!(server.get("/healthz").await.status(), 200);
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data_dir), 0o700);
    // The secrets key is the owner's alone too.
    assert_eq!(mode(&data_dir.join("secrets.key")), 0o600);
}
