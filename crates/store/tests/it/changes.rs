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
