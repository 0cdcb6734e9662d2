use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::ids::ChangeId;
use braid_domain::section::{NewSection, SectionGroup};
use braid_domain::time::Timestamp;

use crate::on_each_backend;

#[tokio::test]
async fn every_section_write_appends_a_change_in_order() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let mut created = Vec::new();
        for (position, slug) in ["discover", "strategise", "actualise"].iter().enumerate() {
            let new =
                NewSection::new(slug, slug, "", SectionGroup::Phase, position as i64).unwrap();
            created.push(
                store
                    .create_section(&new, Timestamp(100))
                    .await
                    .unwrap()
                    .id
                    .0,
            );
        }
        let changes = store.changes_after(ChangeId(0), 100).await.unwrap();
        assert_eq!(changes.len(), 3);
        assert!(changes.windows(2).all(|w| w[0].id < w[1].id));
        assert!(changes.iter().all(
            |c| c.entity_kind == Some(EntityKind::Section) && c.action == ChangeAction::Created
        ));
        assert_eq!(
            changes.iter().map(|c| c.entity_id).collect::<Vec<_>>(),
            created
        );
        // Paging: after the first, with a limit.
        let page = store.changes_after(changes[0].id, 1).await.unwrap();
        assert_eq!(page, vec![changes[1].clone()]);
        assert_eq!(store.latest_change_id().await.unwrap(), changes[2].id);
    })
    .await;
}

#[tokio::test]
async fn cursors_remember_progress_and_never_move_back() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        assert_eq!(
            store.change_cursor("search@node-a").await.unwrap(),
            ChangeId(0)
        );
        store
            .advance_change_cursor("search@node-a", ChangeId(7), Timestamp(1))
            .await
            .unwrap();
        store
            .advance_change_cursor("search@node-a", ChangeId(3), Timestamp(2))
            .await
            .unwrap();
        assert_eq!(
            store.change_cursor("search@node-a").await.unwrap(),
            ChangeId(7)
        );
        assert_eq!(
            store.change_cursor("search@node-b").await.unwrap(),
            ChangeId(0)
        );
    })
    .await;
}

#[tokio::test]
async fn concurrent_writers_produce_gapless_visible_order() {
    // A follower that reads while writers commit must never see a later id before an earlier
    // one commits (on PostgreSQL this is what the advisory lock in the append guarantees).
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let mut writers = Vec::new();
        for writer in 0..4 {
            let store = store.clone();
            writers.push(tokio::spawn(async move {
                for n in 0..15 {
                    let slug = format!("w{writer}-s{n}");
                    let new = NewSection::new(&slug, &slug, "", SectionGroup::Phase, n).unwrap();
                    store.create_section(&new, Timestamp(n)).await.unwrap();
                }
            }));
        }
        let mut seen = ChangeId(0);
        let mut count = 0;
        while count < 60 {
            let batch = store.changes_after(seen, 1000).await.unwrap();
            for change in batch {
                assert_eq!(change.id.0, seen.0 + 1, "a follower saw a gap");
                seen = change.id;
                count += 1;
            }
            tokio::task::yield_now().await;
        }
        for writer in writers {
            writer.await.unwrap();
        }
    })
    .await;
}

#[tokio::test]
async fn every_write_readers_see_is_logged_and_moves_the_content_version() {
    // Cached pages (the page lists, anonymous pages) stay while the content version does, so
    // a write that changes what a reader sees but skipped the log would be served stale.
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let section = discover(&store).await;
        let page = new_page(&store, section, "top").await;
        let member = store
            .write(Timestamp(3), async |work| {
                work.create_user(
                    &braid_store::NewUser {
                        public_id: "p".into(),
                        handle: braid_domain::accounts::Handle::new("ana").unwrap(),
                        display_name: String::new(),
                        pronouns: String::new(),
                        languages: String::new(),
                        region: String::new(),
                        password_hash: "h".into(),
                        status: braid_domain::accounts::AccountStatus::Active,
                        guidelines_accepted_at: None,
                    },
                    &[],
                    &audit("created"),
                )
                .await
            })
            .await
            .unwrap();
        let attachment = braid_store::AttachmentRecord {
            public_id: "abc".into(),
            page_id: page,
            uploader_id: Some(member),
            file_name: "photo.jpg".into(),
            kind: "jpeg".into(),
            size: 10,
            sha256: "00ff".into(),
            created_at: Timestamp(4),
            approved: true,
        };

        let mut expected = Vec::new();
        let mut version = store.content_version();
        let mut moved = |store: &braid_store::Store, what: &str| {
            let now = store.content_version();
            assert!(now > version, "{what} did not move the content version");
            version = now;
        };
        store
            .set_section_licence(section, braid_domain::wiki::Licence::Cc0, Timestamp(5))
            .await
            .unwrap();
        moved(&store, "a licence");
        expected.push((EntityKind::Section, section.0, ChangeAction::Updated));
        store
            .write(Timestamp(6), async |work| {
                work.set_page_labels(page, &["exercise".to_owned()]).await
            })
            .await
            .unwrap();
        moved(&store, "labels");
        expected.push((EntityKind::Page, page.0, ChangeAction::Updated));
        store
            .set_review_by(page, Some(Timestamp(1_000)), Timestamp(7))
            .await
            .unwrap();
        moved(&store, "a review-by date");
        expected.push((EntityKind::Page, page.0, ChangeAction::Updated));
        store.add_attachment(&attachment).await.unwrap();
        moved(&store, "an attachment");
        expected.push((EntityKind::Page, page.0, ChangeAction::Updated));
        store.delete_attachment("abc", Timestamp(8)).await.unwrap();
        moved(&store, "a deleted attachment");
        expected.push((EntityKind::Page, page.0, ChangeAction::Updated));
        store
            .delete_user(member, &audit("deleted"), Timestamp(9))
            .await
            .unwrap();
        moved(&store, "a deleted member");
        expected.push((EntityKind::Member, member.0, ChangeAction::Deleted));

        let logged: Vec<_> = store
            .changes_after(ChangeId(0), 100)
            .await
            .unwrap()
            .into_iter()
            .skip(2) // the section and the page
            .map(|c| (c.entity_kind.unwrap(), c.entity_id, c.action))
            .collect();
        assert_eq!(logged, expected);

        // Another process (another node, `braid admin`) learns of a change at its next look
        // at the log's end, and not before.
        let elsewhere = db.open_store().await;
        elsewhere.latest_change_id().await.unwrap();
        let before = elsewhere.content_version();
        store
            .write(Timestamp(10), async |work| {
                work.set_page_labels(page, &[]).await
            })
            .await
            .unwrap();
        assert_eq!(elsewhere.content_version(), before);
        elsewhere.latest_change_id().await.unwrap();
        assert!(elsewhere.content_version() > before);
        let seen = elsewhere.content_version();
        elsewhere.latest_change_id().await.unwrap();
        assert_eq!(elsewhere.content_version(), seen, "nothing new, no move");
    })
    .await;
}

