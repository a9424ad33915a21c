#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Fuzz the console/KTAP reader for a bounded time (FUZZ_SECONDS, default 60)
# under ASan and UBSan, seeded with the golden console logs. Any crash,
# leak or sanitizer report fails the run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$here/../..
out=$top/host/build/fuzz
mkdir -p "$out/corpus"
command -v clang >/dev/null || { echo "clang not found: apt-get install clang libclang-rt-14-dev (or make setup)"; exit 2; }
clang -std=gnu11 -g -O1 -Wall -Wextra -Werror -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all -I "$top/host" -o "$out/fuzz_ktap" \
	"$here/fuzz_ktap.c" "$top/host/ktap.c"
for f in "$top"/tests/golden/*.console; do
	# One option byte, then a bounded slice of the log.
	{ printf '\0'; head -c 60000 "$f"; } >"$out/corpus/$(basename "$f")"
done
"$out/fuzz_ktap" -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 -rss_limit_mb=2048 \
	-print_final_stats=1 -artifact_prefix="$out/" "$out/corpus" 2>&1 | tail -n 12
