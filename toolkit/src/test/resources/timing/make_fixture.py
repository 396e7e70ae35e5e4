"""Writes notes-fixture.csv: 400 synthetic RED notes for the timing and content tests.

Run with /usr/bin/python3 (numpy 1.24): python3 make_fixture.py > notes-fixture.csv
The note ids are ObjectIds whose first 8 hex digits are the publication time (Unix seconds); the
file has no published_at column, so KOLScope derives it. Two ids are not ObjectIds (no time), three
authors have 0 followers (no engagement rate). The crawl is at the latest note, 2024-03-10 21:xx
Beijing time, so the notes of the last two days are too young at the default 48 h.
"""
import datetime as dt

import numpy as np

rng = np.random.default_rng(16)
tz8 = dt.timezone(dt.timedelta(hours=8))
end = dt.datetime(2024, 3, 10, 22, 0, 0, tzinfo=tz8)
hour_w = np.array([2, 1, 1, .5, .5, .5, 1, 2, 3, 3, 3, 4, 6, 5, 4, 4, 4, 5, 7, 8, 9, 9, 8, 5])
lift = np.where((np.arange(24) >= 19) & (np.arange(24) <= 22), 1.5, 1.0)
lift[2:7] = 0.6
sizes = [800, 3000, 12000, 90000, 700000]
print("note_id,kol_id,likes,collects,comments,followers,content_type,cost_rmb")
for i in range(400):
    kol = int(rng.integers(0, 40))
    followers = 0 if kol in (7, 8, 9) and i % 3 == 0 else sizes[kol % 5] + kol * 7
    day = int(rng.integers(0, 14))
    hour = int(rng.choice(24, p=hour_w / hour_w.sum()))
    t = (end - dt.timedelta(days=day)).replace(hour=hour, minute=int(rng.integers(0, 60)),
                                                second=int(rng.integers(0, 60)))
    if t > end:
        t = t - dt.timedelta(days=1)
    video = rng.random() < 0.4
    base = max(followers, 500) * 0.03 * lift[hour] * (1.3 if video else 1.0)
    likes = int(base * np.exp(0.8 * rng.standard_normal()))
    collects = int(likes * 0.4)
    comments = int(likes * 0.08)
    u = rng.random()
    cost = "" if u >= 0.45 else "0" if u < 0.15 else str(50 * int(rng.integers(10, 100)))
    nid = "%08x%016x" % (int(t.timestamp()), int(rng.integers(0, 2**62)))
    if i in (5, 6):
        nid = "x%d" % i
    print(f"{nid},k{kol},{likes},{collects},{comments},{followers},"
          f"{'video' if video else 'image'},{cost}")
