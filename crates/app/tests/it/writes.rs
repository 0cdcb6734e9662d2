//! One unit of work per write, and followers that apply each committed change exactly once
//! (issue 28). Failures are injected into the real database (a trigger that raises), never
//! by mocking the store.

use braid_app::App;
use braid_app::SecretString;
use braid_app::accounts::{InvitationState, JoinRequest};
use braid_app::watches::WatchTarget;
use braid_app::wiki::{PageDraft, PageEdit, SaveOutcome};
use braid_domain::accounts::Role;
use braid_domain::ids::ChangeId;
use braid_domain::policy::Actor;
use braid_domain::wiki::Visibility;
use braid_store::Store;
use braid_store::testing::{allow_writes_to, count_rows, fail_writes_to};

use crate::on_each_backend_with_store;

const PASSWORD: &str = "a long and quiet river";

async fn signed_in(app: &App, handle: &str, role: Role) -> Actor {
    let password = SecretString::new(PASSWORD.to_owned());
    app.accounts()
        .create_member(&Actor::System, handle, &password, role)
        .await
        .unwrap();
    let token = app
        .accounts()
        .sign_in(handle, &password, "test")
        .await
        .unwrap()
        .into_signed_in()
        .unwrap()
        .token;
    Actor::Member(
        app.accounts()
            .current_session(token.reveal())
            .await
            .unwrap()
            .unwrap()
            .member,
    )
}

/// A hub with an editor ("eve", whose edits are published at once) and a member ("bo") who
/// watches eve's page "Field notes". Returns them and the page's current revision.
async fn watched_page(app: &App) -> (Actor, Actor) {
    app.initialise(false).await.unwrap();
    let eve = signed_in(app, "eve", Role::Editor).await;
    let bo = signed_in(app, "bo", Role::Member).await;
    app.wiki()
        .create_page(
            &eve,
            "community-guidelines",
            &PageDraft {
                title: "Field notes".to_owned(),
                body: "First draft.\n".to_owned(),
                summary: String::new(),
                parent: None,
                visibility: Visibility::Members,
                labels: String::new(),
                language: "en".to_owned(),
            },
        )
        .await
        .unwrap();
    app.watch(
        &bo,
        "community-guidelines",
        "field-notes",
        WatchTarget::Page,
        true,
    )
    .await
    .unwrap();
    app.catch_up().await.unwrap();
    (eve, bo)
}

fn edit(base: i64, body: &str, labels: &str) -> PageEdit {
    PageEdit {
        base,
        title: "Field notes".to_owned(),
        body: body.to_owned(),
        summary: "second pass".to_owned(),
        labels: Some(labels.to_owned()),
        language: None,
    }
}

/// Eve saves a second draft of "Field notes", published at once.
async fn save_second_draft(app: &App, eve: &Actor) {
    app.wiki()
        .save_page(
            eve,
            "community-guidelines",
            "field-notes",
            &edit(1, "Second draft.\n", ""),
        )
        .await
        .unwrap();
}

/// What a save leaves behind: revisions, change-log rows, jobs, notifications.
async fn traces(store: &Store) -> [i64; 4] {
    [
        count_rows(store, "page_revisions").await,
        count_rows(store, "change_log").await,
        count_rows(store, "jobs").await,
        count_rows(store, "notifications").await,
    ]
}

#[tokio::test]
async fn a_page_save_is_one_commit_a_failure_after_the_revision_leaves_nothing() {
    on_each_backend_with_store(|app, store| async move {
        let (eve, bo) = watched_page(&app).await;
        let before = traces(&store).await;

        // The labels are written after the revision, in the same unit of work: make that
        // write fail.
        fail_writes_to(&store, "page_labels", None).await;
        let failed = app
            .wiki()
            .save_page(
                &eve,
                "community-guidelines",
                "field-notes",
                &edit(1, "Second draft.\n", "travel"),
            )
            .await;
        assert!(failed.is_err(), "{failed:?}");
        app.catch_up().await.unwrap();
        assert_eq!(
            traces(&store).await,
            before,
            "no revision, no change, no job, no notification"
        );
        let page = app
            .wiki()
            .page(&bo, "community-guidelines", "field-notes", None)
            .await
            .unwrap();
        assert_eq!(page.revision.number, 1);
        assert!(app.notifications(&bo).await.unwrap().is_empty());

        // The same save once the database takes it: everything at once.
        allow_writes_to(&store, "page_labels").await;
        let saved = app
            .wiki()
            .save_page(
                &eve,
                "community-guidelines",
                "field-notes",
                &edit(1, "Second draft.\n", "travel"),
            )
            .await
            .unwrap();
        assert_eq!(saved, SaveOutcome::Saved(2));
        let page = app
            .wiki()
            .page(&bo, "community-guidelines", "field-notes", None)
            .await
            .unwrap();
        assert_eq!(page.revision.number, 2);
        assert_eq!(page.labels, ["travel"]);
        app.catch_up().await.unwrap();
        let notices = app.notifications(&bo).await.unwrap();
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert_eq!(notices[0].detail, "second pass");
    })
    .await;
}

