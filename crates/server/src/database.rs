//! The database under the store: SQLite (a file, the default) or PostgreSQL, chosen by the
//! address, reached through sqlx's `Any` driver and connection pools so that no query blocks the
//! async runtime. The schema is made by the migrations in `migrations/sqlite` and
//! `migrations/postgres` (one folder per database, since their types differ), applied on open.
//!
//! The two differ in how a transaction keeps out another that would pass the same check:
//! - SQLite has one writer at a time. Every transaction that reads in order to write begins
//!   `IMMEDIATE` on the writer pool's one connection, so nothing else writes between its read and
//!   its write; plain reads go to a pool of read-only connections beside it (WAL lets them read
//!   while a write goes on).
//! - PostgreSQL runs transactions side by side (READ COMMITTED). A transaction that reads a row to
//!   decide a write locks it first (`SELECT … FOR UPDATE`, [`Store::lock`]): a second save of the
//!   same application waits for the first to commit and then reads the version it wrote.

use crate::store::{Store, StoreError};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::{Migrate, Migration, MigrationType, Migrator};
use sqlx::{AnyConnection, Connection, Executor};
use std::borrow::Cow;
use std::str::FromStr;
use std::time::Duration;

/// A transaction on the writer pool.
pub type Transaction = sqlx::Transaction<'static, sqlx::Any>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// How many connections a store keeps open when not told (`--pool-size`): for PostgreSQL, the
/// pool every request shares; for SQLite, the readers beside the one writer.
pub const DEFAULT_POOL_SIZE: u32 = 8;

/// How long a request waits for a free connection before it fails (503 would be the answer of a
/// load balancer; ours is a 500 with the cause in the log).
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(10);

/// Where the database is, as `--database` gives it: `postgres://…` (or `postgresql://…`),
/// `sqlite://…`, or a file path for SQLite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub dialect: Dialect,
    url: String,
}

impl Address {
    pub fn parse(text: &str) -> Result<Address, String> {
        let text = text.trim();
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            return Ok(Address { dialect: Dialect::Postgres, url: text.to_string() });
        }
        if text.starts_with("sqlite:") {
            return Ok(Address { dialect: Dialect::Sqlite, url: text.to_string() });
        }
        if text.is_empty() || text.contains("://") {
            return Err(format!("the database address {text:?} is neither a file, sqlite://… nor postgres://…"));
        }
        // A file: created if missing. Made absolute so that no part of it reads as a host name.
        let path = std::path::absolute(text).map_err(|e| format!("the database file {text:?}: {e}"))?;
        let options = sqlx::sqlite::SqliteConnectOptions::new().filename(path).create_if_missing(true);
        Ok(Address { dialect: Dialect::Sqlite, url: sqlx::ConnectOptions::to_url_lossy(&options).to_string() })
    }

    /// The address without a password, for messages and logs.
    pub fn shown(&self) -> String {
        match url::Url::parse(&self.url) {
            Ok(mut url) if url.password().is_some() => {
                let _ = url.set_password(Some("…"));
                url.to_string()
            }
            _ => self.url.clone(),
        }
    }
}

impl std::fmt::Display for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown())
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        StoreError::Database(error.to_string())
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(error: sqlx::migrate::MigrateError) -> Self {
        StoreError::Database(format!("migrating the database: {error}"))
    }
}


/// The migrations of `dialect`, in order, as compiled in. A test checks that every file of the
/// folder is here.
pub fn migrations(dialect: Dialect) -> Vec<Migration> {
    macro_rules! list {
        ($folder:literal: $($version:literal $name:literal),* $(,)?) => {
            vec![$(Migration::new(
                $version,
                Cow::Borrowed($name),
                MigrationType::Simple,
                Cow::Borrowed(include_str!(concat!("../migrations/", $folder, "/", $name, ".sql"))),
                false,
            )),*]
        };
    }
    match dialect {
        Dialect::Sqlite => list!("sqlite":
            1 "0001_applications", 2 "0002_accounts_sessions_outbox", 3 "0003_documents", 4 "0004_status_lookup",
            5 "0005_outbox_retries", 6 "0006_page_time", 7 "0007_page_extensions", 8 "0008_expired_drafts",
            9 "0009_sign_in_steps", 10 "0010_password_resets", 11 "0011_usernames", 12 "0012_two_step",
            13 "0013_eid", 14 "0014_bankid", 15 "0015_feedback", 16 "0016_shared_state",
        ),
        Dialect::Postgres => list!("postgres": 1 "0001_schema"),
    }
}

