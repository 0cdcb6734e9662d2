//! Braid's cryptography, small and separately tested: password hashing (Argon2id), random
//! tokens that are stored only as hashes, and secrets that redact themselves and are wiped
//! from memory when dropped. Envelope encryption of sensitive records arrives here too.
#![forbid(unsafe_code)]

pub mod base32;
pub mod password;
pub mod sealed;
pub mod secret;
pub mod token;
pub mod totp;

pub use base32::base64;
pub use password::{HashingMemory, PasswordHasher, PasswordParams, Verification};
pub use sealed::{OpenError, SEALED_PREFIX, SealingKey};
pub use secret::SecretString;
pub use token::{Token, recovery_code, token_hash};
pub use totp::{TotpSecret, qr_svg};

/// Why a cryptographic operation failed. Never includes secret material.
#[derive(Debug, thiserror::Error)]
pub enum CryptError {
    /// Hashing parameters were rejected.
    #[error("invalid password hashing parameters: {0}")]
    Params(String),
    /// The hashing itself failed.
    #[error("password hashing failed")]
    Hash,
}
