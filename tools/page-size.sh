#!/usr/bin/env bash
# The page's size budget (issue 18): every byte of the page is downloaded
# by every reader, so growth is a decision, not an accident. Sums gzip -9
# of the files a reader of the page downloads from dist/ (the embedding
# files and the API's type declarations are not the page's) and fails when
# the total passes PAGE_BUDGET. Raise the budget here, in one place, and
# say why in the commit.
#   tools/page-size.sh [DIST]     (default: dist, after trunk build --release)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Bytes, gzipped. Issue 13 set 560,000 for this round; the round's merged
# work (durations and sets, stand-alone checks, attribution, mention
# stepping, the lexicon) took the page to 572,080, so the budget stands at
# 575,000 until issue 18's smaller model brings it down (zeroing the
# model's weights of level 5 or less saves about 65,000 bytes). Issue 19's
# key points (sentence compression, the bullets and headline in every
# analysis the worker sends, the view and its marks) took it to 587,949:
# 590,000, until the smaller model's saving lands.
PAGE_BUDGET=590000
dist="${1:-$ROOT/dist}"
total=0
for f in "$dist"/*; do
  case "$(basename "$f")" in
    embed-example.* | embed.js | frame.js | *.d.ts) continue ;;
  esac
  size=$(gzip -9c "$f" | wc -c)
  printf '%9d  %s\n' "$size" "$(basename "$f")"
  total=$((total + size))
done
printf 'page: %d bytes gzipped (budget %d)\n' "$total" "$PAGE_BUDGET"
if [ "$total" -gt "$PAGE_BUDGET" ]; then
  echo "the page is over its size budget by $((total - PAGE_BUDGET)) bytes" >&2
  exit 1
fi
