"""Tests of tools/eval/eval_attribution.py's measure on made-up spans (no
text from shared/data): how speakers are compared and how found quotes are
matched to gold ones.

    python3 -m unittest discover -s tools/eval -p 'test_*.py'
"""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_attribution import evaluate, markdown, norm, score, speaker_right  # noqa: E402


def gold(start, end, speaker, form="after", aliases=()):
    return {"start": start, "end": end, "speaker": speaker, "aliases": list(aliases),
            "form": form, "position": form}


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
    def test_the_fresh_part_is_scored_and_reported_on_its_own(self):
        rows = [{"part": part, "quotes": [gold(0, 10, "Tom Okafor")], "statements": []}
                for part in ("tune", "aside", "fresh")]
        answers = [{"quotes": [found(0, 10, name)], "statements": []}
                   for name in ("Ann Lee", "Ann Lee", "Tom Okafor")]
        result = evaluate(rows, answers)
        self.assertEqual([result[p]["quotes"]["all"]["gold"] for p in ("tune", "aside", "fresh")], [1, 1, 1])
        self.assertEqual(result["fresh"]["quotes"]["all"]["speaker_r"], 1.0)
        self.assertEqual(result["aside"]["quotes"]["all"]["speaker_r"], 0.0)
        self.assertEqual(result["tune"]["quotes"]["all"]["speaker_r"], 0.0)
        text = markdown({"nutshell": result}, {"date": "d", "commit": "c", "command": "x"})
        self.assertIn("## Quotes, fresh", text)
        self.assertLess(text.index("## Quotes, fresh"), text.index("## Quotes, tune"))


if __name__ == "__main__":
    unittest.main()
