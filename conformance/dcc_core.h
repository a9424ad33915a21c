/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dcc_core.h - what the conformance suites share: trampoline statistics,
 * attach/detach helpers that always clean up, caller kthreads, and the
 * "observe:" diagnostics the host lays side by side across arches.
 */
#ifndef _DCC_CORE_H
#define _DCC_CORE_H

#include <kunit/test.h>
#include <linux/atomic.h>
#include <linux/ftrace.h>
#include <linux/kprobes.h>
#include "dcc_contract.h"
#include "dcc_compat.h"
#include "dcc_victim.h"

/* Calls per measurement: enough to expose a lost or doubled call. */
#define DCC_CALLS	1000

/**
 * struct dcc_tramp_stats - what one trampoline observed.
 * @hits: number of times the trampoline ran.
 * @late: runs that began after the case retired it (dcc_tramp_retire()).
 * @late_inflight: of those, runs by a caller kthread whose call began
 *	before the retirement (see dcc_late_inflight()).
 * @late_preempted: of those in flight, runs by a caller preempted inside
 *	that call.
 * @retired: set once unregister or modify returned for it.
 * @retire_epoch: dcc_retire_epoch's value when it was retired.
 * @seq: global sequence number of its last run (see dcc_next_seq()).
 * @last: the frame of its last run.
 * @only: when set, the one task whose calls are counted and recorded
 *	(a case on a function other code may call: dcc_vmlinux_call).
 * @foreign: runs for calls by other tasks while @only was set.
 */
struct dcc_tramp_stats {
	atomic_t hits;
	atomic_t late;
	atomic_t late_inflight;
	atomic_t late_preempted;
	bool retired;
	int retire_epoch;
	int seq;
	struct dcc_tramp_frame last;
	struct task_struct *only;
	atomic_t foreign;
};

extern struct dcc_tramp_stats dcc_stats[DCC_NR_TRAMPS];

/* dcc_module_lifecycle's default rounds (module parameter module_rounds=). */
#define DCC_MODULE_ROUNDS	20
int dcc_module_rounds(void);

/* Counts retirements; a caller kthread notes it before each call. */
extern atomic_t dcc_retire_epoch;

/**
 * dcc_tramp_retire() - from now on, every run of trampoline @id is late.
 * @id: DCC_TRAMP_A or DCC_TRAMP_B.
 *
 * Called right after unregister or modify returned, with no
 * synchronisation of the test's own: once those return the kernel has
 * made the trampoline unreachable (clause lifecycle), so a late run is a
 * missing grace period or text sync in the kernel.
 */
static inline void dcc_tramp_retire(int id)
{
	atomic_set(&dcc_stats[id].late, 0);
	atomic_set(&dcc_stats[id].late_inflight, 0);
	atomic_set(&dcc_stats[id].late_preempted, 0);
	/*
	 * Fully ordered: a caller that reads the new epoch before its call
	 * began that call after unregister or modify returned.
	 */
	dcc_stats[id].retire_epoch = atomic_inc_return(&dcc_retire_epoch);
	/* Pairs with the trampoline's read: the reset counts before the flag. */
	smp_store_release(&dcc_stats[id].retired, true);
}

/** dcc_tramp_revive() - trampoline @id may run again (before attaching it). */
static inline void dcc_tramp_revive(int id)
{
	/* Pairs with the trampoline's read of the flag. */
	smp_store_release(&dcc_stats[id].retired, false);
}

/** dcc_late_hits() - runs of trampoline @id since dcc_tramp_retire(). */
static inline int dcc_late_hits(int id)
{
	return atomic_read(&dcc_stats[id].late);
}

/**
 * dcc_late_inflight() - late runs of trampoline @id by calls in flight.
 * @id: DCC_TRAMP_A or DCC_TRAMP_B.
 *
 * A caller kthread (dcc_callers_start()) reads dcc_retire_epoch before
 * each call; a late run whose call read an older epoch began before the
 * trampoline was retired, and had loaded its address before the kernel
 * switched it: the kernel can only rule such runs out by waiting for the
 * calls in flight (a grace period covering them). Any other late run, a
 * call begun after unregister or modify returned or one by a task that is
 * not a caller, means the kernel still routes calls to the trampoline.
 *
 * Return: the count since dcc_tramp_retire().
 */
