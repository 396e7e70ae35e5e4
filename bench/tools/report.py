#!/usr/bin/env python3
"""Turns bench/run's raw results (bench/out/raw) into Markdown tables on stdout.

Usage: report.py RAW_DIR SIZES CLI CHARTS KERNEL   (SIZES comma-separated; flags 0/1)."""
import json
import os
import re
import sys

raw, sizes = sys.argv[1], [int(s) for s in sys.argv[2].split(",")]
cli, charts, kernel = (sys.argv[i] == "1" for i in (3, 4, 5))


def read(name):
    with open(os.path.join(raw, name), encoding="utf-8") as f:
        return f.read()


def same(a, b):
    """Equal, numbers to 6 significant digits (both peers print medians with 6; Java's %.6g and
    Python's round a trailing 5 differently: 822492.5 → 822493 and 822492)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b or abs(a - b) <= 2e-6 * max(abs(a), abs(b))
    return a == b


def cold(name):
    f = read(name).split()
    if f == ["skip"]:
        return "(the single timed run)"
    return f"{float(f[0]):.2f} ({f[1]})" + (f" **failed: {f[2]}**" if len(f) > 2 else "")


def rows(n):
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"


print("## Audit pipeline: KOLScope vs pandas\n")
print("```")
print(read("facts.txt").strip())
print("```\n")
print("| notes | KOLScope in process, s | pandas, s | **time ratio** KOLScope / pandas | CPU s KOLScope / pandas "
      "| peak RSS MiB KOLScope / pandas | KOLScope cold CLI s (RSS MiB) | pandas cold s (RSS MiB) | same findings |")
print("|---|---|---|---|---|---|---|---|---|")
stage_lines = []
for n in sizes:
    k = json.loads(read(f"kolscope-{n}.json"))
    p = json.loads(read(f"pandas-{n}.json"))
    differ = [key for key in k["check"] if not same(k["check"][key], p["check"].get(key))]
    agree = "yes" if not differ else "**no**: " + ", ".join(differ)
    cold_k = cold_p = "–"
    if cli:
        cold_k, cold_p = cold(f"cli-{n}.txt"), cold(f"pandas-cold-{n}.txt")
    runs = f"median of {k['runs']} after {k['warmups']} warm-up" if k["runs"] > 1 else "1 run after 1 warm-up"
    print(f"| {rows(n)} | {k['seconds']:.2f} ({runs}; all {', '.join(f'{x:.2f}' for x in k['all_seconds'])}) "
          f"| {p['seconds']:.2f} (all {', '.join(f'{x:.2f}' for x in p['all_seconds'])}) "
          f"| **{k['seconds'] / p['seconds']:.2f}** | {k['cpu_seconds']:.2f} / {p['cpu_seconds']:.2f} "
          f"| {k['peak_rss_mib']} / {p['peak_rss_mib']} (heap held after GC {k['retained_heap_mib']}, max {k['max_heap_mib']}) "
          f"| {cold_k} | {cold_p} | {agree} |")
    ks, ps = k["stages"], p["stages"]
    stage_lines.append(f"| {rows(n)} | " + " | ".join(
        f"{ks[s]:.2f} / {ps[s]:.3f}" for s in ["load", "audit", "outliers", "medians"]) + " |")
    last = k["check"]
print("\nPer stage, seconds (median runs), KOLScope / pandas:\n")
print("| notes | load (CSV, counts, types) | audit (accounts, ratios, tiers, R1–R7, verdicts) "
      "| IQR + MAD flags per tier | tier medians |")
print("|---|---|---|---|---|")
print("\n".join(stage_lines))
print(f"\nFindings at {rows(sizes[-1])} (both peers): {last['kols']} KOLs, "
      f"fired {json.dumps(last['fired'], ensure_ascii=False)}.")

if charts:
    print("\n## Charts: follower-vs-engagement PNG (1000 × 650)\n")
    print("| points | mode | build ms | PNG ms | SVG ms | PNG bytes |")
    print("|---|---|---|---|---|---|")
    for line in read("charts.txt").splitlines()[1:]:
        f = line.split()
        if len(f) == 6:
            print(f"| {int(f[0]):,} | {f[1]} | {f[2]} | {f[3]} | {f[4]} | {int(f[5]):,} |")
    print("\n(median of 3 after 1 warm-up; `*` = scatter forced above the density threshold)")

if kernel:
    print("\n## Kernel: start to first kernel_info_reply, and the `1+1` round trip (jupyter_client)\n")
    text = read("kernel.txt").strip()
    lines = text.splitlines()
    if lines and lines[0].startswith("kernel"):
        print("| kernel | start median ms | start p95 ms | `1+1` median ms | `1+1` p95 ms |")
        print("|---|---|---|---|---|")
        for line in lines[1:]:
            f = line.split()
            if len(f) == 5:
                print("| " + " | ".join(f) + " |")
        m = re.search(r"\((.*)\)", lines[0])
        print(f"\n({m.group(1) if m else ''}; bench/kernel/bench.py)")
    else:
        print(text)
