//! Random tokens Braid hands out (session ids, invitation links, recovery codes). Each carries
//! a recognisable prefix (`braid_s_…`) so secret scanners can spot a leaked one, and only its
//! SHA-256 is stored: a copy of the database opens no session and accepts no invitation.

use sha2::{Digest, Sha256};

use crate::base32;
use crate::secret::SecretString;

/// Random bytes in every token: 160 bits, above the 128 bits SECURITY-PLAN T16/T17 ask for.
pub const TOKEN_BYTES: usize = 20;

/// A freshly issued token: give it to its holder once, store only [`Token::hash`].
#[derive(Debug, Clone)]
pub struct Token {
    secret: SecretString,
}

impl Token {
    /// A new random token of `kind` (a short lowercase word: `s` for sessions, `inv` for
    /// invitations), e.g. `braid_inv_3JQ…`.
    pub fn generate(kind: &str) -> Token {
        let mut bytes = [0u8; TOKEN_BYTES];
        rand::fill(&mut bytes);
        Token {
            secret: SecretString::new(format!(
                "braid_{kind}_{}",
                base32::encode(&bytes).to_lowercase()
            )),
        }
    }

    /// The token to hand over (in a cookie, a link, a one-time display).
    pub fn reveal(&self) -> &str {
        self.secret.expose()
    }

    /// What the database keeps.
    pub fn hash(&self) -> String {
        token_hash(self.reveal())
    }
}

/// A recovery code for when the authenticator is lost: 80 random bits as four groups of four
/// characters (`k3jq-7mxa-…`), easy to write down. Stored hashed like any token.
pub fn recovery_code() -> SecretString {
    let mut bytes = [0u8; 10];
    rand::fill(&mut bytes);
    let text = base32::encode(&bytes).to_lowercase();
    let groups: Vec<&str> = (0..4).map(|i| &text[i * 4..i * 4 + 4]).collect();
    SecretString::new(groups.join("-"))
}

/// The stored form of a token presented by a client: lowercase hex SHA-256. Lookups by this
/// hash need no constant-time comparison, because the hash does not reveal the token.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn tokens_are_prefixed_long_and_unique() {
        let tokens: HashSet<String> = (0..1000)
            .map(|_| Token::generate("s").reveal().to_owned())
            .collect();
        assert_eq!(tokens.len(), 1000);
        for token in &tokens {
            assert!(token.starts_with("braid_s_"));
            // 160 bits in base32: 32 characters.
            assert_eq!(token.len(), "braid_s_".len() + 32);
        }
    }

    #[test]
    fn recovery_codes_are_readable_and_unique() {
        let codes: HashSet<String> = (0..1000)
            .map(|_| recovery_code().expose().to_owned())
            .collect();
        assert_eq!(codes.len(), 1000);
        for code in &codes {
            assert_eq!(code.len(), 19);
            assert_eq!(code.matches('-').count(), 3);
        }
    }

    #[test]
    fn only_the_hash_is_meant_for_storage() {
        let token = Token::generate("inv");
        assert_eq!(token.hash(), token_hash(token.reveal()));
        assert_eq!(token.hash().len(), 64);
        assert!(!token.hash().contains(&token.reveal()[10..]));
        assert_eq!(format!("{token:?}").matches("***").count(), 1);
    }
}
