//! Mail out (issue 31, design 0008): each published post goes to the members who follow its
//! category by mail, one message per member, written in their language, through the jobs
//! outbox, so a post is mailed if and only if it was committed, and a mail server that says
//! "later" is tried again with backoff.
//!
//! The fan-out follows `published_post` changes: it asks the store for members with a
//! confirmed address who get every message of the category and did not mute the thread, keeps
//! those policy lets read it, and enqueues one `deliver_post` job each, in the unit of work
//! that moves its cursor (so a crash never sends twice). The job builds the message when it
//! runs, asking policy again: a member who lost access meanwhile gets nothing.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::discussion::Discussion;
use braid_domain::accounts::AccountStatus;
use braid_domain::change::EntityKind;
use braid_domain::discussion::{DiscussionAction, PostState};
use braid_domain::ids::{CategoryId, PostId, ThreadId, UserId};
use braid_domain::job::{Job, JobFailure};
use braid_domain::policy::{Actor, MemberActor, may_in_discussion};
use braid_mail::{ListMessage, MailError, Mailer};
use braid_store::{Change, JobOptions, MailRecipient, UnitOfWork};
use serde::{Deserialize, Serialize};

use crate::followers::{Applying, Follower};
use crate::{App, AppError};

/// How a hub sends mail.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// The hub's mail domain: categories are `<slug>@<domain>`.
    pub domain: String,
    /// The hub's public address, for links in messages (no trailing slash).
    pub public_url: String,
    /// The community's name: posts come "from Ana via <name>".
    pub community_name: String,
    /// Where messages are handed over (`smtp://127.0.0.1:25`, `smtps://user:pass@host:465`).
    pub smtp_url: String,
    /// The interface language for members who chose none.
    pub default_language: String,
    /// The wait before mail a server said "later" to is tried again (doubled each time, up
    /// to `retry_max`): the jobs' retry settings.
    pub retry_base: Duration,
    /// The longest wait between two tries.
    pub retry_max: Duration,
}

/// What sends the hub's mail.
#[derive(Debug)]
pub(crate) struct MailService {
    settings: MailSettings,
    mailer: Mailer,
    locales: Arc<braid_i18n::Locales>,
}

impl App {
    /// This hub with mail: posts go out by mail to those who follow their category so.
    pub fn with_mail(mut self, settings: MailSettings) -> Result<App, AppError> {
        let mailer = Mailer::new(&settings.smtp_url)
            .map_err(|error| AppError::BadInput(error.to_string()))?;
        let locales = braid_i18n::Locales::load(&settings.default_language)
            .map_err(|error| AppError::Internal(error.to_string()))?;
        self.mail = Some(Arc::new(MailService {
            settings,
            mailer,
            locales: Arc::new(locales),
        }));
        Ok(self)
    }

    /// Whether this hub sends mail.
    pub fn sends_mail(&self) -> bool {
        self.mail.is_some()
    }
}

/// Posts published longer ago than this are not mailed: when a hub turns mail on, its
/// follower starts at the beginning of the log, and must not mail the hub's whole history.
const TOO_OLD_TO_MAIL: Duration = Duration::from_secs(86_400);

/// The follower that turns each published post into one `deliver_post` job per recipient.
#[derive(Debug, Clone, Copy)]
pub struct MailFanOut;

impl Follower for MailFanOut {
    fn name(&self) -> &'static str {
        "mail"
    }

    fn follows(&self) -> &'static [EntityKind] {
        &[EntityKind::PublishedPost]
    }

    fn apply<'a>(
        &'a self,
        app: &'a App,
        changes: &'a [Change],
        work: &'a mut UnitOfWork,
    ) -> Applying<'a> {
        Box::pin(async move {
            let oldest = app
                .now()
                .as_millis()
                .saturating_sub(millis(TOO_OLD_TO_MAIL));
            for change in changes {
                if change.created_at.as_millis() >= oldest {
                    app.fan_out(work, PostId(change.entity_id)).await?;
                }
            }
            Ok(())
        })
    }
}

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// One post to mail to a batch of members. A job's bookkeeping costs a few commits, each an
/// fsync on SQLite; a batch spreads them over many messages (one job per member managed 38
/// a second, whatever the server).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeliverPost {
    /// The post.
    pub post: PostId,
    /// The members.
    pub members: Vec<UserId>,
    /// How many times these members' servers have said "later" already.
    #[serde(default)]
    pub round: u32,
}

