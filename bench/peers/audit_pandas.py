#!/usr/bin/env python3
"""The pandas + numpy peer of KOLScope's audit pipeline: the same steps, rules and thresholds.

Steps (each timed): load (read_csv + the loader's count parsing, shared with bench/load) → audit
(accounts from the notes' author columns, note and account ratios, RED tiers, per-KOL aggregates,
rules R1–R7 as org.kolscope.rules implements them, verdicts, reason texts of fired flags) →
outliers (Tukey fences k = 1.5 and modified z > 3.5 on log10 of each KOL's median engagement rate,
within its tier) → tier medians.

What it replicates, from the Java sources (org.kolscope.metrics / org.kolscope.rules):
- AccountsFromPosts: one row per kol_id in order of first appearance; each author column takes its
  latest known value (latest published_at, ties to the later row).
- Ratio: a zero or unknown denominator or an unknown numerator gives NaN.
- Interactions (Xinhong): likes + collects + comments; engagement_rate = interactions / the note's
  followers.
- KolAggregates: medians over known values; mean and Σ likes only when every note's likes are
  known; Σ comments / Σ likes only when every comment count is known too and Σ likes > 0.
- R1 floor 1 below 50k followers, 0.1 from 50k; R2 [3, 5] or the tier's log10 Tukey fences (k 1.5)
  when [3, 5] misses > 50 % of a tier with ≥ 10 positive ratios, info only in smaller tiers; R3 > 50
  % of notes with known views outside [1 %, 3 %]; R4/R7 Σ comments / Σ likes against the tier's
  log10 fences (KOLs with ≥ 20 likes, tiers with ≥ 10 such KOLs with comments), R7 alert beyond
  k = 3; R5 price > 10,000 warning, outside [500, 8,000] info; R6 robust z of log10(1 +
  interactions) > 3.5 among a KOL's notes (≥ 5 known), MeanAD fallback when MAD = 0; verdict
  suspicious on an alert or warnings from two rules, review on one.
- Quantiles are type 7 written as Java writes them (lo + (h − lo)·(hi − lo)).

Not replicated (see bench/RESULTS.md): the reason texts are shorter, and the per-row
missing_reasons and not_checked texts are not built (the peer only counts what it could not check).

Usage: audit_pandas.py FILE [RUNS]. Prints one JSON line like bench/audit/AuditBench.java.
"""
import json
import os
import resource
import sys
import time

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "load"))
from load_pandas import load  # noqa: E402  (read_csv + the same count parsing as the loader)

TIER_BOUNDS = np.array([5_000, 50_000, 500_000], dtype=float)
TIERS = ["KOC", "micro", "mid", "top"]
ER = "median_engagement_rate"
MEDIAN_COLUMNS = ["followers", "likes_and_collects_per_follower", ER, "median_likes_per_view",
                  "comments_per_like"]


