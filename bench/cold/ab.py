#!/usr/bin/env python3
"""Interleaved A/B/C… timing of whole processes: wall, CPU (user+sys) and peak RSS of each run
(GNU time's %e %U %S %M), the commands taking turns round by round (the order rotates each round so
no command always runs right after the same neighbour), medians per command and each median as a
ratio to the first command's.

Usage: bench/cold/ab.py [--runs 5] [--warmup 1] [--json FILE] [--label NAME]... CMD CMD [CMD ...]
Each CMD is one shell string (run with bash -c, stdout to /dev/null). Prints a Markdown table
with the load average before and after.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def run_once(cmd):
    """(wall s, cpu s, peak RSS MiB, exit status) of one run under /usr/bin/time."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        p = subprocess.run(["/usr/bin/time", "-o", tf.name, "-f", "%e %U %S %M", "bash", "-c", cmd],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        line = tf.read().strip().splitlines()[-1]
    wall, user, sys_, rss = line.split()
    if p.returncode != 0:
        sys.stderr.write(f"ab: exit {p.returncode}: {cmd}\n{p.stderr[-2000:]}\n")
    return float(wall), float(user) + float(sys_), int(rss) / 1024, p.returncode


def measure(cmds, runs, warmup, progress=None):
    """Runs every command warmup + runs times, interleaved; returns per-command lists."""
    results = [{"wall": [], "cpu": [], "rss": [], "failed": 0} for _ in cmds]
    n = len(cmds)
    for r in range(warmup + runs):
        order = [(r + k) % n for k in range(n)]
        for i in order:
            wall, cpu, rss, rc = run_once(cmds[i])
            if progress:
                progress(f"round {r + 1}/{warmup + runs} {'(warm-up) ' if r < warmup else ''}"
                         f"[{i}] {wall:.2f} s, cpu {cpu:.2f} s, {rss:.0f} MiB")
            if r < warmup:
                continue
            if rc != 0:
                results[i]["failed"] += 1
            results[i]["wall"].append(wall)
            results[i]["cpu"].append(cpu)
            results[i]["rss"].append(rss)
    return results


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--json")
    ap.add_argument("--label", action="append", default=[])
    ap.add_argument("cmds", nargs="+")
    a = ap.parse_args()
    labels = a.label + a.cmds[len(a.label):]
    before = load_average()
    res = measure(a.cmds, a.runs, a.warmup, lambda s: print(s, file=sys.stderr, flush=True))
    after = load_average()
    base = res[0]
    print(f"load average before {before}, after {after}; medians of {a.runs} interleaved runs "
          f"after {a.warmup} warm-up round(s)\n")
    print("| command | wall s | ratio | CPU s | ratio | peak RSS MiB | ratio | runs (wall) |")
    print("|---|---|---|---|---|---|---|---|")
    for lab, r in zip(labels, res):
        print(f"| {lab} | {med(r['wall']):.2f} | {med(r['wall']) / med(base['wall']):.2f} "
              f"| {med(r['cpu']):.2f} | {med(r['cpu']) / med(base['cpu']):.2f} "
              f"| {med(r['rss']):.0f} | {med(r['rss']) / med(base['rss']):.2f} "
              f"| {', '.join(f'{w:.2f}' for w in r['wall'])}{' FAILED ' + str(r['failed']) if r['failed'] else ''} |")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"load_before": before, "load_after": after, "labels": labels, "cmds": a.cmds,
                       "results": res}, f, indent=1)


if __name__ == "__main__":
    main()
