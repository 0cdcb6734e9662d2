//! `braid serve`: start-up, serving, and an orderly shutdown.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use braid_app::App;
use braid_app::jobs::{JobRunner, JobSettings};
use braid_domain::accounts::Role;
use braid_domain::job::RetryPolicy;
use braid_domain::policy::Actor;
use braid_web::{AppState, WebConfig};
use tokio::sync::watch;

use crate::config::Config;
use crate::{account_settings, database_location, init_logging, pool_settings, prepare_data_dir};

/// Binds the listener, opens (and migrates) the database, seeds a first start, starts the job
/// workers, prints the URL as the first line of standard output, and serves until SIGINT or
/// SIGTERM.
pub async fn serve(config: Config, with_demo: bool) -> anyhow::Result<()> {
    init_logging();
    let data_dir = prepare_data_dir(&config)?;
    // One server per data directory: a second one would share the SQLite file and index.
    let _lock = braid_app::backup::lock_data_dir(&data_dir)?;
    let location = database_location(&config, &data_dir)?;
    // Bound first, so that the public address (and with it the passkeys' relying party) is
    // known even for port 0; connections wait in the backlog until serving starts.
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let address = listener.local_addr()?;
    let public_url = config.public_url_for(address);
    let settings = account_settings(&config, &public_url);
    let mut app = App::open(&location, pool_settings(&config), settings).await?;
    let (key, made_now) = braid_app::sealing::load_or_create_key(
        &data_dir,
        std::env::var("BRAID_SECRETS_KEY").ok().as_deref(),
    )?;
    app = match app.with_sealing_key(key).await {
        Ok(app) => app,
        Err(error) => {
            // A key made for a node that joins a database sealed under another is useless:
            // leave room for the right one.
            if made_now {
                let _ = std::fs::remove_file(data_dir.join(braid_app::sealing::KEY_FILE));
            }
            return Err(error.into());
        }
    };
    let index = braid_app::search::SearchIndex::open(&data_dir.join("search"))
        .with_context(|| format!("cannot open the search index in {}", data_dir.display()))?;
    app = app.with_search(index);
    if config.wiki.max_attachment_mib > 0 {
        app = app.with_attachments(braid_app::attachments::AttachmentSettings {
            dir: data_dir.join("attachments"),
            max_bytes: usize::try_from(config.wiki.max_attachment_mib.saturating_mul(1024 * 1024))
                .unwrap_or(usize::MAX),
        });
    }
    if !config.mail.domain.trim().is_empty() {
        app = app.with_mail(braid_app::mail::MailSettings {
            domain: config.mail.domain.trim().to_owned(),
            public_url: public_url.clone(),
            community_name: config.community_name.clone(),
            smtp_url: config.mail.smtp_url.trim().to_owned(),
            default_language: config.default_language.clone(),
            retry_base: Duration::from_secs(config.jobs.retry_base_secs),
            retry_max: Duration::from_secs(config.jobs.retry_max_secs),
        })?;
    }
    if app.initialise(with_demo).await? {
        if with_demo {
            tracing::info!("first start: created the demo community");
        } else {
            tracing::info!("first start: created an empty hub (--no-demo)");
        }
    }

    let state = AppState::new(
        app.clone(),
        WebConfig {
            community_name: config.community_name.clone(),
            public_url: public_url.clone(),
            default_language: config.default_language.clone(),
            request_timeout: Duration::from_secs(config.http.request_timeout_secs),
            max_body_bytes: usize::try_from(config.http.max_body_bytes).unwrap_or(usize::MAX),
            trusted_proxies: config
                .http
                .trusted_proxies
                .iter()
                .filter_map(|a| a.parse().ok())
                .collect(),
        },
    )?;

    let (stop, shutdown) = watch::channel(false);
    let runner = Arc::new(JobRunner::new(app.clone(), job_settings(&config)));
    let workers = runner.spawn(shutdown.clone());
    // Followers of the change log (the search index, notification fan-out) each catch up on
    // a task of their own twice a second, so an edit is searchable and its watchers told
    // within a second, and a long index rebuild holds nobody else back. The index also
    // catches up at start (after a crash, a restore or an upgrade that rebuilds it; before
    // serving only if it is a few changes behind, see `App::prepare_search`). A look at the
    // log's end, as often, tells this process about other processes' writes, so nothing it
    // keeps (page lists, anonymous pages) is more than half a second behind them.
    app.prepare_search().await?;
    let mut followers = Vec::new();
    // Mail in: the local MTA hands messages for the hub's domain to this LMTP listener.
    let lmtp = config.mail.lmtp_listen.trim();
    if !lmtp.is_empty() && app.sends_mail() {
        let listener = tokio::net::TcpListener::bind(lmtp)
            .await
            .with_context(|| format!("cannot listen for LMTP on {lmtp}"))?;
        tracing::info!(address = %listener.local_addr()?, "taking mail over LMTP");
        followers.push(tokio::spawn(app.take_mail(listener, shutdown.clone())));
    }
    for follower in app.followers() {
        let app = app.clone();
        let mut shutdown = shutdown.clone();
        followers.push(tokio::spawn(async move {
            loop {
                // An apply is left off at shutdown: its batch was not committed with the
                // cursor, so it is applied again at the next start.
                tokio::select! {
                    caught_up = app.follow(follower.as_ref()) => if let Err(error) = caught_up {
                        tracing::warn!(follower = follower.name(), %error, "a follower of the change log could not catch up");
                    },
                    _ = shutdown.changed() => return,
                }
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                    _ = shutdown.changed() => return,
                }
            }
        }));
    }
    followers.push({
        let app = app.clone();
        let mut shutdown = shutdown;
        tokio::spawn(async move {
            loop {
                if let Err(error) = app.notice_changes().await {
                    tracing::warn!(%error, "could not look at the change log");
                }
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                    _ = shutdown.changed() => return,
                }
            }
        })
    });

    // The first line of standard output is the listening address, for scripts; people are
    // told the public address when it differs (behind a proxy or an onion service).
    println!("http://{address}/");
    println!(
        "Braid is serving {} from {}.",
        location.describe(),
        data_dir.display()
    );
    if public_url == format!("http://{address}") {
        println!("Open the address above in a browser. Press Ctrl-C to stop.");
    } else {
        println!("Members open it at {public_url}/ (public_url). Press Ctrl-C to stop.");
    }
    if let Err(error) = std::fs::write(data_dir.join(crate::SERVING_AT_FILE), &public_url) {
        tracing::warn!(%error, "cannot record the serving address for `braid admin invite`");
    }
    let has_admin = app
        .accounts()
        .members(&Actor::System)
        .await?
        .iter()
        .any(|member| member.roles.iter().any(|grant| grant.role == Role::Admin));
    if !has_admin {
        println!(
            "No administrator yet: run `braid admin invite --role admin` (with the same --data-dir) \
             and open the link it prints."
        );
    }

    let limits = braid_web::ConnectionLimits {
        header_read_timeout: Duration::from_secs(config.http.header_read_timeout_secs),
        max_connections: usize::try_from(config.http.max_connections).unwrap_or(usize::MAX),
    };
    braid_web::serve(
        listener,
        braid_web::router(state),
        limits,
        shutdown_signal(),
    )
    .await?;
    tracing::info!("shutting down");
    let _ = stop.send(true);
    for worker in workers {
        let _ = worker.await;
    }
    for follower in followers {
        let _ = follower.await;
    }
    app.close().await;
    Ok(())
}

fn job_settings(config: &Config) -> JobSettings {
    let jobs = &config.jobs;
    JobSettings {
        workers: jobs.workers as usize,
        poll_interval: Duration::from_millis(jobs.poll_interval_ms),
        lease: Duration::from_secs(jobs.lease_secs),
        retry: RetryPolicy {
            max_attempts: jobs.max_attempts,
            base_delay: Duration::from_secs(jobs.retry_base_secs),
            max_delay: Duration::from_secs(jobs.retry_max_secs),
        },
        keep_succeeded_for: Duration::from_secs(jobs.keep_succeeded_days.saturating_mul(86_400)),
        node: format!("node-{}", std::process::id()),
    }
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = interrupt => {}
                    _ = terminate.recv() => {}
                }
            }
            Err(_) => {
                let _ = interrupt.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
}
