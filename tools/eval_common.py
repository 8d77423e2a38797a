"""What tools/eval_ner.py and tools/eval_dates.py share: choosing the system
under test (Nutshell's CLI or a JavaScript peer in tools/peers) and getting
its JSON-lines answers for a data file, one line per document, in order."""

import argparse
import json
import os
import subprocess

PEERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "peers")


def parser(description, peers):
    """An argument parser with --nutshell BIN or --peer NAME (one of `peers`)."""
    p = argparse.ArgumentParser(description=description)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--nutshell", help="path of the nutshell binary")
    who.add_argument("--peer", choices=peers, help="a JavaScript peer")
    return p


def answers(args, path, rows, peer_script, with_date=False):
    """The system's output lines for `rows` (read from `path`): Nutshell
    through `analyze --jsonl` (with each row's "dct" as its date when
    `with_date`), a peer through `node tools/peers/<peer_script> NAME path`."""
    if args.nutshell:
        lines = "".join(
            json.dumps({"id": i, "text": r["text"], **({"date": r["dct"]} if with_date else {})}) + "\n"
            for i, r in enumerate(rows)
        )
        command, stdin = [args.nutshell, "analyze", "--jsonl"], lines
    else:
        command, stdin = ["node", os.path.join(PEERS, peer_script), args.peer, path], None
    out = subprocess.run(command, input=stdin, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]
