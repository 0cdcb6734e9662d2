use braid_domain::accounts::{AccountStatus, Handle, Role};
use braid_domain::ids::UserId;
use braid_domain::time::Timestamp;
use braid_store::{AuditEntry, NewInvitation, NewSession, NewUser, RoleGrant, Store, StoreError};

use crate::on_each_backend;

fn new_user(handle: &str) -> NewUser {
    NewUser {
        public_id: format!("pub-{handle}"),
        handle: Handle::new(handle).unwrap(),
        display_name: String::new(),
        pronouns: String::new(),
        languages: "es, en".to_owned(),
        region: String::new(),
        password_hash: "$argon2id$stub".to_owned(),
        status: AccountStatus::Active,
        guidelines_accepted_at: Some(Timestamp(1)),
    }
}

fn audit(kind: &'static str) -> AuditEntry {
    AuditEntry {
        user_id: None,
        actor_id: None,
        kind,
        detail: String::new(),
    }
}

async fn create(store: &Store, handle: &str, roles: &[RoleGrant]) -> UserId {
    store
        .write(Timestamp(10), async |work| {
            work.create_user(&new_user(handle), roles, &audit("account_created"))
                .await
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn members_are_created_with_roles_and_found_without_case() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let term = Some(Timestamp(1_000));
        let id = create(
            &store,
            "Ana",
            &[
                RoleGrant {
                    role: Role::Editor,
                    until: term,
                },
                RoleGrant {
                    role: Role::Member,
                    until: None,
                },
            ],
        )
        .await;
        let found = store
            .find_user_by_handle(&Handle::new("ana").unwrap())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (found.id, found.handle.as_str(), found.languages.as_str()),
            (id, "Ana", "es, en")
        );
        assert_eq!(
            store.user_roles(id).await.unwrap(),
            vec![RoleGrant {
                role: Role::Editor,
                until: term
            }]
        );
        // The same handle in another case is taken.
        let error = store
            .write(Timestamp(11), async |work| {
                work.create_user(&new_user("ANA"), &[], &audit("x")).await
            })
            .await
            .unwrap_err();
        assert!(matches!(error, StoreError::Conflict { .. }), "{error:?}");
        // The creation was audited against the new account.
        let events = store.audit_events(Some(id), 10).await.unwrap();
        assert_eq!(
            events.iter().map(|e| e.kind.as_str()).collect::<Vec<_>>(),
            ["account_created"]
        );
    })
    .await;
}

