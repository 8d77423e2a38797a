#!/usr/bin/env bash
# Summary quality: ROUGE-1/2/Lsum F1 (rouge-score 0.1.2, stemming on) of
# Nutshell, Lead-k and sumy's TextRank, LexRank, Luhn, LSA, SumBasic and
# KL-Sum on the same sentences, with bootstrap 95% confidence intervals,
# and each method's stand-alone violations (Nutshell's own checks): news
# (CNN/DM, BBC) and GUM's human one-sentence summaries of other genres
# (whole, then the TUNE and HELD-ASIDE halves of GUM and of BBC at the
# reference's length, tools/eval/splits/summaries.json and summaries-bbc.json);
# then Nutshell and Lead alone at 1, 3 and 5 sentences on every set.
# Prints the tables and writes them to tools/eval/results/summary.md, with
# the date, commit and versions (tools/eval/report.py).
#   tools/eval/eval-summary.sh [DATA_DIR]    (default: ../shared/data/summarization)
# NUTSHELL_BINARY=PATH scores that CLI instead of building one (a binary
# built under the shared build lock, so the long run needs no lock).
# Installs its Python peers into .venv on first use.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
data="${1:-$ROOT/../shared/data/summarization}"
cd "$ROOT"
python_peers "rouge_score, sumy" rouge-score==0.1.2 sumy==0.13.0
binary="$(private_cli)"
say "ROUGE on $data"
tables="$(mktemp)"
gum="$data/gum-summaries.dev.jsonl"
{
  .venv/bin/python tools/eval/eval_summary.py --nutshell "$binary" \
    "$data/cnndm-dev.jsonl:3" "$data/cnndm-dev.jsonl:60w" "$data/bbc-dev.jsonl:ref" "$data/bbc-dev.jsonl:60w" "$gum:1"
  for part in tune aside; do
    .venv/bin/python tools/eval/eval_summary.py --nutshell "$binary" --part "$part" "$gum:1" "$data/bbc-dev.jsonl:ref"
  done
  .venv/bin/python tools/eval/eval_summary.py --nutshell "$binary" --no-peers \
    "$data/cnndm-dev.jsonl:1" "$data/cnndm-dev.jsonl:5" "$data/bbc-dev.jsonl:1" "$data/bbc-dev.jsonl:3" \
    "$data/bbc-dev.jsonl:5" "$gum:3" "$gum:5"
} | tee "$tables"
.venv/bin/python tools/eval/report.py --title "Summaries: Nutshell, Lead-k and sumy" \
  --command "tools/eval/eval-summary.sh${*:+ $*}" --nutshell "$binary" --python-packages rouge-score,sumy \
  --about "How it is measured: \`tools/eval/eval_summary.py\` (module doc). ROUGE F1 x 100, stemming on, bootstrap 95% confidence intervals over documents; every method chooses from Nutshell's sentences, header lines left out for all. Stand-alone violations: chosen sentences, over all documents, that fail Nutshell's checks (\`src/engine/summary/standalone.rs\`). GUM summaries and BBC: tuned on their TUNE halves only (tools/eval/splits/). Dev figures, not test scores." \
  --out tools/eval/results/summary.md <"$tables"
