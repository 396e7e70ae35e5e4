#!/usr/bin/env python3
"""Aggregates a JFR recording's execution samples: the top frames (self time), and the first
org.kolscope frame of each stack (where the toolkit's time goes, inclusive of library calls), and
every org.kolscope method's inclusive share.
Usage: jfr_top.py REC.jfr [N]   (runs `jfr print --events jdk.ExecutionSample`)."""
import collections
import re
import subprocess
import sys

rec, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
out = subprocess.run(["jfr", "print", "--stack-depth", "256", "--events", "jdk.ExecutionSample", rec],
                     capture_output=True, text=True, check=True).stdout
top, ours, incl, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
for ev in out.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>/]+\(.*?\))\s+line:", ev, re.M)
    if not frames:
        continue
    total += 1
    top[re.sub(r"\(.*", "", frames[0])] += 1
    for f in {re.sub(r"\(.*", "", f) for f in frames if f.startswith("org.kolscope")}:
        incl[f] += 1
    for f in frames:
        if f.startswith("org.kolscope"):
            ours[re.sub(r"\(.*", "", f)] += 1
            break
print(f"{total} samples\n\ntop frames (self):")
for f, c in top.most_common(n):
    print(f"{100 * c / total:5.1f} %  {f}")
print("\nfirst org.kolscope frame on the stack (inclusive):")
for f, c in ours.most_common(n):
    print(f"{100 * c / total:5.1f} %  {f}")
print("\norg.kolscope methods, inclusive (anywhere on the stack):")
for f, c in incl.most_common(n):
    print(f"{100 * c / total:5.1f} %  {f}")
