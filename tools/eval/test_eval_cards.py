"""Tests of tools/eval/eval_cards.py's measure on made-up documents (no text
from shared/data): how names are compared, how cards and mentions are
counted, and how the split is made.

    python3 -m unittest discover -s tools -p 'test_*.py'
"""

import unittest

from eval_cards import gold_entities, metrics, norm, score_doc, split_rule


def ent(text, name, label, at=0, **extra):
    """The mention of `name` found in `text` from offset `at`."""
    start = text.index(name, at)
    return {"start": start, "end": start + len(name), "label": label, **extra}


class Names(unittest.TestCase):
    def test_case_space_possessive_article_and_edges_are_ignored(self):
        self.assertEqual(norm("The  Senate's"), "senate")
        self.assertEqual(norm("senate."), "senate")
        self.assertEqual(norm("\u201cJones\u2019\u201d"), "jones")
        self.assertEqual(norm("ACME\u00a0Corp"), "acme corp")
        self.assertEqual(norm("U.S."), norm("US"))
        self.assertEqual(norm("Adam M. Walton"), "adam m walton")

    def test_what_makes_a_name_is_kept(self):
        self.assertEqual(norm("Theresa May"), "theresa may")
        self.assertEqual(norm("St. Louis"), "st. louis")
        self.assertEqual(norm("Yahoo!"), "yahoo")
        self.assertNotEqual(norm("Paris"), norm("Parish"))
        self.assertEqual(norm(" ... "), "")


class Cards(unittest.TestCase):
    TEXT = "Ann Lee met Bob in Rome. Lee left Rome for Acme. Oh, Rome."

    def gold(self):
        t = self.TEXT
        return [ent(t, "Ann Lee", "PER"), ent(t, "Bob", "PER"), ent(t, "Rome", "LOC"),
                ent(t, "Lee", "PER", 20), ent(t, "Rome", "LOC", 30), ent(t, "Acme", "ORG")]

    def test_cards_are_distinct_names_per_label_with_canonical_names(self):
        t = self.TEXT
        found = [ent(t, "Ann Lee", "PER", canonical="Ann Lee"), ent(t, "Lee", "PER", 20, canonical="Ann Lee"),
                 ent(t, "Rome", "LOC", canonical="Rome"), ent(t, "Rome", "LOC", 30, canonical="Rome"),
                 ent(t, "Acme", "LOC", canonical="Acme"), ent(t, "Oh", "PER", canonical="Oh")]
        c, wrong, missed = score_doc(t, self.gold(), found)
        # Shown: (ann lee, PER), (rome, LOC), (acme, LOC), (oh, PER); gold: ann lee, bob, lee, rome, acme/ORG.
        self.assertEqual((c["c_tp"], c["c_sys"], c["c_gold"]), (2, 4, 5))
        # By mention text "Lee" is a card of its own, and right.
        self.assertEqual((c["t_tp"], c["t_sys"]), (3, 5))
        # Acme is a gold name (with another label), Oh is none.
        self.assertEqual((c["n_tp"], c["n_sys"]), (3, 4))
        # Entities: {Ann Lee, Lee}, Bob, Rome, Acme: two found.
        self.assertEqual((c["e_found"], c["e_gold"]), (2, 4))
        self.assertEqual(sorted((k, n, why) for k, _, n, why in wrong),
                         [(("acme", "LOC"), 1, "gold ORG"), (("oh", "PER"), 1, "-")])
        # "Lee" is shown as "Ann Lee": not missed.
        self.assertEqual(sorted((k, n, why) for k, _, n, why in missed),
                         [(("acme", "ORG"), 1, "as LOC"), (("bob", "PER"), 1, "-")])
        # Mentions: exact span and label.
        self.assertEqual((c["m_PER_tp"], c["m_PER_sys"], c["m_PER_gold"]), (2, 3, 3))
        self.assertEqual((c["m_LOC_tp"], c["m_LOC_sys"], c["m_ORG_gold"]), (2, 3, 1))

    def test_default_display_counts_shown_entities_and_absent_field_means_shown(self):
        t = self.TEXT
        found = [ent(t, "Bob", "PER"), ent(t, "Oh", "PER", shown=False), ent(t, "Acme", "ORG", shown=False)]
        c, wrong, missed = score_doc(t, self.gold(), found)
        self.assertEqual((c["c_tp"], c["c_sys"]), (2, 3))
        self.assertEqual((c["d_tp"], c["d_sys"]), (1, 1))
        self.assertEqual(wrong, [])
        self.assertIn((("acme", "ORG"), "Acme", 1, "hidden"), missed)

    def test_a_right_mention_under_a_name_gold_lacks_is_renamed(self):
        t = "The US and the UK."
        gold = [ent(t, "US", "LOC"), ent(t, "UK", "LOC")]
        found = [ent(t, "US", "LOC", canonical="United States"), ent(t, "UK", "LOC", canonical="UK")]
        c, wrong, missed = score_doc(t, gold, found)
        self.assertEqual([(k, why) for k, _, _, why in wrong], [(("united states", "LOC"), "renamed")])
        self.assertEqual((c["c_tp"], c["t_tp"], c["m_LOC_tp"]), (1, 2, 2))

    def test_a_wrong_span_is_told_from_a_name_that_is_none(self):
        t = "Dr Ann Lee and Tom Ray spoke. Um."
        gold = [ent(t, "Ann Lee", "PER"), ent(t, "Tom Ray", "PER")]
        found = [ent(t, "Dr Ann Lee", "PER"), ent(t, "Tom", "PER"), ent(t, "Um", "PER")]
        _, wrong, missed = score_doc(t, gold, found)
        self.assertEqual(sorted((k[0], why) for k, _, _, why in wrong),
                         [("dr ann lee", "overlaps gold"), ("tom", "overlaps gold"), ("um", "-")])
        self.assertEqual(sorted((k[0], why) for k, _, _, why in missed), [("ann lee", "overlaps"), ("tom ray", "overlaps")])

    def test_one_entity_named_twice_and_one_name_written_twice_are_counted_as_duplicates(self):
        t = self.TEXT
        found = [ent(t, "Ann Lee", "PER"), ent(t, "Lee", "PER", 20),
                 ent(t, "Rome", "LOC", canonical="Rome"), ent(t, "Rome", "LOC", 30, canonical="Rome.")]
        c, _, _ = score_doc(t, self.gold(), found)
        self.assertEqual((c["dup_entity"], c["dup_name"]), (1, 1))
        self.assertEqual(c["c_sys"], 3)

    def test_misc_counts_only_in_the_four_label_figures(self):
        t = "The Times wrote."
        gold = [ent(t, "Times", "MISC")]
        c, wrong, missed = score_doc(t, gold, [ent(t, "Times", "MISC")])
        self.assertEqual((c["c_sys"], c["c_gold"], c["c4_tp"], c["m_MISC_tp"]), (0, 0, 1, 1))
        self.assertEqual((wrong, missed), ([], []))
        m = metrics(c)
        self.assertEqual(m["card_with_misc"], [1.0, 1.0, 1.0])
        self.assertEqual(m["mention_with_misc"], [1.0, 1.0, 1.0])
        self.assertEqual(m["mention"], [0.0, 0.0, 0.0])


