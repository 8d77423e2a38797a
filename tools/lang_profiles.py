"""Build the language detector's profiles (src/engine/segmentation/language_profiles.txt)
from the TUNE part of tools/eval/lang_texts.py (sources and licences are
listed there; no text is stored, only the commonest letter trigrams).

Two parts, after Cavnar & Trenkle (1994, "N-gram-based text
categorization"), scored as whatlang and langdetect do on short texts:
- for each language, its PROFILE_SIZE commonest letter trigrams of
  lower-cased words padded with a space at each end (" de", "de ", "der"),
  in order of frequency: a text is scored by the rank each of its trigrams
  has in a profile (a Zipf estimate of its probability);
- for pairs of close languages that the profiles confuse on the TUNE part
  (Norwegian/Danish, Galician/Spanish/Portuguese, Catalan/Spanish,
  Afrikaans/Dutch, Swedish/Norwegian/Danish), the PAIR_SIZE trigrams whose
  frequency differs most between the two (a log-odds ratio), each marked
  for the language it points to: when the two best profiles are such a
  pair, the marks decide.

The sizes were chosen on the TUNE part (its fourth quarter held back): 150
trigrams and 60 marks gave 0.993 of paragraphs; 200/60 0.9925, 250/60
0.994 at a third more bytes; without the pair marks 0.981.

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
PROFILE_SIZE = 150
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
        "# code, then its commonest letter trigrams in order ('_' a word's edge);",
        "# a line per close pair: 'pair', the two codes, then trigrams marked",
        "# '+' (pointing to the first) or '-' (to the second).",
    ]
    for lang, c in counts.items():
        top = [g for g, _ in c.most_common(PROFILE_SIZE)]
        lines.append(lang + "\t" + "|".join(g.replace(" ", "_") for g in top))
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
