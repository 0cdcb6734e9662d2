//! Configuration: defaults in code, then a TOML file, then `BRAID_*` environment variables,
//! then command-line flags. Unknown keys and wrong types are errors that name the key and
//! where it came from; the commented example file is generated from this code.

use std::path::{Path, PathBuf};

use braid_app::PasswordParams;
use serde::{Deserialize, Serialize};
use toml::{Table, Value};

/// Every setting, with its default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Shown in the header of every page.
    pub community_name: String,
    /// Where the database (on SQLite), attachments and the search index live.
    pub data_dir: String,
    /// The address and port the web server listens on.
    pub listen: String,
    /// Empty for SQLite in the data directory, or a postgres:// URL.
    pub database_url: String,
    /// The address readers use.
    pub public_url: String,
    /// The interface language when a reader asks for none we have.
    pub default_language: String,
    /// Database connection pool.
    pub database: DatabaseConfig,
    /// HTTP limits.
    pub http: HttpConfig,
    /// Background jobs.
    pub jobs: JobsConfig,
    /// Accounts and sign-in.
    pub accounts: AccountsConfig,
    /// The wiki.
    pub wiki: WikiConfig,
    /// Mail.
    pub mail: MailConfig,
}

/// `[mail]`
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MailConfig {
    /// The hub's mail domain; empty: no mail.
    pub domain: String,
    /// Where outgoing mail is handed over.
    pub smtp_url: String,
    /// Where the local MTA hands incoming mail over (LMTP); empty: no mail in.
    pub lmtp_listen: String,
}

/// `[wiki]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WikiConfig {
    /// Largest attachment, MiB; 0 turns attachments off.
    pub max_attachment_mib: u64,
}

impl Default for WikiConfig {
    fn default() -> Self {
        WikiConfig {
            max_attachment_mib: 10,
        }
    }
}

/// `[accounts]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AccountsConfig {
    /// Argon2id memory, KiB.
    pub password_memory_kib: u32,
    /// Argon2id passes.
    pub password_iterations: u32,
    /// Argon2id lanes.
    pub password_parallelism: u32,
    /// Password hashes computed at once.
    pub hashing_concurrency: u32,
    /// Minutes of inactivity that end a session.
    pub session_idle_minutes: u64,
    /// Hours after sign-in that end a session.
    pub session_absolute_hours: u64,
    /// Days an invitation link works.
    pub invitation_days: u64,
    /// Unused invitations a member may have at once.
    pub max_open_invitations: u32,
    /// Whether newcomers wait for an admin's approval.
    pub require_approval: bool,
    /// Vouches a newcomer needs: 1 (the invitation) or 2.
    pub vouches_required: u32,
}

impl Default for AccountsConfig {
    fn default() -> Self {
        AccountsConfig {
            password_memory_kib: PasswordParams::default().memory_kib,
            password_iterations: PasswordParams::default().iterations,
            password_parallelism: PasswordParams::default().parallelism,
            hashing_concurrency: 2,
            session_idle_minutes: 30,
            session_absolute_hours: 12,
            invitation_days: 7,
            max_open_invitations: 5,
            require_approval: false,
            vouches_required: 1,
        }
    }
}

/// `[database]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseConfig {
    /// Most connections open at once.
    pub max_connections: u32,
    /// Seconds to wait for the database before giving up.
    pub connect_timeout_secs: u64,
}

/// `[http]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpConfig {
    /// Seconds a request may take before it is answered with 503.
    pub request_timeout_secs: u64,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: u64,
    /// Seconds a client may take to send a request's headers (and to start the next one).
    pub header_read_timeout_secs: u64,
    /// Most connections served at once; more wait to be accepted.
    pub max_connections: u64,
    /// Reverse proxies whose `X-Forwarded-For` header names the client.
    pub trusted_proxies: Vec<String>,
}

