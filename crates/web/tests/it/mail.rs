//! Mail out through a real SMTP conversation on loopback (issue 31): a post made on the web
//! reaches the members who follow its category by mail, with every list header, parsed and
//! checked; replies thread; one-click unsubscribe works without signing in; a server that
//! says "later" is tried again and one that refuses for good is recorded.
//!
//! The only fake is at the edge: a small SMTP sink that keeps what it is given.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::http::Request;
use braid_app::jobs::{JobRunner, JobSettings};
use braid_domain::accounts::Role;
use braid_domain::job::RetryPolicy;
use braid_domain::policy::Actor;
use mail_parser::{Message, MessageParser};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::TestApp;
use crate::wiki::{get, member, post};

/// What the sink was given: envelope recipient and the message's bytes.
type Received = Arc<Mutex<Vec<(String, Vec<u8>)>>>;

/// An SMTP server on loopback that keeps every message. `answer` decides, per recipient
/// and message count so far, the reply to `DATA`'s end: `250` keeps it.
struct SmtpSink {
    url: String,
    received: Received,
    /// The envelope senders, in the order the messages came.
    senders: Arc<Mutex<Vec<String>>>,
}

impl SmtpSink {
    async fn start(answer: fn(&str, usize) -> &'static str) -> SmtpSink {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("smtp://{}", listener.local_addr().unwrap());
        let received: Received = Arc::default();
        let kept = Arc::clone(&received);
        let senders: Arc<Mutex<Vec<String>>> = Arc::default();
        let senders_kept = Arc::clone(&senders);
        let tries = Arc::new(Mutex::new(0usize));
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let kept = Arc::clone(&kept);
                let tries = Arc::clone(&tries);
                let senders = Arc::clone(&senders_kept);
                tokio::spawn(async move {
                    let (read, mut write) = stream.into_split();
                    let mut lines = BufReader::new(read);
                    write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                    let mut recipient = String::new();
                    let mut sender = String::new();
                    let mut line = String::new();
                    loop {
                        line.clear();
                        if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                            return;
                        }
                        let command = line.trim_end().to_ascii_uppercase();
                        let reply: String = if command.starts_with("EHLO") {
                            "250-sink\r\n250 8BITMIME\r\n".to_owned()
                        } else if command.starts_with("MAIL FROM:") {
                            sender = line.trim_end()[10..]
                                .trim_matches(['<', '>', ' '])
                                .to_owned();
                            "250 ok\r\n".to_owned()
                        } else if command.starts_with("RCPT TO:") {
                            recipient = line.trim_end()[8..]
                                .trim_matches(['<', '>', ' '])
                                .to_owned();
                            "250 ok\r\n".to_owned()
                        } else if command == "DATA" {
                            write.write_all(b"354 go on\r\n").await.unwrap();
                            let mut data = Vec::new();
                            loop {
                                line.clear();
                                lines.read_line(&mut line).await.unwrap();
                                if line == ".\r\n" {
                                    break;
                                }
                                let unstuffed = line.strip_prefix('.').unwrap_or(&line);
                                data.extend_from_slice(unstuffed.as_bytes());
                            }
                            let count = {
                                let mut tries = tries.lock().unwrap();
                                *tries += 1;
                                *tries
                            };
                            let answer = answer(&recipient, count);
                            if answer.starts_with('2') {
                                kept.lock().unwrap().push((recipient.clone(), data));
                                senders.lock().unwrap().push(sender.clone());
                            }
                            format!("{answer}\r\n")
                        } else if command == "QUIT" {
                            write.write_all(b"221 bye\r\n").await.unwrap();
                            return;
                        } else {
                            "250 ok\r\n".to_owned()
                        };
                        write.write_all(reply.as_bytes()).await.unwrap();
                    }
                });
            }
        });
        SmtpSink {
            url,
            received,
            senders,
        }
    }

    fn messages_to(&self, address: &str) -> Vec<Vec<u8>> {
        self.received
            .lock()
            .unwrap()
            .iter()
            .filter(|(to, _)| to == address)
            .map(|(_, bytes)| bytes.clone())
            .collect()
    }
}

