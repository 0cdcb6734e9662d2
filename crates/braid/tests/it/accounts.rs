//! The first admin's path on a fresh install, over real HTTP with a real cookie jar:
//! `braid admin invite --role admin`, join, sign out, sign in, CSRF, revocation.

use std::io::Write;
use std::process::Stdio;

use braid_store::testing::{TestDatabase, backends};

use crate::{Server, braid, database_env, run, stderr, stdout};

pub(crate) const PASSWORD: &str = "a long and quiet river";

pub(crate) fn csrf_in(html: &str) -> String {
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
        // No public_url: the invitation links to where the running server listens (a free
        // port here), not to the default address.
        let env = database_env(&db);

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

/// `oathtool --totp -b SECRET`, `offset` seconds from now; `None` when oathtool is not
/// installed (CI installs it and sets BRAID_TEST_REQUIRE_OATHTOOL so the test cannot skip).
fn oathtool(secret: &str, offset: u64) -> Option<String> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let output = std::process::Command::new("oathtool")
        .args(["--totp", "-b", "-N", &format!("@{}", now + offset), secret])
        .output();
    match output {
        Ok(output) if output.status.success() => {
            Some(String::from_utf8(output.stdout).unwrap().trim().to_owned())
        }
        _ => {
            assert!(
                std::env::var("BRAID_TEST_REQUIRE_OATHTOOL").is_err(),
                "oathtool is required but missing"
            );
            eprintln!("oathtool not installed: skipping");
            None
        }
    }
}

