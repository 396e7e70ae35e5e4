#!/usr/bin/env python3
"""Writes chunk INDEX of N synthetic audit notes (make_notes.py --audit's columns, distributions
and injected anomalies) as CSV, for bench/spark/make_parquet.sh.

Usage: make_chunk.py N KOLS CHUNK INDEX OUT.csv

The data set is N notes of KOLS KOLs k0..k<KOLS-1>, cut into chunks of CHUNK notes (the last
one shorter); chunk INDEX holds notes n<INDEX*CHUNK> onwards. The KOL universe (followers,
likes_and_collects, name, anomaly kind) is drawn from one generator seeded 42, the same for every
chunk; a chunk's notes from a generator seeded (42, INDEX). A KOL with bought likes has the likes
of its first note in the whole data set x 10: the authors of the chunks before are drawn again
(the first draw of their generators, a fraction of a second for 100M notes) to know which KOLs
already had a note, so every chunk is made alone, in any order, and the same chunk is the same
bytes. Prints the number of notes written.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "load"))
from notegen import AUDIT_HEADER, first_notes, kol_authors, kol_followers, note_authors, note_draws, write_rows  # noqa: E402

SEED = 42


def kol_universe(kols):
    """(followers, likes_and_collects, kind) of every KOL, the same for every chunk."""
    rng = np.random.default_rng(SEED)
    return kol_authors(rng, kol_followers(rng, kols))


def note_rng(index):
    return np.random.default_rng((SEED, index))


def seen_before(kols, chunk, index):
    """Which KOLs have a note in chunks 0..index-1 (all full chunks of `chunk` notes)."""
    seen = np.zeros(kols, dtype=bool)
    for c in range(index):
        seen[note_rng(c).integers(0, kols, chunk)] = True  # note_draws' first draw
    return seen


def make_chunk(n, kols, chunk, index):
    """(start, columns for write_rows) of chunk index."""
    start = index * chunk
    size = min(chunk, n - start)
    if size <= 0:
        raise ValueError(f"chunk {index} starts at note {start}, past the {n} notes")
    followers, lac, kind = kol_universe(kols)
    rng = note_rng(index)
    kol, views, likes, collects, comments, shares, styles, missing = note_draws(rng, kols, size)
    first = first_notes(kol, kols)
    boosted = first[(kind == 2) & (first >= 0) & ~seen_before(kols, chunk, index)]
    likes, collects, comments, views, lac_style = note_authors(rng, kol, followers, kind, views, boosted)
    return start, (kol, likes, collects, comments, shares, views, followers, styles, missing, (lac, lac_style))


def main():
    if len(sys.argv) != 6:
        sys.exit("usage: make_chunk.py N KOLS CHUNK INDEX OUT.csv")
    n, kols, chunk, index = (int(a) for a in sys.argv[1:5])
    out = sys.argv[5]
    if n < 1 or kols < 1 or chunk < 1 or index < 0:
        sys.exit("make_chunk.py: N, KOLS and CHUNK must be positive, INDEX not negative")
    start, cols = make_chunk(n, kols, chunk, index)
    with open(out, "w", encoding="utf-8") as f:
        f.write(AUDIT_HEADER + "\n")
        write_rows(f, start, *cols)
    print(len(cols[0]))


if __name__ == "__main__":
    main()
