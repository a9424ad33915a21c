# SPDX-License-Identifier: GPL-2.0
# Shared helpers for the stage scripts: argument checks, arch lookup, paths.
# Sourced, never run. Every error is one line naming the problem and the fix.

DCC_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DCC_CACHE=${DCC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dcc}
DCC_RESULTS_FORMAT=1

die() {
	echo "dcc: error: $*" >&2
	exit 2
}

note() {
	echo "dcc: $*" >&2
}

# The arches: one folder arch-<name>/ each, whose arch.conf names it
# (DCC_ARCH_NAME), its aliases (DCC_ARCH_ALIASES) and its place in the
# order runs and reports use (DCC_ARCH_ORDER). A new arch is a new folder.
# DCC_ARCH_TABLE: "order name dir alias..." lines, read once.
DCC_ARCH_TABLE=$(for c in "$DCC_TOP"/arch-*/arch.conf; do
	[ -f "$c" ] || continue
	# shellcheck disable=SC1090
	(. "$c" && echo "${DCC_ARCH_ORDER:-99} $DCC_ARCH_NAME ${c%/arch.conf} $DCC_ARCH_ALIASES")
done | sort -n -k 1,1 -k 2,2)
DCC_ARCHES=$(echo "$DCC_ARCH_TABLE" | awk '{ print $2 }' | paste -sd ' ' -)

# dcc_arch_dir NAME: backend folder for a canonical arch name.
dcc_arch_dir() {
	echo "$DCC_ARCH_TABLE" | awk -v a="$1" '$2 == a { print $3 }'
}

# dcc_arch_normalise NAME: canonical arch name, or die on an unknown one.
dcc_arch_normalise() {
	local a
	a=$(echo "$DCC_ARCH_TABLE" | awk -v n="$1" '{ for (i = 4; i <= NF; i++) if ($i == n) { print $2; exit } }')
	[ -n "$a" ] && [ -n "$1" ] && { echo "$a"; return 0; }
	die "unknown ARCH='$1': use $(echo "$DCC_ARCHES" | awk '{ for (i = 1; i <= NF; i++) printf "%s%s", $i, i == NF ? "" : i == NF - 1 ? " or " : ", " }') (aliases $(echo "$DCC_ARCH_TABLE" | awk '{ for (i = 4; i <= NF; i++) if ($i != $2) { printf "%s%s", s, $i; s = ", " } }'))"
}

# dcc_same_outcome ARCH RESULTS_TSV: the file's "case<TAB>status<TAB>reason"
# rows, sorted, with what the arch's expect.tsv calls EMUFAIL (emulator
# behaviour that may or may not show in a run) read as the same outcome
# whether it showed (XFAIL, with a count in its reason) or not (PASS):
# for comparing two runs of one kernel.
dcc_same_outcome() {
	local emu
	emu=$(awk -F'\t' '!/^#/ && ($4 == "EMUFAIL" || $4 == "RACEFAIL") { print $3 }' "$(dcc_arch_dir "$1")/expect.tsv" | paste -sd ' ' -)
	awk -F'\t' -v emu=" $emu " 'BEGIN { OFS = "\t" }
		{ c = $1; sub(/\.[^.]*$/, "", c) }
		$2 ~ /^(XFAIL|PASS)$/ && (index(emu, " " $1 " ") || index(emu, " " c " ")) { $2 = "PASS (or EMUFAIL)"; $3 = "" }
		{ print }' "$2" | sort
}

# dcc_last_line FILE: the last line of FILE with text, without its CR.
dcc_last_line() {
	tr -d '\r' <"$1" | awk 'NF { l = $0 } END { print l }'
}

