//! `blankett-server [serve] [--addr A] [--dist D] [--forms F]` serves the app;
//! `blankett-server lint PATH…` checks schema files; `new-form ID` writes a new one; and
//! `export-feedback` writes the answers to "Did this page help you?" as CSV.

use blankett_server::{lint, Config, Mode};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  blankett-server [serve] [--addr 127.0.0.1:8080] [--dist dist] [--forms forms]
                  [--database blankett.sqlite|sqlite://FILE|postgres://USER:PASSWORD@HOST/DB]
                  (or BLANKETT_DATABASE in the environment) [--pool-size 8]
                  [--trusted-proxy 10.0.0.0/8 ...] (load balancers whose X-Forwarded-For counts)
                  [--log-format text|json] (BLANKETT_LOG=info|warn|error|off sets the level)
                  [--mode production|development|test] [--secure-cookies]
                  [--smtp smtps://user:password@host] [--mail-from \"Name <address>\"]
                  (or BLANKETT_SMTP_URL and BLANKETT_MAIL_FROM in the environment)
                  [--sms https://user:secret@api.46elks.com/a1/sms] [--sms-from Blankett]
                  [--sign-in-config sign-in.toml] (e-identification: BankID, OpenID Connect)
                  [--service-config service.toml] (time zone, support contacts)
                  [--allow-origin https://www.example.org]... (sites that embed the forms:
                  CORS for the API, and signing in may return to them; exact origins)
                  (or BLANKETT_SMS_URL and BLANKETT_SMS_FROM)
  blankett-server new-form ID [--forms forms]
                                   write forms/ID.json: a new form, in Swedish and English,
                                   with one page, that lint accepts
  blankett-server lint PATH...     check schema files (folders: every *.json in them) and
                                   message catalogs (catalogs/, or *.ftl files)
  blankett-server import-accounts FILE [--database ADDRESS]
                                   import accounts from before 4 December 2018 (CSV:
                                   username,email,password_hash as Argon2 PHC strings)
  blankett-server export-feedback [--since YYYY-MM-DD] [--database ADDRESS]
                                   write the answers to \"Did this page help you?\" as CSV
  blankett-server json-schema      print the JSON Schema of the schema format (forms/schema.json)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("lint") => lint_command(&args[1..]),
        Some("new-form") => new_form_command(&args[1..]),
        Some("import-accounts") => import_command(&args[1..]),
        Some("export-feedback") => export_command(&args[1..]),
        Some("json-schema") => {
            print!("{}", blankett_server::json_schema());
            ExitCode::SUCCESS
        }
        Some("serve") => serve_command(&args[1..]),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => serve_command(&args),
    }
}

fn lint_command(args: &[String]) -> ExitCode {
    if args.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let paths: Vec<PathBuf> = args.iter().map(PathBuf::from).collect();
    let files = match lint::schema_files(&paths) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("lint: {e}");
            return ExitCode::from(2);
        }
    };
    let mut total = 0;
    let mut checked = files.len();
    for file in &files {
        match lint::lint_file(file) {
            Ok((issues, warnings)) => {
                for issue in issues.iter().chain(&warnings) {
                    println!("{issue}");
                }
                total += issues.len();
            }
            Err(e) => {
                println!("{}: cannot read the file: {e}", file.display());
                total += 1;
            }
        }
    }
    for folder in lint::catalog_folders(&paths) {
        checked += 1;
        match lint::lint_catalogs(&folder) {
            Ok(issues) => {
                for issue in &issues {
                    println!("{issue}");
                }
                total += issues.len();
            }
            Err(e) => {
                println!("{e}");
                total += 1;
            }
        }
    }
    eprintln!("lint: {checked} file(s) or catalog folder(s), {total} issue(s)");
    if total == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn new_form_command(args: &[String]) -> ExitCode {
    let (mut id, mut forms) = (None, PathBuf::from("forms"));
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match (arg.as_str(), rest.clone().next()) {
            ("--forms", Some(value)) => {
                forms = PathBuf::from(value);
                rest.next();
            }
            (given, _) if id.is_none() && !given.starts_with("--") => id = Some(given.to_string()),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(id) = id else {
        eprintln!("new-form: give the new form's id, such as `blankett-server new-form residence-permit`");
        return ExitCode::from(2);
    };
    match blankett_server::new_form::write(&forms, &id) {
        Ok(written) => {
            for file in &written {
                println!("{}", file.display());
            }
            eprintln!("new-form: wrote {}; run the server and choose Preview on the start page, or check it with `blankett-server lint {}`", written[0].display(), written[0].display());
            ExitCode::SUCCESS
        }
        Err(refusal) => {
            eprintln!("new-form: {refusal}");
            ExitCode::FAILURE
        }
    }
}

/// The database `--database` names, or `BLANKETT_DATABASE` (which keeps a PostgreSQL password
/// off the command line, where other users of the machine see it), or the default file.
fn default_database() -> String {
    std::env::var("BLANKETT_DATABASE").ok().filter(|address| !address.is_empty()).unwrap_or_else(|| "blankett.sqlite".into())
}

/// Opens the store for a command that is not the server (one connection is plenty).
fn open_store(runtime: &tokio::runtime::Runtime, database: &str) -> Result<blankett_server::store::Store, String> {
    runtime.block_on(blankett_server::store::Store::open(database, 1)).map_err(|e| format!("cannot open {}: {e:?}", shown(database)))
}

/// A database address as it may be printed: without its password.
fn shown(database: &str) -> String {
    blankett_server::database::Address::parse(database).map_or_else(|_| database.to_string(), |address| address.shown())
}

fn import_command(args: &[String]) -> ExitCode {
    let (mut file, mut database) = (None, default_database());
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match (arg.as_str(), rest.clone().next()) {
            ("--database", Some(value)) => {
                database = value.clone();
                rest.next();
            }
            (path, _) if file.is_none() && !path.starts_with("--") => file = Some(PathBuf::from(path)),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(file) = file else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("import-accounts: {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let store = match open_store(&runtime, &database) {
        Ok(store) => store,
        Err(e) => {
            eprintln!("import-accounts: {e}");
            return ExitCode::FAILURE;
        }
    };
    let now = blankett_server::clock::Clock::now(&blankett_server::clock::SystemClock);
    match runtime.block_on(blankett_server::import::import_accounts(&store, &file.display().to_string(), &text, now)) {
        Ok(count) => {
            eprintln!("import-accounts: {count} account(s) imported");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in &problems {
                println!("{problem}");
            }
            eprintln!("import-accounts: {} problem(s); nothing was imported", problems.len());
            ExitCode::FAILURE
        }
    }
}

fn export_command(args: &[String]) -> ExitCode {
    let (mut since, mut database) = (None, default_database());
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let Some(value) = rest.next() else {
            eprintln!("{flag} needs a value\n{USAGE}");
            return ExitCode::from(2);
        };
        match flag.as_str() {
            "--database" => database = value.clone(),
            // A day as the feedback keeps it; anything else would silently compare as text.
            "--since" if chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok() => since = Some(value.clone()),
            "--since" => {
                eprintln!("export-feedback: --since must be a date like 2026-12-01, not {value}");
                return ExitCode::from(2);
            }
            _ => {
                eprintln!("unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    // A file that is not there is a mistake in the path, not an empty database to create.
    let is_file = !database.contains("://") && !database.starts_with("sqlite:");
    if is_file && !std::path::Path::new(&database).exists() {
        eprintln!("export-feedback: no database at {database}");
        return ExitCode::FAILURE;
    }
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let store = match open_store(&runtime, &database) {
        Ok(store) => store,
        Err(e) => {
            eprintln!("export-feedback: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(blankett_server::support::feedback::export(&store, since.as_deref(), std::io::stdout().lock())) {
        Ok(count) => {
            eprintln!("export-feedback: {count} answer(s)");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("export-feedback: {e}");
            ExitCode::FAILURE
        }
    }
}

fn serve_command(args: &[String]) -> ExitCode {
    let mut addr = "127.0.0.1:8080".to_string();
    let mut config = Config {
        dist: PathBuf::from("dist"),
        forms: PathBuf::from("forms"),
        database: default_database(),
        pool_size: blankett_server::database::DEFAULT_POOL_SIZE,
        trusted_proxies: Vec::new(),
        mode: Mode::Production,
        secure_cookies: false,
        sign_in_config: None,
        service_config: None,
        allowed_origins: Vec::new(),
    };
    // The SMTP address may hold a password, so it can come from the environment instead of the
    // command line (which other users of the machine can see).
    let mut smtp = std::env::var("BLANKETT_SMTP_URL").ok().filter(|url| !url.is_empty());
    let mut mail_from = std::env::var("BLANKETT_MAIL_FROM").unwrap_or_else(|_| "Blankett <no-reply@localhost>".into());
    // The SMS provider's address holds its API secret: from the environment, like SMTP's.
    let mut sms = std::env::var("BLANKETT_SMS_URL").ok().filter(|url| !url.is_empty());
    let mut sms_from = std::env::var("BLANKETT_SMS_FROM").unwrap_or_else(|_| "Blankett".into());
    let mut json_logs = false;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        if flag == "--secure-cookies" {
            config.secure_cookies = true;
            continue;
        }
        let Some(value) = rest.next() else {
            eprintln!("{flag} needs a value\n{USAGE}");
            return ExitCode::from(2);
        };
        match flag.as_str() {
            "--addr" => addr = value.clone(),
            "--dist" => config.dist = PathBuf::from(value),
            "--forms" => config.forms = PathBuf::from(value),
            "--database" => config.database = value.clone(),
            "--pool-size" => match value.parse::<u32>() {
                Ok(size) if (1..=1000).contains(&size) => config.pool_size = size,
                _ => {
                    eprintln!("--pool-size is a number of connections from 1 to 1000, not {value}");
                    return ExitCode::from(2);
                }
            },
            // Repeated, or several separated by commas.
            "--trusted-proxy" => {
                for proxy in value.split(',').filter(|p| !p.trim().is_empty()) {
                    match blankett_server::limits::Proxy::parse(proxy) {
                        Ok(proxy) => config.trusted_proxies.push(proxy),
                        Err(e) => {
                            eprintln!("--trusted-proxy: {e}");
                            return ExitCode::from(2);
                        }
                    }
                }
            }
            "--log-format" => match value.as_str() {
                "text" => json_logs = false,
                "json" => json_logs = true,
                other => {
                    eprintln!("--log-format is text or json, not {other}");
                    return ExitCode::from(2);
                }
            },
            "--smtp" => smtp = Some(value.clone()),
            "--mail-from" => mail_from = value.clone(),
            "--sms" => sms = Some(value.clone()),
            "--sms-from" => sms_from = value.clone(),
            "--sign-in-config" => config.sign_in_config = Some(PathBuf::from(value)),
            "--service-config" => config.service_config = Some(PathBuf::from(value)),
            "--allow-origin" => match blankett_core::account::origins::Origin::parse(value) {
                Ok(origin) => config.allowed_origins.push(origin),
                Err(problem) => {
                    eprintln!("--allow-origin {value}: {problem}, as https://www.example.org\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--mode" => {
                config.mode = match value.as_str() {
                    "production" => Mode::Production,
                    "development" => Mode::Development,
                    "test" => Mode::Test,
                    other => {
                        eprintln!("unknown mode {other}\n{USAGE}");
                        return ExitCode::from(2);
                    }
                }
            }
            _ => {
                eprintln!("unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if !config.dist.join("index.html").is_file() {
        eprintln!("blankett-server: {} has no index.html; build the app first (trunk build --release)", config.dist.display());
        return ExitCode::FAILURE;
    }
    blankett_server::install_crypto();
    let texts = match sms.map(|url| blankett_server::texts::Gateway::new(&url, &sms_from)).transpose() {
        Ok(texts) => texts,
        Err(e) => {
            eprintln!("blankett-server: {e}");
            return ExitCode::from(2);
        }
    };
    let mailer = match smtp.map(|url| blankett_server::mail::Mailer::new(&url, &mail_from)).transpose() {
        Ok(mailer) => mailer,
        Err(e) => {
            eprintln!("blankett-server: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = blankett_server::database::Address::parse(&config.database) {
        eprintln!("blankett-server: {e}");
        return ExitCode::from(2);
    }
    start_logging(json_logs);
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(&addr).await {
            Ok(listener) => listener,
            Err(e) => {
                eprintln!("blankett-server: cannot listen on {addr}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let database = shown(&config.database);
        let state = match blankett_server::open(config).await {
            Ok(state) => state,
            Err(e) => {
                eprintln!("blankett-server: cannot open the database {database}: {e:?}");
                return ExitCode::FAILURE;
            }
        };
        // Tests start the server on port 0 and read the real address from this line, once the
        // database is open and migrated: from here on the server answers.
        println!("blankett-server listening on http://{}", listener.local_addr().expect("bound address"));
        tracing::info!(database, "started");
        // A preview's stream of changes stays open as long as its page; it ends on shutdown, so
        // that the graceful shutdown does not wait for it.
        let shutdown = {
            let state = state.clone();
            async move {
                stop_asked().await;
                state.preview.close();
            }
        };
        blankett_server::spawn_purge(state.clone());
        match mailer {
            Some(mailer) => blankett_server::mail::spawn_delivery(state.clone(), mailer),
            None => println!("blankett-server: no --smtp given; mail stays in the outbox"),
        }
        match texts {
            Some(texts) => blankett_server::texts::spawn_delivery(state.clone(), texts),
            None => println!("blankett-server: no --sms given; text messages stay in the outbox"),
        }
        // The client's address reaches handlers for rate limiting (the status lookup).
        let service = blankett_server::served(state.clone()).into_make_service_with_connect_info::<std::net::SocketAddr>();
        // On SIGTERM (a stop from systemd, Kubernetes or a load balancer's drain) or ctrl-c the
        // server stops accepting connections and finishes the requests under way; then the
        // database's connections close.
        let served = axum::serve(listener, service).with_graceful_shutdown(shutdown).await;
        tracing::info!("stopping: the requests under way are answered");
        state.store.close().await;
        match served {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("blankett-server: {e}");
                ExitCode::FAILURE
            }
        }
    })
}

/// Resolves when the process is asked to stop: SIGTERM or SIGINT (ctrl-c).
async fn stop_asked() {
    let interrupted = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminated = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminated = std::future::pending::<()>();
    tokio::select! {
        () = interrupted => {}
        () = terminated => {}
    }
}

/// The log on standard error: one line per request and the background work's errors, as text or
/// JSON, at the level `BLANKETT_LOG` names (info unless told).
fn start_logging(json: bool) {
    use tracing_subscriber::filter::LevelFilter;
    let level = match std::env::var("BLANKETT_LOG").unwrap_or_default().to_ascii_lowercase().as_str() {
        "off" => LevelFilter::OFF,
        "error" => LevelFilter::ERROR,
        "warn" => LevelFilter::WARN,
        "debug" => LevelFilter::DEBUG,
        "trace" => LevelFilter::TRACE,
        _ => LevelFilter::INFO,
    };
    let builder = tracing_subscriber::fmt().with_writer(std::io::stderr).with_max_level(level).with_ansi(false);
    if json {
        builder.json().flatten_event(true).init();
    } else {
        builder.init();
    }
}
