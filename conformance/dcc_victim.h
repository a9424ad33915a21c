/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dcc_victim.h - functions the conformance suite attaches trampolines to.
 *
 * They live in their own module so that the traced code is ordinary module
 * text, separate from the test, and can be loaded and unloaded on its own.
 * Every body counts its calls, so a lost or doubled call is visible.
 */
#ifndef _DCC_VICTIM_H
#define _DCC_VICTIM_H

#include <linux/atomic.h>

/**
 * enum dcc_victim_id - index of a victim function in &dcc_victim_state.calls.
 * @DCC_V_ARGS8: dcc_victim_args8()
 * @DCC_V_ARGS10: dcc_victim_args10()
 * @DCC_V_IPMOD: dcc_victim_ipmod(), the function an IPMODIFY ops redirects
 * @DCC_V_REPLACEMENT: dcc_victim_replacement(), where it redirects to
 * @DCC_V_LOAD: dcc_victim_load(), called by the caller kthreads
 * @DCC_V_PROBE: dcc_victim_probe(), for kprobes
 * @DCC_V_OTHER: dcc_victim_other(), an unrelated function
 * @DCC_V_NR: number of ids
 */
enum dcc_victim_id {
	DCC_V_ARGS8,
	DCC_V_ARGS10,
	DCC_V_IPMOD,
	DCC_V_REPLACEMENT,
	DCC_V_LOAD,
	DCC_V_PROBE,
	DCC_V_OTHER,
	DCC_V_NR,
};

/** DCC_VICTIM_MANY - functions in dcc_victim_many[]: more than the old 32-entry hash. */
#define DCC_VICTIM_MANY	40

/**
 * struct dcc_victim_state - what the victim bodies observed.
 * @calls: body runs per enum dcc_victim_id.
 * @many_calls: body runs per dcc_victim_many[] entry.
 * @args: arguments seen by the last dcc_victim_args8/10() body.
 */
struct dcc_victim_state {
	atomic_t calls[DCC_V_NR];
	atomic_t many_calls[DCC_VICTIM_MANY];
	long args[10];
};

extern struct dcc_victim_state dcc_victim_state;
extern long (*const dcc_victim_many[DCC_VICTIM_MANY])(long x);

long dcc_victim_args8(long a0, long a1, long a2, long a3,
		      long a4, long a5, long a6, long a7);
long dcc_victim_args10(long a0, long a1, long a2, long a3, long a4,
		       long a5, long a6, long a7, long a8, long a9);
long dcc_victim_ipmod(long x);
long dcc_victim_replacement(long x);
long dcc_victim_load(long x);
long dcc_victim_probe(long x);
long dcc_victim_other(long x);
long dcc_victim_trivial(long x);

/**
 * dcc_victim_expect() - what dcc_victim_args8/10() return for @n arguments.
 * @a: the arguments.
 * @n: how many.
 *
 * Position-weighted, so swapped or clobbered arguments change the result.
 */
static inline long dcc_victim_expect(const long *a, int n)
{
	long sum = 0;
	int i;

	for (i = 0; i < n; i++)
		sum += (i + 1) * a[i];
	return sum ^ 0x5a5a;
}

/** dcc_victim_calls() - body runs of victim @id so far. */
static inline int dcc_victim_calls(enum dcc_victim_id id)
{
	return atomic_read(&dcc_victim_state.calls[id]);
}

#endif /* _DCC_VICTIM_H */
