//! The full-text index with the real server: an edit is found within a second, a page the
//! reader may not read is neither found nor counted, and after a SIGKILL between the commit
//! and the indexing the index catches up on the next start.

use braid_store::testing::{TestDatabase, backends};

use crate::accounts::{PASSWORD, create_member, csrf_in};
use crate::{Server, database_env};

async fn signed_in(server: &Server) -> (reqwest::Client, String) {
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{}sign-in", server.url);
    browser
        .post(url)
        .form(&[("handle", "ana"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    let account = browser
        .get(format!("{}account", server.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_in(&account);
    (browser, csrf)
}

async fn search(server: &Server, client: &reqwest::Client, query: &str) -> String {
    client
        .get(format!("{}search?q={query}", server.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn edits_are_found_within_a_second_and_only_by_those_who_may_read_them() {
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let db = TestDatabase::create(backend).await;
        create_member(&db, "ana");
        let server = Server::start(db.root(), &database_env(&db), &[]);
        let (ana, csrf) = signed_in(&server).await;
        let anonymous = reqwest::Client::new();

        assert!(
            search(&server, &anonymous, "listen")
                .await
                .contains("First conversations"),
            "demo pages are indexed on the first start"
        );
        for (title, body, visibility) in [
            (
                "Border crossings",
                "Phones are inspected at the zebrafish checkpoint.",
                "public",
            ),
            (
                "Partner contacts",
                "The zebrafish network and its phone tree.",
                "members",
            ),
        ] {
            let status = ana
                .post(format!("{}wiki/actualise/new", server.url))
                .form(&[
                    ("csrf", csrf.as_str()),
                    ("title", title),
                    ("body", body),
                    ("visibility", visibility),
                ])
                .send()
                .await
                .unwrap()
                .status();
            assert_eq!(status, 303);
        }
        let started = std::time::Instant::now();
        let found = loop {
            let page = search(&server, &anonymous, "zebrafish").await;
            if page.contains("Border crossings") || started.elapsed().as_secs() >= 5 {
                break page;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        };
        let waited = started.elapsed();
        assert!(found.contains("Border crossings"), "{found}");
        assert!(waited.as_millis() < 1500, "found after {waited:?}");
        assert!(
            !found.contains("Partner contacts") && found.contains("One result."),
            "{found}"
        );
        let member = search(&server, &ana, "zebrafish").await;
        assert!(
            member.contains("Partner contacts") && member.contains("2 results"),
            "{member}"
        );
        assert!(
            found.contains("<b>zebrafish</b>"),
            "the match is highlighted"
        );
    }
}

#[tokio::test]
async fn the_index_catches_up_after_a_kill_between_commit_and_indexing() {
    let db = TestDatabase::create(backends()[0]).await;
    create_member(&db, "ana");
    let server = Server::start(db.root(), &database_env(&db), &[]);
    let (ana, csrf) = signed_in(&server).await;
    let status = ana
        .post(format!("{}wiki/discover/new", server.url))
        .form(&[
            ("csrf", csrf.as_str()),
            ("title", "Quokka protocol"),
            ("body", "Written just before the crash."),
        ])
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 303);
    // Killed at once: the indexer runs twice a second, so the page is most likely not indexed.
    server.kill();
    let server = Server::start(db.root(), &database_env(&db), &[]);
    let page = search(&server, &reqwest::Client::new(), "quokka").await;
    assert!(page.contains("Quokka protocol"), "{page}");

    // An index lost altogether (backups leave it out) is rebuilt from the change log.
    server.kill();
    std::fs::remove_dir_all(db.data_dir.join("search")).unwrap();
    let server = Server::start(db.root(), &database_env(&db), &[]);
    let page = search(&server, &reqwest::Client::new(), "quokka").await;
    assert!(page.contains("Quokka protocol"), "{page}");
}
