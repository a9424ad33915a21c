/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dcc_victim.h - functions the conformance suite attaches trampolines to.
 *
 * They live in their own module so that the traced code is ordinary module
 * text, separate from the test, and can be loaded and unloaded on its own.
 * Every body counts its calls, so a lost or doubled call is visible, and
 * the ten-argument ones (every argument register of every arch, and at
 * least two stack arguments) return a position-weighted function of all
 * their arguments plus a per-function bias: a clobbered argument, a
 * clobbered return value or the wrong body shows in the return value
 * (clause arg-integrity, on whichever path the call took).
 */
#ifndef _DCC_VICTIM_H
#define _DCC_VICTIM_H

#include <linux/atomic.h>

/** DCC_NR_ARGS - arguments of a ten-argument victim. */
#define DCC_NR_ARGS	10

/**
 * enum dcc_victim_id - index of a victim function in &dcc_victim_state.calls.
 * @DCC_V_ARGS8: dcc_victim_args8()
 * @DCC_V_ARGS10: dcc_victim_args10()
 * @DCC_V_IPMOD: dcc_victim_ipmod(), the function an IPMODIFY ops redirects
 * @DCC_V_REPLACEMENT: dcc_victim_replacement(), where it redirects to
 * @DCC_V_LOAD: dcc_victim_load(), called by the caller kthreads
 * @DCC_V_PROBE: dcc_victim_probe(), for kprobes
 * @DCC_V_OTHER: dcc_victim_other(), an unrelated function
 * @DCC_V_LIVEPATCH: the livepatch's replacement of dcc_victim_ipmod()
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
	DCC_V_LIVEPATCH,
	DCC_V_NR,
};

/** DCC_VICTIM_MANY - functions in dcc_victim_many[]: more than the old 32-entry hash. */
#define DCC_VICTIM_MANY	40

/** DCC_VICTIM_BULK - functions in dcc_victim_bulk[]: BPF fentry.multi scale. */
#define DCC_VICTIM_BULK	1000

/**
 * struct dcc_victim_state - what the victim bodies observed.
 * @calls: body runs per enum dcc_victim_id.
 * @many_calls: body runs per dcc_victim_many[] entry.
 * @bulk_calls: body runs per dcc_victim_bulk[] entry.
 * @args: arguments seen by the last body run, per enum dcc_victim_id
 *	(not written by dcc_victim_load(), which several CPUs call at once).
 * @ret_ip: where the last body run returns to, per enum dcc_victim_id (not
 *	written by dcc_victim_load()): the parent return address the patch
 *	site's trampoline must have been handed (clause tramp-abi).
 */
struct dcc_victim_state {
	atomic_t calls[DCC_V_NR];
	atomic_t many_calls[DCC_VICTIM_MANY];
	atomic_t bulk_calls[DCC_VICTIM_BULK];
	long args[DCC_V_NR][DCC_NR_ARGS];
	unsigned long ret_ip[DCC_V_NR];
};

extern struct dcc_victim_state dcc_victim_state;
extern long (*const dcc_victim_many[DCC_VICTIM_MANY])(long x);
extern long (*const dcc_victim_bulk[DCC_VICTIM_BULK])(long x);

/*
 * dcc_victim10_t - a ten-argument victim: eight register arguments on
 * every arch, and at least two on the stack.
 */
typedef long (*dcc_victim10_t)(long a0, long a1, long a2, long a3, long a4,
			       long a5, long a6, long a7, long a8, long a9);

long dcc_victim_args8(long a0, long a1, long a2, long a3,
		      long a4, long a5, long a6, long a7);
long dcc_victim_args10(long a0, long a1, long a2, long a3, long a4,
		       long a5, long a6, long a7, long a8, long a9);
long dcc_victim_ipmod(long a0, long a1, long a2, long a3, long a4,
		      long a5, long a6, long a7, long a8, long a9);
long dcc_victim_replacement(long a0, long a1, long a2, long a3, long a4,
			    long a5, long a6, long a7, long a8, long a9);
long dcc_victim_load(long a0, long a1, long a2, long a3, long a4,
		     long a5, long a6, long a7, long a8, long a9);
long dcc_victim_probe(long a0, long a1, long a2, long a3, long a4,
		      long a5, long a6, long a7, long a8, long a9);
long dcc_victim_other(long a0, long a1, long a2, long a3, long a4,
		      long a5, long a6, long a7, long a8, long a9);
long dcc_victim_trivial(long x);
long dcc_victim_body(enum dcc_victim_id id, const long *args, unsigned long ret_ip);

/**
 * dcc_victim_bias() - what victim @id adds to dcc_victim_expect().
 * @id: the body.
 *
 * Distinct per body, so that the return value names the body that ran
 * (the original or an IPMODIFY replacement).
 *
 * Return: the bias.
 */
static inline long dcc_victim_bias(enum dcc_victim_id id)
{
	return (long)id << 40;
}

/**
 * dcc_victim_expect() - what dcc_victim_args8/10() return for @n arguments.
 * @a: the arguments.
 * @n: how many.
 *
 * Position-weighted, so swapped or clobbered arguments change the result.
 *
 * Return: the expected return value, without the body's bias.
 */
static inline long dcc_victim_expect(const long *a, int n)
{
	unsigned long sum = 0;
	int i;

	for (i = 0; i < n; i++)
		sum += (i + 1) * (unsigned long)a[i];
	return (long)(sum ^ 0x5a5a);
}

/**
 * dcc_victim_args_for() - the ten arguments of call @seed.
 * @seed: the call's number.
 * @a: DCC_NR_ARGS slots to fill.
 *
 * Full 64-bit values, distinct per position and per call, alternating in
 * sign: a register restored from the wrong slot, truncated to 32 bits or
 * left over from the previous call differs.
 */
static inline void dcc_victim_args_for(long seed, long *a)
{
	int i;

	for (i = 0; i < DCC_NR_ARGS; i++)
		a[i] = (long)(((unsigned long)seed << 20) ^
			      (0x0123456789abcdefUL * (i + 1))) ^ (i & 1 ? -1L : 0);
}

/** dcc_victim_calls() - body runs of victim @id so far. */
static inline int dcc_victim_calls(enum dcc_victim_id id)
{
	return atomic_read(&dcc_victim_state.calls[id]);
}

#endif /* _DCC_VICTIM_H */