# dcc_known_boot_hang CONSOLE CPUS REGISTERS: whether a stalled boot is the
# arch's known emulator hang (arch.conf): no case started, the console's
# last line matches BOOT_RETRY_ON, each ';'-separated pattern of
# BOOT_RETRY_CPUS matches a line of CPUS (qemu-cpus.py: each vCPU's pc and
# symbol) and each of BOOT_RETRY_REGS a line of REGISTERS (QEMU's "info
# registers -a"). Tests replace the patterns (DCC_TEST_BOOT_RETRY_CPUS,
# DCC_TEST_BOOT_RETRY_REGS). Prints why not, if not.
dcc_known_boot_hang() {
	local pats p
	[ -n "$BOOT_RETRY_ON" ] && [ -n "$BOOT_RETRY_CPUS" ] || { echo "$DCC_ARCH has no known boot hang"; return 1; }
	! grep -qs dcc-start "$1" || { echo "a case had started"; return 1; }
	dcc_last_line "$1" | grep -qE -- "$BOOT_RETRY_ON" || { echo "its last line is another"; return 1; }
	IFS=';' read -r -a pats <<<"${DCC_TEST_BOOT_RETRY_CPUS:-$BOOT_RETRY_CPUS}"
	for p in "${pats[@]}"; do
		grep -qE -- "$p" "$2" 2>/dev/null ||
			{ echo "no CPU where that hang leaves one (/$p/): $(paste -sd ';' "$2" 2>/dev/null | sed 's/;/; /g')"; return 1; }
	done
	IFS=';' read -r -a pats <<<"${DCC_TEST_BOOT_RETRY_REGS:-$BOOT_RETRY_REGS}"
	for p in "${pats[@]}"; do
		grep -qE -- "$p" "$3" 2>/dev/null ||
			{ echo "no CPU register as that hang leaves it (/$p/ in $(basename "$3"))"; return 1; }
	done
}

# dcc_load_arch NAME: source the arch's facts (arch.conf) into the shell.
dcc_load_arch() {
	DCC_ARCH=$(dcc_arch_normalise "$1") || exit 2
	DCC_ARCH_DIR=$(dcc_arch_dir "$DCC_ARCH")
	local user_timeout=${TIMEOUT:-} user_qemu=${QEMU:-}
	# The guest's CPUs and accelerator are the arch's facts (arch.conf
	# may set them; run-guest.sh's default is "-smp 2", TCG), not knobs.
	QEMU_SMP="" QEMU_ACCEL="" QEMU_MEM=""
	BOOT_RETRY_ON="" BOOT_RETRY_CPUS="" BOOT_RETRY_REGS="" BOOT_RETRY_QEMU="" BOOT_RETRY_AT=""
	# shellcheck disable=SC1091
	. "$DCC_ARCH_DIR/arch.conf"
	# TIMEOUT= and QEMU= from the user override the arch's defaults.
	TIMEOUT=${user_timeout:-$TIMEOUT}
	# PROFILE=debug (KASAN, kmemleak, lockdep under TCG) runs ~4x slower.
	if [ -z "$user_timeout" ] && [ "${PROFILE:-}" = debug ]; then
		TIMEOUT=$((TIMEOUT * 4))
	fi
	QEMU=${user_qemu:-$QEMU}
	dcc_load_board
	# FIRMWARE= replaces the firmware QEMU boots first (OpenSBI on riscv).
	if [ -n "${FIRMWARE:-}" ]; then
		QEMU_FIRMWARE=$FIRMWARE
		case " $QEMU_ARGS " in
		*" -bios default "*) QEMU_ARGS=${QEMU_ARGS/-bios default/-bios $FIRMWARE} ;;
		*) QEMU_ARGS="$QEMU_ARGS -bios $FIRMWARE" ;;
		esac
	fi
	if [ -n "${CROSS_COMPILE+set}" ]; then
		DCC_CROSS=$CROSS_COMPILE
	else
		DCC_CROSS=$CROSS_COMPILE_DEFAULT
	fi
}

