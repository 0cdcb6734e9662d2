//! Mail: list messages built with the headers that mail clients and list tools rely on
//! (RFC 2369 and RFC 8058 list headers, stable message ids, threading, From rewritten for
//! DMARC), and sent over SMTP (issue 31, design 0008).
//!
//! This crate knows messages and the wire, nothing of members or policy: the services decide
//! who gets what and hand over the words.
#![forbid(unsafe_code)]

pub mod inbound;
pub mod lmtp;

use std::time::SystemTime;

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::extension::ClientId;
use lettre::{Address, AsyncTransport, Message, Tokio1Executor};

/// Why a message was not built or not sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// An address or header given to the builder is not usable (a bug or bad settings).
    #[error("the message cannot be built: {0}")]
    Build(String),
    /// The mail server refused for now or could not be reached: try again later.
    #[error("the mail server answered for now: {0}")]
    Temporary(String),
    /// The mail server refused for good (the address does not exist, the message is refused):
    /// trying again cannot help.
    #[error("the mail server refused: {0}")]
    Permanent(String),
}

/// One post of a list, addressed to one member.
#[derive(Debug, Clone)]
pub struct ListMessage<'a> {
    /// The author's name as readers see it (their handle).
    pub author: &'a str,
    /// The community's name: the message is "Ana via Community".
    pub community: &'a str,
    /// The list's name (the category's), in its `List-Id`.
    pub list_name: &'a str,
    /// The list's address, e.g. `ask-the-community@hub.example`: `From` and `List-Post`.
    pub list_address: &'a str,
    /// Where bounces go (the envelope sender).
    pub bounce_address: &'a str,
    /// The list's id, e.g. `ask-the-community.hub.example`.
    pub list_id: &'a str,
    /// The web address of the list's archive.
    pub archive: &'a str,
    /// The one-click unsubscribe address (an `https` URL that takes a `POST`).
    pub unsubscribe: &'a str,
    /// The member's address.
    pub to: &'a str,
    /// The member's own reply address for this thread.
    pub reply_to: &'a str,
    /// The subject line.
    pub subject: &'a str,
    /// This post's message id (without angle brackets), the same for every recipient.
    pub message_id: &'a str,
    /// The post it answers.
    pub in_reply_to: Option<&'a str>,
    /// The thread's ids before this one, oldest first.
    pub references: &'a [String],
    /// The plain text part.
    pub text: &'a str,
    /// The HTML part (already sanitised).
    pub html: &'a str,
    /// When the post was written.
    pub date: SystemTime,
}

fn address(text: &str) -> Result<Address, MailError> {
    text.parse()
        .map_err(|error| MailError::Build(format!("address {text:?}: {error}")))
}

fn raw_header(name: &'static str, value: String) -> Result<HeaderValue, MailError> {
    let name = HeaderName::new_from_ascii_str(name);
    if value.chars().any(|c| c.is_control()) {
        return Err(MailError::Build(format!(
            "{name} holds a control character"
        )));
    }
    Ok(HeaderValue::new(name, value))
}

/// The address as the hub keeps it (trimmed, lower case), if it is one mail can be sent to:
/// `local@domain`, at most 254 characters.
pub fn address_to_keep(typed: &str) -> Option<String> {
    let address = typed.trim().to_lowercase();
    (address.len() <= 254 && address.contains('@') && address.parse::<Address>().is_ok())
        .then_some(address)
}

/// A message built, with its envelope.
#[derive(Debug, Clone)]
pub struct Built {
    /// The envelope sender (where bounces go).
    pub from: String,
    /// The one recipient.
    pub to: String,
    /// The message as it goes on the wire.
    pub bytes: Vec<u8>,
}