fn keep_all(_: &str, _: usize) -> &'static str {
    "250 kept"
}

/// Lets the followers catch up, then runs every due job (retries wait a millisecond).
async fn deliver(hub: &TestApp) {
    hub.app.catch_up().await.unwrap();
    let runner = JobRunner::new(
        hub.app.clone(),
        JobSettings {
            retry: RetryPolicy {
                max_attempts: 3,
                base_delay: Duration::from_millis(1),
                max_delay: Duration::from_millis(1),
            },
            ..JobSettings::default()
        },
    );
    for _ in 0..50 {
        if !runner.run_one("test").await.unwrap() {
            tokio::time::sleep(Duration::from_millis(20)).await;
            if !runner.run_one("test").await.unwrap() {
                return;
            }
        }
    }
}

fn parse(bytes: &[u8]) -> Message<'_> {
    MessageParser::default().parse(bytes).unwrap()
}

fn header(message: &Message<'_>, name: &str) -> String {
    message
        .header_raw(name)
        .map(|value| value.trim().to_owned())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_post_made_on_the_web_reaches_those_who_follow_by_mail_with_every_list_header() {
    let sink = SmtpSink::start(keep_all).await;
    let hub = TestApp::with_mail(&sink.url).await;
    let fay = member(&hub, "fay", Role::Facilitator).await;
    let bo = member(&hub, "bo", Role::Member).await;
    let cy = member(&hub, "cy", Role::Member).await;
    member(&hub, "dee", Role::Member).await; // no address: nothing by mail
    let accounts = hub.app.accounts();
    for (handle, address) in [
        ("bo", "Bo@Example.org"),
        ("cy", "cy@example.org"),
        ("fay", "fay@example.org"),
    ] {
        accounts
            .set_confirmed_email(&Actor::System, handle, address)
            .await
            .unwrap();
    }
    // Cy reads on the web only; Bo reads the hub in Persian.
    let category = "/discussion/ask-the-community";
    assert_eq!(
        post(
            &hub,
            &cy,
            &format!("{category}/delivery"),
            &[("mode", "web")]
        )
        .await
        .0,
        303
    );
    assert_eq!(post(&hub, &bo, "/language", &[("lang", "fa")]).await.0, 303);
    let page = get(&hub, category, Some(&cy.cookie)).await.1;
    assert!(
        page.contains("cy@example.org"),
        "the page says where mail goes"
    );

    let (status, location, _) = post(
        &hub,
        &fay,
        &format!("{category}/threads"),
        &[
            ("title", "Signal or Wire?"),
            ("body", "Which would you pick for a **newsroom**?"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let thread = location
        .split('#')
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    deliver(&hub).await;

    let received = sink.received.lock().unwrap().clone();
    assert_eq!(
        received
            .iter()
            .map(|(to, _)| to.as_str())
            .collect::<Vec<_>>(),
        ["bo@example.org"],
        "one message, to the one member who follows by mail (not its author, not the one who reads on the web, not the one without an address)"
    );
    let first = &received[0].1;
    let message = parse(first);
    assert_eq!(
        message.subject(),
        Some("[Ask the community] Signal or Wire?")
    );
    let from = message.from().unwrap().first().unwrap();
    assert_eq!(from.name(), Some("fay via Test Hub"));
    assert_eq!(from.address(), Some("ask-the-community@hub.test"));
    let reply_to = message
        .reply_to()
        .unwrap()
        .first()
        .unwrap()
        .address()
        .unwrap()
        .to_owned();
    assert!(
        reply_to.starts_with(&format!("ask-the-community+r{thread}."))
            && reply_to.ends_with("@hub.test"),
        "{reply_to}"
    );
    assert_eq!(
        header(&message, "List-Id"),
        "Ask the community <ask-the-community.hub.test>"
    );
    assert_eq!(
        header(&message, "List-Post"),
        "<mailto:ask-the-community@hub.test>"
    );
    assert_eq!(
        header(&message, "List-Archive"),
        "<http://hub.test/discussion/ask-the-community>"
    );
    assert_eq!(
        header(&message, "List-Unsubscribe-Post"),
        "List-Unsubscribe=One-Click"
    );
    let unsubscribe = header(&message, "List-Unsubscribe");
    assert!(
        unsubscribe.starts_with("<http://hub.test/unsubscribe/"),
        "{unsubscribe}"
    );
    let first_id = message.message_id().unwrap().to_owned();
    assert!(
        first_id.ends_with("@hub.test") && !first_id.contains(&thread),
        "{first_id}"
    );
    assert!(
        message
            .body_text(0)
            .unwrap()
            .contains("Which would you pick for a **newsroom**?")
    );
    assert!(
        message
            .body_html(0)
            .unwrap()
            .contains("<strong>newsroom</strong>")
    );
    assert!(
        message.body_text(0).unwrap().contains("رشته را بخوانید"),
        "the footer is in Bo's language: {}",
        message.body_text(0).unwrap()
    );

    // A reply threads under the first post in mail clients.
    post(
        &hub,
        &fay,
        &format!("{category}/{thread}/reply"),
        &[("body", "Or Delta Chat.")],
    )
    .await;
    deliver(&hub).await;
    let to_bo = sink.messages_to("bo@example.org");
    assert_eq!(to_bo.len(), 2);
    let reply = parse(&to_bo[1]);
    assert_eq!(
        reply.subject(),
        Some("Re: [Ask the community] Signal or Wire?")
    );
    assert_eq!(reply.in_reply_to().as_text(), Some(first_id.as_str()));
    assert_eq!(reply.references().as_text(), Some(first_id.as_str()));
    assert_ne!(reply.message_id(), Some(first_id.as_str()));

    // One press in the mail client: a POST with no cookie, no form token.
    let path = unsubscribe
        .trim_matches(['<', '>'])
        .trim_start_matches("http://hub.test")
        .to_owned();
    let forged = format!(
        "{}{}",
        &path[..path.len() - 1],
        if path.ends_with('a') { 'b' } else { 'a' }
    );
    let one_click = |path: String| {
        Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from("List-Unsubscribe=One-Click"))
            .unwrap()
    };
    assert_eq!(
        hub.send(one_click(forged)).await.status(),
        404,
        "a link the hub did not make"
    );
    assert_eq!(hub.send(one_click(path.clone())).await.status(), 200);
    assert!(
        get(&hub, category, Some(&bo.cookie))
            .await
            .1
            .contains("value=\"web\" selected")
    );
    post(
        &hub,
        &fay,
        &format!("{category}/{thread}/reply"),
        &[("body", "Last word.")],
    )
    .await;
    deliver(&hub).await;
    assert_eq!(
        sink.messages_to("bo@example.org").len(),
        2,
        "nothing after unsubscribing"
    );
}

#[tokio::test]
async fn a_server_that_says_later_is_tried_again_and_one_that_refuses_is_recorded() {
    // The first message meets a full queue; mail to gone@ is refused for good.
    fn answer(to: &str, count: usize) -> &'static str {
        match (to, count) {
            ("gone@example.org", _) => "550 no such mailbox",
            (_, 1) => "451 try again later",
            _ => "250 kept",
        }
    }
    let sink = SmtpSink::start(answer).await;
    let hub = TestApp::with_mail(&sink.url).await;
    let fay = member(&hub, "fay", Role::Facilitator).await;
    member(&hub, "bo", Role::Member).await;
    member(&hub, "gone", Role::Member).await;
    for (handle, address) in [("bo", "bo@example.org"), ("gone", "gone@example.org")] {
        hub.app
            .accounts()
            .set_confirmed_email(&Actor::System, handle, address)
            .await
            .unwrap();
    }
    post(
        &hub,
        &fay,
        "/discussion/events/threads",
        &[
            ("title", "Training in Nairobi"),
            ("body", "Applications open."),
        ],
    )
    .await;
    deliver(&hub).await;
    assert_eq!(
        sink.messages_to("bo@example.org").len(),
        1,
        "delivered on a later attempt"
    );
    let failed = hub.app.failed_jobs(&Actor::System).await.unwrap();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(format!("{failed:?}").contains("550"), "{failed:?}");
}

#[tokio::test]
async fn a_member_s_address_is_theirs_once_they_open_the_link_mailed_to_it() {
    let sink = SmtpSink::start(keep_all).await;
    let hub = TestApp::with_mail(&sink.url).await;
    let bo = member(&hub, "bo", Role::Member).await;
    let cy = member(&hub, "cy", Role::Member).await;
    assert!(
        get(&hub, "/account/email", Some(&bo.cookie))
            .await
            .1
            .contains("no mail address")
    );

    let (status, _, again) = post(
        &hub,
        &bo,
        "/account/email",
        &[("email", "Bo@Example.org"), ("current_password", "wrong")],
    )
    .await;
    assert_eq!(status, 422, "the current password comes first");
    assert!(
        again.contains("value=\"Bo@Example.org\""),
        "what was typed is kept"
    );
    let (status, _, page) = post(
        &hub,
        &bo,
        "/account/email",
        &[
            ("email", "Bo@Example.org"),
            ("current_password", crate::wiki::PASSWORD),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert!(page.contains("We sent a link to bo@example.org"), "{page}");
    assert!(
        get(&hub, "/discussion/events", Some(&bo.cookie))
            .await
            .1
            .contains("no confirmed mail address"),
        "nothing goes to an address before it is confirmed"
    );

    deliver(&hub).await;
    let mails = sink.messages_to("bo@example.org");
    assert_eq!(mails.len(), 1);
    let notice = parse(&mails[0]);
    assert_eq!(notice.subject(), Some("Confirm your address for Test Hub"));
    let text = notice.body_text(0).unwrap().into_owned();
    let link = text
        .split_whitespace()
        .find(|word| word.starts_with("http://hub.test/account/email/confirm/"))
        .unwrap()
        .trim_start_matches("http://hub.test")
        .to_owned();
    assert_eq!(
        sink.received.lock().unwrap().len(),
        1,
        "nothing else was sent"
    );

    // Opening the link shows a button; pressing it confirms, from any browser.
    let (status, page) = get(&hub, &link, None).await;
    assert_eq!(status, 200);
    assert!(
        !page.contains("Confirmed"),
        "opening the link alone confirms nothing"
    );
    let press = || {
        hub.send(
            Request::post(link.as_str())
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", crate::ORIGIN)
                .header("sec-fetch-site", "same-origin")
                .body(Body::empty())
                .unwrap(),
        )
    };
    let response = press().await;
    assert_eq!(response.status(), 200);
    assert!(
        crate::text(response)
            .await
            .contains("mail now goes to bo@example.org")
    );
    assert_eq!(press().await.status(), 404, "a link works once");
    assert!(
        get(&hub, "/account/email", Some(&bo.cookie))
            .await
            .1
            .contains("bo@example.org")
    );
    assert!(
        get(&hub, "/account", Some(&bo.cookie))
            .await
            .1
            .contains("Mail address confirmed")
    );

    // Another member cannot take the address, even with a link to it.
    post(
        &hub,
        &cy,
        "/account/email",
        &[
            ("email", "bo@example.org"),
            ("current_password", crate::wiki::PASSWORD),
        ],
    )
    .await;
    deliver(&hub).await;
    let mails = sink.messages_to("bo@example.org");
    let text = parse(&mails[1]).body_text(0).unwrap().into_owned();
    let link = text
        .split_whitespace()
        .find(|word| word.starts_with("http://hub.test/account/email/confirm/"))
        .unwrap()
        .trim_start_matches("http://hub.test")
        .to_owned();
    let response = hub
        .send(
            Request::post(link.as_str())
                .header("origin", crate::ORIGIN)
                .header("sec-fetch-site", "same-origin")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.status(), 422);
}

/// Hands `message` to the hub's LMTP listener at `address` for `recipient`; returns the
/// answer to its `DATA` (or the refusal at `RCPT`).
async fn lmtp(address: std::net::SocketAddr, recipient: &str, message: &[u8]) -> String {
    let stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    let mut answer = String::new();
    let read_reply = async |lines: &mut BufReader<tokio::net::tcp::OwnedReadHalf>| {
        let mut reply = String::new();
        loop {
            let mut line = String::new();
            lines.read_line(&mut line).await.unwrap();
            reply.push_str(&line);
            if line.len() < 4 || line.as_bytes()[3] != b'-' {
                return reply;
            }
        }
    };
    read_reply(&mut lines).await;
    write.write_all(b"LHLO mta.test\r\n").await.unwrap();
    read_reply(&mut lines).await;
    write
        .write_all(b"MAIL FROM:<someone@example.org>\r\n")
        .await
        .unwrap();
    read_reply(&mut lines).await;
    write
        .write_all(format!("RCPT TO:<{recipient}>\r\n").as_bytes())
        .await
        .unwrap();
    let rcpt = read_reply(&mut lines).await;
    if !rcpt.starts_with('2') {
        return rcpt;
    }
    write.write_all(b"DATA\r\n").await.unwrap();
    read_reply(&mut lines).await;
    let mut data = Vec::new();
    for line in message.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b".") {
            data.push(b'.');
        }
        data.extend_from_slice(line);
    }
    if !data.ends_with(b"\n") {
        data.extend_from_slice(b"\r\n");
    }
    data.extend_from_slice(b".\r\nQUIT\r\n");
    write.write_all(&data).await.unwrap();
    answer.push_str(&read_reply(&mut lines).await);
    answer
}

#[tokio::test]
async fn replies_by_mail_land_in_their_thread_and_anything_else_gets_a_clear_answer() {
    let sink = SmtpSink::start(keep_all).await;
    let hub = TestApp::with_mail(&sink.url).await;
    let fay = member(&hub, "fay", Role::Facilitator).await;
    let bo = member(&hub, "bo", Role::Member).await;
    member(&hub, "cy", Role::Member).await;
    for (handle, address) in [
        ("fay", "fay@example.org"),
        ("bo", "bo@example.org"),
        ("cy", "cy@example.org"),
    ] {
        hub.app
            .accounts()
            .set_confirmed_email(&Actor::System, handle, address)
            .await
            .unwrap();
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (_stop, shutdown) = tokio::sync::watch::channel(false);
    tokio::spawn(hub.app.take_mail(listener, shutdown));

    let (_, location, _) = post(
        &hub,
        &fay,
        "/discussion/ask-the-community/threads",
        &[
            ("title", "Signal or Wire?"),
            ("body", "Which would you pick?"),
        ],
    )
    .await;
    let thread_path = location.split('#').next().unwrap().to_owned();
    deliver(&hub).await;
    let to_bo = parse(&sink.messages_to("bo@example.org")[0])
        .reply_to()
        .unwrap()
        .first()
        .unwrap()
        .address()
        .unwrap()
        .to_owned();

    // Bo answers from his mail client: his first post waits, then reads in its thread with
    // what it quoted folded away.
    let reply = format!(
        "From: Bo <bo@example.org>\r\nTo: {to_bo}\r\nSubject: Re: [Ask the community] Signal or Wire?\r\n\r\nSignal, with disappearing messages.\r\n\r\nOn Monday, fay via Test Hub wrote:\r\n> Which would you pick?\r\n"
    );
    let answer = lmtp(address, &to_bo, reply.as_bytes()).await;
    assert!(
        answer.starts_with("250 2.0.0 held for a facilitator"),
        "{answer}"
    );
    let held = get(&hub, "/moderation", Some(&fay.cookie)).await.1;
    let post_id = held
        .split("id=\"post-")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    post(
        &hub,
        &fay,
        &format!("/posts/{post_id}/moderate"),
        &[("decision", "approve")],
    )
    .await;
    let page = get(&hub, &thread_path, Some(&bo.cookie)).await.1;
    assert!(
        page.contains("Signal, with disappearing messages."),
        "{page}"
    );
    assert!(
        page.contains("<details class=\"folded\">"),
        "the quote is folded: {page}"
    );

    // The same address from someone else, a made-up one, a stranger, a non-member sender.
    let from_cy = reply.replace("bo@example.org>", "cy@example.org>");
    assert!(
        lmtp(address, &to_bo, from_cy.as_bytes())
            .await
            .starts_with("550 5.7.1")
    );
    let forged = format!("{}x@hub.test", to_bo.split('@').next().unwrap());
    assert!(
        lmtp(address, &forged, reply.as_bytes())
            .await
            .starts_with("550 5.1.1")
    );
    assert!(
        lmtp(address, "nobody@hub.test", reply.as_bytes())
            .await
            .starts_with("550 5.1.1")
    );
    assert!(
        lmtp(
            address,
            "ask-the-community@elsewhere.test",
            reply.as_bytes()
        )
        .await
        .starts_with("550 5.1.1")
    );
    let stranger = reply.replace("bo@example.org>", "eve@example.net>");
    assert!(
        lmtp(address, "ask-the-community@hub.test", stranger.as_bytes())
            .await
            .starts_with("550 5.7.1")
    );

    // A new thread by mail waits for a facilitator whoever it claims to be from.
    let new_thread =
        "From: bo@example.org\r\nSubject: Burner phones at borders\r\n\r\nAny advice?\r\n";
    let answer = lmtp(address, "ask-the-community@hub.test", new_thread.as_bytes()).await;
    assert!(answer.starts_with("250 2.0.0 held"), "{answer}");
    assert!(
        get(&hub, "/moderation", Some(&fay.cookie))
            .await
            .1
            .contains("Burner phones at borders")
    );

    // A right-to-left subject, encoded as mail clients write it, becomes the thread's title; a
    // message over 10 MiB is refused whole.
    let arabic = "From: bo@example.org\r\nSubject: =?UTF-8?B?2YfZhCDZhdmGINij2K3Yr9if?=\r\n\r\nسؤال عن الحدود\r\n";
    let answer = lmtp(address, "ask-the-community@hub.test", arabic.as_bytes()).await;
    assert!(answer.starts_with("250 2.0.0 held"), "{answer}");
    assert!(
        get(&hub, "/moderation", Some(&fay.cookie))
            .await
            .1
            .contains("هل من أحد؟")
    );
    let mut huge = b"From: bo@example.org\r\nSubject: big\r\n\r\n".to_vec();
    for _ in 0..(11 * 1024 * 1024 / 80) {
        huge.extend_from_slice(&[b'x'; 78]);
        huge.extend_from_slice(b"\r\n");
    }
    let answer = lmtp(address, "ask-the-community@hub.test", &huge).await;
    assert!(answer.starts_with("552 5.3.4"), "{answer}");

    // Every message of the mail corpus, sent as from a member: each gets an answer, the
    // listener stays up, and each one taken is one whole thread waiting for a facilitator.
    let corpus = crate::crate_dir().join("../../../shared/corpora/mail");
    let mut files = Vec::new();
    let mut folders = vec![corpus];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "eml") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 50, "the corpus is there: {}", files.len());
    let mut taken = 0;
    for file in &files {
        let message = as_from_bo(&std::fs::read(file).unwrap());
        let answer = lmtp(address, "events@hub.test", &message).await;
        assert!(
            answer.starts_with("250 ") || answer.starts_with("550 ") || answer.starts_with("552 "),
            "{}: {answer}",
            file.display()
        );
        taken += usize::from(answer.starts_with("250 "));
    }
    eprintln!(
        "mail corpus: {} messages, {taken} taken and held, {} refused with a status",
        files.len(),
        files.len() - taken
    );
    assert!(taken > 0, "some of the corpus reads as posts");
    let queue = get(&hub, "/moderation", Some(&fay.cookie)).await.1;
    assert_eq!(
        queue.matches("<article class=\"comment\"").count(),
        taken + 2,
        "held: the corpus's, Burner phones and the Arabic one"
    );
    assert!(
        lmtp(address, &to_bo, reply.as_bytes())
            .await
            .starts_with("250 "),
        "still up"
    );
}

/// `message` with its own `From` fields (and their folded lines) taken out and Bo's put first.
fn as_from_bo(message: &[u8]) -> Vec<u8> {
    let mut out = b"From: bo@example.org\r\n".to_vec();
    let mut in_headers = true;
    let mut dropping = false;
    for line in message.split_inclusive(|&b| b == b'\n') {
        if in_headers {
            if line == b"\r\n" || line == b"\n" {
                in_headers = false;
            } else if line.starts_with(b" ") || line.starts_with(b"\t") {
                if dropping {
                    continue;
                }
            } else {
                dropping = line.len() >= 5 && line[..5].eq_ignore_ascii_case(b"from:");
                if dropping {
                    continue;
                }
            }
        }
        out.extend_from_slice(line);
    }
    out
}

#[tokio::test]
async fn digest_followers_get_one_message_a_day_with_the_day_s_posts_and_nothing_on_a_quiet_day() {
    let sink = SmtpSink::start(keep_all).await;
    let hub = TestApp::with_mail(&sink.url).await;
    let fay = member(&hub, "fay", Role::Facilitator).await;
    let bo = member(&hub, "bo", Role::Member).await;
    hub.app
        .accounts()
        .set_confirmed_email(&Actor::System, "bo", "bo@example.org")
        .await
        .unwrap();
    let category = "/discussion/events";
    assert_eq!(
        post(
            &hub,
            &bo,
            &format!("{category}/delivery"),
            &[("mode", "digest")]
        )
        .await
        .0,
        303
    );
    for (title, body) in [
        ("Training in Nairobi", "Applications open."),
        ("Call on Thursday", "15:00 UTC."),
    ] {
        post(
            &hub,
            &fay,
            &format!("{category}/threads"),
            &[("title", title), ("body", body)],
        )
        .await;
    }
    deliver(&hub).await;
    assert!(
        sink.messages_to("bo@example.org").is_empty(),
        "no message per post in digest mode"
    );

    // Tomorrow's run covers today; the day after, a quiet day, sends nothing.
    let today = hub.app.now().as_millis() / 86_400_000;
    let runner = JobRunner::new(hub.app.clone(), JobSettings::default());
    for day in [today + 1, today + 2] {
        runner
            .enqueue(&braid_app::mail::SendDigests { day }, Duration::ZERO, None)
            .await
            .unwrap();
    }
    deliver(&hub).await;
    let digests = sink.messages_to("bo@example.org");
    assert_eq!(digests.len(), 1, "one digest, for the day with posts");
    let digest = parse(&digests[0]);
    let date = braid_domain::time::Timestamp(today * 86_400_000).format_utc();
    assert_eq!(
        digest.subject().unwrap(),
        format!("[Events] Digest of {}", date.split(' ').next().unwrap())
    );
    let text = digest.body_text(0).unwrap();
    assert!(
        text.contains("Training in Nairobi") && text.contains("15:00 UTC."),
        "{text}"
    );
    assert!(digest.body_html(0).unwrap().contains("<h2>"));
    assert!(header(&digest, "List-Unsubscribe").starts_with("<http://hub.test/unsubscribe/"));
}

#[tokio::test]
async fn hard_bounces_stop_mail_to_an_address_with_a_notice_until_it_is_confirmed_again() {
    let sink = SmtpSink::start(keep_all).await;
    let hub = TestApp::with_mail(&sink.url).await;
    let fay = member(&hub, "fay", Role::Facilitator).await;
    let bo = member(&hub, "bo", Role::Member).await;
    hub.app
        .accounts()
        .set_confirmed_email(&Actor::System, "bo", "bo@example.org")
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (_stop, shutdown) = tokio::sync::watch::channel(false);
    tokio::spawn(hub.app.take_mail(listener, shutdown));
    let category = "/discussion/events";
    post(
        &hub,
        &fay,
        &format!("{category}/threads"),
        &[("title", "One"), ("body", "First.")],
    )
    .await;
    deliver(&hub).await;
    let verp = sink.senders.lock().unwrap()[0].clone();
    assert!(
        verp.starts_with("events-bounces+") && verp.ends_with("@hub.test"),
        "{verp}"
    );

    let dsn = |status: &str| {
        format!(
            "From: MAILER-DAEMON@example.org\r\nTo: {verp}\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
             --b\r\nContent-Type: text/plain\r\n\r\nNot delivered.\r\n\
             --b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n\
             Final-Recipient: rfc822; bo@example.org\r\nAction: {}\r\nStatus: {status}\r\n\r\n--b--\r\n",
            if status.starts_with('5') {
                "failed"
            } else {
                "delayed"
            }
        )
    };
    // A delay changes nothing; a made-up bounce address is refused.
    assert!(
        lmtp(address, &verp, dsn("4.4.1").as_bytes())
            .await
            .starts_with("250 2.0.0 noted")
    );
    let forged = verp.replace("+", "+9");
    assert!(
        lmtp(address, &forged, dsn("5.1.1").as_bytes())
            .await
            .starts_with("550 5.1.1")
    );
    for _ in 0..2 {
        assert!(
            lmtp(address, &verp, dsn("5.1.1").as_bytes())
                .await
                .starts_with("250 2.0.0 bounce recorded")
        );
    }
    post(
        &hub,
        &fay,
        &format!("{category}/threads"),
        &[("title", "Two"), ("body", "Second.")],
    )
    .await;
    deliver(&hub).await;
    assert_eq!(
        sink.messages_to("bo@example.org").len(),
        2,
        "two bounces do not stop mail"
    );

    lmtp(address, &verp, dsn("5.1.1").as_bytes()).await;
    post(
        &hub,
        &fay,
        &format!("{category}/threads"),
        &[("title", "Three"), ("body", "Third.")],
    )
    .await;
    deliver(&hub).await;
    assert_eq!(
        sink.messages_to("bo@example.org").len(),
        2,
        "the third stops it"
    );
    assert!(
        get(&hub, "/notifications", Some(&bo.cookie))
            .await
            .1
            .contains("came back undelivered")
    );
    assert!(
        get(&hub, "/account/email", Some(&bo.cookie))
            .await
            .1
            .contains("three times in a row")
    );

    // Confirming the address again starts mail again.
    hub.app
        .accounts()
        .set_confirmed_email(&Actor::System, "bo", "bo@example.org")
        .await
        .unwrap();
    post(
        &hub,
        &fay,
        &format!("{category}/threads"),
        &[("title", "Four"), ("body", "Fourth.")],
    )
    .await;
    deliver(&hub).await;
    assert_eq!(sink.messages_to("bo@example.org").len(), 3);
}