impl Store {
    /// Opens the database at `address` with pools of `pool_size`, creating and migrating it.
    pub async fn open(address: &str, pool_size: u32) -> Result<Store, StoreError> {
        Self::open_at(address, pool_size, usize::MAX).await
    }

    /// Opens the database migrated only as far as `version`: the file an earlier version of the
    /// server left, for tests of the migrations that follow.
    #[doc(hidden)]
    pub async fn open_at(address: &str, pool_size: u32, version: usize) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let address = Address::parse(address).map_err(StoreError::Database)?;
        let options = AnyConnectOptions::from_str(&address.url)?;
        let pool_size = pool_size.max(1);
        let dialect = address.dialect;
        let writer = AnyPoolOptions::new()
            // SQLite writes one transaction at a time: a second writer would only wait on the
            // file lock, and with a busy handler that sleeps instead of queueing.
            .max_connections(if dialect == Dialect::Sqlite { 1 } else { pool_size })
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .after_connect(move |connection, _| Box::pin(async move { prepare(connection, dialect, false).await }))
            .connect_with(options.clone())
            .await?;
        let mut migrator = Migrator { migrations: Cow::Owned(migrations(dialect).into_iter().take(version).collect()), ..Migrator::DEFAULT };
        // Databases of the hand-written migrations before sqlx (SQLite only) say how far they came
        // in `user_version`; those steps are recorded as applied, not run again.
        if dialect == Dialect::Sqlite {
            adopt_user_version(&mut *writer.acquire().await?, &migrator).await?;
        }
        // Two instances starting at once: PostgreSQL's advisory lock lets one migrate.
        migrator.set_locking(true);
        migrator.run(&writer).await?;
        let reader = match dialect {
            Dialect::Postgres => writer.clone(),
            Dialect::Sqlite => AnyPoolOptions::new()
                .max_connections(pool_size)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .after_connect(move |connection, _| Box::pin(async move { prepare(connection, dialect, true).await }))
                .connect_with(options)
                .await?,
        };
        Ok(Store { writer, reader, dialect })
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// The writer pool itself, for tests that look at the tables directly.
    #[doc(hidden)]
    pub fn pool(&self) -> &sqlx::AnyPool {
        &self.writer
    }

    /// Begins a transaction that reads in order to write (see the module's notes).
    pub(crate) async fn begin(&self) -> Result<Transaction, StoreError> {
        Ok(match self.dialect {
            Dialect::Sqlite => self.writer.begin_with("BEGIN IMMEDIATE").await?,
            Dialect::Postgres => self.writer.begin().await?,
        })
    }

    /// A connection for reads that decide nothing.
    pub(crate) async fn reading(&self) -> Result<sqlx::pool::PoolConnection<sqlx::Any>, StoreError> {
        Ok(self.reader.acquire().await?)
    }

    /// The pool for single writes that need no transaction of their own.
    pub(crate) fn writer(&self) -> &sqlx::AnyPool {
        &self.writer
    }

    /// What to add to a `SELECT` in a transaction to lock the rows it reads until the transaction
    /// ends: ` FOR UPDATE` on PostgreSQL; nothing on SQLite, whose write transactions are one at
    /// a time already.
    pub(crate) fn lock(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "",
            Dialect::Postgres => " FOR UPDATE",
        }
    }

    /// Whether the database answers, within `within` (`/healthz`).
    pub async fn answers(&self, within: Duration) -> bool {
        let ask = async {
            let mut connection = self.reader.acquire().await?;
            connection.execute("SELECT 1").await
        };
        matches!(tokio::time::timeout(within, ask).await, Ok(Ok(_)))
    }

    /// Closes every connection, after the requests that hold one are done.
    pub async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}

