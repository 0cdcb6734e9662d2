//! The wiki through the real router, services and database: writing with preview, reading
//! with its tree and outline, merging concurrent edits, history, diffs, restore, and pages
//! that must not leak to readers who may not see them.

use axum::body::Body;
use axum::http::Request;
use braid_app::SecretString;
use braid_domain::accounts::Role;
use braid_domain::policy::Actor;

use crate::{ORIGIN, TestApp, header, text};

pub(crate) const PASSWORD: &str = "a long and quiet river";

/// A signed-in browser.
pub(crate) struct Member {
    pub(crate) cookie: String,
    csrf: String,
}

pub(crate) async fn member(hub: &TestApp, handle: &str, role: Role) -> Member {
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
    let response = hub
        .post_form(
            "/sign-in",
            &format!("handle={handle}&password={}", encode(PASSWORD)),
        )
        .await;
    assert_eq!(response.status(), 303);
    let cookie = header(&response, "set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let html = get(hub, "/account", Some(&cookie)).await.1;
    let csrf = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    Member { cookie, csrf }
}

fn encode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

pub(crate) async fn get(hub: &TestApp, path: &str, cookie: Option<&str>) -> (u16, String) {
    let mut request = Request::get(path);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = hub.send(request.body(Body::empty()).unwrap()).await;
    (response.status().as_u16(), text(response).await)
}

/// Posts a form as `who`; returns the status, the `Location` and the body.
pub(crate) async fn post(
    hub: &TestApp,
    who: &Member,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String, String) {
    let mut form = format!("csrf={}", encode(&who.csrf));
    for (name, value) in fields {
        form.push_str(&format!("&{name}={}", encode(value)));
    }
    let response = hub
        .send(
            Request::post(path)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", ORIGIN)
                .header("sec-fetch-site", "same-origin")
                .header("cookie", &who.cookie)
                .body(Body::from(form))
                .unwrap(),
        )
        .await;
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, location, text(response).await)
}

const GUIDE: &str = "# Phones\n\nKeep them updated.\n\n## Locks\n\nUse a PIN.\n\n## Backups\n\nBack up weekly.\n\n## Travel\n\nTravel light.\n";

#[tokio::test]
async fn a_page_is_previewed_written_read_and_listed() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;

    let (status, _, preview) = post(
        &hub,
        &ana,
        "/wiki/actualise/new",
        &[
            ("title", "Phone hygiene"),
            ("body", GUIDE),
            ("intent", "preview"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        preview.contains("<h2 id=\"h-locks\">Locks</h2>"),
        "the preview renders"
    );
    assert!(
        preview.contains("Travel light.\n</textarea>"),
        "and keeps the text in the editor"
    );
    assert_eq!(
        get(&hub, "/wiki/actualise/phone-hygiene", None).await.0,
        404,
        "a preview saves nothing"
    );

    let (status, location, _) = post(
        &hub,
        &ana,
        "/wiki/actualise/new",
        &[
            ("title", "Phone hygiene"),
            ("body", GUIDE),
            ("summary", "First version"),
            ("visibility", "public"),
        ],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, "/wiki/actualise/phone-hygiene")
    );

    let (status, page) = get(&hub, "/wiki/actualise/phone-hygiene", None).await;
    assert_eq!(status, 200);
    assert!(page.contains("<h1 dir=\"auto\">Phone hygiene</h1>"));
    assert!(
        page.contains("<a href=\"#h-backups\" dir=\"auto\">Backups</a>"),
        "a contents list for long pages"
    );
    assert!(
        page.contains("CC BY-SA 4.0") && page.contains("<bdi>ana</bdi>"),
        "licence and contributors"
    );
    let section = get(&hub, "/wiki/actualise", None).await.1;
    assert!(
        section.contains("href=\"/wiki/actualise/phone-hygiene\""),
        "the section's tree lists it"
    );
    // Breadcrumbs, the tree beside the text, and the neighbours in the section's order.
    assert!(
        page.contains("<li><a href=\"/wiki/actualise\" dir=\"auto\">Actualise</a></li>"),
        "{page}"
    );
    assert!(page.contains("<nav class=\"page-tree\""));
    assert!(
        page.contains("rel=\"prev\" href=\"/wiki/actualise/device-seizure-what-to-do\""),
        "{page}"
    );
    assert!(!page.contains("rel=\"next\""), "the last page has no next");

    let (status, _, again) = post(
        &hub,
        &ana,
        "/wiki/actualise/new",
        &[("title", "Phone  hygiene!"), ("body", "x")],
    )
    .await;
    assert_eq!(status, 409, "the same slug twice is refused");
    assert!(
        again.contains("value=\"Phone  hygiene!\""),
        "with what was typed kept"
    );

    // Slugs in any script, and links between pages.
    let (status, location, _) = post(
        &hub,
        &ana,
        "/wiki/strategise/new",
        &[
            ("title", "خطة الأمان"),
            ("body", "See [[Phone hygiene]] and [[Not written yet]]."),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(
        location,
        "/wiki/strategise/%D8%AE%D8%B7%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D8%A7%D9%86"
    );
    let page = get(
        &hub,
        "/wiki/strategise/%D8%AE%D8%B7%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D8%A7%D9%86",
        None,
    )
    .await
    .1;
    assert!(
        page.contains("href=\"/wiki/actualise/phone-hygiene\" class=\"wiki-link\""),
        "{page}"
    );
    assert!(
        page.contains("href=\"/wiki/strategise/new?title=Not+written+yet\" class=\"wanted\""),
        "{page}"
    );
}

#[tokio::test]
async fn edits_from_the_same_revision_merge_or_come_back_marked() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let bo = member(&hub, "bo", Role::Member).await;
    post(
        &hub,
        &ana,
        "/wiki/actualise/new",
        &[("title", "Phone hygiene"), ("body", GUIDE)],
    )
    .await;
    let edit = "/wiki/actualise/phone-hygiene/edit";
    let form = get(&hub, edit, Some(&bo.cookie)).await.1;
    assert!(form.contains("name=\"base\" value=\"1\""));

    // Clean: different lines.
    let ana_text = GUIDE.replace("Use a PIN.", "Use a long PIN.");
    let bo_text = GUIDE.replace("Travel light.", "Travel light, and wipe the phone first.");
    let (status, ..) = post(
        &hub,
        &ana,
        edit,
        &[
            ("base", "1"),
            ("title", "Phone hygiene"),
            ("body", &ana_text),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (status, ..) = post(
        &hub,
        &bo,
        edit,
        &[
            ("base", "1"),
            ("title", "Phone hygiene"),
            ("body", &bo_text),
        ],
    )
    .await;
    assert_eq!(
        status, 303,
        "a stale base merges when the changes do not overlap"
    );
    let page = get(&hub, "/wiki/actualise/phone-hygiene", None).await.1;
    assert!(
        page.contains("Use a long PIN.") && page.contains("wipe the phone first"),
        "both changes kept"
    );

    // Conflict: the same line, from revision 3.
    let rev3 = ana_text.replace("Travel light.", "Travel light, and wipe the phone first.");
    let (status, ..) = post(
        &hub,
        &ana,
        edit,
        &[
            ("base", "3"),
            ("title", "Phone hygiene"),
            ("body", &rev3.replace("Back up weekly.", "Back up daily.")),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let mine = rev3.replace("Back up weekly.", "Back up every month.");
    let (status, _, conflict) = post(
        &hub,
        &bo,
        edit,
        &[
            ("base", "3"),
            ("title", "Phone hygiene"),
            ("body", &mine),
            ("summary", "monthly"),
        ],
    )
    .await;
    assert_eq!(status, 409);
    assert!(conflict.contains("&#60;&#60;&#60;&#60;&#60;&#60;&#60; yours\nBack up every month.\n=======\nBack up daily.\n&#62;&#62;&#62;&#62;&#62;&#62;&#62; saved meanwhile"), "{conflict}");
    assert!(
        conflict.contains("name=\"base\" value=\"4\""),
        "the next save starts from the other save"
    );
    assert!(
        conflict.contains("value=\"monthly\""),
        "the summary typed is kept"
    );
    assert!(
        get(&hub, "/wiki/actualise/phone-hygiene", None)
            .await
            .1
            .contains("Back up daily."),
        "nothing overwritten"
    );

    let marked = conflict
        .split("<textarea")
        .nth(1)
        .unwrap()
        .split('>')
        .skip(1)
        .collect::<Vec<_>>()
        .join(">");
    let marked = marked
        .split("</textarea")
        .next()
        .unwrap()
        .replace("&#60;", "<")
        .replace("&#62;", ">");
    let (status, ..) = post(
        &hub,
        &bo,
        edit,
        &[("base", "4"), ("title", "Phone hygiene"), ("body", &marked)],
    )
    .await;
    assert_eq!(status, 422, "markers left in are refused");
    let (status, ..) = post(
        &hub,
        &bo,
        edit,
        &[
            ("base", "4"),
            ("title", "Phone hygiene"),
            (
                "body",
                &rev3.replace("Back up weekly.", "Back up daily, and monthly offline."),
            ),
        ],
    )
    .await;
    assert_eq!(status, 303, "the resolved text saves");
}

#[tokio::test]
async fn history_diffs_and_restore() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    post(
        &hub,
        &ana,
        "/wiki/actualise/new",
        &[
            ("title", "Phone hygiene"),
            ("body", GUIDE),
            ("summary", "first"),
        ],
    )
    .await;
    let edit = "/wiki/actualise/phone-hygiene/edit";
    post(
        &hub,
        &ana,
        edit,
        &[
            ("base", "1"),
            ("title", "Phone hygiene"),
            ("body", &GUIDE.replace("Use a PIN.", "Use a passphrase.")),
            ("summary", "stronger"),
        ],
    )
    .await;

    let history = get(&hub, "/wiki/actualise/phone-hygiene/history", None)
        .await
        .1;
    assert!(history.contains("stronger") && history.contains("first"));
    assert!(
        history.contains("+1</span> <span class=\"removed\">−1"),
        "{history}"
    );
    // Issue 27: the restore form was nested in the compare form, so its button opened the
    // diff with the CSRF token in the address. No form may hold another.
    let editor_history = get(
        &hub,
        "/wiki/actualise/phone-hygiene/history",
        Some(&ana.cookie),
    )
    .await
    .1;
    assert!(editor_history.contains("/restore"), "{editor_history}");
    let mut open: usize = 0;
    for piece in editor_history.split("<form").skip(1) {
        open += 1;
        assert_eq!(open, 1, "a form inside a form: {editor_history}");
        open = open.saturating_sub(piece.matches("</form>").count());
    }

    let inline = get(&hub, "/wiki/actualise/phone-hygiene/diff?from=1&to=2", None)
        .await
        .1;
    assert!(
        inline.contains("<del>PIN</del>") || inline.contains("<del>PIN.</del>"),
        "{inline}"
    );
    assert!(
        inline.contains("<ins>passphrase</ins>") || inline.contains("<ins>passphrase.</ins>"),
        "{inline}"
    );
    let side = get(
        &hub,
        "/wiki/actualise/phone-hygiene/diff?from=1&to=2&layout=side",
        None,
    )
    .await
    .1;
    assert!(side.contains("class=\"diff side\""));

    let old = get(&hub, "/wiki/actualise/phone-hygiene?revision=1", None)
        .await
        .1;
    assert!(old.contains("Use a PIN.") && old.contains("You are reading revision 1"));

    let (status, ..) = post(
        &hub,
        &ana,
        "/wiki/actualise/phone-hygiene/restore",
        &[("revision", "1")],
    )
    .await;
    assert_eq!(status, 303);
    let page = get(&hub, "/wiki/actualise/phone-hygiene", None).await.1;
    assert!(
        page.contains("Use a PIN.") && page.contains("Revision 3"),
        "restored as a new revision"
    );
}

#[tokio::test]
async fn a_members_only_page_never_reaches_anonymous_readers() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let (status, ..) = post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Partner list"),
            ("body", "Names go here."),
            ("visibility", "members"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Partner contacts"),
            ("body", "Under it."),
            ("parent", "partner-list"),
            ("visibility", "public"),
        ],
    )
    .await;
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Open notes"),
            ("body", "See [[Partner list]]."),
            ("visibility", "public"),
        ],
    )
    .await;

    for path in [
        "/wiki/discover/partner-list",
        "/wiki/discover/partner-list/history",
        "/wiki/discover/partner-list/diff",
        "/wiki/discover/partner-list?revision=1",
        "/wiki/discover/partner-contacts",
    ] {
        let (status, body) = get(&hub, path, None).await;
        assert_eq!(status, 404, "{path}");
        assert!(
            !body.contains("Names go here") && !body.contains("Partner"),
            "{path} leaks"
        );
    }
    let section = get(&hub, "/wiki/discover", None).await.1;
    assert!(
        !section.contains("Partner"),
        "the tree hides it and what sits under it"
    );
    for path in [
        "/recent-changes",
        "/recent-changes?section=discover",
        "/recent-changes.atom",
    ] {
        let listing = get(&hub, path, None).await.1;
        assert!(
            listing.contains("Open notes"),
            "{path} lists public changes"
        );
        assert!(!listing.contains("Partner"), "{path} leaks");
    }
    let feed = get(&hub, "/recent-changes.atom", Some(&ana.cookie)).await.1;
    assert!(
        !feed.contains("Partner"),
        "the feed is public-only even for a member"
    );
    assert!(
        get(&hub, "/recent-changes", Some(&ana.cookie))
            .await
            .1
            .contains("Partner contacts")
    );
    assert!(
        get(&hub, "/recent-changes?person=ana", None)
            .await
            .1
            .contains("Open notes")
    );
    let notes = get(&hub, "/wiki/discover/open-notes", None).await.1;
    assert!(
        notes.contains("class=\"wanted\""),
        "a link to it looks unwritten"
    );
    assert!(
        !notes.contains("class=\"wiki-link\""),
        "nothing on it links to the page as existing"
    );

    // A member reads all of it.
    let (status, page) = get(&hub, "/wiki/discover/partner-list", Some(&ana.cookie)).await;
    assert_eq!(status, 200);
    assert!(page.contains("Members only"));
    assert!(
        get(&hub, "/wiki/discover", Some(&ana.cookie))
            .await
            .1
            .contains("Partner contacts")
    );
    assert!(
        get(&hub, "/wiki/discover/open-notes", Some(&ana.cookie))
            .await
            .1
            .contains("class=\"wiki-link\"")
    );

    // Only editors may make a page for editors.
    let (status, ..) = post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Editors notes"),
            ("body", "x"),
            ("visibility", "editors"),
        ],
    )
    .await;
    assert_eq!(status, 403);
    let eve = member(&hub, "eve", Role::Editor).await;
    let (status, ..) = post(
        &hub,
        &eve,
        "/wiki/discover/new",
        &[
            ("title", "Editors notes"),
            ("body", "x"),
            ("visibility", "editors"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(
        get(&hub, "/wiki/discover/editors-notes", Some(&ana.cookie))
            .await
            .0,
        404
    );
}

#[tokio::test]
async fn script_saved_through_the_editor_is_inert_on_the_page() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let body = "<script>alert(1)</script><img src=x onerror=alert(2)>[x](javascript:alert(3))<svg onload=alert(4)>";
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[("title", "Attempt"), ("body", body)],
    )
    .await;
    let page = get(&hub, "/wiki/discover/attempt", None).await.1;
    let content = page
        .split("<div class=\"content\"")
        .nth(1)
        .unwrap()
        .split("</div>")
        .next()
        .unwrap();
    for bad in [
        "<script",
        " onerror=",
        "href=\"javascript:",
        "<svg",
        " onload=",
    ] {
        assert!(!content.contains(bad), "{bad} in {content}");
    }
}

