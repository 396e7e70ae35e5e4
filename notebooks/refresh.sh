#!/usr/bin/env bash
# Re-executes every notebook in place, each in a fresh KOLScope kernel, so the committed outputs
# match the code and the data. Installs the kernel first when Jupyter cannot find it, or when the
# installed one belongs to another checkout.
#
#   notebooks/refresh.sh                         # all notebooks/*.ipynb
#   notebooks/refresh.sh 02-outlier-tests.ipynb  # just one
#   KOLSCOPE_KERNEL=kolscope-dev notebooks/refresh.sh
#
# Needs jupyter-nbconvert (Debian: apt-get install jupyter-nbconvert python3-nbclient).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
kernel="${KOLSCOPE_KERNEL:-kolscope}"

if ! command -v jupyter >/dev/null 2>&1; then
  echo "refresh.sh: jupyter not found; apt-get install jupyter-nbconvert python3-nbclient" >&2
  exit 1
fi

spec_dir="$(jupyter kernelspec list 2>/dev/null | awk -v k="$kernel" '$1 == k { print $2 }')"
if [ -z "$spec_dir" ] || ! grep -qF "$repo/cli/target" "$spec_dir/kernel.json"; then
  echo "refresh.sh: installing the $kernel kernel for this checkout" >&2
  "$repo/kolscope" kernel install --name "$kernel" >&2
else
  # the kernel runs the CLI jar: rebuild it when sources changed (the launcher checks)
  "$repo/kolscope" --version >/dev/null
fi

cd "$here"
if [ "$#" -eq 0 ]; then set -- *.ipynb; fi
for nb in "$@"; do
  start=$(date +%s)
  jupyter nbconvert --to notebook --execute --inplace \
    --ExecutePreprocessor.kernel_name="$kernel" --ExecutePreprocessor.timeout=600 "$nb"
  echo "refresh.sh: $nb executed in $(( $(date +%s) - start )) s" >&2
done