/// Members per delivery job.
const BATCH: usize = 50;
/// Rounds of "later" after which a member's server is taken as refusing.
const MAX_ROUNDS: u32 = 7;

impl Job for DeliverPost {
    const KIND: &'static str = "deliver_post";
}

/// What policy knows of a recipient.
fn actor_of(recipient: &MailRecipient, now: braid_domain::time::Timestamp) -> Actor {
    Actor::Member(MemberActor {
        id: recipient.id,
        handle: recipient.handle.clone(),
        roles: App::roles_in_force(&recipient.roles, now),
        status: recipient.status,
        second_factor_missing: false,
    })
}

impl App {
    /// Enqueues one delivery per member who gets the post by mail.
    async fn fan_out(&self, work: &mut UnitOfWork, post: PostId) -> Result<(), AppError> {
        let Some((record, thread, category)) = self.post_in_place(post).await? else {
            return Ok(());
        };
        let access = Discussion::thread_access(&category, &thread);
        let now = self.now();
        let members: Vec<UserId> = self
            .store()
            .mail_recipients(category.id, thread.id)
            .await?
            .into_iter()
            .filter(|recipient| Some(recipient.id) != record.author_id)
            .filter(|recipient| {
                may_in_discussion(
                    &actor_of(recipient, now),
                    DiscussionAction::Read,
                    &access.category,
                    Some(&access),
                )
            })
            .map(|recipient| recipient.id)
            .collect();
        for batch in members.chunks(BATCH) {
            work.enqueue(
                &DeliverPost {
                    post,
                    members: batch.to_vec(),
                    round: 0,
                },
                JobOptions {
                    unique_key: Some(format!("deliver_post:{post}:{}", batch[0])),
                    ..JobOptions::default()
                },
            )
            .await?;
        }
        Ok(())
    }

    /// A published, undeleted post with its thread and category.
    async fn post_in_place(
        &self,
        post: PostId,
    ) -> Result<
        Option<(
            braid_store::PostRecord,
            braid_store::ThreadRecord,
            braid_domain::discussion::Category,
        )>,
        AppError,
    > {
        let Some(record) = self
            .store()
            .find_post(post)
            .await?
            .filter(|post| post.state == PostState::Published && post.deleted_at.is_none())
        else {
            return Ok(None);
        };
        let Some(thread) = self.store().find_thread(record.thread_id).await? else {
            return Ok(None);
        };
        let Some(category) = self.store().find_category(thread.category_id).await? else {
            return Ok(None);
        };
        Ok(Some((record, thread, category)))
    }

    /// Mails one post to a batch of members, each if they still get it: the job's handler.
    /// Those whose servers say "later" get a job of their own for the next round, after the
    /// jobs' backoff; those whose servers refuse for good make the job fail with the reasons,
    /// for admins to see. A crash in the middle sends the batch again: the same `Message-ID`
    /// lets mail clients fold the copy.
    pub(crate) async fn deliver_post(&self, job: DeliverPost) -> Result<(), JobFailure> {
        let Some(mail) = self.mail.clone() else {
            return Err(JobFailure::Retry("this node does not send mail".to_owned()));
        };
        let Some((record, thread, category)) = self.post_in_place(job.post).await? else {
            return Ok(()); // deleted or unpublished since
        };
        let (mut later, mut refused) = (Vec::new(), Vec::new());
        for &member in &job.members {
            match self
                .mail_post_to(&mail, &record, &thread, &category, member)
                .await?
            {
                Ok(()) => {}
                Err(MailError::Temporary(reason)) if job.round < MAX_ROUNDS => {
                    later.push(member);
                    tracing::info!(%reason, "a member's mail server said later");
                }
                Err(
                    MailError::Temporary(reason)
                    | MailError::Permanent(reason)
                    | MailError::Build(reason),
                ) => refused.push(reason),
            }
        }
        if let Some(&first) = later.first() {
            let settings = &mail.settings;
            let delay = settings
                .retry_base
                .saturating_mul(1 << job.round.min(16))
                .min(settings.retry_max);
            let mut work = self.write();
            work.enqueue(
                &DeliverPost {
                    post: job.post,
                    members: later,
                    round: job.round + 1,
                },
                JobOptions {
                    run_at: Some(braid_domain::time::Timestamp(
                        self.now().as_millis() + millis(delay),
                    )),
                    unique_key: Some(format!(
                        "deliver_post:{}:{first}:{}",
                        job.post,
                        job.round + 1
                    )),
                    ..JobOptions::default()
                },
            )
            .await
            .map_err(AppError::from)?;
            self.commit(work).await?;
        }
        if refused.is_empty() {
            Ok(())
        } else {
            Err(JobFailure::GiveUp(format!(
                "{} of {} refused: {}",
                refused.len(),
                job.members.len(),
                refused.join("; ")
            )))
        }
    }

