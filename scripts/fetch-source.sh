#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Linux 7.x from Debian: linux-source-<series> (architecture all) of the
# suite named in common/kernel-sources.conf (trixie-backports), fetched
# with a private apt configuration (its own sources list, state and cache
# in a temporary directory) whose one source is that suite on the mirror the
# machine's own apt already uses; the machine's apt sources are read, never
# changed. apt-get download, dpkg -x, then the tarball is unpacked into
# $DCC_CACHE/src/linux-source-<series>. The version is pinned in
# common/kernel-sources.conf (README "Kernel sources" says how to move).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
# shellcheck source=../common/kernel-sources.conf
. "$DCC_TOP/common/kernel-sources.conf"

series=$DCC_MAINLINE_SERIES
dst=$DCC_CACHE/src/linux-source-$series
stamp=$dst/.dcc-unpacked
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$DCC_MAINLINE_DEB_VERSION" ]; then
	exit 0
fi

# The machine's mirror: the first Debian URI of its apt sources (deb822
# .sources or one-line .list).
mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
	awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }')
[ -n "$mirror" ] || mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
	awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }')
[ -n "$mirror" ] ||
	die "no Debian mirror in /etc/apt/sources.list{,.d}: add one (e.g. the debian.sources of a stock install) or unpack Linux $series into $dst yourself"

# The private configuration lives in a temporary directory, removed on
# exit: nothing of it (the mirror's address included) stays on disk.
apt=$(mktemp -d "${TMPDIR:-/tmp}/dcc-apt.XXXXXX")
trap 'rm -rf "$apt"' EXIT
mkdir -p "$apt/etc/sources.list.d" "$apt/etc/preferences.d" "$apt/state/lists/partial" \
	"$apt/cache/archives/partial" "$apt/deb"
cat >"$apt/etc/sources.list.d/dcc.sources" <<SRC
Types: deb
URIs: $mirror
Suites: $DCC_MAINLINE_SUITE
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
opts=(-o "Dir::Etc=$apt/etc" -o Dir::Etc::sourcelist=/dev/null
	-o "Dir::Etc::sourceparts=$apt/etc/sources.list.d" -o "Dir::State=$apt/state"
	-o "Dir::Cache=$apt/cache" -o Dir::State::status=/var/lib/dpkg/status
	-o APT::Sandbox::User=root)
pkg=linux-source-$series
note "fetching $pkg $DCC_MAINLINE_DEB_VERSION from $DCC_MAINLINE_SUITE (private apt configuration)"
apt-get "${opts[@]}" update >"$apt/update.log" 2>&1 || {
	tail -n 5 "$apt/update.log" >&2
	die "apt-get update of $DCC_MAINLINE_SUITE failed (its last lines above)"
}
(cd "$apt/deb" && apt-get "${opts[@]}" download "$pkg=$DCC_MAINLINE_DEB_VERSION") >"$apt/download.log" 2>&1 || {
	avail=$(apt-cache "${opts[@]}" policy "$pkg" 2>/dev/null | awk '/Candidate:/ { print $2 }')
	die "$pkg $DCC_MAINLINE_DEB_VERSION is not in $DCC_MAINLINE_SUITE (it has ${avail:-none}): set DCC_MAINLINE_DEB_VERSION in common/kernel-sources.conf"
}
deb=$apt/deb/${pkg}_${DCC_MAINLINE_DEB_VERSION/:/%3a}_all.deb
[ -f "$deb" ] || die "apt-get download gave no ${deb##*/}"
rm -rf "$apt/x"
dpkg -x "$deb" "$apt/x"
tarball=$apt/x/usr/src/$pkg.tar.xz
[ -f "$tarball" ] || die "$deb has no usr/src/$pkg.tar.xz"
note "unpacking $pkg into $DCC_CACHE/src"
rm -rf "$dst"
mkdir -p "$DCC_CACHE/src"
tar -xf "$tarball" -C "$DCC_CACHE/src"
[ -f "$dst/Makefile" ] || die "$tarball did not unpack into $dst"
echo "$DCC_MAINLINE_DEB_VERSION" >"$stamp"
