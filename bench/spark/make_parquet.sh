#!/usr/bin/env bash
# Writes N synthetic audit notes (bench/load/make_notes.py --audit's columns, distributions and
# injected anomalies; seeded, deterministic) as a folder of Parquet parts for the Spark benchmark,
# one chunk at a time so that 100M notes need neither the memory nor one huge file:
#   1. bench/spark/make_chunk.py writes chunk i (C notes, n<i*C> onwards) as CSV; the KOL universe
#      (K = N / M + 1 KOLs: followers, anomaly kind, likes_and_collects, name) is the same for
#      every chunk (seed 42), the chunk's notes come from seed (42, i);
#   2. ./kolscope load CHUNK.csv --out .part-i.parquet turns it into Parquet; the script checks
#      the exit status, that every row of the chunk was read and kept and that the part has the
#      first part's columns (_columns), then renames it to part-0000i.parquet and deletes the CSV.
# One process at a time (Python, then the JVM), one progress line per chunk on stderr; at the end
# the folder gets _SUCCESS and the script prints the folder's path on stdout. `./kolscope load
# OUT.parquet` (and Spark) read the folder's parts and skip its _ and . files.
#
# Usage: bench/spark/make_parquet.sh N OUT.parquet [--notes-per-kol M] [--chunk C] [--force]
#   --notes-per-kol M  notes per KOL on average (default 20): K = N / M + 1 KOLs
#   --chunk C          notes per chunk and part (default 2000000; about 1.1 GB for the JVM)
#   --force            remove a complete (or different) folder this script wrote and start again
# A complete folder (with _SUCCESS) is never overwritten without --force. A folder left by an
# interrupted run with the same N, M and C is resumed: its parts are complete (a part gets its
# name only after the check) and a chunk is the same bytes whenever it is made.
# Needs the CLI built once: ./mvnw -q -B -DskipTests -pl cli -am package (run with
# KOLSCOPE_NO_BUILD=1, never builds). PYTHON: the Python with numpy (default /usr/bin/python3).
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
py="${PYTHON:-/usr/bin/python3}"
chunker="$here/bench/spark/make_chunk.py"

fail() {
  echo "make_parquet: $*" >&2
  exit 1
}
usage() {
  sed -n 's/^# \{0,1\}//; /^Usage:/,/^Needs/p' "$0" | sed '$d' >&2
  exit 2
}
positive() { [[ "$2" =~ ^[1-9][0-9]*$ ]] || fail "$1 must be a positive integer, not '$2'"; }

n="" out="" per_kol=20 chunk=2000000 force=0
while [ $# -gt 0 ]; do
  case "$1" in
    --notes-per-kol) [ $# -ge 2 ] || usage; per_kol="$2"; shift 2 ;;
    --notes-per-kol=*) per_kol="${1#*=}"; shift ;;
    --chunk) [ $# -ge 2 ] || usage; chunk="$2"; shift 2 ;;
    --chunk=*) chunk="${1#*=}"; shift ;;
    --force) force=1; shift ;;
    -h|--help) usage ;;
    -*) echo "make_parquet: unknown option $1" >&2; usage ;;
    *)
      if [ -z "$n" ]; then n="$1"; elif [ -z "$out" ]; then out="$1"; else usage; fi
      shift ;;
  esac
done
[ -n "$n" ] && [ -n "$out" ] || usage
positive N "$n"
positive --notes-per-kol "$per_kol"
positive --chunk "$chunk"
case "$out" in
  *.parquet|*.PARQUET) ;;
  *) fail "OUT must end with .parquet (the loader reads a folder of parts by that name): $out" ;;
esac
out="${out%/}"

kols=$(( n / per_kol + 1 ))
parts=$(( (n + chunk - 1) / chunk ))
[ "$parts" -le 99999 ] || fail "$parts parts: use a larger --chunk"

jars=("$here"/cli/target/kolscope-cli-*.jar)
[ -f "${jars[0]}" ] && [ -d "$here/cli/target/lib" ] \
  || fail "the CLI is not built: cd $here && ./mvnw -q -B -DskipTests -pl cli -am package"
