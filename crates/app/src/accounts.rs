//! Accounts: joining by invitation, signing in and out, sessions, roles and the audit trail.
//!
//! Every method takes the acting [`Actor`] and asks `braid_domain::policy` before it reads or
//! writes. Password hashing runs on the blocking thread pool, a few at a time, so a burst of
//! sign-ins cannot exhaust memory (19 MiB per Argon2id hash).

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use braid_crypt::{
    HashingMemory, PasswordHasher, PasswordParams, SecretString, Token, TotpSecret, Verification,
    qr_svg, recovery_code, token_hash,
};
use braid_domain::DomainError;
use braid_domain::accounts::{AccountStatus, Handle, Role, password_rules};
use braid_domain::ids::{SessionId, UserId};
use braid_domain::policy::{Action, Actor, MemberActor, permits};
use braid_domain::time::Timestamp;
use braid_store::{
    AuditEntry, AuditRecord, NewInvitation, NewSession, NewUser, RoleGrant, SessionRecord,
    StoreError, UserRecord,
};

use crate::{App, AppError};

/// How accounts behave; the defaults follow SECURITY-PLAN T11–T17.
#[derive(Debug, Clone)]
pub struct AccountSettings {
    /// Argon2id cost.
    pub password: PasswordParams,
    /// Hashes computed at once; each takes `password.memory_kib` of memory.
    pub hashing_concurrency: usize,
    /// A session unused this long ends.
    pub session_idle: Duration,
    /// A session ends this long after sign-in, used or not.
    pub session_absolute: Duration,
    /// How long an invitation link works.
    pub invitation_lifetime: Duration,
    /// Unused invitations a member (not an admin) may have at once.
    pub max_open_invitations: u32,
    /// Whether a newcomer waits for an admin's approval after joining.
    pub require_approval: bool,
    /// Vouches a newcomer needs to become a full member: 1 (the invitation) or 2.
    pub vouches_required: u32,
    /// The address members use (the passkeys' relying party); passkeys need a domain name.
    pub public_url: String,
    /// The community's name, shown by authenticators beside a passkey.
    pub community_name: String,
}

impl Default for AccountSettings {
    fn default() -> Self {
        AccountSettings {
            password: PasswordParams::default(),
            hashing_concurrency: 2,
            session_idle: Duration::from_secs(30 * 60),
            session_absolute: Duration::from_secs(12 * 3600),
            invitation_lifetime: Duration::from_secs(7 * 24 * 3600),
            max_open_invitations: 5,
            require_approval: false,
            vouches_required: 1,
            public_url: "http://localhost:8080".to_owned(),
            community_name: "Braid".to_owned(),
        }
    }
}

impl AccountSettings {
    /// The defaults with hashing cheap enough for test suites (never for a real hub).
    pub fn insecure_for_tests() -> AccountSettings {
        AccountSettings {
            password: PasswordParams::insecure_for_tests(),
            ..AccountSettings::default()
        }
    }
}

/// Consecutive failures allowed before each further attempt must wait.
const FREE_FAILURES: u32 = 5;
/// The wait after the sixth failure; it doubles with each further failure.
const FIRST_WAIT: Duration = Duration::from_secs(60);
/// The longest wait between two attempts.
const LONGEST_WAIT: Duration = Duration::from_secs(15 * 60);
/// After this many consecutive failures, password sign-in stays off until an admin resets it.
pub const FAILURES_BEFORE_LOCKOUT: u32 = 100;
/// `last_seen_at` is written at most this often, not on every request.
const TOUCH_INTERVAL: Duration = Duration::from_secs(60);

/// The wait imposed after `failures` consecutive failures (SECURITY-PLAN T11: at most five
/// password checks per minute per account, growing slower after that).
pub fn wait_after_failures(failures: u32) -> Duration {
    if failures < FREE_FAILURES {
        return Duration::ZERO;
    }
    let doublings = (failures - FREE_FAILURES).min(10);
    FIRST_WAIT.saturating_mul(1 << doublings).min(LONGEST_WAIT)
}

/// Failed sign-in attempts since the member's previous sign-in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FailedAttempts {
    /// Wrong passwords.
    pub passwords: usize,
    /// Wrong second-factor answers, each after the right password.
    pub second_factor: usize,
}

/// Whole minutes from `now` until `until`, rounded up, at least one.
fn minutes_until(now: Timestamp, until: Timestamp) -> u64 {
    let millis = u64::try_from(until.as_millis().saturating_sub(now.as_millis())).unwrap_or(0);
    millis.div_ceil(60_000).max(1)
}

/// The account machinery shared by all requests.
pub(crate) struct Accounts {
    pub(crate) settings: AccountSettings,
    hashing: HashingPool,
    /// The WebAuthn relying party; `None` when the public address cannot have passkeys.
    pub(crate) passkeys: Option<webauthn_rs::Webauthn>,
}

impl Accounts {
    pub(crate) fn new(settings: AccountSettings) -> Result<Accounts, AppError> {
        let hasher = PasswordHasher::new(settings.password)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(Accounts {
            hashing: HashingPool::start(Arc::new(hasher), settings.hashing_concurrency.max(1))?,
            passkeys: crate::passkeys::relying_party(
                &settings.public_url,
                &settings.community_name,
            ),
            settings,
        })
    }
}

type HashingTask = Box<dyn FnOnce(&PasswordHasher, &mut HashingMemory) + Send>;

/// A fixed set of threads that do all password hashing, each with its own Argon2id working
/// memory: at most `threads × memory cost` is held however many sign in at once, no request
/// waits on hashing except for its own turn, and a thread with nothing queued gives its memory
/// back (a 32 MiB buffer kept per thread was most of an idle server's memory).
struct HashingPool {
    sender: std::sync::mpsc::SyncSender<HashingTask>,
    /// Tasks sent and not yet taken by a thread.
    queued: Arc<AtomicUsize>,
}

impl HashingPool {
    fn start(hasher: Arc<PasswordHasher>, threads: usize) -> Result<HashingPool, AppError> {
        let (sender, receiver) = std::sync::mpsc::sync_channel::<HashingTask>(1024);
        let receiver = Arc::new(std::sync::Mutex::new(receiver));
        let queued = Arc::new(AtomicUsize::new(0));
        for index in 0..threads {
            let receiver = Arc::clone(&receiver);
            let hasher = Arc::clone(&hasher);
            let queued = Arc::clone(&queued);
            std::thread::Builder::new()
                .name(format!("braid-hashing-{index}"))
                .spawn(move || {
                    let mut memory = hasher.new_memory();
                    loop {
                        // Released before waiting, not after: another thread may hold the
                        // receiver for as long as nothing comes.
                        if queued.load(Ordering::Acquire) == 0 {
                            memory.release();
                        }
                        let task = match receiver.lock() {
                            Ok(receiver) => receiver.recv(),
                            Err(_) => return,
                        };
                        match task {
                            Ok(task) => {
                                queued.fetch_sub(1, Ordering::AcqRel);
                                task(&hasher, &mut memory);
                            }
                            // Every sender is gone: the app was dropped.
                            Err(_) => return,
                        }
                    }
                })
                .map_err(|e| AppError::Internal(format!("cannot start a hashing thread: {e}")))?;
        }
        Ok(HashingPool { sender, queued })
    }

    /// Runs `work` on a hashing thread and waits for its result without blocking the runtime.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&PasswordHasher, &mut HashingMemory) -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let (reply, result) = tokio::sync::oneshot::channel();
        let task: HashingTask = Box::new(move |hasher, memory| {
            let _ = reply.send(work(hasher, memory));
        });
        self.queued.fetch_add(1, Ordering::AcqRel);
        match self.sender.try_send(task) {
            Ok(()) => {}
            Err(std::sync::mpsc::TrySendError::Full(task)) => {
                // The queue is full: wait for room off the runtime's threads.
                let sender = self.sender.clone();
                tokio::task::spawn_blocking(move || sender.send(task))
                    .await
                    .map_err(|_| AppError::Internal("hashing queue failed".into()))?
                    .map_err(|_| AppError::Internal("hashing pool stopped".into()))?;
            }
            Err(std::sync::mpsc::TrySendError::Disconnected(_)) => {
                self.queued.fetch_sub(1, Ordering::AcqRel);
                return Err(AppError::Internal("hashing pool stopped".into()));
            }
        }
        result
            .await
            .map_err(|_| AppError::Internal("hashing task failed".into()))
    }
}

