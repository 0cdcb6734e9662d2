//! SECURITY-PLAN T18: every route × {anonymous, member, editor, facilitator, response team,
//! admin, suspended} gets exactly the expected status, through the real router and services.
//! The routes are read from the router's source, so a new route without an entry here fails.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::Request;
use braid_app::SecretString;
use braid_domain::accounts::Role;
use braid_domain::policy::Actor;

use crate::{ORIGIN, TestApp, text};

const PASSWORD: &str = "a long and quiet river";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    Member,
    Editor,
    Facilitator,
    ResponseTeam,
    Admin,
    Suspended,
}

const EVERYONE: [Who; 7] = [
    Who::Anonymous,
    Who::Member,
    Who::Editor,
    Who::Facilitator,
    Who::ResponseTeam,
    Who::Admin,
    Who::Suspended,
];

impl Who {
    fn handle(self) -> Option<&'static str> {
        match self {
            Who::Anonymous => None,
            Who::Member => Some("mem"),
            Who::Editor => Some("edi"),
            Who::Facilitator => Some("fac"),
            Who::ResponseTeam => Some("res"),
            Who::Admin => Some("adm"),
            Who::Suspended => Some("sus"),
        }
    }

    /// Signed in with a live session (a suspended member's session ended with the suspension).
    fn signed_in(self) -> bool {
        !matches!(self, Who::Anonymous | Who::Suspended)
    }
}

/// Expected statuses: for everyone; for anonymous vs signed-in; or with admins (or editors)
/// apart.
fn all(status: u16) -> impl Fn(Who) -> u16 {
    move |_| status
}
fn members(anonymous: u16, signed_in: u16) -> impl Fn(Who) -> u16 {
    move |who| {
        if who.signed_in() {
            signed_in
        } else {
            anonymous
        }
    }
}
fn admins(anonymous: u16, others: u16, admin: u16) -> impl Fn(Who) -> u16 {
    move |who| match who {
        Who::Admin => admin,
        who if who.signed_in() => others,
        _ => anonymous,
    }
}

/// Facilitators and admins apart (they moderate the discussion).
fn moderators(anonymous: u16, others: u16, moderator: u16) -> impl Fn(Who) -> u16 {
    move |who| match who {
        Who::Admin | Who::Facilitator => moderator,
        who if who.signed_in() => others,
        _ => anonymous,
    }
}

/// One role apart from the other signed-in roles.
fn only(role: Who, status: u16, others: u16, anonymous: u16) -> impl Fn(Who) -> u16 {
    move |who| match who {
        who if who == role => status,
        who if who.signed_in() => others,
        _ => anonymous,
    }
}

/// A moderation note longer than the 2,000 characters allowed, as a form field.
static TOO_LONG_NOTE: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| format!("decision=approve&note={}", "x".repeat(2001)));

fn editors(anonymous: u16, others: u16, editor: u16) -> impl Fn(Who) -> u16 {
    move |who| match who {
        Who::Admin | Who::Editor => editor,
        who if who.signed_in() => others,
        _ => anonymous,
    }
}

struct Case {
    method: &'static str,
    route: &'static str,
    path: String,
    form: &'static str,
    expect: Box<dyn Fn(Who) -> u16>,
}

fn case(
    method: &'static str,
    route: &'static str,
    path: &str,
    form: &'static str,
    expect: impl Fn(Who) -> u16 + 'static,
) -> Case {
    Case {
        method,
        route,
        path: path.to_owned(),
        form,
        expect: Box::new(expect),
    }
}

/// The router's source: `src/lib.rs` and every handler module (each may have its own
/// `routes()`).
fn router_source() -> String {
    let src = crate::crate_dir().join("src");
    let mut source = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let mut folders = vec![src.join("handlers")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                source.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
    }
    source
}