static inline int dcc_late_inflight(int id)
{
	return atomic_read(&dcc_stats[id].late_inflight);
}

/**
 * dcc_late_preempted() - late runs in flight by a preempted caller.
 * @id: DCC_TRAMP_A or DCC_TRAMP_B.
 *
 * Of the late runs in flight, those by a caller preempted inside its call:
 * an observation, what a kernel would have to wait for beyond a context
 * switch on every CPU.
 *
 * Return: the count since dcc_tramp_retire().
 */
static inline int dcc_late_preempted(int id)
{
	return atomic_read(&dcc_stats[id].late_preempted);
}

/* dcc_is_tramp() - whether @addr is one of the suite's trampolines. */
static inline notrace bool dcc_is_tramp(unsigned long addr)
{
	return addr == (unsigned long)dcc_tramp_a || addr == (unsigned long)dcc_tramp_b;
}

/*
 * DCC_CASE() - one entry of the catalogue: a KUnit case with the contract
 * clauses it asserts (common/dcc_contract.h), the upstream fix it guards
 * ("-" if none) and a one-line summary. scripts/catalogue.py reads these
 * entries to generate the README's table and the contract's map, and
 * make check compares them; the compiler sees only the KUnit case (the
 * metadata are the variadic arguments).
 */
#define DCC_CASE(name, ...)	KUNIT_CASE(name)
/* DCC_CASE_PARAM() - DCC_CASE() of a case run once per parameter of @gen. */
#define DCC_CASE_PARAM(name, gen, ...) KUNIT_CASE_PARAM(name, gen)
/* DCC_CASE_SLOW() - DCC_CASE() of a case that takes seconds. */
#define DCC_CASE_SLOW(name, ...) DCC_KUNIT_CASE_SLOW(name)

/**
 * dcc_victim_name() - the function name of victim body @id, for messages.
 * @id: the body.
 *
 * Return: a constant string.
 */
const char *dcc_victim_name(enum dcc_victim_id id);

int dcc_call_check(dcc_victim10_t fn, enum dcc_victim_id body, long seed, char *why,
		   size_t len);
int dcc_calls_check(struct kunit *test, dcc_victim10_t fn, enum dcc_victim_id body,
		    long first_seed, int n, const char *path);
void dcc_expect_tramp_args(struct kunit *test, int id, long seed, const char *path);
void dcc_expect_tramp_frame(struct kunit *test, int id, unsigned long func,
			    enum dcc_victim_id body, const char *parent, const char *path);

/**
 * struct dcc_ops - an ftrace_ops callback with what it observed.
 * @ops: the ops; its func is dcc_ops_callback() unless set otherwise.
 * @hits: number of callback runs.
 * @seq: sequence number of the last run.
 * @slot: the arch scratch slot as the last run saw it (clause scratch-slot).
 * @slot_other: runs that saw the slot neither 0 nor a dcc trampoline.
 * @ip: ip argument of the last run.
 * @redirect: if set, the callback moves the instruction pointer here.
 * @registered: whether @ops must still be unregistered.
 */
struct dcc_ops {
	struct ftrace_ops ops;
	atomic_t hits;
	int seq;
	unsigned long slot;
	atomic_t slot_other;
	unsigned long ip;
	unsigned long redirect;
	bool registered;
};

void dcc_expect_slot_clean(struct kunit *test, struct dcc_ops *o, const char *path);
void dcc_expect_ops_first(struct kunit *test, struct dcc_ops *o, int id, int hits_before,
			  const char *path);

/**
 * struct dcc_direct - a direct ops attached to one or more functions.
 * @ops: the ops handed to the direct API.
 * @addr: the trampoline currently attached.
 * @share_ipmodify: accept sharing with an IPMODIFY ops (sets ops_func).
 * @share_refuse: what ops_func answers (0: share; an errno: refuse).
 * @share_cmds: ops_func commands received, as a bit mask.
 * @share_ip: the function ip the last ops_func call named (7.x; 0 before).
 * @filtered: @ops has a filter to free.
 * @registered: whether @ops must still be unregistered.
 */
