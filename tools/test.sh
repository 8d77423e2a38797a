#!/usr/bin/env bash
# The README's second command (and .ci/run): install what is missing, then
# run every test: lints, native unit/integration/property/doc tests, the
# dependency check, a fuzz smoke run, the engine built alone for wasm32 with
# no web crate, the wasm32 tests in headless Chromium, the release build,
# and the end-to-end tests against it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
"$ROOT/tools/setup.sh" test
cd "$ROOT"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

say "cargo fmt --check"
cargo fmt --check
say "cargo clippy (native, all targets)"
cargo clippy --quiet --all-targets --features cli -- -D warnings

say "native tests (unit, integration, properties, doc)"
cargo test --features cli

say "scaling: every stage linear in its input (issue 11; examples/pathological.rs)"
cargo run --quiet --release --features readers --example pathological -- --check

say "the evaluation tools' own tests (Python, stdlib)"
python3 -m unittest discover -s tools/eval -p 'test_*.py'

say "dependency licences, bans and sources (cargo deny)"
cargo deny --log-level error check bans licenses sources

# Advisories need the RustSec database, a GitHub repository: where it can be
# fetched, a known vulnerability fails the run; where it cannot (these
# machines reach package registries only), the check says so and goes on.
say "security advisories (cargo deny, RustSec database)"
status=0
advisories="$(timeout 180 cargo deny --log-level error check advisories 2>&1)" || status=$?
if [ "$status" -eq 0 ]; then
  echo "advisories ok"
elif [ "$status" -eq 124 ] || grep -qE 'failed to fetch advisory database|Could not resolve host' <<<"$advisories"; then
  echo "advisories not checked: the RustSec database cannot be fetched from this machine"
else
  printf '%s\n' "$advisories" >&2
  exit 1
fi

say "fuzz smoke run (20 s a target; tools/fuzz.sh for longer)"
tools/fuzz.sh 20

say "the engine alone for wasm32, with no web crate"
wasm_run cargo build --quiet --lib --target wasm32-unknown-unknown
web_crates="$(wasm_run cargo tree --target wasm32-unknown-unknown -e normal --prefix none |
  grep -E '^(yew|wasm-bindgen|web-sys|js-sys|serde-wasm-bindgen|gloo)[ -]' || true)"
if [ -n "$web_crates" ]; then
  printf 'web crates in the engine-only build:\n%s\n' "$web_crates" >&2
  exit 1
fi
if grep -rnE '\b(web_sys|wasm_bindgen|js_sys|yew)\b' src/engine | grep -vE '^[^:]+:[0-9]+:\s*//'; then
  echo "src/engine must not name a web crate" >&2
  exit 1
fi

say "wasm32 tests in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  wasm_run cargo test --target wasm32-unknown-unknown --features web --test browser

say "release build (trunk, tools/lib.sh page_build)"
page_build
wasm="$(ls dist/nutshell-web-*_bg.wasm)"
printf 'release wasm: %s bytes, %s bytes gzipped\n' "$(wc -c <"$wasm")" "$(gzip -9c "$wasm" | wc -c)"
say "the page's size budget"
tools/page-size.sh

say "end-to-end tests in Chromium (screenshots in test-output/e2e/)"
node --test tests/e2e/
