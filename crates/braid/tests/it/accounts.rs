//! The first admin's path on a fresh install, over real HTTP with a real cookie jar:
//! `braid admin invite --role admin`, join, sign out, sign in, CSRF, revocation.

use std::io::Write;
use std::process::Stdio;

use braid_store::testing::{TestDatabase, backends};

use crate::{Server, braid, database_env, run, stderr, stdout};

const PASSWORD: &str = "a long and quiet river";

fn csrf_in(html: &str) -> String {
    html.split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn the_first_admin_joins_signs_out_and_back_in() {
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let db = TestDatabase::create(backend).await;
        let server = Server::start(db.root(), &database_env(&db), &[]);
        let mut env = database_env(&db);
        env.push((
            "BRAID_PUBLIC_URL",
            server.url.trim_end_matches('/').to_owned(),
        ));

        let output = run(
            db.root(),
            &env,
            &[
                "admin",
                "invite",
                "--role",
                "admin",
                "--note",
                "first admin",
            ],
        );
        assert!(output.status.success(), "{}", stderr(&output));
        let link = stdout(&output).trim().to_owned();
        assert!(
            link.starts_with(&format!("{}join/braid_inv_", server.url)),
            "{link}"
        );

        let browser = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::limited(5))
            .build()
            .unwrap();
        let page = browser
            .get(&link)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(page.contains("You have been invited to join."));
        let welcome = browser
            .post(&link)
            .form(&[
                ("handle", "root-of-trust"),
                ("password", PASSWORD),
                ("accept", "yes"),
                ("languages", "en, es"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(welcome.url().path(), "/welcome");
        assert!(
            welcome
                .text()
                .await
                .unwrap()
                .contains("You are now a member.")
        );

        // A state change without the session's CSRF token is refused and changes nothing.
        let refused = browser
            .post(format!("{}sign-out", server.url))
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 403);
        let account = browser
            .get(format!("{}account", server.url))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            account.contains("admin"),
            "the invitation's role was granted"
        );
        let csrf = csrf_in(&account);

        let signed_out = browser
            .post(format!("{}sign-out", server.url))
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(signed_out.url().path(), "/");
        let after = browser
            .get(format!("{}account", server.url))
            .send()
            .await
            .unwrap();
        assert_eq!(
            after.url().path(),
            "/sign-in",
            "signed out on the very next request"
        );

        let signed_in = browser
            .post(format!("{}sign-in", server.url))
            .form(&[("handle", "Root-Of-Trust"), ("password", PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(signed_in.url().path(), "/account");

        // The invitation link is spent.
        let again = reqwest::get(&link).await.unwrap();
        assert_eq!(again.status(), 410);

        let output = run(db.root(), &database_env(&db), &["admin", "list-users"]);
        assert!(stdout(&output).contains("root-of-trust") && stdout(&output).contains("admin"));
    }
}

#[tokio::test]
async fn create_user_reads_the_password_from_standard_input_only() {
    let db = TestDatabase::create(backends()[0]).await;
    let mut child = braid(db.root(), &database_env(&db))
        .args([
            "admin",
            "create-user",
            "fatima",
            "--role",
            "editor",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));

    let output = run(
        db.root(),
        &database_env(&db),
        &[
            "admin",
            "set-role",
            "fatima",
            "facilitator",
            "--until",
            "2099-06-30",
        ],
    );
    assert!(
        stdout(&output).contains("fatima is facilitator until 2099-07-01 00:00 UTC."),
        "{}",
        stderr(&output)
    );
    let output = run(db.root(), &database_env(&db), &["admin", "list-users"]);
    assert!(
        stdout(&output).contains("editor, facilitator (until 2099-07-01 00:00 UTC)"),
        "{}",
        stdout(&output)
    );

    let output = run(
        db.root(),
        &database_env(&db),
        &["admin", "create-user", "x", "--role", "member"],
    );
    assert!(!output.status.success(), "no password flag, no account");
    let output = run(
        db.root(),
        &database_env(&db),
        &["admin", "set-role", "fatima", "emperor"],
    );
    assert!(
        stderr(&output).starts_with("error: role is not valid"),
        "{}",
        stderr(&output)
    );
}
