# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
# Where the unpacked LAVA lives and how to use it. Sourced after lib.sh.
#
# lava-dispatcher and lava-server are unpacked (apt-get download + dpkg -x),
# not installed: "apt-get install lava-dispatcher" pulls ~150 packages
# (systemd-sysv, udev, lvm2, libguestfs...) and lava-server a PostgreSQL web
# app, while we only run their Python code (lava-run, the device-type
# templates, the submission schema). lava-common, lavacli and the Python
# libraries they import are ordinary apt packages (scripts/lava-setup.sh).

# The unpacked packages must match the installed lava-common exactly.
dcc_lava_version() {
	dpkg-query -W -f='${Version}' lava-common 2>/dev/null
}

# dcc_lava_env: set for the caller (hence SC2034): PYTHONPATH, LAVA_ROOT, LAVA_DEVICE_TYPES, LAVA_RUN, or die.
# shellcheck disable=SC2034
dcc_lava_env() {
	local v
	v=$(dcc_lava_version)
	[ -n "$v" ] || die "lava-common is not installed: run 'DCC_SETUP_TESTS=1 make setup'"
	LAVA_ROOT=$DCC_CACHE/lava/$v
	[ -f "$LAVA_ROOT/.dcc-unpacked" ] ||
		die "LAVA $v is not unpacked in $LAVA_ROOT: run 'DCC_SETUP_TESTS=1 make setup' (or scripts/lava-setup.sh)"
	LAVA_DEVICE_TYPES=$LAVA_ROOT/root/usr/share/lava-server/device-types
	LAVA_RUN=$LAVA_ROOT/root/usr/bin/lava-run
	# Debian's python3: the LAVA modules live in its dist-packages.
	LAVA_PYTHON=/usr/bin/python3
	export PYTHONPATH="$LAVA_ROOT/stub:$LAVA_ROOT/root/usr/lib/python3/dist-packages${PYTHONPATH:+:$PYTHONPATH}"
}
