"""What the tools/eval/eval_*.py scripts share: choosing the system under
test (Nutshell's CLI or a JavaScript peer in tools/eval/peers) and getting
its JSON-lines answers for a data file, one line per document, in order;
and the provenance every results file in tools/eval/results/ opens with
(what made it, when, at which commit, with which versions), so a figure
the README cites can be traced and re-made."""

import argparse
import datetime
import hashlib
import json
import os
import subprocess
import sys

EVAL = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(EVAL))
PEERS = os.path.join(EVAL, "peers")
# The fixed TUNE / HELD-ASIDE halves of the summarisation dev sets, by data
# file (made by eval_summary.py's or eval_keypoints.py's --make-split).
SUMMARY_SPLITS = {
    "gum-summaries.dev.jsonl": os.path.join(EVAL, "splits", "summaries.json"),
    "bbc-dev.jsonl": os.path.join(EVAL, "splits", "summaries-bbc.json"),
    "cnndm-dev.jsonl": os.path.join(EVAL, "splits", "summaries-cnndm.json"),
}


def parser(description, peers):
    """An argument parser with --nutshell BIN or --peer NAME (one of `peers`)."""
    p = argparse.ArgumentParser(description=description)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--nutshell", help="path of the nutshell binary")
    who.add_argument("--peer", choices=peers, help="a JavaScript peer")
    return p


def summary_parser(description, runs_help, make_split):
    """The summary evaluations' arguments: --nutshell BIN, --make-split FILE
    (write FILE's split with `make_split` and exit) and FILE.jsonl:LENGTH
    runs. Returns the parser, so a script may add its own options first;
    call `summary_args` to parse."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--nutshell", help="path of the nutshell binary")
    p.add_argument("--make-split", metavar="FILE.jsonl", help="write the split of FILE and stop")
    p.add_argument("runs", nargs="*", help=runs_help)
    p.set_defaults(make_split_with=make_split)
    return p


def summary_args(p):
    """Parse `p` (from `summary_parser`): writes the split and exits for
    --make-split; --nutshell is required otherwise."""
    args = p.parse_args()
    if args.make_split:
        args.make_split_with(args.make_split)
        sys.exit(0)
    if args.nutshell is None:
        p.error("--nutshell is required")
    return args


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


def sha256_files(*paths):
    h = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def git(*args):
    return subprocess.run(["git", "-C", ROOT, *args], capture_output=True, text=True).stdout.strip()


def shown_path(arg):
    """An argument as a report prints it: paths beside the project relative to it."""
    near = os.path.dirname(ROOT)
    if os.path.isabs(arg) and os.path.commonpath([os.path.normpath(arg), near]) == near:
        return os.path.relpath(arg, ROOT)
    return arg


def nutshell_version(binary):
    """What identifies a Nutshell binary: its `--version` and its SHA-256."""
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    return {"version": version, "binary_sha256": sha256_files(binary)}


def js_peer_versions(*packages):
    """The installed versions of JavaScript peers (npm package names) and node's."""
    versions = {}
    for package in packages:
        with open(os.path.join(PEERS, "node_modules", package, "package.json"), encoding="utf-8") as f:
            versions[package] = json.load(f)["version"]
    versions["node"] = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return versions


def run_record(command, versions):
    """When and from what a results file is made: `command` as the report
    names it (None: this process's own), now, the commit and whether the
    tree (results aside) had uncommitted changes, and `versions`
    ({system: {part: version}}), Python's first."""
    return {
        "command": command or " ".join(["python3", *map(shown_path, sys.argv)]),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git("rev-parse", "--short=12", "HEAD"),
        "dirty": bool(git("status", "--porcelain", "--", ".", ":!tools/eval/results")),
        "versions": {"python": {"python": sys.version.split()[0]}, **versions},
    }


def made_by(run):
    """The sentence that says what made a results file, when and where."""
    return (f"Made by `{run['command']}` on {run['date']}, at commit `{run['commit']}`"
            + (" with uncommitted changes" if run["dirty"] else "") + ".")


def versions_line(run):
    """The versions of everything a results file measured, as one line."""
    return "Versions: " + "; ".join(f"{k}: " + ", ".join(f"{a} {b}" for a, b in v.items())
                                   for k, v in run["versions"].items()) + "."
