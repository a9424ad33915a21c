#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make lava-run ARCH=<arch>: run the arch's qemu LAVA job here, through the
# real lava-run (no lava-server: the device dictionary is rendered the way
# the server would), against the kernel and initramfs of the arch's build,
# then convert LAVA's results into RESULTS/lava-qemu-<arch>-<series>/.
# $RESULTS/lava-local/<target>/run-dir names the new run directory.
# Exit status: convert.py's (0 all passed or skipped, 1 not, 2 bad input).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/lava-lib.sh"

[ $# -eq 1 ] || die "usage: lava-run.sh ARCH (make lava-run ARCH=x86_64)"
arch=$(dcc_arch_normalise "$1") || exit 2
dcc_lava_env
[ "$(id -u)" = 0 ] || die "lava-run needs root (it works in /var/lib/lava/dispatcher): run as root"
ktap_tool=${DCC_KTAP:-$DCC_TOP/host/build/dcc-ktap}
[ -x "$ktap_tool" ] || die "host tool $ktap_tool missing: run 'make host'"
results_root=${RESULTS:-$DCC_TOP/results}

target=
for f in "$DCC_TOP"/lava-jobs/targets/*.yaml; do
	if grep -qx 'device_type: qemu' "$f" && grep -qx "arch: $arch" "$f"; then
		target=$(basename "$f" .yaml)
	fi
done
[ -n "$target" ] || die "no qemu target for $arch in lava-jobs/targets: add one"

work=$results_root/lava-local/$target
rm -rf "$work"
mkdir -p "$work"
# The artifacts are copied into $work/artifacts: a rebuild while LAVA runs
# cannot change what it boots.
env -u ARTIFACTS_URL ARCH="$arch" TARGET="$target" LAVA_OUT="$work" RESULTS="$results_root" \
	"$DCC_TOP/scripts/lava-jobs.sh" >/dev/null 2>"$work/render.log" ||
	{ cat "$work/render.log" >&2; exit 2; }
job=$work/$target.yaml
[ -f "$work/artifacts/$arch/initramfs.cpio" ] ||
	die "[$arch] no kernel or initramfs built: run 'make ARCH=$arch conformance'"
"$LAVA_PYTHON" "$DCC_TOP/lava-jobs/device.py" --device-types "$LAVA_DEVICE_TYPES" \
	--devices "$DCC_TOP/lava-jobs/devices" --job "$job" dcc-qemu-01 >"$work/device.yaml"

# lava-run keeps its scratch files in /var/lib/lava/dispatcher/tmp/<job id>.
job_id=$$
job_minutes=$(sed -n '/^  job:/{n;s/ *minutes: *//p;}' "$job")
note "[$arch] lava-run $target (job timeout ${job_minutes} min), log: $work/lava-run.log"
rc=0
timeout -s KILL "$((job_minutes * 60 + 60))" "$LAVA_PYTHON" "$LAVA_RUN" --job-id "$job_id" \
	--output-dir "$work/output" --device "$work/device.yaml" "$job" \
	>"$work/lava-run.log" 2>&1 </dev/null || rc=$?
[ "$rc" = 0 ] || note "[$arch] lava-run exited with status $rc (the results still say what ran)"
"$LAVA_PYTHON" "$DCC_TOP/lava-jobs/convert.py" --job "$job" --log "$work/lava-run.log" \
	--job-id "local-$job_id" --out "$results_root" --ktap-tool "$ktap_tool" \
	--run-dir-file "$work/run-dir"
