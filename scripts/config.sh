#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Stage 1: configure. tinyconfig + common/ and arch-*/ fragments, then prove
# every fragment line stuck. Usage: config.sh ARCH
set -euo pipefail
. "$(dirname "$0")/lib.sh"
dcc_context "$1"

cfg=$BUILD_DIR/.config
stamp=$BUILD_DIR/.dcc-config-hash
if [ -f "$cfg" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$CONFIG_HASH" ]; then
	exit 0
fi
mapfile -t frags < <(dcc_fragments)
[ "$SERIES" = "$KSERIES" ] ||
	note "[$DCC_ARCH] Linux $KERNEL_VERSION: no facts for $KSERIES here; using those of $SERIES, the newest series before it"
note "[$DCC_ARCH] configuring Linux $KERNEL_VERSION in $BUILD_DIR"
rm -f "$stamp"
log=$BUILD_DIR/dcc-config.log
{
	"${KMAKE[@]}" tinyconfig &&
		(cd "$BUILD_DIR" && "$KSRC_DIR/scripts/kconfig/merge_config.sh" -m -O "$BUILD_DIR" "$cfg" "${frags[@]}") &&
		"${KMAKE[@]}" olddefconfig
} >"$log" 2>&1 || {
	tail -n 20 "$log" >&2
	die "kernel configuration failed (log: $log)"
}

# kconfig_deps SYM: the "depends on"/"def_bool" lines of SYM's Kconfig entry.
kconfig_deps() {
	find "$KSRC_DIR/kernel" "$KSRC_DIR/arch/$KARCH" "$KSRC_DIR/lib" "$KSRC_DIR/init" \
		-name 'Kconfig*' -print0 2>/dev/null | xargs -0 awk -v sym="$1" '
		$1 ~ /^(menu)?config$/ { inside = ($2 == sym); next }
		/^(endmenu|endif|if|menu|source|choice|endchoice)/ { inside = 0 }
		inside && /^[[:space:]]+(depends on|def_bool)/ { sub(/^[[:space:]]+/, ""); print }
	' | head -n 3 | paste -sd ';' -
}

bad=0
for f in "${frags[@]}"; do
	while IFS= read -r line; do
		case "$line" in
		CONFIG_*=*) ;;
		*) continue ;;
		esac
		sym=${line%%=*}
		want=${line#*=}
		grep -qxF "$line" "$cfg" && continue
		# =n holds when the symbol is off or absent from this version.
		[ "$want" = n ] && ! grep -qE "^$sym=" "$cfg" && continue
		now=$(grep -E "^$sym=|^# $sym is not set" "$cfg" || true)
		why=""
		while IFS=$'\t' read -r hsym hcond hwhy; do
			[ "CONFIG_$hsym" = "$sym" ] || continue
			if [ "$hcond" = - ] || grep -qxF "$hcond" "$cfg" ||
				{ [ "${hcond##*=}" = n ] && grep -qxF "# ${hcond%=n} is not set" "$cfg"; }; then
				why="blocked by ${hcond#-}: $hwhy"
				why=${why/blocked by : /}
				break
			fi
		done < <(grep -v '^#' "$DCC_ARCH_DIR/kconfig/hints" 2>/dev/null || true)
		deps=$([ -n "$why" ] || kconfig_deps "${sym#CONFIG_}")
		[ -n "$why" ] || why="${deps:+Kconfig: $deps }(check with 'make O=$BUILD_DIR ARCH=$KARCH menuconfig', search /${sym#CONFIG_})"
		echo "dcc: error: [$DCC_ARCH] $line from ${f#"$DCC_TOP"/} did not stick (now: ${now:-unset}); $why" >&2
		bad=1
	done <"$f"
done
[ "$bad" = 0 ] || exit 2
echo "$CONFIG_HASH" >"$stamp"