/// `[jobs]`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct JobsConfig {
    /// Worker loops on this node.
    pub workers: u32,
    /// Milliseconds an idle worker waits before looking for due jobs again.
    pub poll_interval_ms: u64,
    /// Seconds a job may run before it is stopped and retried.
    pub lease_secs: u64,
    /// Attempts before a job is marked failed.
    pub max_attempts: u32,
    /// Seconds before the first retry; each later retry waits twice as long.
    pub retry_base_secs: u64,
    /// Longest wait between retries, in seconds.
    pub retry_max_secs: u64,
    /// Days to keep succeeded jobs before deleting them.
    pub keep_succeeded_days: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            community_name: "Braid".to_owned(),
            data_dir: "braid-data".to_owned(),
            listen: "127.0.0.1:8080".to_owned(),
            database_url: String::new(),
            public_url: String::new(),
            default_language: "en".to_owned(),
            database: DatabaseConfig::default(),
            http: HttpConfig::default(),
            jobs: JobsConfig::default(),
            accounts: AccountsConfig::default(),
            wiki: WikiConfig::default(),
            mail: MailConfig::default(),
        }
    }
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        DatabaseConfig {
            max_connections: 8,
            connect_timeout_secs: 10,
        }
    }
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            request_timeout_secs: 30,
            max_body_bytes: 2 * 1024 * 1024,
            header_read_timeout_secs: 10,
            max_connections: 1024,
            trusted_proxies: Vec::new(),
        }
    }
}

impl Default for JobsConfig {
    fn default() -> Self {
        JobsConfig {
            workers: 2,
            poll_interval_ms: 1000,
            lease_secs: 300,
            max_attempts: 8,
            retry_base_secs: 5,
            retry_max_secs: 3600,
            keep_succeeded_days: 7,
        }
    }
}

