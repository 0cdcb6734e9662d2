//! Translations through the real services: a page's versions in other languages, outdated
//! down to the paragraph when the source changes, reviewed by a second translator, shown in
//! the reader's language in trees and links, and never more public than their source.

use std::sync::Arc;

use braid_app::search::{SearchIndex, SearchQuery};
use braid_app::wiki::{GlossaryTerm, PageDraft, PageEdit, TranslationOutcome, TranslationSave};
use braid_app::{AccountSettings, App, AppError, SecretString, SystemClock};
use braid_domain::accounts::Role;
use braid_domain::language::LanguageCode;
use braid_domain::policy::Actor;
use braid_domain::wiki::{TranslationState, Visibility};
use braid_store::testing::{TestDatabase, backends};

use crate::on_each_backend;

const PASSWORD: &str = "a long and quiet river";

const SOURCE: &str = "Start with what the organisation already does well.\n\n\
Ask who holds the keys to the office.\n\n\
Write down every account the team shares.\n\n\
Agree on a Signal group for trouble.";

fn draft(title: &str, body: &str, visibility: Visibility) -> PageDraft {
    PageDraft {
        title: title.to_owned(),
        body: body.to_owned(),
        summary: String::new(),
        parent: None,
        visibility,
        labels: String::new(),
        language: "en".to_owned(),
    }
}

async fn member(app: &App, handle: &str, role: Role) -> Actor {
    app.accounts()
        .create_member(
            &Actor::System,
            handle,
            &SecretString::new(PASSWORD.to_owned()),
            role,
        )
        .await
        .unwrap();
    let signed_in = app
        .accounts()
        .sign_in(handle, &SecretString::new(PASSWORD.to_owned()), "test")
        .await
        .unwrap()
        .into_signed_in()
        .unwrap();
    let current = app
        .accounts()
        .current_session(signed_in.token.reveal())
        .await
        .unwrap()
        .unwrap();
    Actor::Member(current.member)
}

/// A fresh section with the source page; returns the section's slug and the page's.
async fn hub_with_source(app: &App, visibility: Visibility) -> (String, String) {
    let wiki = app.wiki();
    app.add_section(
        &Actor::System,
        &braid_app::sections::SectionDraft {
            title: "Field notes".to_owned(),
            summary: String::new(),
            group: "practice".to_owned(),
        },
        "public",
    )
    .await
    .unwrap();
    let section = "field-notes".to_owned();
    let slug = wiki
        .create_page(
            &Actor::System,
            &section,
            &draft("First visit", SOURCE, visibility),
        )
        .await
        .unwrap();
    (section, slug)
}

fn save(
    title: &str,
    paragraphs: &[&str],
    source_revision: i64,
    base: Option<i64>,
) -> TranslationSave {
    TranslationSave {
        title: title.to_owned(),
        paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
        source_revision,
        base,
        draft: false,
        summary: String::new(),
    }
}

/// The page at `slug` as an anonymous reader sees it.
async fn read(app: &App, section: &str, slug: &str) -> braid_app::wiki::PageView {
    app.wiki()
        .page(&Actor::Anonymous, section, slug, None)
        .await
        .unwrap()
}

/// The translation editor's rows for `slug` into Spanish, as `actor` sees them.
async fn work_on(
    app: &App,
    actor: &Actor,
    section: &str,
    slug: &str,
) -> braid_app::wiki::TranslationWork {
    app.wiki()
        .translation_work(actor, section, slug, "es")
        .await
        .unwrap()
}

const SPANISH: [&str; 4] = [
    "Empieza por lo que la organización ya hace bien.",
    "Pregunta quién tiene las llaves de la oficina.",
    "Anota cada cuenta que comparte el equipo.",
    "Acordad un grupo de Signal para emergencias.",
];

