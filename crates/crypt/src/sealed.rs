//! Secrets the server must read back but a copy of the database alone must not reveal (TOTP
//! seeds): sealed with XChaCha20-Poly1305 under a key kept outside the database (a file in the
//! data directory, or given by the environment), each bound to what it belongs to.

use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use zeroize::Zeroizing;

use crate::base32;

/// What every sealed value starts with, so a plaintext left from before is recognised.
pub const SEALED_PREFIX: &str = "sealed1:";
/// Bytes of nonce, random for each value (192 bits: no collision to fear).
const NONCE_BYTES: usize = 24;

/// The key secrets are sealed under. Its `Debug` says nothing; it is wiped when dropped.
#[derive(Clone)]
pub struct SealingKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealingKey(…)")
    }
}

/// Why a sealed value could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    /// It is not in the sealed form.
    #[error("not a sealed value")]
    Malformed,
    /// Another key sealed it, it belongs to something else, or it was changed.
    #[error("the value does not open with this key for this purpose")]
    Refused,
}

impl SealingKey {
    /// A new random key.
    pub fn generate() -> SealingKey {
        let mut bytes = Zeroizing::new([0u8; 32]);
        rand::fill(&mut bytes[..]);
        SealingKey(bytes)
    }

    /// The key from its 32 bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> SealingKey {
        SealingKey(Zeroizing::new(bytes))
    }

    /// The key as text, for its file or the environment (base32, 52 characters).
    pub fn to_text(&self) -> Zeroizing<String> {
        Zeroizing::new(base32::encode(&self.0[..]))
    }

    /// The key from [`Self::to_text`]'s form; `None` when it is not 32 bytes of base32.
    pub fn from_text(text: &str) -> Option<SealingKey> {
        let bytes = Zeroizing::new(base32::decode(text.trim())?);
        let array: [u8; 32] = bytes.as_slice().try_into().ok()?;
        Some(SealingKey::from_bytes(array))
    }

    /// A tag proving that the server made `message` for `purpose` (a member's reply address
    /// for a thread, their unsubscribe link): HMAC-SHA256 under a key derived from this one,
    /// cut to 100 bits and written in base32 (20 characters, lowercase: mail local parts are
    /// often folded to lowercase). Nothing is stored; [`Self::verify_tag`] checks it.
    pub fn tag(&self, purpose: &str, message: &str) -> String {
        use hmac::{KeyInit as _, Mac};
        use sha2::Digest;
        let key: Zeroizing<[u8; 32]> = Zeroizing::new(
            sha2::Sha256::new()
                .chain_update(b"braid tag key\0")
                .chain_update(&self.0[..])
                .finalize()
                .into(),
        );
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key[..])
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(message.as_bytes());
        let tag = mac.finalize().into_bytes();
        base32::encode(&tag[..]).to_lowercase()[..20].to_owned()
    }

    /// Whether `tag` is [`Self::tag`] of `message` for `purpose`, compared in constant time.
    pub fn verify_tag(&self, purpose: &str, message: &str, tag: &str) -> bool {
        use subtle::ConstantTimeEq;
        let expected = self.tag(purpose, message);
        expected.len() == tag.len() && bool::from(expected.as_bytes().ct_eq(tag.as_bytes()))
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new((&*self.0).into())
    }

    /// Seals `plaintext` for `purpose` (for example `totp:42`): opening it under another
    /// purpose fails, so a sealed value copied to another row is useless.
    pub fn seal(&self, plaintext: &[u8], purpose: &str) -> String {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::fill(&mut nonce[..]);
        let payload = Payload {
            msg: plaintext,
            aad: purpose.as_bytes(),
        };
        // Encryption into memory fails only for messages of many gigabytes.
        let ciphertext = self
            .cipher()
            .encrypt(&nonce.into(), payload)
            .unwrap_or_default();
        let mut sealed = Vec::with_capacity(NONCE_BYTES + ciphertext.len());
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&ciphertext);
        format!("{SEALED_PREFIX}{}", base32::encode(&sealed))
    }

    /// Opens what [`Self::seal`] sealed for `purpose`.
    pub fn open(&self, sealed: &str, purpose: &str) -> Result<Zeroizing<Vec<u8>>, OpenError> {
        let encoded = sealed
            .strip_prefix(SEALED_PREFIX)
            .ok_or(OpenError::Malformed)?;
        let bytes = base32::decode(encoded).ok_or(OpenError::Malformed)?;
        if bytes.len() < NONCE_BYTES + 16 {
            return Err(OpenError::Malformed);
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_BYTES);
        let nonce: [u8; NONCE_BYTES] = nonce.try_into().map_err(|_| OpenError::Malformed)?;
        let payload = Payload {
            msg: ciphertext,
            aad: purpose.as_bytes(),
        };
        self.cipher()
            .decrypt(&nonce.into(), payload)
            .map(Zeroizing::new)
            .map_err(|_| OpenError::Refused)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_their_key_and_purpose() {
        let key = SealingKey::generate();
        let sealed = key.seal(b"JBSWY3DPEHPK3PXP", "totp:7");
        assert!(sealed.starts_with(SEALED_PREFIX));
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_eq!(
            &key.open(&sealed, "totp:7").unwrap()[..],
            b"JBSWY3DPEHPK3PXP"
        );
        // Each sealing is different, even of the same value.
        assert_ne!(sealed, key.seal(b"JBSWY3DPEHPK3PXP", "totp:7"));
        assert_eq!(key.open(&sealed, "totp:8"), Err(OpenError::Refused));
        assert_eq!(
            SealingKey::generate().open(&sealed, "totp:7"),
            Err(OpenError::Refused)
        );
        assert_eq!(
            key.open("JBSWY3DPEHPK3PXP", "totp:7"),
            Err(OpenError::Malformed)
        );
        // One changed character anywhere is noticed.
        let mut tampered: Vec<char> = sealed.chars().collect();
        let at = tampered.len() - 3;
        tampered[at] = if tampered[at] == 'A' { 'B' } else { 'A' };
        let tampered: String = tampered.into_iter().collect();
        assert!(key.open(&tampered, "totp:7").is_err());
    }

    #[test]
    fn a_key_survives_its_text_form() {
        let key = SealingKey::generate();
        let again = SealingKey::from_text(&key.to_text()).unwrap();
        let sealed = key.seal(b"x", "p");
        assert_eq!(&again.open(&sealed, "p").unwrap()[..], b"x");
        assert!(SealingKey::from_text("too short").is_none());
        assert_eq!(format!("{key:?}"), "SealingKey(…)");
    }

    #[test]
    fn tags_prove_their_message_and_purpose_and_nothing_else() {
        let key = SealingKey::generate();
        let tag = key.tag("reply", "7.42");
        assert_eq!(tag.len(), 20);
        assert!(
            tag.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        );
        assert!(key.verify_tag("reply", "7.42", &tag));
        assert!(!key.verify_tag("reply", "7.43", &tag), "another message");
        assert!(
            !key.verify_tag("unsubscribe", "7.42", &tag),
            "another purpose"
        );
        assert!(
            !SealingKey::generate().verify_tag("reply", "7.42", &tag),
            "another key"
        );
        assert!(!key.verify_tag("reply", "7.42", &tag[..19]));
    }
}
