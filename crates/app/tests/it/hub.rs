use crate::on_each_backend;
use braid_app::AppError;
use braid_app::sections::{Direction, SectionDraft};
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
        // Only the guidelines the join page asks newcomers to accept (issue 27).
        let sections = app.sections(&Actor::Anonymous).await.unwrap();
        let titles: Vec<&str> = sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Community guidelines"]);
        let guidelines = app
            .wiki()
            .page(
                &Actor::Anonymous,
                "community-guidelines",
                "code-of-conduct",
                None,
            )
            .await
            .unwrap();
        assert!(
            guidelines
                .rendered
                .html
                .contains("Consent and confidentiality first")
        );
    })
    .await;
}

#[tokio::test]
async fn editors_shape_a_fresh_hub_from_sections_they_add() {
    on_each_backend(|app| async move {
        app.initialise(false).await.unwrap();
        let draft = |title: &str, group: &str| SectionDraft {
            title: title.to_owned(),
            summary: format!("About {title}."),
            group: group.to_owned(),
        };
        assert!(matches!(
            app.add_section(&Actor::Anonymous, &draft("Legal", "phase"), "public")
                .await,
            Err(AppError::Forbidden)
        ));
        let editor = Actor::System;
        let legal = app
            .add_section(&editor, &draft("Legal support", "phase"), "public")
            .await
            .unwrap();
        assert_eq!(legal, "legal-support");
        // The same title again gets the next free address, not an error.
        let again = app
            .add_section(&editor, &draft("Legal support", "practice"), "members")
            .await
            .unwrap();
        assert_eq!(again, "legal-support-2");
        assert!(matches!(
            app.add_section(&editor, &draft("  ", "phase"), "public")
                .await,
            Err(AppError::Invalid(_))
        ));
        let order = |sections: Vec<braid_domain::section::Section>| -> Vec<String> {
            sections
                .into_iter()
                .map(|s| s.slug.as_str().to_owned())
                .collect()
        };
        assert_eq!(
            order(app.sections(&Actor::Anonymous).await.unwrap()),
            ["community-guidelines", "legal-support"],
            "the members-only section is hidden from readers"
        );

        // Moves pass the neighbour in the same group, as the home page lists them.
        app.move_section(&editor, "legal-support", Direction::Up)
            .await
            .unwrap();
        assert_eq!(
            order(app.sections_to_manage(&editor).await.unwrap()),
            ["community-guidelines", "legal-support", "legal-support-2"],
            "alone in its group: nothing to pass"
        );
        app.edit_section(&editor, "legal-support", &draft("Legal aid", "community"))
            .await
            .unwrap();
        app.move_section(&editor, "legal-support", Direction::Up)
            .await
            .unwrap();
        let sections = app.sections_to_manage(&editor).await.unwrap();
        assert_eq!(
            order(sections.clone()),
            ["legal-support", "community-guidelines", "legal-support-2"]
        );
        assert_eq!(sections[0].title, "Legal aid");
        assert_eq!(sections[0].group.as_str(), "community");

        // A section with pages, even deleted ones, stays.
        assert!(matches!(
            app.remove_section(&editor, "community-guidelines").await,
            Err(AppError::Invalid(_))
        ));
        app.remove_section(&editor, "legal-support-2")
            .await
            .unwrap();
        assert_eq!(
            order(app.sections_to_manage(&editor).await.unwrap()),
            ["legal-support", "community-guidelines"]
        );
    })
    .await;
}

#[tokio::test]
async fn sections_are_found_by_slug_and_by_words_in_any_case() {
    on_each_backend(|app| async move {
        app.initialise(true).await.unwrap();
        assert_eq!(
            app.wiki()
                .readable_section(&Actor::Anonymous, "well-being")
                .await
                .unwrap()
                .title,
            "Well-being"
        );
        assert!(matches!(
            app.wiki()
                .readable_section(&Actor::Anonymous, "missing")
                .await,
            Err(AppError::NotFound)
        ));
        assert!(matches!(
            app.wiki()
                .readable_section(&Actor::Anonymous, "../etc/passwd")
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

#[tokio::test]
async fn the_demo_community_has_pages_translated_and_linked_to_their_sources() {
    on_each_backend(|app| async move {
        app.initialise(true).await.unwrap();
        let arabic = braid_domain::language::LanguageCode::new("ar").unwrap();
        let view = app
            .wiki()
            .page_in(
                &Actor::Anonymous,
                "strategise",
                "risk-assessment",
                None,
                Some(&arabic),
            )
            .await
            .unwrap();
        let languages: Vec<(&str, Option<braid_domain::wiki::TranslationState>)> = view
            .languages
            .iter()
            .map(|version| (version.language.as_str(), version.state))
            .collect();
        assert_eq!(
            languages,
            [
                ("ar", Some(braid_domain::wiki::TranslationState::UpToDate)),
                ("en", None)
            ],
            "the reader's language first; every paragraph translated"
        );
        let tree = app
            .wiki()
            .section_tree(&Actor::Anonymous, "strategise", Some(&arabic))
            .await
            .unwrap();
        assert!(
            tree.pages.iter().any(|link| link.title == "تقييم المخاطر"),
            "an Arabic reader's tree shows the translation"
        );
    })
    .await;
}
