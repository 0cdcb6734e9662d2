use braid_domain::accounts::{AccountStatus, Handle};
use braid_domain::ids::PageId;
use braid_domain::time::Timestamp;
use braid_domain::wiki::Visibility;
use braid_store::{AuditEntry, NewPage, NewRevision, NewUser, StoreError};

use crate::on_each_backend;

fn revision<'a>(
    author: Option<braid_domain::ids::UserId>,
    title: &'a str,
    body: &'a str,
) -> NewRevision<'a> {
    NewRevision {
        base_number: None,
        author_id: author,
        author_label: if author.is_none() {
            Some("Braid")
        } else {
            None
        },
        title,
        body,
        summary: "",
        links: &[],
    }
}

#[tokio::test]
async fn pages_keep_every_revision_and_a_stale_save_writes_nothing() {
    on_each_backend(|db| async move {
        let store = db.open_store().await;
        store
            .initialise_instance(&one_section(), Timestamp(1))
            .await
            .unwrap();
        let section = store.list_sections().await.unwrap()[0].id;
        let ana = store
            .write(Timestamp(1), async |work| {
                work.create_user(
                    &NewUser {
                        public_id: "p".into(),
                        handle: Handle::new("ana").unwrap(),
                        display_name: String::new(),
                        pronouns: String::new(),
                        languages: String::new(),
                        region: String::new(),
                        password_hash: "h".into(),
                        status: AccountStatus::Active,
                        guidelines_accepted_at: None,
                    },
                    &[],
                    &AuditEntry {
                        user_id: None,
                        actor_id: None,
                        kind: "created",
                        detail: String::new(),
                    },
                )
                .await
            })
            .await
            .unwrap();
        let top = store
            .write(Timestamp(10), async |work| {
                work.create_page(&NewPage {
                    language: "en",
                    section_id: section,
                    parent_id: None,
                    slug: "top",
                    visibility: Visibility::Public,
                    approved: true,
                    revision: revision(None, "Top", "one\n"),
                })
                .await
            })
            .await
            .unwrap();
        let child = store
            .write(Timestamp(11), async |work| {
                work.create_page(&NewPage {
                    language: "es",
                    section_id: section,
                    parent_id: Some(top),
                    slug: "child",
                    visibility: Visibility::Members,
                    approved: true,
                    revision: revision(Some(ana), "Child", "c\n"),
                })
                .await
            })
            .await
            .unwrap();
        let taken = store
            .write(Timestamp(12), async |work| {
                work.create_page(&NewPage {
                    language: "en",
                    section_id: section,
                    parent_id: None,
                    slug: "top",
                    visibility: Visibility::Public,
                    approved: true,
                    revision: revision(None, "Top", "x"),
                })
                .await
            })
            .await;
        assert!(
            matches!(taken, Err(StoreError::Conflict { .. })),
            "{taken:?}"
        );

        let mut edit = revision(Some(ana), "Top, renamed", "two\n");
        edit.base_number = Some(1);
        assert_eq!(
            store
                .write(Timestamp(20), async |work| work
                    .save_revision(top, 1, &edit, true)
                    .await)
                .await
                .unwrap(),
            Some(2)
        );
        assert_eq!(
            store
                .write(Timestamp(21), async |work| work
                    .save_revision(top, 1, &edit, true)
                    .await)
                .await
                .unwrap(),
            None,
            "a save from a replaced revision writes nothing"
        );
        let page = store.find_page(section, "top").await.unwrap().unwrap();
        assert_eq!(
            (page.current_revision, page.title.as_str()),
            (2, "Top, renamed")
        );

        // A revision waiting for review changes neither the title nor what readers see.
        let mut pending = revision(Some(ana), "Top, vandalised", "three\n");
        pending.base_number = Some(2);
        assert_eq!(
            store
                .write(Timestamp(22), async |work| work
                    .save_revision(top, 2, &pending, false)
                    .await)
                .await
                .unwrap(),
            Some(3)
        );
        let page = store.find_page(section, "top").await.unwrap().unwrap();
        assert_eq!(
            (
                page.current_revision,
                page.approved_revision,
                page.title.as_str()
            ),
            (3, 2, "Top, renamed")
        );
        assert_eq!(store.pages_awaiting_review().await.unwrap().len(), 1);
        assert!(
            !store
                .write(Timestamp(23), async |work| work
                    .approve_revision(top, 2, &[])
                    .await)
                .await
                .unwrap(),
            "only the latest is approved"
        );
        assert!(
            store
                .write(Timestamp(23), async |work| work
                    .approve_revision(top, 3, &[])
                    .await)
                .await
                .unwrap()
        );
        let page = store.find_page(section, "top").await.unwrap().unwrap();
        assert_eq!(
            (page.approved_revision, page.title.as_str()),
            (3, "Top, vandalised")
        );
        assert!(store.pages_awaiting_review().await.unwrap().is_empty());
        assert!(!store.is_wiki_trusted(ana).await.unwrap());
        store
            .write(Timestamp(24), async |work| work.trust_for_wiki(ana).await)
            .await
            .unwrap();
        assert!(store.is_wiki_trusted(ana).await.unwrap());
        let first = store.revision(top, 1).await.unwrap().unwrap();
        assert_eq!(
            (first.body.as_str(), first.author.as_str()),
            ("one\n", "Braid")
        );
        assert_eq!(store.revisions(top, 10).await.unwrap().len(), 3);
        assert_eq!(
            store.page_contributors(top).await.unwrap(),
            [Some("Braid".to_owned()), Some("ana".to_owned())]
        );

        let pages = store.section_pages(section).await.unwrap();
        assert_eq!(
            pages.iter().map(|p| p.id).collect::<Vec<PageId>>(),
            [top, child]
        );
        assert_eq!(pages[1].parent_id, Some(top));
        store
            .write(Timestamp(30), async |work| {
                work.set_page_visibility(child, Visibility::Editors).await
            })
            .await
            .unwrap();
        assert_eq!(
            store
                .find_page(section, "child")
                .await
                .unwrap()
                .unwrap()
                .visibility,
            Visibility::Editors
        );
        assert_eq!(pages[1].language, "es", "kept as created");
        store
            .write(Timestamp(31), async |work| {
                work.set_page_language(child, "pt").await
            })
            .await
            .unwrap();
        let child_page = store.find_page_by_id(child).await.unwrap().unwrap();
        assert_eq!(
            (child_page.language.as_str(), child_page.updated_at),
            ("pt", Timestamp(31))
        );

        let recent = store.recent_revisions(None, None, 0, 10).await.unwrap();
        let order: Vec<(PageId, i64)> = recent
            .iter()
            .map(|r| (r.page_id, r.revision.number))
            .collect();
        assert_eq!(order, [(top, 3), (top, 2), (child, 1), (top, 1)]);
        let by_ana = store
            .recent_revisions(Some(section), Some(ana), 0, 10)
            .await
            .unwrap();
        assert_eq!(by_ana.len(), 3);
        assert_eq!(
            store
                .recent_revisions(None, None, 2, 10)
                .await
                .unwrap()
                .len(),
            2,
            "offset"
        );
        assert_eq!(
            store
                .pages_titled(&["top, VANDALISED".to_owned()])
                .await
                .unwrap()
                .len(),
            1
        );

        // Comments: a thread with a reply; deleting keeps the place, resolving marks the thread.
        let thread = store
            .write(Timestamp(40), async |work| {
                work.add_comment(top, None, ana, "Question?").await
            })
            .await
            .unwrap();
        let reply = store
            .write(Timestamp(41), async |work| {
                work.add_comment(top, Some(thread), ana, "Answer.").await
            })
            .await
            .unwrap();
        store
            .write(Timestamp(42), async |work| {
                work.change_comment(reply, Some("Better answer.")).await
            })
            .await
            .unwrap();
        store
            .write(Timestamp(43), async |work| {
                work.set_comment_resolved(thread, Some(ana)).await
            })
            .await
            .unwrap();
        store
            .write(Timestamp(44), async |work| {
                work.change_comment(thread, None).await
            })
            .await
            .unwrap();
        let comments = store.page_comments(top).await.unwrap();
        assert_eq!(comments.len(), 2);
        assert_eq!(
            (
                comments[0].body.as_str(),
                comments[0].deleted_at,
                comments[0].resolved_at
            ),
            ("", Some(Timestamp(44)), Some(Timestamp(43)))
        );
        assert_eq!(
            (
                comments[1].parent_id,
                comments[1].body.as_str(),
                comments[1].edited_at,
                comments[1].author.as_deref()
            ),
            (
                Some(thread),
                "Better answer.",
                Some(Timestamp(42)),
                Some("ana")
            )
        );
        store
            .write(Timestamp(45), async |work| {
                work.set_comment_resolved(thread, None).await
            })
            .await
            .unwrap();
        assert_eq!(
            store
                .find_comment(thread)
                .await
                .unwrap()
                .unwrap()
                .resolved_at,
            None
        );

        // Moving to another section leaves a redirect; a taken slug there is a conflict.
        let other = store
            .create_section(
                &braid_domain::section::NewSection::new(
                    "strategise",
                    "Strategise",
                    "Plans.",
                    braid_domain::section::SectionGroup::Phase,
                    2,
                )
                .unwrap(),
                Timestamp(50),
            )
            .await
            .unwrap()
            .id;
        store
            .write(Timestamp(51), async |work| {
                work.move_page(&braid_store::PageMove {
                    pages: &[top, child],
                    section_id: other,
                    parent_id: None,
                })
                .await
            })
            .await
            .unwrap();
        assert_eq!(
            store.find_redirect(section, "top").await.unwrap(),
            Some(top)
        );
        assert_eq!(
            store.find_redirect(section, "child").await.unwrap(),
            Some(child)
        );
        let moved = store.find_page(other, "child").await.unwrap().unwrap();
        assert_eq!(moved.parent_id, Some(top), "sub-pages keep their parent");
        let twin = store
            .write(Timestamp(52), async |work| {
                work.create_page(&NewPage {
                    language: "en",
                    section_id: section,
                    parent_id: None,
                    slug: "top",
                    visibility: Visibility::Public,
                    approved: true,
                    revision: revision(None, "Top", "x"),
                })
                .await
            })
            .await
            .unwrap();
        let clash = store
            .write(Timestamp(53), async |work| {
                work.move_page(&braid_store::PageMove {
                    pages: &[twin],
                    section_id: other,
                    parent_id: None,
                })
                .await
            })
            .await;
        assert!(
            matches!(clash, Err(StoreError::Conflict { .. })),
            "{clash:?}"
        );
        let a = store.find_page(other, "top").await.unwrap().unwrap();
        let b = store.find_page(section, "top").await.unwrap().unwrap();
        store
            .write(Timestamp(54), async |work| {
                work.swap_positions(&a, &b).await
            })
            .await
            .unwrap();
        assert_eq!(
            store
                .find_page(other, "top")
                .await
                .unwrap()
                .unwrap()
                .position,
            b.position
        );

        // Labels and templates.
        store
            .write(Timestamp(60), async |work| {
                work.set_page_labels(top, &["exercise".to_owned(), "needs review".to_owned()])
                    .await
            })
            .await
            .unwrap();
        store
            .write(Timestamp(60), async |work| {
                work.set_page_labels(child, &["exercise".to_owned()]).await
            })
            .await
            .unwrap();
        assert_eq!(
            store.page_labels(top).await.unwrap(),
            ["exercise", "needs review"]
        );
        assert_eq!(store.all_page_labels().await.unwrap().len(), 3);
        store
            .write(Timestamp(61), async |work| {
                work.set_page_labels(top, &[]).await
            })
            .await
            .unwrap();
        assert!(store.page_labels(top).await.unwrap().is_empty());
        store
            .save_template(None, "Guide", "## Steps", "en", Timestamp(62))
            .await
            .unwrap();
        let clash = store
            .save_template(None, "Guide", "x", "en", Timestamp(63))
            .await;
        assert!(
            matches!(clash, Err(StoreError::Conflict { .. })),
            "{clash:?}"
        );
        let guide = store.templates().await.unwrap()[0].id;
        store
            .save_template(Some(guide), "Guide", "## Steps, again", "en", Timestamp(64))
            .await
            .unwrap();
        assert_eq!(store.templates().await.unwrap()[0].body, "## Steps, again");
        store.delete_template(guide).await.unwrap();
        assert!(store.templates().await.unwrap().is_empty());

        // Attachments.
        let record = braid_store::AttachmentRecord {
            public_id: "abc".into(),
            page_id: top,
            uploader_id: Some(ana),
            file_name: "photo.jpg".into(),
            kind: "jpeg".into(),
            size: 10,
            sha256: "00ff".into(),
            created_at: Timestamp(70),
            approved: true,
        };
        store.add_attachment(&record).await.unwrap();
        assert_eq!(
            store.page_attachments(top).await.unwrap(),
            std::slice::from_ref(&record)
        );
        assert_eq!(store.find_attachment("abc").await.unwrap(), Some(record));
        store.delete_attachment("abc", Timestamp(71)).await.unwrap();
        assert!(store.page_attachments(top).await.unwrap().is_empty());

        // Watches, notifications, review-by dates.
        store
            .set_watch(ana, Some(top), None, true, Timestamp(80))
            .await
            .unwrap();
        store
            .set_watch(ana, None, Some(other), true, Timestamp(80))
            .await
            .unwrap();
        assert_eq!(
            store.watches_of(ana).await.unwrap().len(),
            2,
            "the page and the section"
        );
        assert_eq!(store.watchers(top, other).await.unwrap(), [ana]);
        store
            .set_watch(ana, Some(top), None, false, Timestamp(81))
            .await
            .unwrap();
        assert_eq!(store.watches_of(ana).await.unwrap(), [(None, Some(other))]);
        store
            .write(Timestamp(82), async |work| {
                work.notify(&[ana], "page_changed", Some(top), "edited")
                    .await
            })
            .await
            .unwrap();
        let notes = store.notifications(ana, 10).await.unwrap();
        assert_eq!((notes.len(), notes[0].read_at), (1, None));
        store
            .mark_notifications_read(ana, Timestamp(83))
            .await
            .unwrap();
        assert_eq!(
            store.notifications(ana, 10).await.unwrap()[0].read_at,
            Some(Timestamp(83))
        );
        store
            .set_review_by(top, Some(Timestamp(90)), Timestamp(84))
            .await
            .unwrap();
        assert_eq!(store.review_by(top).await.unwrap(), Some(Timestamp(90)));
        assert!(
            store
                .pages_due_for_review(Timestamp(89))
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            store.pages_due_for_review(Timestamp(95)).await.unwrap(),
            [(top, Timestamp(90), None)]
        );
        store
            .write(Timestamp(96), async |work| work.review_reminded(top).await)
            .await
            .unwrap();
        assert_eq!(
            store.pages_due_for_review(Timestamp(97)).await.unwrap()[0].2,
            Some(Timestamp(96))
        );
    })
    .await;
}

fn one_section() -> Vec<braid_domain::section::NewSection> {
    vec![
        braid_domain::section::NewSection::new(
            "discover",
            "Discover",
            "First steps.",
            braid_domain::section::SectionGroup::Phase,
            1,
        )
        .unwrap(),
    ]
}
