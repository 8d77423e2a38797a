"""Tests of tools/eval/eval_attribution.py's measure on made-up spans (no
text from shared/data): how speakers are compared, how found quotes are
matched to gold ones, where a gold row's article is read from, and the
checks of the gold's offsets (run on the real gold too when ../shared/data
is there).

    python3 -m unittest discover -s tools/eval -p 'test_*.py'
"""

import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_attribution import (  # noqa: E402
    GOLD, PARTS, SOURCES, TUNABLE, check_offsets, errors, evaluate, load_texts, markdown, norm, score, speaker_right)

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data")


def gold(start, end, speaker, form="after", aliases=()):
    return {"start": start, "end": end, "speaker": speaker, "aliases": list(aliases),
            "form": form, "position": form, "verb": None if form in ("continuation", "none") else "said",
            "ref": None if form == "none" else "name"}


def found(start, end, speaker):
    return {"start": start, "end": end, "speaker": speaker}


class Names(unittest.TestCase):
    def test_titles_articles_case_and_possessives_are_ignored(self):
        self.assertEqual(norm("Mr. Tom  Okafor"), "tom okafor")
        self.assertEqual(norm("The Police"), "police")
        self.assertEqual(norm("Dame Joan Hale\u2019s"), "joan hale")

    def test_a_surname_is_right_only_when_lenient(self):
        g = gold(0, 5, "Tom Okafor")
        self.assertFalse(speaker_right("Okafor", g))
        self.assertTrue(speaker_right("Okafor", g, lenient=True))
        self.assertFalse(speaker_right("Ann Okafor", g, lenient=True))

    def test_aliases_count_and_no_speaker_is_never_right(self):
        g = gold(0, 5, "a spokesman for the city council", aliases=["the spokesman"])
        self.assertTrue(speaker_right("Spokesman", g))
        self.assertFalse(speaker_right(None, g))
        self.assertFalse(speaker_right("Tom Okafor", gold(0, 5, None, "none")))


class Matching(unittest.TestCase):
    def test_one_found_quote_over_two_gold_quotes_credits_both(self):
        c = score([found(0, 50, "Tom Okafor")], [gold(0, 20, "Tom Okafor"), gold(25, 50, "Tom Okafor")], None)["all"]
        self.assertEqual((c["found"], c["right"], c["gold"], c["recalled"]), (1, 1, 2, 2))

    def test_a_wrong_speaker_and_an_unmatched_quote(self):
        c = score([found(0, 10, "Ann Lee"), found(60, 70, "Tom Okafor")],
                  [gold(2, 12, "Tom Okafor"), gold(30, 40, "Tom Okafor")], None)
        self.assertEqual((c["all"]["attributed"], c["all"]["right"], c["all"]["recalled"]), (1, 0, 0))
        self.assertEqual((c["extra"]["found"], c["extra"]["attributed"]), (1, 1))

    def test_a_speaker_where_gold_has_none_costs_precision_only(self):
        rows = [{"part": "tune", "quotes": [gold(0, 10, None, "none")], "statements": []},
                {"part": "aside", "quotes": [], "statements": []}]
        answers = [{"quotes": [found(0, 10, "Ann Lee")], "statements": []}, {"quotes": [], "statements": []}]
        tune = evaluate(rows, answers)["tune"]["quotes"]
        self.assertEqual(tune["all"]["speaker_p"], 0.0)
        self.assertIsNone(tune["all"]["speaker_r"])
        self.assertEqual(tune["form"]["none"]["gold"], 1)


