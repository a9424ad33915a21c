// SPDX-License-Identifier: GPL-2.0
/*
 * fuzz_ktap.c - libFuzzer target for the console/KTAP reader (host/ktap.c).
 * Built with clang -fsanitize=fuzzer,address,undefined by tests/fuzz/run.sh.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include "ktap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ktap_options opt = {
		.sentinel = "dcc-init: done",
		.start_marker = "dcc-start",
	};
	struct ktap_run run;
	FILE *f;

	if (!size)
		return 0;
	/* The first byte picks the options, the rest is the console. */
	opt.timed_out = data[0] & 1;
	if (data[0] & 2)
		opt.sentinel = NULL;
	/* A host that starved QEMU: RCU stall reports become observations. */
	if (data[0] & 4)
		opt.host_wait_ms = 31400;
	f = fmemopen((void *)(data + 1), size - 1 ? size - 1 : 1, "r");
	if (!f)
		return 0;
	if (!ktap_read(f, &opt, &run))
		ktap_free(&run);
	fclose(f);
	return 0;
}
