// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_victim.c - traced functions for the direct-call conformance suite.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include "dcc_victim.h"

struct dcc_victim_state dcc_victim_state;
EXPORT_SYMBOL_GPL(dcc_victim_state);

/* noinline: the suite needs a real call and a real ftrace patch site. */
noinline long dcc_victim_args8(long a0, long a1, long a2, long a3,
			       long a4, long a5, long a6, long a7)
{
	long *seen = dcc_victim_state.args;

	seen[0] = a0;
	seen[1] = a1;
	seen[2] = a2;
	seen[3] = a3;
	seen[4] = a4;
	seen[5] = a5;
	seen[6] = a6;
	seen[7] = a7;
	atomic_inc(&dcc_victim_state.calls);
	return dcc_victim_expect8(seen);
}
EXPORT_SYMBOL_GPL(dcc_victim_args8);

MODULE_DESCRIPTION("ftrace direct-call conformance: traced victim functions");
MODULE_LICENSE("GPL");
