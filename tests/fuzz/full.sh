#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make check-full: FUZZ_RUNS executions (default 10 million) of each parser
# of untrusted text, the console reader (libFuzzer, ASan+UBSan) and the
# LAVA log converter (in process), one per core, side by side. Each must
# end with 0 crashes; the figures go to host/build/fuzz/full.txt.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../../host/build/fuzz
runs=${FUZZ_RUNS:-10000000}
mkdir -p "$out"
start=$(date +%s)
FUZZ_RUNS=$runs "$here/run.sh" >"$out/full-ktap.txt" 2>&1 &
ktap=$!
/usr/bin/python3 "$here/fuzz_lava.py" "$out/lava" --runs "$runs" >"$out/full-lava.txt" 2>&1 &
lava=$!
rc=0
wait "$ktap" || rc=1
wait "$lava" || rc=1
{
	echo "$(date -u +%Y-%m-%d), $(nproc) cpus, $(($(date +%s) - start)) s:"
	grep -h '^fuzz ' "$out/full-ktap.txt" "$out/full-lava.txt"
} | tee "$out/full.txt"
[ "$rc" = 0 ] || { tail -n 20 "$out/full-ktap.txt" "$out/full-lava.txt"; exit 1; }
