#!/usr/bin/env bash
# Chart benchmark: bench/charts/run.sh [N ...]   (default: 100000 1000000)
# Compiles the toolkit (offline), then runs ChartBench.java as a single-file program.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -o -q -B -pl toolkit compile dependency:build-classpath -Dmdep.outputFile="$root/toolkit/target/bench-cp.txt" >&2
exec java -Xmx2g -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
  -cp "toolkit/target/classes:$(cat toolkit/target/bench-cp.txt)" bench/charts/ChartBench.java "$@"