#[tokio::test]
async fn editors_delete_and_restore_and_an_edit_of_a_deleted_page_keeps_its_text() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let eve = member(&hub, "eve", Role::Editor).await;
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[("title", "Old advice"), ("body", GUIDE)],
    )
    .await;
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Older advice"),
            ("body", "x"),
            ("parent", "old-advice"),
        ],
    )
    .await;

    let (status, ..) = post(&hub, &ana, "/wiki/discover/old-advice/delete", &[]).await;
    assert_eq!(status, 403, "members do not delete");
    let (status, ..) = post(&hub, &eve, "/wiki/discover/old-advice/delete", &[]).await;
    assert_eq!(status, 400, "a page with sub-pages stays");
    let (status, ..) = post(&hub, &eve, "/wiki/discover/older-advice/delete", &[]).await;
    assert_eq!(status, 303);
    let (status, ..) = post(&hub, &eve, "/wiki/discover/old-advice/delete", &[]).await;
    assert_eq!(status, 303);

    // Ana was editing meanwhile: nothing is saved, and her text comes back to her.
    let mine = GUIDE.replace("Use a PIN.", "Use a PIN, always.");
    let (status, _, page) = post(
        &hub,
        &ana,
        "/wiki/discover/old-advice/edit",
        &[("base", "1"), ("title", "Old advice"), ("body", &mine)],
    )
    .await;
    assert_eq!(status, 409);
    assert!(
        page.contains("recycle bin") && page.contains("Use a PIN, always."),
        "{page}"
    );

    for path in [
        "/wiki/discover/old-advice",
        "/wiki/discover/old-advice/history",
    ] {
        assert_eq!(get(&hub, path, Some(&ana.cookie)).await.0, 404, "{path}");
    }
    assert!(
        !get(&hub, "/wiki/discover", None)
            .await
            .1
            .contains("Old advice")
    );
    assert!(
        !get(&hub, "/recent-changes", None)
            .await
            .1
            .contains("Old advice")
    );

    let bin = get(&hub, "/recycle-bin", Some(&eve.cookie)).await.1;
    assert!(bin.contains("Old advice") && bin.contains("Older advice"));
    let id_of = |title: &str| {
        bin.split(&format!("<td dir=\"auto\">{title}</td>"))
            .nth(1)
            .unwrap()
            .split("name=\"page\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned()
    };
    let (status, ..) = post(
        &hub,
        &eve,
        "/recycle-bin/restore",
        &[("page", &id_of("Older advice"))],
    )
    .await;
    assert_eq!(status, 422, "not before the page it sits under");
    let (status, location, _) = post(
        &hub,
        &eve,
        "/recycle-bin/restore",
        &[("page", &id_of("Old advice"))],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, "/wiki/discover/old-advice")
    );
    let (status, page) = get(&hub, "/wiki/discover/old-advice", None).await;
    assert_eq!(status, 200);
    assert!(page.contains("Use a PIN."), "back with its history");
}

#[tokio::test]
async fn members_discuss_a_page_in_threads() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let bo = member(&hub, "bo", Role::Member).await;
    let eve = member(&hub, "eve", Role::Editor).await;
    let page = "/wiki/discover/first-conversations";
    let comments = format!("{page}/comments");

    let (status, _, again) = post(&hub, &ana, &comments, &[("body", "   ")]).await;
    assert_eq!(status, 422, "an empty comment is refused");
    assert!(again.contains("role=\"alert\""));
    let (status, location, _) = post(
        &hub,
        &ana,
        &comments,
        &[("body", "Should we add **consent**?")],
    )
    .await;
    assert_eq!(status, 303);
    let thread = location.split("#comment-").nth(1).unwrap().to_owned();
    let (status, ..) = post(
        &hub,
        &bo,
        &comments,
        &[("body", "Yes <script>x</script>"), ("parent", &thread)],
    )
    .await;
    assert_eq!(status, 303);

    let seen = get(&hub, page, Some(&bo.cookie)).await.1;
    assert!(
        seen.contains("<strong>consent</strong>") && seen.contains("class=\"comment depth-1"),
        "{seen}"
    );
    assert!(
        !seen.contains("<script>x"),
        "comments go through the sanitiser"
    );
    assert!(
        !get(&hub, page, None).await.1.contains("consent"),
        "the discussion is for members"
    );

    let reply = seen
        .split("id=\"comment-")
        .nth(2)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let (status, ..) = post(
        &hub,
        &ana,
        &format!("/comments/{reply}/edit"),
        &[("body", "hijacked")],
    )
    .await;
    assert_eq!(status, 403, "only the author edits");
    let (status, ..) = post(
        &hub,
        &bo,
        &format!("/comments/{reply}/edit"),
        &[("body", "Yes, with a script.")],
    )
    .await;
    assert_eq!(status, 303);
    let (status, ..) = post(
        &hub,
        &bo,
        &format!("/comments/{thread}/resolve"),
        &[("resolved", "true")],
    )
    .await;
    assert_eq!(status, 403, "a reply's author does not resolve the thread");
    let (status, ..) = post(
        &hub,
        &ana,
        &format!("/comments/{thread}/resolve"),
        &[("resolved", "true")],
    )
    .await;
    assert_eq!(status, 303, "its starter does");
    let seen = get(&hub, page, Some(&eve.cookie)).await.1;
    assert!(
        seen.contains("Yes, with a script.")
            && seen.contains("edited")
            && seen.contains("comment depth-0 resolved")
    );
    let (status, ..) = post(
        &hub,
        &eve,
        &format!("/comments/{thread}/resolve"),
        &[("resolved", "false")],
    )
    .await;
    assert_eq!(status, 303, "editors reopen");

    let (status, ..) = post(&hub, &ana, &format!("/comments/{thread}/delete"), &[]).await;
    assert_eq!(status, 303);
    let seen = get(&hub, page, Some(&eve.cookie)).await.1;
    assert!(seen.contains("This comment was deleted.") && !seen.contains("consent"));
    assert!(seen.contains("Yes, with a script."), "its replies stay");
}

#[tokio::test]
async fn editors_move_and_reorder_pages_and_old_addresses_keep_working() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let eve = member(&hub, "eve", Role::Editor).await;
    for (title, parent) in [("Alpha", ""), ("Beta", ""), ("Beta notes", "beta")] {
        post(
            &hub,
            &ana,
            "/wiki/discover/new",
            &[("title", title), ("body", "x"), ("parent", parent)],
        )
        .await;
    }
    let order = |html: &str| {
        let tree = html
            .split("<ul class=\"tree\">")
            .nth(1)
            .unwrap()
            .split("</ul>")
            .next()
            .unwrap()
            .to_owned();
        ["Alpha", "Beta notes", "First conversations"]
            .iter()
            .map(|t| tree.find(&format!(">{t}<")).unwrap_or(usize::MAX))
            .collect::<Vec<_>>()
    };

    let (status, ..) = post(
        &hub,
        &ana,
        "/wiki/discover/alpha/reorder",
        &[("direction", "up")],
    )
    .await;
    assert_eq!(status, 403, "members do not rearrange");
    let before = order(&get(&hub, "/wiki/discover", None).await.1);
    let (status, ..) = post(
        &hub,
        &eve,
        "/wiki/discover/alpha/reorder",
        &[("direction", "up")],
    )
    .await;
    assert_eq!(status, 303);
    let after = order(&get(&hub, "/wiki/discover", None).await.1);
    assert!(
        before[0] > before[2] && after[0] < after[2],
        "Alpha moved above First conversations"
    );

    let (status, ..) = post(
        &hub,
        &eve,
        "/wiki/discover/beta/move",
        &[("section", "discover"), ("parent", "beta-notes")],
    )
    .await;
    assert_eq!(status, 422, "not under its own sub-page");
    let (status, location, _) = post(
        &hub,
        &eve,
        "/wiki/discover/beta/move",
        &[("section", "strategise"), ("parent", "risk-assessment")],
    )
    .await;
    assert_eq!((status, location.as_str()), (303, "/wiki/strategise/beta"));
    let page = get(&hub, "/wiki/strategise/beta", None).await.1;
    assert!(
        page.contains(">Risk assessment</a></li>"),
        "its new parent is in the breadcrumbs"
    );
    assert_eq!(
        get(&hub, "/wiki/strategise/beta-notes", None).await.0,
        200,
        "sub-pages move along"
    );

    for (old, new) in [
        ("/wiki/discover/beta", "/wiki/strategise/beta"),
        ("/wiki/discover/beta-notes", "/wiki/strategise/beta-notes"),
    ] {
        let response = hub.get(old).await;
        assert_eq!(response.status(), 301, "{old}");
        assert_eq!(header(&response, "location"), new);
    }
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[("title", "Gamma"), ("body", "x")],
    )
    .await;
    post(
        &hub,
        &ana,
        "/wiki/strategise/new",
        &[("title", "Gamma"), ("body", "y")],
    )
    .await;
    let (status, _, form) = post(
        &hub,
        &eve,
        "/wiki/discover/gamma/move",
        &[("section", "strategise"), ("parent", "")],
    )
    .await;
    assert_eq!(status, 422, "the address is taken there");
    assert!(form.contains("same address"), "{form}");
}

