#!/usr/bin/env bash
# Load benchmark: KOLScope's loader vs pandas read_csv + the same count parsing, same file, same run.
# Usage: bench/load/run.sh [ROWS]   (default 1000000). Needs Debian python3-pandas.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-1000000}"
py=/usr/bin/python3
out=bench/out; mkdir -p "$out"
csv="$out/notes-$rows.csv"
[ -f "$csv" ] || "$py" bench/load/make_notes.py "$rows" "$csv"
[ -d cli/target/lib ] || ./mvnw -q -B -DskipTests package >&2
cp="cli/target/lib/*"
echo "file: $csv ($(du -h "$csv" | cut -f1), $rows rows)" >&2
k=$(java -Xmx4g -cp "$cp" bench/load/LoadBench.java "$csv" 5)
p=$("$py" bench/load/load_pandas.py "$csv" 3)
t0=$(date +%s.%N); ./kolscope load "$csv" --json > /dev/null; t1=$(date +%s.%N)
echo "$k"; echo "$p"
"$py" - "$k" "$p" "$(echo "$t1 - $t0" | bc)" <<'PY'
import json, sys
k, p, cold = json.loads(sys.argv[1]), json.loads(sys.argv[2]), float(sys.argv[3])
print(f"| tool | rows kept | seconds | peak RSS MiB |")
print(f"|---|---|---|---|")
print(f"| KOLScope (in process, median of 5 after 2 warm-up) | {k['rows_kept']} | {k['seconds']:.2f} | {k['peak_rss_mib']} |")
print(f"| KOLScope CLI, cold (`./kolscope load --json`) | | {cold:.2f} | |")
print(f"| {p['peer']} (median of 3) | {p['rows_kept']} | {p['seconds']:.2f} | {p['peak_rss_mib']:.0f} |")
print(f"\ntime ratio KOLScope/pandas: {k['seconds'] / p['seconds']:.2f}")
PY
