#!/usr/bin/env bash
# Installs what Nutshell needs, skipping whatever is already there, so a
# second run takes seconds. Usage: tools/setup.sh [serve|test|fuzz]
#   serve: the wasm toolchain, Trunk, wasm-bindgen, wasm-opt (binaryen)
#   test:  all of that, plus Chromium and ChromeDriver for the browser
#          tests, cargo-fuzz and cargo-deny
#   fuzz:  cargo-fuzz only
# Sources: Debian's packages, crates.io and npm, by name (shared/TOOLCHAIN.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
purpose="${1:-test}"

# cargo_tool CRATE VERSION COMMAND EXPECTED [FLAGS]: `cargo install CRATE
# --version VERSION FLAGS` unless `COMMAND --version` already prints EXPECTED.
cargo_tool() {
  local crate="$1" version="$2" command="$3" expected="$4"
  shift 4
  if ! $command --version 2>/dev/null | grep -qF "$expected"; then
    say "cargo install $crate $version"
    cargo install "$crate" --version "$version" "$@"
  fi
}

if [ "$purpose" = fuzz ]; then
  cargo_tool cargo-fuzz 0.13.2 "cargo fuzz" "cargo-fuzz 0.13.2" --locked
  exit 0
fi

APT_UPDATED=""
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  have apt-get || { echo "Please install: ${missing[*]}" >&2; exit 1; }
  say "apt-get install ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# 1. A Rust that can build for wasm32.
if rustup_has_wasm; then
  say "wasm32: rustup's target"
elif debian_has_wasm; then
  say "wasm32: Debian's rustc-web with build-std"
elif have apt-get; then
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  debian_has_wasm || { echo "Debian's rustc-web did not give a wasm32 toolchain" >&2; exit 1; }
elif have rustup; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
else
  echo "Need rustup (https://rustup.rs) or Debian's rustc-web to build for wasm32." >&2
  exit 1
fi
have cargo || { echo "Need cargo (https://rustup.rs)." >&2; exit 1; }

# 2. Node and npm, for wasm-opt (binaryen from npm) and playwright-core.
have npm || apt_install nodejs npm

# 3. wasm-bindgen CLI, the exact version Cargo.toml pins (about 2 minutes;
# not --locked: one locked dependency of 0.2.130 is missing from crates.io).
cargo_tool wasm-bindgen-cli "$WASM_BINDGEN_VERSION" wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"

# 4. Trunk 0.21 (about 6 minutes; --locked: without it a newer cssparser
# breaks the build).
cargo_tool trunk "~$TRUNK_SERIES" trunk "trunk $TRUNK_SERIES." --locked

# 5. npm packages at the versions package-lock.json pins.
if ! [ -x "$ROOT/node_modules/.bin/wasm-opt" ] || ! [ -x "$ROOT/node_modules/.bin/esbuild" ] ||
   ! [ -d "$ROOT/node_modules/playwright-core" ] ||
   [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  say "npm ci (binaryen, esbuild, playwright-core)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 6. For the tests: a browser and its driver, the fuzzer, the dependency check.
if [ "$purpose" = test ]; then
  if [ -z "${CHROMIUM:-}" ] || [ -z "${CHROMEDRIVER:-}" ]; then
    apt_install chromium chromium-driver
  fi
  cargo_tool cargo-fuzz 0.13.2 "cargo fuzz" "cargo-fuzz 0.13.2" --locked
  cargo_tool cargo-deny 0.20.2 "cargo deny" "cargo-deny 0.20.2" --locked
fi
say "tools ready"
