//! `braid admin …`: the operator's member management, through the same services as the web,
//! acting as `Actor::System`.

use std::io::BufRead;

use anyhow::{Context, bail};
use braid_app::{App, SecretString};
use braid_domain::accounts::Role;
use braid_domain::policy::Actor;
use braid_domain::time::Timestamp;

use crate::cli::CommonArgs;
use crate::{
    AdminCommand, account_settings, database_location, flags_of, init_logging, load_config,
    members_address, pool_settings, prepare_data_dir,
};

/// The opened hub and the address members open it at.
async fn open(common: &CommonArgs) -> anyhow::Result<(App, String)> {
    let config = load_config(common, &flags_of(common))?;
    init_logging();
    let data_dir = prepare_data_dir(&config)?;
    let location = database_location(&config, &data_dir)?;
    let address = members_address(&config, &data_dir);
    let settings = account_settings(&config, &address);
    let app = App::open(&location, pool_settings(&config), settings).await?;
    Ok((app, address))
}

fn role(name: &str) -> anyhow::Result<Role> {
    Ok(Role::parse(name)?)
}

/// Runs an admin command.
pub async fn run(command: AdminCommand) -> anyhow::Result<()> {
    match command {
        AdminCommand::Invite {
            common,
            role: name,
            note,
        } => {
            let role = role(&name)?;
            let (app, base) = open(&common).await?;
            let result = app.accounts().invite(&Actor::System, &note, role).await;
            app.close().await;
            let (token, expires) = result?;
            println!("{base}/join/{}", token.reveal());
            eprintln!(
                "Invitation for one {} joining, valid until {}. Send it by a channel you trust; it is shown only once.",
                role.as_str(),
                expires.format_utc()
            );
            Ok(())
        }
        AdminCommand::CreateUser {
            common,
            handle,
            role: name,
            password_stdin,
            email,
        } => {
            let role = role(&name)?;
            if !password_stdin {
                bail!("pass --password-stdin and give the password on standard input");
            }
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .context("cannot read the password from standard input")?;
            let password = SecretString::new(line.trim_end_matches(['\n', '\r']).to_owned());
            let (app, _) = open(&common).await?;
            let mut result = app
                .accounts()
                .create_member(&Actor::System, &handle, &password, role)
                .await
                .map(|_| ());
            if let (Ok(()), Some(email)) = (&result, &email) {
                result = app
                    .accounts()
                    .set_confirmed_email(&Actor::System, &handle, email)
                    .await;
            }
            app.close().await;
            result.map_err(|error| match error {
                braid_app::AppError::Conflict(_) => {
                    anyhow::anyhow!("the handle {handle:?} is taken")
                }
                other => other.into(),
            })?;
            println!("Created {handle} with role {}.", role.as_str());
            Ok(())
        }
        AdminCommand::SetRole {
            common,
            handle,
            role: name,
            until,
        } => {
            let role = role(&name)?;
            let until = match until {
                Some(text) => {
                    let day = Timestamp::parse_date(&text).with_context(|| {
                        format!("--until {text:?} is not a date like 2027-06-30")
                    })?;
                    // The term includes the whole last day.
                    Some(Timestamp(day.as_millis() + 86_400_000))
                }
                None => None,
            };
            let (app, _) = open(&common).await?;
            let result = app
                .accounts()
                .set_role(&Actor::System, &handle, role, until)
                .await;
            app.close().await;
            result.map_err(|error| match error {
                braid_app::AppError::NotFound => anyhow::anyhow!("there is no member {handle:?}"),
                other => other.into(),
            })?;
            match until {
                Some(until) => println!(
                    "{handle} is {} until {}.",
                    role.as_str(),
                    until.format_utc()
                ),
                None => println!("{handle} is {}.", role.as_str()),
            }
            Ok(())
        }
        AdminCommand::Approve { common, handle } => {
            let (app, _) = open(&common).await?;
            let result = app.accounts().reinstate(&Actor::System, &handle).await;
            app.close().await;
            result.map_err(|error| match error {
                braid_app::AppError::NotFound => anyhow::anyhow!("there is no member {handle:?}"),
                other => other.into(),
            })?;
            println!("{handle} is an active member.");
            Ok(())
        }
        AdminCommand::AddSection {
            common,
            title,
            summary,
            group,
            visibility,
        } => {
            let (app, base) = open(&common).await?;
            let draft = braid_app::sections::SectionDraft {
                title,
                summary,
                group,
            };
            let result = app.add_section(&Actor::System, &draft, &visibility).await;
            app.close().await;
            println!("{base}/wiki/{}", result?);
            Ok(())
        }
        AdminCommand::ListSections { common } => {
            let (app, _) = open(&common).await?;
            let result = app.sections_to_manage(&Actor::System).await;
            app.close().await;
            println!("{:<40}  {:<9}  {:<8}  title", "address", "group", "readers");
            for section in result? {
                println!(
                    "{:<40}  {:<9}  {:<8}  {}",
                    section.slug.as_str(),
                    section.group.as_str(),
                    section.visibility.as_str(),
                    section.title
                );
            }
            Ok(())
        }
        AdminCommand::RemoveSection { common, slug } => {
            let (app, _) = open(&common).await?;
            let result = app.remove_section(&Actor::System, &slug).await;
            app.close().await;
            result.map_err(|error| match error {
                braid_app::AppError::NotFound => anyhow::anyhow!("there is no section {slug:?}"),
                other => other.into(),
            })?;
            println!("Section {slug} removed.");
            Ok(())
        }
        AdminCommand::ListUsers { common } => {
            let (app, _) = open(&common).await?;
            let result = app.accounts().members(&Actor::System).await;
            app.close().await;
            let members = result?;
            println!("{:<32}  {:<9}  {:<17}  roles", "handle", "status", "joined");
            for member in members {
                let roles: Vec<String> = member
                    .roles
                    .iter()
                    .map(|grant| match grant.until {
                        Some(until) => {
                            format!("{} (until {})", grant.role.as_str(), until.format_utc())
                        }
                        None => grant.role.as_str().to_owned(),
                    })
                    .collect();
                println!(
                    "{:<32}  {:<9}  {:<17}  {}",
                    member.user.handle.as_str(),
                    member.user.status.as_str(),
                    &member.user.created_at.format_utc()[..16],
                    if roles.is_empty() {
                        "member".to_owned()
                    } else {
                        roles.join(", ")
                    }
                );
            }
            Ok(())
        }
    }
}
