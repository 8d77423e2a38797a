"""Build the language detector's profiles (src/engine/segmentation/language_profiles.txt)
from the TUNE part of tools/eval/lang_texts.py (sources and licences are
listed there; no text is stored, only the commonest letter trigrams).

Two parts:
- for each language, its PROFILE_SIZE commonest letter trigrams of
  lower-cased words padded with a space at each end (" de", "de ", "der"),
  after Cavnar & Trenkle (1994, "N-gram-based text categorization"), each
  with its log-probability in the language, rounded to half a nat (2 *
  -ln p written before its group of trigrams; a group's trigrams sorted,
  which gzips a tenth smaller): a text is scored as a naive Bayes
  classifier of trigrams scores it (as langdetect does, Shuyo 2010), a
  trigram a profile does not list counting as UNLISTED_SHARE of the
  rarest listed one of any profile (an "unlisted" line);
- for pairs of close languages that the profiles confuse on the TUNE part
  (Norwegian/Danish, Galician/Spanish/Portuguese, Catalan/Spanish,
  Afrikaans/Dutch, Swedish/Norwegian/Danish), the PAIR_SIZE trigrams whose
  frequency differs most between the two (a log-odds ratio), each marked
  for the language it points to: when the two best profiles are such a
  pair, the marks decide.

The sizes were chosen on the TUNE part, profiles built from three quarters
of its paragraphs and scored on the fourth (paragraphs / sentences):
Cavnar & Trenkle's rank distance over 150 trigrams (the fifth session's
detector) 0.9913 / 0.905; naive Bayes over 150 trigrams 0.9910 / 0.903,
200 0.9928 / 0.916, 250 0.9928 / 0.922, 300 0.9944 / 0.927, 400 0.9959 /
0.934, 500 0.9959 / 0.940; each 50 trigrams a language costs about 2.3 KB
gzipped, so 300 (the profiles 8.4 -> 14.4 KB gzipped). Without the pair
marks, 300 gave 0.9887; 100 marks a pair or a Czech/Slovak pair changed
no paragraph. Half-nat or quarter-nat rounding: the same paragraphs;
the rarest listed share 0.2 beat 0.5 by 0.3 point of sentences.

Run: python3 tools/lang_profiles.py  (needs the packages lang_texts.py names)
"""

import collections
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools", "eval"))

import lang_texts  # noqa: E402

OUT = os.path.join(ROOT, "src", "engine", "segmentation", "language_profiles.txt")
PROFILE_SIZE = 300
# A trigram no profile lists counts as this share of the rarest listed one.
UNLISTED_SHARE = 0.2
# Log-probabilities are written in units of 1/STEPS nat.
STEPS = 2
PAIR_SIZE = 60
PAIRS = [("nl", "de"), ("nb", "da"), ("sv", "nb"), ("sv", "da"), ("gl", "es"), ("gl", "pt"), ("es", "pt"), ("ca", "es"), ("af", "nl")]
# A trigram must be seen this often in the two languages together to mark one.
MIN_PAIR_COUNT = 20


def trigrams(text):
    """Letter trigrams of the words of `text`, as the engine cuts them
    (segmentation/language.rs): maximal runs of letters, lower-cased,
    padded with one space each side."""
    out = []
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        padded = f" {word} "
        out.extend(padded[i : i + 3] for i in range(len(padded) - 2))
    return out


def main():
    counts = {}
    for lang in lang_texts.LANGUAGES:
        c = collections.Counter()
        for p in lang_texts.paragraphs(lang, "tune"):
            c.update(trigrams(p))
        counts[lang] = c
    lines = [
        "# Language profiles, made by tools/lang_profiles.py from the TUNE part of",
        "# tools/eval/lang_texts.py: do not edit by hand. A line per language:",
        "# code, then its commonest letter trigrams ('_' a word's edge) in groups",
        "# 'S:gram|gram' of one log-probability, -S/2 nats; an 'unlisted' line, the",
        "# log-probability (the same units) of a trigram a profile does not list;",
        "# a line per close pair: 'pair', the two codes, then trigrams marked",
        "# '+' (pointing to the first) or '-' (to the second).",
    ]
    rarest = 0.0
    for lang, c in counts.items():
        total = sum(c.values())
        groups = {}
        for g, n in c.most_common(PROFILE_SIZE):
            groups.setdefault(round(-math.log(n / total) * STEPS), []).append(g.replace(" ", "_"))
            rarest = min(rarest, math.log(n / total))
        lines.append(lang + "\t" + ";".join(f"{s}:" + "|".join(sorted(gs)) for s, gs in groups.items()))
    lines.append(f"unlisted\t{round(-(rarest + math.log(UNLISTED_SHARE)) * STEPS)}")
    for a, b in PAIRS:
        ca, cb = counts[a], counts[b]
        ta, tb = sum(ca.values()), sum(cb.values())
        odds = {
            g: math.log((ca[g] + 1) / ta) - math.log((cb[g] + 1) / tb)
            for g in set(ca) | set(cb)
            if ca[g] + cb[g] >= MIN_PAIR_COUNT
        }
        marked = sorted(odds, key=lambda g: (-abs(odds[g]), g))[:PAIR_SIZE]
        marks = "|".join(("+" if odds[g] > 0 else "-") + g.replace(" ", "_") for g in marked)
        lines.append(f"pair\t{a}\t{b}\t{marks}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {len(counts)} languages, {len(PAIRS)} pairs")


if __name__ == "__main__":
    main()
