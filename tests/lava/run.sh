#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The lava suite's checks, one per call (tests/run.sh runs each with check):
#   golden        rendered jobs equal tests/lava/golden/ (UPDATE=1 rewrites it)
#   schema        LAVA's job schema (strict) and lava-server's submission schema
#   pipeline      lava-run --validate of every job against the real device types
#   convert-hang  a log cut short by a hang: missing cases are HANG/NOTRUN, exit 1
#   convert-eof   the same cut short by a dead console: CRASH/NOTRUN
#   convert-real-hang  a real lava-run of an injected hang
#   convert-hostile  entries of the wrong types: judged, no traceback
#   convert-series  a kernel filed under its own series, judged by the known one
#   convert-server  server formats (lavacli logs/results) give the same results
#   e2e ARCH      the qemu job through the real lava-run equals the direct run
#   report        make report shows the LAVA run next to the direct run
#   boards B...   each board's job names its own built artifacts; --validate
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../../scripts/lib.sh
. "$top/scripts/lib.sh"
# shellcheck source=../../scripts/lava-lib.sh
. "$top/scripts/lava-lib.sh"
here=$top/tests/lava
# Debian's python3, where python3-yaml and LAVA's modules are.
LAVA_PYTHON=/usr/bin/python3
work=$(mktemp -d "${TMPDIR:-/tmp}/dcc-lava.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Fixed build variables, so that the golden files do not change per commit.
fixed=(SUITE_VERSION=v0-golden KERNEL_VERSION=6.12.117 KERNEL_COMMIT=0123456789ab
	CONFIG_HASH=cafe012345 ARTIFACTS_URL=https://artifacts.example.org/dcc/1234)

# render OUT [VAR=VALUE...]: every target, module and builtin payloads.
render() {
	local out=$1 p
	shift
	for p in module builtin; do
		env "${fixed[@]}" "$@" PAYLOAD=$p LAVA_OUT="$out/$p" \
			make -s --no-print-directory -C "$top" lava-jobs >/dev/null
		rm -rf "$out/$p/artifacts"
	done
}

# stub_bin DIR: the commands a worker has and this host needs not run.
stub_bin() {
	local c
	mkdir -p "$1"
	for c in in.tftpd telnet pduclient udevadm; do
		printf '#!/bin/sh\necho "stub %s: not run by --validate" >&2\nexit 1\n' "$c" >"$1/$c"
		chmod +x "$1/$c"
	done
}

# device_for JOB: the example device dictionary for the job's device type.
device_for() {
	local dt
	dt=$(sed -n 's/^device_type: *//p' "$1")
	echo "dcc-$dt-01"
}

# validate_job JOB N PREFIX: the real lava-run --validate (tftp, serial
# and power stubbed) accepts JOB against its device type's example device;
# N numbers the job, PREFIX starts the line that says so.
validate_job() {
	"$LAVA_PYTHON" "$top/lava-jobs/device.py" --device-types "$LAVA_DEVICE_TYPES" \
		--devices "$top/lava-jobs/devices" --job "$1" "$(device_for "$1")" >"$work/device.yaml"
	if ! PATH="$work/bin:$PATH" "$LAVA_PYTHON" "$here/lava-run-stubbed.py" "$work/tftp" "$LAVA_RUN" \
		--validate --job-id "$$$2" --output-dir "$work/out/$2" --device "$work/device.yaml" "$1" \
		>"$work/validate.log" 2>&1; then
		echo "lava-run --validate rejected $1:"
		grep '"case": "job"' "$work/validate.log" || tail -n 5 "$work/validate.log"
		exit 1
	fi
	echo "${3}pipeline valid ($(device_for "$1"))"
}

step=${1:-}
case "$step" in
golden)
	render "$work/jobs"
	if [ "${UPDATE:-}" = 1 ]; then
		rm -rf "$here/golden"
		cp -r "$work/jobs" "$here/golden"
		echo "rewrote $here/golden"
	fi
	diff -ru "$here/golden" "$work/jobs"
	echo "$(find "$work/jobs" -name '*.yaml' | wc -l) jobs equal the golden files"
	;;
schema)
	dcc_lava_env
	render "$work/jobs"
	mapfile -t jobs < <(find "$work/jobs" -name '*.yaml' | sort)
	# LAVA's own checker, as LKFT runs it; exit status = number of bad jobs.
	"$LAVA_PYTHON" /usr/share/lava-common/lava-schema.py job --strict "${jobs[@]}"
	"$LAVA_PYTHON" "$top/lava-jobs/validate.py" "${jobs[@]}"
	# And the checkers must catch what they are for.
	sed 's/^visibility: public/visibility: everyone/' "$work/jobs/module/x86.yaml" >"$work/bad-schema.yaml"
	sed 's/^  payload: "module"/  payload: [module]/' "$work/jobs/module/x86.yaml" >"$work/bad-metadata.yaml"
	out=$("$LAVA_PYTHON" "$top/lava-jobs/validate.py" "$work/bad-schema.yaml" "$work/bad-metadata.yaml") && exit 1
	echo "$out"
	echo "$out" | grep -q "bad-schema.yaml: INVALID (job schema, strict): .*visibility"
	echo "$out" | grep -q "bad-metadata.yaml: REJECTED (submission schema): .*payload"
	;;