/// The comment above each key in the example file. A test checks that every key has one.
const DOCS: &[(&str, &str)] = &[
    (
        "community_name",
        "Name of the community, shown in the header of every page.",
    ),
    (
        "data_dir",
        "Directory for the SQLite database, attachments, search index and lock file.\nCreated with owner-only permissions. Flag: --data-dir.",
    ),
    (
        "listen",
        "Address and port to listen on. Port 0 picks a free port; the URL is printed as the\nfirst line on standard output. Flag: --listen.",
    ),
    (
        "database_url",
        "Empty: SQLite in data_dir (the embedded default).\npostgres://user:password@host:5432/braid: PostgreSQL, for several nodes sharing one database.",
    ),
    (
        "public_url",
        "The address readers use, e.g. https://hub.example.org or http://xyz.onion.\nEmpty: http://<listen>. https:// turns on HSTS; https and .onion get Secure cookies.",
    ),
    (
        "default_language",
        "Interface language for readers whose browser asks for none Braid has (en, es, fr, pt, ru, ar, fa).",
    ),
    ("database", "Database connection pool."),
    ("database.max_connections", "Most connections open at once."),
    (
        "database.connect_timeout_secs",
        "Seconds to wait for the database before giving up.",
    ),
    ("http", "HTTP limits."),
    (
        "http.request_timeout_secs",
        "Seconds a request may take before it is answered with 503.",
    ),
    (
        "http.max_body_bytes",
        "Largest request body accepted, in bytes; larger ones get 413.",
    ),
    (
        "http.header_read_timeout_secs",
        "Seconds a client may take to send a request's headers, or to start its next request\n\
         on a kept-open connection; slower connections are closed.",
    ),
    (
        "http.max_connections",
        "Most connections served at once; further ones wait to be accepted. It bounds what\n\
         clients that hold connections open can take, which matters most for an onion service.",
    ),
    (
        "http.trusted_proxies",
        "Addresses of reverse proxies in front of Braid, e.g. [\"127.0.0.1\"]: only from these is\n\
         X-Forwarded-For believed. Client addresses are used in memory for sign-in limits, never stored.\n\
         Leave empty for an onion service: loopback peers then count as many readers, not one.",
    ),
    (
        "jobs",
        "Background jobs (mail, digests, reminders, housekeeping) run from a durable queue.",
    ),
    ("jobs.workers", "Worker loops on this node."),
    (
        "jobs.poll_interval_ms",
        "Milliseconds an idle worker waits before looking for due jobs again.",
    ),
    (
        "jobs.lease_secs",
        "Seconds a job may run before it is stopped and retried.",
    ),
    (
        "jobs.max_attempts",
        "Attempts before a job is marked failed and kept for an operator to see.",
    ),
    (
        "jobs.retry_base_secs",
        "Seconds before the first retry; each later retry waits twice as long.",
    ),
    (
        "jobs.retry_max_secs",
        "Longest wait between two attempts, in seconds.",
    ),
    (
        "jobs.keep_succeeded_days",
        "Days to keep succeeded jobs before housekeeping deletes them.",
    ),
    ("accounts", "Accounts, sign-in and sessions."),
    (
        "accounts.password_memory_kib",
        "Argon2id memory per password hash, in KiB (at least 19456 = 19 MiB, OWASP's floor).",
    ),
    (
        "accounts.password_iterations",
        "Argon2id passes over that memory (at least 2).",
    ),
    ("accounts.password_parallelism", "Argon2id lanes."),
    (
        "accounts.hashing_concurrency",
        "Password hashes computed at once; bounds memory under a burst of sign-ins.",
    ),
    (
        "accounts.session_idle_minutes",
        "Minutes without a request after which a session ends.",
    ),
    (
        "accounts.session_absolute_hours",
        "Hours after sign-in after which a session ends, used or not.",
    ),
    ("accounts.invitation_days", "Days an invitation link works."),
    (
        "accounts.max_open_invitations",
        "Unused invitations a member (not an admin) may have at once.",
    ),
    (
        "accounts.require_approval",
        "Whether newcomers wait for an admin's approval after joining.",
    ),
    (
        "accounts.vouches_required",
        "Vouches a newcomer needs to become a full member: 1 (the invitation itself) or 2 (another\n\
                  member vouches too; until then they can only manage their own account).",
    ),
    ("wiki", "The wiki."),
    (
        "wiki.max_attachment_mib",
        "Largest file attached to a page, in MiB; 0 turns attachments off. Files are kept in\n\
         <data_dir>/attachments and included in backups.",
    ),
    (
        "mail",
        "Mail: discussion posts to the members who follow a category by mail.",
    ),
    (
        "mail.domain",
        "The hub's mail domain, e.g. lists.example.org: a category's address is <slug>@<domain>.\n\
         Empty: no mail is sent, and the discussion is on the web only.",
    ),
    (
        "mail.lmtp_listen",
        "Address and port of the LMTP listener the local MTA hands the domain's mail to (replies\n\
         and new threads by mail), e.g. 127.0.0.1:2424. Empty: no mail comes in.",
    ),
    (
        "mail.smtp_url",
        "Where outgoing mail is handed over: smtp://127.0.0.1:25 (plain, to a local MTA),\n\
         smtp://user:password@smarthost:587?tls=required (STARTTLS) or smtps://user:password@smarthost:465.",
    ),
];

/// Environment variables that start with `BRAID_` but are not settings.
const NOT_SETTINGS: &[&str] = &["BRAID_CONFIG", "BRAID_LOG", "BRAID_SECRETS_KEY"];

/// Why the configuration could not be loaded. The message is one line that names the key.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(pub String);

/// Values given on the command line, which win over everything else.
#[derive(Debug, Default, Clone)]
pub struct FlagOverrides {
    /// `--data-dir`
    pub data_dir: Option<PathBuf>,
    /// `--listen`
    pub listen: Option<String>,
}

/// The file to read: `--config`, else `$BRAID_CONFIG`, else `braid.toml` when it exists.
pub fn config_path(
    flag: Option<&Path>,
    environment: &[(String, String)],
) -> Option<(PathBuf, bool)> {
    if let Some(path) = flag {
        return Some((path.to_owned(), true));
    }
    if let Some((_, path)) = environment.iter().find(|(key, _)| key == "BRAID_CONFIG") {
        return Some((PathBuf::from(path), true));
    }
    let default = PathBuf::from("braid.toml");
    default.exists().then_some((default, false))
}

