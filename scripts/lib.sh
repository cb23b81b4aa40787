# Shared by scripts/run, scripts/test and scripts/setup. Sourced, not executed.
# Works without a login shell: it finds cargo and the tools itself.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
# binaryen (wasm-opt) from npm lives outside the clone so that a fresh clone reuses it.
TOOLS_DIR="${BLANKETT_TOOLS:-$HOME/.cache/blankett-tools}"
export PATH="$CARGO_BIN:$TOOLS_DIR/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# Node does not read the system's certificate store; where the registries are reached through a
# TLS-inspecting proxy, npm then fails every request with SELF_SIGNED_CERT_IN_CHAIN and retries.
if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
TERSER_VERSION="5.51.2"
# The wasm-bindgen CLI must equal the crate pinned in Cargo.toml, to the patch.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' "$ROOT/Cargo.toml")"

# Each step says how long the run has taken so far, so that a slow stage shows in CI's log.
export SAY_STARTED=${SAY_STARTED:-$(date +%s)}
say() { printf '\033[1m==> %s\033[0m (%s s)\n' "$*" "$(( $(date +%s) - SAY_STARTED ))"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root for: $*" >&2; return 1; fi
}

setup() {
  if ! command -v cargo >/dev/null; then
    echo "cargo is not installed. Install Rust with rustup (https://rustup.rs) and run this again." >&2
    exit 1
  fi

  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi

  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi

  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
     || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    # No --locked: the CLI's own lock file names a yanked prerelease.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi

  # Debian's wasm-opt (binaryen 108) builds a module that fails in the browser with no build
  # error; binaryen from npm works.
  if ! "$TOOLS_DIR/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
    say "installing binaryen $BINARYEN_VERSION (wasm-opt) from npm into $TOOLS_DIR"
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
  fi

  # trunk's own minifier cannot parse wasm-bindgen's glue (it leaves it whole); terser can.
  if [ "$("$TOOLS_DIR/node_modules/.bin/terser" --version 2>/dev/null)" != "terser $TERSER_VERSION" ]; then
    say "installing terser $TERSER_VERSION (JS minifier) from npm into $TOOLS_DIR"
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --loglevel=error "terser@$TERSER_VERSION"
  fi

  if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
    say "installing Chromium and chromedriver from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
  fi

  setup_fuzzer
  setup_postgres

  local e2e="$ROOT/tests/e2e"
  if [ ! -f "$e2e/node_modules/.package-lock.json" ] || [ "$e2e/package-lock.json" -nt "$e2e/node_modules/.package-lock.json" ]; then
    say "installing the end-to-end test dependencies (npm ci)"
    (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# schemathesis (the contract fuzzer of scripts/fuzz) comes from PyPI into a venv of its own, so that
# it neither needs nor changes the system's Python packages. Pinned, so that a new release cannot
# change what a run finds; 4.32.5 is the newest 4.x, and installs on Python 3.11.
SCHEMATHESIS_VERSION="4.32.5"

setup_fuzzer() {
  local venv="$TOOLS_DIR/schemathesis"
  if [ "$("$venv/bin/schemathesis" --version 2>/dev/null)" != "schemathesis, version $SCHEMATHESIS_VERSION" ]; then
    say "installing schemathesis $SCHEMATHESIS_VERSION from PyPI into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
}

# The compiler's flags for a release build of the browser's code. A panic's location names its
# source file, and for a dependency that is a path inside this machine's cargo home: written as the
# crate's own path instead, the module is the same on every machine, and 0.1 KB smaller. The flag
# replaces .cargo/config.toml's, so it repeats them.
release_rustflags() {
  local flags="--cfg erase_components" registry
  for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
    if [ -d "$registry" ]; then flags="$flags --remap-path-prefix=$registry="; fi
  done
  echo "$flags"
}

build_app() {
  say "building the web app (trunk build --release)"
  (cd "$ROOT" && CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(release_rustflags)" trunk build --release --offline)
}

# The widget (README, "Embedding") into dist/widget/ and its package into dist/: after build_app,
# whose build replaces dist/.
build_widget() {
  say "building the widget (scripts/build-widget)"
  "$ROOT/scripts/build-widget"
}

# PostgreSQL for the tests and the load test: Debian's package, installed if missing, and a
# throwaway cluster in a temporary folder on a free port, trusted on loopback only. initdb refuses
# to run as root, so as root the cluster runs as the `postgres` user the package makes.
setup_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    say "installing PostgreSQL from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
  fi
}

# start_postgres [durable]: starts the cluster and exports BLANKETT_TEST_POSTGRES (its address)
# and PG_DIR. Without `durable` it skips fsync, which only a power cut would notice: tests need
# no more. stop_postgres stops it and deletes the folder; call it from a trap.
start_postgres() {
  local bin port run=()
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/blankett-postgres-XXXXXX")"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$PG_DIR"
    run=(runuser -u postgres --)
  fi
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "${1:-}" = durable ]; then durability=""; fi
  "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync -E UTF8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 $durability" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  PG_BIN="$bin"
  export PG_DIR PG_BIN
  export BLANKETT_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    local run=()
    if [ "$(id -u)" = 0 ]; then run=(runuser -u postgres --); fi
    "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