pipeline)
	dcc_lava_env
	# --validate checks that file:// artifacts exist, not what is in them.
	fake=$work/artifacts
	render "$work/jobs" ARTIFACTS_URL="file://$fake"
	# Every artifact a job names: the arch's QEMU kernel, each board's own.
	sed -n 's|^ *url: "file://\(.*\)"|\1|p' "$work"/jobs/*/*.yaml | sort -u | while read -r f; do
		mkdir -p "$(dirname "$f")" && : >"$f"
	done
	stub_bin "$work/bin"
	mkdir -p "$work/tftp"
	n=0
	for job in "$work"/jobs/*/*.yaml; do
		n=$((n + 1))
		validate_job "$job" "$n" "${job#"$work/jobs/"}: "
	done
	# And it must catch what it is for: an artifact that is not there.
	rm "$fake/arm64/Image.gz"
	job=$work/jobs/module/qemu-arm64.yaml
	"$LAVA_PYTHON" "$top/lava-jobs/device.py" --device-types "$LAVA_DEVICE_TYPES" \
		--devices "$top/lava-jobs/devices" --job "$job" dcc-qemu-01 >"$work/device.yaml"
	if "$LAVA_PYTHON" "$here/lava-run-stubbed.py" "$work/tftp" "$LAVA_RUN" --validate \
		--job-id "$$" --output-dir "$work/out/bad" --device "$work/device.yaml" "$job" >"$work/validate.log" 2>&1 ||
		! grep -q "Image.gz' does not exist" "$work/validate.log"; then
		echo "lava-run --validate did not reject a missing kernel"
		exit 1
	fi
	;;
convert-hang | convert-eof)
	# The real riscv log, cut where dcc_module_lifecycle started, then ended
	# the way LAVA ends it on a silent guest (timeout) or a dead one (EOF).
	log=$here/logs/qemu-riscv64.lava-run.log
	cut=$(grep -n 'dcc_module_lifecycle: dcc-start' "$log" | cut -d: -f1)
	head -n "$cut" "$log" >"$work/cut.log"
	if [ "$step" = convert-hang ]; then
		msg="err: lava test monitoring has timed out" want=HANG
	else
		msg="err: lava test monitoring reached end of file" want=CRASH
	fi
	cat >>"$work/cut.log" <<-EOF
		{"dt": "2026-01-01T00:00:00", "lvl": "warning", "msg": "$msg"}
		{"dt": "2026-01-01T00:00:00", "lvl": "results", "msg": {"case": "lava-test-monitor", "definition": "lava", "result": "fail"}}
		{"dt": "2026-01-01T00:00:00", "lvl": "results", "msg": {"case": "job", "definition": "lava", "result": "pass"}}
	EOF
	rc=0
	"$LAVA_PYTHON" "$top/lava-jobs/convert.py" --job "$here/logs/qemu-riscv64.job.yaml" \
		--log "$work/cut.log" --out "$work/results" --ktap-tool "$top/host/build/dcc-ktap" || rc=$?
	[ "$rc" = 1 ] || { echo "convert.py exited $rc, want 1 (failures)"; exit 1; }
	r=$work/results/lava-qemu-riscv64-6.12/latest/results.tsv
	# The log is older than the catalogue: every case of today's
	# catalogue gets a row, those it never reported NOTRUN.
	n=$("$top/scripts/catalogue.py" list | wc -l)
	n_sharing=$("$top/scripts/catalogue.py" list | grep -c '^dcc_sharing\.')
	[ "$(wc -l <"$r")" = "$n" ] || { echo "want all $n cases in $r"; exit 1; }
	awk -F'\t' -v want=$want -v n_sharing="$n_sharing" '
		$1 == "dcc_lifecycle.dcc_stress" && $2 == "PASS" { ok++ }
		$1 == "dcc_lifecycle.dcc_module_lifecycle" && $2 == want { ok++ }
		$1 ~ /^dcc_sharing\./ && $2 == "NOTRUN" { notrun++ }
		END { exit !(ok == 2 && notrun == n_sharing) }' "$r" ||
		{ echo "want stress PASS, module_lifecycle $want, $n_sharing sharing cases NOTRUN"; exit 1; }
	if [ "$want" = HANG ]; then
		[ "$(cat "$(dirname "$r")/qemu-exit-status")" = 137 ] || { echo "hang not marked for make report"; exit 1; }
	fi
	;;