    /// Mails the post to one member if they still get it (`Ok` too when they do not).
    async fn mail_post_to(
        &self,
        mail: &MailService,
        record: &braid_store::PostRecord,
        thread: &braid_store::ThreadRecord,
        category: &braid_domain::discussion::Category,
        member: UserId,
    ) -> Result<Result<(), MailError>, AppError> {
        let store = self.store();
        let Some(recipient) = store.mail_recipient(member).await? else {
            return Ok(Ok(())); // left, suspended, or mail to them stopped
        };
        let still_every = store.category_delivery(member, category.id).await? == "every";
        let muted = store
            .discussion_choices(member, category.id, Some(thread.id))
            .await?
            .1;
        if !still_every || muted {
            return Ok(Ok(())); // chose another way to follow, or muted the thread
        }
        let access = Discussion::thread_access(category, thread);
        let actor = actor_of(&recipient, self.now());
        if recipient.status != AccountStatus::Active
            || !may_in_discussion(
                &actor,
                DiscussionAction::Read,
                &access.category,
                Some(&access),
            )
        {
            return Ok(Ok(()));
        }
        let posts = store.thread_posts(thread.id).await?;
        let first = posts
            .iter()
            .find(|post| post.state == PostState::Published)
            .map_or(record.id, |post| post.id);
        let message_id = |post: PostId| mail.message_id(&self.sealing, post);
        let parent = record.quoted_id.unwrap_or(first);
        let in_reply_to = (record.id != first).then(|| message_id(parent));
        let mut references = Vec::new();
        if record.id != first {
            references.push(message_id(first));
            if parent != first {
                references.push(message_id(parent));
            }
        }
        let t = mail
            .locales
            .negotiate(Some(recipient.language.as_str()), None);
        let settings = &mail.settings;
        let slug = category.slug.as_str();
        let thread_url = format!("{}/discussion/{slug}/{}", settings.public_url, thread.id);
        let unsubscribe = format!(
            "{}/unsubscribe/{}",
            settings.public_url,
            unsubscribe_token(&self.sealing, category.id, recipient.id)
        );
        let reply_to = format!(
            "{slug}+{}@{}",
            reply_token(&self.sealing, thread.id, recipient.id),
            settings.domain
        );
        let subject = if record.id == first {
            format!("[{}] {}", category.settings.name, thread.title)
        } else {
            format!("Re: [{}] {}", category.settings.name, thread.title)
        };
        let footer_text = format!(
            "-- \n{}: {thread_url}\n{}: {unsubscribe}\n",
            t.t("mail-read-on-web"),
            t.t("mail-stop"),
        );
        let html = format!(
            "{}<hr><p><a href=\"{thread_url}\">{}</a> · <a href=\"{unsubscribe}\">{}</a></p>",
            self.discussion().rendered_post_html(&record.body),
            escape(&t.t("mail-read-on-web")),
            escape(&t.t("mail-stop")),
        );
        let author = record
            .author
            .clone()
            .unwrap_or_else(|| t.t("former-member"));
        let this_id = message_id(record.id);
        let message = ListMessage {
            author: &author,
            community: &settings.community_name,
            list_name: &category.settings.name,
            list_address: &format!("{slug}@{}", settings.domain),
            bounce_address: &format!(
                "{slug}-bounces+{}@{}",
                bounce_token(&self.sealing, recipient.id),
                settings.domain
            ),
            list_id: &format!("{slug}.{}", settings.domain),
            archive: &format!("{}/discussion/{slug}", settings.public_url),
            unsubscribe: &unsubscribe,
            to: &recipient.email,
            reply_to: &reply_to,
            subject: &subject,
            message_id: &this_id,
            in_reply_to: in_reply_to.as_deref(),
            references: &references,
            text: &format!("{}\n\n{footer_text}", record.body),
            html: &html,
            date: SystemTime::UNIX_EPOCH
                + Duration::from_millis(u64::try_from(record.created_at.as_millis()).unwrap_or(0)),
        }
        .build();
        Ok(match message {
            Ok(message) => mail.mailer.send(&message).await,
            Err(error) => Err(error),
        })
    }
}

