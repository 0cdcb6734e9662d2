//! Members: handles, roles, account status and the password rules.

use unicode_normalization::UnicodeNormalization;

use crate::DomainError;

/// A member's chosen name on the hub (pseudonyms welcome), e.g. `ana`, `مريم`, `k.ivanova`.
///
/// Normalised to NFKC; 2–32 letters or digits of one script, with single `.`, `_` or `-`
/// between them. One script per handle stops look-alike names that mix alphabets
/// (`pаypal` with a Cyrillic `а`); case is ignored when checking that a handle is free.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Handle(String);

/// The scripts a handle may be written in; digits go with any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Thai,
    Georgian,
    Hangul,
    Han,
    Kana,
    Ethiopic,
    Other,
}

fn script_of(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    Some(match u32::from(c) {
        0x0041..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0530..=0x058F => Script::Armenian,
        0x0590..=0x05FF => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x0900..=0x097F => Script::Devanagari,
        0x0E00..=0x0E7F => Script::Thai,
        0x10A0..=0x10FF => Script::Georgian,
        0xAC00..=0xD7AF | 0x1100..=0x11FF => Script::Hangul,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF => Script::Han,
        0x3040..=0x30FF => Script::Kana,
        0x1200..=0x139F => Script::Ethiopic,
        _ => Script::Other,
    })
}

/// Handles nobody may take by joining: names that read as the hub, its operators or its
/// staff, which a phisher would choose (issue 27). The operator may still create them.
const RESERVED_HANDLES: &[&str] = &[
    "abuse",
    "admin",
    "administrator",
    "admins",
    "braid",
    "help",
    "helpdesk",
    "hostmaster",
    "info",
    "mod",
    "moderator",
    "moderators",
    "noreply",
    "no-reply",
    "official",
    "operator",
    "postmaster",
    "response-team",
    "responseteam",
    "root",
    "security",
    "staff",
    "support",
    "sysadmin",
    "system",
    "team",
    "webmaster",
];

impl Handle {
    /// Whether a newcomer may not take this handle (see `RESERVED_HANDLES`).
    pub fn is_reserved(&self) -> bool {
        let key = self.key();
        RESERVED_HANDLES
            .iter()
            .any(|reserved| key == *reserved || key.replace(['_', '.'], "-") == *reserved)
    }

    /// Shortest handle, in characters.
    pub const MIN_CHARS: usize = 2;
    /// Longest handle, in characters.
    pub const MAX_CHARS: usize = 32;

    /// Validates and normalises a handle as typed.
    pub fn new(typed: &str) -> Result<Handle, DomainError> {
        let handle: String = typed.trim().nfkc().collect();
        let count = handle.chars().count();
        if count == 0 {
            return Err(DomainError::Empty { field: "handle" });
        }
        if count < Self::MIN_CHARS {
            return Err(DomainError::Invalid {
                field: "handle",
                reason: "use at least 2 characters",
                key: "handle-short",
            });
        }
        if count > Self::MAX_CHARS {
            return Err(DomainError::TooLong {
                field: "handle",
                max: Self::MAX_CHARS,
            });
        }
        let separator = |c: char| matches!(c, '.' | '_' | '-');
        let well_formed = handle
            .split(separator)
            .all(|part| !part.is_empty() && part.chars().all(char::is_alphanumeric));
        if !well_formed {
            return Err(DomainError::Invalid {
                field: "handle",
                reason: "use letters and digits, with single . _ or - between them",
                key: "handle-characters",
            });
        }
        let mut scripts = handle.chars().filter_map(script_of);
        if let Some(first) = scripts.next()
            && (first == Script::Other || scripts.any(|s| s != first))
        {
            return Err(DomainError::Invalid {
                field: "handle",
                reason: "use letters of one alphabet only",
                key: "handle-one-script",
            });
        }
        Ok(Handle(handle))
    }

    /// The handle as shown.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form two handles are compared in: lower case, so `Ana` and `ana` are one name.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }

    /// What the handle looks like (Unicode TS #39 skeleton of its key): `раypal` in Cyrillic
    /// and `paypal` in Latin, or `rn` and `m`, have the same one.
    pub fn looks_like(&self) -> String {
        skeleton_of(&self.key())
    }