#[tokio::test]
async fn codes_from_a_standard_authenticator_are_accepted_once() {
    let db = TestDatabase::create(backends()[0]).await;
    create_member(&db, "ana");
    let server = Server::start(db.root(), &database_env(&db), &[]);
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let url = |path: &str| format!("{}{}", server.url, path.trim_start_matches('/'));

    browser
        .post(url("/sign-in"))
        .form(&[("handle", "ana"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    let page = browser
        .get(url("/account/two-factor"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_in(&page);
    let enrol = browser
        .post(url("/account/two-factor/start"))
        .form(&[("csrf", csrf.as_str()), ("current_password", PASSWORD)])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        enrol.contains("src=\"data:image/svg+xml;base64,"),
        "the QR code is an inline image"
    );
    let secret = enrol
        .split("<code class=\"secret\" dir=\"ltr\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    let Some(code) = oathtool(&secret, 0) else {
        return;
    };
    let codes = browser
        .post(url("/account/two-factor/confirm"))
        .form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        codes.matches("<li><code>").count(),
        10,
        "ten recovery codes shown once"
    );

    let signed_out = browser
        .post(url("/sign-out"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert!(signed_out.status().is_success());
    let step_two = browser
        .post(url("/sign-in"))
        .form(&[("handle", "ana"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        step_two.contains("name=\"challenge\""),
        "the password alone does not sign in"
    );
    let challenge = step_two
        .split("name=\"challenge\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let next_code = oathtool(&secret, 30).unwrap();
    let signed_in = browser
        .post(url("/sign-in/code"))
        .form(&[
            ("challenge", challenge.as_str()),
            ("code", next_code.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.url().path(), "/account");

    // The same code again, on a fresh challenge: a replay, refused.
    let csrf = csrf_in(
        &browser
            .get(url("/account"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    browser
        .post(url("/sign-out"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    let step_two = browser
        .post(url("/sign-in"))
        .form(&[("handle", "ana"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let challenge = step_two
        .split("name=\"challenge\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let replay = browser
        .post(url("/sign-in/code"))
        .form(&[
            ("challenge", challenge.as_str()),
            ("code", next_code.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), 401);
    assert!(
        replay
            .text()
            .await
            .unwrap()
            .contains("That code did not work.")
    );
}

async fn spray(server: &Server, forwarded_for: Option<&str>, guesses: usize) -> Vec<u16> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut statuses = Vec::new();
    for n in 0..guesses {
        let mut request = client.post(format!("{}sign-in", server.url)).form(&[
            ("handle", format!("guess-{n}")),
            ("password", "not-the-password-at-all".to_owned()),
        ]);
        if let Some(address) = forwarded_for {
            request = request.header("x-forwarded-for", address);
        }
        statuses.push(request.send().await.unwrap().status().as_u16());
    }
    statuses
}

async fn sign_in_status(server: &Server, forwarded_for: Option<&str>) -> u16 {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut request = client
        .post(format!("{}sign-in", server.url))
        .form(&[("handle", "ana"), ("password", PASSWORD)]);
    if let Some(address) = forwarded_for {
        request = request.header("x-forwarded-for", address);
    }
    request.send().await.unwrap().status().as_u16()
}

/// Creates a full member with [`PASSWORD`] through `braid admin create-user`.
pub(crate) fn create_member(db: &TestDatabase, handle: &str) {
    let mut child = braid(db.root(), &database_env(db))
        .args([
            "admin",
            "create-user",
            handle,
            "--role",
            "member",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
}

#[tokio::test]
async fn a_client_spraying_many_accounts_is_slowed_but_others_are_not() {
    // SECURITY-PLAN T12a, behind a trusted reverse proxy that names clients.
    let db = TestDatabase::create(backends()[0]).await;
    std::fs::write(
        db.root().join("braid.toml"),
        "[http]\ntrusted_proxies = [\"127.0.0.1\"]\n",
    )
    .unwrap();
    create_member(&db, "ana");
    let server = Server::start(db.root(), &database_env(&db), &[]);
    let statuses = spray(&server, Some("203.0.113.7"), 30).await;
    let refused_by_password = statuses.iter().filter(|s| **s == 401).count();
    assert_eq!(refused_by_password, 10, "{statuses:?}");
    assert!(statuses[10..].iter().all(|s| *s == 429), "{statuses:?}");
    // The sprayer cannot even sign in to its own account now; another client can.
    assert_eq!(sign_in_status(&server, Some("203.0.113.7")).await, 429);
    assert_eq!(sign_in_status(&server, Some("198.51.100.1")).await, 303);
}

#[tokio::test]
async fn on_an_onion_service_a_spray_does_not_lock_out_members() {
    // SECURITY-PLAN T12b: every reader reaches Braid from the tor daemon on loopback.
    let db = TestDatabase::create(backends()[0]).await;
    create_member(&db, "ana");
    let server = Server::start(db.root(), &database_env(&db), &[]);
    let statuses = spray(&server, None, 30).await;
    assert!(statuses.iter().all(|s| *s == 401), "{statuses:?}");
    for _ in 0..10 {
        assert_eq!(
            sign_in_status(&server, None).await,
            303,
            "the member still signs in"
        );
    }
}

#[tokio::test]
async fn two_nodes_on_one_postgres_share_the_per_account_limit() {
    // SECURITY-PLAN T12c: failures split across nodes still trigger the account's wait.
    if !backends().contains(&braid_store::testing::TestBackend::Postgres) {
        eprintln!("no PostgreSQL configured: skipping");
        return;
    }
    let db = TestDatabase::create(braid_store::testing::TestBackend::Postgres).await;
    create_member(&db, "ana");
    let second_dir = db.root().join("node-b");
    std::fs::create_dir_all(&second_dir).unwrap();
    let node_a = Server::start(db.root(), &database_env(&db), &[]);
    let mut env_b = database_env(&db);
    env_b[0] = ("BRAID_DATA_DIR", second_dir.display().to_string());
    // A node with its own secrets key would not open the other's sealed secrets: it refuses
    // to start and says why, until it has the same key.
    let refused = crate::run(db.root(), &env_b, &["serve", "--listen", "127.0.0.1:0"]);
    assert!(!refused.status.success());
    assert!(
        crate::stderr(&refused).contains("every node needs the same key"),
        "{}",
        crate::stderr(&refused)
    );
    assert!(
        !second_dir.join("secrets.key").exists(),
        "no useless key is left"
    );
    std::fs::copy(
        db.data_dir.join("secrets.key"),
        second_dir.join("secrets.key"),
    )
    .unwrap();
    let node_b = Server::start(db.root(), &env_b, &[]);

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for n in 0..5 {
        let node = if n % 2 == 0 { &node_a } else { &node_b };
        let status = client
            .post(format!("{}sign-in", node.url))
            .form(&[("handle", "ana"), ("password", "wrong wrong wrong wrong")])
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, 401);
    }
    // Five failures across the two nodes: now the right password waits, on either node.
    for node in [&node_a, &node_b] {
        let status = client
            .post(format!("{}sign-in", node.url))
            .form(&[("handle", "ana"), ("password", PASSWORD)])
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, 401, "{}", node.url);
    }
}
