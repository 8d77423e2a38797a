#!/usr/bin/env bash
# Key points: ROUGE-1/2/Lsum F1 (rouge-score 0.1.2, stemming on) of
# Nutshell's key points (`--keypoints`), its whole-sentence summary and Lead
# at one word budget, each truncated the same way, on CNN/DM dev and GUM's
# summaries: a fixed 60 words and each reference's length; whole sets, then
# their TUNE and HELD-ASIDE halves (tools/eval/splits/). Prints the tables
# and writes them to tools/eval/results/keypoints.md (tools/eval/report.py).
# Installs its Python peers into .venv on first use (eval_summary.py's).
#   tools/eval/eval-keypoints.sh [DATA_DIR]    (default: ../shared/data/summarization)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
data="${1:-$ROOT/../shared/data/summarization}"
cd "$ROOT"
python_peers "rouge_score, sumy" rouge-score==0.1.2 sumy==0.13.0
binary="$(private_cli)"
say "ROUGE of key points on $data"
tables="$(mktemp)"
.venv/bin/python tools/eval/eval_keypoints.py --nutshell "$binary" \
  "$data/cnndm-dev.jsonl:60w" "$data/cnndm-dev.jsonl:refw" \
  "$data/gum-summaries.dev.jsonl:60w" "$data/gum-summaries.dev.jsonl:refw" | tee "$tables"
.venv/bin/python tools/eval/report.py --title "Key points: Nutshell's bullets, its sentences and Lead at one word budget" \
  --command "tools/eval/eval-keypoints.sh${*:+ $*}" --nutshell "$binary" --python-packages rouge-score \
  --about "How it is measured: \`tools/eval/eval_keypoints.py\` (module doc). ROUGE F1 x 100, stemming on, bootstrap 95% confidence intervals over documents; every method's text is cut after the budget's last word. Key points: \`--keypoints --words N\`; Sentences: \`--words N\`, Nutshell's summary; Lead: the first body sentences that fit. Gains: paired bootstrap. The compression rules of the first four sessions were written reading bullets of all 100 CNN/DM dev articles (its HELD-ASIDE half is no blind test); from the fifth on, only the TUNE half's bullets are read; GUM's bullets were never read. Dev figures, not test scores." \
  --out tools/eval/results/keypoints.md <"$tables"