# dcc_boards: the board targets of this arch: those with a fragment in
# arch-*/boards/ (each also has a LAVA target, lava-jobs/targets/).
dcc_boards() {
	local f
	for f in "$DCC_ARCH_DIR"/boards/*.config; do
		[ -f "$f" ] && basename "$f" .config
	done
}

# dcc_load_board: with BOARD=<target>, the board's facts: its fragment
# (arch-*/boards/<target>.config, merged last), its DTB and console (from
# its LAVA target file, the one place they are written) and, where QEMU
# models the board, how to boot it here (arch-*/boards/<target>.conf:
# BOARD_QEMU_ARGS, BOARD_QEMU_SMP, BOARD_QEMU_MEM, BOARD_QEMU_ACCEL,
# BOARD_KERNEL_ARGS, BOARD_TIMEOUT). Without BOARD: the arch's QEMU machine, no board.
# shellcheck disable=SC2034
dcc_load_board() {
	local t
	BOARD_FRAGMENT="" BOARD_DTB="" BOARD_CONSOLE="" BOARD_QEMU_ARGS=""
	BOARD_QEMU_SMP="" BOARD_QEMU_MEM="" BOARD_QEMU_ACCEL="" BOARD_KERNEL_ARGS="" BOARD_TIMEOUT=""
	[ -n "${BOARD:-}" ] || return 0
	case "$BOARD" in
	*[!A-Za-z0-9_.-]* | .*) die "BOARD=$BOARD is not a board name: use BOARD=$(dcc_boards | paste -sd '|' -)" ;;
	esac
	BOARD_FRAGMENT=$DCC_ARCH_DIR/boards/$BOARD.config
	t=$DCC_TOP/lava-jobs/targets/$BOARD.yaml
	if [ ! -f "$BOARD_FRAGMENT" ]; then
		local other
		other=$(sed -n 's/^arch: *//p' "$t" 2>/dev/null || true)
		[ -z "$other" ] || [ "$other" = "$DCC_ARCH" ] ||
			die "BOARD=$BOARD is an $other board, not $DCC_ARCH: use ARCH=$other (or BOARD=$(dcc_boards | paste -sd '|' -))"
		die "BOARD=$BOARD is not a $DCC_ARCH board: use BOARD=$(dcc_boards | paste -sd '|' -), or leave BOARD unset for QEMU's virtual machine"
	fi
	[ -f "$t" ] || die "board $BOARD has a fragment but no LAVA target file $t: write one (see lava-jobs/targets/)"
	BOARD_DTB=$(sed -n 's/^dtb: *//p' "$t")
	BOARD_CONSOLE=$(sed -n 's/^  console_device: *//p' "$t")
	[ -n "$BOARD_CONSOLE" ] || die "$t names no console_device: add it under context:"
	if [ -f "$DCC_ARCH_DIR/boards/$BOARD.conf" ]; then
		# shellcheck disable=SC1090
		. "$DCC_ARCH_DIR/boards/$BOARD.conf"
	fi
	# The board's machine replaces the arch's (QEMU= from the user stays).
	CONSOLE=$BOARD_CONSOLE
	KERNEL_ARGS=$BOARD_KERNEL_ARGS
	QEMU_ARGS=$BOARD_QEMU_ARGS
	QEMU_SMP=$BOARD_QEMU_SMP
	QEMU_MEM=$BOARD_QEMU_MEM
	QEMU_ACCEL=$BOARD_QEMU_ACCEL
	# BOARD_TIMEOUT: a slower model's own timeout (TIMEOUT= still wins;
	# user_timeout is dcc_load_arch's, which calls this).
	if [ -n "${BOARD_TIMEOUT:-}" ] && [ -z "${user_timeout:-}" ]; then
		TIMEOUT=$BOARD_TIMEOUT
	fi
}

# dcc_board_dtb: the path of the board's DTB in BUILD_DIR, empty without one.
dcc_board_dtb() {
	[ -z "$BOARD_DTB" ] || echo "$BUILD_DIR/arch/$KARCH/boot/dts/$BOARD_DTB"
}

# dcc_kernel_version DIR: "6.12.117" from a kernel tree's top Makefile.
dcc_kernel_version() {
	awk -F' *= *' '
		$1 == "VERSION" { v = $2 }
		$1 == "PATCHLEVEL" { p = $2 }
		$1 == "SUBLEVEL" { s = $2 }
		END { if (v != "" && p != "") print v "." p "." (s == "" ? 0 : s) }
	' "$1/Makefile" 2>/dev/null
}

# dcc_known_series: the kernel series this project has facts for (the
# <series>.config fragments of the arch backends), oldest first.
dcc_known_series() {
	# shellcheck disable=SC2012
	ls "$DCC_TOP"/arch-*/kconfig/ 2>/dev/null | sed -n 's/^\([0-9][0-9]*\.[0-9][0-9]*\)\.config$/\1/p' | sort -u -V
}

