//! The key that seals secrets the server must read back (TOTP seeds), kept outside the
//! database: a database dump, a PostgreSQL replica or a stolen copy of the database alone
//! reveals none of them (issue 27, finding 6).

use std::path::Path;

use braid_crypt::{SEALED_PREFIX, SealingKey, TotpSecret};
use braid_domain::ids::UserId;

use crate::{App, AppError};

/// The key's file in the data directory, created owner-only at first start.
pub const KEY_FILE: &str = "secrets.key";
/// The instance setting that proves a key is the one the database's secrets were sealed with.
const KEY_CHECK_SETTING: &str = "sealing_key_check";
const KEY_CHECK_PURPOSE: &str = "key check";
const KEY_CHECK_TEXT: &[u8] = b"braid";

/// The key given by the environment (its text form), or else the one in `data_dir`, made and
/// written there (mode 600) when there is none, with whether it was made now. Several nodes
/// over one PostgreSQL need the same key: copy the file, or give it to each by the environment.
pub fn load_or_create_key(
    data_dir: &Path,
    given: Option<&str>,
) -> Result<(SealingKey, bool), AppError> {
    if let Some(text) = given.filter(|t| !t.trim().is_empty()) {
        let key = SealingKey::from_text(text).ok_or_else(|| {
            AppError::BadInput(
                "the secrets key given by the environment is not 52 characters of base32".into(),
            )
        })?;
        return Ok((key, false));
    }
    let path = data_dir.join(KEY_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => SealingKey::from_text(&text)
            .map(|key| (key, false))
            .ok_or_else(|| {
                AppError::BadInput(format!("{} does not hold a secrets key", path.display()))
            }),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let key = SealingKey::generate();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&path)?;
            std::io::Write::write_all(&mut file, key.to_text().as_bytes())?;
            file.sync_all()?;
            Ok((key, true))
        }
        Err(error) => Err(error.into()),
    }
}

impl App {
    /// Uses `key` to seal and open secrets. The first key a database meets is remembered (as
    /// a value sealed under it); another key is refused, rather than leaving members unable
    /// to sign in. Seals any secret stored before sealing existed.
    pub async fn with_sealing_key(mut self, key: SealingKey) -> Result<App, AppError> {
        match self.store().setting(KEY_CHECK_SETTING).await? {
            Some(check) => {
                if key.open(&check, KEY_CHECK_PURPOSE).is_err() {
                    return Err(AppError::BadInput(format!(
                        "this secrets key ({KEY_FILE} in the data directory, or \
                         BRAID_SECRETS_KEY) is not the one the database's secrets were sealed \
                         with; every node needs the same key: copy {KEY_FILE} from another \
                         node's data directory"
                    )));
                }
            }
            None => {
                let check = key.seal(KEY_CHECK_TEXT, KEY_CHECK_PURPOSE);
                let entry = crate::accounts::audit(
                    None,
                    &braid_domain::policy::Actor::System,
                    "sealing_key_recorded",
                    crate::accounts::details(&[]),
                );
                self.store()
                    .set_setting(KEY_CHECK_SETTING, &check, &entry, self.now())
                    .await?;
            }
        }
        self.sealing = std::sync::Arc::new(key);
        for (user, plain) in self.store().unsealed_totp_secrets(SEALED_PREFIX).await? {
            let sealed = self.seal_totp_secret(user, &plain);
            self.store()
                .reseal_totp_secret(user, &plain, &sealed, self.now())
                .await?;
        }
        Ok(self)
    }

    /// A member's TOTP secret (base32) as stored: sealed to them.
    pub(crate) fn seal_totp_secret(&self, user: UserId, secret: &str) -> String {
        self.sealing
            .seal(secret.as_bytes(), &format!("totp:{}", user.0))
    }

    /// A member's TOTP secret from what is stored.
    pub(crate) fn open_totp_secret(
        &self,
        user: UserId,
        stored: &str,
    ) -> Result<TotpSecret, AppError> {
        let opened = self
            .sealing
            .open(stored, &format!("totp:{}", user.0))
            .map_err(|error| {
                AppError::Internal(format!("TOTP secret of member {}: {error}", user.0))
            })?;
        std::str::from_utf8(&opened)
            .ok()
            .and_then(TotpSecret::from_base32)
            .ok_or_else(|| AppError::Internal("stored TOTP secret unreadable".into()))
    }
}