/// A new session, to hand to the browser as a cookie.
#[derive(Debug)]
pub struct SignedIn {
    /// The cookie value. Shown once; only its hash is stored.
    pub token: Token,
    /// The member.
    pub user: UserId,
    /// How many failed attempts there were since the member last signed in.
    pub failed_attempts_before: u32,
}

/// Why a sign-in failed. The reader always sees the same message, so that whether an account
/// exists, is throttled or is suspended is not revealed by the form.
#[derive(Debug, PartialEq, Eq)]
pub enum SignInError {
    /// Unknown handle, wrong password, waiting after failures, locked out, or suspended.
    Refused,
}

/// How the password step of a sign-in ended.
#[derive(Debug)]
pub enum SignInOutcome {
    /// Signed in (no second factor enrolled).
    SignedIn(SignedIn),
    /// The password was right; a second factor is due.
    SecondFactorDue(SecondFactorChallenge),
    /// Refused, for any of the reasons in [`SignInError`].
    Refused,
}

impl SignInOutcome {
    /// The new session, when the sign-in completed in one step.
    pub fn into_signed_in(self) -> Option<SignedIn> {
        match self {
            SignInOutcome::SignedIn(signed_in) => Some(signed_in),
            SignInOutcome::SecondFactorDue(_) | SignInOutcome::Refused => None,
        }
    }
}

/// A pending sign-in waiting for its second factor.
#[derive(Debug)]
pub struct SecondFactorChallenge {
    /// Identifies this pending sign-in for five minutes.
    pub token: Token,
    /// Whether the member has an authenticator app.
    pub totp: bool,
    /// Options for `navigator.credentials.get`, when the member has passkeys.
    pub passkey_options: Option<String>,
}

/// What the member offers as the second step of a sign-in.
#[derive(Debug, Clone, Copy)]
pub enum SecondFactorProof<'a> {
    /// A code from the authenticator app, or a recovery code.
    Code(&'a str),
    /// The browser's answer from a passkey, as JSON.
    Passkey(&'a str),
}

/// How the second step of a sign-in ended.
#[derive(Debug)]
pub enum SecondFactorOutcome {
    /// Signed in.
    SignedIn(SignedIn),
    /// Wrong code; the reader may try again this many times.
    WrongCode {
        /// Tries left before the password must be entered again.
        tries_left: u32,
    },
    /// The pending sign-in is gone (used, expired, or too many wrong codes): start again.
    StartAgain,
    /// Too many wrong answers on this account, across sign-ins: no answer is checked until
    /// this many minutes have passed (SECURITY-PLAN T11).
    Waiting {
        /// Whole minutes to wait, at least one.
        minutes: u64,
    },
}

/// A TOTP enrolment in progress: what the reader scans or types into their app.
#[derive(Debug)]
pub struct TotpEnrolment {
    /// The secret, base32, for typing by hand.
    pub secret: String,
    /// The `otpauth://` address.
    pub uri: String,
    /// The QR code of `uri`, as SVG.
    pub qr_svg: String,
}

/// A member's second factors, as their account page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecondFactorStatus {
    /// Whether a TOTP authenticator is enrolled and confirmed.
    pub totp: bool,
    /// Registered passkeys.
    pub passkeys: u32,
    /// Unused recovery codes left.
    pub recovery_codes_left: u32,
}

/// The instance setting naming the roles that require a second factor.
const SECOND_FACTOR_REQUIRED_FOR: &str = "second_factor_required_for";

/// What asking to require a second factor did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecondFactorPolicyChange {
    /// The policy is in force.
    Saved,
    /// Nothing changed: the admin asking holds these roles and has no second factor, so the
    /// policy would limit them at once; they are asked to confirm.
    WouldLimitYou(Vec<Role>),
}

/// Wrong codes a pending sign-in tolerates before the password must be entered again.
pub const CODE_TRIES: u32 = 3;
/// How long the second step may take.
const CHALLENGE_LIFETIME: Duration = Duration::from_secs(5 * 60);
/// Recovery codes issued at enrolment.
pub const RECOVERY_CODES: usize = 10;

/// The signed-in member behind a session cookie.
#[derive(Debug, Clone)]
pub struct CurrentSession {
    /// The session.
    pub session: SessionId,
    /// The member, as policy sees them.
    pub member: MemberActor,
}

/// An invitation link as its holder sees it before joining.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvitationState {
    /// It can be used.
    Open {
        /// The handle of the member who vouches, if a member invited.
        invited_by: Option<String>,
        /// The role it grants.
        role: Role,
    },
    /// It was used already.
    Used,
    /// It is past its date.
    Expired,
    /// No such invitation (mistyped or forged).
    Unknown,
}

/// What a newcomer fills in to join.
#[derive(Debug, Clone)]
pub struct JoinRequest {
    /// Chosen handle.
    pub handle: String,
    /// Optional.
    pub display_name: String,
    /// Optional.
    pub pronouns: String,
    /// Optional.
    pub languages: String,
    /// Optional.
    pub region: String,
    /// The password.
    pub password: SecretString,
    /// Whether they accepted the guidelines and code of conduct.
    pub accepted_guidelines: bool,
    /// Label for the session opened on joining.
    pub device_label: String,
}

/// A member as the directory shows them to other members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryEntry {
    /// Handle.
    pub handle: String,
    /// What they chose to show; empty when they did not.
    pub display_name: String,
    /// What they chose to show.
    pub pronouns: String,
    /// What they chose to show.
    pub languages: String,
    /// What they chose to show.
    pub region: String,
}

/// A security event as admins see it, with handles instead of ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditView {
    /// When.
    pub at: Timestamp,
    /// The member it concerns ("former member" once deleted, empty when none).
    pub member: String,
    /// Who acted: a member's handle, or "operator" for the command line and the system.
    pub actor: String,
    /// The event's kind.
    pub kind: String,
    /// Its detail.
    pub detail: String,
}

/// A member as listed to admins and operators.
#[derive(Debug, Clone)]
pub struct MemberSummary {
    /// The account.
    pub user: UserRecord,
    /// Roles in force now.
    pub roles: Vec<RoleGrant>,
}

/// An audit entry's detail: named values, kept as a small JSON object, that the interface
/// words in the reader's language (`event-detail-<kind>`, issue 27: no raw identifiers or
/// English-only text). Free text, such as a suspension's reason, is one of the values.
pub(crate) fn details(values: &[(&str, &str)]) -> String {
    let object: serde_json::Map<String, serde_json::Value> = values
        .iter()
        .map(|(name, value)| ((*name).to_owned(), serde_json::Value::from(*value)))
        .collect();
    serde_json::Value::Object(object).to_string()
}

pub(crate) fn audit(
    user: Option<UserId>,
    actor: &Actor,
    kind: &'static str,
    detail: String,
) -> AuditEntry {
    AuditEntry {
        user_id: user,
        actor_id: match actor {
            Actor::Member(member) => Some(member.id),
            Actor::Anonymous | Actor::System => None,
        },
        kind,
        detail,
    }
}