impl ListMessage<'_> {
    /// The message as it goes on the wire.
    pub fn build(&self) -> Result<Built, MailError> {
        let from = Mailbox::new(
            Some(format!("{} via {}", self.author, self.community)),
            address(self.list_address)?,
        );
        let mut builder = Message::builder()
            .from(from)
            .to(Mailbox::new(None, address(self.to)?))
            .reply_to(Mailbox::new(None, address(self.reply_to)?))
            .subject(self.subject)
            .date(self.date)
            .message_id(Some(format!("<{}>", self.message_id)));
        if let Some(parent) = self.in_reply_to {
            builder = builder.in_reply_to(format!("<{parent}>"));
        }
        if !self.references.is_empty() {
            let references: Vec<String> =
                self.references.iter().map(|id| format!("<{id}>")).collect();
            builder = builder.references(references.join(" "));
        }
        for (name, value) in [
            ("List-Id", format!("{} <{}>", self.list_name, self.list_id)),
            ("List-Post", format!("<mailto:{}>", self.list_address)),
            ("List-Archive", format!("<{}>", self.archive)),
            ("List-Unsubscribe", format!("<{}>", self.unsubscribe)),
            (
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click".to_owned(),
            ),
            ("Precedence", "list".to_owned()),
        ] {
            builder = builder.raw_header(raw_header(name, value)?);
        }
        let message = builder
            .multipart(MultiPart::alternative_plain_html(
                self.text.to_owned(),
                self.html.to_owned(),
            ))
            .map_err(|error| MailError::Build(error.to_string()))?;
        Ok(Built {
            from: self.bounce_address.to_owned(),
            to: self.to.to_owned(),
            bytes: message.formatted(),
        })
    }
}

/// A message from the hub itself to one member (an address to confirm, a security notice):
/// plain text, no list headers, from the hub's no-reply address.
#[derive(Debug, Clone)]
pub struct Notice<'a> {
    /// The community's name, shown as the sender.
    pub community: &'a str,
    /// The hub's address for notices (`no-reply@<domain>`); also where bounces go.
    pub from: &'a str,
    /// The member's address.
    pub to: &'a str,
    /// The subject line.
    pub subject: &'a str,
    /// The text.
    pub text: &'a str,
    /// When it was written.
    pub date: SystemTime,
}

impl Notice<'_> {
    /// The message as it goes on the wire.
    pub fn build(&self) -> Result<Built, MailError> {
        let message = Message::builder()
            .from(Mailbox::new(
                Some(self.community.to_owned()),
                address(self.from)?,
            ))
            .to(Mailbox::new(None, address(self.to)?))
            .subject(self.subject)
            .date(self.date)
            .raw_header(raw_header("Auto-Submitted", "auto-generated".to_owned())?)
            .body(self.text.to_owned())
            .map_err(|error| MailError::Build(error.to_string()))?;
        Ok(Built {
            from: self.from.to_owned(),
            to: self.to.to_owned(),
            bytes: message.formatted(),
        })
    }
}

/// Sends messages through one SMTP server (a local MTA or a smarthost), keeping a few
/// connections to it open.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
}

#[derive(Clone)]
enum Transport {
    /// TLS or credentials: lettre's pooled transport.
    Pooled(AsyncSmtpTransport<Tokio1Executor>),
    /// Plain SMTP to a local MTA. Our own connections, with Nagle's algorithm off: lettre
    /// writes a message and its final dot in two writes, and the second waited for the
    /// server's delayed acknowledgement of the first, 40 ms a message.
    Plain {
        address: String,
        idle: std::sync::Arc<tokio::sync::Mutex<Vec<AsyncSmtpConnection>>>,
    },
}

/// Connections kept open to a plain SMTP server.
const IDLE_CONNECTIONS: usize = 8;

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold a password: never printed.
        f.debug_struct("Mailer").finish_non_exhaustive()
    }
}

impl Mailer {
    /// A mailer for `smtp_url`: `smtp://host:port` (plain, for a local MTA),
    /// `smtp://host:587?tls=required` (STARTTLS; `?tls=opportunistic` when offered), or
    /// `smtps://user:password@host:465` (TLS from the start).
    pub fn new(smtp_url: &str) -> Result<Mailer, MailError> {
        let pooled = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|error| MailError::Build(format!("smtp_url: {error}")))?
            .build();
        // `smtp://host:port` and nothing else: plain SMTP, which lettre's own would do too.
        let plain = smtp_url
            .strip_prefix("smtp://")
            .filter(|rest| !rest.contains(['@', '?', '/']));
        let transport = match plain {
            Some(address) => Transport::Plain {
                address: if address.contains(':') {
                    address.to_owned()
                } else {
                    format!("{address}:25")
                },
                idle: std::sync::Arc::default(),
            },
            None => Transport::Pooled(pooled),
        };
        Ok(Mailer { transport })
    }

    /// Sends a built message.
    pub async fn send(&self, message: &Built) -> Result<(), MailError> {
        let envelope = lettre::address::Envelope::new(
            Some(address(&message.from)?),
            vec![address(&message.to)?],
        )
        .map_err(|error| MailError::Build(error.to_string()))?;
        let sent = match &self.transport {
            Transport::Pooled(transport) => transport
                .send_raw(&envelope, &message.bytes)
                .await
                .map(drop),
            Transport::Plain { address, idle } => {
                let open = idle.lock().await.pop();
                let mut connection = match open {
                    Some(connection) => connection,
                    None => connect_plain(address).await?,
                };
                let sent = connection.send(&envelope, &message.bytes).await.map(drop);
                if sent.is_ok() && !connection.has_broken() {
                    let mut idle = idle.lock().await;
                    if idle.len() < IDLE_CONNECTIONS {
                        idle.push(connection);
                    }
                }
                sent
            }
        };
        match sent {
            Ok(()) => Ok(()),
            Err(error) if error.is_permanent() => Err(MailError::Permanent(error.to_string())),
            Err(error) => Err(MailError::Temporary(error.to_string())),
        }
    }
}