/// A day of milliseconds: digests cover one UTC day.
const DAY_MS: i64 = 86_400_000;

/// The daily job that gives each member who follows a category in the digest their
/// `deliver_digest` job for the day before `day` (days since 1970-01-01, UTC).
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct SendDigests {
    /// The day it runs on; the digest covers the day before.
    pub day: i64,
}

impl Job for SendDigests {
    const KIND: &'static str = "send_digests";
}

/// One member's digest of one category for one day.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct DeliverDigest {
    /// The member.
    pub member: UserId,
    /// The category.
    pub category: CategoryId,
    /// The day after the one it covers.
    pub day: i64,
}

impl Job for DeliverDigest {
    const KIND: &'static str = "deliver_digest";
}

impl App {
    /// Enqueues the day's digests: the daily job's handler.
    pub(crate) async fn send_digests(&self, job: SendDigests) -> Result<(), JobFailure> {
        if self.mail.is_none() {
            return Ok(());
        }
        let mut work = self.write();
        for (category, recipient) in self
            .store()
            .digest_recipients()
            .await
            .map_err(AppError::from)?
        {
            work.enqueue(
                &DeliverDigest {
                    member: recipient.id,
                    category,
                    day: job.day,
                },
                JobOptions {
                    unique_key: Some(format!(
                        "deliver_digest:{}:{category}:{}",
                        recipient.id, job.day
                    )),
                    ..JobOptions::default()
                },
            )
            .await
            .map_err(AppError::from)?;
        }
        Ok(self.commit(work).await?)
    }

