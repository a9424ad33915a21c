#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make lava-convert: a lab job's results into RESULTS/lava-<target>-<series>/
# for make report. LAVA_JOB= the job definition, LAVA_LOG= its log
# (lavacli jobs logs ID --raw), LAVA_RESULTS= lavacli results ID --yaml
# (optional: else read from the log), LAVA_JOB_ID= the job's id (optional).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ -n "${LAVA_JOB:-}" ] || die "LAVA_JOB is not set: give the job definition (lavacli jobs definition ID > job.yaml)"
[ -n "${LAVA_LOG:-}" ] || die "LAVA_LOG is not set: give the job log (lavacli jobs logs ID --raw > log.yaml)"
args=(--job "$LAVA_JOB" --log "$LAVA_LOG" --out "${RESULTS:-$DCC_TOP/results}")
[ -z "${LAVA_RESULTS:-}" ] || args+=(--results "$LAVA_RESULTS")
[ -z "${LAVA_JOB_ID:-}" ] || args+=(--job-id "$LAVA_JOB_ID")
# Cross-check LAVA's verdicts with our own KTAP parser when it is built.
ktap_tool=${DCC_KTAP:-$DCC_TOP/host/build/dcc-ktap}
[ ! -x "$ktap_tool" ] || args+=(--ktap-tool "$ktap_tool")
exec /usr/bin/python3 "$DCC_TOP/lava-jobs/convert.py" "${args[@]}"
