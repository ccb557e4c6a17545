#!/usr/bin/env bash
# Runs every benchmark of nss-kiosk on the release build and prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$BIN/nss-bench"

# curp check of 100,000 lines from standard input.
"$BIN/nss-bench" curps 100000 > "$work/curps.txt"
hyperfine --warmup 2 --runs 10 --export-json "$work/check.json" \
  "$BIN/nss-kiosk curp check < $work/curps.txt > /dev/null" >/dev/null
python3 - "$work/check.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
ms = r["median"] * 1000
print(f"| curp check de 100 000 líneas (stdin) | {ms:.0f} ms (mediana de {len(r['times'])}) | < 1 s | {'sí' if ms < 1000 else 'NO'} |")
PY