class Parts(unittest.TestCase):
    def test_each_part_is_scored_and_reported_on_its_own_the_held_out_one_first(self):
        rows = [{"part": part, "quotes": [gold(0, 10, "Tom Okafor")], "statements": []} for part in PARTS]
        answers = [{"quotes": [found(0, 10, "Tom Okafor" if part == "fresh" else "Ann Lee")], "statements": []}
                   for part in PARTS]
        result = evaluate(rows, answers)
        self.assertEqual([result[p]["quotes"]["all"]["gold"] for p in PARTS], [1] * len(PARTS))
        self.assertEqual(result["fresh"]["quotes"]["all"]["speaker_r"], 1.0)
        for part in ("tune", "aside", "fresh1"):
            self.assertEqual(result[part]["quotes"]["all"]["speaker_r"], 0.0)
        text = markdown({"nutshell": result}, {"date": "d", "commit": "c", "command": "x"})
        self.assertLess(text.index("## Quotes, fresh\n"), text.index("## Quotes, fresh1"))
        self.assertLess(text.index("## Quotes, fresh1"), text.index("## Quotes, tune"))

    def test_the_held_out_part_errors_are_never_printed(self):
        self.assertNotIn("fresh", TUNABLE)
        self.assertIn("fresh1", TUNABLE)
        rows = [{"part": "fresh", "id": "x", "quotes": [gold(0, 4, "Tom Okafor")], "statements": []}]
        with self.assertRaises(ValueError):
            errors(rows, [{"quotes": [], "statements": []}], ["Tom said so."], "fresh")


class Sources(unittest.TestCase):
    def test_a_row_is_read_from_its_source_file_and_cnndm_by_default(self):
        with tempfile.TemporaryDirectory() as data:
            for source, text in (("cnndm-dev", "A made-up CNN text."), ("bbc-dev", "A made-up BBC text.")):
                path = os.path.join(data, SOURCES[source])
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(json.dumps({"id": "same_id", "text": text}) + "\n")
            rows = [{"id": "same_id"}, {"id": "same_id", "source": "bbc-dev"}, {"id": "same_id", "source": "cnndm-dev"}]
            self.assertEqual([r["text"] for r in load_texts(data, rows)],
                             ["A made-up CNN text.", "A made-up BBC text.", "A made-up CNN text."])


def row(*items, part="fresh"):
    return {"id": "x", "part": part, "quotes": list(items), "statements": []}


class Offsets(unittest.TestCase):
    TEXT = '"We won [the cup] by 5%," Ann Lee said. "(Twice.)" She left.'

    def test_spans_that_keep_the_rules_pass(self):
        t = self.TEXT
        items = [gold(t.index("We"), t.index(","), "Ann Lee"), gold(t.index("Twice"), t.index(")") + 1, "Ann Lee", "continuation")]
        self.assertEqual(check_offsets([row(*items)], [t]), [])
        bracket = gold(t.index("["), t.index("5%") + 2, "Ann Lee")
        self.assertEqual(check_offsets([row(bracket)], [t]), [])

    def test_each_broken_rule_is_reported(self):
        t = self.TEXT
        cases = {
            "out of range": gold(10, len(t) + 1, "Ann Lee"),
            "starts on": gold(0, 5, "Ann Lee"),
            "ends on": gold(1, t.index(",") + 1, "Ann Lee"),
            "its labels give": dict(gold(1, 5, "Ann Lee"), ref="pronoun"),
        }
        for what, item in cases.items():
            problems = check_offsets([row(item)], [t])
            self.assertEqual(len(problems), 1, what)
            self.assertIn(what, problems[0])
        overlap = check_offsets([row(gold(1, 6, "Ann Lee"), gold(4, 10, "Ann Lee"))], [t])
        self.assertEqual(len(overlap), 1)
        self.assertIn("overlap", overlap[0])
        self.assertIn("unknown part", check_offsets([row(part="fresh2")], [t])[0])


class TheGold(unittest.TestCase):
    def test_the_gold_file_holds_its_parts_and_keeps_its_offset_rules(self):
        with open(GOLD, encoding="utf-8") as f:
            rows = [r for r in map(json.loads, f) if "id" in r]
        counts = {p: sum(r["part"] == p for r in rows) for p in PARTS}
        self.assertEqual(counts, {"tune": 25, "aside": 25, "fresh1": 40, "fresh": 46})
        self.assertEqual({r.get("source", "cnndm-dev") for r in rows if r["part"] == "fresh"}, set(SOURCES))
        if not os.path.isdir(DATA):
            self.skipTest("no ../shared/data: offsets not checked against the texts")
        self.assertEqual(check_offsets(rows, [r["text"] for r in load_texts(DATA, rows)]), [])


if __name__ == "__main__":
    unittest.main()