pub(crate) fn optional_text(
    value: &str,
    field: &'static str,
    max: usize,
) -> Result<String, DomainError> {
    let value = value.trim();
    if value.chars().count() > max {
        return Err(DomainError::TooLong { field, max });
    }
    if value
        .chars()
        .any(|c| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    {
        return Err(DomainError::Invalid {
            field,
            reason: "remove control and direction-override characters",
            key: "control-characters",
        });
    }
    Ok(value.to_owned())
}

fn public_id() -> String {
    let token = Token::generate("u");
    token
        .reveal()
        .trim_start_matches("braid_u_")
        .chars()
        .take(16)
        .collect()
}

impl App {
    pub(crate) fn accounts(&self) -> &Accounts {
        &self.accounts
    }

    async fn hash_password(&self, password: &SecretString) -> Result<String, AppError> {
        let password = password.clone();
        self.accounts()
            .hashing
            .run(move |hasher, memory| hasher.hash_with(&password, memory))
            .await?
            .map_err(|e| AppError::Internal(e.to_string()))
    }

    async fn verify_password(
        &self,
        password: &SecretString,
        stored: Option<String>,
    ) -> Result<Verification, AppError> {
        let password = password.clone();
        self.accounts()
            .hashing
            .run(move |hasher, memory| match stored {
                Some(stored) => hasher.verify_with(&password, &stored, memory),
                None => {
                    hasher.verify_nothing(&password, memory);
                    Verification::Invalid
                }
            })
            .await
    }

    pub(crate) fn require(actor: &Actor, action: Action) -> Result<(), AppError> {
        if permits(actor, action) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Roles in force at `now`: lapsed terms dropped, `member` always there.
    pub(crate) fn roles_in_force(grants: &[RoleGrant], now: Timestamp) -> BTreeSet<Role> {
        let mut roles: BTreeSet<Role> = grants
            .iter()
            .filter(|grant| grant.until.is_none_or(|until| until > now))
            .map(|grant| grant.role)
            .collect();
        roles.insert(Role::Member);
        roles
    }

    /// How long a session can last at most: the session cookie's lifetime.
    pub fn session_lifetime(&self) -> Duration {
        self.accounts().settings.session_absolute
    }

    /// Creates a full member directly (the operator's `braid admin create-user`).
    pub async fn create_member(
        &self,
        actor: &Actor,
        handle: &str,
        password: &SecretString,
        role: Role,
    ) -> Result<UserId, AppError> {
        Self::require(actor, Action::ManageAccounts)?;
        let handle = Handle::new(handle)?;
        self.refuse_lookalike(&handle).await?;
        password_rules::check(password.expose(), false, &[handle.as_str()])?;
        let password_hash = self.hash_password(password).await?;
        let now = self.now();
        let user = NewUser {
            public_id: public_id(),
            handle: handle.clone(),
            display_name: String::new(),
            pronouns: String::new(),
            languages: String::new(),
            region: String::new(),
            password_hash,
            status: AccountStatus::Active,
            guidelines_accepted_at: None,
        };
        let grants = [RoleGrant { role, until: None }];
        let entry = audit(
            None,
            actor,
            "account_created",
            details(&[("role", role.as_str())]),
        );
        let mut work = self.store().unit_of_work(now);
        let id = work
            .create_user(&user, &grants, &entry)
            .await
            .map_err(|error| match error {
                StoreError::Conflict { .. } => AppError::Conflict("handle_taken".to_owned()),
                other => other.into(),
            })?;
        // The operator vouches for whom they create directly: their wiki edits skip review.
        work.trust_for_wiki(id).await?;
        self.commit(work).await?;
        Ok(id)
    }

    /// Creates an invitation vouched for by `actor`. Members invite members; only admins (and
    /// the operator) may invite into a higher role. Returns the token to put in the link.
    pub async fn invite(
        &self,
        actor: &Actor,
        note: &str,
        role: Role,
    ) -> Result<(Token, Timestamp), AppError> {
        Self::require(actor, Action::InviteMembers)?;
        let now = self.now();
        let note = optional_text(note, "note", 500)?;
        let invited_by = match actor {
            Actor::Member(member) => {
                if role != Role::Member && !member.has(Role::Admin) {
                    return Err(AppError::Forbidden);
                }
                if !member.has(Role::Admin) {
                    let open = self.store().open_invitations_by(member.id, now).await?;
                    if open >= self.accounts().settings.max_open_invitations {
                        return Err(AppError::Conflict("too_many_open_invitations".to_owned()));
                    }
                }
                Some(member.id)
            }
            Actor::System => None,
            Actor::Anonymous => return Err(AppError::Forbidden),
        };
        let token = Token::generate("inv");
        let expires_at = now.plus(self.accounts().settings.invitation_lifetime);
        let invitation = NewInvitation {
            token_hash: token.hash(),
            invited_by,
            note: note.clone(),
            role,
            expires_at,
        };
        let entry = audit(
            invited_by,
            actor,
            "invitation_created",
            details(&[("role", role.as_str()), ("note", &note)]),
        );
        self.store()
            .create_invitation(&invitation, &entry, now)
            .await?;
        Ok((token, expires_at))
    }

    /// What an invitation link leads to.
    pub async fn invitation_state(&self, token: &str) -> Result<InvitationState, AppError> {
        let Some(invitation) = self.store().find_invitation(&token_hash(token)).await? else {
            return Ok(InvitationState::Unknown);
        };
        if invitation.used_at.is_some() {
            return Ok(InvitationState::Used);
        }
        if invitation.expires_at <= self.now() {
            return Ok(InvitationState::Expired);
        }
        let invited_by = match invitation.invited_by {
            Some(id) => self
                .store()
                .find_user(id)
                .await?
                .map(|user| user.handle.as_str().to_owned()),
            None => None,
        };
        Ok(InvitationState::Open {
            invited_by,
            role: invitation.role,
        })
    }

    /// Refuses a new handle that reads like a member's (or a former member's, or a reserved
    /// one) without being it: in a community where trust runs through names, `mаria` in
    /// Cyrillic must not pass for `maria` (UTS #39 skeletons). The same handle is left to the
    /// store's unique key, which answers "taken".
    async fn refuse_lookalike(&self, handle: &Handle) -> Result<(), AppError> {
        let taken = self.store().handle_keys_in_use().await?;
        if handle.is_confusable_with(taken.iter().map(String::as_str)) {
            return Err(DomainError::Invalid {
                field: "handle",
                reason: "that handle looks like another member's; choose another",
                key: "handle-lookalike",
            }
            .into());
        }
        Ok(())
    }

    /// Joins with an invitation: creates the account (active, or pending approval) and signs
    /// the newcomer in.
    pub async fn join(&self, token: &str, request: JoinRequest) -> Result<SignedIn, AppError> {
        let invitation = match self.store().find_invitation(&token_hash(token)).await? {
            Some(invitation)
                if invitation.used_at.is_none() && invitation.expires_at > self.now() =>
            {
                invitation
            }
            _ => return Err(AppError::NotFound),
        };
        let handle = Handle::new(&request.handle)?;
        if handle.is_reserved() {
            return Err(DomainError::Invalid {
                field: "handle",
                reason: "that handle is kept for the hub's own use; choose another",
                key: "handle-reserved",
            }
            .into());
        }
        self.refuse_lookalike(&handle).await?;
        if !request.accepted_guidelines {
            return Err(DomainError::Invalid {
                field: "guidelines",
                reason: "accept the community guidelines and code of conduct to join",
                key: "guidelines-not-accepted",
            }
            .into());
        }
        password_rules::check(request.password.expose(), false, &[handle.as_str()])?;
        let profile = crate::profile::checked(&braid_store::Profile {
            display_name: request.display_name.clone(),
            pronouns: request.pronouns.clone(),
            languages: request.languages.clone(),
            region: request.region.clone(),
        })?;
        let user = NewUser {
            public_id: public_id(),
            handle: handle.clone(),
            display_name: profile.display_name,
            pronouns: profile.pronouns,
            languages: profile.languages,
            region: profile.region,
            password_hash: self.hash_password(&request.password).await?,
            // The operator's invitation (`braid admin invite`) is the operator's approval: the
            // first administrator must not wait for an approval nobody can give.
            status: if invitation.invited_by.is_some()
                && (self.accounts().settings.require_approval
                    || self.accounts().settings.vouches_required > 1)
            {
                AccountStatus::Pending
            } else {
                AccountStatus::Active
            },
            guidelines_accepted_at: Some(self.now()),
        };
        let grants = [RoleGrant {
            role: invitation.role,
            until: None,
        }];
        let entry = AuditEntry {
            user_id: None,
            actor_id: None,
            kind: "joined",
            detail: details(&[("role", invitation.role.as_str())]),
        };
        let now = self.now();
        let user_id = self
            .store()
            .accept_invitation(
                invitation.id,
                &user,
                &grants,
                invitation.invited_by,
                &entry,
                now,
            )
            .await
            .map_err(|error| match error {
                StoreError::Conflict { constraint } if constraint == "invitation_used" => {
                    AppError::NotFound
                }
                StoreError::Conflict { .. } => AppError::Conflict("handle_taken".to_owned()),
                other => other.into(),
            })?;
        self.open_session(
            user_id,
            0,
            None,
            &request.device_label,
            "session opened on joining",
        )
        .await
    }

    pub(crate) async fn open_session(
        &self,
        user: UserId,
        failed_attempts_before: u32,
        upgraded_hash: Option<&str>,
        device_label: &str,
        detail: &str,
    ) -> Result<SignedIn, AppError> {
        let now = self.now();
        let token = Token::generate("s");
        let session = NewSession {
            token_hash: token.hash(),
            device_label: device_label.chars().take(80).collect(),
            expires_at: now.plus(self.accounts().settings.session_absolute),
        };
        let entry = AuditEntry {
            user_id: Some(user),
            actor_id: Some(user),
            kind: "signed_in",
            // The browser label stays with the session, for its member to recognise it; the
            // audit log, which admins read, does not repeat it.
            detail: detail.to_owned(),
        };
        self.store()
            .open_session(user, &session, upgraded_hash, &entry, now)
            .await?;
        Ok(SignedIn {
            token,
            user,
            failed_attempts_before,
        })
    }

    /// Signs in with handle and password, throttled per account (SECURITY-PLAN T11). When the
    /// member has a second factor, the session opens only after [`Self::complete_sign_in`].
    pub async fn sign_in(
        &self,
        handle: &str,
        password: &SecretString,
        device_label: &str,
    ) -> Result<SignInOutcome, AppError> {
        let now = self.now();
        let user = match Handle::new(handle) {
            Ok(handle) => self.store().find_user_by_handle(&handle).await?,
            Err(_) => None,
        };
        let Some(user) = user else {
            // Same work as a real check, so timing does not say whether the account exists.
            self.verify_password(password, None).await?;
            return Ok(SignInOutcome::Refused);
        };
        let locked_out = user.failed_sign_ins >= FAILURES_BEFORE_LOCKOUT;
        if locked_out || user.sign_in_blocked_until > now || user.status == AccountStatus::Suspended
        {
            self.verify_password(password, None).await?;
            let why = if locked_out {
                "locked"
            } else if user.status == AccountStatus::Suspended {
                "suspended"
            } else {
                "waiting"
            };
            let entry = audit(
                Some(user.id),
                &Actor::Anonymous,
                "sign_in_refused",
                details(&[("why", why)]),
            );
            self.store().record_audit(&entry, now).await?;
            return Ok(SignInOutcome::Refused);
        }
        match self
            .verify_password(password, Some(user.password_hash.clone()))
            .await?
        {
            Verification::Valid { needs_rehash } => {
                let upgraded = if needs_rehash {
                    Some(self.hash_password(password).await?)
                } else {
                    None
                };
                let totp = self
                    .store()
                    .totp(user.id)
                    .await?
                    .is_some_and(|t| t.confirmed_at.is_some());
                let passkeys = self.store().passkeys(user.id).await?;
                if totp || !passkeys.is_empty() {
                    if let Some(hash) = &upgraded {
                        self.store().set_password_hash(user.id, hash, now).await?;
                    }
                    let (passkey_options, passkey_state) =
                        self.start_second_factor_passkey(&passkeys)?.unzip();
                    let token = Token::generate("c");
                    let label: String = device_label.chars().take(80).collect();
                    self.store()
                        .create_challenge(
                            user.id,
                            &token.hash(),
                            &label,
                            passkey_state.as_deref(),
                            now.plus(CHALLENGE_LIFETIME),
                            now,
                        )
                        .await?;
                    return Ok(SignInOutcome::SecondFactorDue(SecondFactorChallenge {
                        token,
                        totp,
                        passkey_options,
                    }));
                }
                let signed_in = self
                    .open_session(
                        user.id,
                        user.failed_sign_ins,
                        upgraded.as_deref(),
                        device_label,
                        &details(&[("how", "password")]),
                    )
                    .await?;
                Ok(SignInOutcome::SignedIn(signed_in))
            }
            Verification::Invalid => {
                let failures = user.failed_sign_ins.saturating_add(1);
                let blocked_until = now.plus(wait_after_failures(failures));
                let detail = details(&[("count", &failures.to_string())]);
                let entry = audit(Some(user.id), &Actor::Anonymous, "sign_in_failed", detail);
                self.store()
                    .record_failed_sign_in(user.id, blocked_until, &entry, now)
                    .await?;
                Ok(SignInOutcome::Refused)
            }
        }
    }

    /// The second step: a code from the authenticator app (accepted once, within one step of
    /// drift), an unused recovery code, or a passkey. Three wrong answers and the password is
    /// due again; every wrong answer also counts against the account, across challenges, with
    /// the same growing waits as passwords, and the member is told (SECURITY-PLAN T11).
    pub async fn complete_sign_in(
        &self,
        challenge_token: &str,
        proof: SecondFactorProof<'_>,
    ) -> Result<SecondFactorOutcome, AppError> {
        let now = self.now();
        let Some(challenge) = self
            .store()
            .find_challenge(&token_hash(challenge_token))
            .await?
        else {
            return Ok(SecondFactorOutcome::StartAgain);
        };
        if challenge.used_at.is_some()
            || challenge.expires_at <= now
            || challenge.failures >= CODE_TRIES
        {
            return Ok(SecondFactorOutcome::StartAgain);
        }
        let user = challenge.user_id;
        let account = self
            .store()
            .find_user(user)
            .await?
            .ok_or(AppError::NotFound)?;
        if account.second_factor_blocked_until > now {
            // Not checked at all, so waiting is the only way forward for a guesser, and a right
            // password does not start the count again.
            let entry = audit(
                Some(user),
                &Actor::Anonymous,
                "second_factor_refused",
                details(&[]),
            );
            self.store().record_audit(&entry, now).await?;
            return Ok(SecondFactorOutcome::Waiting {
                minutes: minutes_until(now, account.second_factor_blocked_until),
            });
        }
        let (code, passkey_answer) = match proof {
            SecondFactorProof::Code(code) => (code.trim(), None),
            SecondFactorProof::Passkey(answer) => ("", Some(answer)),
        };
        let looks_like_recovery_code =
            code.chars().filter(|c| c.is_ascii_alphanumeric()).count() >= 16;
        let (accepted, how) = if let Some(answer) = passkey_answer {
            match self
                .check_second_factor_passkey(user, challenge.passkey_state.as_deref(), answer)
                .await?
            {
                Some(name) => (true, ("passkey-second", name)),
                None => (false, ("passkey-second", String::new())),
            }
        } else if looks_like_recovery_code {
            let normalised = code.to_lowercase();
            (
                self.store()
                    .use_recovery_code(user, &token_hash(&normalised), now)
                    .await?,
                ("recovery", String::new()),
            )
        } else {
            let step = match self.store().totp(user).await? {
                Some(totp) if totp.confirmed_at.is_some() => self
                    .open_totp_secret(user, &totp.secret)?
                    .matching_step(code, u64::try_from(now.as_millis() / 1000).unwrap_or(0)),
                _ => None,
            };
            let accepted = match step {
                Some(step) => {
                    self.store()
                        .use_totp_step(user, i64::try_from(step).unwrap_or(i64::MAX), now)
                        .await?
                }
                None => false,
            };
            (accepted, ("code", String::new()))
        };
        if !accepted {
            let entry = AuditEntry {
                user_id: Some(user),
                actor_id: None,
                kind: "second_factor_failed",
                detail: details(&[("how", how.0), ("name", &how.1)]),
            };
            let failures = self
                .store()
                .fail_second_factor(&challenge, &entry, now, |on_account| {
                    // The member hears of it once a run of wrong answers reaches the first wait:
                    // whoever typed them knew the password.
                    let notice = (on_account == FREE_FAILURES).then(String::new);
                    (now.plus(wait_after_failures(on_account)), notice)
                })
                .await?;
            let wait = wait_after_failures(failures.on_account);
            return Ok(if !wait.is_zero() {
                SecondFactorOutcome::Waiting {
                    minutes: minutes_until(now, now.plus(wait)),
                }
            } else if failures.on_challenge >= CODE_TRIES {
                SecondFactorOutcome::StartAgain
            } else {
                SecondFactorOutcome::WrongCode {
                    tries_left: CODE_TRIES - failures.on_challenge,
                }
            });
        }
        let token = Token::generate("s");
        let session = NewSession {
            token_hash: token.hash(),
            device_label: challenge.device_label.clone(),
            expires_at: now.plus(self.accounts().settings.session_absolute),
        };
        let entry = AuditEntry {
            user_id: Some(user),
            actor_id: Some(user),
            kind: if looks_like_recovery_code {
                "signed_in_with_recovery_code"
            } else {
                "signed_in"
            },
            detail: details(&[("how", how.0), ("name", &how.1)]),
        };
        match self
            .store()
            .complete_challenge(&challenge, CODE_TRIES, &session, &entry, now)
            .await?
        {
            Some(_) => Ok(SecondFactorOutcome::SignedIn(SignedIn {
                token,
                user,
                failed_attempts_before: 0,
            })),
            None => Ok(SecondFactorOutcome::StartAgain),
        }
    }

    pub(crate) async fn check_current_password(
        &self,
        member: &MemberActor,
        password: &SecretString,
    ) -> Result<(), AppError> {
        let now = self.now();
        let user = self
            .store()
            .find_user(member.id)
            .await?
            .ok_or(AppError::NotFound)?;
        // A stolen session must not become a way to guess the password without limit: wrong
        // current passwords count with wrong sign-in passwords, and wait alike (T11).
        if user.sign_in_blocked_until > now || user.failed_sign_ins >= FAILURES_BEFORE_LOCKOUT {
            self.verify_password(password, None).await?;
            return Err(DomainError::Invalid {
                field: "current password",
                reason: "too many wrong passwords: wait a few minutes, then try again",
                key: "current-password-wait",
            }
            .into());
        }
        match self
            .verify_password(password, Some(user.password_hash))
            .await?
        {
            Verification::Valid { .. } => {
                if user.failed_sign_ins > 0 {
                    self.store().clear_failed_sign_ins(member.id, now).await?;
                }
                Ok(())
            }
            Verification::Invalid => {
                let failures = user.failed_sign_ins.saturating_add(1);
                let entry = audit(
                    Some(member.id),
                    &Actor::Member(member.clone()),
                    "password_check_failed",
                    details(&[("count", &failures.to_string())]),
                );
                self.store()
                    .record_failed_sign_in(
                        member.id,
                        now.plus(wait_after_failures(failures)),
                        &entry,
                        now,
                    )
                    .await?;
                Err(DomainError::Invalid {
                    field: "current password",
                    reason: "that is not your current password",
                    key: "wrong-current-password",
                }
                .into())
            }
        }
    }

    pub(crate) fn own_member(actor: &Actor) -> Result<&MemberActor, AppError> {
        Self::require(actor, Action::ManageOwnAccount)?;
        match actor {
            Actor::Member(member) => Ok(member),
            Actor::Anonymous | Actor::System => Err(AppError::Forbidden),
        }
    }

    /// Changes the password after checking the current one. The rules allow a shorter password
    /// when a second factor is enrolled (NIST SP 800-63B-4). With `sign_out_elsewhere`, every
    /// other session ends (keeping `keep`). Audited.
    pub async fn change_password(
        &self,
        actor: &Actor,
        current_password: &SecretString,
        new_password: &SecretString,
        sign_out_elsewhere: bool,
        keep: Option<SessionId>,
    ) -> Result<(), AppError> {
        let member = Self::own_member(actor)?;
        self.check_current_password(member, current_password)
            .await?;
        let second_factor = self
            .store()
            .totp(member.id)
            .await?
            .is_some_and(|t| t.confirmed_at.is_some());
        password_rules::check(
            new_password.expose(),
            second_factor,
            &[member.handle.as_str()],
        )?;
        let hash = self.hash_password(new_password).await?;
        let now = self.now();
        self.store()
            .set_password_hash(member.id, &hash, now)
            .await?;
        let entry = audit(Some(member.id), actor, "password_changed", String::new());
        self.store().record_audit(&entry, now).await?;
        if sign_out_elsewhere {
            self.sign_out_everywhere(actor, keep).await?;
        }
        Ok(())
    }

    /// The member's second factors.
    pub async fn second_factor_status(
        &self,
        actor: &Actor,
    ) -> Result<SecondFactorStatus, AppError> {
        let member = Self::own_member(actor)?;
        let totp = self
            .store()
            .totp(member.id)
            .await?
            .is_some_and(|t| t.confirmed_at.is_some());
        Ok(SecondFactorStatus {
            totp,
            passkeys: self.store().passkey_count(member.id).await?,
            recovery_codes_left: self.store().unused_recovery_codes(member.id).await?,
        })
    }

    /// Starts TOTP enrolment after checking the current password: a new secret, pending until
    /// a code from the app confirms it.
    pub async fn start_totp_enrolment(
        &self,
        actor: &Actor,
        current_password: &SecretString,
        issuer: &str,
    ) -> Result<TotpEnrolment, AppError> {
        let member = Self::own_member(actor)?;
        self.check_current_password(member, current_password)
            .await?;
        self.pending_totp(member, issuer).await
    }

    /// The pending enrolment again (after a mistyped code), or a new one.
    async fn pending_totp(
        &self,
        member: &MemberActor,
        issuer: &str,
    ) -> Result<TotpEnrolment, AppError> {
        let secret = match self.store().totp(member.id).await? {
            Some(existing) if existing.confirmed_at.is_some() => {
                return Err(AppError::Conflict("totp_already_enrolled".to_owned()));
            }
            Some(pending) => self.open_totp_secret(member.id, &pending.secret)?,
            None => {
                let secret = TotpSecret::generate();
                let sealed = self.seal_totp_secret(member.id, &secret.to_base32());
                if !self
                    .store()
                    .save_pending_totp(member.id, &sealed, self.now())
                    .await?
                {
                    return Err(AppError::Conflict("totp_already_enrolled".to_owned()));
                }
                secret
            }
        };
        let uri = secret
            .provisioning_uri(issuer, member.handle.as_str())
            .ok_or_else(|| AppError::Internal("cannot build the otpauth address".into()))?;
        let qr_svg =
            qr_svg(&uri).ok_or_else(|| AppError::Internal("cannot draw the QR code".into()))?;
        Ok(TotpEnrolment {
            secret: secret.to_base32(),
            uri,
            qr_svg,
        })
    }

    /// The enrolment pending for the member (to show the QR code again after a wrong code).
    pub async fn pending_totp_enrolment(
        &self,
        actor: &Actor,
        issuer: &str,
    ) -> Result<TotpEnrolment, AppError> {
        let member = Self::own_member(actor)?;
        self.pending_totp(member, issuer).await
    }

    /// Confirms enrolment with a code from the app; returns the recovery codes, shown once.
    pub async fn confirm_totp_enrolment(
        &self,
        actor: &Actor,
        code: &str,
    ) -> Result<Vec<SecretString>, AppError> {
        let member = Self::own_member(actor)?;
        let now = self.now();
        let pending = match self.store().totp(member.id).await? {
            Some(pending) if pending.confirmed_at.is_none() => pending,
            _ => return Err(AppError::NotFound),
        };
        let secret = self.open_totp_secret(member.id, &pending.secret)?;
        let step = secret
            .matching_step(code, u64::try_from(now.as_millis() / 1000).unwrap_or(0))
            .ok_or(DomainError::Invalid {
                field: "code",
                reason: "that code does not match; check the time on your device and try the next code",
                key: "code-mismatch",
            })?;
        let codes: Vec<SecretString> = (0..RECOVERY_CODES).map(|_| recovery_code()).collect();
        let hashes: Vec<String> = codes.iter().map(|code| token_hash(code.expose())).collect();
        let entry = audit(
            Some(member.id),
            actor,
            "totp_enabled",
            details(&[("codes", &RECOVERY_CODES.to_string())]),
        );
        if !self
            .store()
            .confirm_totp(
                member.id,
                i64::try_from(step).unwrap_or(i64::MAX),
                &hashes,
                &entry,
                now,
            )
            .await?
        {
            return Err(AppError::NotFound);
        }
        Ok(codes)
    }

    /// Removes the authenticator and recovery codes, after checking the current password.
    pub async fn remove_totp(
        &self,
        actor: &Actor,
        current_password: &SecretString,
    ) -> Result<(), AppError> {
        let member = Self::own_member(actor)?;
        self.check_current_password(member, current_password)
            .await?;
        let entry = audit(Some(member.id), actor, "totp_removed", String::new());
        self.store()
            .remove_totp(member.id, &entry, self.now())
            .await?;
        Ok(())
    }

    /// The member behind a session cookie, if the session is still good: not revoked, within
    /// its absolute and idle limits, and its member not suspended.
    pub async fn current_session(&self, token: &str) -> Result<Option<CurrentSession>, AppError> {
        if !token.starts_with("braid_s_") {
            return Ok(None);
        }
        let Some(found) = self.store().find_session(&token_hash(token)).await? else {
            return Ok(None);
        };
        let session = found.session;
        let now = self.now();
        let idle_limit = session
            .last_seen_at
            .plus(self.accounts().settings.session_idle);
        if session.revoked_at.is_some() || session.expires_at <= now || idle_limit <= now {
            return Ok(None);
        }
        if found.status == AccountStatus::Suspended {
            return Ok(None);
        }
        if session.last_seen_at.plus(TOUCH_INTERVAL) <= now {
            self.store().touch_session(session.id, now).await?;
        }
        let roles = Self::roles_in_force(&found.roles, now);
        let required = self.second_factor_required_for().await?;
        let second_factor_missing = !roles.is_disjoint(&required) && !found.has_second_factor;
        Ok(Some(CurrentSession {
            session: session.id,
            member: MemberActor {
                id: session.user_id,
                handle: found.handle,
                roles,
                status: found.status,
                second_factor_missing,
            },
        }))
    }

    /// The roles whose members must have a second factor (set by admins; none at first).
    pub async fn second_factor_required_for(&self) -> Result<BTreeSet<Role>, AppError> {
        // Asked on every signed-in request, so kept while the content version stands.
        let version = self.content_version();
        let value = self
            .kept()
            .settings
            .get_or_load(SECOND_FACTOR_REQUIRED_FOR, version, || async {
                Ok::<_, AppError>(self.store().setting(SECOND_FACTOR_REQUIRED_FOR).await?)
            })
            .await?
            .unwrap_or_default();
        Ok(value
            .split(',')
            .filter_map(|name| Role::parse(name).ok())
            .collect())
    }

    /// Whether the member has a confirmed authenticator app or a passkey.
    async fn has_second_factor(&self, user: UserId) -> Result<bool, AppError> {
        Ok(self
            .store()
            .totp(user)
            .await?
            .is_some_and(|t| t.confirmed_at.is_some())
            || self.store().passkey_count(user).await? > 0)
    }

    /// Requires a second factor for members holding any of `roles` (admins and the operator).
    /// An admin without one who would be held to it at once is asked first (`confirmed`):
    /// until they add one, they could do nothing else.
    pub async fn require_second_factor_for(
        &self,
        actor: &Actor,
        roles: &BTreeSet<Role>,
        confirmed: bool,
    ) -> Result<SecondFactorPolicyChange, AppError> {
        Self::require(actor, Action::ManageAccounts)?;
        if let Actor::Member(member) = actor
            && !confirmed
        {
            let limiting: Vec<Role> = member.roles.intersection(roles).copied().collect();
            if !limiting.is_empty() && !self.has_second_factor(member.id).await? {
                return Ok(SecondFactorPolicyChange::WouldLimitYou(limiting));
            }
        }
        let value: Vec<&str> = roles.iter().map(|role| role.as_str()).collect();
        let value = value.join(",");
        let entry = audit(None, actor, "policy_changed", details(&[("roles", &value)]));
        self.store()
            .set_setting(SECOND_FACTOR_REQUIRED_FOR, &value, &entry, self.now())
            .await?;
        Ok(SecondFactorPolicyChange::Saved)
    }

    /// Ends the current session.
    pub async fn sign_out(&self, current: &CurrentSession) -> Result<(), AppError> {
        let entry = audit(
            Some(current.member.id),
            &Actor::Member(current.member.clone()),
            "signed_out",
            String::new(),
        );
        self.store()
            .revoke_sessions(
                current.member.id,
                Some(current.session),
                None,
                Some(&entry),
                self.now(),
            )
            .await?;
        Ok(())
    }

    /// The member's open sessions.
    pub async fn sessions(&self, actor: &Actor) -> Result<Vec<SessionRecord>, AppError> {
        Self::require(actor, Action::ManageOwnAccount)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        Ok(self.store().list_sessions(member.id, self.now()).await?)
    }

    /// Revokes one of the member's own sessions. Someone else's session is "not found".
    pub async fn revoke_session(&self, actor: &Actor, session: SessionId) -> Result<(), AppError> {
        Self::require(actor, Action::ManageOwnAccount)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        let entry = audit(Some(member.id), actor, "session_revoked", details(&[]));
        let revoked = self
            .store()
            .revoke_sessions(member.id, Some(session), None, Some(&entry), self.now())
            .await?;
        if revoked == 0 {
            Err(AppError::NotFound)
        } else {
            Ok(())
        }
    }

    /// Ends every session of the member, or every one but `keep`. Returns how many ended.
    pub async fn sign_out_everywhere(
        &self,
        actor: &Actor,
        keep: Option<SessionId>,
    ) -> Result<u64, AppError> {
        Self::require(actor, Action::ManageOwnAccount)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        let detail = details(&[("which", if keep.is_some() { "others" } else { "all" })]);
        let entry = audit(
            Some(member.id),
            actor,
            "signed_out_everywhere",
            detail.to_owned(),
        );
        Ok(self
            .store()
            .revoke_sessions(member.id, None, keep, Some(&entry), self.now())
            .await?)
    }

    /// Grants a role (with an optional end of term), or with `Role::Member` removes all others.
    /// Admins and the operator only; audited; the member's sessions are rotated by the caller.
    pub async fn set_role(
        &self,
        actor: &Actor,
        handle: &str,
        role: Role,
        until: Option<Timestamp>,
    ) -> Result<(), AppError> {
        Self::require(actor, Action::ManageRoles)?;
        let user = self.find_member(handle).await?;
        let now = self.now();
        if until.is_some_and(|until| until <= now) {
            return Err(DomainError::Invalid {
                field: "until",
                reason: "the end of the term must be in the future",
                key: "term-in-past",
            }
            .into());
        }
        let until_text = until.map(Timestamp::format_utc);
        let detail = details(&[
            ("role", role.as_str()),
            ("until", until_text.as_deref().unwrap_or("none")),
        ]);
        let entry = audit(Some(user.id), actor, "role_changed", detail);
        self.store()
            .set_role(user.id, RoleGrant { role, until }, &entry, now)
            .await?;
        // The operator giving a role to a member still waiting for approval approves them:
        // otherwise `braid admin set-role` would leave an administrator unable to act.
        if matches!(actor, Actor::System) && user.status == AccountStatus::Pending {
            let entry = audit(
                Some(user.id),
                actor,
                "reinstated",
                details(&[("how", "role")]),
            );
            self.store()
                .set_account_status(user.id, AccountStatus::Active, None, &entry, now)
                .await?;
        }
        // A change of privilege ends the member's sessions: the next sign-in gets a new
        // session id with the new roles (SECURITY-PLAN T16).
        self.store()
            .revoke_sessions(user.id, None, None, None, now)
            .await?;
        Ok(())
    }

    /// Ends every role whose term has passed: the grant is removed, the member's sessions end,
    /// and a `role_lapsed` event tells the member and the admins. Run hourly as a job; safe to
    /// run twice. Returns how many lapsed.
    pub async fn lapse_role_terms(&self) -> Result<usize, AppError> {
        let now = self.now();
        let mut lapsed = 0;
        for (user, grant) in self.store().lapsed_roles(now).await? {
            let ended = grant.until.map(Timestamp::format_utc).unwrap_or_default();
            let detail = details(&[("role", grant.role.as_str()), ("until", &ended)]);
            let entry = AuditEntry {
                user_id: Some(user),
                actor_id: None,
                kind: "role_lapsed",
                detail,
            };
            if self.store().remove_role(user, grant, &entry, now).await? {
                lapsed += 1;
            }
        }
        Ok(lapsed)
    }

    /// Suspends a member (admins and the operator), with a reason kept on record; their
    /// sessions end at once and they cannot sign in.
    pub async fn suspend(&self, actor: &Actor, handle: &str, reason: &str) -> Result<(), AppError> {
        Self::require(actor, Action::ManageAccounts)?;
        let reason = optional_text(reason, "reason", 500)?;
        if reason.is_empty() {
            return Err(DomainError::Empty { field: "reason" }.into());
        }
        let user = self.find_member(handle).await?;
        if let Actor::Member(member) = actor
            && member.id == user.id
        {
            return Err(DomainError::Invalid {
                field: "handle",
                reason: "you cannot suspend yourself",
                key: "cannot-suspend-self",
            }
            .into());
        }
        let entry = audit(
            Some(user.id),
            actor,
            "suspended",
            details(&[("reason", &reason)]),
        );
        self.store()
            .set_account_status(
                user.id,
                AccountStatus::Suspended,
                Some(&reason),
                &entry,
                self.now(),
            )
            .await?;
        Ok(())
    }

    /// Makes a suspended or pending member active again (admins and the operator).
    pub async fn reinstate(&self, actor: &Actor, handle: &str) -> Result<(), AppError> {
        Self::require(actor, Action::ManageAccounts)?;
        let user = self.find_member(handle).await?;
        let entry = audit(Some(user.id), actor, "reinstated", details(&[]));
        self.store()
            .set_account_status(user.id, AccountStatus::Active, None, &entry, self.now())
            .await?;
        Ok(())
    }

    async fn find_member(&self, handle: &str) -> Result<UserRecord, AppError> {
        let handle = Handle::new(handle).map_err(|_| AppError::NotFound)?;
        self.store()
            .find_user_by_handle(&handle)
            .await?
            .ok_or(AppError::NotFound)
    }

    /// Vouches for a pending newcomer. With enough vouches (and no admin approval required)
    /// they become a full member. Returns whether they did.
    pub async fn vouch(&self, actor: &Actor, handle: &str) -> Result<bool, AppError> {
        Self::require(actor, Action::InviteMembers)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        let newcomer = self.find_member(handle).await?;
        if newcomer.status != AccountStatus::Pending || newcomer.id == member.id {
            return Err(AppError::NotFound);
        }
        let now = self.now();
        let entry = audit(
            Some(newcomer.id),
            actor,
            "vouched",
            details(&[("handle", member.handle.as_str())]),
        );
        let count = self
            .store()
            .add_vouch(newcomer.id, Some(member.id), &entry, now)
            .await
            .map_err(|error| match error {
                StoreError::Conflict { .. } => AppError::Conflict("already_vouched".to_owned()),
                other => other.into(),
            })?;
        let settings = &self.accounts().settings;
        if count >= settings.vouches_required && !settings.require_approval {
            let entry = audit(
                Some(newcomer.id),
                actor,
                "activated",
                details(&[("count", &count.to_string())]),
            );
            self.store()
                .set_account_status(newcomer.id, AccountStatus::Active, None, &entry, now)
                .await?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Newcomers waiting to become full members, with the handles of those who vouched, for
    /// members who may vouch.
    pub async fn pending_members(
        &self,
        actor: &Actor,
    ) -> Result<Vec<(String, Vec<String>)>, AppError> {
        Self::require(actor, Action::ViewMembers)?;
        let users = self.store().list_users().await?;
        let handle_of =
            |id: Option<UserId>| match id.and_then(|id| users.iter().find(|u| u.id == id)) {
                Some(user) => user.handle.as_str().to_owned(),
                None => "operator".to_owned(),
            };
        let mut pending = Vec::new();
        for user in users.iter().filter(|u| u.status == AccountStatus::Pending) {
            let vouchers = self
                .store()
                .vouchers(user.id)
                .await?
                .into_iter()
                .map(handle_of)
                .collect();
            pending.push((user.handle.as_str().to_owned(), vouchers));
        }
        Ok(pending)
    }

    /// The members directory: active members, with only the profile fields each chose to fill
    /// in, filtered by language and region (words contained, any case).
    pub async fn directory(
        &self,
        actor: &Actor,
        language: &str,
        region: &str,
    ) -> Result<Vec<DirectoryEntry>, AppError> {
        Self::require(actor, Action::ViewMembers)?;
        let language = language.trim().to_lowercase();
        let region = region.trim().to_lowercase();
        Ok(self
            .store()
            .list_users()
            .await?
            .into_iter()
            .filter(|user| user.status == AccountStatus::Active)
            .filter(|user| language.is_empty() || user.languages.to_lowercase().contains(&language))
            .filter(|user| region.is_empty() || user.region.to_lowercase().contains(&region))
            .map(|user| DirectoryEntry {
                handle: user.handle.as_str().to_owned(),
                display_name: user.display_name,
                pronouns: user.pronouns,
                languages: user.languages,
                region: user.region,
            })
            .collect())
    }

    /// Every member with their roles in force (admins and the operator).
    pub async fn members(&self, actor: &Actor) -> Result<Vec<MemberSummary>, AppError> {
        Self::require(actor, Action::ManageAccounts)?;
        let now = self.now();
        let mut members = Vec::new();
        for user in self.store().list_users().await? {
            let grants = self.store().user_roles(user.id).await?;
            let in_force = Self::roles_in_force(&grants, now);
            let roles = grants
                .into_iter()
                .filter(|g| in_force.contains(&g.role))
                .collect();
            members.push(MemberSummary { user, roles });
        }
        Ok(members)
    }

    /// Everything Braid holds about the member, as JSON they can keep.
    pub async fn export_account(&self, actor: &Actor) -> Result<serde_json::Value, AppError> {
        let member = Self::own_member(actor)?;
        let user = self
            .store()
            .find_user(member.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let now = self.now();
        // Every member holds `member`; the store keeps only the roles beyond it.
        let roles: Vec<serde_json::Value> =
            std::iter::once(serde_json::json!({"role": Role::Member.as_str(), "until": null}))
                .chain(self.store().user_roles(member.id).await?.into_iter().map(|g| {
                    serde_json::json!({"role": g.role.as_str(), "until": g.until.map(Timestamp::format_utc)})
                }))
                .collect();
        let contributions = self.contributions_of(member.id).await?;
        let sessions: Vec<serde_json::Value> = self
            .store()
            .list_sessions(member.id, now)
            .await?
            .into_iter()
            .map(|s| serde_json::json!({"browser": s.device_label, "signed_in": s.created_at.format_utc(), "last_active": s.last_seen_at.format_utc()}))
            .collect();
        let events: Vec<serde_json::Value> = self
            .store()
            .audit_events(Some(member.id), 10_000)
            .await?
            .into_iter()
            .map(|e| {
                // Details are named values; older ones are text.
                let detail = serde_json::from_str::<serde_json::Value>(&e.detail)
                    .unwrap_or(serde_json::Value::String(e.detail));
                serde_json::json!({"at": e.created_at.format_utc(), "event": e.kind, "detail": detail})
            })
            .collect();
        let invitations: Vec<serde_json::Value> = self
            .store()
            .invitations_by(member.id)
            .await?
            .into_iter()
            .map(|(note, role, created, used)| serde_json::json!({"note": note, "role": role, "created": created.format_utc(), "used": used.map(Timestamp::format_utc)}))
            .collect();
        let second_factor = self.second_factor_status(actor).await?;
        let passkeys: Vec<serde_json::Value> = self
            .passkeys(actor)
            .await?
            .into_iter()
            .map(|p| serde_json::json!({"name": p.name, "added": p.created_at.format_utc(), "last_used": p.last_used_at.map(Timestamp::format_utc)}))
            .collect();
        Ok(serde_json::json!({
            "format": "braid-account-export",
            "version": 1,
            "exported_at": now.format_utc(),
            "handle": user.handle.as_str(),
            "display_name": user.display_name,
            "pronouns": user.pronouns,
            "languages": user.languages,
            "region": user.region,
            "status": user.status.as_str(),
            "joined": user.created_at.format_utc(),
            "roles": roles,
            "second_factor": {"authenticator_app": second_factor.totp, "passkeys": passkeys, "recovery_codes_left": second_factor.recovery_codes_left},
            "sessions": sessions,
            "invitations_sent": invitations,
            "security_events": events,
            "page_revisions": contributions.0,
            "comments": contributions.1,
        }))
    }

    /// What the member wrote, for their export: every revision they saved (where, when, its
    /// summary and review state; the texts are on the pages) and every comment with its text.
    async fn contributions_of(
        &self,
        member: UserId,
    ) -> Result<(Vec<serde_json::Value>, Vec<serde_json::Value>), AppError> {
        let sections = self.all_sections().await?;
        let section_slug = |id| {
            sections
                .iter()
                .find(|section| section.id == id)
                .map(|section| section.slug.as_str().to_owned())
                .unwrap_or_default()
        };
        let revisions = self
            .store()
            .recent_revisions(None, Some(member), 0, 100_000)
            .await?
            .into_iter()
            // Suppressed revisions are for admins only, their author included.
            .filter(|recent| recent.revision.review != braid_domain::wiki::ReviewState::Suppressed)
            .map(|recent| {
                serde_json::json!({
                    "page": format!("/wiki/{}/{}", section_slug(recent.section_id), recent.slug),
                    "revision": recent.revision.number,
                    "title": recent.revision.title,
                    "saved": recent.revision.created_at.format_utc(),
                    "summary": recent.revision.summary,
                    "state": recent.revision.review.as_str(),
                })
            })
            .collect();
        let mut comments = Vec::new();
        for comment in self.store().comments_by(member).await? {
            let page = self.store().find_page_by_id(comment.page_id).await?;
            comments.push(serde_json::json!({
                "page": page.map(|page| format!("/wiki/{}/{}", section_slug(page.section_id), page.slug)),
                "written": comment.created_at.format_utc(),
                "edited": comment.edited_at.map(Timestamp::format_utc),
                "deleted": comment.deleted_at.map(Timestamp::format_utc),
                "text": comment.body,
            }));
        }
        Ok((revisions, comments))
    }

    /// Deletes the member's own account after checking their password. Their sessions end;
    /// what they wrote for others stays, attributed to "former member".
    pub async fn delete_account(
        &self,
        actor: &Actor,
        current_password: &SecretString,
    ) -> Result<(), AppError> {
        let member = Self::own_member(actor)?;
        self.check_current_password(member, current_password)
            .await?;
        let entry = AuditEntry {
            user_id: None,
            actor_id: None,
            kind: "account_deleted",
            detail: details(&[]),
        };
        self.store()
            .delete_user(member.id, &entry, self.now())
            .await?;
        Ok(())
    }

    /// Every member's security events, newest first, with handles (admins only).
    pub async fn audit_log(&self, actor: &Actor, limit: u32) -> Result<Vec<AuditView>, AppError> {
        let events = self.security_events(actor, true, limit).await?;
        let handles: std::collections::HashMap<UserId, String> = self
            .store()
            .list_users()
            .await?
            .into_iter()
            .map(|user| (user.id, user.handle.as_str().to_owned()))
            .collect();
        let name = |id: Option<UserId>, none: &str| match id {
            Some(id) => handles
                .get(&id)
                .cloned()
                .unwrap_or_else(|| "former member".to_owned()),
            None => none.to_owned(),
        };
        Ok(events
            .into_iter()
            .map(|event| AuditView {
                at: event.created_at,
                member: name(event.user_id, ""),
                actor: name(event.actor_id, "operator"),
                kind: event.kind,
                detail: event.detail,
            })
            .collect())
    }

    /// Failed attempts on the member's account since their previous sign-in, so the account
    /// page can tell them what they mean: wrong passwords may be guessing; wrong second-factor
    /// answers came after the right password, so the password is known to someone.
    pub async fn failed_attempts_since_previous_sign_in(
        &self,
        actor: &Actor,
    ) -> Result<FailedAttempts, AppError> {
        let events = self.security_events(actor, false, 500).await?;
        // Newest first: skip this session's own sign-in, count failures until the one before.
        let since_previous = events
            .iter()
            .skip_while(|e| !e.kind.starts_with("signed_in"))
            .skip(1)
            .take_while(|e| !e.kind.starts_with("signed_in"));
        let mut failed = FailedAttempts::default();
        for event in since_previous {
            match event.kind.as_str() {
                "sign_in_failed" => failed.passwords += 1,
                "second_factor_failed" => failed.second_factor += 1,
                _ => {}
            }
        }
        Ok(failed)
    }

    /// Security events the actor may see: their own, or (with `everyone`) all, for admins.
    pub async fn security_events(
        &self,
        actor: &Actor,
        everyone: bool,
        limit: u32,
    ) -> Result<Vec<AuditRecord>, AppError> {
        if everyone {
            Self::require(actor, Action::ViewAllAuditEvents)?;
            return Ok(self.store().audit_events(None, limit).await?);
        }
        Self::require(actor, Action::ManageOwnAccount)?;
        let Actor::Member(member) = actor else {
            return Err(AppError::Forbidden);
        };
        Ok(self.store().audit_events(Some(member.id), limit).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_after_five_failures_and_is_capped() {
        let waits: Vec<u64> = (1..=12).map(|n| wait_after_failures(n).as_secs()).collect();
        assert_eq!(waits, [0, 0, 0, 0, 60, 120, 240, 480, 900, 900, 900, 900]);
    }
}