# dcc_packaged_series: the series whose source make setup provides.
dcc_packaged_series() {
	(
		# shellcheck source=../common/kernel-sources.conf
		. "$DCC_TOP/common/kernel-sources.conf"
		echo "6.1 6.12 $DCC_MAINLINE_SERIES"
	)
}

# dcc_series VERSION: the series whose facts (fragments, patches, expected
# outcomes) a kernel version uses: the newest known series not newer than
# it (config.sh says so when that is not the tree's own series).
dcc_series() {
	local v s pick=
	v=$(echo "$1" | cut -d. -f1-2)
	for s in $(dcc_known_series); do
		[ "$(printf '%s\n%s\n' "$s" "$v" | sort -V | tail -n 1)" = "$v" ] && pick=$s
	done
	[ -n "$pick" ] ||
		die "Linux $1 is older than every series this suite knows ($(dcc_known_series | paste -sd ' ' -)): use a 6.1.y or newer tree (KSRC=, or KVER=$(dcc_packaged_series | sed 's/ /|/g'))"
	echo "$pick"
}

# dcc_find_ksrc: set KSRC_DIR, KERNEL_VERSION, KSERIES (the tree's own
# major.minor: build dir, results, report) and SERIES (whose facts it
# uses, see dcc_series) from KSRC or KVER.
dcc_find_ksrc() {
	if [ -n "${KSRC:-}" ]; then
		[ -d "$KSRC" ] || die "KSRC=$KSRC does not exist: point KSRC at a Linux source tree"
		KSRC_DIR=$(cd "$KSRC" && pwd)
		if [ ! -f "$KSRC_DIR/Kbuild" ] || [ ! -f "$KSRC_DIR/scripts/kconfig/merge_config.sh" ] ||
			[ -z "$(dcc_kernel_version "$KSRC_DIR")" ]; then
			die "KSRC=$KSRC is not a Linux kernel tree (no Kbuild, Makefile VERSION or scripts/kconfig/merge_config.sh): point KSRC at the top of a kernel source tree"
		fi
	else
		local kver=${KVER:-6.12} packaged
		packaged=$(dcc_packaged_series)
		case " $packaged " in
		*" $kver "*) ;;
		*) die "KVER=$kver is not packaged here: use KVER=${packaged// /, KVER=}, or KSRC=/path/to/linux" ;;
		esac
		KSRC_DIR=$DCC_CACHE/src/linux-source-$kver
		[ -f "$KSRC_DIR/Makefile" ] ||
			die "Linux $kver source is not unpacked in $KSRC_DIR: run 'make setup' (or set KSRC=/path/to/linux)"
	fi
	KERNEL_VERSION=$(dcc_kernel_version "$KSRC_DIR")
	KSERIES=$(echo "$KERNEL_VERSION" | cut -d. -f1-2)
	SERIES=$(dcc_series "$KERNEL_VERSION") || exit 2
	dcc_apply_patches
	dcc_install_payload
}

# dcc_payload: "module" or "builtin" (PAYLOAD=), or die.
dcc_payload() {
	case "${PAYLOAD:-module}" in
	module | builtin) echo "${PAYLOAD:-module}" ;;
	*) die "PAYLOAD=$PAYLOAD is unknown: use PAYLOAD=module (or builtin)" ;;
	esac
}

# dcc_profile: the profile (PROFILE=), empty for the default one.
dcc_profile() {
	[ "${PROFILE:-}" = default ] || echo "${PROFILE:-}"
}

# dcc_run_name: the results folder of this arch, series, profile and payload.
dcc_run_name() {
	local profile
	profile=$(dcc_profile)
	echo "$DCC_ARCH-$KSERIES${profile:+-$profile}$([ "$(dcc_payload)" = module ] || echo -builtin)${BOARD:+-$BOARD}"
}