convert-real-hang)
	# A real lava-run of the x86_64 job with dcc_conformance.inject=hang on
	# the command line (boot timeout cut to 1 min): LAVA calls it Complete.
	rc=0
	"$LAVA_PYTHON" "$top/lava-jobs/convert.py" --job "$here/logs/qemu-x86_64-hang.job.yaml" \
		--log "$here/logs/qemu-x86_64-hang.lava-run.log" --out "$work/results" \
		--ktap-tool "$top/host/build/dcc-ktap" >"$work/out.txt" || rc=$?
	cat "$work/out.txt"
	[ "$rc" = 1 ] || { echo "convert.py exited $rc, want 1 (failures)"; exit 1; }
	grep -q '^lava qemu-x86_64: job pass, monitor: timeout$' "$work/out.txt"
	! grep -q '^warning' "$work/out.txt" || { echo "dcc-ktap disagrees"; exit 1; }
	n=$(("$("$top/scripts/catalogue.py" list | wc -l)" - 1))
	awk -F'\t' -v want="$n" '$1 == "dcc_direct.dcc_basic" { hang = $2 == "HANG" } $2 == "NOTRUN" { n++ }
		END { exit !(hang && n == want) }' "$work/results/lava-qemu-x86_64-6.12/latest/results.tsv" ||
		{ echo "want dcc_basic HANG and $n NOTRUN"; exit 1; }
	;;
convert-hostile)
	# Log entries whose fields YAML gives as other types (a list for a case
	# name, a number for a definition, a mapping for a result, a list for a
	# level), and bytes that are not UTF-8: judged, no traceback. The
	# converter used to die on the first (unhashable type: 'list').
	rc=0
	"$LAVA_PYTHON" "$top/lava-jobs/convert.py" --job "$here/logs/qemu-riscv64.job.yaml" \
		--log "$here/logs/hostile-types.lava-run.log" --out "$work/hostile" \
		--ktap-tool "$top/host/build/dcc-ktap" >"$work/out.txt" 2>"$work/err.txt" || rc=$?
	cat "$work/out.txt" "$work/err.txt" | tail -n 4
	! grep -q Traceback "$work/err.txt" || { echo "convert.py died with a traceback"; exit 1; }
	[ "$rc" = 1 ] || { echo "convert.py exited $rc, want 1 (the job never reported its cases)"; exit 1; }
	grep -qP '^dcc_direct\.dcc_multi\tPASS' "$work/hostile/lava-qemu-riscv64-6.12/latest/results.tsv" ||
		{ echo "the well-formed result among them was lost"; exit 1; }
	grep -qF "warning: LAVA reported \"['dcc basic']\", which is not a KTAP case name" "$work/out.txt" ||
		{ echo "a case name no monitor gives was taken"; exit 1; }
	;;
