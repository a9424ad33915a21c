#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Install the suite into a kernel tree as lib/dcc_conformance/ with
# CONFIG_FTRACE_DIRECT_CONFORMANCE: conformance/ (sources, Kbuild, Kconfig,
# .kunitconfig), common/*.h under include/, and the backend of each arch in
# arch-<srcarch>/, plus one line in lib/Kconfig.debug and one in lib/Makefile.
# Idempotent: a second run changes nothing and says so. Files are replaced,
# never written in place, so a hard-linked copy of a tree (the pipeline's
# PAYLOAD=builtin and make kunit) never changes the tree it was copied from.
# Usage: intree.sh TREE [ARCH...] (default: every arch)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

tree=${1:-}
[ -n "$tree" ] || die "KSRC is not set: make install-intree KSRC=/path/to/linux [ARCH=<arch>]"
[ -d "$tree" ] || die "KSRC=$tree does not exist: point KSRC at a Linux source tree"
tree=$(cd "$tree" && pwd)
if [ ! -f "$tree/Kbuild" ] || [ ! -f "$tree/lib/Kconfig.debug" ] || [ ! -f "$tree/lib/Makefile" ] ||
	[ -z "$(dcc_kernel_version "$tree")" ]; then
	die "KSRC=$tree is not a Linux kernel tree (no Kbuild, Makefile VERSION, lib/Kconfig.debug or lib/Makefile): point KSRC at the top of a kernel source tree"
fi
shift
arches=("$@")
[ ${#arches[@]} -gt 0 ] || read -ra arches <<<"$DCC_ARCHES"

dst=$tree/lib/dcc_conformance
changed=()

# put SRC REL: install SRC as $dst/REL when its content differs. A new
# file, not a write into the old one, which may be a hard link.
put() {
	local target=$dst/$2
	cmp -s "$1" "$target" 2>/dev/null && return 0
	mkdir -p "$(dirname "$target")"
	cp "$1" "$target.dcc-tmp.$$"
	mv -f "$target.dcc-tmp.$$" "$target"
	changed+=("lib/dcc_conformance/$2")
}

wanted=()
for f in "$DCC_TOP"/conformance/*.[ch] "$DCC_TOP"/conformance/Kbuild \
	"$DCC_TOP"/conformance/Kconfig "$DCC_TOP"/conformance/.kunitconfig; do
	# The per-call benchmark is built out of tree only (make bench).
	[ "${f##*/}" != dcc_percall.c ] || continue
	put "$f" "${f##*/}"
	wanted+=("${f##*/}")
done
for f in "$DCC_TOP"/common/*.h; do
	put "$f" "include/${f##*/}"
	wanted+=("include/${f##*/}")
done
for a in "${arches[@]}"; do
	a=$(dcc_arch_normalise "$a") || exit 2
	d=$(dcc_arch_dir "$a")
	# The folder is named after the kernel's SRCARCH, which Kbuild uses.
	for f in dcc_arch.h dcc_tramp.S dcc_arch.c; do
		put "$d/$f" "${d##*/}/$f"
		wanted+=("${d##*/}/$f")
	done
done
# Sources a newer suite no longer has. Build products (a build without O=)
# and the backends of arches not named this time stay.
while IFS= read -r f; do
	rel=${f#"$dst"/}
	case " ${wanted[*]} " in *" $rel "*) continue ;; esac
	case "$rel" in arch-* | *.mod.c) continue ;; esac
	case "$rel" in *.c | *.h | *.S | Kbuild | Kconfig | .kunitconfig) ;; *) continue ;; esac
	rm -f "$f"
	changed+=("removed lib/dcc_conformance/$rel")
done < <(find "$dst" -type f)

# hook FILE LINE ANCHOR: add LINE to FILE once, after the line ANCHOR if
# there is one (so that the option sits in the KUnit menu), else at the
# end; as a new file (see above).
hook() {
	local file=$tree/$1
	grep -qxF "$2" "$file" && return 0
	awk -v line="$2" -v anchor="$3" '
		{ print }
		anchor != "" && $0 == anchor && !done { print line; done = 1 }
		END { if (!done) print line }
	' "$file" >"$file.dcc-tmp.$$"
	mv -f "$file.dcc-tmp.$$" "$file"
	changed+=("$1: added '$2'")
}
hook lib/Kconfig.debug 'source "lib/dcc_conformance/Kconfig"' 'source "lib/kunit/Kconfig"'
# shellcheck disable=SC2016 # a make variable, not a shell one
hook lib/Makefile 'obj-$(CONFIG_FTRACE_DIRECT_CONFORMANCE) += dcc_conformance/' ''

if [ ${#changed[@]} -eq 0 ]; then
	note "install-intree: $tree already has this suite (${arches[*]}): nothing changed"
else
	note "install-intree: changed in $tree:"
	printf '  %s\n' "${changed[@]}" >&2
	note "install-intree: enable CONFIG_FTRACE_DIRECT_CONFORMANCE (y: run at boot, m: modules); kunit.py: --kunitconfig=lib/dcc_conformance/.kunitconfig"
fi