/// Loads the configuration from the file at `path` (if any), the environment and the flags.
pub fn load(
    path: Option<&Path>,
    environment: &[(String, String)],
    flags: &FlagOverrides,
) -> Result<Config, ConfigError> {
    let shape = default_table()?;
    let mut table = Table::new();
    if let Some(path) = path {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError(format!("cannot read config file {}: {e}", path.display())))?;
        let source = format!("config file {}", path.display());
        let parsed: Table = text.parse().map_err(|e: toml::de::Error| {
            let line = e
                .span()
                .map(|span| text[..span.start].lines().count().max(1));
            let message = e.message().replace('\n', " ");
            match line {
                Some(line) => ConfigError(format!("{source}, line {line}: {message}")),
                None => ConfigError(format!("{source}: {message}")),
            }
        })?;
        check_against(&parsed, &shape, "", &source)?;
        table = parsed;
    }
    for (name, value) in environment {
        let Some(rest) = name.strip_prefix("BRAID_") else {
            continue;
        };
        if NOT_SETTINGS.contains(&name.as_str()) || rest.starts_with("TEST_") {
            continue;
        }
        let path: Vec<String> = rest.to_lowercase().split("__").map(str::to_owned).collect();
        let expected = lookup(&shape, &path).ok_or_else(|| {
            ConfigError(format!(
                "unknown environment variable {name}: there is no setting {:?} (see `braid config example`)",
                path.join(".")
            ))
        })?;
        let parsed = parse_env_value(name, value, expected)?;
        insert(&mut table, &path, parsed);
    }
    if let Some(data_dir) = &flags.data_dir {
        let text = data_dir.to_str().ok_or_else(|| {
            ConfigError(format!(
                "--data-dir {} is not valid UTF-8",
                data_dir.display()
            ))
        })?;
        table.insert("data_dir".to_owned(), Value::String(text.to_owned()));
    }
    if let Some(listen) = &flags.listen {
        table.insert("listen".to_owned(), Value::String(listen.clone()));
    }
    let config: Config = Value::Table(table)
        .try_into()
        .map_err(|e: toml::de::Error| {
            ConfigError(format!(
                "invalid configuration: {}",
                e.message().replace('\n', " ")
            ))
        })?;
    config.validate()?;
    Ok(config)
}

impl Config {
    /// The address members use: `public_url`, or `http://<address>` when it is empty.
    pub fn public_url_for(&self, address: impl std::fmt::Display) -> String {
        if self.public_url.trim().is_empty() {
            format!("http://{address}")
        } else {
            self.public_url.trim().trim_end_matches('/').to_owned()
        }
    }