    /// Mails a member the posts of one category from the day before: the job's handler.
    /// Nothing is sent for a day without posts they may read.
    pub(crate) async fn deliver_digest(&self, job: DeliverDigest) -> Result<(), JobFailure> {
        let Some(mail) = self.mail.clone() else {
            return Err(JobFailure::Retry("this node does not send mail".to_owned()));
        };
        let store = self.store();
        let Some(recipient) = store
            .mail_recipient(job.member)
            .await
            .map_err(AppError::from)?
        else {
            return Ok(());
        };
        let Some(category) = store
            .find_category(job.category)
            .await
            .map_err(AppError::from)?
        else {
            return Ok(());
        };
        if store
            .category_delivery(job.member, job.category)
            .await
            .map_err(AppError::from)?
            != "digest"
        {
            return Ok(());
        }
        let actor = actor_of(&recipient, self.now());
        let muted = store
            .muted_threads(job.member)
            .await
            .map_err(AppError::from)?;
        let posts = store
            .posts_published_between(
                job.category,
                braid_domain::time::Timestamp((job.day - 1) * DAY_MS),
                braid_domain::time::Timestamp(job.day * DAY_MS),
            )
            .await
            .map_err(AppError::from)?;
        let t = mail
            .locales
            .negotiate(Some(recipient.language.as_str()), None);
        let settings = &mail.settings;
        let slug = category.slug.as_str();
        let (mut text, mut html) = (String::new(), String::new());
        let mut current: Option<ThreadId> = None;
        let mut readable = false;
        let mut count = 0;
        for post in &posts {
            if current != Some(post.thread_id) {
                current = Some(post.thread_id);
                let thread = store
                    .find_thread(post.thread_id)
                    .await
                    .map_err(AppError::from)?;
                readable = thread.as_ref().is_some_and(|thread| {
                    let access = Discussion::thread_access(&category, thread);
                    !muted.contains(&thread.id)
                        && may_in_discussion(
                            &actor,
                            DiscussionAction::Read,
                            &access.category,
                            Some(&access),
                        )
                });
                if let (true, Some(thread)) = (readable, thread) {
                    let url = format!("{}/discussion/{slug}/{}", settings.public_url, thread.id);
                    text.push_str(&format!("\n== {} ==\n{url}\n\n", thread.title));
                    html.push_str(&format!(
                        "<h2><a href=\"{url}\">{}</a></h2>",
                        escape(&thread.title)
                    ));
                }
            }
            if !readable {
                continue;
            }
            count += 1;
            let author = post.author.clone().unwrap_or_else(|| t.t("former-member"));
            text.push_str(&format!("{author}:\n{}\n\n", post.body));
            html.push_str(&format!(
                "<p><strong>{}</strong></p>{}",
                escape(&author),
                self.discussion().rendered_post_html(&post.body)
            ));
        }
        if count == 0 {
            return Ok(());
        }
        let unsubscribe = format!(
            "{}/unsubscribe/{}",
            settings.public_url,
            unsubscribe_token(&self.sealing, category.id, recipient.id)
        );
        let archive = format!("{}/discussion/{slug}", settings.public_url);
        text.push_str(&format!(
            "-- \n{}: {archive}\n{}: {unsubscribe}\n",
            t.t("mail-read-on-web"),
            t.t("mail-stop")
        ));
        html.push_str(&format!(
            "<hr><p><a href=\"{archive}\">{}</a> · <a href=\"{unsubscribe}\">{}</a></p>",
            escape(&t.t("mail-read-on-web")),
            escape(&t.t("mail-stop"))
        ));
        let date = braid_domain::time::Timestamp((job.day - 1) * DAY_MS).format_utc();
        let date = date.split(' ').next().unwrap_or_default().to_owned();
        let message_id = format!(
            "{}@{}",
            self.sealing.tag(
                "digest",
                &format!("{}.{}.{}", job.category, job.member, job.day)
            ),
            settings.domain
        );
        let list_address = format!("{slug}@{}", settings.domain);
        let message = ListMessage {
            author: &t.t("mail-digest-author"),
            community: &settings.community_name,
            list_name: &category.settings.name,
            list_address: &list_address,
            bounce_address: &format!(
                "{slug}-bounces+{}@{}",
                bounce_token(&self.sealing, recipient.id),
                settings.domain
            ),
            list_id: &format!("{slug}.{}", settings.domain),
            archive: &archive,
            unsubscribe: &unsubscribe,
            to: &recipient.email,
            reply_to: &list_address,
            subject: &format!(
                "[{}] {}",
                category.settings.name,
                t.t_str("mail-digest-subject", "date", &date)
            ),
            message_id: &message_id,
            in_reply_to: None,
            references: &[],
            text: &text,
            html: &html,
            date: SystemTime::now(),
        }
        .build();
        mail.send(message).await
    }

    /// Mails a member the link that confirms an address they asked for: the job's handler.
    pub(crate) async fn mail_confirmation(
        &self,
        job: crate::accounts::email::ConfirmAddress,
    ) -> Result<(), JobFailure> {
        let Some(mail) = self.mail.clone() else {
            return Err(JobFailure::Retry("this node does not send mail".to_owned()));
        };
        let token = self
            .sealing
            .open(
                &job.sealed_token,
                &format!("email-confirmation:{}", job.member),
            )
            .map_err(|error| JobFailure::GiveUp(format!("the link does not open: {error}")))?;
        let token = String::from_utf8_lossy(&token).into_owned();
        let Some(user) = self
            .store()
            .find_user(job.member)
            .await
            .map_err(AppError::from)?
        else {
            return Ok(()); // the account is gone
        };
        let settings = &mail.settings;
        let t = mail.locales.negotiate(Some(&user.interface_language), None);
        let link = format!("{}/account/email/confirm/{token}", settings.public_url);
        let text = format!(
            "{}\n\n{link}\n\n{}\n",
            t.t_str("mail-confirm-body", "handle", user.handle.as_str()),
            t.t("mail-confirm-not-you"),
        );
        let notice = braid_mail::Notice {
            community: &settings.community_name,
            from: &format!("no-reply@{}", settings.domain),
            to: &job.address,
            subject: &t.t_str(
                "mail-confirm-subject",
                "community",
                &settings.community_name,
            ),
            text: &text,
            date: SystemTime::now(),
        }
        .build();
        mail.send(notice).await
    }
}

