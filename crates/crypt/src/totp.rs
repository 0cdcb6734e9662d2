//! Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps) — what
//! every authenticator app speaks — and the QR code that carries the secret to the app,
//! rendered server-side as SVG so enrolment needs no JavaScript.

use qrcode::QrCode;
use qrcode::render::svg;
use totp_rs::{Algorithm, Builder, Secret, Totp};
use zeroize::Zeroizing;

use crate::base32;

/// Length of a TOTP secret: 160 bits, as RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;

/// A member's TOTP secret.
#[derive(Clone)]
pub struct TotpSecret(Zeroizing<Vec<u8>>);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(***)")
    }
}

impl TotpSecret {
    /// A new random secret.
    pub fn generate() -> TotpSecret {
        let mut bytes = vec![0u8; SECRET_BYTES];
        rand::fill(&mut bytes[..]);
        TotpSecret(Zeroizing::new(bytes))
    }

    /// A stored secret, from base32; `None` if it is not base32 or too short.
    pub fn from_base32(text: &str) -> Option<TotpSecret> {
        let bytes = base32::decode(text)?;
        (bytes.len() >= 16).then(|| TotpSecret(Zeroizing::new(bytes)))
    }

    /// The secret in base32, as stored and as shown for typing into an app by hand.
    pub fn to_base32(&self) -> String {
        base32::encode(&self.0)
    }

    fn totp(&self, issuer: &str, account: &str) -> Option<Totp> {
        Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(6)
            .with_skew(1)
            .with_step_duration(30)
            .with_secret(Secret::from(self.0.to_vec()))
            .with_issuer(Some(issuer))
            .with_account_name(account)
            .build()
            .ok()
    }

    /// The `otpauth://` address that authenticator apps read from the QR code.
    pub fn provisioning_uri(&self, issuer: &str, account: &str) -> Option<String> {
        // The URI format reserves ':' between issuer and account.
        let issuer = issuer.replace(':', " ");
        self.totp(&issuer, account)?.to_url().ok()
    }

    /// The 30-second step whose code `code` is, within one step either side of `unix_seconds`;
    /// `None` if it matches none. Spaces and dashes in what was typed are ignored. The caller
    /// must refuse a step it has accepted before (SECURITY-PLAN T15: no replays).
    pub fn matching_step(&self, code: &str, unix_seconds: u64) -> Option<u64> {
        let code: String = code
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.totp("Braid", "member")?.check(&code, unix_seconds)
    }

    /// The code for the step holding `unix_seconds` (for tests and tools).
    pub fn code_at(&self, unix_seconds: u64) -> Option<String> {
        Some(
            self.totp("Braid", "member")?
                .generate(unix_seconds)
                .to_string(),
        )
    }
}

/// An SVG image of a QR code for `data`, black on white with a quiet zone.
pub fn qr_svg(data: &str) -> Option<String> {
    let code = QrCode::new(data.as_bytes()).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(220, 220)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1, with the RFC's 20-byte secret "12345678901234567890",
    /// truncated to 6 digits.
    #[test]
    fn rfc_6238_vectors() {
        let secret = TotpSecret(Zeroizing::new(b"12345678901234567890".to_vec()));
        for (time, eight_digits) in [
            (59u64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
        ] {
            let six = &eight_digits[2..];
            assert_eq!(secret.code_at(time).unwrap(), six, "t={time}");
            assert_eq!(secret.matching_step(six, time), Some(time / 30));
        }
    }

    #[test]
    fn one_step_of_drift_either_way_and_no_more() {
        let secret = TotpSecret::generate();
        let now = 1_800_000_000;
        let code = secret.code_at(now).unwrap();
        assert_eq!(secret.matching_step(&code, now + 30), Some(now / 30));
        assert_eq!(secret.matching_step(&code, now - 30), Some(now / 30));
        assert_eq!(secret.matching_step(&code, now + 60), None);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert_eq!(secret.matching_step(&spaced, now), Some(now / 30));
        assert_eq!(secret.matching_step("12345", now), None);
        assert_eq!(secret.matching_step("abcdef", now), None);
    }

    #[test]
    fn secrets_round_trip_through_base32_and_the_uri() {
        let secret = TotpSecret::generate();
        let again = TotpSecret::from_base32(&secret.to_base32()).unwrap();
        assert_eq!(again.to_base32(), secret.to_base32());
        let uri = secret.provisioning_uri("Braid: demo", "ana").unwrap();
        assert!(uri.starts_with("otpauth://totp/"), "{uri}");
        assert!(
            uri.contains(&format!("secret={}", secret.to_base32())),
            "{uri}"
        );
        assert!(format!("{secret:?}").contains("***"));
    }

    #[test]
    fn qr_codes_are_plain_svg() {
        let svg = qr_svg("otpauth://totp/Braid:ana?secret=ABC").unwrap();
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
        assert!(!svg.contains("<script"));
    }
}
