#!/usr/bin/env bash
# Fact quality side by side with the JavaScript libraries a web developer
# would use instead: entities (CoNLL-2003 dev) for Nutshell, compromise and
# wink-nlp; dates (TempEval-3) for Nutshell, chrono-node and
# Recognizers-Text. Installs the peers into tools/eval/peers/node_modules.
# Prints the tables and writes them to tools/eval/results/facts.md, with the
# date, commit and versions (tools/eval/report.py).
#   tools/eval/eval-facts.sh [DATA_DIR]     (default: ../shared/data)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
data="${1:-$ROOT/../shared/data}"
cd "$ROOT"
js_peers
binary="$(private_cli)"
tables="$(mktemp)"
# Sentence by sentence (the CoNLL convention), then whole documents (how
# articles arrive, and where one name keeps one label).
for set in dev dev.docs; do
  for who in "--nutshell $binary" "--peer compromise" "--peer wink"; do
    name="$(basename "${who#--* }")"
    say "entities ($set): $name"
    printf '## Entities, %s.jsonl: %s\n\n' "$set" "$name" >>"$tables"
    python3 tools/eval/eval_ner.py $who "$data/ner/$set.jsonl" | tee -a "$tables"
    echo >>"$tables"
  done
done
for who in "--nutshell $binary" "--peer chrono" "--peer recognizers"; do
  name="$(basename "${who#--* }")"
  say "dates: $name"
  printf '## Dates, TempEval-3: %s\n\n' "$name" >>"$tables"
  python3 tools/eval/eval_dates.py $who "$data/dates/timebank.jsonl" "$data/dates/aquaint.jsonl" | tee -a "$tables"
  echo >>"$tables"
done
python3 tools/eval/report.py --title "Entities and dates: Nutshell and its JavaScript peers" \
  --command "tools/eval/eval-facts.sh${*:+ $*}" --nutshell "$binary" \
  --js-peers compromise,wink-nlp,wink-eng-lite-web-model,chrono-node,@microsoft/recognizers-text-suite \
  --about "How it is measured: entities by \`tools/eval/eval_ner.py\` (exact span and label, CoNLL style), dates by \`tools/eval/eval_dates.py\` (DATE+TIME and every TIMEX3 type, overlap and strict span F1, value = overlaps one with the same normalised value, on the whole sets and their tune/aside halves of \`tools/eval/splits/dates.json\`), each document resolved against its own date. Dev figures, not test scores." \
  --out tools/eval/results/facts.md <"$tables"
