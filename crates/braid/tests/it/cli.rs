//! Operators' mistakes get one clear line and a failing exit code, never a panic trace.

use braid_store::testing::{TestBackend, TestDatabase};

use crate::{path_string, run, stderr, stdout};

fn assert_one_clear_line(output: &std::process::Output, expected: &str) {
    assert!(!output.status.success(), "should fail: {}", stdout(output));
    let message = stderr(output);
    let lines: Vec<&str> = message
        .lines()
        .filter(|l| !l.starts_with("warning:"))
        .collect();
    assert_eq!(lines.len(), 1, "{message}");
    assert!(lines[0].starts_with("error: "), "{message}");
    assert!(lines[0].contains(expected), "{message}");
    for trace in ["panicked", "backtrace", "RUST_BACKTRACE"] {
        assert!(!message.contains(trace), "{message}");
    }
}

#[tokio::test]
async fn bad_configuration_is_one_clear_line() {
    let db = TestDatabase::create(TestBackend::Sqlite).await;
    let config = db.root().join("braid.toml");
    let data = ("BRAID_DATA_DIR", path_string(&db.data_dir));

    std::fs::write(
        &config,
        "community_name = \"Hub\"\nlisten_adress = \"0.0.0.0:80\"\n",
    )
    .unwrap();
    assert_one_clear_line(
        &run(db.root(), std::slice::from_ref(&data), &["serve"]),
        "unknown key \"listen_adress\"",
    );

    std::fs::write(&config, "[jobs]\nworkers = \"four\"\n").unwrap();
    assert_one_clear_line(
        &run(db.root(), std::slice::from_ref(&data), &["migrate"]),
        "\"jobs.workers\"",
    );

    std::fs::write(&config, "community_name = \"unterminated\n").unwrap();
    assert_one_clear_line(
        &run(db.root(), std::slice::from_ref(&data), &["serve"]),
        "line 1",
    );
    std::fs::remove_file(&config).unwrap();

    assert_one_clear_line(
        &run(
            db.root(),
            &[data.clone(), ("BRAID_JOBS__WORKERS", "-1".into())],
            &["serve"],
        ),
        "BRAID_JOBS__WORKERS must be a whole number",
    );
    assert_one_clear_line(
        &run(
            db.root(),
            std::slice::from_ref(&data),
            &["serve", "--config", "/nonexistent/braid.toml"],
        ),
        "does not exist",
    );
}

#[tokio::test]
async fn an_unreachable_postgres_is_one_clear_line_without_the_password() {
    let db = TestDatabase::create(TestBackend::Sqlite).await;
    let env = [
        ("BRAID_DATA_DIR", path_string(&db.data_dir)),
        (
            "BRAID_DATABASE_URL",
            "postgres://braid:hunter2@127.0.0.1:1/braid".to_owned(),
        ),
        ("BRAID_DATABASE__CONNECT_TIMEOUT_SECS", "1".to_owned()),
    ];
    let output = run(db.root(), &env, &["serve", "--listen", "127.0.0.1:0"]);
    assert_one_clear_line(
        &output,
        "cannot connect to the PostgreSQL at 127.0.0.1:1/braid",
    );
    assert!(!stderr(&output).contains("hunter2"));
}

#[tokio::test]
async fn migrate_and_config_example_work_from_the_command_line() {
    let db = TestDatabase::create(TestBackend::Sqlite).await;
    let env = [("BRAID_DATA_DIR", path_string(&db.data_dir))];
    let output = run(db.root(), &env, &["migrate"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = format!("schema version {}", braid_app::LATEST_SCHEMA_VERSION);
    assert!(stdout(&output).contains(&expected));

    let output = run(db.root(), &[], &["config", "example"]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        include_str!("../../../../braid.example.toml")
    );

    let output = run(db.root(), &[], &["--help"]);
    let help = stdout(&output);
    for command in ["serve", "migrate", "config", "backup", "restore"] {
        assert!(help.contains(command), "{command} in --help");
    }
}

#[tokio::test]
async fn an_operator_shapes_sections_from_the_command_line() {
    // Issue 27: a --no-demo hub had no way to get a section at all.
    let db = TestDatabase::create(TestBackend::Sqlite).await;
    let env = [
        ("BRAID_DATA_DIR", path_string(&db.data_dir)),
        ("BRAID_PUBLIC_URL", "https://hub.example.org".to_owned()),
    ];
    let output = run(
        db.root(),
        &env,
        &[
            "admin",
            "add-section",
            "Legal aid",
            "--group",
            "practice",
            "--summary",
            "Lawyers.",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output).trim(),
        "https://hub.example.org/wiki/legal-aid"
    );
    let listed = stdout(&run(db.root(), &env, &["admin", "list-sections"]));
    assert!(
        listed.contains("legal-aid") && listed.contains("practice"),
        "{listed}"
    );
    let output = run(
        db.root(),
        &env,
        &["admin", "add-section", "x", "--group", "nowhere"],
    );
    assert_one_clear_line(&output, "group");
    let output = run(db.root(), &env, &["admin", "remove-section", "legal-aid"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stdout(&run(db.root(), &env, &["admin", "list-sections"])).contains("legal-aid"));
}
