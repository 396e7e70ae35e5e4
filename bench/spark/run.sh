#!/usr/bin/env bash
# Spark local against the single-machine path (issue 15): for each size, generate the notes
# (bench/load/make_notes.py --audit, seeded), then run the same command twice under /usr/bin/time:
#   ./kolscope audit --posts FILE --json                    (single machine)
#   ./kolscope audit --posts FILE --json --engine spark     (Spark local[*], same JVM settings)
# and check that the two outputs are identical. Prints one Markdown row per size.
# Usage: bench/spark/run.sh [--text] [N ...]      (default: 1000000 10000000)
#   --text: the readable summary instead of --json (at 10M the JSON document of 500,000 KOLs
#           alone needs more than an 8 GB heap on either path)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
out="$here/bench/out/spark"
mkdir -p "$out"
format=(--json)
if [ "${1:-}" = "--text" ]; then format=(); shift; fi
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000)

measure() { # label file args...
  local label="$1" file="$2"; shift 2
  /usr/bin/time -v -o "$out/$label.time" "$here/kolscope" audit --posts "$file" ${format[@]+"${format[@]}"} "$@" \
    >"$out/$label.json" 2>"$out/$label.err" || { echo "failed: $label (see $out/$label.err)" >&2; return 1; }
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$out/$label.time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$out/$label.time" | awk '{print int($NF/1024)}')
  echo "$wall $rss"
}

echo "| notes | file MB | single machine: wall (peak RSS MiB) | Spark local[*]: wall (peak RSS MiB) | Spark read stage | same output |"
echo "|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  f="$out/notes-$n.csv"
  [ -f "$f" ] || python3 "$here/bench/load/make_notes.py" "$n" "$f" --audit
  mb=$(( $(stat -c %s "$f") / 1048576 ))
  read -r lw lr < <(measure "local-$n" "$f")
  read -r sw sr < <(measure "spark-$n" "$f" --engine spark)
  stage=$(grep -o 'read [0-9,]* notes.*start' "$out/spark-$n.err" | head -1)
  same=no; cmp -s "$out/local-$n.json" "$out/spark-$n.json" && same=yes
  echo "| $n | $mb | $lw ($lr) | $sw ($sr) | $stage | $same |"
done
