//! Followers of the change log with the real server (issue 28): a server killed between a
//! commit and a follower's apply tells the watchers after the next start, exactly once, and
//! never again after further restarts.

use std::time::{Duration, Instant};

use braid_domain::accounts::Handle;
use braid_domain::time::Timestamp;
use braid_store::NewRevision;
use braid_store::testing::{TestDatabase, backends};

use crate::accounts::create_member;
use crate::{Server, database_env};

#[tokio::test]
async fn a_kill_between_a_commit_and_the_fan_out_tells_watchers_once_after_restart() {
    let db = TestDatabase::create(backends()[0]).await;
    create_member(&db, "ana");
    create_member(&db, "bo");
    // The first start seeds the demo pages; its followers catch up with them.
    Server::start(db.root(), &database_env(&db), &[]).kill();

    // While no server runs, bo watches a page, and ana's published edit of it is committed
    // as the server commits one (the revision and the change that announces it, in one
    // unit of work), as if the server had died right after the commit.
    let store = db.open_store().await;
    let ana = store
        .find_user_by_handle(&Handle::new("ana").unwrap())
        .await
        .unwrap()
        .unwrap();
    let bo = store
        .find_user_by_handle(&Handle::new("bo").unwrap())
        .await
        .unwrap()
        .unwrap();
    let section = store
        .list_sections()
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.slug.as_str() == "discover")
        .unwrap();
    let page = store
        .find_page(section.id, "first-conversations")
        .await
        .unwrap()
        .unwrap();
    store
        .set_watch(bo.id, Some(page.id), None, true, Timestamp(1))
        .await
        .unwrap();
    store
        .write(Timestamp(2), async |work| {
            let number = work
                .save_revision(
                    page.id,
                    page.current_revision,
                    &NewRevision {
                        base_number: Some(page.current_revision),
                        author_id: Some(ana.id),
                        author_label: None,
                        title: &page.title,
                        body: "Listen first.",
                        summary: "shorter",
                        links: &[],
                    },
                    true,
                )
                .await?
                .unwrap();
            work.log_published(page.id, number).await
        })
        .await
        .unwrap();

    let server = Server::start(db.root(), &database_env(&db), &[]);
    let started = Instant::now();
    loop {
        let told = store.notifications(bo.id, 10).await.unwrap();
        if !told.is_empty() {
            assert_eq!(told.len(), 1);
            assert_eq!(told[0].detail, "shorter");
            assert_eq!(told[0].kind, "page_changed");
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "bo was never told"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        store.notifications(ana.id, 10).await.unwrap().is_empty(),
        "not told of one's own edit"
    );

    // Further runs and restarts apply nothing twice.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill();
    let server = Server::start(db.root(), &database_env(&db), &[]);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill();
    assert_eq!(store.notifications(bo.id, 10).await.unwrap().len(), 1);
    store.close().await;
}
