//! Signing in and out, joining, sessions and CSRF, through the real router and services.

use axum::body::Body;
use axum::http::{Request, Response};
use braid_app::SecretString;
use braid_domain::accounts::Role;
use braid_domain::policy::Actor;

use crate::{ORIGIN, TestApp, header, text};

const PASSWORD: &str = "a long and quiet river";

fn form_post(path: &str, form: &str, cookie: Option<&str>) -> Request<Body> {
    let mut request = Request::post(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", ORIGIN)
        .header("sec-fetch-site", "same-origin")
        .header(
            "user-agent",
            "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0",
        );
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.body(Body::from(form.to_owned())).unwrap()
}

fn get_with(path: &str, cookie: &str) -> Request<Body> {
    Request::get(path)
        .header("cookie", cookie)
        .body(Body::empty())
        .unwrap()
}

/// The `name=value` part of the response's session cookie.
fn session_cookie(response: &Response<Body>) -> String {
    let set_cookie = header(response, "set-cookie");
    assert!(
        set_cookie.starts_with("braid_session=braid_s_"),
        "{set_cookie}"
    );
    set_cookie.split(';').next().unwrap().to_owned()
}

fn csrf_in(html: &str) -> String {
    html.split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

async fn hub_with_member(handle: &str, role: Role) -> TestApp {
    let hub = TestApp::new().await;
    hub.app
        .accounts()
        .create_member(
            &Actor::System,
            handle,
            &SecretString::new(PASSWORD.to_owned()),
            role,
        )
        .await
        .unwrap();
    hub
}

async fn sign_in(hub: &TestApp, handle: &str) -> String {
    let response = hub
        .send(form_post(
            "/sign-in",
            &format!("handle={handle}&password=a+long+and+quiet+river"),
            None,
        ))
        .await;
    assert_eq!(response.status(), 303);
    session_cookie(&response)
}

#[tokio::test]
async fn signing_in_opens_a_session_and_failures_keep_the_handle() {
    let hub = hub_with_member("ana", Role::Member).await;
    let response = hub
        .send(form_post(
            "/sign-in",
            "handle=ana&password=wrong+wrong+wrong+wrong",
            None,
        ))
        .await;
    assert_eq!(response.status(), 401);
    assert!(response.headers().get("set-cookie").is_none());
    let html = text(response).await;
    assert!(html.contains("That did not work"));
    assert!(html.contains("value=\"ana\""), "the handle typed is kept");
    assert!(!html.contains("wrong+wrong"));

    let response = hub
        .send(form_post(
            "/sign-in",
            "handle=ana&password=a+long+and+quiet+river",
            None,
        ))
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(header(&response, "location"), "/account");
    let set_cookie = header(&response, "set-cookie").to_owned();
    for part in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=43200"] {
        assert!(set_cookie.contains(part), "{set_cookie} lacks {part}");
    }
    let cookie = session_cookie(&response);
    let html = text(hub.send(get_with("/account", &cookie)).await).await;
    assert!(html.contains("<strong><bdi>ana</bdi></strong>"));
    assert!(
        html.contains("<td>Signed in</td>") && !html.contains("signed_in"),
        "the sign-in is in the member's security events, by a name people read"
    );
}

#[tokio::test]
async fn unknown_members_and_wrong_passwords_get_the_same_answer() {
    // SECURITY-PLAN T13 (responses; the timing half is the service's dummy hash).
    let hub = hub_with_member("ana", Role::Member).await;
    let unknown = hub
        .send(form_post(
            "/sign-in",
            "handle=nobody&password=a+long+and+quiet+river",
            None,
        ))
        .await;
    let wrong = hub
        .send(form_post(
            "/sign-in",
            "handle=ana&password=a+long+and+quiet+rivet",
            None,
        ))
        .await;
    assert_eq!(unknown.status(), wrong.status());
    let strip = |html: String| {
        html.replace("value=\"nobody\"", "")
            .replace("value=\"ana\"", "")
    };
    let (unknown, wrong) = (strip(text(unknown).await), strip(text(wrong).await));
    let without_id = |html: &str| html.split("<code>").next().unwrap().to_owned();
    assert_eq!(without_id(&unknown), without_id(&wrong));
}

#[tokio::test]
async fn account_pages_need_a_session() {
    let hub = TestApp::new().await;
    for path in [
        "/account",
        "/account/sessions",
        "/welcome",
        "/invitations/new",
    ] {
        let response = hub.get(path).await;
        assert_eq!(response.status(), 303, "{path}");
        assert_eq!(header(&response, "location"), "/sign-in", "{path}");
    }
    let response = hub
        .send(get_with("/account", "braid_session=braid_s_forged"))
        .await;
    assert_eq!(response.status(), 303);
    assert!(
        header(&response, "set-cookie").contains("Max-Age=0"),
        "a forged cookie is dropped"
    );
}

#[tokio::test]
async fn every_state_change_needs_the_sessions_csrf_token() {
    // SECURITY-PLAN T8: a signed-in member's browser cannot be made to change state without
    // the token only our own pages carry.
    let hub = hub_with_member("ana", Role::Member).await;
    let cookie = sign_in(&hub, "ana").await;
    for (path, form) in [
        ("/sign-out", ""),
        ("/account/sessions/revoke-others", ""),
        ("/invitations", "note=x"),
        ("/language", "lang=ar"),
        ("/account/sessions/1/revoke", "csrf=0000"),
    ] {
        let response = hub.send(form_post(path, form, Some(&cookie))).await;
        assert_eq!(response.status(), 403, "{path}");
    }
    // Another session's token does not work either.
    let other = sign_in(&hub, "ana").await;
    let other_csrf = csrf_in(&text(hub.send(get_with("/account", &other)).await).await);
    let response = hub
        .send(form_post(
            "/sign-out",
            &format!("csrf={other_csrf}"),
            Some(&cookie),
        ))
        .await;
    assert_eq!(response.status(), 403);
    // Still signed in after all that.
    assert_eq!(hub.send(get_with("/account", &cookie)).await.status(), 200);
}

#[tokio::test]
async fn the_csrf_token_reads_differently_in_every_page_and_each_reading_works() {
    // Pages are gzipped and some echo the reader's input (a search): a token that read the
    // same in every response could be learnt from response sizes alone (BREACH).
    let hub = hub_with_member("ana", Role::Member).await;
    let cookie = sign_in(&hub, "ana").await;
    let page = || async { text(hub.send(get_with("/search?q=phone", &cookie)).await).await };
    let (first, second) = (csrf_in(&page().await), csrf_in(&page().await));
    assert_ne!(first, second);
    for csrf in [first, second] {
        let response = hub
            .send(form_post(
                "/language",
                &format!("csrf={csrf}&lang=ar&return_to=%2F"),
                Some(&cookie),
            ))
            .await;
        assert_eq!(response.status(), 303);
    }
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_next_request() {
    let hub = hub_with_member("ana", Role::Member).await;
    let cookie = sign_in(&hub, "ana").await;
    let csrf = csrf_in(&text(hub.send(get_with("/account", &cookie)).await).await);
    let response = hub
        .send(form_post(
            "/sign-out",
            &format!("csrf={csrf}"),
            Some(&cookie),
        ))
        .await;
    assert_eq!(response.status(), 303);
    assert!(header(&response, "set-cookie").contains("Max-Age=0"));
    assert_eq!(
        header(&response, "clear-site-data"),
        "\"cache\", \"cookies\", \"storage\""
    );
    assert_eq!(hub.send(get_with("/account", &cookie)).await.status(), 303);
}

#[tokio::test]
async fn a_cookie_planted_before_sign_in_is_never_the_session() {
    // SECURITY-PLAN T16 (fixation): the session id is always new at sign-in.
    let hub = hub_with_member("ana", Role::Member).await;
    let planted = "braid_session=braid_s_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let response = hub
        .send(form_post(
            "/sign-in",
            "handle=ana&password=a+long+and+quiet+river",
            Some(planted),
        ))
        .await;
    let cookie = session_cookie(&response);
    assert_ne!(cookie, planted);
    assert_eq!(hub.send(get_with("/account", planted)).await.status(), 303);
    // Signing in again from a signed-in browser ends the earlier session.
    let csrf = csrf_in(&text(hub.send(get_with("/account", &cookie)).await).await);
    let again = hub
        .send(form_post(
            "/sign-in",
            &format!("handle=ana&password=a+long+and+quiet+river&csrf={csrf}"),
            Some(&cookie),
        ))
        .await;
    let fresh = session_cookie(&again);
    assert_ne!(fresh, cookie);
    assert_eq!(hub.send(get_with("/account", &cookie)).await.status(), 303);
    assert_eq!(hub.send(get_with("/account", &fresh)).await.status(), 200);
}

#[tokio::test]
async fn sessions_are_listed_and_ended_from_the_sessions_page() {
    let hub = hub_with_member("ana", Role::Member).await;
    let laptop = sign_in(&hub, "ana").await;
    let phone = sign_in(&hub, "ana").await;
    let html = text(hub.send(get_with("/account/sessions", &phone)).await).await;
    assert_eq!(html.matches("Firefox on Linux").count(), 2, "{html}");
    assert!(html.contains("(this one)"));
    let csrf = csrf_in(&html);
    let response = hub
        .send(form_post(
            "/account/sessions/revoke-others",
            &format!("csrf={csrf}"),
            Some(&phone),
        ))
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        hub.send(get_with("/account", &laptop)).await.status(),
        303,
        "revocation is immediate"
    );
    assert_eq!(hub.send(get_with("/account", &phone)).await.status(), 200);
}

#[tokio::test]
async fn a_newcomer_joins_through_an_invitation_link() {
    let hub = hub_with_member("ana", Role::Member).await;
    let cookie = sign_in(&hub, "ana").await;
    let csrf = csrf_in(&text(hub.send(get_with("/invitations/new", &cookie)).await).await);
    let html = text(
        hub.send(form_post(
            "/invitations",
            &format!("csrf={csrf}&note=met+at+a+training"),
            Some(&cookie),
        ))
        .await,
    )
    .await;
    let link = html
        .split("value=\"")
        .find(|part| part.starts_with(ORIGIN))
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let path = link.trim_start_matches(ORIGIN).to_owned();
    assert!(path.starts_with("/join/braid_inv_"), "{path}");

    let page = text(hub.get(&path).await).await;
    assert!(page.contains("ana has invited you and vouches for you."));

    // A mistake keeps everything typed but the password.
    let response = hub
        .send(form_post(
            &path,
            "handle=newbie&display_name=New+Bie&languages=ar&password=short&accept=yes",
            None,
        ))
        .await;
    assert_eq!(response.status(), 422);
    let html = text(response).await;
    assert!(
        html.contains("value=\"newbie\"")
            && html.contains("value=\"New Bie\"")
            && html.contains("value=\"ar\"")
    );
    assert!(html.contains("at least 15 characters"));
    assert!(!html.contains("value=\"short\""));

    let response = hub
        .send(form_post(
            &path,
            "handle=newbie&password=a+long+and+quiet+river&accept=yes",
            None,
        ))
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(header(&response, "location"), "/welcome");
    let newcomer = session_cookie(&response);
    assert!(
        text(hub.send(get_with("/welcome", &newcomer)).await)
            .await
            .contains("You are now a member.")
    );

    // The link is spent; a forged one is unknown. Both get a clear page, not an error dump.
    let used = hub.get(&path).await;
    assert_eq!(used.status(), 410);
    assert!(text(used).await.contains("It has been used already."));
    let forged = hub.get("/join/braid_inv_forgedforgedforgedforged").await;
    assert_eq!(forged.status(), 404);
    assert!(
        text(forged)
            .await
            .contains("There is no invitation at this address.")
    );
    let replay = hub
        .send(form_post(
            &path,
            "handle=second&password=a+long+and+quiet+river&accept=yes",
            None,
        ))
        .await;
    assert_eq!(replay.status(), 410);
}

#[tokio::test]
async fn members_cannot_invite_into_a_role_by_editing_the_form() {
    // SECURITY-PLAN T21: a field the form did not offer is not honoured.
    let hub = hub_with_member("ana", Role::Member).await;
    let cookie = sign_in(&hub, "ana").await;
    let html = text(hub.send(get_with("/invitations/new", &cookie)).await).await;
    assert!(!html.contains("name=\"role\""));
    let csrf = csrf_in(&html);
    let response = hub
        .send(form_post(
            "/invitations",
            &format!("csrf={csrf}&role=admin"),
            Some(&cookie),
        ))
        .await;
    assert_eq!(response.status(), 403);
}

#[tokio::test]
async fn the_account_page_warns_of_failed_attempts_since_the_last_visit() {
    let hub = hub_with_member("ana", Role::Member).await;
    sign_in(&hub, "ana").await;
    for _ in 0..3 {
        hub.send(form_post(
            "/sign-in",
            "handle=ana&password=guess+guess+guess+guess",
            None,
        ))
        .await;
    }
    let cookie = sign_in(&hub, "ana").await;
    let html = text(hub.send(get_with("/account", &cookie)).await).await;
    assert!(
        html.contains("There were 3 failed sign-in attempts on your account"),
        "{html}"
    );
    // Seen once: the next visit after a clean sign-in shows nothing.
    let cookie = sign_in(&hub, "ana").await;
    let html = text(hub.send(get_with("/account", &cookie)).await).await;
    assert!(!html.contains("failed sign-in attempt"));
}

#[tokio::test]
async fn admins_see_every_members_events_with_handles() {
    let hub = hub_with_member("adm", Role::Admin).await;
    hub.app
        .accounts()
        .create_member(
            &Actor::System,
            "bo",
            &SecretString::new(PASSWORD.to_owned()),
            Role::Member,
        )
        .await
        .unwrap();
    hub.send(form_post(
        "/sign-in",
        "handle=bo&password=wrong+wrong+wrong+wrong",
        None,
    ))
    .await;
    let cookie = sign_in(&hub, "adm").await;
    let html = text(hub.send(get_with("/admin/audit", &cookie)).await).await;
    assert!(html.contains("<bdi>bo</bdi>") && html.contains("<td>Sign-in failed</td>"));
    // Details are worded too, never raw values (issue 27).
    assert!(
        html.replace(['\u{2068}', '\u{2069}'], "")
            .contains("Wrong password (1 in a row)"),
        "{html}"
    );
    assert!(
        !html.contains("{&quot;") && !html.contains("{\""),
        "raw details shown"
    );
    assert!(
        html.contains("<bdi>operator</bdi>"),
        "CLI actions are attributed to the operator"
    );
}

#[tokio::test]
async fn members_take_their_data_and_can_leave() {
    let hub = hub_with_member("ana", Role::Member).await;
    let cookie = sign_in(&hub, "ana").await;
    let response = hub.send(get_with("/account/export", &cookie)).await;
    assert_eq!(
        header(&response, "content-disposition"),
        "attachment; filename=\"braid-account.json\""
    );
    let data: serde_json::Value = serde_json::from_str(&text(response).await).unwrap();
    assert_eq!(data["handle"], "ana");
    assert_eq!(
        data["roles"][0]["role"], "member",
        "every member holds the member role (issue 27: the export said none)"
    );
    assert!(
        data["security_events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["event"] == "signed_in")
    );
    assert!(
        !data.to_string().contains("argon2"),
        "no password hash in the export"
    );

    let csrf = csrf_in(&text(hub.send(get_with("/account/delete", &cookie)).await).await);
    let wrong = hub
        .send(form_post(
            "/account/delete",
            &format!("csrf={csrf}&current_password=nope&understood=yes"),
            Some(&cookie),
        ))
        .await;
    assert_eq!(wrong.status(), 422);
    let unticked = hub
        .send(form_post(
            "/account/delete",
            &format!("csrf={csrf}&current_password=a+long+and+quiet+river"),
            Some(&cookie),
        ))
        .await;
    assert_eq!(unticked.status(), 422);
    let gone = hub
        .send(form_post(
            "/account/delete",
            &format!("csrf={csrf}&current_password=a+long+and+quiet+river&understood=yes"),
            Some(&cookie),
        ))
        .await;
    assert_eq!(gone.status(), 303);
    assert_eq!(
        header(&gone, "clear-site-data"),
        "\"cache\", \"cookies\", \"storage\""
    );
    assert_eq!(
        hub.send(get_with("/account", &cookie)).await.status(),
        303,
        "the session went with the account"
    );
    let again = hub
        .send(form_post(
            "/sign-in",
            "handle=ana&password=a+long+and+quiet+river",
            None,
        ))
        .await;
    assert_eq!(again.status(), 401);
    let log = hub
        .app
        .accounts()
        .audit_log(&Actor::System, 100)
        .await
        .unwrap();
    assert!(log.iter().any(|e| e.kind == "account_deleted"));
    assert!(
        log.iter().all(|e| e.member != "ana"),
        "their own security log is gone"
    );
}

#[tokio::test]
async fn a_signed_in_member_can_still_use_the_anonymous_forms() {
    // Every POST form carries the session's CSRF token when there is a session, so opening an
    // invitation link or the sign-in form while signed in does not end in "Not allowed".
    let hub = hub_with_member("ana", Role::Member).await;
    let cookie = sign_in(&hub, "ana").await;
    let (token, _) = hub
        .app
        .accounts()
        .invite(&Actor::System, "", Role::Member)
        .await
        .unwrap();
    let page = text(
        hub.send(get_with(&format!("/join/{}", token.reveal()), &cookie))
            .await,
    )
    .await;
    let csrf = csrf_in(&page);
    let form =
        format!("csrf={csrf}&handle=second-account&password=a+long+and+quiet+river&accept=yes");
    let response = hub
        .send(form_post(
            &format!("/join/{}", token.reveal()),
            &form,
            Some(&cookie),
        ))
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(header(&response, "location"), "/welcome");
    // Every form on every page a member sees carries the token.
    for path in [
        "/",
        "/account",
        "/account/sessions",
        "/account/password",
        "/account/two-factor",
        "/invitations/new",
        "/members",
    ] {
        let html = text(
            hub.send(get_with(
                path,
                &session_cookie(
                    &hub.send(form_post(
                        "/sign-in",
                        "handle=ana&password=a+long+and+quiet+river",
                        None,
                    ))
                    .await,
                ),
            ))
            .await,
        )
        .await;
        let forms = html.matches("method=\"post\"").count();
        let tokens = html.matches("name=\"csrf\"").count();
        assert_eq!(forms, tokens, "{path}: {forms} forms, {tokens} tokens");
    }
}

#[tokio::test]
async fn form_problems_are_told_in_the_readers_language() {
    let hub = TestApp::new().await;
    let (token, _) = hub
        .app
        .accounts()
        .invite(&Actor::System, "", Role::Member)
        .await
        .unwrap();
    let path = format!("/join/{}", token.reveal());
    let request = Request::post(&path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", ORIGIN)
        .header("accept-language", "ar")
        .body(Body::from("handle=newbie&password=short&accept=yes"))
        .unwrap();
    let html = text(hub.send(request).await).await;
    assert!(html.contains("استخدم 15 حرفًا على الأقل"), "{html}");
    let request = Request::post(&path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", ORIGIN)
        .body(Body::from("handle=newbie&password=short&accept=yes"))
        .unwrap();
    assert!(
        text(hub.send(request).await)
            .await
            .contains("Use at least 15 characters.")
    );
}

#[tokio::test]
async fn admins_see_how_far_the_background_work_got_in_their_language() {
    let hub = hub_with_member("adm", Role::Admin).await;
    let cookie = sign_in(&hub, "adm").await;
    let members = text(hub.send(get_with("/admin/members", &cookie)).await).await;
    assert!(
        members.contains("href=\"/admin/status\""),
        "linked from the admin page"
    );
    let html = text(hub.send(get_with("/admin/status", &cookie)).await).await;
    assert!(
        html.contains("<td>Notifications to watchers</td>"),
        "{html}"
    );
    assert!(html.contains("No job has failed."), "{html}");
    assert!(
        !html.contains(">notifications<"),
        "no raw follower name shown"
    );
    // Nothing applied yet since the hub was made: the fan-out is behind, then catches up.
    let behind = |html: &str| {
        let row = html
            .split("<td>Notifications to watchers</td>")
            .nth(1)
            .unwrap();
        row.split("<bdi>")
            .nth(2)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .to_owned()
    };
    assert_ne!(behind(&html), "0", "{html}");
    hub.app.catch_up().await.unwrap();
    let html = text(hub.send(get_with("/admin/status", &cookie)).await).await;
    assert_eq!(behind(&html), "0", "{html}");

    let arabic = hub
        .send(
            axum::http::Request::get("/admin/status")
                .header("cookie", &cookie)
                .header("accept-language", "ar")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    let arabic = text(arabic).await;
    assert!(arabic.contains("إشعارات المتابعين"), "{arabic}");
    assert!(arabic.contains("dir=\"rtl\""));
}

#[tokio::test]
async fn a_member_s_interface_language_follows_them_to_every_device() {
    let hub = hub_with_member("ana", Role::Member).await;
    let laptop = sign_in(&hub, "ana").await;
    let html = text(hub.send(get_with("/account", &laptop)).await).await;
    let csrf = csrf_in(&html);
    let response = hub
        .send(form_post(
            "/language",
            &format!("lang=fa&return_to=%2Faccount&csrf={csrf}"),
            Some(&laptop),
        ))
        .await;
    assert_eq!(response.status(), 303);

    // Another device: no language cookie, a browser asking for English.
    let phone = sign_in(&hub, "ana").await;
    let html = text(
        hub.send(
            Request::get("/account")
                .header("cookie", &phone)
                .header("accept-language", "en")
                .body(Body::empty())
                .unwrap(),
        )
        .await,
    )
    .await;
    assert!(html.contains("<html lang=\"fa\" dir=\"rtl\">"), "{html}");
    assert!(html.contains("حساب شما"));
    // Dates are written in Persian too, with Persian digits.
    assert!(html.contains("(UTC)") && html.contains('۲'), "{html}");
    // Signed out, the browser decides again.
    let html = text(hub.get("/").await).await;
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    let export = text(hub.send(get_with("/account/export", &phone)).await).await;
    assert!(
        export.contains("\"interface_language\": \"fa\""),
        "the choice is part of the member's data: {export}"
    );
}
