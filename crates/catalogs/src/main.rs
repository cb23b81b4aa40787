//! `blankett-catalogs write CATALOGS OUT` writes the compiled catalog of every language but
//! Swedish and English (which are in the app itself) into `OUT`, named by content, for the web app
//! to fetch when that language is shown. `blankett-catalogs check CATALOGS` prints every issue.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, dir) = match args.as_slice() {
        [command, dir, ..] => (command.as_str(), Path::new(dir)),
        _ => {
            eprintln!("usage: blankett-catalogs check CATALOGS | write CATALOGS OUT");
            return ExitCode::from(2);
        }
    };
    let (catalogs, issues) = match blankett_catalogs::read_dir(dir) {
        Ok(read) => read,
        Err(e) => {
            eprintln!("catalogs: {e}");
            return ExitCode::FAILURE;
        }
    };
    match command {
        "check" => {
            for issue in &issues {
                println!("{issue}");
            }
            if issues.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
        "write" => {
            let Some(out) = args.get(2).map(Path::new) else {
                eprintln!("usage: blankett-catalogs write CATALOGS OUT");
                return ExitCode::from(2);
            };
            if let Err(e) = std::fs::create_dir_all(out) {
                eprintln!("catalogs: {}: {e}", out.display());
                return ExitCode::FAILURE;
            }
            let reference = &catalogs[0];
            for catalog in catalogs.iter().filter(|c| !matches!(c.language.as_str(), "en" | "sv")) {
                // Read on a web page, where a line break is a space (as crates/core/build.rs names them).
                let file = blankett_catalogs::compiled_file_breaking(reference, catalog, " ");
                let path = out.join(blankett_catalogs::content_name(&catalog.language, &file));
                if let Err(e) = std::fs::write(&path, file) {
                    eprintln!("catalogs: {}: {e}", path.display());
                    return ExitCode::FAILURE;
                }
            }
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("catalogs: no command {other}; use check or write");
            ExitCode::from(2)
        }
    }
}
