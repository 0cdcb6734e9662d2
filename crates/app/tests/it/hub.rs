use crate::on_each_backend;
use braid_app::AppError;
use braid_domain::policy::Actor;

#[tokio::test]
async fn the_first_start_seeds_the_demo_community_once() {
    on_each_backend(|app| async move {
        assert!(app.initialise(true).await.unwrap());
        assert!(!app.initialise(true).await.unwrap());
        let titles: Vec<String> = app
            .sections(&Actor::Anonymous)
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.title)
            .collect();
        assert_eq!(
            titles,
            [
                "Discover",
                "Strategise",
                "Actualise",
                "Create Space & Buy-in",
                "Remote facilitation",
                "Well-being",
                "About",
                "Contribute",
                "Community guidelines"
            ]
        );
    })
    .await;
}

#[tokio::test]
async fn a_first_start_without_demo_stays_empty_for_good() {
    on_each_backend(|app| async move {
        assert!(app.initialise(false).await.unwrap());
        // A later start with the demo allowed must not fill an operator's real hub.
        assert!(!app.initialise(true).await.unwrap());
        assert!(app.sections(&Actor::Anonymous).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn sections_are_found_by_slug_and_by_words_in_any_case() {
    on_each_backend(|app| async move {
        app.initialise(true).await.unwrap();
        assert_eq!(
            app.readable_section(&Actor::Anonymous, "well-being")
                .await
                .unwrap()
                .title,
            "Well-being"
        );
        assert!(matches!(
            app.readable_section(&Actor::Anonymous, "missing").await,
            Err(AppError::NotFound)
        ));
        assert!(matches!(
            app.readable_section(&Actor::Anonymous, "../etc/passwd")
                .await,
            Err(AppError::NotFound)
        ));
        let found: Vec<String> = app
            .search_sections(&Actor::Anonymous, "RISK threats")
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.slug.as_str().to_owned())
            .collect();
        assert_eq!(found, ["strategise"]);
        assert!(
            app.search_sections(&Actor::Anonymous, "   ")
                .await
                .unwrap()
                .is_empty()
        );
    })
    .await;
}