#[tokio::test]
async fn a_change_confined_to_one_page_moves_that_page_alone_and_any_other_moves_every_page() {
    // What is kept of a page stays while its version does (issue 29): one page's new text
    // must not empty the rest, and anything else (a title, a tree, another process's
    // change) must reach every page.
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let section = discover(&store).await;
        let one = new_page(&store, section, "one").await;
        let two = new_page(&store, section, "two").await;
        // The server's look at the log's end: this process's own changes are not news.
        store.latest_change_id().await.unwrap();
        let versions = |store: &braid_store::Store| {
            (
                store.content_version(),
                store.structure_version(),
                store.page_version(one),
                store.page_version(two),
            )
        };
        let before = versions(&store);

        let mut work = store.unit_of_work(Timestamp(3));
        work.confine_to_page(one);
        work.set_page_labels(one, &["exercise".to_owned()])
            .await
            .unwrap();
        work.commit().await.unwrap();
        let after = versions(&store);
        assert!(after.0 > before.0, "the content version moves");
        assert_eq!(after.1, before.1, "the structure stays");
        assert!(after.2 > before.2, "the page's own version moves");
        assert_eq!(after.3, before.3, "the other page's stays");
        store.latest_change_id().await.unwrap();
        assert_eq!(versions(&store), after, "its own change is not news to it");

        // Declared confined, but it also logged another page: it is hub-wide after all.
        let mut work = store.unit_of_work(Timestamp(4));
        work.confine_to_page(one);
        work.set_page_labels(two, &["exercise".to_owned()])
            .await
            .unwrap();
        work.commit().await.unwrap();
        let hub_wide = versions(&store);
        assert!(hub_wide.1 > after.1 && hub_wide.2 > after.2 && hub_wide.3 > after.3);

        // Another process's change is hub-wide too, at this process's next look.
        let elsewhere = db.open_store().await;
        let mut work = elsewhere.unit_of_work(Timestamp(5));
        work.confine_to_page(one);
        work.set_page_labels(one, &[]).await.unwrap();
        work.commit().await.unwrap();
        assert_eq!(versions(&store), hub_wide, "not before the look");
        store.latest_change_id().await.unwrap();
        let seen = versions(&store);
        assert!(seen.1 > hub_wide.1 && seen.3 > hub_wide.3);
    })
    .await;
}

/// The section "discover", made through the store.
async fn discover(store: &braid_store::Store) -> braid_domain::ids::SectionId {
    store
        .create_section(
            &NewSection::new("discover", "Discover", "", SectionGroup::Phase, 1).unwrap(),
            Timestamp(1),
        )
        .await
        .unwrap()
        .id
}

/// A published page at `slug` in `section`, titled as its slug.
async fn new_page(
    store: &braid_store::Store,
    section: braid_domain::ids::SectionId,
    slug: &str,
) -> braid_domain::ids::PageId {
    store
        .write(Timestamp(2), async |work| {
            work.create_page(&braid_store::NewPage {
                language: "en",
                section_id: section,
                parent_id: None,
                slug,
                visibility: braid_domain::wiki::Visibility::Public,
                approved: true,
                revision: braid_store::NewRevision {
                    base_number: None,
                    author_id: None,
                    author_label: Some("Braid"),
                    title: slug,
                    body: "one\n",
                    summary: "",
                    links: &[],
                },
            })
            .await
        })
        .await
        .unwrap()
}

fn audit(kind: &'static str) -> braid_store::AuditEntry {
    braid_store::AuditEntry {
        user_id: None,
        actor_id: None,
        kind,
        detail: String::new(),
    }
}