/// A plain SMTP connection with Nagle's algorithm off, greeted.
async fn connect_plain(address: &str) -> Result<AsyncSmtpConnection, MailError> {
    let temporary = |error: &dyn std::fmt::Display| MailError::Temporary(error.to_string());
    let stream = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        tokio::net::TcpStream::connect(address),
    )
    .await
    .map_err(|error| temporary(&error))?
    .map_err(|error| temporary(&error))?;
    stream
        .set_nodelay(true)
        .map_err(|error| temporary(&error))?;
    AsyncSmtpConnection::connect_with_transport(Box::new(stream), &ClientId::default())
        .await
        .map_err(|error| temporary(&error))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn message<'a>(subject: &'a str, references: &'a [String]) -> ListMessage<'a> {
        ListMessage {
            author: "مريم",
            community: "Test Hub",
            list_name: "Ask the community",
            list_address: "ask-the-community@hub.test",
            bounce_address: "ask-the-community-bounces@hub.test",
            list_id: "ask-the-community.hub.test",
            archive: "https://hub.test/discussion/ask-the-community",
            unsubscribe: "https://hub.test/unsubscribe/abc",
            to: "ana@example.org",
            reply_to: "ask-the-community+tok@hub.test",
            subject,
            message_id: "p2.x@hub.test",
            in_reply_to: Some("p1.x@hub.test"),
            references,
            text: "Hello\n",
            html: "<p>Hello</p>",
            date: SystemTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn a_list_message_carries_every_list_header_and_threads() {
        let references = vec!["p1.x@hub.test".to_owned()];
        let built = message("Re: [Ask] هل من أحد؟", &references)
            .build()
            .unwrap();
        let parsed = mail_parser::MessageParser::default()
            .parse(&built.bytes)
            .unwrap();
        assert_eq!(parsed.subject(), Some("Re: [Ask] هل من أحد؟"));
        assert_eq!(parsed.message_id(), Some("p2.x@hub.test"));
        assert_eq!(parsed.in_reply_to().as_text(), Some("p1.x@hub.test"));
        let from = parsed.from().unwrap().first().unwrap();
        assert_eq!(from.name(), Some("مريم via Test Hub"));
        assert_eq!(from.address(), Some("ask-the-community@hub.test"));
        let header = |name: &str| {
            parsed
                .header_raw(name)
                .map(|value| value.trim().to_owned())
                .unwrap_or_default()
        };
        assert_eq!(
            header("List-Unsubscribe-Post"),
            "List-Unsubscribe=One-Click"
        );
        assert_eq!(
            header("List-Unsubscribe"),
            "<https://hub.test/unsubscribe/abc>"
        );
        assert_eq!(header("List-Post"), "<mailto:ask-the-community@hub.test>");
        assert!(header("List-Id").ends_with("<ask-the-community.hub.test>"));
        assert_eq!(
            parsed.body_text(0).as_deref(),
            Some("Hello\r\n"),
            "lines end in CRLF on the wire"
        );
        assert_eq!(parsed.body_html(0).as_deref(), Some("<p>Hello</p>"));
        assert_eq!(built.to, "ana@example.org");
    }

    #[test]
    fn a_subject_cannot_smuggle_headers() {
        let built = message("Hi\r\nBcc: eve@example.org", &[]).build().unwrap();
        let parsed = mail_parser::MessageParser::default()
            .parse(&built.bytes)
            .unwrap();
        assert!(parsed.header_raw("Bcc").is_none());
        assert!(message("x", &[]).build().is_ok());
        let mut bad = message("x", &[]);
        bad.to = "not an address";
        assert!(matches!(bad.build(), Err(MailError::Build(_))));
    }
}