async fn translate(app: &App, actor: &Actor, section: &str, slug: &str) -> String {
    let work = app
        .wiki()
        .translation_work(actor, section, slug, "es")
        .await
        .unwrap();
    assert_eq!(work.state, TranslationState::Missing);
    assert_eq!(work.rows.len(), 4, "one row per paragraph of the source");
    match app
        .wiki()
        .save_translation(
            actor,
            section,
            slug,
            "es",
            &save("Primera visita", &SPANISH, work.source_revision, None),
        )
        .await
        .unwrap()
    {
        TranslationOutcome::Saved(slug) => slug,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_source_edit_outdates_its_translation_and_marks_exactly_the_paragraphs_it_changed() {
    on_each_backend(|app| async move {
        app.initialise(false).await.unwrap();
        let (section, slug) = hub_with_source(&app, Visibility::Public).await;
        let translator = member(&app, "lucia", Role::Editor).await;
        let translated = translate(&app, &translator, &section, &slug).await;
        assert_eq!(translated, "first-visit-es");
        let view = read(&app, &section, &translated).await;
        let facts = view.translation.clone().unwrap();
        assert_eq!(facts.state, TranslationState::UpToDate);
        assert_eq!(facts.source.href, "/wiki/field-notes/first-visit");
        assert_eq!(view.page.language.as_str(), "es");
        let languages: Vec<_> = view
            .languages
            .iter()
            .map(|v| (v.language.as_str().to_owned(), v.state))
            .collect();
        assert_eq!(
            languages,
            [
                ("en".to_owned(), None),
                ("es".to_owned(), Some(TranslationState::UpToDate))
            ]
        );

        // The source changes: its second paragraph is rewritten and a paragraph is added.
        let source = app
            .wiki()
            .page(&Actor::System, &section, &slug, None)
            .await
            .unwrap();
        let edited = SOURCE
            .replace(
                "Ask who holds the keys to the office.",
                "Ask who holds the keys to the office and the server room.",
            )
            .replace(
                "Agree on a Signal group for trouble.",
                "Agree on a Signal group for trouble.\n\nCheck in again after a month.",
            );
        app.wiki()
            .save_page(
                &Actor::System,
                &section,
                &slug,
                &PageEdit {
                    base: source.revision.number,
                    title: source.revision.title.clone(),
                    body: edited,
                    summary: String::new(),
                    labels: None,
                    language: None,
                },
            )
            .await
            .unwrap();
        let view = read(&app, &section, &translated).await;
        assert_eq!(
            view.translation.unwrap().state,
            TranslationState::Outdated,
            "a newer source outdates the translation"
        );
        let work = work_on(&app, &translator, &section, &translated).await;
        let changed: Vec<usize> = work
            .rows
            .iter()
            .enumerate()
            .filter(|(_, row)| row.changed)
            .map(|(at, _)| at)
            .collect();
        assert_eq!(
            changed,
            [1, 4],
            "exactly the rewritten and the added paragraph"
        );
        assert_eq!(
            work.rows[1].was.as_deref(),
            Some("Ask who holds the keys to the office."),
            "the rewritten paragraph shows what it said before"
        );
        assert_eq!(
            work.rows[1].target, SPANISH[1],
            "and keeps its translation to rework"
        );
        assert_eq!(work.rows[3].target, SPANISH[3]);
        assert!(
            work.rows[4].target.is_empty(),
            "the new paragraph is untranslated"
        );

        // Bringing it up to date.
        let mut updated = SPANISH.to_vec();
        updated[1] = "Pregunta quién tiene las llaves de la oficina y de la sala del servidor.";
        updated.push("Vuelve a hablar con ellas al cabo de un mes.");
        let (_, base) = work.existing.clone().unwrap();
        app.wiki()
            .save_translation(
                &translator,
                &section,
                &translated,
                "es",
                &save("Primera visita", &updated, work.source_revision, Some(base)),
            )
            .await
            .unwrap();
        let view = read(&app, &section, &translated).await;
        assert_eq!(view.translation.unwrap().state, TranslationState::UpToDate);
        assert!(view.revision.body.contains("sala del servidor"));
    })
    .await;
}

#[tokio::test]
async fn a_second_translator_reviews_a_translation_and_untranslated_paragraphs_leave_a_draft() {
    on_each_backend(|app| async move {
        app.initialise(false).await.unwrap();
        let (section, slug) = hub_with_source(&app, Visibility::Public).await;
        let translator = member(&app, "lucia", Role::Editor).await;
        let reviewer = member(&app, "mateo", Role::Editor).await;
        let work = work_on(&app, &translator, &section, &slug).await;
        // Two paragraphs left empty: readers get the source's words there, and it is a draft.
        let TranslationOutcome::Saved(translated) = app
            .wiki()
            .save_translation(
                &translator,
                &section,
                &slug,
                "es",
                &save("Primera visita", &SPANISH[..2], work.source_revision, None),
            )
            .await
            .unwrap()
        else {
            panic!("not saved")
        };
        let view = read(&app, &section, &translated).await;
        assert_eq!(view.translation.unwrap().state, TranslationState::Draft);
        assert!(
            view.revision
                .body
                .contains("Agree on a Signal group for trouble.")
        );
        let refused = app
            .wiki()
            .review_translation(&reviewer, &section, &translated)
            .await;
        assert!(
            matches!(refused, Err(AppError::Conflict(_))),
            "a draft is not reviewed"
        );

        let work = work_on(&app, &translator, &section, &translated).await;
        let (_, base) = work.existing.unwrap();
        app.wiki()
            .save_translation(
                &translator,
                &section,
                &translated,
                "es",
                &save("Primera visita", &SPANISH, work.source_revision, Some(base)),
            )
            .await
            .unwrap();
        let own = app
            .wiki()
            .review_translation(&translator, &section, &translated)
            .await;
        assert!(
            matches!(own, Err(AppError::Invalid(_))),
            "its translator cannot review it: {own:?}"
        );
        app.wiki()
            .review_translation(&reviewer, &section, &translated)
            .await
            .unwrap();
        let view = read(&app, &section, &translated).await;
        assert_eq!(view.translation.unwrap().state, TranslationState::Reviewed);

        let dashboard = app
            .wiki()
            .translation_dashboard(&Actor::Anonymous, "es")
            .await
            .unwrap();
        let field_notes = dashboard
            .sections
            .iter()
            .find(|s| s.section.slug.as_str() == "field-notes")
            .unwrap();
        assert_eq!(field_notes.counts, [0, 0, 0, 0, 1], "one page, reviewed");
    })
    .await;
}

#[tokio::test]
async fn trees_and_links_follow_the_reader_s_language_and_fall_back_to_the_source() {
    on_each_backend(|app| async move {
        app.initialise(false).await.unwrap();
        let (section, slug) = hub_with_source(&app, Visibility::Public).await;
        app.wiki()
            .create_page(
                &Actor::System,
                &section,
                &draft(
                    "Second visit",
                    "Go back to [[First visit]].",
                    Visibility::Public,
                ),
            )
            .await
            .unwrap();
        let translator = member(&app, "lucia", Role::Editor).await;
        translate(&app, &translator, &section, &slug).await;
        let spanish = LanguageCode::new("es").unwrap();
        let persian = LanguageCode::new("fa").unwrap();

        let tree = |language: Option<LanguageCode>| {
            let app = &app;
            let section = section.clone();
            async move {
                app.wiki()
                    .section_tree(&Actor::Anonymous, &section, language.as_ref())
                    .await
                    .unwrap()
                    .pages
                    .into_iter()
                    .map(|link| (link.title, link.href))
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(
            tree(Some(spanish.clone())).await,
            [
                (
                    "Primera visita".to_owned(),
                    "/wiki/field-notes/first-visit-es".to_owned()
                ),
                (
                    "Second visit".to_owned(),
                    "/wiki/field-notes/second-visit".to_owned()
                ),
            ],
            "a Spanish reader gets the translation in the source's place, the rest as written"
        );
        assert_eq!(
            tree(Some(persian.clone())).await,
            tree(None).await,
            "without a Persian translation, the source"
        );
        assert_eq!(
            tree(None).await.len(),
            2,
            "a translation is no entry of its own"
        );

        let linking = |language: Option<LanguageCode>| {
            let app = &app;
            let section = section.clone();
            async move {
                app.wiki()
                    .page_in_full(
                        &Actor::Anonymous,
                        &section,
                        "second-visit",
                        None,
                        language.as_ref(),
                    )
                    .await
                    .unwrap()
                    .view
                    .rendered
                    .html
                    .clone()
            }
        };
        assert!(
            linking(Some(spanish))
                .await
                .contains("href=\"/wiki/field-notes/first-visit-es\""),
            "a link leads a Spanish reader to the translation"
        );
        assert!(
            linking(Some(persian))
                .await
                .contains("href=\"/wiki/field-notes/first-visit\""),
            "and others to the source"
        );
    })
    .await;
}

#[tokio::test]
async fn a_translation_is_never_readable_by_someone_who_cannot_read_its_source() {
    on_each_backend(|app| async move {
        app.initialise(false).await.unwrap();
        let (section, slug) = hub_with_source(&app, Visibility::Members).await;
        let translator = member(&app, "lucia", Role::Editor).await;
        let translated = translate(&app, &translator, &section, &slug).await;
        let hidden = app
            .wiki()
            .page(&Actor::Anonymous, &section, &translated, None)
            .await;
        assert!(matches!(hidden, Err(AppError::NotFound)), "{hidden:?}");
        assert!(
            app.wiki()
                .page(&translator, &section, &translated, None)
                .await
                .is_ok()
        );

        // A public source made members-only later takes its translations with it.
        app.wiki()
            .set_page_visibility(&Actor::System, &section, &slug, "public")
            .await
            .unwrap();
        assert!(
            app.wiki()
                .page(&Actor::Anonymous, &section, &translated, None)
                .await
                .is_ok()
        );
        app.wiki()
            .set_page_visibility(&Actor::System, &section, &slug, "editors")
            .await
            .unwrap();
        let member_reader = member(&app, "amal", Role::Member).await;
        let hidden = app
            .wiki()
            .page(&member_reader, &section, &translated, None)
            .await;
        assert!(matches!(hidden, Err(AppError::NotFound)), "{hidden:?}");
        let dashboard = app
            .wiki()
            .translation_dashboard(&member_reader, "es")
            .await
            .unwrap();
        assert!(
            dashboard
                .sections
                .iter()
                .all(|s| s.section.slug.as_str() != "field-notes"),
            "nor does the dashboard count it"
        );
    })
    .await;
}

#[tokio::test]
async fn search_finds_a_page_in_its_language_and_the_reader_s_translation_first() {
    for backend in backends() {
        let db = TestDatabase::create(backend).await;
        let index = SearchIndex::open(&db.data_dir.join("search")).unwrap();
        let app = App::new(
            db.open_store().await,
            Arc::new(SystemClock),
            AccountSettings::insecure_for_tests(),
        )
        .unwrap()
        .with_search(index);
        app.initialise(false).await.unwrap();
        app.prepare_search().await.unwrap();
        let (section, slug) = hub_with_source(&app, Visibility::Public).await;
        let translator = member(&app, "lucia", Role::Editor).await;
        translate(&app, &translator, &section, &slug).await;
        app.catch_up_search().await.unwrap();
        let found = |text: &str, language: &str| {
            let query = SearchQuery {
                text: text.to_owned(),
                reader_language: language.to_owned(),
                ..SearchQuery::default()
            };
            let app = &app;
            async move { app.search(&Actor::Anonymous, &query).await.unwrap() }
        };
        let spanish = found("llaves", "en").await;
        assert_eq!(
            spanish.hits.len(),
            1,
            "a Spanish word finds the translation"
        );
        assert_eq!(spanish.hits[0].href, "/wiki/field-notes/first-visit-es");
        // A name both share: the reader's language first.
        let hrefs = |found: braid_app::search::Found| {
            found
                .hits
                .into_iter()
                .map(|hit| hit.href)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            hrefs(found("signal", "es").await),
            [
                "/wiki/field-notes/first-visit-es",
                "/wiki/field-notes/first-visit"
            ]
        );
        assert_eq!(
            hrefs(found("signal", "en").await),
            [
                "/wiki/field-notes/first-visit",
                "/wiki/field-notes/first-visit-es"
            ]
        );
    }
}

#[tokio::test]
async fn the_editor_offers_the_glossary_s_terms_and_what_was_translated_before() {
    on_each_backend(|app| async move {
        app.initialise(false).await.unwrap();
        let (section, slug) = hub_with_source(&app, Visibility::Public).await;
        let translator = member(&app, "lucia", Role::Editor).await;
        let wiki = app.wiki();
        for (term, translation, keep) in [("Signal", "", true), ("keys", "llaves", false)] {
            wiki.save_glossary_term(
                &translator,
                "es",
                &GlossaryTerm {
                    id: 0,
                    term: term.to_owned(),
                    translation: translation.to_owned(),
                    note: String::new(),
                    keep_as_is: keep,
                },
            )
            .await
            .unwrap();
        }
        let empty = wiki
            .save_glossary_term(
                &translator,
                "es",
                &GlossaryTerm {
                    id: 0,
                    term: " ".to_owned(),
                    translation: "x".to_owned(),
                    note: String::new(),
                    keep_as_is: false,
                },
            )
            .await;
        assert!(matches!(empty, Err(AppError::Invalid(_))), "a term needs words");
        let work = work_on(&app, &translator, &section, &slug).await;
        let terms: Vec<Vec<&str>> = work
            .rows
            .iter()
            .map(|row| row.terms.iter().map(|t| t.term.as_str()).collect())
            .collect();
        assert_eq!(terms, [vec![], vec!["keys"], vec![], vec!["Signal"]]);

        // Translated once, a paragraph is offered wherever it comes again, and one like it
        // is offered as alike.
        translate(&app, &translator, &section, &slug).await;
        wiki.create_page(
            &Actor::System,
            &section,
            &draft(
                "Second visit",
                "Ask who holds the keys to the office.\n\nAsk who holds the keys to the archive.\n\nNothing like anything before.",
                Visibility::Public,
            ),
        )
        .await
        .unwrap();
        let work = work_on(&app, &translator, &section, "second-visit").await;
        let offered: Vec<Vec<(u8, &str)>> = work
            .rows
            .iter()
            .map(|row| {
                row.suggestions
                    .iter()
                    .map(|s| (s.likeness, s.target.as_str()))
                    .collect()
            })
            .collect();
        assert_eq!(offered[0], [(100, SPANISH[1])], "the same paragraph");
        assert_eq!(offered[1].len(), 1, "one like it: {offered:?}");
        assert!(offered[1][0].0 >= 60 && offered[1][0].0 < 100);
        assert!(offered[2].is_empty(), "nothing for a paragraph like none before");
    })
    .await;
}

#[tokio::test]
async fn suggestions_come_only_from_translations_the_translator_may_read() {
    on_each_backend(|app| async move {
        app.initialise(false).await.unwrap();
        let (section, slug) = hub_with_source(&app, Visibility::Editors).await;
        let editor = member(&app, "lucia", Role::Editor).await;
        translate(&app, &editor, &section, &slug).await;
        let wiki = app.wiki();
        wiki.create_page(
            &Actor::System,
            &section,
            &draft(
                "Open notes",
                "Ask who holds the keys to the office.",
                Visibility::Public,
            ),
        )
        .await
        .unwrap();
        let translator = member(&app, "amal", Role::Member).await;
        let work = work_on(&app, &translator, &section, "open-notes").await;
        assert!(
            work.rows[0].suggestions.is_empty(),
            "an editors-only page's words do not leak through the memory"
        );
        let work = work_on(&app, &editor, &section, "open-notes").await;
        assert_eq!(work.rows[0].suggestions.len(), 1, "its readers get them");
    })
    .await;
}

#[tokio::test]
async fn a_claim_tells_others_someone_is_translating_until_it_is_let_go() {
    on_each_backend(|app| async move {
        app.initialise(false).await.unwrap();
        let (section, slug) = hub_with_source(&app, Visibility::Public).await;
        let lucia = member(&app, "lucia", Role::Member).await;
        let mateo = member(&app, "mateo", Role::Member).await;
        let wiki = app.wiki();
        wiki.claim_translation(&lucia, &section, &slug, "es", true)
            .await
            .unwrap();
        let work = work_on(&app, &mateo, &section, &slug).await;
        let claim = work.claim.unwrap();
        assert_eq!(claim.handle, "lucia");
        assert!(!work.claimed_by_actor);
        let taken = wiki
            .claim_translation(&mateo, &section, &slug, "es", true)
            .await;
        assert!(matches!(taken, Err(AppError::Conflict(_))), "{taken:?}");
        // The dashboard tells members who is at it, and nobody else.
        let claimed = |actor: Actor| {
            let app = &app;
            async move {
                app.wiki()
                    .translation_dashboard(&actor, "es")
                    .await
                    .unwrap()
                    .next
                    .iter()
                    .filter_map(|todo| todo.claim.as_ref().map(|claim| claim.handle.clone()))
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(claimed(mateo.clone()).await, ["lucia"]);
        assert!(
            claimed(Actor::Anonymous).await.is_empty(),
            "handles are not public"
        );
        // Another language is free.
        wiki.claim_translation(&mateo, &section, &slug, "fr", true)
            .await
            .unwrap();
        wiki.claim_translation(&lucia, &section, &slug, "es", false)
            .await
            .unwrap();
        let work = work_on(&app, &mateo, &section, &slug).await;
        assert!(work.claim.is_none(), "let go");
    })
    .await;
}