    fn validate(&self) -> Result<(), ConfigError> {
        if self.listen.parse::<std::net::SocketAddr>().is_err() {
            return Err(ConfigError(format!(
                "listen must be an address and port such as 127.0.0.1:8080, not {:?}",
                self.listen
            )));
        }
        if self.data_dir.trim().is_empty() {
            return Err(ConfigError("data_dir must not be empty".to_owned()));
        }
        let url = self.database_url.trim();
        if !url.is_empty() && !url.starts_with("postgres://") && !url.starts_with("postgresql://") {
            // The URL itself is not repeated: it may hold a password.
            return Err(ConfigError(
                "database_url must be empty (SQLite in data_dir) or a postgres:// URL".to_owned(),
            ));
        }
        if !self.mail.domain.trim().is_empty() && self.mail.smtp_url.trim().is_empty() {
            return Err(ConfigError(
                "mail.smtp_url must be set when mail.domain is (where should mail go?)".to_owned(),
            ));
        }
        let public = self.public_url.trim();
        if !public.is_empty() && !public.starts_with("http://") && !public.starts_with("https://") {
            return Err(ConfigError(format!(
                "public_url must start with http:// or https://, not {public:?}"
            )));
        }
        let positive = [
            (
                "database.max_connections",
                u64::from(self.database.max_connections),
            ),
            (
                "database.connect_timeout_secs",
                self.database.connect_timeout_secs,
            ),
            ("http.request_timeout_secs", self.http.request_timeout_secs),
            ("http.max_body_bytes", self.http.max_body_bytes),
            (
                "http.header_read_timeout_secs",
                self.http.header_read_timeout_secs,
            ),
            ("http.max_connections", self.http.max_connections),
            ("jobs.workers", u64::from(self.jobs.workers)),
            ("jobs.poll_interval_ms", self.jobs.poll_interval_ms),
            ("jobs.lease_secs", self.jobs.lease_secs),
            ("jobs.max_attempts", u64::from(self.jobs.max_attempts)),
            (
                "accounts.password_memory_kib",
                u64::from(self.accounts.password_memory_kib),
            ),
            (
                "accounts.password_iterations",
                u64::from(self.accounts.password_iterations),
            ),
            (
                "accounts.password_parallelism",
                u64::from(self.accounts.password_parallelism),
            ),
            (
                "accounts.hashing_concurrency",
                u64::from(self.accounts.hashing_concurrency),
            ),
            (
                "accounts.session_idle_minutes",
                self.accounts.session_idle_minutes,
            ),
            (
                "accounts.session_absolute_hours",
                self.accounts.session_absolute_hours,
            ),
            ("accounts.invitation_days", self.accounts.invitation_days),
        ];
        if !(1..=2).contains(&self.accounts.vouches_required) {
            return Err(ConfigError(
                "accounts.vouches_required must be 1 or 2".to_owned(),
            ));
        }
        if let Some(bad) = self
            .http
            .trusted_proxies
            .iter()
            .find(|a| a.parse::<std::net::IpAddr>().is_err())
        {
            return Err(ConfigError(format!(
                "http.trusted_proxies: {bad:?} is not an IP address"
            )));
        }
        if let Some((key, _)) = positive.iter().find(|(_, value)| *value == 0) {
            return Err(ConfigError(format!("{key} must be at least 1")));
        }
        Ok(())
    }
}

fn default_table() -> Result<Table, ConfigError> {
    Table::try_from(Config::default())
        .map_err(|e| ConfigError(format!("default configuration: {e}")))
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "a string",
        Value::Integer(_) => "a whole number",
        Value::Float(_) => "a number",
        Value::Boolean(_) => "true or false",
        Value::Datetime(_) => "a date",
        Value::Array(_) => "a list",
        Value::Table(_) => "a table",
    }
}

/// Checks every key of `given` exists in `shape` with the same type.
fn check_against(
    given: &Table,
    shape: &Table,
    prefix: &str,
    source: &str,
) -> Result<(), ConfigError> {
    for (key, value) in given {
        let dotted = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let Some(expected) = shape.get(key) else {
            return Err(ConfigError(format!(
                "unknown key {dotted:?} in {source} (see `braid config example` for every setting)"
            )));
        };
        match (value, expected) {
            (Value::Table(given), Value::Table(shape)) => {
                check_against(given, shape, &dotted, source)?
            }
            (Value::Integer(n), Value::Integer(_)) if *n < 0 => {
                return Err(ConfigError(format!(
                    "{dotted:?} in {source} must not be negative"
                )));
            }
            (given, expected)
                if std::mem::discriminant(given) == std::mem::discriminant(expected) => {}
            (given, expected) => {
                return Err(ConfigError(format!(
                    "{dotted:?} in {source} must be {}, not {}",
                    type_name(expected),
                    type_name(given)
                )));
            }
        }
    }
    Ok(())
}

fn lookup<'a>(shape: &'a Table, path: &[String]) -> Option<&'a Value> {
    let (first, rest) = path.split_first()?;
    let value = shape.get(first)?;
    match (value, rest.is_empty()) {
        (Value::Table(_), true) => None,
        (value, true) => Some(value),
        (Value::Table(inner), false) => lookup(inner, rest),
        (_, false) => None,
    }
}

