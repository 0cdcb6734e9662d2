use braid_domain::accounts::{AccountStatus, Handle};
use braid_domain::time::Timestamp;
use braid_store::{AuditEntry, NewSession, NewUser};

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
    let user = NewUser {
        public_id: "p".into(),
        handle: Handle::new("ana").unwrap(),
        display_name: String::new(),
        pronouns: String::new(),
        languages: String::new(),
        region: String::new(),
        password_hash: "h".into(),
        status: AccountStatus::Active,
        guidelines_accepted_at: None,
    };
    store
        .create_user(&user, &[], &audit("created"), Timestamp(1))
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
                Timestamp(1_000),
                Timestamp(1),
            )
            .await
            .unwrap();
        let challenge = store.find_challenge("c1").await.unwrap().unwrap();
        assert_eq!(
            (challenge.user_id, challenge.failures, challenge.used_at),
            (ana, 0, None)
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
            .create_challenge(ana, "c2", "x", Timestamp(1_000), Timestamp(1))
            .await
            .unwrap();
        let second = store.find_challenge("c2").await.unwrap().unwrap();
        for expected in 1..=3 {
            assert_eq!(
                store
                    .fail_challenge(second.id, &audit("code_failed"), Timestamp(4))
                    .await
                    .unwrap(),
                expected
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
            .create_challenge(ana, "c3", "x", Timestamp(10), Timestamp(1))
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
