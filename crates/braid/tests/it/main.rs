//! End-to-end tests of the `braid` binary: the real server on an ephemeral port, real
//! signals, real files. Each runs on SQLite, and on PostgreSQL too when
//! `BRAID_TEST_POSTGRES_URL` is set.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod backup;
mod cli;
mod followers;
mod passkeys;
mod search;
mod serve;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use braid_store::testing::TestDatabase;

/// The `braid` binary under test, run from `directory` with only the given `BRAID_*`
/// variables (so a developer's environment cannot leak in).
pub fn braid(directory: &Path, env: &[(&str, String)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_braid"));
    command.current_dir(directory);
    for (name, _) in std::env::vars() {
        if name.starts_with("BRAID_") {
            command.env_remove(name);
        }
    }
    for (name, value) in env {
        command.env(name, value);
    }
    command
}

/// The environment that points `braid` at a test database.
pub fn database_env(db: &TestDatabase) -> Vec<(&'static str, String)> {
    vec![
        ("BRAID_DATA_DIR", db.data_dir.display().to_string()),
        ("BRAID_DATABASE_URL", db.database_url()),
    ]
}

/// A running `braid serve`.
#[allow(missing_debug_implementations)]
pub struct Server {
    pub url: String,
    child: Child,
}

impl Server {
    /// Starts `braid serve` on a free port and waits for the URL on its first output line.
    pub fn start(directory: &Path, env: &[(&str, String)], extra: &[&str]) -> Server {
        Server::start_on(directory, env, "127.0.0.1:0", extra)
    }

    /// Starts `braid serve` listening on `listen`.
    pub fn start_on(
        directory: &Path,
        env: &[(&str, String)],
        listen: &str,
        extra: &[&str],
    ) -> Server {
        Server::spawn(directory, env, listen, extra, Stdio::null())
    }

    /// Starts `braid serve` on a free port with its logs (standard error) going to `log`.
    pub fn start_logging_to(
        log: &Path,
        directory: &Path,
        env: &[(&str, String)],
        extra: &[&str],
    ) -> Server {
        let file = std::fs::File::create(log).unwrap();
        Server::spawn(directory, env, "127.0.0.1:0", extra, Stdio::from(file))
    }

    fn spawn(
        directory: &Path,
        env: &[(&str, String)],
        listen: &str,
        extra: &[&str],
        logs: Stdio,
    ) -> Server {
        let mut child = braid(directory, env)
            .args(["serve", "--listen", listen])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(logs)
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            let _ = sender.send(lines.next());
            // Keep draining so the server never blocks on a full pipe.
            for _ in lines {}
        });
        let first = receiver
            .recv_timeout(Duration::from_secs(60))
            .expect("server printed nothing");
        let url = first.expect("server exited before printing").unwrap();
        assert!(
            url.starts_with("http://127.0.0.1:") && url.ends_with('/'),
            "first line was {url:?}"
        );
        Server { url, child }
    }

    /// SIGKILL: no chance to clean up.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// SIGTERM, and the exit status.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        self.child.wait().unwrap()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        reqwest::get(format!("{}{}", self.url, path.trim_start_matches('/')))
            .await
            .unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `braid` to completion.
pub fn run(directory: &Path, env: &[(&str, String)], args: &[&str]) -> Output {
    braid(directory, env)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn path_string(path: &Path) -> String {
    path.display().to_string()
}
