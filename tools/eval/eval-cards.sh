#!/usr/bin/env bash
# Entity cards as a reader sees them (issue 13): mention F1 and card
# precision/recall of Nutshell, compromise and spaCy's small English model
# on GUM (by genre), wikigold, CoNLL-2003 dev documents and WNUT-17, tuning
# and held-aside parts apart (tools/eval/splits/ner.json). Writes
# tools/eval/results/cards.md, cards.json and cards-errors.md (wrong and
# missed cards, tuning parts only); see tools/eval/eval_cards.py for the measure.
#   tools/eval/eval-cards.sh [DATA_DIR] [-- eval_cards.py options]   (default: ../shared/data)
# Installs the peers on first use (compromise into tools/eval/peers/node_modules,
# spaCy into .venv from tools/eval/requirements-peers.txt) and skips what is
# there; peer outputs are cached, so a re-run after an engine change takes
# seconds. Run the build under the shared lock where several builds share
# a machine: flock /tmp/nutshell-build.lock tools/eval/eval-cards.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
data="$ROOT/../shared/data"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then data="$1"; shift; fi
[ "${1:-}" = "--" ] && shift
cd "$ROOT"
js_peers
stamp=.venv/.requirements-peers.txt
if ! cmp -s tools/eval/requirements-peers.txt "$stamp" 2>/dev/null || ! .venv/bin/python -c 'import spacy' 2>/dev/null; then
  say "python venv with spaCy (tools/eval/requirements-peers.txt)"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/pip install --quiet -r tools/eval/requirements-peers.txt
  cp tools/eval/requirements-peers.txt "$stamp"
fi
binary="$(private_cli)"
say "entity cards on $data"
python3 tools/eval/eval_cards.py --nutshell "$binary" --data "$data" --invoked-as "tools/eval/eval-cards.sh${*:+ $*}" "$@"
