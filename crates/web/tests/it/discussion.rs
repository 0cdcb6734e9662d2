//! Discussion through the real router, services and database (issue 31): threads started,
//! held for a facilitator, approved, replied to with a quote, edited with their history kept,
//! answered, locked; categories open to members or to one role alone.

use braid_domain::accounts::Role;

use crate::TestApp;
use crate::wiki::{get, member, post};

/// The thread id and post id in a `…/{thread}#post-{post}` address.
fn ids(location: &str) -> (String, String) {
    let (path, post) = location.split_once("#post-").unwrap();
    (path.rsplit('/').next().unwrap().to_owned(), post.to_owned())
}

#[tokio::test]
async fn members_start_threads_that_wait_reply_quote_edit_and_answer() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let bo = member(&hub, "bo", Role::Member).await;
    let fay = member(&hub, "fay", Role::Facilitator).await;
    let category = "/discussion/ask-the-community";

    // A refused thread keeps what was typed.
    let (status, _, again) = post(
        &hub,
        &ana,
        &format!("{category}/threads"),
        &[("title", "Tor at the border"), ("body", "  ")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(again.contains("role=\"alert\"") && again.contains("value=\"Tor at the border\""));

    // Ana's first post waits for a facilitator: nobody else sees the thread.
    let (status, location, _) = post(
        &hub,
        &ana,
        &format!("{category}/threads"),
        &[
            ("title", "Tor at the border"),
            (
                "body",
                "Has anyone crossed with **Tor Browser** installed? <script>x</script>",
            ),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (thread, first) = ids(&location);
    let thread_path = format!("{category}/{thread}");
    let (status, mine) = get(&hub, &thread_path, Some(&ana.cookie)).await;
    assert_eq!(status, 200);
    assert!(mine.contains("waiting for a facilitator"), "{mine}");
    assert_eq!(get(&hub, &thread_path, Some(&bo.cookie)).await.0, 404);
    assert!(
        !get(&hub, category, Some(&bo.cookie))
            .await
            .1
            .contains("Tor at the border")
    );
    assert_eq!(get(&hub, &thread_path, None).await.0, 404, "members only");
    let index = get(&hub, "/discussion", Some(&bo.cookie)).await.1;
    assert!(
        index.contains("0 threads") && !index.contains("one thread"),
        "a waiting thread is not counted: {index}"
    );

    // Members cannot moderate; the facilitator approves from the queue.
    assert_eq!(get(&hub, "/moderation", Some(&bo.cookie)).await.0, 403);
    let queue = get(&hub, "/moderation", Some(&fay.cookie)).await.1;
    assert!(queue.contains("<strong>Tor Browser</strong>"), "{queue}");
    assert!(
        queue.contains("starts <a"),
        "it would start its thread: {queue}"
    );
    let (status, ..) = post(
        &hub,
        &bo,
        &format!("/posts/{first}/moderate"),
        &[("decision", "approve")],
    )
    .await;
    assert_eq!(
        status, 404,
        "a held post is not even visible to other members"
    );
    let (status, ..) = post(
        &hub,
        &fay,
        &format!("/posts/{first}/moderate"),
        &[("decision", "approve")],
    )
    .await;
    assert_eq!(status, 303);
    let seen = get(&hub, &thread_path, Some(&bo.cookie)).await.1;
    assert!(seen.contains("<strong>Tor Browser</strong>") && !seen.contains("<script>x"));
    let index = get(&hub, "/discussion", Some(&bo.cookie)).await.1;
    assert!(
        index.contains("one thread"),
        "counted once published: {index}"
    );
    assert!(
        get(&hub, category, Some(&bo.cookie))
            .await
            .1
            .contains("Tor at the border")
    );

    // Bo quotes Ana: the reply form starts from the quote; Bo's first post waits, then is
    // rejected with a note only Bo sees.
    let quoting = get(
        &hub,
        &format!("{thread_path}?quote={first}"),
        Some(&bo.cookie),
    )
    .await
    .1;
    assert!(
        quoting.contains("&#62; Has anyone crossed")
            && quoting.contains(&format!("name=\"quoted\" value=\"{first}\""))
    );
    let (status, location, _) = post(
        &hub,
        &bo,
        &format!("{thread_path}/reply"),
        &[
            ("body", "Buy a burner phone, cash only."),
            ("quoted", &first),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, rejected) = ids(&location);
    let queue = get(&hub, "/moderation", Some(&fay.cookie)).await.1;
    assert!(
        queue.contains("replies in <a"),
        "a reply, not a new thread: {queue}"
    );
    let (status, ..) = post(
        &hub,
        &fay,
        &format!("/posts/{rejected}/moderate"),
        &[
            ("decision", "reject"),
            ("note", "Please do not advise on buying phones here."),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert!(
        get(&hub, &thread_path, Some(&bo.cookie))
            .await
            .1
            .contains("Please do not advise")
    );
    assert!(
        !get(&hub, &thread_path, Some(&ana.cookie))
            .await
            .1
            .contains("burner")
    );

    // Ana has had a post published: her replies no longer wait, and quote a post.
    let (status, location, _) = post(
        &hub,
        &ana,
        &format!("{thread_path}/reply"),
        &[
            (
                "body",
                "> Has anyone\n\nAnswering myself: yes, with a bridge.",
            ),
            ("quoted", &first),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, answer) = ids(&location);
    let seen = get(&hub, &thread_path, Some(&bo.cookie)).await.1;
    assert!(
        seen.contains("with a bridge") && seen.contains("In reply to"),
        "{seen}"
    );

    // Editing keeps what the post said; only its author edits it.
    let (status, ..) = post(
        &hub,
        &bo,
        &format!("/posts/{answer}/edit"),
        &[("body", "hijacked")],
    )
    .await;
    assert_eq!(status, 403);
    let (status, _, again) = post(
        &hub,
        &ana,
        &format!("/posts/{answer}/edit"),
        &[("body", " ")],
    )
    .await;
    assert_eq!(status, 422, "an empty edit is refused");
    assert!(again.contains("role=\"alert\""));
    let (status, ..) = post(
        &hub,
        &ana,
        &format!("/posts/{answer}/edit"),
        &[("body", "Answering myself: yes, with an obfs4 bridge.")],
    )
    .await;
    assert_eq!(status, 303);
    let history = get(&hub, &format!("/posts/{answer}/history"), Some(&bo.cookie))
        .await
        .1;
    assert!(
        history.contains("obfs4") && history.contains("with a bridge."),
        "{history}"
    );

    // The thread's starter marks the answer; another member may not.
    let solved = format!("/threads/{thread}/solved");
    assert_eq!(post(&hub, &bo, &solved, &[("post", &answer)]).await.0, 403);
    assert_eq!(
        post(&hub, &ana, &solved, &[("post", &rejected)]).await.0,
        404,
        "a rejected post is no answer"
    );
    assert_eq!(post(&hub, &ana, &solved, &[("post", &answer)]).await.0, 303);
    assert!(
        get(&hub, category, Some(&bo.cookie))
            .await
            .1
            .contains("solved")
    );

    // Locked: members can no longer post; the facilitator still can.
    let lock = format!("/threads/{thread}/lock");
    assert_eq!(post(&hub, &ana, &lock, &[("on", "true")]).await.0, 403);
    assert_eq!(post(&hub, &fay, &lock, &[("on", "true")]).await.0, 303);
    let reply = format!("{thread_path}/reply");
    assert_eq!(
        post(&hub, &ana, &reply, &[("body", "One more thing")])
            .await
            .0,
        403
    );
    assert_eq!(
        post(&hub, &fay, &reply, &[("body", "Closing this, thanks all.")])
            .await
            .0,
        303
    );

    // Bo's export holds his posts, the rejected one with the note he was given.
    let export = get(&hub, "/account/export", Some(&bo.cookie)).await.1;
    assert!(
        export.contains("Buy a burner phone") && export.contains("Please do not advise"),
        "{export}"
    );

    // Announcements take new threads from facilitators only.
    let announce = "/discussion/announcements/threads";
    let fields = [
        ("title", "Community call"),
        ("body", "Thursday at 15:00 UTC."),
    ];
    assert_eq!(post(&hub, &ana, announce, &fields).await.0, 403);
    assert_eq!(post(&hub, &fay, announce, &fields).await.0, 303);
}

#[tokio::test]
async fn watchers_and_participants_are_told_of_new_posts_unless_they_muted_the_thread() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let bo = member(&hub, "bo", Role::Member).await;
    let cy = member(&hub, "cy", Role::Member).await;
    let fay = member(&hub, "fay", Role::Facilitator).await;
    let category = "/discussion/events";
    assert_eq!(
        post(
            &hub,
            &bo,
            &format!("{category}/watch"),
            &[("watching", "true")]
        )
        .await
        .0,
        303
    );
    assert!(
        get(&hub, category, Some(&bo.cookie))
            .await
            .1
            .contains("Stop watching")
    );
    let (_, location, _) = post(
        &hub,
        &fay,
        &format!("{category}/threads"),
        &[
            ("title", "Digital security school, Nairobi"),
            ("body", "Applications open."),
        ],
    )
    .await;
    let (thread, _) = ids(&location);
    let thread_path = format!("{category}/{thread}");
    hub.app.catch_up().await.unwrap();
    let told = get(&hub, "/notifications", Some(&bo.cookie)).await.1;
    assert!(
        told.contains("New post in") && told.contains("Digital security school"),
        "{told}"
    );
    assert!(
        !get(&hub, "/notifications", Some(&cy.cookie))
            .await
            .1
            .contains("Nairobi"),
        "not watching"
    );

    // Ana takes part (her post waits; approving it tells the others); then Bo mutes.
    let (_, location, _) = post(
        &hub,
        &ana,
        &format!("{thread_path}/reply"),
        &[("body", "Is there a travel fund?")],
    )
    .await;
    let (_, held) = ids(&location);
    hub.app.catch_up().await.unwrap();
    assert!(
        !get(&hub, "/notifications", Some(&bo.cookie))
            .await
            .1
            .contains("travel fund"),
        "held posts tell nobody"
    );
    post(
        &hub,
        &fay,
        &format!("/posts/{held}/moderate"),
        &[("decision", "approve")],
    )
    .await;
    hub.app.catch_up().await.unwrap();
    assert!(
        get(&hub, "/notifications", Some(&bo.cookie))
            .await
            .1
            .contains("travel fund")
    );
    assert!(
        get(&hub, "/notifications", Some(&fay.cookie))
            .await
            .1
            .contains("travel fund"),
        "the starter takes part"
    );
    assert_eq!(
        post(
            &hub,
            &bo,
            &format!("/threads/{thread}/mute"),
            &[("on", "true")]
        )
        .await
        .0,
        303
    );
    post(
        &hub,
        &fay,
        &format!("{thread_path}/reply"),
        &[("body", "Yes: write to the organisers.")],
    )
    .await;
    hub.app.catch_up().await.unwrap();
    assert!(
        !get(&hub, "/notifications", Some(&bo.cookie))
            .await
            .1
            .contains("write to the organisers"),
        "muted"
    );
    assert!(
        get(&hub, "/notifications", Some(&ana.cookie))
            .await
            .1
            .contains("write to the organisers")
    );
}

#[tokio::test]
async fn a_category_for_one_role_is_closed_to_everyone_else_admins_included() {
    let hub = TestApp::new().await;
    let fay = member(&hub, "fay", Role::Facilitator).await;
    let rita = member(&hub, "rita", Role::ResponseTeam).await;
    let adam = member(&hub, "adam", Role::Admin).await;
    let ana = member(&hub, "ana", Role::Member).await;

    assert_eq!(get(&hub, "/categories/new", Some(&ana.cookie)).await.0, 403);
    let mut fields = vec![
        ("slug", "response-team"),
        ("name", "Response team"),
        ("description", "Where the team coordinates."),
        ("readers", "roles"),
        ("starters", "readers"),
        ("moderation", "none"),
    ];
    let (status, _, again) = post(&hub, &fay, "/categories/new", &fields).await;
    assert_eq!(status, 422, "roles chosen but none ticked");
    assert!(again.contains("value=\"Response team\"") && again.contains("role=\"alert\""));
    fields.push(("role", "response_team"));
    assert_eq!(post(&hub, &ana, "/categories/new", &fields).await.0, 403);
    let (status, location, _) = post(&hub, &fay, "/categories/new", &fields).await;
    assert_eq!(
        (status, location.as_str()),
        (303, "/discussion/response-team")
    );
    let (status, ..) = post(&hub, &fay, "/categories/new", &fields).await;
    assert_eq!(status, 422, "the short name is taken");

    let (status, location, _) = post(
        &hub,
        &rita,
        "/discussion/response-team/threads",
        &[
            ("title", "Case 7 follow-up"),
            ("body", "Who calls the reporter back?"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let thread = location.split('#').next().unwrap().to_owned();
    for (who, cookie) in [
        ("facilitator", &fay.cookie),
        ("admin", &adam.cookie),
        ("member", &ana.cookie),
    ] {
        assert_eq!(get(&hub, &thread, Some(cookie)).await.0, 404, "{who}");
        assert!(
            !get(&hub, "/discussion", Some(cookie))
                .await
                .1
                .contains("Response team"),
            "{who}"
        );
    }
    assert_eq!(get(&hub, &thread, Some(&rita.cookie)).await.0, 200);
    assert!(
        get(&hub, "/discussion", Some(&rita.cookie))
            .await
            .1
            .contains("Response team")
    );

    // Widening it is a facilitator's decision, and takes effect at once.
    let (status, ..) = post(
        &hub,
        &fay,
        "/categories/response-team/settings",
        &[
            ("name", "Response team"),
            ("readers", "members"),
            ("starters", "readers"),
            ("moderation", "none"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(get(&hub, &thread, Some(&ana.cookie)).await.0, 200);
}
