#!/usr/bin/python3
"""The pandas peers of three whole `./kolscope` commands, for bench/cold/run (one process each, as
a user runs a script):

  peer_pandas.py load FILE          read_csv + the loader's count parsing (bench/load/load_pandas.py),
                                    then a one-line summary (rows kept, rejected, suspicious)
  peer_pandas.py audit FILE DIR     that load, then the audit pipeline of bench/peers/audit_pandas.py
                                    (accounts, ratios, tiers, R1–R7, IQR/MAD flags per tier, tier
                                    medians), writing DIR/kols.csv and DIR/flags.csv
  peer_pandas.py chart FILE OUT.png that load, engagement rate per note ((likes + collects + comments) /
                                    followers), RED tiers, a box plot per tier (matplotlib, Agg)

What `kolscope audit --out` writes beyond this (report.html with its charts and the 'When to post'
section) has no peer here; bench/RESULTS.md says so beside the figures.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "load"))
sys.path.insert(0, os.path.join(HERE, "..", "peers"))


def main():
    mode, path = sys.argv[1], sys.argv[2]
    from load_pandas import load
    if mode == "load":
        notes, rejected, suspicious = load(path)
        print(f"{path}: rows kept {len(notes)}, rejected {rejected}, suspicious {suspicious}")
    elif mode == "audit":
        import audit_pandas as ap
        out = sys.argv[3]
        notes, _, _ = load(path)
        kols, notes_out, fired, unknown = ap.audit(notes)
        iqr, mad = ap.outliers(kols)
        medians = ap.tier_medians(kols)
        os.makedirs(out, exist_ok=True)
        kols.to_csv(os.path.join(out, "kols.csv"), index=False)
        rows = [(rule, sev, int(r)) for rule, sev, rs, _, _ in fired for r in rs]
        with open(os.path.join(out, "flags.csv"), "w", encoding="utf-8") as f:
            f.write("rule,severity,row\n")
            f.writelines(f"{rule},{sev},{r}\n" for rule, sev, r in rows)
        print(f"wrote {out}: {len(kols)} KOLs, {len(rows)} flags, IQR {iqr}, MAD {mad}, tiers {len(medians)}")
    elif mode == "chart":
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import numpy as np
        from audit_pandas import TIER_BOUNDS, TIERS
        notes, _, _ = load(path)
        f = notes["followers"].to_numpy(dtype=float, na_value=np.nan)
        inter = sum(notes[c].to_numpy(dtype=float, na_value=np.nan) for c in ["likes", "collects", "comments"])
        er = np.where(f > 0, inter / np.where(f > 0, f, 1), np.nan)
        tier = np.searchsorted(TIER_BOUNDS, np.nan_to_num(f), side="right")
        groups = [er[(tier == i) & ~np.isnan(er)] for i in range(len(TIERS))]
        fig, ax = plt.subplots(figsize=(10, 6.5), dpi=100)
        ax.boxplot(groups, labels=TIERS)
        ax.set_yscale("log")
        ax.set_ylabel("engagement rate")
        fig.savefig(sys.argv[3])
        print(sys.argv[3])
    else:
        sys.exit(f"peer_pandas.py: unknown mode {mode} (load, audit, chart)")


if __name__ == "__main__":
    main()
