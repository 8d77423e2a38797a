#!/usr/bin/env bash
# Summary quality: ROUGE-1/2/Lsum F1 (rouge-score 0.1.2, stemming on) of
# Nutshell, Lead-k and sumy's TextRank, LexRank, Luhn, LSA, SumBasic and
# KL-Sum on the same sentences, with bootstrap 95% confidence intervals.
#   tools/eval/eval-summary.sh [DATA_DIR]    (default: ../shared/data/summarization)
# Installs its Python peers into .venv on first use.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
data="${1:-$ROOT/../shared/data/summarization}"
cd "$ROOT"
if ! .venv/bin/python -c 'import rouge_score, sumy' 2>/dev/null; then
  say "python venv with rouge-score and sumy"
  python3 -m venv .venv
  .venv/bin/pip install --quiet rouge-score==0.1.2 sumy==0.13.0
fi
say "cargo build --release --features cli"
cargo build --quiet --release --features cli
# A private copy, so a rebuild during the run cannot mix two versions.
binary="$(mktemp -d)/nutshell"
cp target/release/nutshell "$binary"
say "ROUGE on $data"
.venv/bin/python tools/eval/eval_summary.py --nutshell "$binary" \
  "$data/cnndm-dev.jsonl:3" "$data/cnndm-dev.jsonl:60w" "$data/bbc-dev.jsonl:ref" "$data/bbc-dev.jsonl:60w"
