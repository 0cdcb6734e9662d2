//! The search index at start-up: a few changes behind, it catches up before the hub serves;
//! far behind (rebuilt after an upgrade or a restore), the hub serves at once and searches say
//! their results may be incomplete until the index has caught up.

use std::sync::Arc;

use braid_app::search::{SearchIndex, SearchQuery};
use braid_app::wiki::PageDraft;
use braid_app::{AccountSettings, App, SystemClock};
use braid_domain::policy::Actor;
use braid_domain::time::Timestamp;
use braid_domain::wiki::Visibility;
use braid_store::testing::{TestDatabase, backends};
use braid_store::{NewPage, NewRevision};

async fn app_with_index(db: &TestDatabase) -> App {
    let index = SearchIndex::open(&db.data_dir.join("search")).unwrap();
    App::new(
        db.open_store().await,
        Arc::new(SystemClock),
        AccountSettings::insecure_for_tests(),
    )
    .unwrap()
    .with_search(index)
}

async fn search(app: &App, text: &str) -> braid_app::search::Found {
    search_as(app, &Actor::Anonymous, text).await
}

async fn search_as(app: &App, reader: &Actor, text: &str) -> braid_app::search::Found {
    let query = SearchQuery {
        text: text.to_owned(),
        reader_language: "en".to_owned(),
        ..SearchQuery::default()
    };
    app.search(reader, &query).await.unwrap()
}

/// More pages than the index catches up with before serving (100 changes).
const PAGES: usize = 130;

#[tokio::test]
async fn a_long_rebuild_leaves_the_hub_serving_and_searches_say_they_may_be_incomplete() {
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let db = TestDatabase::create(backend).await;
        let app = app_with_index(&db).await;
        app.initialise(true).await.unwrap();
        // The first start: the demo content is indexed before the hub serves.
        app.prepare_search().await.unwrap();
        assert!(!app.search_rebuilding());
        let found = search(&app, "listen").await;
        assert!(
            found
                .hits
                .iter()
                .any(|hit| hit.title == "First conversations"),
            "{found:?}"
        );
        assert!(!found.incomplete);

        let store = db.open_store().await;
        let section = store.list_sections().await.unwrap()[0].id;
        for n in 0..PAGES {
            let slug = format!("numbat-{n}");
            let title = format!("Numbat note {n}");
            store
                .write(Timestamp(1), async |work| {
                    work.create_page(&NewPage {
                        section_id: section,
                        parent_id: None,
                        slug: &slug,
                        visibility: Visibility::Public,
                        language: "en",
                        approved: true,
                        revision: NewRevision {
                            base_number: None,
                            author_id: None,
                            author_label: Some("test"),
                            title: &title,
                            body: "Numbats eat termites.",
                            summary: "",
                            links: &[],
                        },
                    })
                    .await
                })
                .await
                .unwrap();
        }
        store.close().await;
        // The index lost (as after an upgrade that changes it, or a restore): the next start
        // must follow the whole change log again.
        drop(app);
        std::fs::remove_dir_all(db.data_dir.join("search")).unwrap();
        let app = app_with_index(&db).await;
        app.prepare_search().await.unwrap();
        assert!(app.search_rebuilding(), "left to the background");
        let meanwhile = search(&app, "numbat").await;
        assert!(meanwhile.incomplete);
        assert!(meanwhile.count < PAGES, "{}", meanwhile.count);

        app.catch_up_search().await.unwrap();
        assert!(!app.search_rebuilding());
        let after = search(&app, "numbat").await;
        assert!(!after.incomplete);
        assert_eq!(after.count, PAGES);
        assert!(
            search(&app, "listen")
                .await
                .hits
                .iter()
                .any(|hit| hit.title == "First conversations")
        );
    }
}

#[tokio::test]
async fn a_page_made_members_only_takes_the_pages_under_it_out_of_public_results() {
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let db = TestDatabase::create(backend).await;
        let app = app_with_index(&db).await;
        app.initialise(true).await.unwrap();
        app.prepare_search().await.unwrap();
        let sections = app.sections(&Actor::System).await.unwrap();
        let section = sections[0].slug.as_str().to_owned();
        let draft = |title: &str, body: &str, parent: Option<&str>| PageDraft {
            title: title.to_owned(),
            body: body.to_owned(),
            summary: String::new(),
            parent: parent.map(str::to_owned),
            visibility: Visibility::Public,
            labels: String::new(),
            language: "en".to_owned(),
        };
        let wiki = app.wiki();
        let parent = wiki
            .create_page(
                &Actor::System,
                &section,
                &draft("Safe houses", "Addresses.", None),
            )
            .await
            .unwrap();
        wiki.create_page(
            &Actor::System,
            &section,
            &draft(
                "Quokka route",
                "The quokka route avoids the bridge.",
                Some(&parent),
            ),
        )
        .await
        .unwrap();
        app.catch_up_search().await.unwrap();
        assert_eq!(search(&app, "quokka").await.count, 1, "public at first");

        wiki.set_page_visibility(&Actor::System, &section, &parent, "members")
            .await
            .unwrap();
        app.catch_up_search().await.unwrap();
        assert_eq!(
            search(&app, "quokka").await.count,
            0,
            "the page under it follows its parent's visibility"
        );
        assert_eq!(
            search_as(&app, &Actor::System, "quokka").await.count,
            1,
            "readers of the parent still find it"
        );
    }
}
