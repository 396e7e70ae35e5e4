#!/usr/bin/env python3
"""Writes N synthetic note rows as CSV with export-style counts (seeded, deterministic).

Counts use every form the loader parses: plain integers, 万 with one decimal, w, k, a `+` lower
bound, thousands separators and `-` for missing. Usage: make_notes.py N OUT.csv
"""
import sys

import numpy as np


def fmt(v, style):
    if style == 0 or v < 10000:
        return str(v)
    if style == 1:
        return f"{v / 10000:.1f}万"
    if style == 2:
        return f"{v / 10000:.1f}w"
    if style == 3:
        return f"{v / 1000:.1f}k"
    if style == 4:
        return f"\"{v:,}\""
    return f"{v // 10000}万+"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = np.random.default_rng(42)
    kols = n // 20 + 1
    followers = np.exp(rng.normal(9.5, 1.8, kols)).astype(np.int64) + 10
    kol = rng.integers(0, kols, n)
    views = np.exp(rng.normal(8, 1.5, n)).astype(np.int64) + 50
    likes = (views * rng.uniform(0.01, 0.03, n)).astype(np.int64)
    collects = (likes * rng.uniform(0.2, 0.6, n)).astype(np.int64)
    comments = (likes * rng.uniform(0.05, 0.15, n)).astype(np.int64)
    shares = (likes * rng.uniform(0.01, 0.05, n)).astype(np.int64)
    styles = rng.choice(6, size=(n, 5), p=[0.55, 0.2, 0.05, 0.05, 0.1, 0.05])
    missing = rng.random(n) < 0.02
    with open(out, "w", encoding="utf-8") as f:
        f.write("note_id,kol_id,published_at,likes,collects,comments,shares,views,followers\n")
        for i in range(n):
            k = kol[i]
            f.write(
                f"n{i},k{k},2024-{1 + i % 12:02d}-{1 + i % 28:02d} 12:00:00,"
                f"{fmt(int(likes[i]), styles[i, 0])},{fmt(int(collects[i]), styles[i, 1])},"
                f"{fmt(int(comments[i]), styles[i, 2])},{'-' if missing[i] else fmt(int(shares[i]), styles[i, 3])},"
                f"{fmt(int(views[i]), 0)},{fmt(int(followers[k]), styles[i, 4])}\n"
            )


if __name__ == "__main__":
    main()