#[tokio::test]
async fn a_follower_that_fails_mid_apply_writes_nothing_and_later_applies_once() {
    on_each_backend_with_store(|app, store| async move {
        let (eve, bo) = watched_page(&app).await;
        save_second_draft(&app, &eve).await;

        // The fan-out writes bo's notification, then the cursor's move fails: the two are one
        // commit, so neither stays.
        fail_writes_to(&store, "change_log_cursors", Some("last_change_id")).await;
        assert!(app.catch_up().await.is_err());
        assert!(app.notifications(&bo).await.unwrap().is_empty());
        let admin = signed_in(&app, "ana", Role::Admin).await;
        let status = app.follower_status(&admin).await.unwrap();
        let notifications = status
            .iter()
            .find(|follower| follower.name == "notifications")
            .unwrap();
        assert!(notifications.lag > 0, "{status:?}");
        assert!(
            notifications
                .last_error
                .as_ref()
                .is_some_and(|(error, _)| error.contains("injected failure")),
            "{status:?}"
        );

        // Once it can move, the change is applied exactly once, however often it runs.
        allow_writes_to(&store, "change_log_cursors").await;
        app.catch_up().await.unwrap();
        app.catch_up().await.unwrap();
        assert_eq!(app.notifications(&bo).await.unwrap().len(), 1);
        let status = app.follower_status(&admin).await.unwrap();
        assert!(
            status
                .iter()
                .all(|follower| follower.last_error.is_none() && follower.lag >= 0),
            "{status:?}"
        );
        assert!(
            matches!(
                app.follower_status(&bo).await,
                Err(braid_app::AppError::Forbidden)
            ),
            "members do not see the hub's status"
        );
    })
    .await;
}

#[tokio::test]
async fn a_follower_started_afresh_catches_up_on_commits_it_never_saw_exactly_once() {
    on_each_backend_with_store(|app, store| async move {
        let (eve, bo) = watched_page(&app).await;
        save_second_draft(&app, &eve).await;
        // The process that committed the save is gone before its followers ran: a second
        // app on the same database (as after a restart) finds the change after the cursor.
        let cursor = store.change_cursor("notifications").await.unwrap();
        assert!(store.latest_change_id().await.unwrap() > cursor);
        drop(app);
        let restarted = App::new(
            store.clone(),
            std::sync::Arc::new(braid_app::SystemClock),
            braid_app::AccountSettings::insecure_for_tests(),
        )
        .unwrap();
        restarted.catch_up().await.unwrap();
        restarted.catch_up().await.unwrap();
        assert_eq!(restarted.notifications(&bo).await.unwrap().len(), 1);
        assert_eq!(
            store.change_cursor("notifications").await.unwrap(),
            store.latest_change_id().await.unwrap()
        );
        assert!(store.change_cursor("notifications").await.unwrap() > ChangeId(0));
    })
    .await;
}

#[tokio::test]
async fn joining_is_one_commit_a_session_that_fails_leaves_the_invitation_unused() {
    on_each_backend_with_store(|app, store| async move {
        app.initialise(false).await.unwrap();
        let (token, _) = app
            .accounts()
            .invite(&Actor::System, "", Role::Member)
            .await
            .unwrap();
        let join = || JoinRequest {
            handle: "newcomer".to_owned(),
            display_name: String::new(),
            pronouns: String::new(),
            languages: String::new(),
            region: String::new(),
            password: SecretString::new(PASSWORD.to_owned()),
            accepted_guidelines: true,
            device_label: "browser".to_owned(),
        };
        let users = count_rows(&store, "users").await;

        // The session is written after the account, in the same unit of work.
        fail_writes_to(&store, "sessions", None).await;
        assert!(app.accounts().join(token.reveal(), join()).await.is_err());
        assert_eq!(
            count_rows(&store, "users").await,
            users,
            "no account without a session"
        );
        assert!(matches!(
            app.accounts()
                .invitation_state(token.reveal())
                .await
                .unwrap(),
            InvitationState::Open { .. }
        ));

        // The same link works once the database takes the session.
        allow_writes_to(&store, "sessions").await;
        let signed_in = app.accounts().join(token.reveal(), join()).await.unwrap();
        assert!(
            app.accounts()
                .current_session(signed_in.token.reveal())
                .await
                .unwrap()
                .is_some()
        );
    })
    .await;
}

#[tokio::test]
async fn a_published_pages_new_text_moves_that_page_alone_and_a_new_title_moves_the_hub() {
    // What every reader's kept lists and other pages' finished copies hang on (issue 29): a
    // save of a page's text, with everything it sets off (the published revision, the
    // watcher's notification, the page's links), must leave the structure; a new title must
    // not.
    on_each_backend_with_store(|app, store| async move {
        let (eve, _bo) = watched_page(&app).await;
        let page = store
            .list_sections()
            .await
            .unwrap()
            .into_iter()
            .find(|section| section.slug.as_str() == "community-guidelines")
            .unwrap();
        let page = store
            .find_page(page.id, "field-notes")
            .await
            .unwrap()
            .unwrap()
            .id;
        app.notice_changes().await.unwrap();
        let (structure, own) = (app.structure_version(), app.page_version(page));

        save_second_draft(&app, &eve).await;
        app.catch_up().await.unwrap();
        app.notice_changes().await.unwrap();
        assert_eq!(app.structure_version(), structure, "the text alone");
        assert!(app.page_version(page) > own);

        let renamed = PageEdit {
            title: "Field notes, revised".to_owned(),
            ..edit(2, "Second draft.\n", "")
        };
        app.wiki()
            .save_page(&eve, "community-guidelines", "field-notes", &renamed)
            .await
            .unwrap();
        assert!(app.structure_version() > structure, "a new title");
    })
    .await;
}
