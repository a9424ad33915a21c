#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Fuzz the console/KTAP reader (host/ktap.c) under ASan and UBSan with
# libFuzzer, seeded with the golden console logs: each whole (its first
# 8 KiB, the most an input may hold) and cut into 4 KiB pieces at line
# ends, so that every part of a real log is a seed. Any crash, leak or
# sanitizer report fails the run.
#   FUZZ_SECONDS=N  run for N seconds (default 60: make check)
#   FUZZ_RUNS=N     run N executions instead (make check-full: 10000000)
# Prints "fuzz ktap: N executions, 0 crashes".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$here/../..
out=$top/host/build/fuzz
mkdir -p "$out"
# A corpus of this run's own: libFuzzer adds to it as it goes.
corpus=$(mktemp -d "$out/corpus.XXXXXX")
bin=$out/fuzz_ktap.$$
trap 'rm -rf "$corpus" "$bin"' EXIT
command -v clang >/dev/null || { echo "clang not found: apt-get install clang libclang-rt-14-dev (or make setup)"; exit 2; }
clang -std=gnu11 -g -O1 -Wall -Wextra -Werror -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all -I "$top/host" -o "$bin" \
	"$here/fuzz_ktap.c" "$top/host/ktap.c"
# One option byte (fuzz_ktap.c: bit 0 timed out, 1 no sentinel, 2 a
# starved host), then the console.
seed() { # NAME OPTION-BYTE < TEXT
	# shellcheck disable=SC2059 # the format is the octal escape of the byte
	{ printf "\\$(printf '%03o' "$2")"; cat; } >"$corpus/$1"
}
for f in "$top"/tests/golden/*.console; do
	b=$(basename "$f" .console)
	head -c 8191 "$f" | seed "$b" 0
	head -c 8191 "$f" | seed "$b-starved-host" 4
	split -C 4096 -d -a 3 "$f" "$corpus/.piece-$b."
done
for p in "$corpus"/.piece-*; do
	seed "${p##*/.piece-}" 0 <"$p"
	rm "$p"
done
seeds=$(find "$corpus" -type f | wc -l)
if [ -n "${FUZZ_RUNS:-}" ]; then
	limit=(-runs="$FUZZ_RUNS")
else
	limit=(-max_total_time="${FUZZ_SECONDS:-60}")
fi
rc=0
"$bin" "${limit[@]}" -max_len=8192 -rss_limit_mb=2048 -print_final_stats=1 \
	-artifact_prefix="$out/" "$corpus" >"$corpus.log" 2>&1 || rc=$?
mv "$corpus.log" "$out/fuzz.log"
tail -n 8 "$out/fuzz.log"
n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/fuzz.log")
if [ "$rc" != 0 ] || [ -z "$n" ]; then
	echo "fuzz ktap: FAILED (status $rc): see $out/fuzz.log and the crash-* input in $out/"
	exit 1
fi
echo "fuzz ktap: $n executions, 0 crashes (ASan+UBSan, $seeds seeds)"