fn parse_env_value(name: &str, text: &str, expected: &Value) -> Result<Value, ConfigError> {
    match expected {
        Value::String(_) => Ok(Value::String(text.to_owned())),
        Value::Integer(_) => text
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .map(Value::Integer)
            .ok_or_else(|| ConfigError(format!("{name} must be a whole number, not {text:?}"))),
        Value::Boolean(_) => match text.trim() {
            "true" | "1" | "yes" => Ok(Value::Boolean(true)),
            "false" | "0" | "no" => Ok(Value::Boolean(false)),
            _ => Err(ConfigError(format!(
                "{name} must be true or false, not {text:?}"
            ))),
        },
        other => Err(ConfigError(format!(
            "{name} cannot be set from the environment ({})",
            type_name(other)
        ))),
    }
}

fn insert(table: &mut Table, path: &[String], value: Value) {
    match path {
        [] => {}
        [last] => {
            table.insert(last.clone(), value);
        }
        [first, rest @ ..] => {
            let entry = table
                .entry(first.clone())
                .or_insert_with(|| Value::Table(Table::new()));
            if !entry.is_table() {
                *entry = Value::Table(Table::new());
            }
            if let Value::Table(inner) = entry {
                insert(inner, rest, value);
            }
        }
    }
}

/// The commented example configuration, with every key at its default.
pub fn example() -> Result<String, ConfigError> {
    let table = default_table()?;
    let mut out = String::from(
        "# Braid configuration. Every key is optional; the values shown are the defaults.\n\
         # Braid reads ./braid.toml, or the file given with --config or $BRAID_CONFIG.\n\
         # Environment variables override the file: BRAID_<KEY> for a top-level key, and\n\
         # BRAID_<TABLE>__<KEY> inside a table (BRAID_JOBS__WORKERS=4). Flags override both.\n\
         # Unknown keys are an error, so a typo never goes unnoticed.\n",
    );
    let documented = |key: &str| DOCS.iter().find(|(k, _)| *k == key).map(|(_, doc)| *doc);
    let comment = |out: &mut String, doc: &str| {
        for line in doc.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
    };
    let mut tables = Vec::new();
    for (key, value) in &table {
        if let Value::Table(inner) = value {
            tables.push((key, inner));
            continue;
        }
        out.push('\n');
        comment(
            &mut out,
            documented(key).ok_or_else(|| ConfigError(format!("{key} has no documentation")))?,
        );
        out.push_str(&format!("{key} = {value}\n"));
    }
    for (name, inner) in tables {
        out.push('\n');
        comment(
            &mut out,
            documented(name).ok_or_else(|| ConfigError(format!("{name} has no documentation")))?,
        );
        out.push_str(&format!("[{name}]\n"));
        for (key, value) in inner {
            let dotted = format!("{name}.{key}");
            comment(
                &mut out,
                documented(&dotted)
                    .ok_or_else(|| ConfigError(format!("{dotted} has no documentation")))?,
            );
            out.push_str(&format!("{key} = {value}\n"));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn load_text(text: &str, environment: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("braid.toml");
        std::fs::write(&path, text).unwrap();
        load(Some(&path), &env(environment), &FlagOverrides::default())
    }

    #[test]
    fn the_shipped_example_is_what_the_code_generates() {
        let shipped = include_str!("../../../braid.example.toml");
        assert_eq!(
            shipped,
            example().unwrap(),
            "run `braid config example > braid.example.toml`"
        );
    }

    #[test]
    fn the_example_parses_back_to_the_defaults() {
        assert_eq!(
            load_text(&example().unwrap(), &[]).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn every_documented_key_exists() {
        let shape = default_table().unwrap();
        for (key, _) in DOCS {
            let path: Vec<String> = key.split('.').map(str::to_owned).collect();
            let found =
                lookup(&shape, &path).is_some() || shape.get(*key).is_some_and(Value::is_table);
            assert!(found, "{key} is documented but not a setting");
        }
    }

    #[test]
    fn unknown_keys_are_named() {
        let error = load_text("comunity_name = \"x\"\n", &[])
            .unwrap_err()
            .to_string();
        assert!(error.contains("unknown key \"comunity_name\""), "{error}");
        let error = load_text("[jobs]\nworkrs = 2\n", &[])
            .unwrap_err()
            .to_string();
        assert!(error.contains("\"jobs.workrs\""), "{error}");
        assert!(!error.contains('\n'));
    }

    #[test]
    fn wrong_types_are_named() {
        let error = load_text("[jobs]\nworkers = \"many\"\n", &[])
            .unwrap_err()
            .to_string();
        assert_eq!(error.matches("jobs.workers").count(), 1, "{error}");
        assert!(
            error.contains("must be a whole number, not a string"),
            "{error}"
        );
        let error = load_text("listen = 8080\n", &[]).unwrap_err().to_string();
        assert!(
            error.contains("\"listen\"") && error.contains("must be a string"),
            "{error}"
        );
        let error = load_text("[http]\nmax_body_bytes = -5\n", &[])
            .unwrap_err()
            .to_string();
        assert!(error.contains("must not be negative"), "{error}");
    }

    #[test]
    fn syntax_errors_give_the_line() {
        let error = load_text("community_name = \"ok\"\nlisten = \n", &[])
            .unwrap_err()
            .to_string();
        assert!(error.contains("line 2"), "{error}");
        assert!(!error.contains('\n'));
    }

    #[test]
    fn environment_overrides_the_file_and_flags_override_both() {
        let config = load_text(
            "listen = \"127.0.0.1:1\"\ncommunity_name = \"File\"\n",
            &[
                ("BRAID_COMMUNITY_NAME", "Env"),
                ("BRAID_JOBS__WORKERS", "5"),
                ("BRAID_LISTEN", "127.0.0.1:2"),
            ],
        )
        .unwrap();
        assert_eq!(config.community_name, "Env");
        assert_eq!(config.jobs.workers, 5);
        assert_eq!(config.listen, "127.0.0.1:2");
        let flags = FlagOverrides {
            listen: Some("127.0.0.1:3".to_owned()),
            data_dir: Some("/srv/braid".into()),
        };
        let config = load(
            None,
            &env(&[
                ("BRAID_LISTEN", "127.0.0.1:2"),
                ("BRAID_DATA_DIR", "/tmp/x"),
            ]),
            &flags,
        )
        .unwrap();
        assert_eq!(
            (config.listen.as_str(), config.data_dir.as_str()),
            ("127.0.0.1:3", "/srv/braid")
        );
    }

    #[test]
    fn bad_environment_variables_are_named() {
        let error = load_text("", &[("BRAID_JOBS__WORKERS", "lots")])
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("BRAID_JOBS__WORKERS must be a whole number"),
            "{error}"
        );
        let error = load_text("", &[("BRAID_DATABSE_URL", "postgres://x")])
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("unknown environment variable BRAID_DATABSE_URL"),
            "{error}"
        );
        // Not settings: ignored.
        assert!(
            load_text(
                "",
                &[
                    ("BRAID_TEST_POSTGRES_URL", "x"),
                    ("BRAID_LOG", "debug"),
                    ("PATH", "/bin")
                ]
            )
            .is_ok()
        );
    }

    #[test]
    fn values_are_checked() {
        let error = load_text("listen = \"localhost\"\n", &[])
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("listen must be an address and port"),
            "{error}"
        );
        let error = load_text("database_url = \"mysql://root:hunter2@db/x\"\n", &[])
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("postgres://") && !error.contains("hunter2"),
            "{error}"
        );
        let error = load_text("[jobs]\nworkers = 0\n", &[])
            .unwrap_err()
            .to_string();
        assert!(error.contains("jobs.workers must be at least 1"), "{error}");
    }
}
