#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make bench, part 1: instructions per call of dcc_victim_trivial() on each
# path (conformance/dcc_percall.c), RUNS boots per arch under QEMU
# "-icount shift=0 -smp 1". Writes OUT/percall.tsv, OUT/percall.txt and the
# consoles under OUT/percall/. Usage: bench-percall.sh OUT RUNS CALLS ARCH...
set -euo pipefail
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/bench-lib.sh"
out=$1 runs=$2 calls=$3
shift 3
mkdir -p "$out/percall"
tsv=$out/percall.tsv
printf 'arch\tpath\tinsns_per_call\tidentical\truns\tnote\n' >"$tsv"
static=$out/percall/static.tsv
: >"$static"
rc=0

# insns_of OBJ SYMBOL: static instructions of SYMBOL in object OBJ (within
# its symbol size: the alignment padding after it is not its own).
insns_of() {
	local start size
	read -r start size < <("${DCC_CROSS}nm" -S "$1" | awk -v sym="$2" '$4 == sym { print $1, $2 }')
	[ -n "$size" ] || { echo 0; return; }
	"${DCC_CROSS}objdump" -d --no-show-raw-insn "$1" | awk -v sym="<$2>:" \
		-v start="$start" -v size="$size" '
		function hex(h,   o) {
			for (o = 0; h != ""; h = substr(h, 2))
				o = o * 16 + index("0123456789abcdef", substr(h, 1, 1)) - 1
			return o
		}
		$2 == sym { on = 1; next }
		on && /^$/ { exit }
		on && /^ *[0-9a-f]+:\t/ {
			o = $1; sub(/:$/, "", o)
			if (hex(o) - hex(start) < hex(size)) n++
		}
		END { print n + 0 }'
}

# site_insns ON OFF: the patch site, from the bytes at the function's entry
# with a direct call attached (ON) and without (OFF), as hex: the
# instructions that attaching changed (an endbr64 before them, or arm64's
# "mov x9, x30" written once at boot, run either way and are not counted),
# as "<count>\t<disassembly>", for ON and then for OFF.
# fastpath_insns VMLINUX SYMBOL: instructions a lone direct call runs in
# the ftrace caller's fast path: from SYMBOL to its first conditional
# branch (taken), plus the jump to the trampoline at the branch target.
fastpath_insns() {
	"${DCC_CROSS}objdump" -d --no-show-raw-insn "$1" | awk -v sym="<$2>:" '
		$2 == sym { on = 1; next }
		on && /^$/ { exit }
		on && /^ *[0-9a-f]+:\t/ {
			n++
			if ($2 ~ /^(bnez|beqz|bne|beq|cbnz|cbz|b\.ne|b\.eq|jne|jnz|je|jz)$/) {
				print n + 1
				found = 1
				exit
			}
		}
		END { if (!found) print 0 }'
}

site_insns() {
	local tmp=$out/percall/site-$DCC_ARCH
	for s in on off; do
		local hex=$1
		[ "$s" = off ] && hex=$2
		# shellcheck disable=SC2001,SC2059
		printf "$(echo "$hex" | sed 's/../\\x&/g')" >"$tmp-$s.bin"
		"${DCC_CROSS}objdump" -D -b binary -m "$OBJDUMP_MACHINE" --no-show-raw-insn \
			"$tmp-$s.bin" | awk -F'\t' '/^ *[0-9a-f]+:\t/ && !/out of bounds/ {
				sub(/ *#.*/, "", $3)
				sub(/^ */, "", $1); sub(/:$/, "", $1)
				for (o = 0; $1 != ""; $1 = substr($1, 2))
					o = o * 16 + index("0123456789abcdef", substr($1, 1, 1)) - 1
				printf "%d\t%s %s\n", o, $2, $3 }' >"$tmp-$s.dis"
	done
	# The changed bytes: [first, last) by byte offset.
	local first last
	read -r first last < <(awk -v a="$1" -v b="$2" 'BEGIN {
		f = -1
		for (i = 0; i < length(a) / 2; i++)
			if (substr(a, 2 * i + 1, 2) != substr(b, 2 * i + 1, 2)) {
				if (f < 0) f = i
				l = i + 1
			}
		print f, l + 0 }')
	for s in on off; do
		# An instruction counts if its bytes overlap the changed ones.
		awk -F'\t' -v first="$first" -v last="$last" -v size="$((${#1} / 2))" '
			{ o[NR] = $1; t[NR] = $2 }
			END {
				for (i = 1; i <= NR; i++) {
					hi = i < NR ? o[i + 1] : size
					if (first < 0 || o[i] >= last || hi <= first)
						continue
					n++
					gsub(/ +$/, "", t[i])
					gsub(/ +/, " ", t[i])
					d = d (d == "" ? "" : "; ") t[i]
				}
				printf "%d\t%s\n", n, d
			}' "$tmp-$s.dis"
	done
}

