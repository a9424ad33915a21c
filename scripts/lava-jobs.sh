#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make lava-jobs: render LAVA job definitions (lava-jobs/job.yaml.j2 x
# lava-jobs/targets/*.yaml) into LAVA_OUT (default RESULTS/lava-jobs), and
# stage the artifacts they point at into LAVA_OUT/artifacts/<arch>/.
#   ARCH=   one arch (default: every arch)       TARGET= one target
#   ARTIFACTS_URL=  where a lab serves LAVA_OUT/artifacts (default: its
#                   file:// path, for a local lava-run)
#   PAYLOAD=module|builtin (default module)
# The build variables (SUITE_VERSION, KERNEL_VERSION, KERNEL_COMMIT,
# CONFIG_HASH) come from this tree and the arch's build; set them to override.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

results_root=${RESULTS:-$DCC_TOP/results}
out=${LAVA_OUT:-$results_root/lava-jobs}
payload=${PAYLOAD:-module}
case "$payload" in
module | builtin) ;;
*) die "PAYLOAD=$payload is unknown: use PAYLOAD=module (or builtin)" ;;
esac
if ! mkdir -p "$out" 2>/dev/null || [ ! -w "$out" ]; then
	die "LAVA_OUT=$out is not writable: choose another directory with LAVA_OUT="
fi
out=$(cd "$out" && pwd)
url=${ARTIFACTS_URL-file://$out/artifacts}
[ -n "$url" ] || die "ARTIFACTS_URL is empty: give the URL where the lab serves $out/artifacts"
url=${url%/}

arches=$DCC_ARCHES
if [ -n "${ARCH:-}" ]; then
	arches=$(dcc_arch_normalise "$ARCH") || exit 2
elif [ -n "${TARGET:-}" ] && [ -f "$DCC_TOP/lava-jobs/targets/$TARGET.yaml" ]; then
	arches=$(sed -n 's/^arch: *//p' "$DCC_TOP/lava-jobs/targets/$TARGET.yaml")
fi

# Taken before dcc_context, which sets KERNEL_VERSION and CONFIG_HASH itself.
want_kernel_version=${KERNEL_VERSION:-}
want_config_hash=${CONFIG_HASH:-}
suite_version=${SUITE_VERSION:-$(git -C "$DCC_TOP" describe --always --dirty 2>/dev/null || true)}
[ -n "$suite_version" ] || die "cannot tell the suite version (not a git checkout): set SUITE_VERSION="

# kernel_commit SRC: the kernel tree's commit, or the Debian source package.
kernel_commit() {
	local c
	c=$(git -C "$1" rev-parse --short=12 HEAD 2>/dev/null) && { echo "$c"; return; }
	# A source fetched by scripts/fetch-source.sh records its version.
	c=$(cat "$1/.dcc-unpacked" 2>/dev/null) && [ -n "$c" ] &&
		{ echo "debian-linux-source-$KSERIES-$c"; return; }
	c=$(dpkg-query -W -f='${Version}' "linux-source-$KSERIES" 2>/dev/null) &&
		[ -n "$c" ] && { echo "debian-linux-source-$KSERIES-$c"; return; }
	echo unknown
}

# stage_and_render TARGET BOARD: stage the artifacts of one target (a
# board target: the board's kernel, DTB and initramfs, BOARD=TARGET; a
# qemu target: the arch's QEMU kernel) and render its job.
stage_and_render() {
	local target=$1 kernel_file stage dir dtb
	dcc_context "$a" >/dev/null
	kernel_file=${KIMAGE##*/}
	# Where the job's artifacts are, under ARTIFACTS_URL.
	dir=$DCC_ARCH${BOARD:+/$BOARD}
	stage=$out/artifacts/$dir
	dtb=$(dcc_board_dtb)
	if [ -f "$BUILD_DIR/$KIMAGE" ]; then
		rm -rf "$stage.tmp"
		mkdir -p "$stage.tmp"
		cp "$BUILD_DIR/$KIMAGE" "$stage.tmp/$kernel_file"
		[ "$payload" != module ] || [ ! -f "$BUILD_DIR/dcc-guest/initramfs.cpio" ] ||
			cp "$BUILD_DIR/dcc-guest/initramfs.cpio" "$stage.tmp/initramfs.cpio"
		if [ -n "$dtb" ]; then
			[ -f "$dtb" ] || die "[$DCC_ARCH] $BUILD_DIR has a kernel but no ${dtb#"$BUILD_DIR"/}: run 'make kernel ARCH=$DCC_ARCH BOARD=$BOARD'"
			mkdir -p "$stage.tmp/dtbs/$(dirname "$BOARD_DTB")"
			cp "$dtb" "$stage.tmp/dtbs/$BOARD_DTB"
		fi
		# A board's folder holds only its own artifacts (the arch's folder
		# keeps the boards' folders next to the QEMU kernel).
		if [ -n "${BOARD:-}" ]; then
			rm -rf "$stage"
		else
			mkdir -p "$stage"
		fi
		cp -r "$stage.tmp/." "$stage/"
		rm -rf "$stage.tmp"
	else
		note "[$DCC_ARCH] no kernel in $BUILD_DIR yet: job for $target rendered, nothing staged (make ARCH=$DCC_ARCH ${BOARD:+BOARD=$BOARD }board builds it)"
	fi
	/usr/bin/python3 "$DCC_TOP/lava-jobs/render.py" --arch "$DCC_ARCH" --out "$out" \
		--var "payload=$payload" --var "artifacts_url=$url" --var "artifacts_path=$dir" \
		--var "kernel_file=$kernel_file" --var "suite_version=$suite_version" \
		--var "kernel_version=${want_kernel_version:-$KERNEL_VERSION}" \
		--var "kernel_commit=${KERNEL_COMMIT:-$(kernel_commit "$KSRC_DIR")}" \
		--var "config_hash=${want_config_hash:-$CONFIG_HASH}" \
		"$target"
}

for a in $arches; do
	mapfile -t targets < <(grep -lx "arch: $a" "$DCC_TOP"/lava-jobs/targets/*.yaml | xargs -n 1 basename | sed 's/\.yaml$//')
	if [ -n "${TARGET:-}" ]; then
		case " ${targets[*]} " in
		*" $TARGET "*) targets=("$TARGET") ;;
		*)
			# render.py names the targets there are, or the right ARCH.
			/usr/bin/python3 "$DCC_TOP/lava-jobs/render.py" --arch "$a" --out "$out" "$TARGET"
			exit 2
			;;
		esac
	fi
	for t in "${targets[@]}"; do
		# Board targets (a LAVA boot other than qemu) get the board's kernel.
		board=""
		grep -qx 'boot: qemu' "$DCC_TOP/lava-jobs/targets/$t.yaml" || board=$t
		(BOARD=$board stage_and_render "$t") || exit 2
	done
done