# dcc_linked_copy SRC DST MARK [FN]: make DST a hard-linked copy of the
# tree SRC (cheap; a file to change is replaced, never written through a
# link, so SRC is never modified), changed by "FN COPY" if given and marked
# with the file MARK. It is built next to DST and moved into place, so an
# interrupted copy is never taken for a finished one. FN may die; it
# removes COPY first.
dcc_linked_copy() {
	local src=$1 dst=$2 mark=$3 fn=${4:-} tmp=$2.tmp.$$
	rm -rf "$tmp"
	mkdir -p "$(dirname "$dst")"
	cp -al "$src" "$tmp" || die "cannot copy $src to $tmp"
	rm -f "$tmp/.dcc-unpacked" "$tmp/.dcc-patched" "$tmp/.dcc-intree"
	[ -z "$fn" ] || "$fn" "$tmp"
	touch "$tmp/$mark"
	rm -rf "$dst"
	mv "$tmp" "$dst"
}

# dcc_install_payload: with PAYLOAD=builtin, point KSRC_DIR at a hard-linked
# copy of the tree with the suite installed (scripts/intree.sh replaces the
# files it changes, so the tree itself is never modified). The copy is made
# once per tree; the suite's sources are brought up to date on every call.
dcc_install_payload() {
	local dst log
	[ "$(dcc_payload)" = builtin ] || return 0
	dst=$DCC_CACHE/src/intree/$(basename "$KSRC_DIR")-$(echo "$KSRC_DIR" | sha256sum | cut -c1-10)
	if [ ! -f "$dst/.dcc-intree" ]; then
		note "[$DCC_ARCH] PAYLOAD=builtin: copying $KSRC_DIR to install the suite"
		dcc_linked_copy "$KSRC_DIR" "$dst" .dcc-intree
	fi
	log=$dst.install.log
	"$DCC_TOP/scripts/intree.sh" "$dst" >"$log" 2>&1 || {
		cat "$log" >&2
		die "[$DCC_ARCH] installing the suite into $dst failed"
	}
	KSRC_DIR=$dst
}

# dcc_patch_dir: where the kernel patches this arch and series need are.
# PATCHES=DIR picks another set (a negative control).
dcc_patch_dir() {
	local dir=${PATCHES:-$DCC_ARCH_DIR/patches/$SERIES}
	case "$dir" in /*) ;; *) dir=$DCC_TOP/$dir ;; esac
	echo "$dir"
}

# dcc_apply_patches: point KSRC_DIR at a patched copy when the arch needs
# patches on this series. The copy is made once (hard links, so cheap; the
# files a patch touches are copied first, so the source tree is never
# modified). The user's own KSRC is patched only with APPLY_PATCHES=1.
dcc_apply_patches() {
	local dir patches hash dst
	dir=$(dcc_patch_dir)
	mapfile -t patches < <(ls "$dir"/*.patch 2>/dev/null)
	PATCHED=""
	# A negative control: scripts/negative-control.sh has applied PATCHES
	# (none for a baseline) to its own fixed copy of this tree (one per
	# series and arch).
	if [ -n "${DCC_NEGATIVE_TREE:-}" ]; then
		[ ${#patches[@]} -eq 0 ] || PATCHED=$(printf '%s\n' "${patches[@]#"$DCC_TOP"/}" | paste -sd ' ' -)
		KSRC_DIR=$DCC_NEGATIVE_TREE
		return 0
	fi
	if [ -n "${PATCHES:-}" ] && [ ${#patches[@]} -eq 0 ]; then
		die "PATCHES=$PATCHES holds no *.patch files: name a folder of kernel patches"
	fi
	[ ${#patches[@]} -gt 0 ] || return 0
	if [ -n "${KSRC:-}" ] && [ "${APPLY_PATCHES:-}" != 1 ]; then
		note "[$DCC_ARCH] not applying ${patches[*]##*/} to your KSRC (set APPLY_PATCHES=1 to use a patched copy)"
		return 0
	fi
	hash=$({ echo "$KSRC_DIR"; cat "${patches[@]}"; } | sha256sum | cut -c1-10)
	dst=$DCC_CACHE/src/patched/$(basename "$KSRC_DIR")-$DCC_ARCH-$hash
	PATCHED=$(printf '%s\n' "${patches[@]#"$DCC_TOP"/}" | paste -sd ' ' -)
	if [ ! -f "$dst/.dcc-patched" ]; then
		command -v patch >/dev/null || die "patch not found: apt-get install patch (or run 'make setup')"
		note "[$DCC_ARCH] applying ${#patches[@]} patch(es) to a copy of $KSRC_DIR"
		dcc_linked_copy "$KSRC_DIR" "$dst" .dcc-patched dcc_patch_copy
	fi
	KSRC_DIR=$dst
}

