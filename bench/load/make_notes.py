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
The drawing and the rows are notegen.py's, shared with bench/spark/make_chunk.py (chunked, to Parquet).
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notegen import AUDIT_HEADER, HEADER, first_notes, kol_authors, kol_followers, note_authors, note_draws, write_rows  # noqa: E402


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    audit = "--audit" in sys.argv[3:]
    rng = np.random.default_rng(42)
    kols = n // 20 + 1
    followers = kol_followers(rng, kols)
    kol, views, likes, collects, comments, shares, styles, missing = note_draws(rng, kols, n)
    header = HEADER
    extra = None
    if audit:
        followers, lac, kind = kol_authors(rng, followers)
        # bought likes: the KOL's first note gets 10x the likes
        first = first_notes(kol, kols)
        boosted = first[(kind == 2) & (first >= 0)]
        likes, collects, comments, views, lac_style = note_authors(rng, kol, followers, kind, views, boosted)
        extra = (lac, lac_style)
        header = AUDIT_HEADER
    with open(out, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        write_rows(f, 0, kol, likes, collects, comments, shares, views, followers, styles, missing, extra)


if __name__ == "__main__":
    main()
