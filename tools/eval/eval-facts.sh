#!/usr/bin/env bash
# Fact quality side by side with the JavaScript libraries a web developer
# would use instead: entities (CoNLL-2003 dev) for Nutshell, compromise and
# wink-nlp; dates (TempEval-3) for Nutshell, chrono-node and
# Recognizers-Text. Installs the peers into tools/eval/peers/node_modules.
#   tools/eval/eval-facts.sh [DATA_DIR]     (default: ../shared/data)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
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
    python3 tools/eval/eval_ner.py $who "$data/ner/$set.jsonl"
  done
done
for who in "--nutshell target/release/nutshell" "--peer chrono" "--peer recognizers"; do
  say "dates: ${who#--}"
  python3 tools/eval/eval_dates.py $who "$data/dates/timebank.jsonl" "$data/dates/aquaint.jsonl"
done
