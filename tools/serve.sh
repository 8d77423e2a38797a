#!/usr/bin/env bash
# The README's first command: install what is missing, build the release
# bundle with Trunk (wasm-opt -Oz, offline), serve it on 127.0.0.1:8080.
# PORT=9000 tools/serve.sh serves on another port.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
"$ROOT/tools/setup.sh" serve
cd "$ROOT"
say "trunk build --release --offline (tools/lib.sh page_build)"
page_build
say "serving dist/"
exec node tools/static-server.mjs dist "${PORT:-8080}"