convert-series)
	# A kernel is filed under its own series and judged by the newest known
	# series not newer than it (as scripts/lib.sh does): 7.3 under 7.3, a
	# 7.9 under 7.9 with 7.3's facts and a note, 5.15 refused in one line.
	for v in 7.3.4:7.3:7.3 7.9.1:7.9:7.3 6.6.30:6.6:6.1; do
		IFS=: read -r version own facts <<<"$v"
		sed "s/^\( *kernel_version: \).*/\1\"$version\"/" "$here/logs/qemu-riscv64.job.yaml" >"$work/job-$own.yaml"
		grep -q "kernel_version: \"$version\"" "$work/job-$own.yaml" || { echo "fixture: no kernel_version"; exit 1; }
		"$LAVA_PYTHON" "$top/lava-jobs/convert.py" --job "$work/job-$own.yaml" \
			--log "$here/logs/qemu-riscv64.lava-run.log" --out "$work/series" \
			--ktap-tool "$top/host/build/dcc-ktap" >/dev/null 2>"$work/err-$own" || true
		env=$work/series/lava-qemu-riscv64-$own/latest/env.txt
		[ -f "$env" ] || { echo "Linux $version: no run filed under lava-qemu-riscv64-$own"; cat "$work/err-$own"; exit 1; }
		if ! grep -qx "series=$own" "$env" || ! grep -qx "facts_series=$facts" "$env"; then
			echo "Linux $version: want series=$own facts_series=$facts in env.txt"
			exit 1
		fi
		if [ "$own" = "$facts" ]; then
			! grep -q 'dcc: note' "$work/err-$own" || { echo "Linux $version: a note without cause"; exit 1; }
		else
			grep -q "^dcc: note: Linux $version is judged by the facts of $facts" "$work/err-$own" ||
				{ echo "Linux $version: no note that $facts's facts judged it"; exit 1; }
		fi
		echo "Linux $version: filed under $own, judged by $facts"
	done
	sed 's/^\( *kernel_version: \).*/\1"5.15.1"/' "$here/logs/qemu-riscv64.job.yaml" >"$work/job-old.yaml"
	rc=0
	"$LAVA_PYTHON" "$top/lava-jobs/convert.py" --job "$work/job-old.yaml" \
		--log "$here/logs/qemu-riscv64.lava-run.log" --out "$work/series" 2>"$work/err-old" || rc=$?
	if [ "$rc" != 2 ] || [ "$(wc -l <"$work/err-old")" != 1 ] ||
		! grep -q '^dcc: error: Linux 5.15.1 is older than every series dcc knows' "$work/err-old"; then
		echo "Linux 5.15.1: want one dcc: error line and exit 2, got $rc:"
		cat "$work/err-old"
		exit 1
	fi
	;;
convert-server)
	# A server gives the log as a YAML list (lavacli jobs logs ID --raw) and
	# the results as `lavacli results ID --yaml` (fields as in lava-server's
	# export_testcase). Built here from the real local log: the same run must
	# convert to the same results.
	log=$here/logs/qemu-riscv64.lava-run.log
	sed 's/^/- /' "$log" >"$work/server.log"
	"$LAVA_PYTHON" - "$log" >"$work/results.yaml" <<-'EOF'
		import sys, yaml
		rows = []
		for line in open(sys.argv[1]):
		    e = yaml.safe_load(line)
		    if e["lvl"] == "results":
		        m = e["msg"]
		        rows.append({"job": "4711", "suite": m["definition"], "name": m["case"],
		                     "result": m["result"], "measurement": "None", "unit": "",
		                     "level": m.get("level", ""), "metadata": m})
		yaml.safe_dump(rows, sys.stdout)
	EOF
	# The log is older than the catalogue: the cases it never reported are
	# NOTRUN, so both conversions report failures (exit 1), and the same.
	rc=0
	"$LAVA_PYTHON" "$top/lava-jobs/convert.py" --job "$here/logs/qemu-riscv64.job.yaml" \
		--log "$log" --out "$work/local" >/dev/null || rc=$?
	[ "$rc" = 1 ] || { echo "local conversion exited $rc, want 1 (NOTRUN cases)"; exit 1; }
	rc=0
	"$LAVA_PYTHON" "$top/lava-jobs/convert.py" --job "$here/logs/qemu-riscv64.job.yaml" \
		--log "$work/server.log" --results "$work/results.yaml" --job-id 4711 --out "$work/server" || rc=$?
	[ "$rc" = 1 ] || { echo "server conversion exited $rc, want 1 (NOTRUN cases)"; exit 1; }
	diff "$work/local/lava-qemu-riscv64-6.12/latest/results.tsv" \
		"$work/server/lava-qemu-riscv64-6.12/latest/results.tsv"
	grep -qx 'lava_job_id=4711' "$work/server/lava-qemu-riscv64-6.12/latest/env.txt"
	;;
e2e)
	arch=$(dcc_arch_normalise "${2:-}") || exit 2
	results_root=${RESULTS:-$top/results}
	direct_root=${DIRECT_RESULTS:-$results_root}
	rc=0
	RESULTS=$results_root "$top/scripts/lava-run.sh" "$arch" || rc=$?
	[ "$rc" != 2 ] || exit 1
	target=$(basename "$(grep -lx "arch: $arch" "$top"/lava-jobs/targets/qemu-*.yaml)" .yaml)
	run=$(cat "$results_root/lava-local/$target/run-dir")
	series=$(sed -n 's/^series=//p' "$run/env.txt")
	direct=$direct_root/$arch-$series/latest/results.tsv
	[ -f "$direct" ] || { echo "no direct run $direct: run 'make ARCH=$arch conformance' first"; exit 1; }
	echo "LAVA: $run/results.tsv"
	echo "direct: $direct"
	# Emulator behaviour that may or may not show in a run (EMUFAIL) is
	# the same outcome either way; anything else must match exactly.
	diff <(dcc_same_outcome "$arch" "$run/results.tsv" | cut -f1,2) \
		<(dcc_same_outcome "$arch" "$direct" | cut -f1,2)
	echo "$(wc -l <"$direct") cases, same status in both"
	;;
