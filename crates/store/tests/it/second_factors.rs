use braid_domain::accounts::{AccountStatus, Handle};
use braid_domain::time::Timestamp;
use braid_store::{AuditEntry, NewCeremony, NewSession, NewUser};

use crate::on_each_backend;

fn audit(kind: &'static str) -> AuditEntry {
    AuditEntry {
        user_id: None,
        actor_id: None,
        kind,
        detail: String::new(),
    }
}

async fn member(store: &braid_store::Store) -> braid_domain::ids::UserId {
    named_member(store, "ana").await
}

async fn named_member(store: &braid_store::Store, handle: &str) -> braid_domain::ids::UserId {
    let user = NewUser {
        public_id: handle.into(),
        handle: Handle::new(handle).unwrap(),
        display_name: String::new(),
        pronouns: String::new(),
        languages: String::new(),
        region: String::new(),
        password_hash: "h".into(),
        status: AccountStatus::Active,
        guidelines_accepted_at: None,
    };
    store
        .write(Timestamp(1), async |work| {
            work.create_user(&user, &[], &audit("created")).await
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn totp_enrolment_is_pending_until_confirmed_and_codes_are_single_use() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let ana = member(&store).await;
        assert!(store.totp(ana).await.unwrap().is_none());
        assert!(
            store
                .save_pending_totp(ana, "SECRETONE", Timestamp(2))
                .await
                .unwrap()
        );
        assert!(
            store
                .save_pending_totp(ana, "SECRETTWO", Timestamp(3))
                .await
                .unwrap(),
            "a pending secret is replaced"
        );
        assert!(
            !store.use_totp_step(ana, 10, Timestamp(4)).await.unwrap(),
            "not usable before confirmation"
        );

        let hashes = vec!["r1".to_owned(), "r2".to_owned()];
        assert!(
            store
                .confirm_totp(ana, 100, &hashes, &audit("totp_enabled"), Timestamp(5))
                .await
                .unwrap()
        );
        assert!(
            !store
                .confirm_totp(ana, 101, &hashes, &audit("totp_enabled"), Timestamp(6))
                .await
                .unwrap()
        );
        let record = store.totp(ana).await.unwrap().unwrap();
        assert_eq!(
            (
                record.secret.as_str(),
                record.confirmed_at,
                record.last_used_step
            ),
            ("SECRETTWO", Some(Timestamp(5)), 100)
        );
        assert!(
            !store
                .save_pending_totp(ana, "SECRETTHREE", Timestamp(7))
                .await
                .unwrap(),
            "a confirmed secret stays"
        );

        // Steps only move forward: the confirming code and older ones are spent.
        assert!(!store.use_totp_step(ana, 100, Timestamp(8)).await.unwrap());
        assert!(store.use_totp_step(ana, 101, Timestamp(8)).await.unwrap());
        assert!(!store.use_totp_step(ana, 101, Timestamp(9)).await.unwrap());

        assert_eq!(store.unused_recovery_codes(ana).await.unwrap(), 2);
        assert!(
            store
                .use_recovery_code(ana, "r1", Timestamp(10))
                .await
                .unwrap()
        );
        assert!(
            !store
                .use_recovery_code(ana, "r1", Timestamp(11))
                .await
                .unwrap()
        );
        assert!(
            !store
                .use_recovery_code(ana, "nope", Timestamp(11))
                .await
                .unwrap()
        );
        assert_eq!(store.unused_recovery_codes(ana).await.unwrap(), 1);

        assert!(
            store
                .remove_totp(ana, &audit("totp_removed"), Timestamp(12))
                .await
                .unwrap()
        );
        assert!(store.totp(ana).await.unwrap().is_none());
        assert_eq!(store.unused_recovery_codes(ana).await.unwrap(), 0);
    })
    .await;
}

#[tokio::test]
async fn a_challenge_opens_one_session_and_dies_after_too_many_wrong_codes() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let ana = member(&store).await;
        store
            .create_challenge(
                ana,
                "c1",
                "Firefox on Linux",
                Some("state"),
                Timestamp(1_000),
                Timestamp(1),
            )
            .await
            .unwrap();
        let challenge = store.find_challenge("c1").await.unwrap().unwrap();
        assert_eq!(
            (
                challenge.user_id,
                challenge.failures,
                challenge.used_at,
                challenge.passkey_state.as_deref()
            ),
            (ana, 0, None, Some("state"))
        );
        let session = NewSession {
            token_hash: "s1".into(),
            device_label: challenge.device_label.clone(),
            expires_at: Timestamp(9_000),
        };
        assert!(
            store
                .complete_challenge(&challenge, 3, &session, &audit("signed_in"), Timestamp(2))
                .await
                .unwrap()
                .is_some()
        );
        let again = NewSession {
            token_hash: "s2".into(),
            ..session.clone()
        };
        assert!(
            store
                .complete_challenge(&challenge, 3, &again, &audit("signed_in"), Timestamp(3))
                .await
                .unwrap()
                .is_none()
        );

        store
            .create_challenge(ana, "c2", "x", None, Timestamp(1_000), Timestamp(1))
            .await
            .unwrap();
        let second = store.find_challenge("c2").await.unwrap().unwrap();
        for expected in 1..=3 {
            let failures = store
                .fail_second_factor(&second, &audit("code_failed"), Timestamp(4), |n| {
                    (Timestamp(100 * i64::from(n)), None)
                })
                .await
                .unwrap();
            // The account counts too, and keeps counting across challenges.
            assert_eq!(failures.on_challenge, expected);
            assert_eq!(failures.on_account, expected);
            let user = store.find_user(ana).await.unwrap().unwrap();
            assert_eq!(user.failed_second_factors, expected);
            assert_eq!(
                user.second_factor_blocked_until,
                Timestamp(100 * i64::from(expected))
            );
        }
        let third = NewSession {
            token_hash: "s3".into(),
            ..session.clone()
        };
        assert!(
            store
                .complete_challenge(&second, 3, &third, &audit("signed_in"), Timestamp(5))
                .await
                .unwrap()
                .is_none()
        );

        store
            .create_challenge(ana, "c3", "x", None, Timestamp(10), Timestamp(1))
            .await
            .unwrap();
        let late = store.find_challenge("c3").await.unwrap().unwrap();
        let fourth = NewSession {
            token_hash: "s4".into(),
            ..session
        };
        assert!(
            store
                .complete_challenge(&late, 3, &fourth, &audit("signed_in"), Timestamp(10))
                .await
                .unwrap()
                .is_none()
        );
    })
    .await;
}