/// `(method, path)` of every route registered in the router's source.
fn routes_in_source() -> BTreeSet<(String, String)> {
    let source = router_source();
    let mut routes = BTreeSet::new();
    for piece in source.split(".route(").skip(1) {
        let path = piece.split('"').nth(1).unwrap().to_owned();
        // The call's text up to its closing parenthesis.
        let mut depth = 1;
        let end = piece
            .char_indices()
            .find(|&(_, c)| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .map(|(i, _)| i)
            .unwrap();
        let call = &piece[..end];
        for method in ["get", "post", "put", "patch", "delete"] {
            if call.contains(&format!("{method}(")) {
                routes.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    routes
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_policy_says() {
    let hub = TestApp::new().await;
    let app = &hub.app;
    let password = SecretString::new(PASSWORD.to_owned());
    for (who, role) in [
        (Who::Member, Role::Member),
        (Who::Editor, Role::Editor),
        (Who::Facilitator, Role::Facilitator),
        (Who::ResponseTeam, Role::ResponseTeam),
        (Who::Admin, Role::Admin),
        (Who::Suspended, Role::Member),
    ] {
        app.accounts()
            .create_member(&Actor::System, who.handle().unwrap(), &password, role)
            .await
            .unwrap();
    }
    app.accounts()
        .create_member(&Actor::System, "vic", &password, Role::Member)
        .await
        .unwrap();
    let suspended_cookie = sign_in(&hub, "sus").await;
    app.accounts()
        .suspend(&Actor::System, "sus", "matrix test")
        .await
        .unwrap();
    // Someone else's session, for the revoke route.
    let victim_session = {
        let signed_in = app
            .accounts()
            .sign_in("vic", &password, "x")
            .await
            .unwrap()
            .into_signed_in()
            .unwrap();
        app.accounts()
            .current_session(signed_in.token.reveal())
            .await
            .unwrap()
            .unwrap()
            .session
            .0
    };
    // A newcomer's edit waiting for review (revision 2 of one page) and one sent back
    // (revision 2 of another): seen by their author and editors only (issue 27, finding 3).
    {
        let (token, _) = app
            .accounts()
            .invite(&Actor::System, "matrix", Role::Member)
            .await
            .unwrap();
        let joined = app
            .accounts()
            .join(
                token.reveal(),
                braid_app::accounts::JoinRequest {
                    handle: "nel".to_owned(),
                    display_name: String::new(),
                    pronouns: String::new(),
                    languages: String::new(),
                    region: String::new(),
                    password: password.clone(),
                    accepted_guidelines: true,
                    device_label: "x".to_owned(),
                },
            )
            .await
            .unwrap();
        let newcomer = Actor::Member(
            app.accounts()
                .current_session(joined.token.reveal())
                .await
                .unwrap()
                .unwrap()
                .member,
        );
        for (section, slug, title) in [
            ("discover", "first-conversations", "First conversations"),
            ("strategise", "risk-assessment", "Risk assessment"),
        ] {
            let edit = braid_app::wiki::PageEdit {
                base: 1,
                title: title.to_owned(),
                body: "Unreviewed text.".to_owned(),
                summary: String::new(),
                labels: None,
                language: None,
            };
            app.wiki()
                .save_page(&newcomer, section, slug, &edit)
                .await
                .unwrap();
        }
        let sent_back = app
            .wiki()
            .review_queue(&Actor::System)
            .await
            .unwrap()
            .into_iter()
            .find(|item| item.page.slug == "risk-assessment")
            .unwrap();
        app.wiki()
            .send_back_revision(&Actor::System, sent_back.page.id, 2, "matrix")
            .await
            .unwrap();
    }
    // A thread a facilitator started (published at once), a newcomer's reply waiting for a
    // facilitator, and a thread in a category only the response team reads.
    let (thread, post, held, team_thread) = {
        let discussion = app.discussion();
        let facilitator = actor_of(&hub, "fac").await;
        let responder = actor_of(&hub, "res").await;
        let newcomer = actor_of(&hub, "nel").await;
        let started = discussion
            .start_thread(&facilitator, "ask-the-community", "Matrix", "First post.")
            .await
            .unwrap();
        let held = discussion
            .reply(&newcomer, started.thread, None, "Waiting.")
            .await
            .unwrap();
        assert!(held.held);
        discussion
            .create_category(
                &Actor::System,
                "response-team",
                &braid_app::discussion::CategoryDraft {
                    name: "Response team".to_owned(),
                    readers: "roles".to_owned(),
                    roles: vec!["response_team".to_owned()],
                    starters: "readers".to_owned(),
                    moderation: "none".to_owned(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        let team = discussion
            .start_thread(&responder, "response-team", "Case", "Private.")
            .await
            .unwrap();
        (started.thread.0, started.post.0, held.post.0, team.thread.0)
    };
    let thread_path = format!("/discussion/ask-the-community/{thread}");
    let html = text(hub.get("/").await).await;
    let style = html
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();

    let cases = vec![
        case("GET", "/", "/", "", all(200)),
        case("GET", "/wiki/{section}", "/wiki/discover", "", all(200)),
        case(
            "GET",
            "/wiki/{section}/new",
            "/wiki/discover/new",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/wiki/{section}/new",
            "/wiki/discover/new",
            "title=&body=x",
            members(303, 422),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}",
            "/wiki/discover/first-conversations",
            "",
            all(200),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}/edit",
            "/wiki/discover/first-conversations/edit",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/edit",
            "/wiki/discover/first-conversations/edit",
            "base=1&title=&body=x",
            members(303, 422),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}",
            "/wiki/discover/first-conversations?revision=2",
            "",
            editors(404, 404, 200),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}",
            "/wiki/strategise/risk-assessment?revision=2",
            "",
            editors(404, 404, 200),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}/diff",
            "/wiki/strategise/risk-assessment/diff?from=1&to=2",
            "",
            editors(404, 404, 200),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}/history",
            "/wiki/discover/first-conversations/history",
            "",
            all(200),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}/diff",
            "/wiki/discover/first-conversations/diff",
            "",
            all(200),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/restore",
            "/wiki/discover/first-conversations/restore",
            "revision=1",
            members(303, 303),
        ),
        case("GET", "/search", "/search?q=risk", "", all(200)),
        case(
            "GET",
            "/search/suggest",
            "/search/suggest?q=ri",
            "",
            all(200),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/delete",
            "/wiki/discover/no-such-page/delete",
            "",
            editors(303, 403, 404),
        ),
        case(
            "GET",
            "/recycle-bin",
            "/recycle-bin",
            "",
            editors(303, 403, 200),
        ),
        case("GET", "/review", "/review", "", editors(303, 403, 200)),
        case("GET", "/labels", "/labels", "", all(200)),
        case("GET", "/wanted-pages", "/wanted-pages", "", all(200)),
        case(
            "POST",
            "/wiki/{section}/visibility",
            "/wiki/discover/visibility",
            "visibility=unknown",
            editors(303, 403, 400),
        ),
        case(
            "POST",
            "/wiki/{section}/licence",
            "/wiki/discover/licence",
            "licence=unknown",
            editors(303, 403, 400),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/watch",
            "/wiki/discover/first-conversations/watch",
            "target=page&on=false",
            members(303, 303),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/review-by",
            "/wiki/discover/first-conversations/review-by",
            "date=not-a-date",
            editors(303, 403, 422),
        ),
        case(
            "GET",
            "/notifications",
            "/notifications",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/notifications/read",
            "/notifications/read",
            "",
            members(303, 303),
        ),
        case("GET", "/review-due", "/review-due", "", all(200)),
        case(
            "POST",
            "/wiki/{section}/{page}/attachments",
            "/wiki/discover/first-conversations/attachments",
            "",
            members(303, 400),
        ),
        case(
            "GET",
            "/attachments/{id}/{name}",
            "/attachments/nosuchid/x.png",
            "",
            all(404),
        ),
        case(
            "POST",
            "/attachments/{id}/delete",
            "/attachments/nosuchid/delete",
            "",
            members(303, 404),
        ),
        case(
            "GET",
            "/labels/{label}",
            "/labels/no-such-label",
            "",
            all(404),
        ),
        case(
            "GET",
            "/templates",
            "/templates",
            "",
            editors(303, 403, 200),
        ),
        case(
            "POST",
            "/templates",
            "/templates",
            "name=&body=x",
            editors(303, 403, 422),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/visibility",
            "/wiki/discover/first-conversations/visibility",
            "visibility=public",
            editors(303, 403, 303),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/suppress",
            "/wiki/discover/first-conversations/suppress",
            "revision=1&reason=matrix",
            admins(303, 403, 422),
        ),
        case(
            "POST",
            "/attachments/{id}/approve",
            "/attachments/nosuchfile/approve",
            "",
            editors(303, 403, 404),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}/links-here",
            "/wiki/strategise/risk-assessment/links-here",
            "",
            all(200),
        ),
        case(
            "GET",
            "/translations",
            "/translations?language=fa",
            "",
            all(200),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}/translate",
            "/wiki/discover/first-conversations/translate",
            "",
            members(303, 200),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}/translate/{language}",
            "/wiki/discover/first-conversations/translate/fa",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/translate/{language}",
            "/wiki/discover/first-conversations/translate/fa",
            "source_revision=999&title=x&p=y",
            members(303, 400),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/translate/{language}/claim",
            "/wiki/discover/first-conversations/translate/fa/claim",
            "intent=release",
            members(303, 303),
        ),
        case(
            "GET",
            "/translations/glossary",
            "/translations/glossary?language=fa",
            "",
            all(200),
        ),
        case(
            "POST",
            "/translations/glossary",
            "/translations/glossary",
            "language=fa&term=&translation=",
            members(303, 422),
        ),
        case(
            "POST",
            "/translations/glossary/remove",
            "/translations/glossary/remove",
            "language=fa&id=0",
            members(303, 303),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/review-translation",
            "/wiki/discover/first-conversations/review-translation",
            "",
            members(303, 404),
        ),
        case("GET", "/discussion", "/discussion", "", all(200)),
        case(
            "GET",
            "/discussion/{category}",
            "/discussion/ask-the-community",
            "",
            members(404, 200),
        ),
        case(
            "GET",
            "/discussion/{category}",
            "/discussion/response-team",
            "",
            only(Who::ResponseTeam, 200, 404, 404),
        ),
        case(
            "POST",
            "/discussion/{category}/threads",
            "/discussion/ask-the-community/threads",
            "title=&body=",
            members(303, 422),
        ),
        case(
            "POST",
            "/discussion/{category}/threads",
            "/discussion/announcements/threads",
            "title=x&body=y",
            moderators(303, 403, 303),
        ),
        case(
            "POST",
            "/discussion/{category}/watch",
            "/discussion/ask-the-community/watch",
            "watching=false",
            members(303, 303),
        ),
        case(
            "GET",
            "/account/email",
            "/account/email",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/account/email",
            "/account/email",
            "email=x%40example.org&current_password=wrong",
            members(303, 422),
        ),
        case(
            "GET",
            "/account/email/confirm/{token}",
            "/account/email/confirm/braid_e_unknown",
            "",
            all(200),
        ),
        case(
            "POST",
            "/account/email/confirm/{token}",
            "/account/email/confirm/braid_e_unknown",
            "",
            all(404),
        ),
        case(
            "POST",
            "/discussion/{category}/delivery",
            "/discussion/ask-the-community/delivery",
            "mode=web",
            members(303, 303),
        ),
        case(
            "GET",
            "/unsubscribe/{token}",
            "/unsubscribe/1.1.forged",
            "",
            all(404),
        ),
        case(
            "POST",
            "/unsubscribe/{token}",
            "/unsubscribe/1.1.forged",
            "List-Unsubscribe=One-Click",
            all(404),
        ),
        case(
            "GET",
            "/discussion/{category}/{thread}",
            &thread_path,
            "",
            members(404, 200),
        ),
        case(
            "GET",
            "/discussion/{category}/{thread}",
            &format!("/discussion/response-team/{team_thread}"),
            "",
            only(Who::ResponseTeam, 200, 404, 404),
        ),
        case(
            "POST",
            "/discussion/{category}/{thread}/reply",
            &format!("{thread_path}/reply"),
            "body=",
            members(303, 422),
        ),
        case(
            "POST",
            "/threads/{thread}/mute",
            &format!("/threads/{thread}/mute"),
            "on=false",
            members(303, 303),
        ),
        case(
            "POST",
            "/threads/{thread}/solved",
            &format!("/threads/{thread}/solved"),
            "",
            moderators(303, 403, 303),
        ),
        case(
            "POST",
            "/threads/{thread}/lock",
            &format!("/threads/{thread}/lock"),
            "on=false",
            moderators(303, 403, 303),
        ),
        case(
            "GET",
            "/posts/{post}/edit",
            &format!("/posts/{post}/edit"),
            "",
            only(Who::Facilitator, 200, 403, 303),
        ),
        case(
            "POST",
            "/posts/{post}/edit",
            &format!("/posts/{post}/edit"),
            "body=",
            only(Who::Facilitator, 422, 403, 303),
        ),
        case(
            "POST",
            "/posts/{post}/delete",
            "/posts/999999/delete",
            "",
            members(303, 404),
        ),
        case(
            "GET",
            "/posts/{post}/history",
            &format!("/posts/{post}/history"),
            "",
            members(404, 200),
        ),
        case(
            "POST",
            "/posts/{post}/moderate",
            &format!("/posts/{held}/moderate"),
            TOO_LONG_NOTE.as_str(),
            moderators(303, 404, 422),
        ),
        case(
            "GET",
            "/moderation",
            "/moderation",
            "",
            moderators(303, 403, 200),
        ),
        case(
            "GET",
            "/categories/new",
            "/categories/new",
            "",
            moderators(303, 403, 200),
        ),
        case(
            "POST",
            "/categories/new",
            "/categories/new",
            "slug=x&name=&readers=members&starters=readers&moderation=none",
            moderators(303, 403, 422),
        ),
        case(
            "GET",
            "/categories/{category}/settings",
            "/categories/events/settings",
            "",
            moderators(303, 403, 200),
        ),
        case(
            "POST",
            "/categories/{category}/settings",
            "/categories/events/settings",
            "name=&readers=members&starters=readers&moderation=none",
            moderators(303, 403, 422),
        ),
        case("GET", "/sections", "/sections", "", editors(303, 403, 200)),
        case(
            "POST",
            "/sections",
            "/sections",
            "title=&group=phase&visibility=public",
            editors(303, 403, 422),
        ),
        case(
            "POST",
            "/sections/{section}",
            "/sections/discover",
            "intent=remove",
            editors(303, 403, 422),
        ),
        case(
            "POST",
            "/review",
            "/review",
            "page=999999&revision=1&decision=approve",
            editors(303, 403, 404),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}/move",
            "/wiki/discover/first-conversations/move",
            "",
            editors(303, 403, 200),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/move",
            "/wiki/discover/first-conversations/move",
            "section=discover&parent=first-conversations",
            editors(303, 403, 422),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/reorder",
            "/wiki/discover/no-such-page/reorder",
            "direction=up",
            editors(303, 403, 404),
        ),
        case(
            "POST",
            "/wiki/{section}/{page}/comments",
            "/wiki/discover/first-conversations/comments",
            "body=",
            members(303, 422),
        ),
        case(
            "POST",
            "/comments/{id}/edit",
            "/comments/999999/edit",
            "body=x",
            members(303, 404),
        ),
        case(
            "POST",
            "/comments/{id}/delete",
            "/comments/999999/delete",
            "",
            members(303, 404),
        ),
        case(
            "POST",
            "/comments/{id}/resolve",
            "/comments/999999/resolve",
            "resolved=true",
            members(303, 404),
        ),
        case(
            "POST",
            "/recycle-bin/restore",
            "/recycle-bin/restore",
            "page=999999",
            editors(303, 403, 404),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}/export.md",
            "/wiki/discover/first-conversations/export.md",
            "",
            all(200),
        ),
        case(
            "GET",
            "/wiki/{section}/{page}/export.html",
            "/wiki/discover/first-conversations/export.html",
            "",
            all(200),
        ),
        case("GET", "/recent-changes", "/recent-changes", "", all(200)),
        case(
            "GET",
            "/recent-changes.atom",
            "/recent-changes.atom",
            "",
            all(200),
        ),
        case("GET", "/sign-in", "/sign-in", "", members(200, 303)),
        case(
            "POST",
            "/sign-in",
            "/sign-in",
            "handle=nobody&password=x",
            all(401),
        ),
        case(
            "POST",
            "/sign-in/code",
            "/sign-in/code",
            "challenge=braid_c_x&code=123456",
            all(401),
        ),
        case(
            "POST",
            "/sign-in/passkey",
            "/sign-in/passkey",
            "",
            members(200, 303),
        ),
        case(
            "POST",
            "/sign-in/passkey/finish",
            "/sign-in/passkey/finish",
            "token=braid_k_x&answer=%7B%7D",
            all(401),
        ),
        case("POST", "/sign-out", "/sign-out", "", all(303)),
        case(
            "GET",
            "/account/password",
            "/account/password",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/account/password",
            "/account/password",
            "current_password=wrong&new_password=x",
            members(303, 422),
        ),
        case(
            "GET",
            "/account/two-factor",
            "/account/two-factor",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/account/two-factor/start",
            "/account/two-factor/start",
            "current_password=wrong",
            members(303, 422),
        ),
        case(
            "POST",
            "/account/two-factor/confirm",
            "/account/two-factor/confirm",
            "code=123456",
            members(303, 303),
        ),
        case(
            "POST",
            "/account/two-factor/remove",
            "/account/two-factor/remove",
            "current_password=wrong",
            members(303, 422),
        ),
        case(
            "POST",
            "/account/passkeys/start",
            "/account/passkeys/start",
            "current_password=wrong",
            members(303, 422),
        ),
        case(
            "POST",
            "/account/passkeys/finish",
            "/account/passkeys/finish",
            "token=braid_k_x&answer=%7B%7D",
            members(303, 422),
        ),
        case(
            "POST",
            "/account/passkeys/remove",
            "/account/passkeys/remove",
            "passkey=1&current_password=wrong",
            members(303, 422),
        ),
        case(
            "GET",
            "/join/{token}",
            "/join/braid_inv_forged",
            "",
            all(404),
        ),
        case(
            "POST",
            "/join/{token}",
            "/join/braid_inv_forged",
            "handle=x&password=y",
            all(404),
        ),
        case("GET", "/welcome", "/welcome", "", members(303, 200)),
        case("GET", "/account", "/account", "", members(303, 200)),
        case(
            "GET",
            "/account/sessions",
            "/account/sessions",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/account/sessions/{id}/revoke",
            &format!("/account/sessions/{victim_session}/revoke"),
            "",
            members(303, 404),
        ),
        case(
            "POST",
            "/account/sessions/revoke-others",
            "/account/sessions/revoke-others",
            "",
            members(303, 303),
        ),
        case(
            "GET",
            "/invitations/new",
            "/invitations/new",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/invitations",
            "/invitations",
            "note=matrix",
            members(303, 200),
        ),
        case("GET", "/members", "/members", "", members(303, 200)),
        case(
            "POST",
            "/members/vouch",
            "/members/vouch",
            "handle=vic",
            members(303, 404),
        ),
        case(
            "POST",
            "/admin/second-factor-policy",
            "/admin/second-factor-policy",
            "",
            admins(303, 403, 303),
        ),
        case(
            "GET",
            "/account/profile",
            "/account/profile",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/account/profile",
            "/account/profile",
            "display_name=Matrix",
            members(303, 200),
        ),
        case(
            "POST",
            "/invitations/withdraw",
            "/invitations/withdraw",
            "invitation=999999",
            members(303, 404),
        ),
        case(
            "GET",
            "/account/export",
            "/account/export",
            "",
            members(303, 200),
        ),
        case(
            "GET",
            "/account/delete",
            "/account/delete",
            "",
            members(303, 200),
        ),
        case(
            "POST",
            "/account/delete",
            "/account/delete",
            "current_password=wrong&understood=yes",
            members(303, 422),
        ),
        case(
            "GET",
            "/admin/audit",
            "/admin/audit",
            "",
            admins(303, 403, 200),
        ),
        case(
            "GET",
            "/admin/status",
            "/admin/status",
            "",
            admins(303, 403, 200),
        ),
        case(
            "GET",
            "/admin/members",
            "/admin/members",
            "",
            admins(303, 403, 200),
        ),
        case(
            "POST",
            "/admin/members/role",
            "/admin/members/role",
            "handle=vic&role=editor",
            admins(303, 403, 303),
        ),
        case(
            "POST",
            "/admin/members/suspend",
            "/admin/members/suspend",
            "handle=vic&reason=matrix",
            admins(303, 403, 303),
        ),
        case(
            "POST",
            "/admin/members/reinstate",
            "/admin/members/reinstate",
            "handle=vic",
            admins(303, 403, 303),
        ),
        case("POST", "/language", "/language", "lang=en", all(303)),
        case("GET", "/healthz", "/healthz", "", all(200)),
        case("GET", "/assets/{name}", &style, "", all(200)),
    ];

    let covered: BTreeSet<(String, String)> = cases
        .iter()
        .map(|c| (c.method.to_owned(), c.route.to_owned()))
        .collect();
    let registered = routes_in_source();
    assert!(
        registered.len() >= 25,
        "route parsing found only {registered:?}"
    );
    let missing: Vec<_> = registered.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "routes without a matrix entry: {missing:?}"
    );
    let stale: Vec<_> = covered.difference(&registered).collect();
    assert!(
        stale.is_empty(),
        "matrix entries for routes that no longer exist: {stale:?}"
    );

    let mut mismatches = Vec::new();
    for case in &cases {
        for who in EVERYONE {
            let cookie = match who {
                Who::Anonymous => None,
                Who::Suspended => Some(suspended_cookie.clone()),
                _ => Some(sign_in(&hub, who.handle().unwrap()).await),
            };
            let csrf = match (&cookie, who.signed_in()) {
                (Some(cookie), true) => csrf_for(&hub, cookie).await,
                _ => String::new(),
            };
            let mut request = Request::builder().method(case.method).uri(&case.path);
            if let Some(cookie) = &cookie {
                request = request.header("cookie", cookie);
            }
            let request = if case.method == "GET" {
                request.body(Body::empty()).unwrap()
            } else {
                let mut form = case.form.to_owned();
                if !csrf.is_empty() {
                    form = if form.is_empty() {
                        format!("csrf={csrf}")
                    } else {
                        format!("{form}&csrf={csrf}")
                    };
                }
                request
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("origin", ORIGIN)
                    .header("sec-fetch-site", "same-origin")
                    .body(Body::from(form))
                    .unwrap()
            };
            let status = hub.send(request).await.status().as_u16();
            let expected = (case.expect)(who);
            if status != expected {
                mismatches.push(format!(
                    "{} {} as {who:?}: got {status}, expected {expected}",
                    case.method, case.path
                ));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    eprintln!(
        "authorisation matrix: {} routes × {} roles, 0 mismatches",
        cases.len(),
        EVERYONE.len()
    );
}

/// The member `handle` as policy sees them, from a session of their own.
async fn actor_of(hub: &TestApp, handle: &str) -> Actor {
    let password = SecretString::new(PASSWORD.to_owned());
    let accounts = hub.app.accounts();
    let signed_in = accounts
        .sign_in(handle, &password, "x")
        .await
        .unwrap()
        .into_signed_in()
        .unwrap();
    Actor::Member(
        accounts
            .current_session(signed_in.token.reveal())
            .await
            .unwrap()
            .unwrap()
            .member,
    )
}

async fn sign_in(hub: &TestApp, handle: &str) -> String {
    let request = Request::post("/sign-in")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", ORIGIN)
        .body(Body::from(format!(
            "handle={handle}&password=a+long+and+quiet+river"
        )))
        .unwrap();
    let response = hub.send(request).await;
    assert_eq!(response.status(), 303, "sign-in of {handle}");
    crate::header(&response, "set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

async fn csrf_for(hub: &TestApp, cookie: &str) -> String {
    let html = text(
        hub.send(
            Request::get("/account")
                .header("cookie", cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await,
    )
    .await;
    html.split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}
