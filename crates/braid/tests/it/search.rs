//! The full-text index with the real server: an edit is found within a second, in its
//! language and across inflections; a page or comment the reader may not read is neither
//! found, counted nor named in a facet; after a SIGKILL between the commit and the indexing
//! the index catches up on the next start; `braid reindex` builds it again.

use std::time::{Duration, Instant};

use braid_domain::time::Timestamp;
use braid_domain::wiki::Visibility;
use braid_store::testing::{TestBackend, TestDatabase, backends};
use braid_store::{NewPage, NewRevision};

use crate::accounts::{PASSWORD, create_member, csrf_in};
use crate::{Server, database_env, run, stderr, stdout};

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

/// A hub on `backend` with the member "ana", signed in: her browser and form token. The
/// database is returned to outlive the server.
async fn hub_with_ana(backend: TestBackend) -> (TestDatabase, Server, reqwest::Client, String) {
    let db = TestDatabase::create(backend).await;
    create_member(&db, "ana");
    let server = Server::start(db.root(), &database_env(&db), &[]);
    let (ana, csrf) = signed_in(&server).await;
    (db, server, ana, csrf)
}

/// `path` on the server with `params` in its query string.
fn address(server: &Server, path: &str, params: &[(&str, &str)]) -> reqwest::Url {
    reqwest::Url::parse_with_params(&format!("{}{path}", server.url), params).unwrap()
}

async fn search(server: &Server, client: &reqwest::Client, query: &str) -> String {
    search_with(server, client, &[("q", query)]).await
}

/// The search page for `params` (the query and any facet chosen).
async fn search_with(server: &Server, client: &reqwest::Client, params: &[(&str, &str)]) -> String {
    client
        .get(address(server, "search", params))
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
        let (_db, server, ana, csrf) = hub_with_ana(backend).await;
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
    let (db, server, ana, csrf) = hub_with_ana(backends()[0]).await;
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

    // For certain: a page committed to the database while no indexer ran (as if the server
    // died right after the commit) is found after the next start.
    server.kill();
    let store = db.open_store().await;
    let section = store
        .list_sections()
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.slug.as_str() == "discover")
        .unwrap();
    store
        .write(Timestamp(1), async |work| {
            work.create_page(&NewPage {
                section_id: section.id,
                parent_id: None,
                slug: "numbat-notes",
                visibility: Visibility::Public,
                language: "en",
                approved: true,
                revision: NewRevision {
                    base_number: None,
                    author_id: None,
                    author_label: Some("test"),
                    title: "Numbat notes",
                    body: "Committed, never indexed.",
                    summary: "",
                    links: &[],
                },
            })
            .await
        })
        .await
        .unwrap();
    store.close().await;
    let server = Server::start(db.root(), &database_env(&db), &[]);
    let page = search(&server, &reqwest::Client::new(), "numbat").await;
    assert!(page.contains("Numbat notes"), "{page}");

    // An index lost altogether (backups leave it out) is rebuilt from the change log.
    server.kill();
    std::fs::remove_dir_all(db.data_dir.join("search")).unwrap();
    let server = Server::start(db.root(), &database_env(&db), &[]);
    let page = search(&server, &reqwest::Client::new(), "quokka").await;
    assert!(page.contains("Quokka protocol"), "{page}");
}

#[tokio::test]
async fn results_come_ten_at_a_time_with_links_to_the_rest() {
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let (_db, server, ana, csrf) = hub_with_ana(backend).await;
        for n in 1..=13 {
            let title = format!("Wombat note {n}");
            let body = format!("Wombat burrows, seen {n} times.");
            create_page(&server, &ana, &csrf, &[("title", &title), ("body", &body)]).await;
        }
        let first = search_until(&server, &ana, "wombat", "13 results").await;
        let titles = |page: &str| -> Vec<String> {
            page.split("href=\"/wiki/discover/wombat-note-")
                .skip(1)
                .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
                .collect()
        };
        let on_first = titles(&first);
        assert_eq!(on_first.len(), 10, "{first}");
        assert!(!first.contains("rel=\"prev\""), "{first}");
        assert!(
            first.contains("href=\"/search?q=wombat&#38;start=10\" rel=\"next\""),
            "{first}"
        );
        let second = search_with(&server, &ana, &[("q", "wombat"), ("start", "10")]).await;
        let on_second = titles(&second);
        assert_eq!(on_second.len(), 3, "{second}");
        assert!(!second.contains("rel=\"next\""), "{second}");
        assert!(
            second.contains("href=\"/search?q=wombat\" rel=\"prev\""),
            "{second}"
        );
        // Every page once, over the two.
        let mut all: Vec<String> = on_first.into_iter().chain(on_second).collect();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), 13, "{all:?}");
    }
}

async fn create_page(
    server: &Server,
    client: &reqwest::Client,
    csrf: &str,
    fields: &[(&str, &str)],
) {
    let mut form = vec![("csrf", csrf)];
    form.extend_from_slice(fields);
    let response = client
        .post(format!("{}wiki/discover/new", server.url))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "{fields:?}");
}

