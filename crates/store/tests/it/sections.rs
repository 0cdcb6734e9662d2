use braid_domain::section::{NewSection, SectionGroup, SectionSlug};
use braid_domain::time::Timestamp;
use braid_store::StoreError;

use crate::on_each_backend;

fn section(slug: &str, position: i64) -> NewSection {
    NewSection::new(
        slug,
        &format!("Title of {slug}"),
        "Summary.",
        SectionGroup::Phase,
        position,
    )
    .unwrap()
}

#[tokio::test]
async fn sections_are_listed_in_position_order_and_found_by_slug() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        store
            .create_section(&section("strategise", 2), Timestamp(10))
            .await
            .unwrap();
        store
            .create_section(&section("discover", 1), Timestamp(11))
            .await
            .unwrap();
        let slugs: Vec<String> = store
            .list_sections()
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.slug.as_str().to_owned())
            .collect();
        assert_eq!(slugs, ["discover", "strategise"]);
        let found = store
            .find_section(&SectionSlug::new("discover").unwrap())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(found.title, "Title of discover");
        assert!(
            store
                .find_section(&SectionSlug::new("nowhere").unwrap())
                .await
                .unwrap()
                .is_none()
        );
    })
    .await;
}

#[tokio::test]
async fn a_duplicate_slug_is_a_conflict_and_writes_nothing() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        store
            .create_section(&section("discover", 1), Timestamp(1))
            .await
            .unwrap();
        let before = store.latest_change_id().await.unwrap();
        let error = store
            .create_section(&section("discover", 2), Timestamp(2))
            .await
            .unwrap_err();
        assert!(matches!(error, StoreError::Conflict { .. }), "{error:?}");
        assert_eq!(store.list_sections().await.unwrap().len(), 1);
        // The failed write left no change behind either.
        assert_eq!(store.latest_change_id().await.unwrap(), before);
    })
    .await;
}

#[tokio::test]
async fn an_instance_is_initialised_once() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        assert_eq!(store.initialised_at().await.unwrap(), None);
        let demo = [section("discover", 1), section("about", 2)];
        assert!(
            store
                .initialise_instance(&demo, Timestamp(5))
                .await
                .unwrap()
        );
        assert!(
            !store
                .initialise_instance(&demo, Timestamp(6))
                .await
                .unwrap()
        );
        assert_eq!(store.initialised_at().await.unwrap(), Some(Timestamp(5)));
        assert_eq!(store.list_sections().await.unwrap().len(), 2);
    })
    .await;
}
