#!/usr/bin/env bash
# lang-peer.sh runs depeche's sentence language detection (bench/langcmp:
# lang.New(nil) and (*Detector).Sentences over segment.Split of each article)
# and franc (bench/lang-peer.js, npm franc pinned in bench/package.json,
# restricted to eng, fra, deu, spa, ita, por, nld) over the same labelled
# sentences and prints accuracy and time per sentence for both, and the
# ratios.
#
# Usage: bench/lang-peer.sh
# Inputs: the sample articles examples/testdata/*.txt and
# extract/testdata/corpus/*/*.txt; labels in bench/testdata/lang-sentences.jsonl
# (one row per sentence: article path, sentence, expected ISO 639-1 code).
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_dir/.." && pwd)"
labels="$bench_dir/testdata/lang-sentences.jsonl"

# Install the pinned peers into bench/node_modules (ignored by git).
if [[ ! -d "$bench_dir/node_modules/franc" ]]; then
  (cd "$bench_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$root"
go run ./bench/langcmp "$labels" examples/testdata/*.txt extract/testdata/corpus/*/*.txt >"$tmp/depeche.tsv"
node "$bench_dir/lang-peer.js" "$labels" >"$tmp/peer.tsv"

printf '%9s  %-16s %-16s  %14s %14s %8s\n' sentences "depeche acc" "franc acc" "depeche/sent" "franc/sent" speedup
paste "$tmp/depeche.tsv" "$tmp/peer.tsv" | awk -F'\t' '{
  n = $2; dp = $3; pp = $7; dns = $4; pns = $8
  da = n ? 100 * dp / n : 0; pa = n ? 100 * pp / n : 0
  speed = dns > 0 ? pns / dns : 0
  printf "%9d  %3d (%5.1f%%)     %3d (%5.1f%%)      %9.1f µs %9.1f µs %7.2fx\n", n, dp, da, pp, pa, dns / 1000, pns / 1000, speed
  printf "errors: depeche %d, franc %d", n - dp, n - pp
  if (n - dp > 0) printf " (franc makes %.1fx as many)", (n - pp) / (n - dp)
  printf "\n"
}'
echo
echo "depeche sees each sentence in its article (neighbours decide short fragments); franc sees it alone."
echo "Time: mean of 5 timed rounds after an untimed one; depeche times (*Detector).Sentences per article, divided by its sentences. speedup = franc time / depeche time."
