#!/usr/bin/env python3
"""Kernel latency benchmark with jupyter_client, same script for every kernel.

For each kernel name given (default: kolscope python3):
  * startup: wall time from KernelManager.start_kernel() to the first kernel_info_reply,
    repeated --starts times (fresh process each time);
  * first result: in the same fresh processes, wall time from start_kernel() to the
    execute_reply of a first "1+1" (JShell warmed up: what a user waits for before a first cell);
  * round trip: wall time from sending execute_request("1+1") to receiving its execute_reply,
    --runs times on one warm kernel (after 10 warm-up executions).
Prints median and p95 (statistics.quantiles, method="inclusive" = R type 7) in ms.

Usage: JUPYTER_PATH=... python3 bench/kernel/bench.py [--starts 20] [--runs 200] [kernel ...]
"""
import argparse
import statistics
import time

from jupyter_client.manager import KernelManager


def wait_reply(kc, msg_id, timeout=120):
    deadline = time.time() + timeout
    while True:
        msg = kc.get_shell_msg(timeout=max(0.05, deadline - time.time()))
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def startup_ms(name):
    """(start -> kernel_info_reply, start -> first 1+1 execute_reply) in ms, one fresh kernel."""
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    wait_reply(kc, kc.kernel_info())
    info = (time.perf_counter() - t0) * 1000
    reply = wait_reply(kc, kc.execute("1+1"))
    first = (time.perf_counter() - t0) * 1000
    assert reply["content"]["status"] == "ok", reply["content"]
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    return info, first


def round_trips_ms(name, runs):
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    for _ in range(10):
        wait_reply(kc, kc.execute("1+1"))
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        reply = wait_reply(kc, kc.execute("1+1"))
        out.append((time.perf_counter() - t0) * 1000)
        assert reply["content"]["status"] == "ok", reply["content"]
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    return out


def summary(xs):
    q = statistics.quantiles(xs, n=20, method="inclusive")
    return statistics.median(xs), q[18]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--starts", type=int, default=20)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("kernels", nargs="*", default=["kolscope", "python3"])
    a = ap.parse_args()
    print(f"{'kernel':<16} {'startup median':>15} {'startup p95':>12} {'first result median':>20} {'p95':>6}"
          f" {'1+1 median':>11} {'1+1 p95':>9}  (ms; {a.starts} starts, {a.runs} runs)")
    for name in a.kernels:
        starts = [startup_ms(name) for _ in range(a.starts)]
        trips = round_trips_ms(name, a.runs) if a.runs > 1 else [0.0, 0.0]
        sm, sp = summary([s[0] for s in starts])
        fm, fp = summary([s[1] for s in starts])
        rm, rp = summary(trips)
        print(f"{name:<16} {sm:>15.0f} {sp:>12.0f} {fm:>20.0f} {fp:>6.0f} {rm:>11.2f} {rp:>9.2f}", flush=True)


if __name__ == "__main__":
    main()
