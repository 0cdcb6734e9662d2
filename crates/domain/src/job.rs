//! Durable background jobs: their kinds and the retry policy.

use std::time::Duration;

use crate::DomainError;

/// The name of a job handler, e.g. `prune_finished_jobs`. Lowercase ASCII, digits and `_`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct JobKind(String);

impl JobKind {
    /// Validates a job kind name.
    pub fn new(name: &str) -> Result<JobKind, DomainError> {
        if name.is_empty() {
            return Err(DomainError::Empty { field: "job kind" });
        }
        if name.len() > 64 {
            return Err(DomainError::TooLong {
                field: "job kind",
                max: 64,
            });
        }
        if !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(DomainError::Invalid {
                field: "job kind",
                reason: "use lowercase letters, digits and underscores",
                key: "job-kind-characters",
            });
        }
        Ok(JobKind(name.to_owned()))
    }

    /// The name as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A kind of durable job: a type whose value is the job's input. The runner stores it as
/// JSON under [`Job::KIND`] and hands the handler registered for that kind the value back.
pub trait Job: serde::Serialize + serde::de::DeserializeOwned + Send + Sync + 'static {
    /// The stable name stored with each job of this kind (see [`JobKind::new`]).
    const KIND: &'static str;
}

/// Why a job's attempt failed, and whether trying again can help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobFailure {
    /// A passing trouble (a mail server that said "try later", a lock): run again after the
    /// retry policy's backoff, while attempts remain.
    Retry(String),
    /// Trying again cannot help (a payload this build cannot read, an address that does not
    /// exist): the job is marked failed at once with this reason, for an operator to see.
    GiveUp(String),
}

impl JobFailure {
    /// The reason recorded with the attempt.
    pub fn reason(&self) -> &str {
        match self {
            JobFailure::Retry(reason) | JobFailure::GiveUp(reason) => reason,
        }
    }
}

/// How often and how fast a failed job is retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first run included; after the last one the job is marked failed.
    pub max_attempts: u32,
    /// Delay before the first retry; each later retry waits twice as long as the one before.
    pub base_delay: Duration,
    /// No retry waits longer than this.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 8,
            base_delay: Duration::from_secs(5),
            max_delay: Duration::from_secs(3600),
        }
    }
}

/// What to do after an attempt failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterFailure {
    /// Run again after this delay.
    RetryIn(Duration),
    /// Give up: the job is kept as failed, with its last error, for an operator to see.
    GiveUp,
}

impl RetryPolicy {
    /// Decides what follows failed attempt number `attempt` (1 for the first run).
    pub fn after_failure(&self, attempt: u32) -> AfterFailure {
        if attempt >= self.max_attempts {
            return AfterFailure::GiveUp;
        }
        let doublings = attempt.saturating_sub(1).min(30);
        let delay = self
            .base_delay
            .checked_mul(1u32 << doublings)
            .unwrap_or(self.max_delay)
            .min(self.max_delay);
        AfterFailure::RetryIn(delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_validated() {
        assert!(JobKind::new("send_mail").is_ok());
        assert_eq!(JobKind::new("").unwrap_err().code(), "empty");
        assert_eq!(JobKind::new("Send Mail").unwrap_err().code(), "invalid");
        assert_eq!(
            JobKind::new(&"a".repeat(65)).unwrap_err().code(),
            "too_long"
        );
    }

    #[test]
    fn retries_back_off_exponentially_then_give_up() {
        let policy = RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_secs(2),
            max_delay: Duration::from_secs(10),
        };
        assert_eq!(
            policy.after_failure(1),
            AfterFailure::RetryIn(Duration::from_secs(2))
        );
        assert_eq!(
            policy.after_failure(2),
            AfterFailure::RetryIn(Duration::from_secs(4))
        );
        assert_eq!(
            policy.after_failure(3),
            AfterFailure::RetryIn(Duration::from_secs(8))
        );
        assert_eq!(
            policy.after_failure(4),
            AfterFailure::RetryIn(Duration::from_secs(10))
        );
        assert_eq!(policy.after_failure(5), AfterFailure::GiveUp);
    }

    #[test]
    fn huge_attempt_numbers_do_not_overflow() {
        let policy = RetryPolicy {
            max_attempts: u32::MAX,
            ..RetryPolicy::default()
        };
        assert_eq!(
            policy.after_failure(10_000),
            AfterFailure::RetryIn(policy.max_delay)
        );
    }
}
