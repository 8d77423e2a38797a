#!/usr/bin/env bash
# The page's size budget (issue 18): every byte of the page is downloaded
# by every reader, so growth is a decision, not an accident. Sums gzip -9
# of the files a reader of the page downloads from dist/ (the embedding
# files and the API's type declarations are not the page's) and fails when
# the total passes PAGE_BUDGET. Raise the budget here, in one place, and
# say why in the commit. The file readers (the readers module and its
# worker script, issue 16) are loaded only when a page or document is
# first opened: listed on their own lines, not in the page's total (the
# same files tools/post-build.mjs leaves out of the install); so are the
# language packs (dist/packs/, issue 17).
#   tools/page-size.sh [DIST]     (default: dist, after tools/lib.sh page_build)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Bytes, gzipped. Issue 13 set 560,000 for this round; the round's merged
# work took the page to 572,080. Issue 18 brought it to 393,733 (the
# tagger model entropy-coded, one sort for the crate, panics that abort at
# once: build with tools/lib.sh page_build) and set the budget at 400,000,
# issue 18's goal: 6 KB of room, about one more small feature, so that the
# next larger one (a language, a wider model) has to pay for its bytes.
# The same session's other work, merged after it (key points and the
# headline, the page extractor for dropped pages and rich pastes, dates,
# attribution, the worker's warm-up), took the page to 434,206: the budget
# is 440,000 until a size pass wins those bytes back (issue 18 stays open
# on its 400 KB goal). The readers module took the page extractor out of
# the page (issue 16): 434,485 before, 419,258 after (its wasm alone
# 15.7 KB smaller); the budget is that plus under 5 KB of room, so the
# bytes won are not spent by accident (issue 18 stays open on its 400 KB
# goal), and the readers' own bytes are printed apart. Merged after it in
# the same session: the other languages (issue 17: trigram profiles of 21
# languages, word lists and stemmers of six, about 24 KB), the host-page
# source and citations (2.8 KB), and a size pass (-7.3 KB, the sorts added
# since the one-sort pass): 440,066; with the dates rules 442,485, and
# 442,524 at the end of that session. The fifth session moved the six
# languages' word lists into language packs fetched when a text in that
# language arrives (issue 17; dist/packs/, listed apart below): 442,524
# before, 439,591 after (wasm -3,908, the fetch +585 in the JS glue, the
# packs' digests +330 in sw.js). The budget is that plus under 5 KB of
# room (issue 18 stays open on its 400 KB goal: the trigram profiles and
# the key points are the next candidates). The same session's stand-alone
# checks and caption rules (issue 15), attribution and date rules (issue
# 14), merged after it, took the page to 444,147 (+4.6 KB): the budget is
# 446,000, under 2 KB of room, until a size pass wins bytes back. The
# sixth session's language detector scores 300 trigrams a language by
# log-probability, not 150 by rank (issue 17's goal of 0.99 on paragraphs:
# held-out 0.9887 -> 0.9915; the profiles 8.4 -> 14.4 KB gzipped), and its
# entity, summary and header rules took the page to 454,376: the budget was
# 458,000. The eighth session's merged rules (newsletters and anecdotes,
# pounds of weight, CJK dates, the entity rules and confidence value) took
# it to 463,671: the budget was 464,000. The ninth session's smaller
# tagger (weights of 65 levels, model.bin 135 -> 69 KB) took it to
# 397,434, and the same session's attribution rules and entity and speed
# fixes, merged after it, to 402,623 (budget 403,000). The tenth session
# minifies the scripts and the stylesheet (tools/post-build.mjs, esbuild):
# 395,513 (395,847 with frame.js, which the page loads and this count
# left out before; 396,329 with the session's later attribution fixes),
# and the budget is issue 18's 400,000 again.
PAGE_BUDGET=400000
dist="${1:-$ROOT/dist}"
total=0
readers=0
for f in "$dist"/*; do
  [ -f "$f" ] || continue
  size=$(gzip -9c "$f" | wc -c)
  case "$(basename "$f")" in
    # embed.js and the example are a host's, not the page's; frame.js is
    # the page's (index.html loads it for every reader), so it counts.
    embed-example.* | embed.js | *.d.ts) continue ;;
    nutshell-readers.js | nutshell-readers_bg.wasm | readers.js)
      printf '%9d  %s (readers, on first use)\n' "$size" "$(basename "$f")"
      readers=$((readers + size))
      continue
      ;;
  esac
  printf '%9d  %s\n' "$size" "$(basename "$f")"
  total=$((total + size))
done
printf 'readers (loaded on first use, not in the page): %d bytes gzipped\n' "$readers"
# The language packs (issue 17): one language's word lists each, fetched
# when a text in that language arrives (a reader of German text downloads
# packs/de.txt once); listed apart, not in the page's total.
packs=0
for f in "$dist"/packs/*.txt; do
  [ -f "$f" ] || continue
  size=$(gzip -9c "$f" | wc -c)
  printf '%9d  packs/%s (language pack, on first use)\n' "$size" "$(basename "$f")"
  packs=$((packs + size))
done
printf 'language packs (each loaded on first use, not in the page): %d bytes gzipped\n' "$packs"
printf 'page: %d bytes gzipped (budget %d)\n' "$total" "$PAGE_BUDGET"
if [ "$total" -gt "$PAGE_BUDGET" ]; then
  echo "the page is over its size budget by $((total - PAGE_BUDGET)) bytes" >&2
  exit 1
fi
