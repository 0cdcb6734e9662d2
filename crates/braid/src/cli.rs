//! The command line: `braid serve | migrate | config example | backup | restore`.
//! These names and flags are a contract with operators' scripts; change them with care.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Braid: a self-hosted community hub for organisational-security practitioners.
#[derive(Debug, Parser)]
#[command(
    name = "braid",
    version,
    about = "Braid: a self-hosted community hub for organisational-security practitioners",
    long_about = "Braid: a self-hosted community hub for organisational-security practitioners.\n\n\
        Start here: `braid serve` runs the hub on http://127.0.0.1:8080 with its data in \
        ./braid-data (an SQLite database, created and filled with a demo community on first \
        start).\n\n\
        Settings come from ./braid.toml (or --config FILE), then BRAID_* environment \
        variables, then flags. `braid config example` prints every setting with its default.",
    after_help = "Examples:\n  braid serve\n  braid serve --listen 0.0.0.0:8080 --data-dir /var/lib/braid\n  \
        braid backup --data-dir /var/lib/braid /backups/braid-$(date +%F).tar.gz\n  \
        braid restore --data-dir /var/lib/braid-restored /backups/braid-2026-11-22.tar.gz"
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the hub: the web server and the background job workers.
    Serve(ServeArgs),
    /// Bring the database schema up to date, then exit (serve does this too).
    Migrate(CommonArgs),
    /// Build the search index again from the database, with a progress bar (stop the server
    /// first; it catches up by itself after a crash or a restore, so this is rarely needed).
    Reindex(CommonArgs),
    /// Help with the configuration file.
    Config {
        /// What to show.
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Write a consistent backup of the database and data directory, even while the hub runs.
    Backup(BackupArgs),
    /// Verify a backup, then restore it into a data directory.
    Restore(RestoreArgs),
    /// Manage members from the command line (the first admin, roles, lists).
    Admin {
        /// What to do.
        #[command(subcommand)]
        command: AdminCommand,
    },
}

/// `braid admin …`: acts as the operator, who is trusted with everything. Every change is
/// recorded in the audit log.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Print a single-use invitation link (on a fresh install: `--role admin` for the first
    /// administrator). It works for the configured number of days (7 by default).
    Invite {
        #[command(flatten)]
        common: CommonArgs,
        /// The role the newcomer gets: member, editor, facilitator, response_team or admin.
        #[arg(long, default_value = "member")]
        role: String,
        /// Who this is and why they are invited, kept with the invitation.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Create a full member directly, reading their password from standard input.
    CreateUser {
        #[command(flatten)]
        common: CommonArgs,
        /// The member's handle.
        handle: String,
        /// Their role: member, editor, facilitator, response_team or admin.
        #[arg(long)]
        role: String,
        /// Read the password from standard input (the only way: never on the command line,
        /// where other users of the machine could see it).
        #[arg(long, required = true)]
        password_stdin: bool,
        /// Their mail address, confirmed at once (the operator vouches for it).
        #[arg(long)]
        email: Option<String>,
    },
    /// Give a member a role, optionally until a date (the role lapses then); `member` removes
    /// all other roles.
    SetRole {
        #[command(flatten)]
        common: CommonArgs,
        /// The member's handle.
        handle: String,
        /// member, editor, facilitator, response_team or admin.
        role: String,
        /// The last day of the term, YYYY-MM-DD (the role lapses at the end of that day, UTC).
        #[arg(long, value_name = "YYYY-MM-DD")]
        until: Option<String>,
    },
    /// Approve a member who waits for approval (or reinstate a suspended one).
    Approve {
        #[command(flatten)]
        common: CommonArgs,
        /// The member's handle.
        handle: String,
    },
    /// List every member with status and roles.
    ListUsers {
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Add a section at the end of the hub (its address comes from the title). Editors can
    /// do the same, and rename, reorder or remove sections, at /sections.
    AddSection {
        #[command(flatten)]
        common: CommonArgs,
        /// The section's title.
        title: String,
        /// A short description, shown on the home page and at the top of the section.
        #[arg(long, default_value = "")]
        summary: String,
        /// Where the home page lists it: phase, practice or community.
        #[arg(long, default_value = "phase")]
        group: String,
        /// Who can read it: public, members or editors.
        #[arg(long, default_value = "public")]
        visibility: String,
    },
    /// List the sections in hub order, with their addresses.
    ListSections {
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Remove a section that holds no pages (not even deleted ones).
    RemoveSection {
        #[command(flatten)]
        common: CommonArgs,
        /// The section's address, as `list-sections` shows it.
        slug: String,
    },
}

/// Options every command that touches data takes.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Configuration file [default: ./braid.toml if it exists] [env: BRAID_CONFIG]
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Data directory [default: ./braid-data] [env: BRAID_DATA_DIR]
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

/// `braid serve`
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Address and port to listen on; port 0 picks a free one [default: 127.0.0.1:8080]
    /// [env: BRAID_LISTEN]
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen: Option<String>,
    /// On the very first start, do not create the demo community (sections and their
    /// descriptions); start with an empty hub instead.
    #[arg(long)]
    pub no_demo: bool,
}

/// `braid config …`
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print a commented configuration file with every setting at its default.
    Example,
}

/// `braid backup`
#[derive(Debug, Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// The backup file to write (it must not exist yet).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// `braid restore`
#[derive(Debug, Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// The backup file to restore.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Restore even if the data directory is not empty; its contents are moved aside to
    /// DIR.before-restore-TIMESTAMP, never deleted.
    #[arg(long)]
    pub force: bool,
}
