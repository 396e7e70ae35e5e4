#!/usr/bin/env python3
"""Writes N synthetic note rows as CSV with export-style counts (seeded, deterministic).

Counts use every form the loader parses: plain integers, 万 with one decimal, w, k, a `+` lower
bound, thousands separators and `-` for missing. Usage: make_notes.py N OUT.csv [--audit]

With --audit (the audit benchmark, bench/run) every row also carries its author's columns as RED
exports repeat them (`name`, `likes_and_collects`), views grow with followers, and 9 % of the KOLs
carry an injected anomaly so that every rule has something to find: bought followers (followers
x 5: R1/R2), bought likes (likes_and_collects x 5 and one note's likes x 10: R2/R6), a comment
farm (comments + 2 x likes + 10 on every note: R7) and inflated likes per view (4-8 % of views:
R3). The columns of the plain file are drawn first, so without --audit the output is unchanged.
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
    audit = "--audit" in sys.argv[3:]
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
    header = "note_id,kol_id,published_at,likes,collects,comments,shares,views,followers"
    extra = None
    if audit:
        followers, likes, collects, comments, views, extra = authors(rng, kol, followers, views)
        header += ",likes_and_collects,name"
    with open(out, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for i in range(n):
            k = kol[i]
            f.write(
                f"n{i},k{k},2024-{1 + i % 12:02d}-{1 + i % 28:02d} 12:00:00,"
                f"{fmt(int(likes[i]), styles[i, 0])},{fmt(int(collects[i]), styles[i, 1])},"
                f"{fmt(int(comments[i]), styles[i, 2])},{'-' if missing[i] else fmt(int(shares[i]), styles[i, 3])},"
                f"{fmt(int(views[i]), 0)},{fmt(int(followers[k]), styles[i, 4])}"
            )
            if extra is not None:
                lac, lac_style = extra
                f.write(f",{fmt(int(lac[k]), lac_style[i])},博主{k}\n")
            else:
                f.write("\n")


def authors(rng, kol, followers, views):
    """Author columns and injected anomalies for the audit benchmark (see the module docstring)."""
    n, kols = len(kol), len(followers)
    tier_ratio = np.select([followers < 5_000, followers < 50_000, followers < 500_000], [4.0, 2.3, 0.7], 0.4)
    lac = (followers * tier_ratio * np.exp(rng.normal(0, 0.6, kols))).astype(np.int64)
    kind = rng.choice(5, size=kols, p=[0.91, 0.03, 0.02, 0.02, 0.02])
    followers = np.where(kind == 1, followers * 5, followers)
    lac = np.where(kind == 2, lac * 5, lac)
    views = (views * np.clip(followers[kol] / 13_000, 0.05, 50) ** 0.7).astype(np.int64) + 50
    likes = (views * np.where(kind[kol] == 4, rng.uniform(0.04, 0.08, n), rng.uniform(0.01, 0.03, n))).astype(np.int64)
    collects = (likes * rng.uniform(0.2, 0.6, n)).astype(np.int64)
    comments = (likes * rng.uniform(0.05, 0.15, n)).astype(np.int64)
    # bought likes: the KOL's first note gets 10x the likes
    first = np.full(kols, -1)
    first[kol[::-1]] = np.arange(n)[::-1]
    boosted = first[(kind == 2) & (first >= 0)]
    likes[boosted] *= 10
    farm = kind[kol] == 3
    comments = np.where(farm, comments + 2 * likes + 10, comments)
    lac_style = rng.choice([0, 1, 4], size=n, p=[0.6, 0.3, 0.1])
    return followers, likes, collects, comments, views, (lac, lac_style)


if __name__ == "__main__":
    main()
