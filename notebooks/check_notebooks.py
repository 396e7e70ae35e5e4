#!/usr/bin/env python3
"""Execute KOLScope notebooks top to bottom and check what they show.

Each notebook runs in a fresh kernel (nbclient), in memory: the files on disk are not changed.
A notebook fails when a cell raises an error, when it shows no chart (an image/png output) or no
table (a text/html output), when it takes longer than --max-seconds, or when the committed file
has no outputs (committed notebooks keep theirs so they read well on a code host).

    python3 notebooks/check_notebooks.py                    # every notebooks/*.ipynb
    python3 notebooks/check_notebooks.py 02-outlier-tests.ipynb --kernel kolscope-dev
    python3 notebooks/check_notebooks.py --cells cells.json    # code cells from elsewhere

The kernel name defaults to $KOLSCOPE_KERNEL, else "kolscope" (`./kolscope kernel install`).
Prints one line per notebook and exits 1 if any notebook failed.

With --cells, the file holds a JSON list of {"source": ..., "name": ...}: the code cells are run
in that order as one in-memory notebook, in one fresh kernel, with the current directory as the
working directory (no chart or table is required); the first cell that raises an error is named
and the run exits 1. The README test (cli/src/test/java/org/kolscope/cli/Readme_RunsIT.java) runs
the README's Java blocks this way.
"""
import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = Path(__file__).resolve().parent


def mime_counts(nb):
    """Number of image/png and text/html outputs over all code cells."""
    png = html = 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            png += "image/png" in data
            html += "text/html" in data
    return png, html


def check(path, kernel, max_seconds, cell_timeout):
    """Runs one notebook; returns a list of problems (empty when it passed) and a summary."""
    problems = []
    committed = nbformat.read(path, as_version=4)
    nbformat.validate(committed)
    stored_png, stored_html = mime_counts(committed)
    if stored_png == 0 or stored_html == 0:
        problems.append(f"the committed file lacks outputs ({stored_png} png, {stored_html} html): "
                        "run notebooks/refresh.sh and commit")
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=cell_timeout,
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.monotonic()
    try:
        client.execute()
    except CellExecutionError as e:
        problems.append("a cell failed:\n" + str(e))
    seconds = time.monotonic() - start
    png, html = mime_counts(nb)
    if png == 0:
        problems.append("no chart: no image/png output")
    if html == 0:
        problems.append("no table: no text/html output")
    if seconds > max_seconds:
        problems.append(f"took {seconds:.1f} s, more than the {max_seconds:.0f} s budget")
    return problems, f"{seconds:.1f} s, {png} png, {html} html"


def run_cells(cells, kernel, cell_timeout):
    """Runs code cells in one fresh kernel in the current directory; returns the problems."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c["source"]) for c in cells]
    client = NotebookClient(nb, kernel_name=kernel, timeout=cell_timeout,
                            resources={"metadata": {"path": os.getcwd()}})
    try:
        client.execute()
    except CellExecutionError:
        pass
    problems = []
    for cell, meta in zip(nb.cells, cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                trace = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(out.get("traceback", [])))
                problems.append(f"{meta['name']}: {out.get('ename')}: {out.get('evalue')}\n{trace}")
        if problems:
            break
    ran = sum(1 for c in nb.cells if c.get("execution_count"))
    if not problems and ran < len(cells):
        problems.append(f"only {ran} of {len(cells)} cells ran")
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("notebooks", nargs="*", help="notebook files (default: notebooks/*.ipynb)")
    parser.add_argument("--kernel", default=os.environ.get("KOLSCOPE_KERNEL", "kolscope"))
    parser.add_argument("--max-seconds", type=float, default=120.0,
                        help="wall-clock budget per notebook, kernel start included (default 120)")
    parser.add_argument("--cell-timeout", type=int, default=600)
    parser.add_argument("--cells", help="a JSON list of code cells to run instead of notebooks")
    args = parser.parse_args(argv)
    if args.cells:
        with open(args.cells, encoding="utf-8") as f:
            cells = json.load(f)
        problems = run_cells(cells, args.kernel, args.cell_timeout)
        for p in problems:
            print("FAILED " + p)
        if not problems:
            print(f"{len(cells)} cells: ok")
        return 1 if problems else 0
    paths = [Path(p) if Path(p).is_absolute() else HERE / p for p in args.notebooks] \
        or sorted(HERE.glob("*.ipynb"))
    if not paths:
        print("no notebooks found in " + str(HERE), file=sys.stderr)
        return 1
    failed = 0
    for path in paths:
        problems, summary = check(path, args.kernel, args.max_seconds, args.cell_timeout)
        if problems:
            failed += 1
            print(f"{path.name}: FAILED ({summary})")
            for p in problems:
                print("  - " + p.replace("\n", "\n    "))
        else:
            print(f"{path.name}: ok ({summary})")
        sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