class Entities(unittest.TestCase):
    def test_wikipedia_ids_group_names(self):
        t = "United States and America"
        gold = [ent(t, "United States", "LOC", wiki="United_States"), ent(t, "America", "LOC", wiki="United_States")]
        groups = gold_entities(t, gold)
        self.assertEqual(groups[("united states", "LOC")], groups[("america", "LOC")])

    def test_a_surname_joins_its_full_name_only_when_that_is_unambiguous(self):
        t = "Ann Lee and Bo Lee; Lee. Cy Ray; Ray."
        gold = [ent(t, n, "PER", t.index(n) if n != "Lee" else 20) for n in ("Ann Lee", "Bo Lee", "Lee")]
        gold += [ent(t, "Cy Ray", "PER"), ent(t, "Ray", "PER", 33)]
        groups = gold_entities(t, gold)
        self.assertEqual(len(set(groups.values())), 4)
        self.assertEqual(groups[("ray", "PER")], groups[("cy ray", "PER")])


class Split(unittest.TestCase):
    def test_every_stratum_is_in_both_parts_and_the_rule_is_stable(self):
        rows = [{"id": f"doc{i}", "genre": g} for i, g in enumerate("aabbbccccd" * 3)]
        parts = split_rule(rows, "genre")
        self.assertEqual(sorted(parts["tune"] + parts["aside"]), sorted(r["id"] for r in rows))
        genre = {r["id"]: r["genre"] for r in rows}
        for g in "abcd":
            n = sum(r["genre"] == g for r in rows)
            tune = sum(genre[i] == g for i in parts["tune"])
            self.assertEqual(tune, (n + 1) // 2)
        self.assertEqual(split_rule(list(reversed(rows)), "genre")["tune"], list(reversed(parts["tune"])))


if __name__ == "__main__":
    unittest.main()
