//! Mail in (issue 31, design 0008): what the LMTP listener hands over becomes a post, is held
//! for a facilitator, or is refused with a status the sender's server reports back. Nothing is
//! dropped without an answer, and nothing is half-stored: a post is one unit of work.
//!
//! - `<slug>+r<thread>.<member>.<tag>@<domain>`, a member's reply address: a reply in that
//!   thread by that member, when the mail comes from their confirmed address. The tag proves
//!   that the hub made the address, so a guessed one is refused. One sent from another address
//!   (forwarded, leaked) is refused too.
//! - `<slug>@<domain>`, a category's address: a new thread by the member whose confirmed address
//!   the mail comes from. `From` proves nothing, so the thread waits for a facilitator.

use std::sync::Arc;

use braid_domain::ids::{ThreadId, UserId};
use braid_mail::inbound::Unreadable;
use braid_mail::lmtp::{Inbox, InboxFuture, Reply};

use crate::{App, AppError};

/// Where a recipient address leads.
enum Recipient {
    /// A category's address: a new thread.
    Category(String),
    /// A member's reply address for a thread.
    Reply { thread: ThreadId, member: UserId },
    /// Where mail to a member comes back when it cannot be delivered (VERP).
    Bounce(UserId),
}

/// Hard bounces in a row after which mail to an address stops.
const BOUNCES_TO_STOP: i64 = 3;

/// The hub's inbox, for the LMTP listener.
#[derive(Debug, Clone)]
pub struct MailInbox {
    app: App,
}

impl App {
    /// The inbox the LMTP listener hands mail to; `None` when the hub has no mail domain.
    pub fn inbox(&self) -> Option<Arc<dyn Inbox>> {
        self.mail.as_ref()?;
        Some(Arc::new(MailInbox { app: self.clone() }))
    }

    /// Takes mail over LMTP on `listener` until `shutdown` turns true (at once when the hub
    /// has no mail domain).
    pub fn take_mail(
        &self,
        listener: tokio::net::TcpListener,
        shutdown: tokio::sync::watch::Receiver<bool>,
    ) -> impl std::future::Future<Output = ()> + Send + 'static {
        let inbox = self.inbox();
        async move {
            if let Some(inbox) = inbox {
                braid_mail::lmtp::serve(
                    listener,
                    inbox,
                    braid_mail::lmtp::Limits::default(),
                    shutdown,
                )
                .await;
            }
        }
    }
}

fn unknown() -> Reply {
    Reply::new(550, "5.1.1", "no such address here")
}

impl MailInbox {
    /// Where `address` leads, if the hub has it.
    async fn recipient(&self, address: &str) -> Result<Option<Recipient>, AppError> {
        let Some(mail) = self.app.mail.as_ref() else {
            return Ok(None);
        };
        let Some((local, domain)) = address.rsplit_once('@') else {
            return Ok(None);
        };
        if !domain.eq_ignore_ascii_case(&mail.domain()) {
            return Ok(None);
        }
        let (slug, token) = match local.split_once('+') {
            Some((slug, token)) => (slug, Some(token)),
            None => (local, None),
        };
        if let (Some(slug), Some(token)) = (slug.strip_suffix("-bounces"), token) {
            if self.app.store().category_by_slug(slug).await?.is_none() {
                return Ok(None);
            }
            return Ok(
                crate::mail::read_bounce_token(&self.app.sealing, token).map(Recipient::Bounce)
            );
        }
        if self.app.store().category_by_slug(slug).await?.is_none() {
            return Ok(None);
        }
        let Some(token) = token else {
            return Ok(Some(Recipient::Category(slug.to_owned())));
        };
        Ok(crate::mail::read_reply_token(&self.app.sealing, token)
            .map(|(thread, member)| Recipient::Reply { thread, member }))
    }