    /// Whether this handle reads like a reserved one (`is_reserved`) or like one of `taken`
    /// (keys of other members' handles) without being it.
    pub fn is_confusable_with<'a>(&self, taken: impl IntoIterator<Item = &'a str>) -> bool {
        let key = self.key();
        let looks = self.looks_like();
        RESERVED_HANDLES.iter().copied().chain(taken).any(|other| {
            other != key
                && skeleton_of(&other.replace(['_', '.'], "-")) == looks.replace(['_', '.'], "-")
        })
    }
}

/// A UTS #39 skeleton.
fn skeleton_of(text: &str) -> String {
    unicode_security::confusable_detection::skeleton(text).collect()
}

/// What a member may do beyond reading and writing as a member. Roles add up: a facilitator
/// can also be an editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// A full member: the base every account has.
    Member,
    /// A co-manager of the wiki: reviews edits, manages templates and labels.
    Editor,
    /// Runs calls, welcomes people, moderates discussion.
    Facilitator,
    /// Receives conduct reports in confidence.
    ResponseTeam,
    /// Runs the hub: members, roles, settings.
    Admin,
}

impl Role {
    /// Every role, lowest first.
    pub const ALL: [Role; 5] = [
        Role::Member,
        Role::Editor,
        Role::Facilitator,
        Role::ResponseTeam,
        Role::Admin,
    ];

    /// The stable name used in the database, the CLI and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Editor => "editor",
            Role::Facilitator => "facilitator",
            Role::ResponseTeam => "response_team",
            Role::Admin => "admin",
        }
    }

    /// Parses a role name (`response-team` is accepted for `response_team`).
    pub fn parse(name: &str) -> Result<Role, DomainError> {
        match name.trim().to_lowercase().replace('-', "_").as_str() {
            "member" => Ok(Role::Member),
            "editor" | "co_manager" => Ok(Role::Editor),
            "facilitator" => Ok(Role::Facilitator),
            "response_team" => Ok(Role::ResponseTeam),
            "admin" => Ok(Role::Admin),
            _ => Err(DomainError::Invalid {
                field: "role",
                reason: "use member, editor, facilitator, response_team or admin",
                key: "unknown-role",
            }),
        }
    }
}

/// Where an account stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountStatus {
    /// A full member.
    Active,
    /// Joined, but waiting for a second vouch or an admin's approval.
    Pending,
    /// Suspended by an admin, with a recorded reason; cannot sign in.
    Suspended,
}

impl AccountStatus {
    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            AccountStatus::Active => "active",
            AccountStatus::Pending => "pending",
            AccountStatus::Suspended => "suspended",
        }
    }

    /// Parses a stored name.
    pub fn parse(name: &str) -> Result<AccountStatus, DomainError> {
        match name {
            "active" => Ok(AccountStatus::Active),
            "pending" => Ok(AccountStatus::Pending),
            "suspended" => Ok(AccountStatus::Suspended),
            _ => Err(DomainError::Invalid {
                field: "account status",
                reason: "unknown status",
                key: "unknown-status",
            }),
        }
    }
}

/// The password rules of NIST SP 800-63B-4: length, not composition.
pub mod password_rules {
    use super::*;

    /// Shortest password when it is the only factor.
    pub const MIN_CHARS_SINGLE_FACTOR: usize = 15;
    /// Shortest password when a second factor is enrolled.
    pub const MIN_CHARS_WITH_SECOND_FACTOR: usize = 8;
    /// Longest password in bytes: long enough for any passphrase, short enough that hashing
    /// an attacker's megabyte is not a denial of service.
    pub const MAX_BYTES: usize = 4096;

    /// The 10,000 most common passwords (see `data/README.md`), lower-cased.
    fn is_common(lowercase: &str) -> bool {
        static COMMON: std::sync::OnceLock<std::collections::HashSet<String>> =
            std::sync::OnceLock::new();
        COMMON
            .get_or_init(|| {
                include_str!("../data/common-passwords.txt")
                    .lines()
                    .map(str::to_lowercase)
                    .collect()
            })
            .contains(lowercase)
    }

