"""Write a results file for tools/eval/results/: a title, what made it
(command, date, commit, versions: the lines tools/eval/eval-cards.sh's
cards.md opens with, from eval_common) and the Markdown tables a wrapper
script collected on standard input. The README cites these files, so each
figure it quotes says how to re-make it.

    python3 tools/eval/report.py --title TITLE --command CMD --nutshell BIN
        [--js-peers compromise,wink-nlp] [--python-packages rouge-score,sumy]
        [--about TEXT] --out tools/eval/results/NAME.md  < tables.md

Python packages' versions are those of the interpreter that runs this.
"""

import argparse
import importlib.metadata
import os

from eval_common import js_peer_versions, made_by, nutshell_version, run_record, versions_line


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--title", required=True)
    p.add_argument("--command", required=True, help="the command the report names (the wrapper's)")
    p.add_argument("--nutshell", required=True, help="the nutshell binary that was measured")
    p.add_argument("--js-peers", default="", help="comma-separated npm packages in tools/eval/peers")
    p.add_argument("--python-packages", default="", help="comma-separated Python distributions")
    p.add_argument("--about", default="", help="how it is measured, one paragraph")
    p.add_argument("--out", required=True)
    args = p.parse_args()
    names = lambda arg: [n for n in arg.split(",") if n]
    versions = {"nutshell": nutshell_version(args.nutshell)}
    if names(args.js_peers):
        versions["JavaScript peers"] = js_peer_versions(*names(args.js_peers))
    if names(args.python_packages):
        versions["Python peers"] = {n: importlib.metadata.version(n) for n in names(args.python_packages)}
    run = run_record(args.command, versions)
    body = open(0, encoding="utf-8").read().strip()
    parts = [f"# {args.title}", made_by(run), versions_line(run), args.about, body]
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n\n".join(part for part in parts if part) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
