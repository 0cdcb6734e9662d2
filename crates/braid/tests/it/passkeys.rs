//! Passkeys over real HTTP against the real server, with a software authenticator standing in
//! for the browser's: registration, passkey as the second step after a password, password-less
//! sign-in, and answers that must be refused (replayed, tampered, another member's).

use braid_store::testing::{TestDatabase, backends};
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_authenticator_rs::softpasskey::SoftPasskey;
use webauthn_rs::prelude::{
    CreationChallengeResponse, PublicKeyCredential, RequestChallengeResponse, Url,
};

use crate::accounts::{PASSWORD, create_member, csrf_in};
use crate::{Server, database_env};

/// The value of the first `name="…" value="…"` field, or of an attribute, unescaped.
fn attribute(html: &str, before: &str) -> String {
    let raw = html
        .split(before)
        .nth(1)
        .unwrap_or_else(|| panic!("{before} not in page: {html}"))
        .split('"')
        .next()
        .unwrap();
    raw.replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// The authenticator of one browser profile: SoftPasskey holds the keys; this remembers, as a
/// discoverable authenticator does, which credential and user handle it made for the hub.
struct Authenticator {
    keys: SoftPasskey,
    origin: Url,
    credential: Option<(serde_json::Value, String)>,
}

impl Authenticator {
    fn new(origin: &str) -> Authenticator {
        Authenticator {
            // `true`: report user verification (a PIN) the way a platform authenticator would.
            keys: SoftPasskey::new(true),
            origin: Url::parse(origin).unwrap(),
            credential: None,
        }
    }

    fn register(&mut self, options: &str) -> String {
        let raw: serde_json::Value = serde_json::from_str(options).unwrap();
        let user_handle = raw["publicKey"]["user"]["id"].as_str().unwrap().to_owned();
        let options: CreationChallengeResponse = serde_json::from_value(raw).unwrap();
        let answer = self
            .keys
            .do_registration(self.origin.clone(), options)
            .unwrap();
        let answer = serde_json::to_value(&answer).unwrap();
        self.credential = Some((answer["rawId"].clone(), user_handle));
        answer.to_string()
    }

    /// Answers a request. With an empty allow-list (a password-less sign-in) it offers the
    /// credential it holds and says whose it is, as a resident credential does.
    fn answer(&mut self, options: &str) -> String {
        let origin = self.origin.clone();
        self.answer_as(options, origin, true)
    }

    /// Answers as a phishing page at `origin` would make it, or without verifying the user.
    fn answer_as(&mut self, options: &str, origin: Url, verify_user: bool) -> String {
        let mut options: serde_json::Value = serde_json::from_str(options).unwrap();
        if !verify_user {
            options["publicKey"]["userVerification"] = "discouraged".into();
        }
        let (credential_id, user_handle) = self.credential.clone().unwrap();
        let discoverable = options["publicKey"]["allowCredentials"]
            .as_array()
            .is_none_or(Vec::is_empty);
        if discoverable {
            options["publicKey"]["allowCredentials"] =
                serde_json::json!([{"type": "public-key", "id": credential_id}]);
        }
        let options: RequestChallengeResponse = serde_json::from_value(options).unwrap();
        let answer: PublicKeyCredential = self.keys.do_authentication(origin, options).unwrap();
        let mut answer = serde_json::to_value(&answer).unwrap();
        if discoverable {
            answer["response"]["userHandle"] = user_handle.into();
        }
        answer.to_string()
    }
}

/// A free loopback port, so the hub's public address (the relying party) is known up front.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn passkeys_register_then_sign_in_as_second_step_and_alone() {
    for backend in backends() {
        eprintln!("-- on {backend:?}");
        let db = TestDatabase::create(backend).await;
        create_member(&db, "ana");
        create_member(&db, "bo");
        let port = free_port();
        // WebAuthn needs a domain name: browsers treat http://localhost as a secure context.
        let origin = format!("http://localhost:{port}");
        let mut env = database_env(&db);
        env.push(("BRAID_PUBLIC_URL", origin.clone()));
        let server = Server::start_on(db.root(), &env, &format!("127.0.0.1:{port}"), &[]);
        let url = |path: &str| format!("{}{}", server.url, path.trim_start_matches('/'));
        let browser = || {
            reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap()
        };
        let post = |client: &reqwest::Client, path: &str, form: &[(&str, &str)]| {
            let request = client.post(url(path)).form(form);
            async move {
                let response = request.send().await.unwrap();
                let status = response.status().as_u16();
                (status, response.text().await.unwrap())
            }
        };
        let get = |client: &reqwest::Client, path: &str| {
            let request = client.get(url(path));
            async move { request.send().await.unwrap().text().await.unwrap() }
        };

        // Without a passkey yet, the sign-in page offers one only to browsers with JavaScript.
        let ana = browser();
        let sign_in_page = get(&ana, "/sign-in").await;
        assert!(sign_in_page.contains("data-passkey-offer hidden"));
        assert!(sign_in_page.contains("<script src=\"/assets/passkey."));

        // Registration: the current password first, then the authenticator's answer.
        assert_eq!(
            post(
                &ana,
                "/sign-in",
                &[("handle", "ana"), ("password", PASSWORD)]
            )
            .await
            .0,
            303
        );
        let csrf = csrf_in(&get(&ana, "/account/two-factor").await);
        let (status, _) = post(
            &ana,
            "/account/passkeys/start",
            &[
                ("csrf", &csrf),
                ("name", "laptop"),
                ("current_password", "wrong"),
            ],
        )
        .await;
        assert_eq!(status, 422, "a wrong current password starts nothing");
        let (status, ceremony) = post(
            &ana,
            "/account/passkeys/start",
            &[
                ("csrf", &csrf),
                ("name", "laptop"),
                ("current_password", PASSWORD),
            ],
        )
        .await;
        assert_eq!(status, 200);
        // The script compares the page's address with the public one, and says so when they
        // differ instead of the browser's unexplained refusal.
        assert_eq!(attribute(&ceremony, "data-origin=\""), origin);
        let note = attribute(&ceremony, "data-passkey-wrong-address hidden>");
        assert!(
            note.starts_with("Passkeys work only") && note.contains(&origin),
            "{note}"
        );
        let options = attribute(&ceremony, "data-options=\"");
        let token = attribute(&ceremony, "name=\"token\" value=\"");
        assert!(
            options.contains("\"residentKey\":\"preferred\"")
                && options.contains("\"userVerification\":\"required\""),
            "{options}"
        );
        let mut ana_key = Authenticator::new(&origin);
        let answer = ana_key.register(&options);
        let (status, codes) = post(
            &ana,
            "/account/passkeys/finish",
            &[("csrf", &csrf), ("token", &token), ("answer", &answer)],
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(
            codes.matches("<li><code>").count(),
            10,
            "a member without recovery codes gets them with the first passkey"
        );
        let (status, _) = post(
            &ana,
            "/account/passkeys/finish",
            &[("csrf", &csrf), ("token", &token), ("answer", &answer)],
        )
        .await;
        assert_eq!(status, 422, "a ceremony answers once");
        let status_page = get(&ana, "/account/two-factor").await;
        assert!(status_page.contains("<bdi>laptop</bdi>"), "{status_page}");

        // Bo cannot answer Ana's ceremony with his session.
        let bo = browser();
        post(&bo, "/sign-in", &[("handle", "bo"), ("password", PASSWORD)]).await;
        let bo_csrf = csrf_in(&get(&bo, "/account/two-factor").await);
        let (_, ceremony) = post(
            &ana,
            "/account/passkeys/start",
            &[
                ("csrf", &csrf),
                ("name", "phone"),
                ("current_password", PASSWORD),
            ],
        )
        .await;
        let token = attribute(&ceremony, "name=\"token\" value=\"");
        let mut second_key = Authenticator::new(&origin);
        let answer = second_key.register(&attribute(&ceremony, "data-options=\""));
        let (status, _) = post(
            &bo,
            "/account/passkeys/finish",
            &[("csrf", &bo_csrf), ("token", &token), ("answer", &answer)],
        )
        .await;
        assert_eq!(status, 422, "another member's ceremony is refused");
        assert!(!get(&bo, "/account/two-factor").await.contains("phone"));
        post(&ana, "/sign-out", &[("csrf", &csrf)]).await;

        // The password alone no longer signs in: the passkey is the second step.
        let ana = browser();
        let (status, step_two) = post(
            &ana,
            "/sign-in",
            &[("handle", "ana"), ("password", PASSWORD)],
        )
        .await;
        assert_eq!(status, 200);
        assert!(step_two.contains("data-passkey=\"get\""), "{step_two}");
        let challenge = attribute(&step_two, "name=\"challenge\" value=\"");
        let options = attribute(&step_two, "data-options=\"");
        let answer = ana_key.answer(&options);
        let mut tampered: serde_json::Value = serde_json::from_str(&answer).unwrap();
        tampered["response"]["signature"] = "AAAA".into();
        let (status, _) = post(
            &ana,
            "/sign-in/code",
            &[("challenge", &challenge), ("answer", &tampered.to_string())],
        )
        .await;
        assert_eq!(status, 401, "a bad signature is a wrong answer");
        let (status, _) = post(
            &ana,
            "/sign-in/code",
            &[("challenge", &challenge), ("answer", &answer)],
        )
        .await;
        assert_eq!(status, 303, "the passkey completes the sign-in");
        assert!(get(&ana, "/account").await.contains("<bdi>ana</bdi>"));
        let csrf = csrf_in(&get(&ana, "/account/two-factor").await);
        post(&ana, "/sign-out", &[("csrf", &csrf)]).await;

        // Password-less: the passkey alone, which says whose it is. Answers made for another
        // origin (a phishing page) or without user verification are refused.
        let elsewhere = Url::parse(&format!("http://localhost:{}", free_port())).unwrap();
        for (origin, verify_user, what) in [
            (elsewhere, true, "another origin"),
            (Url::parse(&origin).unwrap(), false, "no user verification"),
        ] {
            let (_, ceremony) = post(&browser(), "/sign-in/passkey", &[]).await;
            let token = attribute(&ceremony, "name=\"token\" value=\"");
            let options = attribute(&ceremony, "data-options=\"");
            let answer = ana_key.answer_as(&options, origin, verify_user);
            let (status, _) = post(
                &browser(),
                "/sign-in/passkey/finish",
                &[("token", &token), ("answer", &answer)],
            )
            .await;
            assert_eq!(status, 401, "{what}");
        }
        // Wrong passwords make the account wait (T11); the passkey still signs in.
        for _ in 0..6 {
            post(
                &browser(),
                "/sign-in",
                &[("handle", "ana"), ("password", "wrong")],
            )
            .await;
        }
        let (status, _) = post(
            &browser(),
            "/sign-in",
            &[("handle", "ana"), ("password", PASSWORD)],
        )
        .await;
        assert_eq!(status, 401, "the password waits after six failures");
        let ana = browser();
        let (status, ceremony) = post(&ana, "/sign-in/passkey", &[("return_to", "/members")]).await;
        assert_eq!(status, 200);
        let token = attribute(&ceremony, "name=\"token\" value=\"");
        let answer = ana_key.answer(&attribute(&ceremony, "data-options=\""));
        let (status, _) = post(
            &ana,
            "/sign-in/passkey/finish",
            &[
                ("token", &token),
                ("answer", &answer),
                ("return_to", "/members"),
            ],
        )
        .await;
        assert_eq!(status, 303);
        assert!(get(&ana, "/account").await.contains("<bdi>ana</bdi>"));
        let export = get(&ana, "/account/export").await;
        assert!(
            export.contains("\"how\": \"passkey\"")
                && export.contains("\"passkey_added\"")
                && export.contains("\"name\": \"laptop\""),
            "{export}"
        );
        let (status, _) = post(
            &browser(),
            "/sign-in/passkey/finish",
            &[("token", &token), ("answer", &answer)],
        )
        .await;
        assert_eq!(status, 401, "a replayed answer does not sign in again");

        // Removing it needs the password; then the password alone signs in again.
        let csrf = csrf_in(&get(&ana, "/account/two-factor").await);
        let page = get(&ana, "/account/two-factor").await;
        let select = page.split("name=\"passkey\">").nth(1).unwrap();
        let passkey_id = attribute(select, "<option value=\"");
        let (status, _) = post(
            &ana,
            "/account/passkeys/remove",
            &[
                ("csrf", &csrf),
                ("passkey", &passkey_id),
                ("current_password", "wrong"),
            ],
        )
        .await;
        assert_eq!(status, 422);
        let (status, _) = post(
            &ana,
            "/account/passkeys/remove",
            &[
                ("csrf", &csrf),
                ("passkey", &passkey_id),
                ("current_password", PASSWORD),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let (status, _) = post(
            &browser(),
            "/sign-in",
            &[("handle", "ana"), ("password", PASSWORD)],
        )
        .await;
        assert_eq!(status, 303, "without second factors the password suffices");
    }
}
