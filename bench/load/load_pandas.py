#!/usr/bin/env python3
"""The pandas peer of KOLScope's loader: read_csv, then the same count parsing.

Count columns of plain integers are left to read_csv's C parser; in the others, plain-digit cells
take a fast path (numpy converts them in C) and every other cell goes through the same rules as org.kolscope.core.CountParser: missing markers,
a `+` lower bound (flag column), 万/w/亿/k/m/b units, thousands separators, exact integers
(decimal arithmetic is emulated by scaling the numeral's digits, not by float multiplication).
Prints one JSON line: seconds (median of runs) and peak RSS in MiB.
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd

COUNT_COLS = ["likes", "collects", "comments", "shares", "views", "followers", "likes_and_collects"]
UNITS = {"万": 4, "w": 4, "W": 4, "亿": 8, "k": 3, "K": 3, "千": 3, "m": 6, "M": 6, "b": 9, "B": 9}
MISSING = {"", "-", "--", "—", "–", "N/A", "NA", "null", "None"}


def parse_counts(s: pd.Series):
    """Fast path: cells of plain digits (most cells of an export) convert in C; the rest go
    through the string rules below."""
    plain = s.str.isdigit().to_numpy(dtype=bool, na_value=False)
    if plain.all():
        n = len(s)
        return pd.Series(s.to_numpy().astype(np.int64), index=s.index, dtype="Int64"), \
            pd.Series(np.zeros(n, dtype=bool), index=s.index), pd.Series(np.zeros(n, dtype=bool), index=s.index)
    vals = np.zeros(len(s), dtype=np.int64)
    known = np.ones(len(s), dtype=bool)
    lower = np.zeros(len(s), dtype=bool)
    bad = np.zeros(len(s), dtype=bool)
    vals[plain] = s[plain].to_numpy().astype(np.int64)
    rest = ~plain
    v, lo, b = parse_units(s[rest])
    vals[rest] = v.fillna(0).to_numpy(dtype=np.int64)
    known[rest] = v.notna().to_numpy()
    lower[rest] = lo.to_numpy(dtype=bool)
    bad[rest] = b.to_numpy(dtype=bool)
    vals = pd.Series(pd.arrays.IntegerArray(vals, ~known), index=s.index)
    lower = pd.Series(lower, index=s.index)
    bad = pd.Series(bad, index=s.index)
    return vals, lower, bad


def parse_units(s: pd.Series):
    s = s.fillna("").str.strip()
    missing = s.isin(MISSING)
    lower = s.str.endswith("+")
    s = s.str.rstrip("+").str.strip()
    last = s.str[-1:]
    exp = last.map(UNITS).fillna(0).astype(np.int64)
    has_unit = exp > 0
    num = s.where(~has_unit, s.str[:-1]).str.replace(",", "", regex=False).str.replace(" ", "", regex=False)
    parts = num.str.split(".", n=1, expand=True)
    int_part = parts[0]
    frac = parts[1].fillna("") if parts.shape[1] > 1 else pd.Series("", index=s.index)
    ok = int_part.str.fullmatch(r"\d+") & (frac.str.fullmatch(r"\d*")) & ~missing
    frac_len = frac.str.len()
    # value = int(int_part + frac) * 10**(exp - frac_len), exact when exp >= frac_len
    digits = (int_part + frac).where(ok, "0")
    whole = ok & (exp >= frac_len)
    vals = digits.astype(np.int64) * (10 ** (exp - frac_len).clip(lower=0))
    vals = vals.where(whole)
    bad = ~missing & ~whole
    return vals.astype("Int64"), lower, bad


def load(path):
    # text columns as text; count columns inferred by the C parser: a column of plain integers
    # arrives as int64 (exact, nothing left to parse), any other as text for parse_counts, and one
    # the parser read as float (e.g. "1.5" without a unit, which is not a count) is read again
    # as text so that the count rules judge it
    header = pd.read_csv(path, nrows=0).columns
    counts = [c for c in COUNT_COLS if c in header]
    df = pd.read_csv(path, dtype={c: str for c in header if c not in counts}, keep_default_na=False,
                     low_memory=False)
    floats = [c for c in counts if df[c].dtype.kind == "f"]
    if floats:
        df[floats] = pd.read_csv(path, usecols=floats, dtype=str, keep_default_na=False)
    rejected = pd.Series(False, index=df.index)
    for c in counts:
        if df[c].dtype.kind in "iu":
            if (df[c] < 0).any():  # a negative count is not a count
                rejected |= df[c] < 0
            df[c] = df[c].astype("Int64")
            continue
        vals, lower, bad = parse_counts(df[c].astype(str))
        df[c] = vals
        if lower.any():
            df[c + "_lower_bound"] = lower
        rejected |= bad
    df["published_at"] = pd.to_datetime(df["published_at"], format="%Y-%m-%d %H:%M:%S", errors="coerce")
    dup = df["note_id"].duplicated()
    suspicious = (df["likes"] > df["views"]).fillna(False) | dup
    kept = df[~rejected]
    return kept, int(rejected.sum()), int(suspicious.sum())


def main():
    path, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        kept, rej, sus = load(path)
        times.append(time.perf_counter() - t0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peer": "pandas " + pd.__version__, "rows_kept": len(kept), "rejected": rej,
                      "suspicious": sus, "seconds": sorted(times)[len(times) // 2], "peak_rss_mib": rss}))


if __name__ == "__main__":
    main()
