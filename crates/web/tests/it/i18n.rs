//! Interface languages: negotiation, right-to-left, and complete string sets.

use axum::body::Body;
use axum::http::Request;

use braid_web::i18n::{FALLBACK, Locales};

use crate::{TestApp, text};

async fn page_with(hub: &TestApp, path: &str, header: (&str, &str)) -> String {
    text(
        hub.send(
            Request::get(path)
                .header(header.0, header.1)
                .body(Body::empty())
                .unwrap(),
        )
        .await,
    )
    .await
}

#[tokio::test]
async fn the_browser_language_is_used_with_its_direction() {
    let hub = TestApp::new().await;
    let html = page_with(&hub, "/", ("accept-language", "ar-EG,ar;q=0.9,en;q=0.5")).await;
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("مراحل الدعم"));
    let html = page_with(&hub, "/", ("accept-language", "fa-IR,fa;q=0.9")).await;
    assert!(html.contains("<html lang=\"fa\" dir=\"rtl\">"));
    assert!(html.contains("مراحل همراهی"));
    // The first language the browser lists that we have.
    let html = page_with(
        &hub,
        "/",
        ("accept-language", "de-CH,de;q=0.9,fr;q=0.8,en;q=0.5"),
    )
    .await;
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    // A language we do not have falls back to the default.
    let html = page_with(&hub, "/", ("accept-language", "de-DE,de;q=0.9")).await;
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
}

#[tokio::test]
async fn the_chosen_language_wins_over_the_browser_and_reaches_error_pages() {
    let hub = TestApp::new().await;
    let response = hub.post_form("/language", "lang=ar&return_to=%2F").await;
    let cookie = crate::header(&response, "set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(cookie, "braid_lang=ar");
    let html = text(
        hub.send(
            Request::get("/missing")
                .header("cookie", &cookie)
                .header("accept-language", "en")
                .body(Body::empty())
                .unwrap(),
        )
        .await,
    )
    .await;
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("الصفحة غير موجودة"));
}

fn message_ids_used_in_sources() -> Vec<String> {
    let root = crate::crate_dir();
    let mut sources = String::new();
    let mut folders = vec![root.join("templates"), root.join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                sources.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut ids = Vec::new();
    for marker in [".t(\"", ".t_num(\"", ".t_str(\""] {
        for piece in sources.split(marker).skip(1) {
            if let Some(id) = piece.split('"').next() {
                ids.push(id.to_owned());
            }
        }
    }
    // Ids built at run time.
    for code in [
        "400", "403", "404", "405", "409", "413", "422", "500", "503",
    ] {
        ids.push(format!("error-{code}-title"));
        ids.push(format!("error-{code}-text"));
    }
    for group in ["phase", "practice", "community"] {
        ids.push(format!("group-{group}"));
    }
    for reason in ["used", "expired", "unknown"] {
        ids.push(format!("join-closed-{reason}"));
    }
    for state in braid_domain::wiki::TranslationState::ALL {
        ids.push(format!("translation-state-{}", state.as_str()));
    }
    for role in braid_domain::accounts::Role::ALL {
        ids.push(format!("role-{}", role.as_str()));
    }
    for status in ["active", "pending", "suspended"] {
        let status = braid_domain::accounts::AccountStatus::parse(status).unwrap();
        ids.push(format!("member-status-{}", status.as_str()));
    }
    ids.sort();
    ids.dedup();
    ids
}

/// The stable names of the security events the services record: the third argument of
/// each `audit(…)` call and each `kind: "…"` of an audit entry.
fn audit_event_kinds() -> Vec<String> {
    let mut sources = Vec::new();
    let mut folders = vec![crate::crate_dir().parent().unwrap().join("app").join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                sources.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut kinds = Vec::new();
    for source in sources {
        for call in source.split("audit(").skip(1) {
            let arguments = call.split(';').next().unwrap_or("");
            if let Some(kind) = arguments.split(',').nth(2).map(str::trim)
                && let Some(name) = kind.strip_prefix('"').and_then(|k| k.strip_suffix('"'))
            {
                kinds.push(name.to_owned());
            }
        }
        for piece in source.split("kind: \"").skip(1) {
            kinds.push(piece.split('"').next().unwrap().to_owned());
        }
        // A kind chosen by a condition: `kind: if … { "a" } else { "b" }`.
        for piece in source.split("kind: if ").skip(1) {
            let choice = piece.split(',').next().unwrap_or("");
            kinds.extend(choice.split('"').skip(1).step_by(2).map(str::to_owned));
        }
    }
    kinds.sort();
    kinds.dedup();
    kinds
}

#[test]
fn every_security_event_has_a_name_in_every_language() {
    let kinds = audit_event_kinds();
    assert!(kinds.len() > 20, "found only {kinds:?}");
    for (language, _) in Locales::load("en").unwrap().available() {
        let ids = Locales::message_ids(&language);
        let missing: Vec<_> = kinds
            .iter()
            .filter(|kind| !ids.contains(&format!("event-{kind}")))
            .collect();
        assert!(missing.is_empty(), "{language} lacks names for {missing:?}");
    }
}

#[tokio::test]
async fn every_follower_and_job_has_a_name_in_every_language() {
    let hub = TestApp::new().await;
    let mut ids: Vec<String> = hub
        .app
        .followers()
        .iter()
        .map(|follower| format!("follower-{}", follower.name()))
        .collect();
    // This hub has no search index, so its follower is named here.
    use braid_app::followers::Follower;
    ids.push(format!(
        "follower-{}",
        braid_app::search::SearchFollower.name()
    ));
    ids.extend(
        braid_app::jobs::KINDS
            .iter()
            .map(|kind| format!("job-{kind}")),
    );
    for (language, _) in Locales::load("en").unwrap().available() {
        let known = Locales::message_ids(&language);
        let missing: Vec<_> = ids.iter().filter(|id| !known.contains(id)).collect();
        assert!(missing.is_empty(), "{language} lacks names for {missing:?}");
    }
}

#[test]
fn english_has_every_string_the_interface_uses() {
    let english = Locales::message_ids(FALLBACK);
    let used = message_ids_used_in_sources();
    assert!(used.len() > 30, "found only {used:?}");
    let missing: Vec<_> = used.iter().filter(|id| !english.contains(id)).collect();
    assert!(missing.is_empty(), "missing in English: {missing:?}");
}

#[test]
fn every_domain_error_has_a_message() {
    let english = Locales::message_ids(FALLBACK);
    let crates = crate::crate_dir().parent().unwrap().to_owned();
    let mut folders = vec![crates];
    let mut keys = Vec::new();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() && !path.ends_with("target") {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && path.to_string_lossy().contains("/src/")
            {
                let source = std::fs::read_to_string(&path).unwrap();
                for piece in source.split("key: \"").skip(1) {
                    keys.push(piece.split('"').next().unwrap().to_owned());
                }
            }
        }
    }
    assert!(keys.len() >= 19, "found only {keys:?}");
    let missing: Vec<_> = keys
        .iter()
        .filter(|key| !english.contains(&format!("problem-{key}")))
        .collect();
    assert!(
        missing.is_empty(),
        "domain errors without a message: {missing:?}"
    );
}

#[test]
fn a_default_language_we_do_not_ship_is_refused_clearly() {
    let error = Locales::load("xx").unwrap_err().to_string();
    assert!(error.contains("default_language \"xx\""), "{error}");
}