impl MailService {
    /// Sends a built message, as a job's outcome: a passing refusal is tried again later; a
    /// permanent one, or a message that could not be built, is given up and shown to admins.
    async fn send(&self, message: Result<braid_mail::Built, MailError>) -> Result<(), JobFailure> {
        let sent = match message {
            Ok(message) => self.mailer.send(&message).await,
            Err(error) => Err(error),
        };
        sent.map_err(|error| match error {
            MailError::Temporary(reason) => JobFailure::Retry(reason),
            MailError::Permanent(reason) | MailError::Build(reason) => JobFailure::GiveUp(reason),
        })
    }

    /// The hub's mail domain.
    pub(crate) fn domain(&self) -> String {
        self.settings.domain.clone()
    }

    /// A post's message id: the same for every recipient and every retry, and saying nothing
    /// of how many posts the hub has.
    fn message_id(&self, sealing: &braid_crypt::SealingKey, post: PostId) -> String {
        format!(
            "{}@{}",
            sealing.tag("message-id", &post.to_string()),
            self.settings.domain
        )
    }
}

/// `<id>.<id>….<tag>`: ids the hub vouches for, for one `purpose`. Nothing is stored; the tag
/// proves the hub made it.
fn tagged(sealing: &braid_crypt::SealingKey, purpose: &str, ids: &[i64]) -> String {
    let message = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(".");
    format!("{message}.{}", sealing.tag(purpose, &message))
}

/// The `N` ids a [`tagged`] token names, if the hub made it for `purpose`.
fn read_tagged<const N: usize>(
    sealing: &braid_crypt::SealingKey,
    purpose: &str,
    token: &str,
) -> Option<[i64; N]> {
    let (message, tag) = token.rsplit_once('.')?;
    let mut ids = [0; N];
    let mut parts = message.split('.');
    for id in &mut ids {
        *id = parts.next()?.parse().ok()?;
    }
    (parts.next().is_none() && sealing.verify_tag(purpose, message, tag)).then_some(ids)
}

/// A member's reply address token for a thread: `r<thread>.<member>.<tag>`.
pub(crate) fn reply_token(
    sealing: &braid_crypt::SealingKey,
    thread: ThreadId,
    member: UserId,
) -> String {
    format!("r{}", tagged(sealing, "reply", &[thread.0, member.0]))
}

/// The thread and member a reply token names, if the hub made it.
pub(crate) fn read_reply_token(
    sealing: &braid_crypt::SealingKey,
    token: &str,
) -> Option<(ThreadId, UserId)> {
    let [thread, member] = read_tagged(sealing, "reply", token.strip_prefix('r')?)?;
    Some((ThreadId(thread), UserId(member)))
}

/// A member's bounce token (the envelope sender's `+` part, VERP): `<member>.<tag>`.
pub(crate) fn bounce_token(sealing: &braid_crypt::SealingKey, member: UserId) -> String {
    tagged(sealing, "bounce", &[member.0])
}

/// The member a bounce token names, if the hub made it.
pub(crate) fn read_bounce_token(sealing: &braid_crypt::SealingKey, token: &str) -> Option<UserId> {
    let [member] = read_tagged(sealing, "bounce", token)?;
    Some(UserId(member))
}

/// A member's unsubscribe token for a category: `<category>.<member>.<tag>`.
pub(crate) fn unsubscribe_token(
    sealing: &braid_crypt::SealingKey,
    category: CategoryId,
    member: UserId,
) -> String {
    tagged(sealing, "unsubscribe", &[category.0, member.0])
}

/// The category and member an unsubscribe token names, if the hub made it.
pub(crate) fn read_unsubscribe_token(
    sealing: &braid_crypt::SealingKey,
    token: &str,
) -> Option<(CategoryId, UserId)> {
    let [category, member] = read_tagged(sealing, "unsubscribe", token)?;
    Some((CategoryId(category), UserId(member)))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
