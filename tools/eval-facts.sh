#!/usr/bin/env bash
# Fact quality side by side with the JavaScript libraries a web developer
# would use instead: entities (CoNLL-2003 dev) for Nutshell, compromise and
# wink-nlp; dates (TempEval-3) for Nutshell, chrono-node and
# Recognizers-Text. Installs the peers into tools/peers/node_modules.
#   tools/eval-facts.sh [DATA_DIR]     (default: ../shared/data)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
data="${1:-$ROOT/../shared/data}"
cd "$ROOT"
js_peers
say "cargo build --release --features cli"
cargo build --quiet --release --features cli
# Sentence by sentence (the CoNLL convention), then whole documents (how
# articles arrive, and where one name keeps one label).
for set in dev dev.docs; do
  for who in "--nutshell target/release/nutshell" "--peer compromise" "--peer wink"; do
    say "entities ($set): ${who#--}"
    python3 tools/eval_ner.py $who "$data/ner/$set.jsonl"
  done
done
# Dates, every system in one run, into tools/eval/results/dates.md.
{
  echo "# Dates on TempEval-3 dev: $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD)"
  echo
  echo "Produced by tools/eval-facts.sh. Parts: \"tune\" is the half rules were chosen on,"
  echo "\"aside\" the half only reported (tools/eval/splits/dates.json). Counts: DATE+TIME"
  echo "(as before durations were emitted) and ALL (every TIMEX3 type)."
  for who in "--nutshell target/release/nutshell" "--peer chrono" "--peer recognizers"; do
    echo
    echo "## ${who#--}"
    echo
    python3 tools/eval_dates.py $who "$data/dates/timebank.jsonl" "$data/dates/aquaint.jsonl"
  done
} | tee tools/eval/results/dates.md