"$py" -c 'import numpy' 2>/dev/null || fail "$py has no numpy (set PYTHON)"

manifest="generator=bench/spark/make_chunk.py seed=42
notes=$n
notes_per_kol=$per_kol
kols=$kols
chunk=$chunk
parts=$parts"

# Only what this script writes may be in the folder (so --force removes nothing else).
ours() { # folder
  local f b
  for f in "$1"/* "$1"/.[!.]*; do
    [ -e "$f" ] || continue
    b="$(basename "$f")"
    case "$b" in
      part-[0-9][0-9][0-9][0-9][0-9].parquet|.part-[0-9][0-9][0-9][0-9][0-9].parquet) ;;
      .chunk-[0-9][0-9][0-9][0-9][0-9].csv|.report-[0-9][0-9][0-9][0-9][0-9].json) ;;
      .err-[0-9][0-9][0-9][0-9][0-9].txt|_generation|_columns|_SUCCESS) ;;
      *) return 1 ;;
    esac
  done
}

if [ -e "$out" ] && [ ! -d "$out" ]; then
  fail "$out exists and is not a folder"
fi
if [ -d "$out" ]; then
  if ! ours "$out"; then
    fail "$out holds files this script did not write: not touching it"
  fi
  if [ "$force" = 1 ]; then
    find "$out" -mindepth 1 -maxdepth 1 -delete
  elif [ -f "$out/_SUCCESS" ]; then
    fail "$out is complete ($(paste -sd ' ' "$out/_SUCCESS")): --force to make it again"
  elif [ -f "$out/_generation" ]; then
    [ "$(cat "$out/_generation")" = "$manifest" ] \
      || fail "$out was started with other settings ($(paste -sd ' ' "$out/_generation")): --force to start again"
    echo "make_parquet: resuming $out" >&2
  elif [ -n "$(ls -A "$out")" ]; then
    fail "$out is not empty: --force to start again"
  fi
fi
mkdir -p "$out"

# Room: about 36 MB of Parquet per 1M notes, plus one chunk's CSV (80 MB per 1M) and its part.
need_kb=$(( n * 36 / 1024 + chunk * 120 / 1024 ))
have_kb=$(df -Pk "$out" | awk 'NR == 2 {print $4}')
have_parts_kb=$(du -sk "$out" | cut -f1)
[ $(( have_kb + have_parts_kb )) -gt "$need_kb" ] \
  || fail "about $(( need_kb / 1048576 + 1 )) GB needed, $(( have_kb / 1048576 )) GB free on $out"

printf '%s\n' "$manifest" > "$out/_generation"
echo "make_parquet: $n notes, $kols KOLs ($per_kol notes per KOL), $parts parts of $chunk notes -> $out" >&2

cleanup() { rm -f "$out"/.chunk-*.csv "$out"/.part-*.parquet "$out"/.report-*.json "$out"/.err-*.txt; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

todo=0
for (( i = 0; i < parts; i++ )); do
  [ -f "$out/part-$(printf '%05d' "$i").parquet" ] || todo=$((todo + 1))
done
start=$SECONDS made=0 gen_total=0 load_total=0
for (( i = 0; i < parts; i++ )); do
  id=$(printf '%05d' "$i")
  part="$out/part-$id.parquet"
  if [ -f "$part" ]; then
    echo "part $((i + 1))/$parts: $part is there, kept" >&2
    continue
  fi
  rows=$(( n - i * chunk < chunk ? n - i * chunk : chunk ))
  csv="$out/.chunk-$id.csv" tmp="$out/.part-$id.parquet" report="$out/.report-$id.json" err="$out/.err-$id.txt"
  rm -f "$tmp"

  t0=$(date +%s.%N)
  wrote=$("$py" "$chunker" "$n" "$kols" "$chunk" "$i" "$csv") || fail "chunk $i: make_chunk.py failed"
  [ "$wrote" = "$rows" ] || fail "chunk $i: make_chunk.py wrote $wrote notes, expected $rows"
  t1=$(date +%s.%N)
  status=0
  KOLSCOPE_NO_BUILD=1 "$here/kolscope" load "$csv" --out "$tmp" --json > "$report" 2> "$err" || status=$?
  t2=$(date +%s.%N)
  if [ "$status" != 0 ]; then
    cat "$err" >&2
    fail "chunk $i: kolscope load exited with $status (report: as above)"
  fi
  read -r r_read r_kept r_rejected r_problems r_columns < <("$py" -c '
import json, sys
r = json.load(open(sys.argv[1]))
columns = ",".join(f"{c}:{t}" for c, t in r["types"].items())
print(r["rows_read"], r["rows_kept"], r["rows_rejected"], len(r.get("problems", [])), columns)' "$report") \
    || fail "chunk $i: no load report from kolscope"
  [ "$r_read" = "$rows" ] && [ "$r_kept" = "$rows" ] && [ "$r_rejected" = 0 ] \
    || fail "chunk $i: kolscope read $r_read, kept $r_kept, rejected $r_rejected of $rows notes"
  [ -s "$tmp" ] || fail "chunk $i: kolscope wrote no $tmp"
  # The parts of one table need the same columns (the loader refuses others, Spark would read one
  # part's schema). The loader adds a count's <count>_lower_bound column only when the chunk has
  # a count in the `+` form in it: at 1M+ notes a chunk has every such column but shares, whose
  # `+` form needs shares >= 10000 (a few in 100M notes). The first part's columns are kept in
  # _columns, and a part with others stops the run.
  if [ ! -f "$out/_columns" ]; then
    printf '%s\n' "$r_columns" > "$out/_columns"
  elif [ "$(cat "$out/_columns")" != "$r_columns" ]; then
    fail "chunk $i: its Parquet columns ($r_columns) differ from the other parts' ($(cat "$out/_columns")): a <count>_lower_bound column the others lack or have (a count in the + form in one chunk only); try another --chunk"
  fi
  mv "$tmp" "$part"
  rm -f "$csv" "$report" "$err"

  made=$((made + 1))
  gen=$(echo "$t1 - $t0" | bc) load=$(echo "$t2 - $t1" | bc)
  gen_total=$(echo "$gen_total + $gen" | bc) load_total=$(echo "$load_total + $load" | bc)
  elapsed=$((SECONDS - start))
  left=$(( elapsed * (todo - made) / made ))
  extra=""
  [ "$r_problems" = 0 ] || extra=", $r_problems suspicious rows"
  printf 'part %d/%d: %d notes, csv %.1f s, parquet %.1f s, %.1f MB%s; elapsed %dm%02ds, left about %dm%02ds\n' \
    $((i + 1)) "$parts" "$rows" "$gen" "$load" "$(echo "$(stat -c %s "$part") / 1048576" | bc -l)" "$extra" \
    $((elapsed / 60)) $((elapsed % 60)) $((left / 60)) $((left % 60)) >&2
done

count=$(find "$out" -maxdepth 1 -name 'part-*.parquet' | wc -l)
[ "$count" = "$parts" ] || fail "$count parts in $out, expected $parts"
bytes=$(find "$out" -maxdepth 1 -name 'part-*.parquet' -printf '%s\n' | awk '{s += $1} END {printf "%.0f\n", s}')
elapsed=$((SECONDS - start))
printf 'notes=%s\nparts=%s\nbytes=%s\nseconds=%s\n' "$n" "$parts" "$bytes" "$elapsed" > "$out/_SUCCESS"
if [ "$made" -gt 0 ]; then
  printf 'make_parquet: %d notes in %d parts, %.1f MB (%.1f MB per 1M notes); %d parts made in %dm%02ds (csv %.0f s, parquet %.0f s)\n' \
    "$n" "$parts" "$(echo "$bytes / 1048576" | bc -l)" "$(echo "$bytes / 1048576 / $n * 1000000" | bc -l)" \
    "$made" $((elapsed / 60)) $((elapsed % 60)) "$gen_total" "$load_total" >&2
fi
echo "$out"