/// Waits until `query` finds `expected` (the indexer runs twice a second).
async fn search_until(
    server: &Server,
    client: &reqwest::Client,
    query: &str,
    expected: &str,
) -> String {
    let started = Instant::now();
    loop {
        let page = search(server, client, query).await;
        if page.contains(expected) || started.elapsed() > Duration::from_secs(5) {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn pages_are_found_in_their_language_and_private_ones_leave_no_trace() {
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let (_db, server, ana, csrf) = hub_with_ana(backend).await;
        let anonymous = reqwest::Client::new();
        for (language, title, body) in [
            (
                "es",
                "Guía de organización",
                "La organización protege a sus activistas.",
            ),
            (
                "ru",
                "Безопасность",
                "Организация защищает своих сотрудников.",
            ),
            ("ar", "خطة الأمان", "تحتاج المنظمات إلى خطة أمان."),
            (
                "fr",
                "Sécurité numérique",
                "Les téléphones des organisations partenaires.",
            ),
        ] {
            create_page(
                &server,
                &ana,
                &csrf,
                &[("title", title), ("body", body), ("language", language)],
            )
            .await;
        }
        create_page(
            &server,
            &ana,
            &csrf,
            &[
                ("title", "Partner organisations"),
                ("body", "Organisations we trust, with their numbers."),
                ("visibility", "members"),
                ("labels", "contacts"),
            ],
        )
        .await;

        // Inflections in each language; the Spanish demo page ("organizaciones") is found too.
        let spanish = search_until(
            &server,
            &anonymous,
            "organizaciones",
            "Guía de organización",
        )
        .await;
        assert!(spanish.contains("Guía de organización"), "{spanish}");
        assert!(
            spanish.contains("Talleres a distancia con organizaciones"),
            "{spanish}"
        );
        assert!(
            spanish.contains("<b>organización</b>"),
            "the inflected form is highlighted: {spanish}"
        );
        // Each language's pages may be indexed a little after the first's.
        let russian = search_until(&server, &anonymous, "организация", "Безопасность").await;
        assert!(russian.contains("Безопасность"), "{russian}");
        let arabic = search_until(&server, &anonymous, "منظمة", "خطة الأمان").await;
        assert!(arabic.contains("خطة الأمان"), "{arabic}");
        assert!(
            arabic.contains("lang=\"ar\""),
            "results carry their language: {arabic}"
        );
        let french = search_until(&server, &anonymous, "organisation", "Sécurité numérique").await;
        assert!(french.contains("Sécurité numérique"), "{french}");

        // The members-only page: not found, not counted, its label not even named.
        assert!(!french.contains("Partner organisations"), "{french}");
        assert!(!french.contains("contacts"), "{french}");
        let member = search(&server, &ana, "organisation").await;
        assert!(member.contains("Partner organisations"), "{member}");
        assert!(
            member.contains("label=contacts"),
            "members see the label facet: {member}"
        );
        let anonymous_count = french.matches("<li lang=").count();
        let member_count = member.matches("<li lang=").count();
        assert_eq!(member_count, anonymous_count + 1, "{french}\n{member}");
        // Asking for the label directly finds nothing either.
        let by_label = search_with(
            &server,
            &anonymous,
            &[("q", "organisation"), ("label", "contacts")],
        )
        .await;
        assert!(
            !by_label.contains("Partner organisations") && !by_label.contains("<li lang="),
            "{by_label}"
        );

        // Facets narrow: the Spanish results only.
        let only_spanish = search_with(
            &server,
            &anonymous,
            &[("q", "organizaciones"), ("language", "es")],
        )
        .await;
        assert!(
            only_spanish.contains("Guía de organización")
                && !only_spanish.contains("Sécurité numérique"),
            "{only_spanish}"
        );

        // Suggestions as JSON, for readers who may read the page only.
        let suggestions = |client: &reqwest::Client, typed: &'static str| {
            let request = client
                .get(address(&server, "search/suggest", &[("q", typed)]))
                .send();
            async move {
                let response = request.await.unwrap();
                assert_eq!(response.headers()["content-type"], "application/json");
                serde_json::from_str::<serde_json::Value>(&response.text().await.unwrap()).unwrap()
            }
        };
        let public = suggestions(&anonymous, "Partner org").await;
        assert_eq!(public, serde_json::json!([]), "{public}");
        let members = suggestions(&ana, "Partner org").await;
        assert_eq!(members[0]["title"], "Partner organisations", "{members}");
        assert_eq!(members[0]["href"], "/wiki/discover/partner-organisations");
        let guia = suggestions(&anonymous, "gui").await;
        assert_eq!(guia[0]["title"], "Guía de organización", "{guia}");

        // Comments are found by members only, as comments.
        let page = ana
            .get(format!("{}wiki/discover/guía-de-organización", server.url))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("lang=\"es\""),
            "the text carries its language"
        );
        let status = ana
            .post(format!(
                "{}wiki/discover/guía-de-organización/comments",
                server.url
            ))
            .form(&[
                ("csrf", csrf.as_str()),
                ("body", "Revisar con el equipo del wombat."),
            ])
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, 303);
        let comment = search_until(&server, &ana, "wombat", "#comment-").await;
        assert!(
            comment.contains("Comment: Guía de organización"),
            "{comment}"
        );
        assert!(
            search(&server, &anonymous, "wombat")
                .await
                .contains("Nothing found")
        );
    }
}

#[tokio::test]
async fn reindex_builds_the_index_again_with_a_progress_bar() {
    let db = TestDatabase::create(backends()[0]).await;
    let server = Server::start(db.root(), &database_env(&db), &[]);
    assert!(
        search(&server, &reqwest::Client::new(), "listen")
            .await
            .contains("First conversations")
    );
    let busy = run(db.root(), &database_env(&db), &["reindex"]);
    assert!(!busy.status.success());
    assert!(stderr(&busy).contains("stop it first"), "{}", stderr(&busy));
    server.kill();

    std::fs::write(db.data_dir.join("search").join("braid-index-version"), "0").unwrap();
    let output = run(db.root(), &database_env(&db), &["reindex"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("pages"),
        "progress: {}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("[##############################]"),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).starts_with("Indexed "),
        "{}",
        stdout(&output)
    );

    let server = Server::start(db.root(), &database_env(&db), &[]);
    assert!(
        search(&server, &reqwest::Client::new(), "listen")
            .await
            .contains("First conversations")
    );
}