#[tokio::test]
async fn roles_are_granted_renewed_and_cleared() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let id = create(&store, "bea", &[]).await;
        store
            .set_role(
                id,
                RoleGrant {
                    role: Role::Facilitator,
                    until: Some(Timestamp(5)),
                },
                &audit("role_granted"),
                Timestamp(1),
            )
            .await
            .unwrap();
        store
            .set_role(
                id,
                RoleGrant {
                    role: Role::Facilitator,
                    until: Some(Timestamp(9)),
                },
                &audit("role_granted"),
                Timestamp(2),
            )
            .await
            .unwrap();
        store
            .set_role(
                id,
                RoleGrant {
                    role: Role::Admin,
                    until: None,
                },
                &audit("role_granted"),
                Timestamp(3),
            )
            .await
            .unwrap();
        let roles = store.user_roles(id).await.unwrap();
        assert_eq!(
            roles,
            vec![
                RoleGrant {
                    role: Role::Admin,
                    until: None
                },
                RoleGrant {
                    role: Role::Facilitator,
                    until: Some(Timestamp(9))
                }
            ]
        );
        store
            .set_role(
                id,
                RoleGrant {
                    role: Role::Member,
                    until: None,
                },
                &audit("roles_cleared"),
                Timestamp(4),
            )
            .await
            .unwrap();
        assert!(store.user_roles(id).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn sessions_open_list_and_revoke() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let grants = [
            RoleGrant {
                role: Role::Facilitator,
                until: Some(Timestamp(500)),
            },
            RoleGrant {
                role: Role::Editor,
                until: None,
            },
        ];
        let id = create(&store, "cai", &grants).await;
        let mut sessions = Vec::new();
        for n in 0..3 {
            let session = NewSession {
                token_hash: format!("hash-{n}"),
                device_label: format!("browser {n}"),
                expires_at: Timestamp(1_000),
            };
            sessions.push(
                store
                    .write(Timestamp(100 + n), async |work| {
                        work.open_session(id, &session, None, &audit("sign_in"))
                            .await
                    })
                    .await
                    .unwrap(),
            );
        }
        let found = store.find_session("hash-1").await.unwrap().unwrap();
        assert_eq!(
            (
                found.session.id,
                found.session.user_id,
                found.session.revoked_at
            ),
            (sessions[1], id, None)
        );
        assert_eq!(found.handle.as_str(), "cai");
        assert_eq!(found.status, AccountStatus::Active);
        assert_eq!(found.roles, [grants[1], grants[0]], "every role, by name");
        store
            .touch_session(sessions[1], Timestamp(150))
            .await
            .unwrap();
        assert_eq!(
            store
                .find_session("hash-1")
                .await
                .unwrap()
                .unwrap()
                .session
                .last_seen_at,
            Timestamp(150)
        );
        assert_eq!(
            store.list_sessions(id, Timestamp(200)).await.unwrap().len(),
            3
        );
        // Past their absolute end they are not listed.
        assert!(
            store
                .list_sessions(id, Timestamp(1_000))
                .await
                .unwrap()
                .is_empty()
        );

        assert_eq!(
            store
                .revoke_sessions(
                    id,
                    Some(sessions[0]),
                    None,
                    Some(&audit("session_revoked")),
                    Timestamp(300)
                )
                .await
                .unwrap(),
            1
        );
        // "Sign out everywhere else" keeps the current one.
        assert_eq!(
            store
                .revoke_sessions(
                    id,
                    None,
                    Some(sessions[2]),
                    Some(&audit("signed_out_everywhere")),
                    Timestamp(301)
                )
                .await
                .unwrap(),
            1
        );
        let left: Vec<_> = store
            .list_sessions(id, Timestamp(400))
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(left, vec![sessions[2]]);
        assert_eq!(
            store
                .find_session("hash-0")
                .await
                .unwrap()
                .unwrap()
                .session
                .revoked_at,
            Some(Timestamp(300))
        );
        // Another member's session is untouched by revoking someone else's.
        let other = create(&store, "dov", &[]).await;
        let theirs = store
            .write(Timestamp(1), async |work| {
                work.open_session(
                    other,
                    &NewSession {
                        token_hash: "theirs".into(),
                        device_label: String::new(),
                        expires_at: Timestamp(1_000),
                    },
                    None,
                    &audit("sign_in"),
                )
                .await
            })
            .await
            .unwrap();
        assert_eq!(
            store
                .revoke_sessions(id, Some(theirs), None, None, Timestamp(2))
                .await
                .unwrap(),
            0
        );
    })
    .await;
}

#[tokio::test]
async fn failed_sign_ins_count_up_and_a_success_resets_them() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let id = create(&store, "eli", &[]).await;
        for expected in 1..=3 {
            let count = store
                .record_failed_sign_in(id, Timestamp(500), &audit("sign_in_failed"), Timestamp(1))
                .await
                .unwrap();
            assert_eq!(count, expected);
        }
        // A block never shortens.
        store
            .record_failed_sign_in(id, Timestamp(200), &audit("sign_in_failed"), Timestamp(2))
            .await
            .unwrap();
        let user = store.find_user(id).await.unwrap().unwrap();
        assert_eq!(
            (user.failed_sign_ins, user.sign_in_blocked_until),
            (4, Timestamp(500))
        );
        let session = NewSession {
            token_hash: "h".into(),
            device_label: String::new(),
            expires_at: Timestamp(9_000),
        };
        store
            .write(Timestamp(600), async |work| {
                work.open_session(id, &session, Some("$argon2id$new"), &audit("sign_in"))
                    .await
            })
            .await
            .unwrap();
        let user = store.find_user(id).await.unwrap().unwrap();
        assert_eq!(
            (
                user.failed_sign_ins,
                user.sign_in_blocked_until,
                user.password_hash.as_str()
            ),
            (0, Timestamp(0), "$argon2id$new")
        );
    })
    .await;
}