for arch in "$@"; do
	# shellcheck disable=SC2030,SC2031
	(dcc_load_arch "$arch" && dcc_check_qemu) || { rc=1; continue; }
	note "[$arch] per-call benchmark: building"
	if ! { "$DCC_TOP/scripts/config.sh" "$arch" && "$DCC_TOP/scripts/build-kernel.sh" "$arch" &&
		"$DCC_TOP/scripts/build-module.sh" "$arch" &&
		DCC_GUEST=bench MODULES="dcc_victim dcc_bench" "$DCC_TOP/scripts/initramfs.sh" "$arch"; }; then
		printf '%s\t-\t-\t-\t-\tbuild failed\n' "$arch" >>"$tsv"
		rc=1
		continue
	fi
	# shellcheck disable=SC2030,SC2031
	(
		dcc_context "$arch"
		dcc_qemu_cmd "$BUILD_DIR/$KIMAGE" "console=$CONSOLE panic=-1 dcc_bench.calls=$calls" \
			-smp 1 -icount shift=0 -initrd "$BUILD_DIR/dcc-guest/bench.cpio"
		printf '%q ' "${QEMU_CMD[@]}" >"$out/percall/$DCC_ARCH-qemu-cmd.txt"
		echo "$KERNEL_VERSION" >"$out/percall/$DCC_ARCH-kernel"
		failed=0
		for i in $(seq "$runs"); do
			log=$out/percall/$DCC_ARCH-$i.console
			note "[$DCC_ARCH] per-call benchmark: boot $i of $runs under -icount shift=0"
			qrc=0
			timeout -s KILL "$TIMEOUT" "${QEMU_CMD[@]}" </dev/null >"$log" 2>&1 || qrc=$?
			if ! grep -q 'dcc-bench: done' "$log"; then
				last=$(grep -o 'dcc-bench: path=[^ ]*' "$log" | tail -n 1 | sed 's/.*=//')
				why="QEMU status $qrc"
				[ "$qrc" = 137 ] && why="killed after ${TIMEOUT}s (hang)"
				grep -qE 'Kernel panic|Oops|BUG:|Unable to handle' "$log" && why="$why, the kernel crashed"
				note "[$DCC_ARCH] the benchmark did not finish ($why) after path ${last:-none}; console: $log"
				failed=1
				break
			fi
			bench_percall_parse "$DCC_ARCH" "$i" <"$log" >"$log.tsv" || { failed=1; break; }
		done
		exit "$failed"
	) || { rc=1; printf '%s\t-\t-\t-\t-\tsee %s\n' "$arch" "$out/percall" >>"$tsv"; continue; }

	# Across runs: the median, and whether every run gave the same figure.
	# shellcheck disable=SC2030,SC2031
	(
		dcc_context "$arch" >/dev/null
		cat "$out/percall/$DCC_ARCH"-*.console.tsv >"$out/percall/$DCC_ARCH.runs.tsv"
		bench_percall_runs "$DCC_ARCH" <"$out/percall/$DCC_ARCH.runs.tsv" >>"$tsv"
		k=$(awk -F'\t' '$3 == "#ticks" { print $4; exit }' "$out/percall/$DCC_ARCH.runs.tsv")
		on=$(awk -F'\t' '$3 == "#site" { print $4; exit }' "$out/percall/$DCC_ARCH.runs.tsv")
		off=$(awk -F'\t' '$3 == "#site" { print $5; exit }' "$out/percall/$DCC_ARCH.runs.tsv")
		mod=$BUILD_DIR/dcc-module
		{
			printf '%s\tticks\t%s\n' "$DCC_ARCH" "$k"
			printf '%s\tkernel\t%s\n' "$DCC_ARCH" "$(cat "$out/percall/$DCC_ARCH-kernel")"
			printf '%s\tnop_tramp\t%s\n' "$DCC_ARCH" "$(insns_of "$mod/dcc_bench_tramp.o" dcc_bench_tramp)"
			printf '%s\tsuite_tramp\t%s\n' "$DCC_ARCH" "$(insns_of "$mod/dcc_tramp.o" dcc_tramp_a)"
			[ -z "$on" ] || site_insns "$on" "$off" | sed -n "1s/^/$DCC_ARCH\tsite_on\t/p; 2s/^/$DCC_ARCH\tsite_off\t/p"
			case " ${BENCH_FASTPATH_SERIES:-} " in
			*" $SERIES "*)
				printf '%s\tfastpath\t%s\n' "$DCC_ARCH" \
					"$(fastpath_insns "$BUILD_DIR/vmlinux" "$BENCH_FASTPATH_SYMBOL")" ;;
			esac
		} >>"$static"
	) || rc=1
done

bench_percall_table "$static" "$tsv" "$calls" "$runs" >"$out/percall.txt"
exit "$rc"