    /// Checks a new password. `context` holds words the password must not be (the handle).
    pub fn check(
        password: &str,
        has_second_factor: bool,
        context: &[&str],
    ) -> Result<(), DomainError> {
        let normalised: String = password.nfkc().collect();
        let minimum = if has_second_factor {
            MIN_CHARS_WITH_SECOND_FACTOR
        } else {
            MIN_CHARS_SINGLE_FACTOR
        };
        if normalised.len() > MAX_BYTES {
            return Err(DomainError::TooLong {
                field: "password",
                max: MAX_BYTES,
            });
        }
        if normalised.chars().count() < minimum {
            return Err(if has_second_factor {
                DomainError::Invalid {
                    field: "password",
                    reason: "use at least 8 characters",
                    key: "password-short-with-second-factor",
                }
            } else {
                DomainError::Invalid {
                    field: "password",
                    reason: "use at least 15 characters; a few ordinary words make a good one",
                    key: "password-short",
                }
            });
        }
        let lower = normalised.to_lowercase();
        if context
            .iter()
            .any(|word| !word.is_empty() && lower == word.to_lowercase())
        {
            return Err(DomainError::Invalid {
                field: "password",
                reason: "do not use your handle as your password",
                key: "password-is-handle",
            });
        }
        if is_common(&lower) {
            return Err(DomainError::Invalid {
                field: "password",
                reason: "that password is among the most common ones; attackers try those first",
                key: "password-common",
            });
        }
        let distinct: std::collections::HashSet<char> = normalised.chars().collect();
        // A short unit repeated ("passwordpassword", "abcabcabcabcabc") is as weak as the unit,
        // and so is a common password with only digits or symbols around it.
        let chars: Vec<char> = lower.chars().collect();
        // The unit repeated must itself be long enough to be a password.
        let periodic = (1..minimum.min(chars.len() / 2 + 1)).any(|unit| {
            chars.len().is_multiple_of(unit) && chars.chunks(unit).all(|c| c == &chars[..unit])
        });
        let letters: String = lower.chars().filter(|c| c.is_alphabetic()).collect();
        let common_core =
            !letters.is_empty() && letters.chars().count() < 15 && is_common(&letters);
        if distinct.len() < 3
            || periodic
            || common_core
            || !hard_to_guess(&normalised, context, has_second_factor)
        {
            return Err(DomainError::Invalid {
                field: "password",
                reason: "that password is too easy to guess",
                key: "password-guessable",
            });
        }
        Ok(())
    }

    /// The characters an estimate looks at: beyond them a password only gets harder, and the
    /// estimator's work grows quickly with length.
    const ESTIMATED_CHARS: usize = 64;