struct dcc_direct {
	struct ftrace_ops ops;
	unsigned long addr;
	bool share_ipmodify;
	int share_refuse;
	unsigned long share_cmds;
	unsigned long share_ip;
	bool filtered;
	bool registered;
};

#define DCC_CTX_DIRECTS	2
#define DCC_CTX_OPS	2

int dcc_next_seq(void);
bool dcc_injecting(const char *fault);
void dcc_require_direct(struct kunit *test);
bool dcc_kernel_before(int major, int minor);
int dcc_seen_errno(int ret);

int dcc_direct_set_filter(struct dcc_direct *d, void *func);
int dcc_direct_attach(struct dcc_direct *d, void *func, void (*tramp)(void));
int dcc_direct_register_filtered(struct dcc_direct *d, void (*tramp)(void));
int dcc_direct_detach(struct dcc_direct *d);

int dcc_ops_attach(struct dcc_ops *o, void *func, unsigned long flags);
int dcc_ops_detach(struct dcc_ops *o);

/**
 * dcc_hits() - hits of trampoline @id so far.
 * @id: DCC_TRAMP_A or DCC_TRAMP_B.
 *
 * Return: the count since the module was loaded.
 */
static inline int dcc_hits(int id)
{
	return atomic_read(&dcc_stats[id].hits);
}

/**
 * struct dcc_callers - kthreads calling dcc_victim_load() on every CPU.
 * @task: one kthread per online CPU (NULL if not started); nr_cpu_ids
 *	slots, allocated by the first dcc_callers_start() of the case (not
 *	NR_CPUS: thousands on distribution kernels).
 * @calls: calls each kthread made, valid after dcc_callers_stop(); as
 *	many slots as @task.
 * @bad: calls whose return value was wrong (an argument or the return
 *	value clobbered on the way), all kthreads together.
 * @nr: number of kthreads started.
 */
struct dcc_callers {
	struct task_struct **task;
	long *calls;
	atomic_t bad;
	int nr;
};

int dcc_callers_start(struct kunit *test, struct dcc_callers *c);
long dcc_callers_stop(struct dcc_callers *c);

/**
 * struct dcc_ctx - per-case state; whatever is still attached or running
 * when a case ends (also by a failed assertion) is stopped and detached by
 * dcc_case_exit().
 * @direct: direct attachments.
 * @ops: ftrace_ops attachments.
 * @kp: a kprobe.
 * @kp_registered: whether @kp must still be unregistered.
 * @callers: caller kthreads.
 * @tracer_set: a tracefs tracer was selected and must be reset to "nop".
 * @taint: the kernel's taint flags when the case started.
 */
struct dcc_ctx {
	struct dcc_direct direct[DCC_CTX_DIRECTS];
	struct dcc_ops ops[DCC_CTX_OPS];
	struct kprobe kp;
	bool kp_registered;
	struct dcc_callers callers;
	bool tracer_set;
	unsigned long taint;
};

int dcc_helper(const char *verb, const char *a, const char *b, const char *c);
void *dcc_module_symbol_get(const char *name);
void dcc_module_symbol_put(const char *name);
int dcc_tracefs_write(const char *file, const char *val);

int dcc_suite_init(struct kunit_suite *suite);
int dcc_case_init(struct kunit *test);
void dcc_case_exit(struct kunit *test);

/* The suites, for cases= (dcc_core.c). */
extern struct kunit_suite dcc_direct_suite;
extern struct kunit_suite dcc_lifecycle_suite;
extern struct kunit_suite dcc_sharing_suite;

/* "symbol" of @addr without " [module]" or a clone suffix, for comparisons. */
void dcc_symbol(char *buf, size_t len, unsigned long addr);

/**
 * dcc_observe() - print an observation the host collects per arch.
 * @test: the running case.
 * @key: what was observed, one word.
 * @fmt: its value.
 *
 * Printed as "# <case>: observe: <key>=<value>".
 */
#define dcc_observe(test, key, fmt, ...) \
	kunit_info(test, "observe: %s=" fmt "\n", key, ##__VA_ARGS__)

#endif /* _DCC_CORE_H */
