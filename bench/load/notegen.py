"""Drawing and writing of synthetic notes, shared by make_notes.py (one CSV) and
bench/spark/make_chunk.py (one chunk of a large data set at a time).

The functions take the generator to draw from, so a caller decides the streams: make_notes.py
draws everything from one generator in the order kol_followers, note_draws, kol_authors,
note_authors (its output must not change); make_chunk.py draws the KOL level (kol_followers,
kol_authors) from one generator and each chunk's note level (note_draws, note_authors) from its
own. See make_notes.py for what the columns and the injected anomalies are.
"""
import numpy as np

HEADER = "note_id,kol_id,published_at,likes,collects,comments,shares,views,followers"
AUDIT_HEADER = HEADER + ",likes_and_collects,name"


def fmt(v, style):
    """A count in one of the export styles: 0 plain, 1 万, 2 w, 3 k, 4 "1,234", 5 万+ (lower bound)."""
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


def kol_followers(rng, kols):
    """Followers of KOLs 0..kols-1 (log-normal)."""
    return np.exp(rng.normal(9.5, 1.8, kols)).astype(np.int64) + 10


def note_draws(rng, kols, n):
    """The plain columns of n notes. The author (kol) is the first draw, so the authors of a
    generator's notes can be drawn again alone (make_chunk.py does, for the chunks before)."""
    kol = rng.integers(0, kols, n)
    views = np.exp(rng.normal(8, 1.5, n)).astype(np.int64) + 50
    likes = (views * rng.uniform(0.01, 0.03, n)).astype(np.int64)
    collects = (likes * rng.uniform(0.2, 0.6, n)).astype(np.int64)
    comments = (likes * rng.uniform(0.05, 0.15, n)).astype(np.int64)
    shares = (likes * rng.uniform(0.01, 0.05, n)).astype(np.int64)
    styles = rng.choice(6, size=(n, 5), p=[0.55, 0.2, 0.05, 0.05, 0.1, 0.05])
    missing = rng.random(n) < 0.02
    return kol, views, likes, collects, comments, shares, styles, missing


def kol_authors(rng, followers):
    """KOL level of the audit data: (followers, likes_and_collects, kind). kind 0 honest, 1 bought
    followers (followers x 5), 2 bought likes (likes_and_collects x 5, first note's likes x 10),
    3 comment farm, 4 inflated likes per view."""
    kols = len(followers)
    tier_ratio = np.select([followers < 5_000, followers < 50_000, followers < 500_000], [4.0, 2.3, 0.7], 0.4)
    lac = (followers * tier_ratio * np.exp(rng.normal(0, 0.6, kols))).astype(np.int64)
    kind = rng.choice(5, size=kols, p=[0.91, 0.03, 0.02, 0.02, 0.02])
    followers = np.where(kind == 1, followers * 5, followers)
    lac = np.where(kind == 2, lac * 5, lac)
    return followers, lac, kind


def first_notes(kol, kols):
    """For each KOL the index of its first note in kol, -1 if it has none."""
    first = np.full(kols, -1)
    first[kol[::-1]] = np.arange(len(kol))[::-1]
    return first


def note_authors(rng, kol, followers, kind, views, boosted):
    """Note level of the audit data: (likes, collects, comments, views, lac_style) of the notes
    of kol, drawn again with the authors' followers and anomalies. boosted: the indexes (into
    kol) of the notes whose likes are bought (x 10)."""
    n = len(kol)
    views = (views * np.clip(followers[kol] / 13_000, 0.05, 50) ** 0.7).astype(np.int64) + 50
    likes = (views * np.where(kind[kol] == 4, rng.uniform(0.04, 0.08, n), rng.uniform(0.01, 0.03, n))).astype(np.int64)
    collects = (likes * rng.uniform(0.2, 0.6, n)).astype(np.int64)
    comments = (likes * rng.uniform(0.05, 0.15, n)).astype(np.int64)
    likes[boosted] *= 10
    farm = kind[kol] == 3
    comments = np.where(farm, comments + 2 * likes + 10, comments)
    lac_style = rng.choice([0, 1, 4], size=n, p=[0.6, 0.3, 0.1])
    return likes, collects, comments, views, lac_style


def write_rows(f, start, kol, likes, collects, comments, shares, views, followers, styles, missing,
               extra=None):
    """Writes the notes as CSV rows (no header); row j is note n<start + j>, dated by that global
    index. followers is per KOL; extra: None, or (likes_and_collects per KOL, lac_style per note)
    for the two author columns of the audit data."""
    for j in range(len(kol)):
        i = start + j
        k = kol[j]
        f.write(
            f"n{i},k{k},2024-{1 + i % 12:02d}-{1 + i % 28:02d} 12:00:00,"
            f"{fmt(int(likes[j]), styles[j, 0])},{fmt(int(collects[j]), styles[j, 1])},"
            f"{fmt(int(comments[j]), styles[j, 2])},{'-' if missing[j] else fmt(int(shares[j]), styles[j, 3])},"
            f"{fmt(int(views[j]), 0)},{fmt(int(followers[k]), styles[j, 4])}"
        )
        if extra is not None:
            lac, lac_style = extra
            f.write(f",{fmt(int(lac[k]), lac_style[j])},博主{k}\n")
        else:
            f.write("\n")