# dcc_patch_copy COPY: apply dcc_apply_patches' patches to COPY, a linked
# copy of KSRC_DIR; the files they touch are copied first.
dcc_patch_copy() {
	local p f
	for p in "${patches[@]}"; do
		for f in $(sed -n 's|^+++ b/||p' "$p"); do
			[ -f "$1/$f" ] && cp --remove-destination "$KSRC_DIR/$f" "$1/$f"
		done
		patch -s -p1 -N -d "$1" <"$p" >"$1.log" 2>&1 || {
			cat "$1.log" >&2
			rm -rf "$1" "$1.log"
			die "patch ${p#"$DCC_TOP"/} does not apply to Linux $KERNEL_VERSION: refresh it for this tree"
		}
	done
	rm -f "$1.log"
}

# dcc_fragments: the Kconfig fragments for this arch and series, in merge order.
dcc_fragments() {
	local f
	echo "$DCC_TOP/common/kconfig/base.config"
	f=$DCC_ARCH_DIR/kconfig/$SERIES.config
	[ -f "$f" ] || die "no Kconfig fragment $f: $DCC_ARCH is not supported on Linux $SERIES"
	echo "$f"
	case "${PROFILE:-}" in
	'' | default) ;;
	debug)
		echo "$DCC_TOP/common/kconfig/debug.config"
		f=$DCC_ARCH_DIR/kconfig/debug.config
		if [ -f "$f" ]; then echo "$f"; fi
		;;
	*) die "PROFILE=$PROFILE is unknown: use PROFILE=debug (or leave it unset)" ;;
	esac
	[ "$(dcc_payload)" = module ] || echo "$DCC_TOP/common/kconfig/builtin.config"
	[ -z "${BOARD_FRAGMENT:-}" ] || echo "$BOARD_FRAGMENT"
	for f in ${EXTRA_FRAGMENT:-}; do
		[ -f "$f" ] || die "EXTRA_FRAGMENT=$f does not exist: name a Kconfig fragment file"
		echo "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
	done
}

# dcc_llvm: the kernel's LLVM= for this build, empty for gcc. LLVM= from
# the user wins (LLVM= empty: gcc); otherwise the arch's LLVM_SERIES (in
# arch.conf) name the series built with clang, as LLVM=$LLVM_DEFAULT.
dcc_llvm() {
	if [ -n "${LLVM+set}" ]; then
		echo "$LLVM"
		return
	fi
	case " ${LLVM_SERIES:-} " in
	*" $SERIES "*) echo "${LLVM_DEFAULT:--19}" ;;
	esac
}

# dcc_clang LLVM: the clang the kernel's LLVM=1, LLVM=-19 or
# LLVM=/prefix/ picks.
dcc_clang() {
	case "$1" in
	1) echo clang ;;
	-*) echo "clang$1" ;;
	*/) echo "${1}clang" ;;
	*) die "LLVM=$1 is not understood: use LLVM=1, LLVM=-<version> (e.g. LLVM=-19) or LLVM=/path/to/llvm/bin/" ;;
	esac
}

# dcc_check_toolchain: the compilers exist, or die naming the package.
dcc_check_toolchain() {
	local llvm clang
	llvm=$(dcc_llvm)
	if [ -n "$llvm" ]; then
		clang=$(dcc_clang "$llvm") || exit 2
		command -v "$clang" >/dev/null ||
			die "LLVM=$llvm but $clang is not installed: apt-get install clang${llvm#1} lld${llvm#1} llvm${llvm#1} (or run 'make setup')"
		return
	fi
	command -v "${DCC_CROSS}gcc" >/dev/null ||
		die "cross compiler ${DCC_CROSS}gcc not found: apt-get install $CROSS_PACKAGE (or run 'make setup', or set CROSS_COMPILE=)"
}

