"""Language identification on held-out text: Nutshell's detector beside a
peer, on paragraphs (20+ words) and single sentences (4+ words) of 21
languages.

The texts, their sources and licences, and the TUNE / HELD-OUT split are
described in lang_texts.py (splits/language.json); the detector's profiles
and settings were chosen on TUNE only (tools/lang_profiles.py), and this
script reports HELD-OUT (or TUNE with --part tune, for comparison). No
text is stored in the repository.

Peer: langdetect 1.0.9 (PyPI; Apache-2.0; Shuyo's language-detection,
character n-gram naive Bayes over 55 languages), seeded for repeatability,
run from its own virtual environment so the shared .venv stays untouched:
    python3 -m venv /tmp/lid/venv && /tmp/lid/venv/bin/pip install langdetect==1.0.9
Its Norwegian ("no") counts as Bokmål ("nb"). Each system answers from all
the languages it knows, so a wrong answer may be a language outside the 21.

Run: python3 tools/eval/eval_language.py --nutshell target/release/nutshell \
        [--peer-python /tmp/lid/venv/bin/python] [--part held-out] [--out tools/eval/results/language.md]
"""

import argparse
import collections
import json
import os
import subprocess
import sys

import eval_common
import lang_texts

PEER_SCRIPT = r"""
import json, sys
from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException
DetectorFactory.seed = 0
for line in sys.stdin:
    text = json.loads(line)["text"]
    try:
        best = detect_langs(text)[0].lang
    except LangDetectException:
        best = "und"
    print(json.dumps({"no": "nb"}.get(best, best)))
"""


def nutshell_answers(binary, texts):
    answers = eval_common.run_nutshell(binary, [{"text": t} for t in texts])
    return [a.get("meta", {}).get("language", "und") for a in answers]


def peer_answers(python, texts):
    stdin = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    out = subprocess.run([python, "-c", PEER_SCRIPT], input=stdin, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in out.stdout.splitlines()]


def peer_version(python):
    out = subprocess.run([python, "-m", "pip", "show", "langdetect"], capture_output=True, text=True).stdout
    return next((line.split()[1] for line in out.splitlines() if line.startswith("Version:")), "?")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--nutshell", required=True, help="path of the nutshell binary")
    p.add_argument("--peer-python", help="python of a venv with langdetect installed")
    p.add_argument("--part", default="held-out", choices=["tune", "held-out"])
    p.add_argument("--out", help="write the report here (markdown) as well as to stdout")
    args = p.parse_args()

    rows = []  # (language, unit, text)
    for lang in lang_texts.LANGUAGES:
        paragraphs, sentences = lang_texts.units(lang, args.part)
        rows += [(lang, "paragraph", t) for t in paragraphs]
        rows += [(lang, "sentence", t) for t in sentences]
    texts = [r[2] for r in rows]
    systems = {"nutshell": nutshell_answers(args.nutshell, texts)}
    versions = {"nutshell": eval_common.nutshell_version(args.nutshell)}
    if args.peer_python:
        systems["langdetect"] = peer_answers(args.peer_python, texts)
        versions["langdetect"] = {"langdetect": peer_version(args.peer_python)}

    right = collections.defaultdict(lambda: collections.Counter())
    total = collections.Counter()
    confusions = {name: collections.Counter() for name in systems}
    for i, (lang, unit, _) in enumerate(rows):
        total[(lang, unit)] += 1
        for name, answers in systems.items():
            if answers[i] == lang:
                right[name][(lang, unit)] += 1
            else:
                confusions[name][(unit, lang, answers[i])] += 1

    run = eval_common.run_record(None, versions)
    names = list(systems)
    lines = [
        f"# Language identification, {args.part} part: {run['date']}, commit {run['commit']}",
        "",
        eval_common.made_by(run) + " " + eval_common.versions_line(run),
        "",
        "Texts: tools/eval/lang_texts.py (UDHR translations, Debian's translated manual pages and",
        "program messages, GermEval 2014, Europeana, BBC and GUM English; sources and licences there),",
        "split by tools/eval/splits/language.json. Paragraphs have 20+ words, sentences 4+.",
        "Accuracy = share of texts whose language is named right.",
        "",
        "| language | paragraphs | " + " | ".join(f"{n} (para)" for n in names) + " | sentences | "
        + " | ".join(f"{n} (sent)" for n in names) + " |",
        "|---|---|" + "---|" * len(names) + "---|" + "---|" * len(names),
    ]
    for lang in lang_texts.LANGUAGES:
        cells = [lang, str(total[(lang, "paragraph")])]
        cells += [f"{right[n][(lang, 'paragraph')] / max(1, total[(lang, 'paragraph')]):.3f}" for n in names]
        cells += [str(total[(lang, "sentence")])]
        cells += [f"{right[n][(lang, 'sentence')] / max(1, total[(lang, 'sentence')]):.3f}" for n in names]
        lines.append("| " + " | ".join(cells) + " |")
    for label, pick in (("all (micro)", None),):
        cells = [f"**{label}**"]
        for unit in ("paragraph", "sentence"):
            n_unit = sum(v for (l, u), v in total.items() if u == unit)
            cells.append(str(n_unit))
            for n in names:
                r = sum(v for (l, u), v in right[n].items() if u == unit)
                cells.append(f"**{r / max(1, n_unit):.4f}**")
        lines.append("| " + " | ".join(cells) + " |")
    cells = ["mean of languages (macro)"]
    for unit in ("paragraph", "sentence"):
        cells.append("")
        for n in names:
            accs = [right[n][(l, unit)] / total[(l, unit)] for l in lang_texts.LANGUAGES if total[(l, unit)]]
            cells.append(f"{sum(accs) / len(accs):.4f}")
    lines.append("| " + " | ".join(cells) + " |")
    for n in names:
        lines += ["", f"Commonest confusions of {n} (unit, true -> answered: count): "
                  + ", ".join(f"{u} {a}->{b}: {c}" for (u, a, b), c in confusions[n].most_common(12))]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(report)


if __name__ == "__main__":
    sys.exit(main())