#[tokio::test]
async fn passkeys_are_unique_per_credential_and_ceremonies_answer_once() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let ana = member(&store).await;
        let bo = named_member(&store, "bo").await;
        let handle = store.webauthn_handle(ana, "h-ana").await.unwrap();
        assert_eq!(handle.as_deref(), Some("h-ana"));
        assert_eq!(
            store
                .webauthn_handle(ana, "h-other")
                .await
                .unwrap()
                .as_deref(),
            Some("h-ana"),
            "the handle never changes once given"
        );
        assert_eq!(
            store.find_user_by_webauthn_handle("h-ana").await.unwrap(),
            Some(ana)
        );

        let codes = vec!["r1".to_owned()];
        assert!(
            store
                .add_passkey(
                    ana,
                    "cred",
                    "laptop",
                    "{}",
                    &codes,
                    &audit("passkey_added"),
                    Timestamp(2)
                )
                .await
                .unwrap()
        );
        assert!(
            !store
                .add_passkey(
                    bo,
                    "cred",
                    "stolen",
                    "{}",
                    &[],
                    &audit("passkey_added"),
                    Timestamp(3)
                )
                .await
                .unwrap(),
            "a credential registers to one member only"
        );
        assert_eq!(store.passkey_count(bo).await.unwrap(), 0);
        assert_eq!(store.unused_recovery_codes(ana).await.unwrap(), 1);
        let laptop = store
            .find_passkey_by_credential("cred")
            .await
            .unwrap()
            .unwrap();
        assert_eq!((laptop.user_id, laptop.name.as_str()), (ana, "laptop"));
        store
            .write(Timestamp(4), async |work| {
                work.passkey_used(laptop.id, "{\"n\":1}").await
            })
            .await
            .unwrap();
        let used = &store.passkeys(ana).await.unwrap()[0];
        assert_eq!(
            (used.credential.as_str(), used.last_used_at),
            ("{\"n\":1}", Some(Timestamp(4)))
        );

        // Removing a TOTP app keeps the recovery codes a passkey still relies on.
        store
            .save_pending_totp(ana, "S", Timestamp(5))
            .await
            .unwrap();
        store
            .confirm_totp(ana, 1, &codes, &audit("totp_enabled"), Timestamp(5))
            .await
            .unwrap();
        store
            .remove_totp(ana, &audit("totp_removed"), Timestamp(6))
            .await
            .unwrap();
        assert_eq!(store.unused_recovery_codes(ana).await.unwrap(), 1);

        assert!(
            !store
                .remove_passkey(bo, laptop.id, &audit("passkey_removed"), Timestamp(7))
                .await
                .unwrap(),
            "only its owner removes a passkey"
        );
        assert!(
            store
                .remove_passkey(ana, laptop.id, &audit("passkey_removed"), Timestamp(7))
                .await
                .unwrap()
        );

        let ceremony = |token_hash: &'static str, expires_at: i64| NewCeremony {
            token_hash,
            purpose: "register",
            user_id: Some(ana),
            name: "phone",
            state: "{}",
            expires_at: Timestamp(expires_at),
        };
        store
            .save_ceremony(&ceremony("k1", 100), Timestamp(10))
            .await
            .unwrap();
        store
            .save_ceremony(&ceremony("k2", 100), Timestamp(10))
            .await
            .unwrap();
        store
            .save_ceremony(&ceremony("k3", 20), Timestamp(10))
            .await
            .unwrap();
        assert!(
            store
                .take_ceremony("k1", "sign_in", Timestamp(11))
                .await
                .unwrap()
                .is_none(),
            "a ceremony answers only its own purpose"
        );
        let taken = store
            .take_ceremony("k2", "register", Timestamp(11))
            .await
            .unwrap()
            .unwrap();
        assert_eq!((taken.user_id, taken.name.as_str()), (Some(ana), "phone"));
        assert!(
            store
                .take_ceremony("k2", "register", Timestamp(12))
                .await
                .unwrap()
                .is_none(),
            "and only once"
        );
        assert!(
            store
                .take_ceremony("k3", "register", Timestamp(30))
                .await
                .unwrap()
                .is_none(),
            "nor after it expired"
        );
        store
            .save_ceremony(&ceremony("k4", 20), Timestamp(10))
            .await
            .unwrap();
        assert_eq!(
            store.prune_expired_ceremonies(Timestamp(50)).await.unwrap(),
            1
        );
        assert!(
            store
                .take_ceremony("k1", "register", Timestamp(50))
                .await
                .unwrap()
                .is_some()
        );
    })
    .await;
}