#[tokio::test]
async fn an_invitation_admits_exactly_one_person_before_it_expires() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let voucher = create(&store, "fay", &[]).await;
        let invitation = NewInvitation { token_hash: "inv-1".into(), invited_by: Some(voucher), note: "met at a training".into(), role: Role::Member, expires_at: Timestamp(1_000) };
        let id = store.create_invitation(&invitation, &audit("invitation_created"), Timestamp(1)).await.unwrap();
        assert_eq!(store.open_invitations_by(voucher, Timestamp(2)).await.unwrap(), 1);
        let found = store.find_invitation("inv-1").await.unwrap().unwrap();
        assert_eq!((found.id, found.invited_by, found.used_at), (id, Some(voucher), None));

        let newcomer = store.write(Timestamp(5), async |work| work.accept_invitation(id, &new_user("gil"), &[], Some(voucher), &audit("joined")).await).await.unwrap();
        assert!(store.find_user(newcomer).await.unwrap().is_some());
        let error = store.write(Timestamp(6), async |work| work.accept_invitation(id, &new_user("hal"), &[], Some(voucher), &audit("joined")).await).await.unwrap_err();
        assert!(matches!(error, StoreError::Conflict { ref constraint } if constraint == "invitation_used"), "{error:?}");
        assert!(store.find_user_by_handle(&Handle::new("hal").unwrap()).await.unwrap().is_none(), "nothing half-written");
        assert_eq!(store.open_invitations_by(voucher, Timestamp(7)).await.unwrap(), 0);

        let late = NewInvitation { token_hash: "inv-2".into(), expires_at: Timestamp(10), ..invitation };
        let late = store.create_invitation(&late, &audit("invitation_created"), Timestamp(1)).await.unwrap();
        assert!(store.write(Timestamp(10), async |work| work.accept_invitation(late, &new_user("ivo"), &[], Some(voucher), &audit("joined")).await).await.is_err());
    })
    .await;
}

#[tokio::test]
async fn audit_events_are_listed_newest_first_per_member_or_all() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let a = create(&store, "jan", &[]).await;
        let b = create(&store, "kim", &[]).await;
        store
            .record_audit(
                &AuditEntry {
                    user_id: Some(a),
                    actor_id: Some(b),
                    kind: "role_granted",
                    detail: "editor".into(),
                },
                Timestamp(20),
            )
            .await
            .unwrap();
        let mine: Vec<String> = store
            .audit_events(Some(a), 10)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(mine, ["role_granted", "account_created"]);
        assert_eq!(store.audit_events(None, 10).await.unwrap().len(), 3);
        assert_eq!(
            store.audit_events(None, 1).await.unwrap()[0].actor_id,
            Some(b)
        );
    })
    .await;
}

#[tokio::test]
async fn reads_at_once_each_see_the_last_write_and_the_store_still_closes() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        let id = create(&store, "dara", &[]).await;
        let new = NewSession {
            token_hash: "hash-d".to_owned(),
            device_label: "browser".to_owned(),
            expires_at: Timestamp(10_000),
        };
        let session = store
            .write(Timestamp(100), async |work| {
                work.open_session(id, &new, None, &audit("sign_in")).await
            })
            .await
            .unwrap();
        // SQLite reads keep their connections between queries (crates/store/src/readers.rs):
        // each must still see what was committed before it started.
        for touched in 101..104 {
            store
                .touch_session(session, Timestamp(touched))
                .await
                .unwrap();
            let mut reads = tokio::task::JoinSet::new();
            for _ in 0..16 {
                let store = store.clone();
                reads.spawn(async move { store.find_session("hash-d").await });
            }
            while let Some(found) = reads.join_next().await {
                let found = found.unwrap().unwrap().unwrap();
                assert_eq!(found.session.last_seen_at, Timestamp(touched));
            }
        }
        tokio::time::timeout(std::time::Duration::from_secs(10), store.close())
            .await
            .expect("closing does not wait for connections kept for reads");
        assert!(store.find_session("hash-d").await.is_err(), "closed");
    })
    .await;
}
