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

static struct ktap_host_sample samples[64];

__attribute__((constructor)) static void init_samples(void)
{
	size_t i;

	for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
		samples[i].t_ms = 1000 * (long)i;
		samples[i].bytes = 128 * (long)i;
		samples[i].wait_ms = i % 2 ? 1000 : 0;
	}
}

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
	/*
	 * A host that starved QEMU a second in two: RCU stall reports may
	 * become observations.
	 */
	if (data[0] & 4) {
		opt.host = samples;
		opt.nr_host = sizeof(samples) / sizeof(samples[0]);
		opt.hz = 250;
	}
	f = fmemopen((void *)(data + 1), size - 1 ? size - 1 : 1, "r");
	if (!f)
		return 0;
	if (!ktap_read(f, &opt, &run))
		ktap_free(&run);
	fclose(f);
	return 0;
}