def ratio(n, d):
    """n / d, NaN where d is 0 or either is unknown (metrics.Ratio)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(d == 0, np.nan, n / d)


def q7(sorted_values, p):
    """Type-7 quantile of an ascending array, computed as stats.Quantiles does."""
    h = (len(sorted_values) - 1) * p
    lo = int(np.floor(h))
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (h - lo) * (sorted_values[hi] - sorted_values[lo])


def fences(values, k):
    """rules.TierFences: log10 Tukey fences of the values > 0 → (q1, q3, lower, upper)."""
    logs = np.sort(np.log10(values[values > 0]))
    lq1, lq3 = q7(logs, 0.25), q7(logs, 0.75)
    iqr = lq3 - lq1
    return 10 ** lq1, 10 ** lq3, 10 ** (lq1 - k * iqr), 10 ** (lq3 + k * iqr)


def audit(notes):
    """Accounts, ratios, tiers, aggregates, R1–R7 and verdicts; returns (kols, fired, unknown)."""
    codes, ids = pd.factorize(notes["kol_id"])  # first-appearance order, as Java's LinkedHashMap
    n_kols = len(ids)
    col = {c: notes[c].to_numpy(dtype=float, na_value=np.nan)
           for c in ["likes", "collects", "comments", "views", "followers", "likes_and_collects",
                     "price_rmb"] if c in notes.columns}

    # accounts: latest known value of each author column (stable sort: ties keep file order)
    order = np.argsort(notes["published_at"].to_numpy(dtype="datetime64[ns]").view("i8"), kind="stable")
    author_cols = [c for c in ["name", "followers", "likes_and_collects", "price_rmb"] if c in notes.columns]
    latest = notes[author_cols].iloc[order].groupby(codes[order], sort=True).last()
    kols = pd.DataFrame({"kol_id": ids})
    for c in author_cols:
        kols[c] = latest[c].reindex(np.arange(n_kols)).to_numpy()
    f = kols["followers"].to_numpy(dtype=float, na_value=np.nan)
    lac = kols["likes_and_collects"].to_numpy(dtype=float, na_value=np.nan) \
        if "likes_and_collects" in kols else np.full(n_kols, np.nan)
    lpf = ratio(lac, f)
    kols["likes_and_collects_per_follower"] = lpf
    tier = np.where(np.isnan(f), -1, np.searchsorted(TIER_BOUNDS, np.nan_to_num(f), side="right"))
    kols["tier"] = pd.Categorical.from_codes(tier, TIERS)

    # note ratios
    likes, comments = col["likes"], col["comments"]
    inter = likes + col["collects"] + comments
    lpv = ratio(likes, col["views"])
    er = ratio(inter, col["followers"])
    note_ratios = {"likes_per_view": lpv, "comments_per_like": ratio(comments, likes),
                   "collects_per_like": ratio(col["collects"], likes), "interactions": inter,
                   "engagement_rate": er}

    # per-KOL aggregates (medians over known values)
    g = pd.DataFrame({"likes": likes, "interactions": inter, "engagement_rate": er,
                      "lpv": lpv, "views": col["views"], "comments": comments}).groupby(codes, sort=True)
    size = np.bincount(codes, minlength=n_kols)
    med = g[["likes", "interactions", "engagement_rate", "lpv", "views"]].median()
    known = g[["likes", "comments"]].count()
    sums = g[["likes", "comments"]].sum()
    all_likes = known["likes"].to_numpy() == size
    total_likes = np.where(all_likes, sums["likes"].to_numpy(), np.nan)
    pooled = np.where(all_likes & (known["comments"].to_numpy() == size),
                      ratio(sums["comments"].to_numpy(), total_likes), np.nan)
    kols["notes_in_sample"] = size
    kols["median_likes"] = med["likes"].to_numpy()
    kols["mean_likes"] = total_likes / size
    kols["median_interactions"] = med["interactions"].to_numpy()
    kols[ER] = med["engagement_rate"].to_numpy()
    kols["median_likes_per_view"] = med["lpv"].to_numpy()
    kols["median_views"] = med["views"].to_numpy()
    kols["sum_likes"] = total_likes
    kols["comments_per_like"] = pooled

    fired = []      # (rule, severity, kol rows, values, thresholds)
    unknown = {}    # rule -> KOLs not checked
    tiered = tier >= 0

    # R1 fake-followers
    floor = np.where(f >= 50_000, 0.1, 1.0)
    unknown["R1"] = int(np.isnan(lpf).sum())
    hit = np.flatnonzero(lpf < floor)
    fired.append(("R1 fake-followers", "warning", hit, lpf[hit], floor[hit]))

    # R2 likes-per-follower
    unknown["R2"] = int((np.isnan(lpf) | ~tiered).sum())
    for t in range(len(TIERS)):
        rows = np.flatnonzero((tier == t) & ~np.isnan(lpf))
        v = lpf[rows]
        positive = int((v > 0).sum())
        miss = ((v < 3) | (v > 5)).sum() / len(v) if len(v) else 0.0
        small = positive < 10
        lo, hi = (fences(v, 1.5)[2:] if not small and miss > 0.5 else (3.0, 5.0))
        out = (v < lo) | (v > hi)
        sel = rows[out]
        fired.append(("R2 likes-per-follower", "info" if small else "warning", sel, v[out],
                      np.where(v[out] < lo, lo, hi)))

    # R3 likes-per-view
    lpv_known = ~np.isnan(lpv)
    outside = lpv_known & ((lpv < 0.01) | (lpv > 0.03))
    n_known = np.bincount(codes, weights=lpv_known, minlength=n_kols)
    n_out = np.bincount(codes, weights=outside, minlength=n_kols)
    unknown["R3"] = int((n_known == 0).sum())
    with np.errstate(invalid="ignore", divide="ignore"):
        share = n_out / n_known
    hit = np.flatnonzero((n_known > 0) & (share > 0.5))
    fired.append(("R3 likes-per-view", "warning", hit, share[hit], np.full(len(hit), 0.5)))

    # R4 low-comments and R7 comment-farm: Σ comments / Σ likes against the tier's fences
    eligible = tiered & (size > 0) & ~np.isnan(pooled) & (total_likes >= 20)
    unknown["R4"] = unknown["R7"] = int((~eligible).sum())
    for t in range(len(TIERS)):
        rows = np.flatnonzero(eligible & (tier == t))
        v = pooled[rows]
        if (v > 0).sum() < 10:
            unknown["R4"] += len(rows)
            unknown["R7"] += len(rows)
            continue
        q1, q3, lower, upper = fences(v, 1.5)
        low = v < lower
        fired.append(("R4 low-comments", "warning", rows[low], v[low], np.full(low.sum(), lower)))
        far = 10 ** (np.log10(q3) + 3 * (np.log10(q3) - np.log10(q1)))
        alert = v > far
        warn = (v > upper) & ~alert
        fired.append(("R7 comment-farm", "alert", rows[alert], v[alert], np.full(alert.sum(), far)))
        fired.append(("R7 comment-farm", "warning", rows[warn], v[warn], np.full(warn.sum(), upper)))

    # R5 price
    if "price_rmb" in kols:
        p = kols["price_rmb"].to_numpy(dtype=float, na_value=np.nan)
        unknown["R5"] = int(np.isnan(p).sum())
        hit = np.flatnonzero(p > 10_000)
        fired.append(("R5 price", "warning", hit, p[hit], np.full(len(hit), 10_000.0)))
        note = np.flatnonzero(((p < 500) | (p > 8_000)) & ~(p > 10_000))
        fired.append(("R5 price", "info", note, p[note], np.where(p[note] < 500, 500.0, 8_000.0)))
    else:
        unknown["R5"] = n_kols

    # R6 engagement-spike: robust z of log10(1 + interactions) among each KOL's notes
    ok = ~np.isnan(inter)
    kc = codes[ok]
    x = np.log10(1 + inter[ok])
    xs = pd.Series(x)
    gx = xs.groupby(kc)
    m = gx.transform("median").to_numpy()
    dev = pd.Series(np.abs(x - m))
    gd = dev.groupby(kc)
    mad = gd.transform("median").to_numpy()
    mean_ad = gd.transform("mean").to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        z = np.where(mad > 0, 0.6745 * (x - m) / mad,
                     np.where(mean_ad > 0, (x - m) / (1.253314 * mean_ad), 0.0))
    n_inter = np.bincount(kc, minlength=n_kols)
    spikes = np.bincount(kc, weights=z > 3.5, minlength=n_kols)
    zmax = pd.Series(z).groupby(kc).max().reindex(np.arange(n_kols)).to_numpy()
    unknown["R6"] = int((n_inter < 5).sum())
    hit = np.flatnonzero((n_inter >= 5) & (spikes > 0))
    fired.append(("R6 engagement-spike", "warning", hit, zmax[hit], np.full(len(hit), 3.5)))

    # verdicts: suspicious on an alert or warnings from ≥ 2 rules, review on one warning
    warned = np.zeros(n_kols, dtype=np.int64)
    alerted = np.zeros(n_kols, dtype=bool)
    per_rule = {}
    for rule, sev, rows, _, _ in fired:
        if sev == "warning":
            per_rule.setdefault(rule, []).append(rows)
        if sev == "alert":
            alerted[rows] = True
    for rows in per_rule.values():
        warned[np.unique(np.concatenate(rows))] += 1
    kols["verdict"] = np.where(alerted | (warned >= 2), "suspicious", np.where(warned == 1, "review", "ok"))

    # reasons of fired flags, most severe first, joined per KOL
    parts = []
    weight = {"alert": 3, "warning": 2, "info": 1}
    for rule, sev, rows, values, thresholds in fired:
        if len(rows):
            parts.append(pd.DataFrame({
                "row": rows, "w": weight[sev],
                "text": rule + " [" + sev + "]: " + pd.Series(values).map("{:.4g}".format)
                + (" < " if rule.startswith(("R1", "R4")) else " vs ")
                + pd.Series(thresholds).map("{:.4g}".format)}))
    if parts:
        r = pd.concat(parts).sort_values(["row", "w"], ascending=[True, False], kind="stable")
        kols["reasons"] = r.groupby("row")["text"].agg("; ".join).reindex(np.arange(n_kols), fill_value="").to_numpy()
    else:
        kols["reasons"] = ""
    notes_out = notes.assign(**note_ratios)
    return kols, notes_out, fired, unknown


def outliers(kols):
    """Tukey fences (k 1.5, type 7) and modified z (|M| > 3.5) of log10 median engagement rate per tier."""
    iqr, mad = {}, {}
    for t, grp in kols.groupby("tier", observed=True, sort=True):
        v = grp[ER].to_numpy(dtype=float)
        v = np.log10(v[np.isfinite(v) & (v > 0)])
        name = str(t)
        if len(v) < 4 or np.all(v == v[0]):
            iqr[name] = None
        else:
            s = np.sort(v)
            q1, q3 = q7(s, 0.25), q7(s, 0.75)
            lo, hi = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
            iqr[name] = int(((v < lo) | (v > hi)).sum())
        if len(v) < 3 or np.all(v == v[0]):
            mad[name] = None
        else:
            s = np.sort(v)
            m = q7(s, 0.5)
            d = q7(np.sort(np.abs(v - m)), 0.5)
            mad[name] = None if d == 0 else int((np.abs(0.6745 * (v - m) / d) > 3.5).sum())
    return dict(sorted(iqr.items())), dict(sorted(mad.items()))


def tier_medians(kols):
    out = {}
    for t, grp in kols.groupby("tier", observed=True, sort=True):
        out[str(t)] = {}
        for c in MEDIAN_COLUMNS:
            if c in grp:
                v = grp[c].to_numpy(dtype=float, na_value=np.nan)
                v = np.sort(v[~np.isnan(v)])
                out[str(t)][c] = float(q7(v, 0.5)) if len(v) else None
    return out


def run(path, seconds):
    t0 = time.perf_counter()
    notes, _, _ = load(path)
    t1 = time.perf_counter()
    kols, notes_out, fired, unknown = audit(notes)
    verdicts = kols["verdict"].value_counts()
    t2 = time.perf_counter()
    iqr, mad = outliers(kols)
    t3 = time.perf_counter()
    medians = tier_medians(kols)
    t4 = time.perf_counter()
    seconds[:] = [t1 - t0, t2 - t1, t3 - t2, t4 - t3]
    firing = {}
    for rule, sev, rows, _, _ in fired:
        if len(rows):
            key = rule.split(" ")[0] + " " + sev
            firing[key] = firing.get(key, 0) + len(rows)
    return {"notes": len(notes_out), "kols": len(kols),
            # the verdict comes from the evidence model (org.kolscope.evidence), which this peer
            # does not reimplement: the peers are compared on the rules' firings, the outlier
            # flags and the tier medians; the rule-count verdicts here are only reported
            "rule_verdicts": {v: int(verdicts.get(v, 0)) for v in ["ok", "review", "suspicious"]},
            "fired": dict(sorted(firing.items())), "iqr_outliers": iqr, "mad_outliers": mad,
            "tier_medians": {t: {c: None if v is None else float(f"{v:.6g}") for c, v in m.items()}
                             for t, m in medians.items()},
            "not_checked": {k: v for k, v in sorted(unknown.items()) if v}}


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    stages = ["load", "audit", "outliers", "medians"]
    times, cpu, check = [], [], None
    for _ in range(runs):
        s = [0.0] * 4
        c0 = time.process_time()
        check = run(path, s)
        cpu.append(time.process_time() - c0)
        times.append(s)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    totals = [sum(s) for s in times]
    med = lambda a: sorted(a)[len(a) // 2]  # noqa: E731
    print(json.dumps({
        "peer": "pandas " + pd.__version__ + " / numpy " + np.__version__, "runs": runs,
        "stages": {st: round(med([s[i] for s in times]), 3) for i, st in enumerate(stages)},
        "seconds": round(med(totals), 3), "all_seconds": [round(t, 3) for t in totals],
        "cpu_seconds": round(med(cpu), 3),
        "peak_rss_mib": round(rss), "check": check}, ensure_ascii=False))


if __name__ == "__main__":
    main()