    /// Whether zxcvbn (dictionaries, keyboard patterns, dates, repeats, l33t) puts the
    /// password beyond 10^8 guesses (its score 3 of 4), or 10^6 (score 2) when a second
    /// factor guards the account online: with Argon2id at ~0.1 s a guess per core, 10^8 is
    /// years for a stolen hash. The handle counts as a known word.
    fn hard_to_guess(password: &str, context: &[&str], has_second_factor: bool) -> bool {
        let estimated: String = password.chars().take(ESTIMATED_CHARS).collect();
        let floor = if has_second_factor { 2 } else { 3 };
        u8::from(zxcvbn::zxcvbn(&estimated, context).score()) >= floor
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_and_dressed_up_common_passwords_are_refused() {
        // Issue 27: "passwordpassword" was accepted.
        for weak in [
            "passwordpassword",
            "abcabcabcabcabcabc",
            "password!!!!!!!!1234",
            "2024dragon2024dragon",
            // Caught by the estimator: keyboard walks, dictionary words with years and l33t.
            "qwertyuiopasdfgh",
            "P@ssw0rd19871987",
            "iloveyou12345678",
        ] {
            assert!(password_rules::check(weak, false, &[]).is_err(), "{weak}");
        }
        assert!(password_rules::check("a long and quiet river", false, &[]).is_ok());
        assert!(password_rules::check("correct horse battery staple", false, &[]).is_ok());
    }

    #[test]
    fn handles_that_look_like_others_are_found() {
        let taken = ["maria", "pepe", "ali"];
        // All in Cyrillic, digit for letter, rn for m (mixed alphabets are refused anyway).
        for lookalike in [
            "\u{0440}\u{0435}\u{0440}\u{0435}",
            "a1i",
            "rnaria",
            "\u{0430}1\u{0456}",
        ] {
            let handle = Handle::new(lookalike).unwrap();
            assert!(handle.is_confusable_with(taken), "{lookalike}");
        }
        // A reserved name in another alphabet: Cyrillic "help".
        assert!(
            Handle::new("\u{04bb}\u{0435}\u{04cf}\u{0440}")
                .unwrap()
                .is_confusable_with([])
        );
        for distinct in ["mario", "pepa", "alia", "maria"] {
            assert!(
                !Handle::new(distinct).unwrap().is_confusable_with(taken),
                "{distinct}"
            );
        }
    }

    #[test]
    fn handles_that_read_as_staff_are_reserved() {
        for reserved in ["admin", "Admin", "security", "response_team", "Root"] {
            assert!(Handle::new(reserved).unwrap().is_reserved(), "{reserved}");
        }
        assert!(!Handle::new("ana").unwrap().is_reserved());
        assert!(!Handle::new("adminah").unwrap().is_reserved());
    }

    #[test]
    fn handles_in_many_scripts_are_welcome() {
        for good in [
            "ana",
            "Ana_B",
            "k.ivanova",
            "мария",
            "مريم",
            "דנה",
            "李华",
            "ana-2",
            "x9",
        ] {
            assert!(Handle::new(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn malformed_or_mixed_script_handles_are_refused() {
        for bad in [
            "",
            "a",
            "ana smith",
            "ana__b",
            ".ana",
            "ana.",
            "ana\u{202e}",
            "ana\u{200b}b",
            "p\u{0430}ypal",
            "<script>",
            &"a".repeat(33),
        ] {
            assert!(Handle::new(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn handles_compare_without_case_or_width() {
        assert_eq!(
            Handle::new("ANA").unwrap().key(),
            Handle::new("ana").unwrap().key()
        );
        // Full-width letters normalise to ASCII.
        assert_eq!(Handle::new("ａｎａ").unwrap().as_str(), "ana");
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert_eq!(Role::parse("response-team"), Ok(Role::ResponseTeam));
        assert!(Role::parse("root").is_err());
    }

    #[test]
    fn every_one_of_the_10000_most_common_passwords_is_refused() {
        // SECURITY-PLAN T14, with the lenient length of a member who has a second factor.
        let list = include_str!("../data/common-passwords.txt");
        let mut count = 0;
        for common in list.lines() {
            count += 1;
            assert!(
                password_rules::check(common, true, &[]).is_err(),
                "{common:?} was accepted"
            );
            assert!(
                password_rules::check(&common.to_uppercase(), true, &[]).is_err(),
                "{common:?} in capitals"
            );
        }
        assert_eq!(count, 10_000);
        assert!(password_rules::check("quiet river at dawn", true, &[]).is_ok());
    }

    #[test]
    fn password_lengths_follow_nist_800_63b_4() {
        use password_rules::check;
        assert!(check("fourteen chars", false, &[]).is_err());
        assert!(check("fifteen chars!!", false, &[]).is_ok());
        assert!(check("8 chars!", true, &[]).is_ok());
        assert!(check("7 chars", true, &[]).is_err());
        assert!(check(&"long passphrase ".repeat(4), false, &[]).is_ok());
        // The longest accepted, 1,002 characters (no longer "abc" repeated: issue 27 refuses
        // a repeated unit shorter than a password).
        let long: String = (0..334).map(|n| format!("{:03}", n * 7 % 1000)).collect();
        assert_eq!(long.chars().count(), 1002);
        assert!(check(&long, false, &[]).is_ok());
        assert!(check(&"a".repeat(5000), false, &[]).is_err());
        // No composition rules: lowercase words only are fine.
        assert!(check("correct horse battery staple", false, &[]).is_ok());
        assert!(check("aaaaaaaaaaaaaaaaaaaa", false, &[]).is_err());
        assert!(check("ana-the-trainer-1", true, &["ana-the-trainer-1"]).is_err());
    }
}
