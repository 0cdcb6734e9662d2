//! Accounts: joining by invitation, signing in and out, sessions, roles and the audit trail.
//!
//! Every method takes the acting [`Actor`] and asks `braid_domain::policy` before it reads or
//! writes. Password hashing runs on the blocking thread pool, a few at a time, so a burst of
//! sign-ins cannot exhaust memory (19 MiB per Argon2id hash).

mod audit;
mod directory;
pub mod email;
mod invitations;
mod lifecycle;
pub mod passkeys;
mod passwords;
pub mod profile;
mod roles;
mod second_factor;
mod sessions;
mod sign_in;

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
pub(crate) struct AccountMachinery {
    pub(crate) settings: AccountSettings,
    hashing: HashingPool,
    /// The WebAuthn relying party; `None` when the public address cannot have passkeys.
    pub(crate) passkeys: Option<webauthn_rs::Webauthn>,
}

impl AccountMachinery {
    pub(crate) fn new(settings: AccountSettings) -> Result<AccountMachinery, AppError> {
        let hasher = PasswordHasher::new(settings.password)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(AccountMachinery {
            hashing: HashingPool::start(Arc::new(hasher), settings.hashing_concurrency.max(1))?,
            passkeys: crate::accounts::passkeys::relying_party(
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
    /// Their notifications not yet read when the session was looked up, for the navigation.
    pub unread_notifications: u64,
    /// The interface language they chose, if they did.
    pub interface_language: Option<String>,
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

/// The accounts service: members, invitations, sign-in, sessions, second factors, roles
/// and the audit log. Reached as [`App::accounts`].
#[derive(Debug, Clone, Copy)]
pub struct Accounts<'a> {
    app: &'a App,
}

impl std::ops::Deref for Accounts<'_> {
    type Target = App;

    fn deref(&self) -> &App {
        self.app
    }
}

impl App {
    /// The accounts service.
    pub fn accounts(&self) -> Accounts<'_> {
        Accounts { app: self }
    }

    pub(crate) fn machinery(&self) -> &AccountMachinery {
        &self.account_machinery
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
    /// The member acting on their own account.
    pub(crate) fn own_member(actor: &Actor) -> Result<&MemberActor, AppError> {
        App::require(actor, Action::ManageOwnAccount)?;
        match actor {
            Actor::Member(member) => Ok(member),
            Actor::Anonymous | Actor::System => Err(AppError::Forbidden),
        }
    }
}

impl Accounts<'_> {
    async fn hash_password(&self, password: &SecretString) -> Result<String, AppError> {
        let password = password.clone();
        self.machinery()
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
        self.machinery()
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

    /// How long a session can last at most: the session cookie's lifetime.
    pub fn session_lifetime(&self) -> Duration {
        self.machinery().settings.session_absolute
    }

    /// Creates a full member directly (the operator's `braid admin create-user`).
    pub async fn create_member(
        &self,
        actor: &Actor,
        handle: &str,
        password: &SecretString,
        role: Role,
    ) -> Result<UserId, AppError> {
        App::require(actor, Action::ManageAccounts)?;
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