#[tokio::test]
async fn beside_a_page_in_a_large_section_the_tree_shows_its_surroundings_not_every_page() {
    let hub = TestApp::new().await;
    let eve = member(&hub, "eve", Role::Editor).await;
    for n in 0..40 {
        let title = format!("Sheet {n:02}");
        let parent = if n == 21 { "sheet-20" } else { "" };
        let (status, ..) = post(
            &hub,
            &eve,
            "/wiki/actualise/new",
            &[("title", &title), ("body", "x"), ("parent", parent)],
        )
        .await;
        assert_eq!(status, 303);
    }
    let tree = |html: &str| {
        html.split("<ul class=\"tree\">")
            .nth(1)
            .unwrap()
            .split("</ul>")
            .next()
            .unwrap()
            .to_owned()
    };
    let beside = tree(&get(&hub, "/wiki/actualise/sheet-20", None).await.1);
    for near in ["sheet-15", "sheet-20", "sheet-21", "sheet-26"] {
        assert!(
            beside.contains(&format!("/wiki/actualise/{near}\"")),
            "{near} is near"
        );
    }
    for far in ["sheet-05", "sheet-35"] {
        assert!(
            !beside.contains(&format!("/wiki/actualise/{far}\"")),
            "{far} is folded"
        );
    }
    assert!(
        beside.contains("more pages"),
        "what is folded is counted: {beside}"
    );
    // A sub-page shows only under its parent; the section's own page lists everything.
    assert!(
        !tree(&get(&hub, "/wiki/actualise/sheet-02", None).await.1).contains("sheet-21\""),
        "another branch stays folded"
    );
    let whole = tree(&get(&hub, "/wiki/actualise", None).await.1);
    assert!(whole.contains("sheet-05\"") && whole.contains("sheet-35\""));
}