# dcc_setup_build: KMAKE (the kernel make command line) and BUILD_DIR.
dcc_setup_build() {
	local cc hash f llvm
	dcc_check_toolchain
	llvm=$(dcc_llvm)
	if [ -n "$llvm" ]; then
		cc=$(dcc_clang "$llvm")
	else
		cc=${DCC_CROSS}gcc
	fi
	DCC_CC=$cc
	command -v ccache >/dev/null && cc="ccache $cc"
	hash=$({
		echo "$KSRC_DIR $KERNEL_VERSION $DCC_CROSS $llvm $PATCHED"
		for f in $(dcc_fragments); do cat "$f"; done
	} | sha256sum | cut -c1-10)
	CONFIG_HASH=$hash
	if [ -n "${O:-}" ]; then
		mkdir -p "$O" || die "cannot create O=$O: choose a writable build directory"
		BUILD_DIR=$(cd "$O" && pwd)
	else
		BUILD_DIR=$DCC_CACHE/build/$KSERIES-$DCC_ARCH-$hash
	fi
	mkdir -p "$BUILD_DIR" || die "cannot create $BUILD_DIR: set DCC_CACHE or O= to a writable place"
	KMAKE=(make -C "$KSRC_DIR" O="$BUILD_DIR" ARCH="$KARCH" "CROSS_COMPILE=$DCC_CROSS" "CC=$cc")
	[ -z "$llvm" ] || KMAKE+=("LLVM=$llvm")
	[ -n "${V:-}" ] && KMAKE+=("V=$V")
	# The kernel's make must not inherit our make's ARCH alias or flags.
	unset MAKEFLAGS MFLAGS MAKELEVEL ARCH
}

# dcc_check_qemu: QEMU and its firmware exist, or die naming the package.
dcc_check_qemu() {
	command -v "$QEMU" >/dev/null ||
		die "$QEMU not found: apt-get install $QEMU_PACKAGE (or run 'make setup')"
	[ -z "$QEMU_FIRMWARE" ] || [ -f "$QEMU_FIRMWARE" ] ||
		die "QEMU firmware $QEMU_FIRMWARE missing: ${FIRMWARE:+fix FIRMWARE= or drop it to use the packaged one, or }apt-get install qemu-system-data opensbi"
}

# dcc_qemu_cmd KERNEL APPEND [QEMU ARGS...]: QEMU_CMD, the command that
# boots KERNEL with the command line APPEND on the serial console.
# -nodefaults: only the board's own UART; -no-reboot: the guest's reboot
# (or panic=-1) ends QEMU; TCG only: KVM is not usable on these hosts.
# The caller adds -smp, -initrd and the like.
dcc_qemu_cmd() {
	local kernel=$1 append=$2
	shift 2
	# shellcheck disable=SC2206
	# debug-threads=on names each vCPU thread "CPU <n>/TCG" on the host.
	QEMU_CMD=("$QEMU" $QEMU_ARGS -accel "${QEMU_ACCEL:-tcg}" -m "${QEMU_MEM:-512M}" -nodefaults -display none
		-name "dcc-$DCC_ARCH,debug-threads=on" -serial stdio -no-reboot "$@"
		-kernel "$kernel" -append "$append")
}

# dcc_check_knobs: PROFILE and EXTRA_FRAGMENT are valid (checked here, in
# the main shell, since dcc_fragments also runs in subshells).
dcc_check_knobs() {
	local f
	case "${PROFILE:-}" in
	'' | default | debug) ;;
	*) die "PROFILE=$PROFILE is unknown: use PROFILE=debug (or leave it unset)" ;;
	esac
	for f in ${EXTRA_FRAGMENT:-}; do
		[ -f "$f" ] || die "EXTRA_FRAGMENT=$f does not exist: name a Kconfig fragment file"
	done
	case "${LIFECYCLE_ROUNDS:-1}" in
	'' | *[!0-9]* | 0*) die "LIFECYCLE_ROUNDS=$LIFECYCLE_ROUNDS is not a number from 1 to 1000: set e.g. LIFECYCLE_ROUNDS=100" ;;
	esac
	[ "${LIFECYCLE_ROUNDS:-1}" -le 1000 ] ||
		die "LIFECYCLE_ROUNDS=$LIFECYCLE_ROUNDS is not a number from 1 to 1000: set e.g. LIFECYCLE_ROUNDS=100"
	dcc_check_inject
	dcc_check_cases
	dcc_payload >/dev/null
}

