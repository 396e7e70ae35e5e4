#!/usr/bin/python3
"""A fresh kernel's first answers, the same jupyter_client script for every kernel (bench/cold/run).

For each kernel name, --starts times, interleaved: start the kernel (its kernelspec as installed),
wait for kernel_info_reply, run a first cell that loads the shipped notes and shows the table,
then a cell that draws a chart; each cell counts as done when its execute_reply and its output
(a text/html table, an image/png chart) have both arrived. Reports, in seconds:
  start→table   kernel start to the first table shown (what a user waits for after opening a notebook)
  first cell    that cell alone, sent right after kernel_info_reply (kernel warm-up included)
  start→chart   kernel start to the chart shown
  chart cell    the chart cell alone
and the kernel process's peak RSS (VmHWM from /proc) after the chart, in MiB.

Usage: kernel_first.py --cwd REPO [--starts 5] [--json FILE] KERNEL:LANG ...   (LANG java or python)
"""
import argparse
import json
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

CELLS = {
    "java": ('var notes = KolData.load("data/notes.csv"); notes',
             'TierBoxChart.of(notes).value("engagement_rate").build()'),
    "python": ('import pandas as pd\nnotes = pd.read_csv("data/notes.csv"); notes',
               'import numpy as np, matplotlib.pyplot as plt\n'
               'er = (notes.likes + notes.collects + notes.comments) / notes.followers\n'
               'tier = pd.cut(notes.followers, [0, 5e3, 5e4, 5e5, np.inf], right=False,'
               ' labels=["KOC", "micro", "mid", "top"])\n'
               'ax = pd.DataFrame({"engagement rate": er, "tier": tier})'
               '.boxplot(column="engagement rate", by="tier", figsize=(10, 6.5)); ax.set_yscale("log")'),
}


def run_cell(kc, code, want, timeout=300):
    """Sends code; returns when its execute_reply and an output carrying mime type want arrived."""
    msg_id = kc.execute(code)
    replied = shown = False
    deadline = time.time() + timeout
    while not (replied and shown):
        left = deadline - time.time()
        if left <= 0:
            raise TimeoutError(f"no {want} for: {code}")
        if not replied:
            try:
                m = kc.get_shell_msg(timeout=0.01)
                if m["parent_header"].get("msg_id") == msg_id:
                    if m["content"]["status"] != "ok":
                        raise RuntimeError(f"cell failed: {m['content']}")
                    replied = True
            except Exception as e:  # queue.Empty
                if isinstance(e, RuntimeError):
                    raise
        try:
            m = kc.get_iopub_msg(timeout=0.01)
        except Exception:
            continue
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] in ("execute_result", "display_data") and want in m["content"]["data"]:
            shown = True
        if m["msg_type"] == "error":
            raise RuntimeError(f"cell error: {m['content']['ename']}: {m['content']['evalue']}")


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def once(name, lang, cwd):
    table_cell, chart_cell = CELLS[lang]
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel(cwd=cwd)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        t1 = time.perf_counter()
        run_cell(kc, table_cell, "text/html")
        t2 = time.perf_counter()
        run_cell(kc, chart_cell, "image/png")
        t3 = time.perf_counter()
        rss = peak_rss_mib(km.provisioner.process.pid)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return {"start_table": t2 - t0, "first_cell": t2 - t1, "start_chart": t3 - t0, "chart_cell": t3 - t2,
            "rss": rss}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--starts", type=int, default=5)
    ap.add_argument("--cwd", required=True)
    ap.add_argument("--json")
    ap.add_argument("kernels", nargs="+")
    a = ap.parse_args()
    kernels = [k.split(":") for k in a.kernels]
    res = {name: [] for name, _ in kernels}
    for r in range(a.starts + 1):  # round 0 warms the page cache, not counted
        order = kernels[r % len(kernels):] + kernels[:r % len(kernels)]
        for name, lang in order:
            x = once(name, lang, a.cwd)
            print(f"kernel round {r}{' (warm-up)' if r == 0 else ''} {name}: "
                  + ", ".join(f"{k} {v:.2f}" for k, v in x.items()), file=sys.stderr, flush=True)
            if r:
                res[name].append(x)
    med = {name: {k: statistics.median(x[k] for x in rs) for k in rs[0]} for name, rs in res.items()}
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"runs": res, "medians": med}, f, indent=1)
    print(json.dumps(med))


if __name__ == "__main__":
    main()
