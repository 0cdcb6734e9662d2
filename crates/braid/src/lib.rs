//! The `braid` program: command-line parsing lives in `main.rs`; this library runs the
//! commands over the services in `braid-app` and the web layer in `braid-web`.
#![forbid(unsafe_code)]

mod admin;
mod allocator;
pub mod cli;
pub mod config;
mod serve;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use braid_app::backup::{self, create_backup, restore_backup};
use braid_app::{AccountSettings, App, DatabaseLocation, PoolSettings};

use crate::cli::{Cli, Command, CommonArgs, ConfigCommand};

pub(crate) use crate::cli::AdminCommand;
use crate::config::{Config, FlagOverrides};

/// Runs a parsed command line. Errors come back as one line for the operator.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => {
            let flags = FlagOverrides {
                data_dir: args.common.data_dir.clone(),
                listen: args.listen.clone(),
            };
            let config = load_config(&args.common, &flags)?;
            serve::serve(config, !args.no_demo).await
        }
        Command::Migrate(common) => {
            let config = load_config(&common, &flags_of(&common))?;
            init_logging();
            let data_dir = prepare_data_dir(&config)?;
            let location = database_location(&config, &data_dir)?;
            let settings = account_settings(&config, &config.public_url_for(&config.listen));
            let app = App::open(&location, pool_settings(&config), settings).await?;
            app.close().await;
            println!(
                "The {} is up to date (schema version {}).",
                location.describe(),
                braid_app::LATEST_SCHEMA_VERSION
            );
            Ok(())
        }
        Command::Config {
            command: ConfigCommand::Example,
        } => {
            print!("{}", config::example()?);
            Ok(())
        }
        Command::Reindex(common) => {
            let config = load_config(&common, &flags_of(&common))?;
            init_logging();
            let data_dir = prepare_data_dir(&config)?;
            let _lock = braid_app::backup::lock_data_dir(&data_dir)?;
            let location = database_location(&config, &data_dir)?;
            let settings = account_settings(&config, &config.public_url_for(&config.listen));
            let index = braid_app::search::SearchIndex::open(&data_dir.join("search"))
                .with_context(|| {
                    format!("cannot open the search index in {}", data_dir.display())
                })?;
            let app = App::open(&location, pool_settings(&config), settings)
                .await?
                .with_search(index);
            let started = std::time::Instant::now();
            let mut bar = ProgressBar::new();
            let pages = app
                .rebuild_search(&mut |done, total| bar.show(done, total))
                .await?;
            bar.finish();
            app.close().await;
            println!(
                "Indexed {pages} pages and their comments in {:.1} s.",
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Backup(args) => {
            let config = load_config(&args.common, &flags_of(&args.common))?;
            init_logging();
            let data_dir = PathBuf::from(&config.data_dir);
            if !data_dir.is_dir() {
                bail!("the data directory {} does not exist", data_dir.display());
            }
            if args.file.exists() {
                bail!(
                    "{} already exists; choose a new file name",
                    args.file.display()
                );
            }
            let location = database_location(&config, &data_dir)?;
            let app = App::connect(&location, pool_settings(&config)).await?;
            let manifest = create_backup(&app, &data_dir, &args.file).await;
            app.close().await;
            let manifest = manifest?;
            let bytes: u64 = manifest.files.iter().map(|f| f.size).sum();
            let size = std::fs::metadata(&args.file).map(|m| m.len()).unwrap_or(0);
            println!(
                "Backup written to {}: {} files, {} bytes of data ({} bytes compressed), schema version {}.",
                args.file.display(),
                manifest.files.len(),
                bytes,
                size,
                manifest.schema_version
            );
            Ok(())
        }
        Command::Admin { command } => admin::run(command).await,
        Command::Restore(args) => {
            let config = load_config(&args.common, &flags_of(&args.common))?;
            init_logging();
            if !config.database_url.trim().is_empty() {
                bail!(
                    "this hub's database is PostgreSQL (database_url is set); restore it with pg_restore, \
                     and restore only the data directory's files from a Braid backup"
                );
            }
            let data_dir = PathBuf::from(&config.data_dir);
            let report = restore_backup(&args.file, &data_dir, args.force).await?;
            println!(
                "Verified and restored {} ({} files, schema version {}) into {}.",
                args.file.display(),
                report.manifest.files.len(),
                report.manifest.schema_version,
                data_dir.display()
            );
            if let Some(aside) = report.previous_data_moved_to {
                println!(
                    "The directory's previous contents were moved to {}.",
                    aside.display()
                );
            }
            Ok(())
        }
    }
}

pub(crate) fn flags_of(common: &CommonArgs) -> FlagOverrides {
    FlagOverrides {
        data_dir: common.data_dir.clone(),
        listen: None,
    }
}

pub(crate) fn load_config(common: &CommonArgs, flags: &FlagOverrides) -> anyhow::Result<Config> {
    let environment: Vec<(String, String)> = std::env::vars().collect();
    let path = config::config_path(common.config.as_deref(), &environment);
    if let Some((path, explicit)) = &path {
        if *explicit && !path.exists() {
            bail!("config file {} does not exist", path.display());
        }
        warn_if_readable_by_others(path);
    }
    Ok(config::load(
        path.as_ref().map(|(p, _)| p.as_path()),
        &environment,
        flags,
    )?)
}

