#!/usr/bin/env bash
# Fuzz with libFuzzer through cargo-fuzz, each target for SECONDS:
#   tools/fuzz.sh [SECONDS] [TARGET ...]   (default 300 each; tools/test.sh runs 30)
# Targets (fuzz/fuzz_targets/): analyze (the whole analysis on any text),
# import_html (the HTML importer), read_docx (the Word reader on any
# bytes, seeded with tests/fixtures/docx), read_pdf (the PDF reader on any
# bytes; seeds in fuzz/seeds/pdf), structured (long runs of names, numbers,
# dates, quotes and tags, up to 1 MB, analysed, carded and exported).
# Inputs may be up to 1 MB (-len_control=0 lets libFuzzer try long ones at
# once); each target's corpus grows in fuzz/corpus/TARGET (not committed).
# At the end each target's longest input is reported. A crash leaves its
# input in fuzz/artifacts/TARGET/: add it to a regression test before fixing it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
seconds="${1:-300}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(analyze import_html read_docx read_pdf structured)
"$ROOT/tools/setup.sh" fuzz
cd "$ROOT"

# Seeds per target, and the dictionary that steers it.
seeds_of() {
  case "$1" in
    analyze) echo seeds ;;
    import_html) echo www ;;
    read_docx) echo tests/fixtures/docx ;;
    read_pdf) echo fuzz/seeds/pdf ;;
    *) echo "" ;;
  esac
}
dict_of() {
  case "$1" in
    import_html) echo "-dict=fuzz/dict/html.dict" ;;
    read_pdf) echo "-dict=fuzz/dict/pdf.dict" ;;
    *) echo "-dict=fuzz/dict/text.dict" ;;
  esac
}

report=()
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target"
  log="$(mktemp)"
  say "fuzzing $target for ${seconds}s"
  # libFuzzer's instrumentation flags are nightly-only; RUSTC_BOOTSTRAP lets
  # the stable compiler accept them. No sanitizer: the crate forbids unsafe
  # code, so what is looked for is panics, hangs and runaway memory.
  # shellcheck disable=SC2046
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "fuzz/corpus/$target" $(seeds_of "$target") \
    --sanitizer none -- "$(dict_of "$target")" \
    -max_total_time="$seconds" -max_len=1048576 -len_control=0 -timeout=20 \
    -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tee "$log" | grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==|SUMMARY|structured:)' | tail -5
  status="${PIPESTATUS[0]}"
  [ "$status" -eq 0 ] || { tail -40 "$log" >&2; exit "$status"; }
  longest="$(find "fuzz/corpus/$target" -type f -printf '%s\n' | sort -n | tail -1)"
  built="$(grep -o 'longest text so far [0-9]* bytes' "$log" | tail -1 || true)"
  runs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  report+=("$target: $runs runs in ${seconds}s, no crash; longest input kept ${longest:-0} bytes${built:+; $built}")
  rm -f "$log"
done
say "fuzzing done"
printf '  %s\n' "${report[@]}"
