#!/usr/bin/env bash
# Fuzz the whole analysis with libFuzzer through cargo-fuzz; the corpus
# starts from seeds/ and grows in fuzz/corpus/analyze (not committed).
#   tools/fuzz.sh [SECONDS]      (default 300; tools/test.sh runs 30)
# A crash leaves its input in fuzz/artifacts/analyze/: add it to
# tests/regressions.rs before fixing it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
seconds="${1:-300}"
"$ROOT/tools/setup.sh" fuzz
cd "$ROOT"
mkdir -p fuzz/corpus/analyze
say "fuzzing for ${seconds}s"
# libFuzzer's instrumentation flags are nightly-only; RUSTC_BOOTSTRAP lets
# the stable compiler accept them. No sanitizer: the crate forbids unsafe
# code, so what is looked for is panics, hangs and runaway memory.
RUSTC_BOOTSTRAP=1 cargo fuzz run analyze fuzz/corpus/analyze seeds --sanitizer none -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