/// What each new connection needs. SQLite: write-ahead logging (readers go on while one writes)
/// with `synchronous = NORMAL`, and, on the readers, `query_only`, so that a write sent to the
/// wrong pool fails at once rather than racing the writer. NORMAL writes each commit to the log
/// before the answer, so a killed process loses nothing acknowledged (`scripts/load --kill`), and
/// syncs the disk at checkpoints rather than at every commit: a power cut can take back the last
/// moments' commits (the file stays whole). FULL would sync at every commit, one writer at a time,
/// and on this machine that was 3 ms a commit, the limit of the whole service (LOAD.md): a
/// deployment that must survive power cuts without a moment's loss runs PostgreSQL. sqlx already
/// turns foreign keys on (documents go with their application) and waits up to 5 seconds on a
/// busy file.
async fn prepare(connection: &mut AnyConnection, dialect: Dialect, read_only: bool) -> Result<(), sqlx::Error> {
    if dialect == Dialect::Sqlite {
        connection.execute("PRAGMA journal_mode = WAL").await?;
        connection.execute("PRAGMA synchronous = NORMAL").await?;
        if read_only {
            connection.execute("PRAGMA query_only = ON").await?;
        }
    }
    Ok(())
}

/// Records the migrations a SQLite file made before sqlx (its `user_version`) as applied.
async fn adopt_user_version(connection: &mut AnyConnection, migrator: &Migrator) -> Result<(), StoreError> {
    use sqlx::Row;
    let version: i64 = sqlx::query("PRAGMA user_version").fetch_one(&mut *connection).await?.try_get(0)?;
    if version == 0 {
        return Ok(());
    }
    let mut transaction = connection.begin().await?;
    transaction.ensure_migrations_table().await?;
    for migration in migrator.iter().take(version as usize) {
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES ($1, $2, TRUE, $3, 0)
             ON CONFLICT (version) DO NOTHING",
        )
        .bind(migration.version)
        .bind(migration.description.to_string())
        .bind(migration.checksum.to_vec())
        .execute(&mut *transaction)
        .await?;
    }
    transaction.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_file_is_compiled_in_in_order() {
        for (dialect, folder) in [(Dialect::Sqlite, "sqlite"), (Dialect::Postgres, "postgres")] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(folder);
            let mut files: Vec<String> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
            files.sort();
            let listed: Vec<String> = migrations(dialect).iter().map(|m| format!("{}.sql", m.description)).collect();
            assert_eq!(listed, files, "migrations/{folder}");
            let versions: Vec<i64> = migrations(dialect).iter().map(|m| m.version).collect();
            assert_eq!(versions, (1..=versions.len() as i64).collect::<Vec<_>>());
            for migration in migrations(dialect) {
                assert!(migration.description.starts_with(&format!("{:04}_", migration.version)), "{}", migration.description);
            }
        }
    }

    #[test]
    fn an_address_is_a_file_or_a_database_url_and_is_shown_without_its_password() {
        assert_eq!(Address::parse("postgres://blankett:secret@db:5432/blankett").unwrap().dialect, Dialect::Postgres);
        assert_eq!(Address::parse("postgres://blankett:secret@db:5432/blankett").unwrap().shown(), "postgres://blankett:%E2%80%A6@db:5432/blankett");
        assert_eq!(Address::parse("postgresql://db/blankett").unwrap().dialect, Dialect::Postgres);
        assert_eq!(Address::parse("sqlite://x.sqlite").unwrap().dialect, Dialect::Sqlite);
        let file = Address::parse("blankett.sqlite").unwrap();
        assert_eq!(file.dialect, Dialect::Sqlite);
        assert!(file.url.starts_with("sqlite:///") && file.url.contains("blankett.sqlite") && file.url.contains("mode=rwc"), "{}", file.url);
        assert!(Address::parse("mysql://db/x").is_err());
        assert!(Address::parse("").is_err());
    }
}