/// The configuration may hold the database password: say so when others can read it.
fn warn_if_readable_by_others(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(metadata) = std::fs::metadata(path)
            && metadata.permissions().mode() & 0o007 != 0
        {
            eprintln!(
                "warning: {} is readable by other users of this machine; it may hold the database \
                 password (chmod 600 {})",
                path.display(),
                path.display()
            );
        }
    }
}

/// Creates the data directory (owner-only) if needed. One that others may read or enter is
/// made owner-only, saying so: the database and the secrets key in it would otherwise be as
/// open as the directory (issue 27: a 755 directory left the database readable by all).
pub(crate) fn prepare_data_dir(config: &Config) -> anyhow::Result<PathBuf> {
    let data_dir = PathBuf::from(&config.data_dir);
    if !data_dir.exists() {
        std::fs::create_dir_all(&data_dir)
            .with_context(|| format!("cannot create the data directory {}", data_dir.display()))?;
        backup::set_private(&data_dir)?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&data_dir)?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            backup::set_private(&data_dir).with_context(|| {
                format!(
                    "the data directory {} is open to other users (mode {mode:o}) and could not \
                     be made owner-only: run chmod 700 on it",
                    data_dir.display()
                )
            })?;
            eprintln!(
                "warning: the data directory {} was open to other users (mode {mode:o}); it is now \
                 owner-only (700)",
                data_dir.display()
            );
        }
    }
    Ok(data_dir)
}

/// The file in the data directory where `braid serve` writes the address it serves at, so
/// that `braid admin invite` prints links to the running server, not to the default address.
pub(crate) const SERVING_AT_FILE: &str = "serving-at";

/// The address members open: `public_url` when set, else the address the server last said
/// it serves at, else the configured listening address.
pub(crate) fn members_address(config: &Config, data_dir: &std::path::Path) -> String {
    if !config.public_url.trim().is_empty() {
        return config.public_url_for("");
    }
    std::fs::read_to_string(data_dir.join(SERVING_AT_FILE))
        .ok()
        .map(|url| url.trim().trim_end_matches('/').to_owned())
        .filter(|url| url.starts_with("http://") || url.starts_with("https://"))
        .unwrap_or_else(|| config.public_url_for(&config.listen))
}

pub(crate) fn database_location(
    config: &Config,
    data_dir: &Path,
) -> anyhow::Result<DatabaseLocation> {
    Ok(DatabaseLocation::from_config(
        &config.database_url,
        data_dir,
    )?)
}

/// The account settings; `public_url` is the address members use (the passkeys' relying party).
pub(crate) fn account_settings(config: &Config, public_url: &str) -> AccountSettings {
    let accounts = &config.accounts;
    AccountSettings {
        public_url: public_url.to_owned(),
        community_name: config.community_name.clone(),
        password: braid_app::PasswordParams {
            memory_kib: accounts.password_memory_kib,
            iterations: accounts.password_iterations,
            parallelism: accounts.password_parallelism,
        },
        hashing_concurrency: accounts.hashing_concurrency as usize,
        session_idle: Duration::from_secs(accounts.session_idle_minutes.saturating_mul(60)),
        session_absolute: Duration::from_secs(accounts.session_absolute_hours.saturating_mul(3600)),
        invitation_lifetime: Duration::from_secs(accounts.invitation_days.saturating_mul(86_400)),
        max_open_invitations: accounts.max_open_invitations,
        require_approval: accounts.require_approval,
        vouches_required: accounts.vouches_required,
    }
}

pub(crate) fn pool_settings(config: &Config) -> PoolSettings {
    PoolSettings {
        max_connections: config.database.max_connections,
        connect_timeout: Duration::from_secs(config.database.connect_timeout_secs),
    }
}

/// Logs go to standard error (standard output is for results, and for `serve`, its URL).
/// `BRAID_LOG` sets the filter, e.g. `BRAID_LOG=debug`.
pub(crate) fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("BRAID_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal, not in a log file or the journal.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}

/// A progress bar on standard error: redrawn in place on a terminal, a line per tenth
/// otherwise (logs and pipes).
struct ProgressBar {
    terminal: bool,
    last_tenth: Option<usize>,
}

impl ProgressBar {
    const WIDTH: usize = 30;

    fn new() -> ProgressBar {
        ProgressBar {
            terminal: std::io::IsTerminal::is_terminal(&std::io::stderr()),
            last_tenth: None,
        }
    }

    fn show(&mut self, done: usize, total: usize) {
        let fraction = if total == 0 {
            1.0
        } else {
            done as f64 / total as f64
        };
        let filled = (fraction * Self::WIDTH as f64).round() as usize;
        let line = format!(
            "[{}{}] {done}/{total} pages",
            "#".repeat(filled),
            ".".repeat(Self::WIDTH - filled.min(Self::WIDTH))
        );
        if self.terminal {
            eprint!("\r{line}");
        } else {
            let tenth = (fraction * 10.0) as usize;
            if self.last_tenth != Some(tenth) {
                self.last_tenth = Some(tenth);
                eprintln!("{line}");
            }
        }
    }

    fn finish(&self) {
        if self.terminal {
            eprintln!();
        }
    }
}
