#!/usr/bin/env bash
# dates-peer.sh runs depeche's dates.Find (bench/datescmp) and the
# Microsoft Recognizers-Text date-time recognizer (bench/dates-peer.js, npm
# @microsoft/recognizers-text-suite pinned in bench/package.json, French and
# English cultures, with each row's reference date) over the same evaluation
# set and prints accuracy and time per row for both, and the ratios.
#
# Usage: bench/dates-peer.sh [--failures] [FILE.jsonl]
# Default file: bench/testdata/dates.jsonl (French and English sentences,
# each with its reference date, expected text and ISO 8601 value, or none).
# --failures names the rows each side gets wrong on stderr.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_dir/.." && pwd)"

go_flags=()
js_flags=()
if [[ "${1:-}" == "--failures" ]]; then
  go_flags=(-failures)
  js_flags=(--failures)
  shift
fi
file="${1:-$bench_dir/testdata/dates.jsonl}"
[[ -f "$file" ]] || { echo "dates-peer.sh: no such file: $file" >&2; exit 2; }
file="$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"

# Install the pinned peers into bench/node_modules (ignored by git).
if [[ ! -d "$bench_dir/node_modules/@microsoft/recognizers-text-suite" ]]; then
  (cd "$bench_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$root" && go run ./bench/datescmp "${go_flags[@]}" "$file") >"$tmp/depeche.tsv"
node "$bench_dir/dates-peer.js" "${js_flags[@]}" "$file" >"$tmp/peer.tsv"

printf '%-9s %5s  %-16s %-16s  %12s %12s %8s\n' group rows "depeche acc" "recognizers acc" "depeche/row" "peer/row" speedup
paste "$tmp/depeche.tsv" "$tmp/peer.tsv" | awk -F'\t' '{
  n = $3; dp = $4; pp = $9; dns = $5; pns = $10
  da = n ? 100 * dp / n : 0; pa = n ? 100 * pp / n : 0
  speed = dns > 0 ? pns / dns : 0
  printf "%-9s %5d  %3d (%5.1f%%)     %3d (%5.1f%%)      %9.1f µs %9.1f µs %7.0fx\n", $2, n, dp, da, pp, pa, dns / 1000, pns / 1000, speed
}'
echo
echo "A row is right when a found expression overlaps the expected text with the expected value (depeche: equal;"
echo "Recognizers-Text: timex/value starting with it, or a resolved period inside it, any of its values); a negative"
echo "row is right when nothing is found. Time: mean of timed rounds (depeche 100, peer 5) after an untimed one;"
echo "speedup = peer time / depeche time."
