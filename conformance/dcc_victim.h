/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dcc_victim.h - functions the conformance suite attaches trampolines to.
 *
 * They live in their own module so that the traced code is ordinary module
 * text, separate from the test, and can be loaded and unloaded on its own.
 */
#ifndef _DCC_VICTIM_H
#define _DCC_VICTIM_H

#include <linux/atomic.h>

/**
 * struct dcc_victim_state - what the victim bodies observed.
 * @calls: number of times any victim body ran.
 * @args: arguments seen by the last body that ran.
 */
struct dcc_victim_state {
	atomic_t calls;
	long args[8];
};

extern struct dcc_victim_state dcc_victim_state;

long dcc_victim_args8(long a0, long a1, long a2, long a3,
		      long a4, long a5, long a6, long a7);

/**
 * dcc_victim_expect8() - the value dcc_victim_args8() returns for its arguments.
 * @a: the eight arguments.
 *
 * Position-weighted, so swapped or clobbered arguments change the result.
 */
static inline long dcc_victim_expect8(const long *a)
{
	long sum = 0;
	int i;

	for (i = 0; i < 8; i++)
		sum += (i + 1) * a[i];
	return sum ^ 0x5a5a;
}

#endif /* _DCC_VICTIM_H */