# dcc_check_inject: a dcc_conformance.inject= in CMDLINE names a fault the
# suite knows (DCC_FAULTS in conformance/dcc_core.c); the module fails
# every case on any other value, this says so before a kernel is built.
dcc_check_inject() {
	local w v faults
	for w in ${CMDLINE:-}; do
		case "$w" in dcc[-_]conformance.inject=?*) v=${w#*=} ;; *) continue ;; esac
		faults=$(sed -n 's/^#define DCC_FAULTS "\(.*\)"$/\1/p' "$DCC_TOP/conformance/dcc_core.c")
		case ", $faults, " in *", $v, "*) ;;
		*) die "${w%%=*}=$v in CMDLINE is not a fault the suite injects: use one of $faults" ;;
		esac
	done
}

# dcc_check_cases: every entry of a dcc_conformance.cases= in CMDLINE names
# a suite or a case of conformance/dcc_suite_*.c; the module fails every
# case on any other name (a typo would leave out what was asked for), this
# says so before a kernel is built.
dcc_check_cases() {
	local w v e suites names entries
	for w in ${CMDLINE:-}; do
		case "$w" in dcc[-_]conformance.cases=*) v=${w#*=} ;; *) continue ;; esac
		# Linux 6.1 reads a module's parameters from a buffer of its own.
		[ "${#v}" -le 511 ] ||
			die "${w%%=*}= in CMDLINE is ${#v} characters, more than the 511 the module reads on Linux 6.1: name suites (dcc_direct, dcc_lifecycle, dcc_sharing) rather than their cases"
		suites=$(sed -n 's/^\t\.name = "\(dcc_[a-z0-9_]*\)",$/\1/p' "$DCC_TOP"/conformance/dcc_suite_*.c)
		names=$(sed -n 's/^\tDCC_CASE[A-Z_]*(\(dcc_[a-z0-9_]*\),.*/\1/p' "$DCC_TOP"/conformance/dcc_suite_*.c)
		if [ -z "$suites" ] || [ -z "$names" ]; then
			die "no suite found in $DCC_TOP/conformance/dcc_suite_*.c: is the checkout whole?"
		fi
		IFS=, read -ra entries <<<"$v"
		for e in "${entries[@]}"; do
			[ -n "$e" ] || continue
			grep -qxF -- "$e" <<<"$suites$(printf '\n%s' "$names")" ||
				die "${w%%=*}=$v in CMDLINE: \"$e\" names no suite and no case: use a suite ($(paste -sd, <<<"$suites" | sed 's/,/, /g')) or a case of README \"The catalogue\""
		done
	done
}

# dcc_lock_build: hold BUILD_DIR for this process and its children, so
# that two runs of one configuration never write one build directory (its
# kernel, dcc-module/ copy, initramfs) at once: the second waits, saying
# so. A child of a holder inherits the lock (DCC_LOCKED_BUILD lists the
# build directories held, the open files come along); a lock goes with the
# last process holding its file.
dcc_lock_build() {
	local fd
	case ":${DCC_LOCKED_BUILD:-}:" in *":$BUILD_DIR:"*) return 0 ;; esac
	command -v flock >/dev/null || return 0
	exec {fd}>>"$BUILD_DIR/.dcc-lock" || die "cannot open $BUILD_DIR/.dcc-lock: is the build directory writable?"
	if ! flock -n "$fd"; then
		note "[$DCC_ARCH] $BUILD_DIR is in use by another run of this configuration: waiting for it"
		flock "$fd"
		note "[$DCC_ARCH] $BUILD_DIR is free: going on"
	fi
	export DCC_LOCKED_BUILD=${DCC_LOCKED_BUILD:+$DCC_LOCKED_BUILD:}$BUILD_DIR
}

# dcc_context ARCH: everything a stage needs, in one call.
dcc_context() {
	dcc_check_knobs
	dcc_load_arch "$1"
	dcc_find_ksrc
	dcc_setup_build
	dcc_lock_build
}
