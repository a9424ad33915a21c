#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make setup: install the Debian packages the pipeline needs and unpack the
# kernel sources once into the cache (outside git). Idempotent and quick
# when everything is already there.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

packages=(make gcc libc6-dev bc flex bison libelf-dev libssl-dev cpio xz-utils lz4 rsync
	ccache python3 patch procps qemu-system-data opensbi device-tree-compiler
	linux-source-6.12 linux-source-6.1)
# Each arch's cross compiler and QEMU, from its arch.conf.
for a in $DCC_ARCHES; do
	# shellcheck disable=SC1091
	read -ra p < <(. "$(dcc_arch_dir "$a")/arch.conf" && echo "$CROSS_PACKAGE $QEMU_PACKAGE")
	packages+=("${p[@]}")
done
# riscv on Linux 7.x: dynamic ftrace wants GCC >= 14 or clang (LLVM=-19).
packages+=(clang-19 lld-19 llvm-19)
# headers_install (the guest /init's UAPI headers) runs rsync.
# make lava-jobs renders with Jinja2.
packages+=(python3-jinja2 python3-yaml)
# make check also needs libFuzzer (clang), a browser to render the report,
# the validators of the exports (KCIDB's JSON schema, a JUnit XSD), and
# LAVA itself: lava-common (schema), lavacli, mkimage and what
# lava-dispatcher imports; lava-dispatcher and lava-server are unpacked
# below (scripts/lava-lib.sh).
if [ "${DCC_SETUP_TESTS:-}" = 1 ]; then
	packages+=(clang libclang-rt-14-dev chromium python3-jsonschema libxml2-utils)
	packages+=(lava-common lavacli u-boot-tools python3-django shellcheck file
		python3-aiohttp python3-configobj python3-magic python3-netifaces
		python3-pexpect python3-pyudev python3-requests python3-setproctitle python3-tz)
fi
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	[ "$(id -u)" = 0 ] || die "missing packages (${missing[*]}) and not root: run 'sudo make setup'"
	note "installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >/dev/null
	apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null ||
		die "apt-get install failed for: ${missing[*]}"
fi

for v in 6.12 6.1; do
	dst=$DCC_CACHE/src/linux-source-$v
	[ -f "$dst/.dcc-unpacked" ] && continue
	tarball=/usr/src/linux-source-$v.tar.xz
	[ -f "$tarball" ] || die "$tarball missing: apt-get install linux-source-$v"
	note "unpacking $tarball into $DCC_CACHE/src"
	mkdir -p "$DCC_CACHE/src"
	rm -rf "$dst"
	tar -xf "$tarball" -C "$DCC_CACHE/src"
	touch "$dst/.dcc-unpacked"
done
# Linux 7.x (mainline), which bookworm does not carry: see fetch-source.sh.
"$DCC_TOP/scripts/fetch-source.sh"
if [ "${DCC_SETUP_TESTS:-}" = 1 ]; then
	"$DCC_TOP/scripts/lava-setup.sh"
fi
note "setup done: kernel sources in $DCC_CACHE/src"
