"""Tests of tools/eval/eval_german_ner.py on made-up sentences (no text from
shared/data): the split's rule, and the loud stops on missing data and on a
tagger that finds nothing, so a broken run never reports zeros.

    python3 -m unittest discover -s tools/eval -p 'test_*.py'
"""

import json
import os
import stat
import tempfile
import unittest

import eval_german_ner as g


def sentences(n):
    return [{"id": f"s{i}", "genre": "news" if i % 3 else "wiki", "text": f"Anna Berg sah Ort {i}.",
             "entities": [{"start": 0, "end": 9, "label": "PER"}]} for i in range(n)]


class Split(unittest.TestCase):
    def test_each_genre_is_halved_and_tune_dealt_into_folds(self):
        rows = sentences(31)
        split = g.split_rule(rows)
        ids = [r["id"] for r in rows]
        self.assertEqual(sorted(split["tune"] + split["aside"]), sorted(ids))
        self.assertFalse(set(split["tune"]) & set(split["aside"]))
        for genre in ("news", "wiki"):
            of = [r["id"] for r in rows if r["genre"] == genre]
            self.assertEqual(len(set(of) & set(split["tune"])), (len(of) + 1) // 2)
        self.assertEqual(sorted(i for f in split["tune_folds"] for i in f), sorted(split["tune"]))
        self.assertEqual(len(split["tune_folds"]), g.FOLDS)
        # The rule reads ids, not file order.
        again = g.split_rule(list(reversed(rows)))
        self.assertEqual(set(again["tune"]), set(split["tune"]))
        self.assertEqual([set(f) for f in again["tune_folds"]], [set(f) for f in split["tune_folds"]])


class LoudStops(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()

    def test_a_missing_or_nameless_data_file_stops_the_run(self):
        with self.assertRaises(SystemExit):
            g.load(self.dir, "lang/de/none.jsonl")
        os.makedirs(os.path.join(self.dir, "lang"))
        with open(os.path.join(self.dir, "lang", "empty.jsonl"), "w") as f:
            f.write(json.dumps({"id": "a", "text": "Nichts.", "entities": []}) + "\n")
        with self.assertRaises(SystemExit):
            g.load(self.dir, "lang/empty.jsonl")

    def test_a_tagger_that_finds_no_name_stops_the_run(self):
        fake = os.path.join(self.dir, "nutshell")
        with open(fake, "w") as f:
            f.write('#!/bin/sh\nfor a; do last=$a; done\n'
                    'case "$*" in *analyze*) while read -r l; do echo \'{"entities": []}\'; done;;\n'
                    '*) while read -r l; do echo \'{"evidence": []}\'; done < "$last";; esac\n')
        os.chmod(fake, os.stat(fake).st_mode | stat.S_IEXEC)
        with self.assertRaises(SystemExit):
            g.tag(fake, None, sentences(4), self.dir)


if __name__ == "__main__":
    unittest.main()