#[tokio::test]
async fn pages_export_as_markdown_and_as_one_html_file() {
    let hub = TestApp::new().await;
    let response = hub.get("/wiki/strategise/risk-assessment/export.md").await;
    assert_eq!(
        header(&response, "content-type"),
        "text/markdown; charset=utf-8"
    );
    assert!(
        header(&response, "content-disposition")
            .starts_with("attachment; filename=\"risk-assessment.md\"")
    );
    let markdown = text(response).await;
    assert!(
        markdown.starts_with("---\ntitle: \"Risk assessment\"\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("licence: CC-BY-SA-4.0") && markdown.contains("| Threat | Likelihood |")
    );
    assert!(
        markdown.contains("source: \"http://hub.test/wiki/strategise/risk-assessment\""),
        "the file says where the page lives (issue 27)"
    );

    let response = hub
        .get("/wiki/strategise/risk-assessment/export.html")
        .await;
    let html = text(response).await;
    assert!(html.contains("<style>") && html.contains("<h2 id=\"h-how-to-run-it\">"));
    assert!(
        !html.contains("/assets/"),
        "nothing to fetch: the file stands alone"
    );
    // Opened from disk, its links lead back to the hub instead of file:///wiki/… (issue 27).
    assert!(
        html.contains("href=\"http://hub.test/wiki/") && !html.contains("href=\"/"),
        "{html}"
    );
    assert!(html.contains(
        "The latest version is at <a href=\"http://hub.test/wiki/strategise/risk-assessment\""
    ));

    let arabic = hub.get("/wiki/well-being/%D8%A7%D9%84%D8%B1%D8%B9%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC%D9%85%D8%A7%D8%B9%D9%8A%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%84%D8%AD%D9%88%D8%A7%D8%AF%D8%AB-%D8%A7%D9%84%D8%A3%D9%85%D9%86%D9%8A%D8%A9/export.md").await;
    assert!(
        header(&arabic, "content-disposition").contains("filename*=UTF-8''%D8%A7%D9%84"),
        "{}",
        header(&arabic, "content-disposition")
    );
}

/// A newcomer who joined by invitation: their wiki edits wait for review.
async fn newcomer(hub: &TestApp, handle: &str) -> Member {
    let (token, _) = hub
        .app
        .accounts()
        .invite(&Actor::System, "test", Role::Member)
        .await
        .unwrap();
    let joined = hub
        .app
        .accounts()
        .join(
            token.reveal(),
            braid_app::accounts::JoinRequest {
                handle: handle.to_owned(),
                display_name: String::new(),
                pronouns: String::new(),
                languages: String::new(),
                region: String::new(),
                password: SecretString::new(PASSWORD.to_owned()),
                accepted_guidelines: true,
                device_label: "test".to_owned(),
            },
        )
        .await
        .unwrap();
    let cookie = format!("braid_session={}", joined.token.reveal());
    let html = get(hub, "/account", Some(&cookie)).await.1;
    let csrf = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    Member { cookie, csrf }
}

/// The `base` field of a page's edit form as `who` gets it.
async fn edit_base(hub: &TestApp, who: &Member, page: &str) -> String {
    get(hub, &format!("{page}/edit"), Some(&who.cookie))
        .await
        .1
        .split("name=\"base\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn unreviewed_and_sent_back_edits_stay_with_their_author_and_editors() {
    // Issue 27, finding 3: (a) a trusted save on top of a pending edit merged the newcomer's
    // unseen text in and published it; (b) a conflict showed the pending text to a member who
    // may not read it; (c) a sent-back edit showed in history, diffs, recent changes, the feed
    // and "Written by".
    let hub = TestApp::new().await;
    let nia = newcomer(&hub, "nia").await;
    let ana = member(&hub, "ana", Role::Member).await;
    let eve = member(&hub, "eve", Role::Editor).await;
    let page = "/wiki/discover/first-conversations";
    let original = get(&hub, page, None).await.1;
    assert!(original.contains("Before any assessment, listen"));

    let base = edit_base(&hub, &nia, page).await;
    let (status, ..) = post(
        &hub,
        &nia,
        &format!("{page}/edit"),
        &[
            ("base", &base),
            ("title", "First conversations"),
            ("body", "Call this number: +00 555 0100 (nia's secret)."),
        ],
    )
    .await;
    assert_eq!(status, 303);

    // A trusted member edits from the published text; their save does not take in Nia's.
    let base = edit_base(&hub, &ana, page).await;
    let (status, location, body) = post(
        &hub,
        &ana,
        &format!("{page}/edit"),
        &[
            ("base", &base),
            ("title", "First conversations"),
            ("body", "Listen first, then advise."),
        ],
    )
    .await;
    assert_eq!(status, 303, "{body}");
    assert!(
        !body.contains("nia's secret"),
        "no merge shows the pending text"
    );
    let public = get(&hub, page, None).await.1;
    assert!(public.contains("Listen first, then advise."), "{location}");
    assert!(!public.contains("nia&#39;s secret") && !public.contains("nia's secret"));
    let queue = get(&hub, "/review", Some(&eve.cookie)).await.1;
    assert!(
        queue.contains("nia&#39;s secret") || queue.contains("nia's secret"),
        "the pending edit still waits for an editor"
    );

    // The editor sends it back: it stays out of every public view.
    let field = |name: &str| {
        queue
            .split("<section class=\"review-item\"")
            .find(|item| item.contains("secret"))
            .unwrap()
            .split(&format!("name=\"{name}\" value=\""))
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned()
    };
    let pending = field("revision");
    let (status, ..) = post(
        &hub,
        &eve,
        "/review",
        &[
            ("page", &field("page")),
            ("revision", &pending),
            ("decision", "send-back"),
            ("note", "No phone numbers"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let secret = |text: &str| text.contains("secret") || text.contains("555 0100");
    for viewer in [None, Some(ana.cookie.as_str())] {
        for path in [
            page.to_owned(),
            format!("{page}/history"),
            format!("{page}?revision={pending}"),
            format!("{page}/diff?from=1&to={pending}"),
            format!("{page}/export.md"),
            "/recent-changes".to_owned(),
            "/recent-changes.atom".to_owned(),
        ] {
            let (status, text) = get(&hub, &path, viewer).await;
            assert!(!secret(&text), "{path} shows the sent-back edit ({status})");
            assert!(
                !text.contains(">nia<") && !text.contains("nia</"),
                "{path} names its author ({status})"
            );
        }
    }
    // Its author and the editors still see it.
    for who in [&nia, &eve] {
        let history = get(&hub, &format!("{page}/history"), Some(&who.cookie))
            .await
            .1;
        assert!(history.contains("nia"), "{history}");
        let (status, text) = get(
            &hub,
            &format!("{page}?revision={pending}"),
            Some(&who.cookie),
        )
        .await;
        assert_eq!(status, 200);
        assert!(secret(&text));
    }
    assert!(
        get(&hub, "/review", Some(&eve.cookie))
            .await
            .1
            .contains("Nothing waits for review.")
    );
}

#[tokio::test]
async fn a_newcomers_edits_wait_for_an_editor_and_readers_see_the_approved_text() {
    let hub = TestApp::new().await;
    let nia = newcomer(&hub, "nia").await;
    let ana = member(&hub, "ana", Role::Member).await;
    let eve = member(&hub, "eve", Role::Editor).await;

    // A new page waits, unseen by readers, listed for editors.
    let (status, location, _) = post(
        &hub,
        &nia,
        "/wiki/discover/new",
        &[("title", "Nia's guide"), ("body", "Fresh advice.")],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(get(&hub, &location, None).await.0, 404);
    assert_eq!(get(&hub, &location, Some(&ana.cookie)).await.0, 404);
    let own = get(&hub, &location, Some(&nia.cookie)).await.1;
    assert!(
        own.contains("Fresh advice.") && own.contains("waits for review"),
        "{own}"
    );
    assert!(!get(&hub, "/wiki/discover", None).await.1.contains("Nia"));
    assert!(!get(&hub, "/recent-changes", None).await.1.contains("Nia"));

    // An edit to a page readers know: they keep seeing the approved text.
    let edit = "/wiki/discover/first-conversations/edit";
    let form = get(&hub, edit, Some(&nia.cookie)).await.1;
    let base = form
        .split("name=\"base\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let (status, ..) = post(
        &hub,
        &nia,
        edit,
        &[
            ("base", &base),
            ("title", "First conversations"),
            ("body", "Vandalised."),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let public = get(&hub, "/wiki/discover/first-conversations", None)
        .await
        .1;
    assert!(public.contains("Before any assessment, listen") && !public.contains("Vandalised"));
    let history = get(&hub, "/wiki/discover/first-conversations/history", None)
        .await
        .1;
    assert!(
        !history.contains(">2</a>"),
        "the pending revision is not in readers' history"
    );
    let editor_view = get(
        &hub,
        "/wiki/discover/first-conversations",
        Some(&eve.cookie),
    )
    .await
    .1;
    assert!(editor_view.contains("A newer revision waits for review."));

    let queue = get(&hub, "/review", Some(&eve.cookie)).await.1;
    assert!(
        queue.contains("Nia&#39;s guide") || queue.contains("Nia's guide"),
        "{queue}"
    );
    assert!(queue.contains("<ins>Vandalised.</ins>") || queue.contains("Vandalised."));
    let field = |title: &str, name: &str| {
        let item = queue
            .split("<section class=\"review-item\"")
            .find(|item| item.contains(title))
            .unwrap();
        item.split(&format!("name=\"{name}\" value=\""))
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned()
    };
    let (status, ..) = post(
        &hub,
        &eve,
        "/review",
        &[
            ("page", &field("First conversations", "page")),
            ("revision", &field("First conversations", "revision")),
            ("decision", "send-back"),
            ("note", "Please keep the advice"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let public = get(&hub, "/wiki/discover/first-conversations", None)
        .await
        .1;
    assert!(public.contains("Before any assessment, listen"));
    assert!(
        get(&hub, "/wiki/discover/first-conversations/history", None)
            .await
            .1
            .contains("Sent back: Please keep the advice")
    );

    let (status, ..) = post(
        &hub,
        &eve,
        "/review",
        &[
            ("page", &field("guide", "page")),
            ("revision", &field("guide", "revision")),
            ("decision", "approve"),
            ("trust", "yes"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert!(
        get(&hub, &location, None).await.1.contains("Fresh advice."),
        "approved: readers see it"
    );
    assert!(
        get(&hub, "/review", Some(&eve.cookie))
            .await
            .1
            .contains("Nothing waits for review.")
    );

    // Trusted now: the next edit is seen at once.
    let form = get(&hub, &format!("{location}/edit"), Some(&nia.cookie))
        .await
        .1;
    let base = form
        .split("name=\"base\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    post(
        &hub,
        &nia,
        &format!("{location}/edit"),
        &[
            ("base", &base),
            ("title", "Nia's guide"),
            ("body", "Better advice."),
        ],
    )
    .await;
    assert!(
        get(&hub, &location, None)
            .await
            .1
            .contains("Better advice.")
    );
}

#[tokio::test]
async fn labels_gather_pages_and_templates_start_new_ones() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let eve = member(&hub, "eve", Role::Editor).await;
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Mapping game"),
            ("body", "x"),
            ("labels", "Exercise,  Needs Review"),
        ],
    )
    .await;
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Hidden drill"),
            ("body", "x"),
            ("labels", "exercise"),
            ("visibility", "members"),
        ],
    )
    .await;
    let (status, _, form) = post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[("title", "Bad"), ("body", "x"), ("labels", "<script>")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        form.contains("value=\"&#60;script&#62;\""),
        "what was typed comes back"
    );

    let page = get(&hub, "/wiki/discover/mapping-game", None).await.1;
    assert!(page.contains("href=\"/labels/exercise\"") && page.contains(">needs review</a>"));
    let label = get(&hub, "/labels/exercise", None).await.1;
    assert!(
        label.contains("Mapping game") && !label.contains("Hidden drill"),
        "a reader sees only what they may read"
    );
    assert!(
        get(&hub, "/labels/exercise", Some(&ana.cookie))
            .await
            .1
            .contains("Hidden drill")
    );
    assert!(
        get(&hub, "/labels", None)
            .await
            .1
            .contains("exercise</a> (1)")
    );
    assert!(
        get(&hub, "/recent-changes?label=needs+review", None)
            .await
            .1
            .contains("Mapping game")
    );
    assert!(
        !get(&hub, "/recent-changes?label=needs+review", None)
            .await
            .1
            .contains("First conversations")
    );

    // Editing changes labels; the edit form shows them.
    let form = get(&hub, "/wiki/discover/mapping-game/edit", Some(&ana.cookie))
        .await
        .1;
    assert!(form.contains("value=\"exercise, needs review\""), "{form}");
    post(
        &hub,
        &ana,
        "/wiki/discover/mapping-game/edit",
        &[
            ("base", "1"),
            ("title", "Mapping game"),
            ("body", "x"),
            ("labels", "exercise"),
        ],
    )
    .await;
    assert!(
        !get(&hub, "/wiki/discover/mapping-game", None)
            .await
            .1
            .contains("needs review")
    );

    // Templates: the starting three, editors change them, new pages start from them.
    let new_form = get(&hub, "/wiki/discover/new", Some(&ana.cookie)).await.1;
    assert!(
        new_form.contains(">Exercise (English)</option>")
            && new_form.contains(">Case study (English)</option>")
    );
    let id = new_form
        .split("<option value=\"")
        .find(|o| o.contains(">Guide (English)</option>"))
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let prefilled = get(
        &hub,
        &format!("/wiki/discover/new?template={id}&title=Wiping+phones"),
        Some(&ana.cookie),
    )
    .await
    .1;
    assert!(
        prefilled.contains("## Who this is for") && prefilled.contains("value=\"Wiping phones\"")
    );
    let (status, ..) = post(&hub, &ana, "/templates", &[("name", "Mine"), ("body", "x")]).await;
    assert_eq!(status, 403);
    let (status, ..) = post(
        &hub,
        &eve,
        "/templates",
        &[("name", "Checklist"), ("body", "- [ ] ")],
    )
    .await;
    assert_eq!(status, 303);
    assert!(
        get(&hub, "/wiki/discover/new", Some(&ana.cookie))
            .await
            .1
            .contains(">Checklist (English)</option>")
    );
}

/// A multipart upload of one file, as a browser sends it.
async fn upload(
    hub: &TestApp,
    who: &Member,
    path: &str,
    name: &str,
    bytes: &[u8],
    csrf: &str,
) -> (u16, String, String) {
    let boundary = "----braidtest7MA4YWxkTrZu0gW";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let response = hub
        .send(
            Request::post(path)
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .header("origin", ORIGIN)
                .header("sec-fetch-site", "same-origin")
                .header("cookie", &who.cookie)
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, location, text(response).await)
}

fn jpeg_with_gps() -> Vec<u8> {
    let mut bytes = vec![0xff, 0xd8, 0xff, 0xe0, 0x00, 0x06, b'J', b'F', b'I', b'F'];
    let exif = b"Exif\0\0GPS 52.5200N 13.4050E Pixel 7";
    bytes.extend_from_slice(&[0xff, 0xe1]);
    bytes.extend_from_slice(&u16::try_from(exif.len() + 2).unwrap().to_be_bytes());
    bytes.extend_from_slice(exif);
    bytes.extend_from_slice(&[0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0xff, 0xd9]);
    bytes
}

#[tokio::test]
async fn attachments_are_typed_by_content_stripped_and_never_active() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let page = "/wiki/discover/first-conversations";
    let uploads = format!("{page}/attachments");

    let (status, ..) = upload(&hub, &ana, &uploads, "photo.jpg", &jpeg_with_gps(), "wrong").await;
    assert_eq!(status, 403, "uploads need the CSRF token too");
    let (status, location, _) = upload(
        &hub,
        &ana,
        &uploads,
        "../photo.jpg",
        &jpeg_with_gps(),
        &ana.csrf.clone(),
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, "/wiki/discover/first-conversations#attachments")
    );
    let listed = get(&hub, page, None).await.1;
    let href = listed
        .split("<a href=\"/attachments/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert!(href.ends_with("/photo.jpg"), "{href}");
    let response = hub.get(&format!("/attachments/{href}")).await;
    assert_eq!(header(&response, "content-type"), "image/jpeg");
    assert!(header(&response, "content-disposition").starts_with("inline"));
    assert!(header(&response, "content-security-policy").contains("sandbox"));
    assert_eq!(header(&response, "x-content-type-options"), "nosniff");
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&bytes).contains("GPS"),
        "location stripped"
    );
    assert!(bytes.ends_with(&[0xff, 0xd9]), "the image itself kept");

    // SVG and HTML are kept only as text, to download.
    for (name, content) in [
        (
            "map.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>",
        ),
        ("page.html", "<html><script>alert(3)</script></html>"),
    ] {
        let (status, ..) = upload(
            &hub,
            &ana,
            &uploads,
            name,
            content.as_bytes(),
            &ana.csrf.clone(),
        )
        .await;
        assert_eq!(status, 303, "{name}");
        let listed = get(&hub, page, None).await.1;
        let href = listed
            .split("<a href=\"/attachments/")
            .find(|part| part.contains(&format!("/{name}\"")))
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned();
        let response = hub.get(&format!("/attachments/{href}")).await;
        assert_eq!(
            header(&response, "content-type"),
            "text/plain; charset=utf-8",
            "{name}"
        );
        assert!(
            header(&response, "content-disposition").starts_with("attachment"),
            "{name}"
        );
    }

    let (status, _, refused) = upload(
        &hub,
        &ana,
        &uploads,
        "tool.exe",
        b"MZ\x90\0\x03\0\0\0",
        &ana.csrf.clone(),
    )
    .await;
    assert_eq!(status, 422);
    assert!(refused.contains("Attach images"), "a clear reason");
    let (status, ..) = upload(
        &hub,
        &ana,
        &uploads,
        "big.txt",
        &vec![b'a'; 1024 * 1024 + 10],
        &ana.csrf.clone(),
    )
    .await;
    assert_eq!(status, 422, "over the configured size");

    // A members-only page's files stay with it.
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Private"),
            ("body", "x"),
            ("visibility", "members"),
        ],
    )
    .await;
    let (status, ..) = upload(
        &hub,
        &ana,
        "/wiki/discover/private/attachments",
        "p.jpg",
        &jpeg_with_gps(),
        &ana.csrf.clone(),
    )
    .await;
    assert_eq!(status, 303);
    let private = get(&hub, "/wiki/discover/private", Some(&ana.cookie))
        .await
        .1;
    let href = private
        .split("<a href=\"/attachments/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(hub.get(&format!("/attachments/{href}")).await.status(), 404);
    let as_member = hub
        .send(
            Request::get(format!("/attachments/{href}"))
                .header("cookie", &ana.cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(as_member.status(), 200);
}

#[tokio::test]
async fn watchers_hear_of_changes_they_may_read_and_of_advice_going_stale() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let bo = member(&hub, "bo", Role::Member).await;
    let eve = member(&hub, "eve", Role::Editor).await;
    let page = "/wiki/discover/first-conversations";
    let (status, ..) = post(
        &hub,
        &ana,
        &format!("{page}/watch"),
        &[("target", "page"), ("on", "true")],
    )
    .await;
    assert_eq!(status, 303);
    assert!(
        get(&hub, page, Some(&ana.cookie))
            .await
            .1
            .contains("Stop watching")
    );
    post(
        &hub,
        &bo,
        &format!("{page}/watch"),
        &[("target", "section"), ("on", "true")],
    )
    .await;

    post(
        &hub,
        &bo,
        &format!("{page}/edit"),
        &[
            ("base", "1"),
            ("title", "First conversations"),
            ("body", "Listen first."),
            ("summary", "shorter"),
        ],
    )
    .await;
    // Watchers are told by the notification follower, not in the request (the server runs it
    // twice a second).
    hub.app.catch_up().await.unwrap();
    let notes = get(&hub, "/notifications", Some(&ana.cookie)).await.1;
    assert!(
        notes.contains("shorter") && notes.contains(">First conversations</a>"),
        "{notes}"
    );
    assert!(
        !get(&hub, "/notifications", Some(&bo.cookie))
            .await
            .1
            .contains("shorter"),
        "not told of one's own edit"
    );
    post(
        &hub,
        &ana,
        &format!("{page}/comments"),
        &[("body", "Good change")],
    )
    .await;
    hub.app.catch_up().await.unwrap();
    assert!(
        get(&hub, "/notifications", Some(&bo.cookie))
            .await
            .1
            .contains("Good change"),
        "section watchers hear of comments"
    );

    // A members-only page's changes reach only watchers who may read it (all members here),
    // and an editors-only page's reach nobody who is not an editor.
    post(
        &hub,
        &eve,
        "/wiki/discover/new",
        &[
            ("title", "Editors plan"),
            ("body", "x"),
            ("visibility", "editors"),
        ],
    )
    .await;
    post(
        &hub,
        &eve,
        "/wiki/discover/editors-plan/edit",
        &[
            ("base", "1"),
            ("title", "Editors plan"),
            ("body", "y"),
            ("summary", "secret step"),
        ],
    )
    .await;
    hub.app.catch_up().await.unwrap();
    assert!(
        !get(&hub, "/notifications", Some(&bo.cookie))
            .await
            .1
            .contains("secret step")
    );

    // Review-by dates: editors set them; the daily job reminds watchers once it has passed.
    let (status, _, refused) = post(
        &hub,
        &eve,
        &format!("{page}/review-by"),
        &[("date", "soon")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(refused.contains("2027-03-31"));
    let (status, ..) = post(
        &hub,
        &eve,
        &format!("{page}/review-by"),
        &[("date", "2020-01-31")],
    )
    .await;
    assert_eq!(status, 303);
    assert!(
        get(&hub, "/review-due", None)
            .await
            .1
            .contains("First conversations")
    );
    assert_eq!(hub.app.remind_reviews().await.unwrap(), 1);
    assert_eq!(
        hub.app.remind_reviews().await.unwrap(),
        0,
        "once a week at most"
    );
    let notes = get(&hub, "/notifications", Some(&ana.cookie)).await.1;
    assert!(notes.contains("Due for review:"), "{notes}");
    post(&hub, &ana, "/notifications/read", &[]).await;
    assert!(
        !get(&hub, "/notifications", Some(&ana.cookie))
            .await
            .1
            .contains("<strong class=\"badge\">new")
    );
}

#[tokio::test]
async fn each_page_shows_its_sections_licence_and_editors_choose_it() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let eve = member(&hub, "eve", Role::Editor).await;
    let page = get(&hub, "/wiki/discover/first-conversations", None)
        .await
        .1;
    assert!(
        page.contains("href=\"https://creativecommons.org/licenses/by-sa/4.0/\" rel=\"license")
    );
    assert!(
        page.contains("href=\"/wiki/contribute\""),
        "and how to contribute"
    );
    assert!(
        get(&hub, "/wiki/contribute/how-to-contribute", None)
            .await
            .1
            .contains("Licence and credit")
    );
    let (status, ..) = post(
        &hub,
        &ana,
        "/wiki/discover/licence",
        &[("licence", "CC0-1.0")],
    )
    .await;
    assert_eq!(status, 403);
    let (status, ..) = post(
        &hub,
        &eve,
        "/wiki/discover/licence",
        &[("licence", "CC0-1.0")],
    )
    .await;
    assert_eq!(status, 303);
    let page = get(&hub, "/wiki/discover/first-conversations", None)
        .await
        .1;
    assert!(page.contains(">CC0 1.0</a>"));
    let markdown = get(&hub, "/wiki/discover/first-conversations/export.md", None)
        .await
        .1;
    assert!(markdown.contains("licence: CC0-1.0"));
}

#[tokio::test]
async fn wanted_pages_stay_one_bounded_list_and_hidden_pages_count_as_unwritten() {
    // Issue 27, finding 2: one page with 20,000 links made each anonymous request cost
    // seconds, because every page was rendered on every request. Links are now recorded at
    // save time and the list is one bounded page.
    let hub = TestApp::new().await;
    let eve = member(&hub, "eve", Role::Editor).await;
    let body: String = (0..300).map(|n| format!("[[Gap {n:03}]] ")).collect();
    let (status, ..) = post(
        &hub,
        &eve,
        "/wiki/discover/new",
        &[("title", "Index of everything"), ("body", &body)],
    )
    .await;
    assert_eq!(status, 303);
    let (status, list) = get(&hub, "/wanted-pages", None).await;
    assert_eq!(status, 200);
    // The demo's own wanted page first (two pages link to it: the source and its Arabic
    // translation), then 199 of the gaps; the 101 left over are counted.
    assert_eq!(list.matches("<bdi>Gap ").count(), 199, "{list}");
    assert!(list.contains("101 more wanted pages"), "{list}");

    // A page the reader may not read looks unwritten here as it does in the link itself, so
    // the list says nothing of hidden pages.
    post(
        &hub,
        &eve,
        "/wiki/discover/new",
        &[
            ("title", "Gap 000"),
            ("body", "Only for editors."),
            ("visibility", "editors"),
        ],
    )
    .await;
    assert!(
        get(&hub, "/wanted-pages", None)
            .await
            .1
            .contains("<bdi>Gap 000</bdi>")
    );
    assert!(
        !get(&hub, "/wanted-pages", Some(&eve.cookie))
            .await
            .1
            .contains("<bdi>Gap 000</bdi>")
    );
}

#[tokio::test]
async fn recent_changes_by_person_do_not_tell_members_from_strangers() {
    // Issue 27, finding 4: `?person=` answered 200 for any member (even one who never edited,
    // in any capitalisation) and 404 otherwise, so anyone could check who is a member.
    let hub = TestApp::new().await;
    member(&hub, "quietmember", Role::Member).await;
    let answers: Vec<(u16, String)> =
        answers_for_people(&hub, &["quietmember", "QuietMember", "nobodyhere"]).await;
    let (status, first) = &answers[0];
    assert_eq!(*status, 200);
    for (status, body) in &answers[1..] {
        assert_eq!(*status, 200);
        assert_eq!(
            without_tokens(body),
            without_tokens(first),
            "a member and a stranger must read alike"
        );
    }
}

async fn answers_for_people(hub: &TestApp, people: &[&str]) -> Vec<(u16, String)> {
    let mut answers = Vec::new();
    for person in people {
        let (status, body) = get(hub, &format!("/recent-changes?person={person}"), None).await;
        // The form echoes what was asked; compare the rest.
        answers.push((status, body.replace(person, "quietmember")));
    }
    answers
}

/// The page without what differs between any two responses (the masked CSRF token).
fn without_tokens(body: &str) -> String {
    body.lines()
        .filter(|line| !line.contains("name=\"csrf\""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[tokio::test]
async fn a_new_title_never_reveals_a_hidden_page_and_long_titles_coexist() {
    // Issue 27, finding 8: a title clashing with a hidden, waiting or deleted page answered
    // 409 "already exists" (an existence oracle), and two titles that differ only after the
    // slug's 80 characters could not coexist.
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let eve = member(&hub, "eve", Role::Editor).await;
    let (status, ..) = post(
        &hub,
        &eve,
        "/wiki/discover/new",
        &[
            ("title", "Shelter addresses"),
            ("body", "Editors only."),
            ("visibility", "editors"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (status, location, _) = post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[("title", "Shelter addresses"), ("body", "Mine.")],
    )
    .await;
    assert_eq!(status, 303, "the hidden page is not revealed");
    assert_eq!(location, "/wiki/discover/shelter-addresses-2");
    // The same title as a page the writer can see is still refused, with the form kept.
    let (status, _, body) = post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[("title", "Shelter addresses"), ("body", "Again.")],
    )
    .await;
    assert_eq!(status, 409);
    assert!(body.contains("Again."), "what was typed is kept");

    let long =
        "A very long title about holistic security for organisations working in hostile places";
    for ending in [" (part one)", " (part two)"] {
        let (status, location, _) = post(
            &hub,
            &ana,
            "/wiki/discover/new",
            &[("title", &format!("{long}{ending}")), ("body", "x")],
        )
        .await;
        assert_eq!(status, 303, "{ending}");
        assert!(get(&hub, &location, None).await.1.contains(ending.trim()));
    }
}

#[tokio::test]
async fn forms_that_are_not_text_are_refused_before_anything_is_stored() {
    // Issue 27, finding 8: `%FF%FE` in a title was stored as U+FFFD and NUL bytes in bodies
    // were stored on one backend; both are refused with 422 now, alike on both backends.
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    for (title, body) in [("Broken %FF%FE", "x"), ("Nul", "a%00b")] {
        let form = format!("csrf={}&title={title}&body={body}", encode(&ana.csrf));
        let response = hub
            .send(
                Request::post("/wiki/discover/new")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("origin", ORIGIN)
                    .header("sec-fetch-site", "same-origin")
                    .header("cookie", &ana.cookie)
                    .body(Body::from(form))
                    .unwrap(),
            )
            .await;
        assert_eq!(response.status(), 422, "{title}");
    }
    let recent = get(&hub, "/recent-changes", Some(&ana.cookie)).await.1;
    assert!(!recent.contains("Broken") && !recent.contains(">Nul<"));
}

#[tokio::test]
async fn the_site_navigation_says_where_you_are_and_what_waits() {
    // Issue 27: notifications and the review queue were linked from nowhere, so editors never
    // learnt that edits waited for them.
    let hub = TestApp::new().await;
    let nia = newcomer(&hub, "nia").await;
    let eve = member(&hub, "eve", Role::Editor).await;
    let anonymous = get(&hub, "/recent-changes", None).await.1;
    assert!(anonymous.contains("<a href=\"/recent-changes\" aria-current=\"page\">"));
    assert!(
        !anonymous.contains("href=\"/notifications\"") && !anonymous.contains("href=\"/review\"")
    );
    post(
        &hub,
        &nia,
        "/wiki/discover/new",
        &[("title", "Waiting page"), ("body", "For review.")],
    )
    .await;
    let home = get(&hub, "/", Some(&eve.cookie)).await.1;
    assert!(
        home.contains("href=\"/review\">Review <span class=\"count\">1</span>"),
        "{home}"
    );
    assert!(home.contains("href=\"/notifications\">Notifications</a>"));
    assert!(
        !home.contains("href=\"/admin/members\""),
        "editors are not admins"
    );
    let newcomer_home = get(&hub, "/", Some(&nia.cookie)).await.1;
    assert!(!newcomer_home.contains("href=\"/review\""));
}

#[tokio::test]
async fn a_refusal_says_its_real_reason() {
    // Issue 27: every 403 blamed "a link on another site", even when the member's role or a
    // missing second factor was the reason.
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let (status, _, body) = post(
        &hub,
        &ana,
        "/wiki/discover/visibility",
        &[("visibility", "members")],
    )
    .await;
    assert_eq!(status, 403);
    assert!(body.contains("Your role does not allow this"), "{body}");
    assert!(!body.contains("another site"));

    let eve = member(&hub, "eve", Role::Editor).await;
    hub.app
        .accounts()
        .require_second_factor_for(&Actor::System, &[Role::Editor].into_iter().collect(), false)
        .await
        .unwrap();
    let (status, _, body) = post(
        &hub,
        &eve,
        "/wiki/discover/new",
        &[("title", "Anything"), ("body", "x")],
    )
    .await;
    assert_eq!(status, 403);
    assert!(body.contains("requires a second factor"), "{body}");
}

#[tokio::test]
async fn wanted_pages_and_section_visibility_respect_the_reader() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let eve = member(&hub, "eve", Role::Editor).await;
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Inner notes"),
            ("body", "See [[Secret plan]]."),
            ("visibility", "members"),
        ],
    )
    .await;
    let anonymous = get(&hub, "/wanted-pages", None).await.1;
    assert!(
        anonymous.contains("Security plan"),
        "the demo's wanted page: {anonymous}"
    );
    assert!(
        !anonymous.contains("Secret plan"),
        "links on pages the reader cannot read stay hidden"
    );
    assert!(
        get(&hub, "/wanted-pages", Some(&ana.cookie))
            .await
            .1
            .contains("Secret plan")
    );

    let (status, ..) = post(
        &hub,
        &ana,
        "/wiki/discover/visibility",
        &[("visibility", "members")],
    )
    .await;
    assert_eq!(status, 403);
    let (status, ..) = post(
        &hub,
        &eve,
        "/wiki/discover/visibility",
        &[("visibility", "members")],
    )
    .await;
    assert_eq!(status, 303);
    for path in [
        "/wiki/discover",
        "/wiki/discover/first-conversations",
        "/wiki/discover/first-conversations/history",
    ] {
        assert_eq!(get(&hub, path, None).await.0, 404, "{path}");
    }
    assert!(
        !get(&hub, "/", None).await.1.contains("/wiki/discover\""),
        "the home page leaves it out"
    );
    assert!(
        !get(&hub, "/recent-changes.atom", None)
            .await
            .1
            .contains("First conversations")
    );
    assert_eq!(
        get(
            &hub,
            "/wiki/discover/first-conversations",
            Some(&ana.cookie)
        )
        .await
        .0,
        200
    );
}

#[tokio::test]
async fn a_page_carries_its_language_and_an_unknown_one_is_refused_keeping_the_text() {
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Editor).await;

    // A new page starts in the reader's interface language when pages can be written in it.
    let form = get(&hub, "/wiki/discover/new", Some(&ana.cookie)).await.1;
    assert!(
        form.contains("<option value=\"en\" lang=\"en\" selected>English</option>"),
        "{form}"
    );
    assert!(form.contains("<option value=\"ar\" lang=\"ar\">العربية</option>"));

    let (status, _, _) = post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[("title", "Plan"), ("body", "خطة الأمان"), ("language", "ar")],
    )
    .await;
    assert_eq!(status, 303);
    let page = get(&hub, "/wiki/discover/plan", None).await.1;
    assert!(
        page.contains("<div class=\"content\" lang=\"ar\" dir=\"rtl\">"),
        "{page}"
    );

    // Changing the language alone (same text) is kept; an unknown one is refused.
    let edit = get(&hub, "/wiki/discover/plan/edit", Some(&ana.cookie))
        .await
        .1;
    assert!(
        edit.contains("<option value=\"ar\" lang=\"ar\" selected>"),
        "{edit}"
    );
    let (status, _, _) = post(
        &hub,
        &ana,
        "/wiki/discover/plan/edit",
        &[
            ("base", "1"),
            ("title", "Plan"),
            ("body", "خطة الأمان"),
            ("language", "fa"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let page = get(&hub, "/wiki/discover/plan", None).await.1;
    assert!(page.contains("lang=\"fa\" dir=\"rtl\""), "{page}");
    let (status, _, refused) = post(
        &hub,
        &ana,
        "/wiki/discover/plan/edit",
        &[
            ("base", "1"),
            ("title", "Plan"),
            ("body", "Changed text"),
            ("language", "klingon"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        refused.contains("Choose one of the listed languages."),
        "{refused}"
    );
    assert!(
        refused.contains("Changed text</textarea>"),
        "the text is kept"
    );
    assert!(
        get(&hub, "/wiki/discover/plan", None)
            .await
            .1
            .contains("خطة الأمان"),
        "nothing saved"
    );
}

/// An anonymous GET of `path` as a browser sends it: (status, Content-Encoding, body bytes).
async fn anonymous_get(
    hub: &TestApp,
    path: &str,
    accept_encoding: &str,
    language: &str,
) -> (u16, String, Vec<u8>) {
    let response = hub
        .send(
            Request::get(path)
                .header("accept-encoding", accept_encoding)
                .header("accept-language", language)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    let status = response.status().as_u16();
    let encoding = header(&response, "content-encoding").to_owned();
    let bytes = http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    (status, encoding, bytes)
}

fn gunzip(bytes: &[u8]) -> String {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(bytes), &mut text).unwrap();
    text
}

#[tokio::test]
async fn anonymous_readers_get_finished_pages_that_follow_every_change_at_once() {
    // Anonymous pages are kept finished (public_pages); every write that changes what a
    // reader sees must show on the very next request, and nothing of a member's page may
    // reach an anonymous reader (T-series: members-only content, CSRF tokens).
    let hub = TestApp::new().await;
    let eve = member(&hub, "eve", Role::Editor).await;
    let path = "/wiki/discover/kept-page";
    post(
        &hub,
        &eve,
        "/wiki/discover/new",
        &[("title", "Kept page"), ("body", "First words.")],
    )
    .await;

    let (status, encoding, first) = anonymous_get(&hub, path, "gzip", "en").await;
    assert_eq!((status, encoding.as_str()), (200, "gzip"));
    let english = gunzip(&first);
    assert!(english.contains("First words.") && english.contains("dir=\"ltr\""));
    assert_eq!(anonymous_get(&hub, path, "gzip", "en").await.2, first);
    let (_, encoding, plain) = anonymous_get(&hub, path, "identity", "en").await;
    assert_eq!(encoding, "");
    assert_eq!(String::from_utf8(plain).unwrap(), english);
    let arabic = gunzip(&anonymous_get(&hub, path, "gzip", "ar").await.2);
    assert!(arabic.contains("dir=\"rtl\"") && arabic.contains("First words."));

    // A member's page is rendered for them, and never handed to anyone else.
    let (_, own) = get(&hub, path, Some(&eve.cookie)).await;
    assert!(own.contains("name=\"csrf\""));
    let anonymous = gunzip(&anonymous_get(&hub, path, "gzip", "en").await.2);
    assert!(!anonymous.contains("name=\"csrf\""));

    let (status, ..) = post(
        &hub,
        &eve,
        &format!("{path}/edit"),
        &[
            ("base", "1"),
            ("title", "Kept page"),
            ("body", "Second words."),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let seen = gunzip(&anonymous_get(&hub, path, "gzip", "en").await.2);
    assert!(seen.contains("Second words.") && !seen.contains("First words."));
    let seen = gunzip(&anonymous_get(&hub, path, "gzip", "ar").await.2);
    assert!(seen.contains("Second words."), "every language's copy goes");

    post(
        &hub,
        &eve,
        &format!("{path}/review-by"),
        &[("date", "2031-05-20")],
    )
    .await;
    assert!(gunzip(&anonymous_get(&hub, path, "gzip", "en").await.2).contains("2031-05-20"));

    post(
        &hub,
        &eve,
        "/wiki/discover/licence",
        &[("licence", "CC0-1.0")],
    )
    .await;
    assert!(gunzip(&anonymous_get(&hub, path, "gzip", "en").await.2).contains(">CC0 1.0</a>"));

    post(
        &hub,
        &eve,
        "/wiki/discover/visibility",
        &[("visibility", "members")],
    )
    .await;
    let (status, _, body) = anonymous_get(&hub, path, "gzip", "en").await;
    assert_eq!(status, 404);
    assert!(!gunzip_or_text(&body).contains("Second words."));
}

#[tokio::test]
async fn a_pages_new_text_leaves_its_neighbours_and_a_new_title_or_visibility_reaches_them() {
    // A page's finished copy is kept by its own version (issue 29): an edit of another
    // page's text leaves it, but whatever it shows of that page (its title in the tree) must
    // follow at once.
    let hub = TestApp::new().await;
    let eve = member(&hub, "eve", Role::Editor).await;
    for (title, body) in [("Alpha", "Alpha words."), ("Beta", "Beta words.")] {
        post(
            &hub,
            &eve,
            "/wiki/discover/new",
            &[("title", title), ("body", body)],
        )
        .await;
    }
    let read = async |path: &str| gunzip(&anonymous_get(&hub, path, "gzip", "en").await.2);
    let (alpha, beta) = ("/wiki/discover/alpha", "/wiki/discover/beta");
    assert!(read(beta).await.contains(">Alpha</a>"));

    let edit = async |base: &str, title: &str, body: &str| {
        post(
            &hub,
            &eve,
            "/wiki/discover/alpha/edit",
            &[("base", base), ("title", title), ("body", body)],
        )
        .await
        .0
    };
    assert_eq!(edit("1", "Alpha", "Alpha changed.").await, 303);
    let seen = read(alpha).await;
    assert!(seen.contains("Alpha changed.") && !seen.contains("Alpha words."));
    assert!(read(beta).await.contains(">Alpha</a>"));

    assert_eq!(edit("2", "Aleph", "Alpha changed.").await, 303);
    let seen = read(beta).await;
    assert!(
        seen.contains(">Aleph</a>") && !seen.contains(">Alpha</a>"),
        "{seen}"
    );

    post(
        &hub,
        &eve,
        "/wiki/discover/alpha/visibility",
        &[("visibility", "members")],
    )
    .await;
    assert!(!read(beta).await.contains("Aleph"));
}

fn gunzip_or_text(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        gunzip(bytes)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

#[tokio::test]
async fn anonymous_recent_changes_are_kept_finished_and_follow_each_change() {
    let hub = TestApp::new().await;
    let eve = member(&hub, "eve", Role::Editor).await;
    post(
        &hub,
        &eve,
        "/wiki/discover/new",
        &[("title", "Border crossing"), ("body", "Travel light.")],
    )
    .await;

    let (status, encoding, first) = anonymous_get(&hub, "/recent-changes", "gzip", "en").await;
    assert_eq!((status, encoding.as_str()), (200, "gzip"));
    assert!(gunzip(&first).contains("Border crossing"));
    assert_eq!(
        anonymous_get(&hub, "/recent-changes", "gzip", "en").await.2,
        first
    );

    // A member's list is rendered for them and never handed to anyone else.
    let (_, own) = get(&hub, "/recent-changes", Some(&eve.cookie)).await;
    assert!(own.contains("name=\"csrf\""));
    let anonymous = gunzip(&anonymous_get(&hub, "/recent-changes", "gzip", "en").await.2);
    assert!(!anonymous.contains("name=\"csrf\""));

    post(
        &hub,
        &eve,
        "/wiki/discover/new",
        &[("title", "Phone seizure"), ("body", "Call legal aid.")],
    )
    .await;
    let listed = gunzip(&anonymous_get(&hub, "/recent-changes", "gzip", "en").await.2);
    assert!(listed.contains("Phone seizure") && listed.contains("Border crossing"));

    // A filtered list (a query string) is rendered for what it asks, never kept.
    let (_, filtered) = get(&hub, "/recent-changes?section=strategise", None).await;
    assert!(!filtered.contains("Phone seizure"));

    post(
        &hub,
        &eve,
        "/wiki/discover/visibility",
        &[("visibility", "members")],
    )
    .await;
    let listed = gunzip(&anonymous_get(&hub, "/recent-changes", "gzip", "en").await.2);
    assert!(!listed.contains("Phone seizure") && !listed.contains("Border crossing"));
}

#[tokio::test]
async fn requiring_a_second_factor_an_admin_lacks_asks_them_first() {
    // Issue 27: ticking their own role held the admin to a second factor at once.
    let hub = TestApp::new().await;
    let ada = member(&hub, "ada", Role::Admin).await;
    let (status, _, body) = post(
        &hub,
        &ada,
        "/admin/second-factor-policy",
        &[("role", "admin")],
    )
    .await;
    assert_eq!(status, 200);
    assert!(body.contains("This would hold you to it too"), "{body}");
    assert!(
        body.contains("<span class=\"tag\">administrator</span>"),
        "{body}"
    );
    assert!(body.contains("name=\"confirm\" value=\"yes\""));
    assert!(
        hub.app
            .accounts()
            .second_factor_required_for()
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(get(&hub, "/admin/members", Some(&ada.cookie)).await.0, 200);

    let (status, _, _) = post(
        &hub,
        &ada,
        "/admin/second-factor-policy",
        &[("role", "admin"), ("confirm", "yes")],
    )
    .await;
    assert_eq!(status, 303);
    assert!(
        hub.app
            .accounts()
            .second_factor_required_for()
            .await
            .unwrap()
            .contains(&Role::Admin)
    );
    assert_eq!(get(&hub, "/admin/members", Some(&ada.cookie)).await.0, 403);
}

#[tokio::test]
async fn a_page_made_public_by_mistake_can_be_narrowed_after_it_was_created() {
    // Issue 27: only sections could change who reads them.
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Names of our partners"),
            ("body", "Oops."),
            ("visibility", "public"),
        ],
    )
    .await;
    let path = "/wiki/discover/names-of-our-partners";
    assert_eq!(get(&hub, path, None).await.0, 200);
    let edit = get(&hub, &format!("{path}/edit"), Some(&ana.cookie))
        .await
        .1;
    assert!(
        edit.contains(&format!("action=\"{path}/visibility\"")),
        "{edit}"
    );
    assert!(
        !edit.contains("<option value=\"editors\""),
        "members cannot lock themselves out"
    );
    let (status, _, _) = post(
        &hub,
        &ana,
        &format!("{path}/visibility"),
        &[("visibility", "members")],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(
        get(&hub, path, None).await.0,
        404,
        "anonymous readers no longer see it"
    );
    assert_eq!(get(&hub, path, Some(&ana.cookie)).await.0, 200);
    // Widening again is for editors.
    let (status, _, _) = post(
        &hub,
        &ana,
        &format!("{path}/visibility"),
        &[("visibility", "public")],
    )
    .await;
    assert_eq!(status, 403);
    let eve = member(&hub, "eve", Role::Editor).await;
    let (status, _, _) = post(
        &hub,
        &eve,
        &format!("{path}/visibility"),
        &[("visibility", "public")],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(get(&hub, path, None).await.0, 200);
}

#[tokio::test]
async fn a_suppressed_revision_is_seen_by_nobody_but_admins_anywhere() {
    // Issue 27: a revision that exposed an address stayed in history, diffs, feeds and exports.
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    let ada = member(&hub, "ada", Role::Admin).await;
    let eve = member(&hub, "eve", Role::Editor).await;
    let path = "/wiki/discover/first-conversations";
    let edit = get(&hub, &format!("{path}/edit"), Some(&ana.cookie))
        .await
        .1;
    let base = edit
        .split("name=\"base\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let exposed = "We meet at 14 Calle Secreta, flat 3.";
    let body = format!("Before any assessment, listen.\n\n{exposed}\n");
    let (status, _, _) = post(
        &hub,
        &ana,
        &format!("{path}/edit"),
        &[
            ("base", base.as_str()),
            ("title", "First conversations"),
            ("body", &body),
            ("summary", "Where we meet"),
            ("intent", "save"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let exposing: i64 = base.parse::<i64>().unwrap() + 1;
    let fixed = format!("{exposing}");
    post(
        &hub,
        &ana,
        &format!("{path}/edit"),
        &[
            ("base", fixed.as_str()),
            ("title", "First conversations"),
            ("body", "Before any assessment, listen.\n"),
            ("summary", "Removed the address"),
            ("intent", "save"),
        ],
    )
    .await;
    let revision_path = format!("{path}?revision={exposing}");
    assert!(
        get(&hub, &revision_path, None)
            .await
            .1
            .contains("Calle Secreta")
    );

    // Not the published text; not by an editor; needs a reason.
    let (status, _, _) = post(
        &hub,
        &eve,
        &format!("{path}/suppress"),
        &[("revision", fixed.as_str()), ("reason", "address")],
    )
    .await;
    assert_eq!(status, 403);
    let (status, _, body) = post(
        &hub,
        &ada,
        &format!("{path}/suppress"),
        &[
            ("revision", &(exposing + 1).to_string()),
            ("reason", "address"),
        ],
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("This is the text readers see"));
    let (status, _, _) = post(
        &hub,
        &ada,
        &format!("{path}/suppress"),
        &[("revision", fixed.as_str()), ("reason", "")],
    )
    .await;
    assert_eq!(status, 422);
    let (status, _, _) = post(
        &hub,
        &ada,
        &format!("{path}/suppress"),
        &[("revision", fixed.as_str()), ("reason", "a home address")],
    )
    .await;
    assert_eq!(status, 303);

    for (who, cookie) in [
        ("anonymous", None),
        ("its author", Some(ana.cookie.as_str())),
        ("an editor", Some(eve.cookie.as_str())),
    ] {
        assert_eq!(
            get(&hub, &revision_path, cookie).await.0,
            404,
            "{who}: the revision"
        );
        let history = get(&hub, &format!("{path}/history"), cookie).await.1;
        assert!(
            !history.contains("Where we meet"),
            "{who}: its summary in the history"
        );
        let diff = get(
            &hub,
            &format!("{path}/diff?from={base}&to={exposing}"),
            cookie,
        )
        .await;
        assert_eq!(diff.0, 404, "{who}: a diff");
        for listing in [
            "/recent-changes",
            "/recent-changes.atom",
            &format!("{path}/export.md"),
        ] {
            let text = get(&hub, listing, cookie).await.1;
            assert!(
                !text.contains("Where we meet") && !text.contains("Calle Secreta"),
                "{who}: {listing}"
            );
        }
    }
    let seen = get(&hub, &revision_path, Some(&ada.cookie)).await;
    assert_eq!(seen.0, 200);
    assert!(seen.1.contains("This revision is suppressed"));
    assert!(
        get(&hub, &format!("{path}/history"), Some(&ada.cookie))
            .await
            .1
            .contains("<span class=\"tag\">suppressed</span>")
    );
    let audit = get(&hub, "/admin/audit", Some(&ada.cookie)).await.1;
    assert!(audit.contains("Revision suppressed") && audit.contains("a home address"));
}

#[tokio::test]
async fn a_newcomers_file_waits_for_an_editor_like_their_edits() {
    // Issue 27: untrusted members' attachments went live at once on public pages.
    let hub = TestApp::new().await;
    let nia = newcomer(&hub, "nia").await;
    let eve = member(&hub, "eve", Role::Editor).await;
    let page = "/wiki/discover/first-conversations";
    let csrf = nia.csrf.clone();
    let (status, ..) = upload(
        &hub,
        &nia,
        &format!("{page}/attachments"),
        "notes.txt",
        b"meeting notes",
        &csrf,
    )
    .await;
    assert_eq!(status, 303);
    let own = get(&hub, page, Some(&nia.cookie)).await.1;
    assert!(
        own.contains("notes.txt") && own.contains("waits for review"),
        "{own}"
    );
    let href = own
        .split("<a href=\"/attachments/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let file = format!("/attachments/{href}");
    assert!(
        !get(&hub, page, None).await.1.contains("notes.txt"),
        "readers do not see it yet"
    );
    assert_eq!(get(&hub, &file, None).await.0, 404);
    assert_eq!(
        get(&hub, &file, Some(&nia.cookie)).await.0,
        200,
        "its uploader does"
    );

    let queue = get(&hub, "/review", Some(&eve.cookie)).await.1;
    assert!(
        queue.contains("Files waiting") && queue.contains("notes.txt"),
        "{queue}"
    );
    let id = href.split('/').next().unwrap();
    let (status, ..) = post(&hub, &nia, &format!("/attachments/{id}/approve"), &[]).await;
    assert_eq!(status, 403, "not by its uploader");
    let (status, location, _) = post(
        &hub,
        &eve,
        &format!("/attachments/{id}/approve"),
        &[("from", "review")],
    )
    .await;
    assert_eq!((status, location.as_str()), (303, "/review#files"));
    assert_eq!(get(&hub, &file, None).await.0, 200);
    assert!(get(&hub, page, None).await.1.contains("notes.txt"));
    // A trusted member's file is live at once.
    let (status, ..) = upload(
        &hub,
        &eve,
        &format!("{page}/attachments"),
        "plan.txt",
        b"plan",
        &eve.csrf.clone(),
    )
    .await;
    assert_eq!(status, 303);
    assert!(get(&hub, page, None).await.1.contains("plan.txt"));
}

#[tokio::test]
async fn a_members_export_holds_what_they_wrote() {
    // Issue 27: the account export had no contributions.
    let hub = TestApp::new().await;
    let ana = member(&hub, "ana", Role::Member).await;
    post(
        &hub,
        &ana,
        "/wiki/discover/new",
        &[
            ("title", "Listening first"),
            ("body", "Ask, then listen."),
            ("summary", "A start"),
        ],
    )
    .await;
    post(
        &hub,
        &ana,
        "/wiki/discover/listening-first/comments",
        &[("body", "Should we add **consent**?")],
    )
    .await;
    let (status, export) = get(&hub, "/account/export", Some(&ana.cookie)).await;
    assert_eq!(status, 200);
    let data: serde_json::Value = serde_json::from_str(&export).unwrap();
    let revisions = data["page_revisions"].as_array().unwrap();
    assert_eq!(revisions.len(), 1, "{export}");
    assert_eq!(revisions[0]["page"], "/wiki/discover/listening-first");
    assert_eq!(revisions[0]["summary"], "A start");
    let comments = data["comments"].as_array().unwrap();
    assert_eq!(comments[0]["text"], "Should we add **consent**?");
    assert_eq!(comments[0]["page"], "/wiki/discover/listening-first");
}

#[tokio::test]
async fn a_large_section_lists_its_pages_a_part_at_a_time() {
    // Issue 27: a section of 3,334 pages was one 336 KB page.
    let hub = TestApp::new().await;
    let section = "remote-facilitation";
    for n in 0..205 {
        hub.app
            .wiki()
            .create_page(
                &Actor::System,
                section,
                &braid_app::wiki::PageDraft {
                    title: format!("Session note {n:03}"),
                    body: "Notes.".to_owned(),
                    summary: String::new(),
                    parent: None,
                    visibility: braid_domain::wiki::Visibility::Public,
                    labels: String::new(),
                    language: "en".to_owned(),
                },
            )
            .await
            .unwrap();
    }
    let (status, first) = get(&hub, &format!("/wiki/{section}"), None).await;
    assert_eq!(status, 200);
    let listed = |html: &str| html.matches("<li class=\"depth-").count();
    assert_eq!(listed(&first), 200);
    assert!(first.contains("Pages 1 to 200 of 20"), "{first}");
    assert!(first.contains(&format!("href=\"/wiki/{section}?from=200\">Later pages")));
    let (_, rest) = get(&hub, &format!("/wiki/{section}?from=200"), None).await;
    assert!(listed(&rest) >= 5 && listed(&rest) < 200);
    assert!(rest.contains(&format!("href=\"/wiki/{section}\">Earlier pages")));
    // A made-up offset shows the last part rather than nothing.
    let (_, beyond) = get(&hub, &format!("/wiki/{section}?from=99999"), None).await;
    assert_eq!(listed(&beyond), listed(&rest));
}

#[tokio::test]
async fn what_links_here_lists_the_pages_a_reader_may_see() {
    let hub = TestApp::new().await;
    let eve = member(&hub, "eve", Role::Editor).await;
    for (title, visibility) in [("Open notes", "public"), ("Inner notes", "editors")] {
        post(
            &hub,
            &eve,
            "/wiki/discover/new",
            &[
                ("title", title),
                ("body", "See [[risk assessment]]."),
                ("visibility", visibility),
            ],
        )
        .await;
    }
    let path = "/wiki/strategise/risk-assessment/links-here";
    let anonymous = get(&hub, path, None).await.1;
    assert!(
        anonymous.contains(">First conversations</a>"),
        "the demo's link: {anonymous}"
    );
    assert!(
        anonymous.contains(">Open notes</a>"),
        "any case of the title"
    );
    assert!(
        !anonymous.contains("Inner notes"),
        "a page hidden from the reader"
    );
    assert!(
        get(&hub, path, Some(&eve.cookie))
            .await
            .1
            .contains(">Inner notes</a>")
    );
    let page = get(&hub, "/wiki/strategise/risk-assessment", None).await.1;
    assert!(page.contains("href=\"/wiki/strategise/risk-assessment/links-here\""));
}

#[tokio::test]
async fn a_page_is_translated_paragraph_by_paragraph_and_its_translation_shows_what_the_source_changed()
 {
    let hub = TestApp::new().await;
    let translator = member(&hub, "noor", Role::Editor).await;
    let (status, location, _) = post(
        &hub,
        &translator,
        "/wiki/discover/new",
        &[
            ("title", "Phones"),
            (
                "body",
                "Keep them updated.\n\nUse a long PIN.\n\nBack up weekly.",
            ),
            ("summary", ""),
            ("visibility", "public"),
            ("language", "en"),
        ],
    )
    .await;
    assert_eq!((status, location.as_str()), (303, "/wiki/discover/phones"));

    // The page offers to translate it; the editor has a row per paragraph.
    let (_, page) = get(&hub, "/wiki/discover/phones", Some(&translator.cookie)).await;
    assert!(page.contains("href=\"/wiki/discover/phones/translate\""));
    let (status, choices) = get(
        &hub,
        "/wiki/discover/phones/translate",
        Some(&translator.cookie),
    )
    .await;
    assert_eq!(status, 200);
    assert!(choices.contains("href=\"/wiki/discover/phones/translate/fa\""));
    let (status, editor) = get(
        &hub,
        "/wiki/discover/phones/translate/fa",
        Some(&translator.cookie),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        editor.matches("<textarea").count(),
        3,
        "a row per paragraph"
    );
    assert!(
        editor.contains("lang=\"fa\" dir=\"rtl\""),
        "typed right to left"
    );
    let source_revision = editor
        .split("name=\"source_revision\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();

    // A paragraph left empty keeps the source's words for readers and a draft.
    let (status, location, _) = post(
        &hub,
        &translator,
        "/wiki/discover/phones/translate/fa",
        &[
            ("source_revision", &source_revision),
            ("title", "تلفن‌ها"),
            ("p", "به‌روز نگهشان دارید."),
            ("p", "یک پین بلند به کار ببرید."),
            ("p", ""),
            ("summary", ""),
        ],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, "/wiki/discover/phones-fa")
    );
    let (status, translated) = get(&hub, "/wiki/discover/phones-fa", None).await;
    assert_eq!(status, 200);
    assert!(translated.contains("<html lang=\"en\""));
    assert!(
        translated.contains("lang=\"fa\" dir=\"rtl\""),
        "the text is marked as Persian"
    );
    assert!(
        translated.contains("Back up weekly."),
        "the untranslated paragraph reads as written"
    );
    assert!(translated.contains("state-draft"));
    assert!(
        translated.contains("href=\"/wiki/discover/phones\""),
        "it names its source"
    );
    // The source lists its languages; a Persian reader's tree shows the translation's title.
    let (_, source) = get(&hub, "/wiki/discover/phones", None).await;
    assert!(source.contains("hreflang=\"fa\""), "{source}");
    let persian = text(
        hub.send(
            Request::get("/wiki/discover")
                .header("accept-language", "fa")
                .body(Body::empty())
                .unwrap(),
        )
        .await,
    )
    .await;
    assert!(persian.contains(">تلفن‌ها</a>"), "{persian}");

    // Finished, then the source changes: one paragraph rewritten.
    let (_, editor) = get(
        &hub,
        "/wiki/discover/phones/translate/fa",
        Some(&translator.cookie),
    )
    .await;
    let base = editor
        .split("name=\"base\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let (status, _, _) = post(
        &hub,
        &translator,
        "/wiki/discover/phones/translate/fa",
        &[
            ("source_revision", &source_revision),
            ("base", &base),
            ("title", "تلفن‌ها"),
            ("p", "به‌روز نگهشان دارید."),
            ("p", "یک پین بلند به کار ببرید."),
            ("p", "هر هفته پشتیبان بگیرید."),
            ("summary", ""),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, translated) = get(&hub, "/wiki/discover/phones-fa", None).await;
    assert!(translated.contains("state-up-to-date"));
    let edit_base = edit_base(&hub, &translator, "/wiki/discover/phones").await;
    let (status, _, _) = post(
        &hub,
        &translator,
        "/wiki/discover/phones/edit",
        &[
            ("base", &edit_base),
            ("title", "Phones"),
            (
                "body",
                "Keep them updated.\n\nUse a long PIN, not a pattern.\n\nBack up weekly.",
            ),
            ("summary", ""),
            ("labels", ""),
            ("language", "en"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, translated) = get(&hub, "/wiki/discover/phones-fa", None).await;
    assert!(
        translated.contains("state-outdated"),
        "the source changed since"
    );
    let (_, editor) = get(
        &hub,
        "/wiki/discover/phones/translate/fa",
        Some(&translator.cookie),
    )
    .await;
    assert_eq!(
        editor.matches("translation-row changed").count(),
        1,
        "exactly the rewritten paragraph is marked"
    );
    assert!(
        editor.contains("<del>Use a long PIN.</del>"),
        "with what it said before"
    );
    assert!(
        editor.contains(">یک پین بلند به کار ببرید.</textarea>"),
        "and its translation to rework"
    );
}

#[tokio::test]
async fn two_translators_changing_the_same_paragraph_get_both_versions_marked() {
    let hub = TestApp::new().await;
    let first = member(&hub, "noor", Role::Editor).await;
    let second = member(&hub, "samir", Role::Editor).await;
    let field = |html: &str, name: &str| {
        html.split(&format!("name=\"{name}\" value=\""))
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned()
    };
    let editor = "/wiki/discover/first-conversations/translate/es";
    let (_, html) = get(&hub, editor, Some(&first.cookie)).await;
    let source_revision = field(&html, "source_revision");
    let rows = html.matches("<textarea").count();
    let save = |who: &'static str, base: Option<String>, opening: &'static str| {
        let mut fields = vec![
            ("source_revision".to_owned(), source_revision.clone()),
            ("title".to_owned(), "Primeras conversaciones".to_owned()),
            ("summary".to_owned(), String::new()),
        ];
        if let Some(base) = base {
            fields.push(("base".to_owned(), base));
        }
        fields.push(("p".to_owned(), opening.to_owned()));
        for _ in 1..rows {
            fields.push(("p".to_owned(), format!("Traducido por {who}.")));
        }
        fields
    };
    let (status, _, _) = post_owned(
        &hub,
        &first,
        editor,
        save("noor", None, "Antes de nada, escucha."),
    )
    .await;
    assert_eq!(status, 303);
    // Both open the translation at the same revision; both rework its first paragraph.
    let (_, html) = get(&hub, editor, Some(&first.cookie)).await;
    let base = field(&html, "base");
    let (status, _, _) = post_owned(
        &hub,
        &first,
        editor,
        save("noor", Some(base.clone()), "Primero, escuchar."),
    )
    .await;
    assert_eq!(status, 303);
    let (status, _, html) = post_owned(
        &hub,
        &second,
        editor,
        save("samir", Some(base), "Ante todo, escucha con calma."),
    )
    .await;
    assert_eq!(status, 409, "crossed saves of one paragraph");
    assert!(
        html.contains("&#60;&#60;&#60;&#60;&#60;&#60;&#60; yours"),
        "both versions marked: {html}"
    );
    assert!(html.contains("Ante todo, escucha con calma.") && html.contains("Primero, escuchar."));
}

/// [`post`] with owned fields.
async fn post_owned(
    hub: &TestApp,
    who: &Member,
    path: &str,
    fields: Vec<(String, String)>,
) -> (u16, String, String) {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    post(hub, who, path, &pairs).await
}

#[tokio::test]
async fn a_section_s_title_and_description_are_shown_in_the_reader_s_language() {
    let hub = TestApp::new().await;
    let editor = member(&hub, "noor", Role::Editor).await;
    let (status, location, _) = post(
        &hub,
        &editor,
        "/sections/discover",
        &[
            ("intent", "translate"),
            ("language", "fa"),
            ("title", "کشف"),
            ("summary", "شناختن سازمان پیش از هر پیشنهادی."),
        ],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, "/sections#section-discover")
    );
    let (_, manage) = get(&hub, "/sections", Some(&editor.cookie)).await;
    assert!(manage.contains(">کشف</bdi>"), "the editors see it listed");
    let read = |path: &'static str, language: &'static str| {
        let hub = &hub;
        async move {
            text(
                hub.send(
                    Request::get(path)
                        .header("accept-language", language)
                        .body(Body::empty())
                        .unwrap(),
                )
                .await,
            )
            .await
        }
    };
    let home = read("/", "fa").await;
    assert!(
        home.contains("کشف") && home.contains("شناختن سازمان"),
        "{home}"
    );
    let section = read("/wiki/discover", "fa").await;
    assert!(section.contains("<h1") && section.contains("کشف"));
    let page = read("/wiki/discover/first-conversations", "fa").await;
    assert!(page.contains(">کشف</a>"), "the breadcrumbs too");
    let recent = read("/recent-changes", "fa").await;
    assert!(
        recent.contains("<bdi>کشف</bdi>") && recent.contains(">کشف</option>"),
        "recent changes name it so, and so does their filter: {recent}"
    );
    let english = read("/", "en").await;
    assert!(english.contains(">Discover<") && !english.contains("کشف"));
    // An empty title takes the translation away.
    post(
        &hub,
        &editor,
        "/sections/discover",
        &[("intent", "translate"), ("language", "fa"), ("title", "")],
    )
    .await;
    assert!(!read("/", "fa").await.contains("کشف"));
}

#[tokio::test]
async fn a_template_is_written_in_a_language_and_offered_first_to_writers_of_it() {
    let hub = TestApp::new().await;
    let editor = member(&hub, "noor", Role::Editor).await;
    let (status, ..) = post(
        &hub,
        &editor,
        "/templates",
        &[
            ("name", "تمرین"),
            ("body", "## هدف\n\n## گام‌ها"),
            ("language", "fa"),
            ("intent", "save"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let new_page = |language: &'static str| {
        let hub = &hub;
        let cookie = editor.cookie.clone();
        async move {
            text(
                hub.send(
                    Request::get("/wiki/discover/new")
                        .header("cookie", cookie)
                        .header("accept-language", language)
                        .body(Body::empty())
                        .unwrap(),
                )
                .await,
            )
            .await
        }
    };
    let persian = new_page("fa").await;
    let first = persian
        .split("id=\"template\"")
        .nth(1)
        .unwrap()
        .split("<option value=\"")
        .nth(1)
        .unwrap();
    assert!(
        first.contains("lang=\"fa\">تمرین"),
        "the Persian template first: {first}"
    );
    let english = new_page("en").await;
    let first = english
        .split("id=\"template\"")
        .nth(1)
        .unwrap()
        .split("<option value=\"")
        .nth(1)
        .unwrap();
    assert!(
        first.contains("lang=\"en\""),
        "an English one first: {first}"
    );
}
