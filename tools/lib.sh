# Shared by tools/*.sh and tools/eval/*.sh: where things are, and how to run a wasm32 build on
# either kind of machine Nutshell is built on:
#  - a laptop with rustup's wasm32-unknown-unknown target: plain cargo;
#  - a machine without it (the project's CI): Debian's rustc-web, which has
#    the target but no prebuilt std, so cargo builds std from source
#    (build-std, allowed on stable by RUSTC_BOOTSTRAP). See shared/TOOLCHAIN.md.
# Source it; it defines functions and sets PATH, nothing else.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The wasm-bindgen version pinned in Cargo.toml; the CLI must match it.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p' "$ROOT/Cargo.toml")"
TRUNK_SERIES="0.21"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

have() { command -v "$1" >/dev/null 2>&1; }

# The project's .venv with what an evaluation imports: when
# `import $1` fails there, pip installs the rest of the arguments (pinned
# packages or -r FILE) into it, making it first if need be.
python_peers() {
  local imports="$1"
  shift
  if ! "$ROOT/.venv/bin/python" -c "import $imports" 2>/dev/null; then
    say "python venv with $imports"
    [ -x "$ROOT/.venv/bin/python" ] || python3 -m venv "$ROOT/.venv"
    "$ROOT/.venv/bin/pip" install --quiet "$@"
  fi
}

# Build the CLI (unless NUTSHELL_BINARY names one to score) and print the
# path of a private copy, so a rebuild during a long evaluation cannot mix
# two versions or change what is measured. Messages go to stderr.
private_cli() {
  local built="${NUTSHELL_BINARY:-}"
  if [[ -n "$built" ]]; then
    say "scoring $built (not built here)" >&2
  else
    say "cargo build --release --features cli" >&2
    (cd "$ROOT" && cargo build --quiet --release --features cli) >&2
    built="$ROOT/target/release/nutshell"
  fi
  local copy
  copy="$(mktemp -d)/nutshell"
  cp "$built" "$copy"
  echo "$copy"
}

# Whether rustup's own wasm32 target is installed (the laptop case).
rustup_has_wasm() {
  have rustup && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}

# Whether Debian's rustc-web toolchain is complete.
debian_has_wasm() {
  [ -x /usr/bin/rustc ] && [ -x /usr/bin/cargo ] && [ -d /usr/lib/rustlib/src/rust/library ] &&
    have rust-lld && /usr/bin/rustc --print target-list 2>/dev/null | grep -qx wasm32-unknown-unknown
}

# Run a command that builds for wasm32 with the right toolchain and its own
# target directory (so native and wasm builds never invalidate each other).
wasm_run() {
  if rustup_has_wasm; then
    CARGO_TARGET_DIR="$ROOT/target/wasm" "$@"
  else
    PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_DIR="$ROOT/target/wasm" "$@"
  fi
}

# Build the release page into dist/ (`trunk build --release --offline`)
# with panics that abort at once: `-Cpanic=immediate-abort` leaves out the
# panic machinery (message formatting, source locations), 19 KB of the page
# gzipped (issue 18). Nothing a reader sees changes: the wasm already
# aborted on a panic (`panic = "abort"`) and installs no panic hook, so the
# message was formatted for no one; the page gets the same trap. The flag
# needs a std built with it (build-std, as on the Debian path; a rustup
# toolchain needs its rust-src component) and unstable options (hence
# RUSTC_BOOTSTRAP, as build-std already does), and its own target
# directory, so that the browser tests (which keep their panic messages)
# and the page do not rebuild each other.
page_build() {
  wasm_run env RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" CARGO_TARGET_DIR="$ROOT/target/page" \
    trunk build --release --offline "$@"
}

# The JavaScript peers (tools/eval/peers) at the versions package-lock.json pins,
# unless they are there already.
js_peers() {
  if ! [ -d "$ROOT/tools/eval/peers/node_modules/compromise" ] ||
     [ "$ROOT/tools/eval/peers/package-lock.json" -nt "$ROOT/tools/eval/peers/node_modules/.package-lock.json" ]; then
    say "npm ci in tools/eval/peers"
    (cd "$ROOT/tools/eval/peers" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Run as root or through sudo (a laptop); the project's machines are root.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}