boards)
	# make lava-jobs after make board: each board's job points at that
	# board's own kernel, DTB and initramfs (the files of its build, byte
	# for byte, not the QEMU kernel), and the real lava-run --validate
	# accepts the job with those artifacts (file:// URLs must exist).
	shift
	[ $# -gt 0 ] || { echo "boards: name the board targets"; exit 2; }
	dcc_lava_env
	stub_bin "$work/bin"
	mkdir -p "$work/tftp"
	n=0
	for b in "$@"; do
		arch=$(sed -n 's/^arch: *//p' "$top/lava-jobs/targets/$b.yaml")
		read -r build karch < <(cd "$top" && BOARD=$b bash -c '. scripts/lib.sh && dcc_context "$1" >/dev/null 2>&1 && echo "$BUILD_DIR $KARCH"' _ "$arch")
		[ -n "$build" ] || { echo "$b: no build directory"; exit 1; }
		make -s --no-print-directory -C "$top" lava-jobs TARGET="$b" LAVA_OUT="$work/jobs" >/dev/null
		job=$work/jobs/$b.yaml
		urls=$(sed -n 's|^ *url: "file://\(.*\)"|\1|p' "$job")
		echo "$b: $(echo "$urls" | wc -l) artifacts"
		for f in $urls; do
			case "$f" in
			"$work/jobs/artifacts/$arch/$b/"*) ;;
			*) echo "  $f is not in the board's own folder"; exit 1 ;;
			esac
			case "$f" in
			*/initramfs.cpio) want=$build/dcc-guest/initramfs.cpio ;;
			*/dtbs/*) want=$build/arch/$karch/boot/dts/${f#*/dtbs/} ;;
			*) want=$build/arch/$karch/boot/$(basename "$f") ;;
			esac
			cmp "$f" "$want" || { echo "  $f is not $want"; exit 1; }
			echo "  ${f#"$work/jobs/artifacts/"} = ${want#"$build/"} of $(basename "$build")"
		done
		n=$((n + 1))
		validate_job "$job" "$n" "  lava-run --validate: "
	done
	;;
report)
	# A direct run and a converted LAVA run of the same arch, one matrix.
	mkdir -p "$work/results/riscv-6.12/r"
	echo 1 >"$work/results/.dcc-format"
	# Exit 1: the log is older than the catalogue (NOTRUN cases).
	"$LAVA_PYTHON" "$top/lava-jobs/convert.py" --job "$here/logs/qemu-riscv64.job.yaml" \
		--log "$here/logs/qemu-riscv64.lava-run.log" --out "$work/results" >/dev/null || [ $? = 1 ]
	cp "$work/results/lava-qemu-riscv64-6.12/latest/console.log" "$work/results/riscv-6.12/r/"
	printf 'results_format=1\narch=riscv\nseries=6.12\nkernel_version=6.12.117\n' \
		>"$work/results/riscv-6.12/r/env.txt"
	ln -s r "$work/results/riscv-6.12/latest"
	make -s --no-print-directory -C "$top" RESULTS="$work/results" report >"$work/report.txt"
	cat "$work/report.txt"
	grep -q '^\[1\] riscv 6.12.117$' "$work/report.txt"
	grep -q '^\[2\] riscv 6.12.117 on LAVA qemu-riscv64$' "$work/report.txt"
	grep -Eq '^sharing.kprobe_entry +SKIP +SKIP' "$work/report.txt"
	# Its exports say it ran on LAVA, not under a local QEMU.
	"$LAVA_PYTHON" - "$work/results/lava-qemu-riscv64-6.12/latest" <<-'EOF'
		import json, sys
		k = json.load(open(sys.argv[1] + "/kcidb.json"))
		assert k["tests"][0]["environment"]["comment"].startswith("LAVA device type qemu"), k["tests"][0]
		j = json.load(open(sys.argv[1] + "/results.json"))
		assert j["lab_name"] == "LAVA" and j["git_branch"] is None, j
	EOF
	;;
*)
	die "unknown lava check '$step': use golden, schema, pipeline, convert-hang, convert-eof, convert-real-hang, convert-server, e2e ARCH, report or boards TARGET..."
	;;
esac
