#!/usr/bin/env bash
# money-peer.sh runs depeche (bench/moneycmp) and Microsoft Recognizers-Text
# (bench/money-peer.js, npm @microsoft/recognizers-text-suite pinned in
# bench/package.json) over the same money corpus files and prints accuracy
# and time per row for both.
#
# Usage: bench/money-peer.sh [FILE.jsonl ...]
# Default files: the French, English and price-parser money corpora under
# ../shared/corpora/money (relative to the repository root).
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_dir/.." && pwd)"
corpus="$root/../shared/corpora/money"

if [[ $# -gt 0 ]]; then
  files=("$@")
else
  files=()
  for name in recognizers-fr recognizers-en duckling-fr duckling-en priceparser; do
    files+=("$corpus/$name.jsonl")
  done
fi
for f in "${files[@]}"; do
  [[ -f "$f" ]] || { echo "money-peer.sh: no such file: $f" >&2; exit 2; }
done

# Install the pinned peer into bench/node_modules (ignored by git).
if [[ ! -d "$bench_dir/node_modules/@microsoft/recognizers-text-suite" ]]; then
  if [[ -f "$bench_dir/package-lock.json" ]]; then
    (cd "$bench_dir" && npm ci --no-audit --no-fund --loglevel=error)
  else
    (cd "$bench_dir" && npm install --no-audit --no-fund --loglevel=error)
  fi
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$root" && go run ./bench/moneycmp "${files[@]}") >"$tmp/depeche.tsv"
node "$bench_dir/money-peer.js" "${files[@]}" >"$tmp/peer.tsv"

printf '%-22s %6s  %-20s %-20s  %12s %12s %8s\n' file rows "depeche acc" "recognizers acc" "depeche/row" "peer/row" speedup
paste "$tmp/depeche.tsv" "$tmp/peer.tsv" | awk -F'\t' '{
  rows = $3; dp = $4; pp = $9; dns = $5; pns = $10
  da = rows ? 100 * dp / rows : 0; pa = rows ? 100 * pp / rows : 0
  speed = dns > 0 ? pns / dns : 0
  printf "%-22s %6d  %4d (%5.1f%%)        %4d (%5.1f%%)         %9.1f µs %9.1f µs %7.0fx\n", $2, rows, dp, da, pp, pa, dns / 1000, pns / 1000, speed
}'
echo
echo "Accuracy: rows asserting one amount; a result must overlap the expected span with the expected value."
echo "Price-parser rows without a currency are bare figures, which money.Find does not report as money."
