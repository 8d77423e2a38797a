"""What the tools/eval_*.py scripts share: choosing the system under test
(Nutshell's CLI or a JavaScript peer in tools/eval/peers) and getting its
JSON-lines answers for a data file, one line per document, in order."""

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


def run_nutshell(binary, rows, with_date=False):
    """Nutshell's `analyze --jsonl` answers for `rows`, in order (each row's
    "dct" passed as its date when `with_date`)."""
    lines = "".join(
        json.dumps({"id": i, "text": r["text"], **({"date": r["dct"]} if with_date else {})}) + "\n"
        for i, r in enumerate(rows)
    )
    return _json_lines([binary, "analyze", "--jsonl"], lines)


def run_js_peer(peer_script, peer, path):
    """A JavaScript peer's answers: `node tools/eval/peers/<peer_script> PEER path`."""
    return _json_lines(["node", os.path.join(PEERS, peer_script), peer, path], None)


def answers(args, path, rows, peer_script, with_date=False):
    """The answers of the system `args` names (--nutshell or --peer) for
    `rows`, read from `path`."""
    if args.nutshell:
        return run_nutshell(args.nutshell, rows, with_date)
    return run_js_peer(peer_script, args.peer, path)


def _json_lines(command, stdin):
    out = subprocess.run(command, input=stdin, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]