    async fn take(&self, recipient: &str, message: &[u8]) -> Result<Reply, AppError> {
        let Some(recipient) = self.recipient(recipient).await? else {
            return Ok(unknown());
        };
        if let Recipient::Bounce(member) = recipient {
            return self.bounce(member, message).await;
        }
        let incoming = match braid_mail::inbound::read(message) {
            Ok(incoming) => incoming,
            Err(Unreadable::Malformed) => {
                return Ok(Reply::new(550, "5.6.0", "the message cannot be read"));
            }
            Err(Unreadable::TooComplex) => {
                return Ok(Reply::new(552, "5.3.4", "too many headers or parts"));
            }
        };
        let Some(sender) = self.app.store().member_by_email(&incoming.from).await? else {
            return Ok(Reply::new(
                550,
                "5.7.1",
                "only members post here, from their confirmed address",
            ));
        };
        let Some(actor) = self.app.member_actor(sender).await? else {
            return Ok(unknown());
        };
        let text = incoming.text;
        let discussion = self.app.discussion();
        let posted = match recipient {
            Recipient::Reply { thread, member } => {
                if member != sender {
                    return Ok(Reply::new(
                        550,
                        "5.7.1",
                        "this reply address belongs to another member",
                    ));
                }
                discussion.reply_by_mail(&actor, thread, &text).await
            }
            Recipient::Bounce(_) => return Ok(unknown()),
            Recipient::Category(slug) => {
                discussion
                    .start_thread_by_mail(&actor, &slug, &incoming.subject, &text)
                    .await
            }
        };
        Ok(match posted {
            Ok(posted) if posted.held => Reply::new(250, "2.0.0", "held for a facilitator"),
            Ok(_) => Reply::new(250, "2.0.0", "posted"),
            Err(AppError::Invalid(error)) => Reply::new(550, "5.6.0", error.to_string()),
            Err(AppError::NotFound | AppError::Forbidden) => {
                Reply::new(550, "5.7.1", "you may not post there")
            }
            Err(other) => return Err(other),
        })
    }
}

impl MailInbox {
    /// A message back at a member's bounce address: a delivery status notification saying the
    /// address failed for good counts a hard bounce, and the third in a row stops mail to it
    /// (with a notice on the web). Anything else there (a delay, an auto-reply) is noted and
    /// changes nothing.
    async fn bounce(&self, member: UserId, message: &[u8]) -> Result<Reply, AppError> {
        if !braid_mail::inbound::is_hard_bounce(message) {
            return Ok(Reply::new(250, "2.0.0", "noted"));
        }
        let now = self.app.now();
        if self
            .app
            .store()
            .record_bounce(member, BOUNCES_TO_STOP, now)
            .await?
        {
            let mut work = self.app.write();
            work.notify(&[member], "mail_stopped", None, "").await?;
            self.app.commit(work).await?;
        }
        Ok(Reply::new(250, "2.0.0", "bounce recorded"))
    }
}

impl Inbox for MailInbox {
    fn accepts<'a>(&'a self, recipient: &'a str) -> InboxFuture<'a, Result<(), Reply>> {
        Box::pin(async move {
            match self.recipient(recipient).await {
                Ok(Some(_)) => Ok(()),
                Ok(None) => Err(unknown()),
                Err(error) => {
                    tracing::warn!(error = %error.with_causes(), "inbound mail: looking up a recipient failed");
                    Err(Reply::new(451, "4.3.0", "try again later"))
                }
            }
        })
    }

    fn deliver<'a>(
        &'a self,
        _sender: &'a str,
        recipient: &'a str,
        message: &'a [u8],
    ) -> InboxFuture<'a, Reply> {
        Box::pin(async move {
            match self.take(recipient, message).await {
                Ok(reply) => reply,
                Err(error) => {
                    tracing::warn!(error = %error.with_causes(), "inbound mail: taking a message failed");
                    Reply::new(451, "4.3.0", "try again later")
                }
            }
        })
    }
}
