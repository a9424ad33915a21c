// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_suite_lifecycle.c - suite "dcc_lifecycle": register, modify and
 * unregister, alone and racing callers on every CPU. Clause lifecycle.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/kallsyms.h>
#include <linux/module.h>
#include <linux/rcupdate.h>
#include <linux/smp.h>
#include <linux/utsname.h>
#include "dcc_core.h"

/* How long callers run in each phase, and the stress loop's bound. */
#define DCC_PHASE_MS		100
#define DCC_STRESS_MS		2000
#define DCC_STRESS_CYCLES	40

/*
 * Where the site in memory sends calls, for a late run's message: still to
 * one of the suite's trampolines (the kernel left it patched), nowhere (a
 * NOP: a CPU that still runs the old call runs code no longer in memory),
 * or on to the ftrace caller or another target.
 */
static const char *dcc_site_state(unsigned long site, char *buf, size_t len)
{
	if (dcc_is_tramp(site))
		return "the site still calls it in memory";
	if (!site)
		return "with the site unpatched in memory";
	snprintf(buf, len, "with the site calling %ps in memory", (void *)site);
	return buf;
}

/*
 * dcc_fail_late_unregister() - FAIL for @late runs of a trampoline after
 * @what returned, @inflight of them by calls begun before it returned.
 * Those in flight mean the kernel did not wait for the calls that had
 * loaded the old call (a missing grace period); the others, begun after,
 * mean calls are still routed to it, and the site in memory says how.
 */
static noinline void dcc_fail_late_unregister(struct kunit *test, const char *what, int late,
					      int inflight, unsigned long site)
{
	char buf[KSYM_SYMBOL_LEN + 32];

	if (late - inflight)
		KUNIT_FAIL(test,
			   "%s: trampoline entered %d times after unregister returned, by calls begun after it returned, %s",
			   what, late - inflight, dcc_site_state(site, buf, sizeof(buf)));
	if (inflight)
		KUNIT_FAIL(test,
			   "%s: trampoline entered %d times after unregister returned, each by a call begun before it returned: unregister did not wait for the calls in flight",
			   what, inflight);
}

/*
 * The premise of an under-load case failed: @body calls of @func while a
 * trampoline was attached to it, none entered it. noinline, as
 * dcc_fail_late_unregister(): the symbol buffer stays out of the case's
 * frame (with KASAN's redzones it took that frame past the kernel's
 * 1024-byte limit, PROFILE=debug).
 */
static noinline void dcc_fail_bypassed(struct kunit *test, int round, int body, void *func)
{
	char buf[KSYM_SYMBOL_LEN + 32];
	unsigned long site = dcc_arch_call_target((unsigned long)func);

	KUNIT_FAIL(test,
		   "round %d: %d calls of the function while the trampoline was attached, none entered it, %s",
		   round, body, dcc_site_state(site, buf, sizeof(buf)));
}

/*
 * Stop the callers and check what every call of theirs returned: no
 * argument or return value was clobbered on any path a call took while
 * the case changed the attachments under them.
 */
static long dcc_stop_callers(struct kunit *test, struct dcc_ctx *ctx)
{
	long calls = dcc_callers_stop(&ctx->callers);

	dcc_observe(test, "measured_calls", "%ld", calls);
	KUNIT_EXPECT_GT(test, calls, 0L);
	KUNIT_EXPECT_EQ_MSG(test, atomic_read(&ctx->callers.bad), 0,
			    "calls with a wrong return value (an argument or the return value clobbered)");
	return calls;
}

/*
 * dcc_modify_under_load - clause lifecycle.
 * modify_ftrace_direct() from A to B while kthreads on every CPU call the
 * function: every call runs exactly one trampoline (body calls = A hits +
 * B hits, so none lost or doubled), and once modify has returned no call
 * begun after it enters A, no call in flight does either (the kernel
 * waited for them), and the site no longer calls A. No test-side
 * synchronisation: the kernel's own must suffice.
 */
static void dcc_modify_under_load(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	int a0, b0, body0, late, inflight;
	unsigned long site;
	long calls;

	dcc_require_direct(test);
	dcc_tramp_revive(DCC_TRAMP_A);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_load, dcc_tramp_a), 0);
	a0 = dcc_hits(DCC_TRAMP_A);
	b0 = dcc_hits(DCC_TRAMP_B);
	body0 = dcc_victim_calls(DCC_V_LOAD);
	KUNIT_ASSERT_EQ(test, dcc_callers_start(test, &ctx->callers), 0);
	msleep(DCC_PHASE_MS);
	/*
	 * inject=early-retire: a kernel whose modify returned while it still
	 * routed calls to A, on purpose, to prove the check fails: A is
	 * retired first and the callers run on into it for 10 ms.
	 */
	if (dcc_injecting("early-retire")) {
		dcc_tramp_retire(DCC_TRAMP_A);
		msleep(DCC_PHASE_MS / 10);
	}
	KUNIT_EXPECT_EQ(test, dcc_direct_modify(&ctx->direct[0].ops,
						(unsigned long)dcc_tramp_b), 0);
	if (!dcc_injecting("early-retire"))
		dcc_tramp_retire(DCC_TRAMP_A);
	ctx->direct[0].addr = (unsigned long)dcc_tramp_b;
	msleep(DCC_PHASE_MS);
	calls = dcc_stop_callers(test, ctx);
	site = dcc_arch_call_target((unsigned long)dcc_victim_load);

	KUNIT_EXPECT_EQ(test, (long)(dcc_victim_calls(DCC_V_LOAD) - body0), calls);
	KUNIT_EXPECT_EQ(test, (long)(dcc_hits(DCC_TRAMP_A) - a0 + dcc_hits(DCC_TRAMP_B) - b0),
			calls);
	KUNIT_EXPECT_GT(test, dcc_hits(DCC_TRAMP_B) - b0, 0);
	/*
	 * Two kinds of late run (dcc_late_inflight()): a call begun after
	 * modify returned that still reached A means the kernel routes calls
	 * to it (a broken modify), and fails naming the site in memory; a
	 * call that had loaded A's address before modify switched it and ran
	 * A afterwards means modify returned without waiting for the calls
	 * in flight, a known race with its own message, which expect.tsv may
	 * name (RACEFAIL).
	 */
	late = dcc_late_hits(DCC_TRAMP_A);
	inflight = dcc_late_inflight(DCC_TRAMP_A);
	if (late) {
		dcc_observe(test, "late_runs_in_flight", "%d", inflight);
		dcc_observe(test, "late_runs_in_flight_preempted", "%d",
			    dcc_late_preempted(DCC_TRAMP_A));
	}
	if (late - inflight)
		KUNIT_FAIL(test,
			   "trampoline A entered %d times after modify to B returned, by calls begun after it returned, %s",
			   late - inflight, site == (unsigned long)dcc_tramp_a ?
			   "the site still calls it in memory" :
			   "with the site no longer calling it in memory");
	if (inflight)
		KUNIT_FAIL(test,
			   "trampoline A entered %d times after modify to B returned, each by a call begun before it returned: modify did not wait for the calls in flight",
			   inflight);
	KUNIT_EXPECT_NE_MSG(test, site, (unsigned long)dcc_tramp_a,
			    "the site still calls trampoline A after modify returned");
	/* CALL_OPS: the caller's fast path reads the trampoline from the ops. */
	if (dcc_arch_site_ops((unsigned long)dcc_victim_load))
		KUNIT_EXPECT_EQ_MSG(test, (unsigned long)DCC_OPS_DIRECT_CALL(&ctx->direct[0].ops),
				    (unsigned long)dcc_tramp_b,
				    "ops->direct_call is not trampoline B after modify returned");
	dcc_tramp_revive(DCC_TRAMP_A);
}

/*
 * dcc_reregister - clause lifecycle.
 * After unregister the trampoline runs no more; registering again works
 * and it runs again, with the arguments intact.
 */
static void dcc_reregister(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	int round, hits;

	dcc_require_direct(test);
	for (round = 0; round < 3; round++) {
		KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_other,
							dcc_tramp_a), 0);
		hits = dcc_hits(DCC_TRAMP_A);
		dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, round, 1, "registered again");
		KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
		KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
		hits = dcc_hits(DCC_TRAMP_A);
		dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, round, 1, "unregistered");
		KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 0);
	}
}

/*
 * dcc_second_direct_busy - clause lifecycle.
 * A second direct ops on a function that already has one gets -EBUSY, the
 * first keeps running; the failed ops, retried as it is once the first is
 * gone, registers cleanly (the -EBUSY comes before any setup; the retry
 * after a later failure is dcc_sharing.dcc_ipmodify_retry).
 */
static void dcc_second_direct_busy(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	int a, b, ret;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_other, dcc_tramp_a), 0);
	KUNIT_ASSERT_EQ(test, dcc_direct_set_filter(&ctx->direct[1], dcc_victim_other), 0);
	ret = dcc_direct_register_filtered(&ctx->direct[1], dcc_tramp_b);
	dcc_observe(test, "second_register", "%d", ret);
	KUNIT_EXPECT_EQ(test, ret, -EBUSY);

	a = dcc_hits(DCC_TRAMP_A);
	b = dcc_hits(DCC_TRAMP_B);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 1, 1, "first direct ops");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - a, 1);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_B) - b, 0);

	KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
	ret = dcc_direct_register_filtered(&ctx->direct[1], dcc_tramp_b);
	dcc_observe(test, "retry_register", "%d", ret);
	KUNIT_ASSERT_EQ_MSG(test, ret, 0, "retrying a failed registration");
	a = dcc_hits(DCC_TRAMP_A);
	b = dcc_hits(DCC_TRAMP_B);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 2, 1, "retried direct ops");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - a, 0);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_B) - b, 1);
}

/*
 * dcc_stress - clause lifecycle.
 * register / modify / modify back / unregister cycles, bounded in count and
 * time, racing callers on every CPU. Every call runs its body exactly once
 * with its arguments and at most one trampoline; once the last unregister
 * has returned no trampoline is entered and the site calls none (no
 * test-side synchronisation before the check).
 */
static void dcc_stress(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	unsigned long deadline = jiffies + msecs_to_jiffies(DCC_STRESS_MS);
	int a0, b0, body0, cycles = 0;
	/* Not on the stack: with KASAN redzones it would pass FRAME_WARN. */
	char *sym = kunit_kmalloc(test, KSYM_SYMBOL_LEN, GFP_KERNEL);
	unsigned long site;
	long calls, hits;

	KUNIT_ASSERT_NOT_NULL(test, sym);
	dcc_require_direct(test);
	dcc_tramp_revive(DCC_TRAMP_A);
	dcc_tramp_revive(DCC_TRAMP_B);
	a0 = dcc_hits(DCC_TRAMP_A);
	b0 = dcc_hits(DCC_TRAMP_B);
	body0 = dcc_victim_calls(DCC_V_LOAD);
	KUNIT_ASSERT_EQ(test, dcc_callers_start(test, &ctx->callers), 0);
	while (cycles < DCC_STRESS_CYCLES && time_before(jiffies, deadline)) {
		struct dcc_direct *d = &ctx->direct[0];

		if (dcc_direct_attach(d, dcc_victim_load, dcc_tramp_a)) {
			KUNIT_FAIL(test, "register failed in cycle %d", cycles);
			break;
		}
		KUNIT_EXPECT_EQ(test, dcc_direct_modify(&d->ops, (unsigned long)dcc_tramp_b), 0);
		d->addr = (unsigned long)dcc_tramp_b;
		KUNIT_EXPECT_EQ(test, dcc_direct_modify(&d->ops, (unsigned long)dcc_tramp_a), 0);
		d->addr = (unsigned long)dcc_tramp_a;
		KUNIT_EXPECT_EQ(test, dcc_direct_detach(d), 0);
		cycles++;
	}
	dcc_tramp_retire(DCC_TRAMP_A);
	dcc_tramp_retire(DCC_TRAMP_B);
	msleep(DCC_PHASE_MS);
	calls = dcc_stop_callers(test, ctx);
	hits = dcc_hits(DCC_TRAMP_A) - a0 + dcc_hits(DCC_TRAMP_B) - b0;

	dcc_observe(test, "measured_cycles", "%d", cycles);
	KUNIT_EXPECT_GT(test, cycles, 0);
	KUNIT_EXPECT_EQ(test, (long)(dcc_victim_calls(DCC_V_LOAD) - body0), calls);
	KUNIT_EXPECT_LE(test, hits, calls);
	site = dcc_arch_call_target((unsigned long)dcc_victim_load);
	dcc_symbol(sym, KSYM_SYMBOL_LEN, site);
	dcc_observe(test, "site_after_unregister", "%s", site ? sym : "nop");
	KUNIT_EXPECT_NE(test, site, (unsigned long)dcc_tramp_a);
	KUNIT_EXPECT_NE(test, site, (unsigned long)dcc_tramp_b);
	dcc_fail_late_unregister(test, "the last cycle",
				 dcc_late_hits(DCC_TRAMP_A) + dcc_late_hits(DCC_TRAMP_B),
				 dcc_late_inflight(DCC_TRAMP_A) +
				 dcc_late_inflight(DCC_TRAMP_B), site);
	dcc_tramp_revive(DCC_TRAMP_A);
	dcc_tramp_revive(DCC_TRAMP_B);
}

static const int dcc_shared_variants[] = { 0, 1 };

static void dcc_shared_desc(const int *shared, char *desc)
{
	strscpy(desc, *shared ? "shared" : "alone", KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(dcc_shared, dcc_shared_variants, dcc_shared_desc);

#define DCC_UNREGISTER_ROUNDS	5

/*
 * dcc_unregister_under_load - clause lifecycle.
 * With callers on every CPU, attach and unregister the trampoline several
 * times, alone on the function (called from the patch site) or shared with
 * a plain ops (reached through the ftrace caller), per the parameter:
 * while it is attached the callers run it (the premise of the race), and
 * once unregister has returned it is never entered again, with no
 * synchronisation of the test's own. A kernel that returns before its
 * grace period (calls in flight) or text sync (calls begun after) fails
 * here, each with its own reason.
 */
static void dcc_unregister_under_load(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	int shared = *(const int *)test->param_value;
	int round, late, inflight, hits, body, body0 = dcc_victim_calls(DCC_V_LOAD);
	char what[16];
	/*
	 * inject=unreached: a kernel whose register returned with the
	 * callers' site not calling the trampoline, simulated by attaching
	 * it to a function they never call, to prove the premise check
	 * fails on every arch.
	 */
	void *func = dcc_injecting("unreached") ? (void *)dcc_victim_other :
						  (void *)dcc_victim_load;
	unsigned long site;
	long calls;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_callers_start(test, &ctx->callers), 0);
	if (shared)
		KUNIT_ASSERT_EQ(test, dcc_ops_attach(&ctx->ops[0], dcc_victim_load, 0), 0);
	for (round = 0; round < DCC_UNREGISTER_ROUNDS; round++) {
		dcc_tramp_revive(DCC_TRAMP_A);
		KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], func, dcc_tramp_a), 0);
		hits = dcc_hits(DCC_TRAMP_A);
		body = dcc_victim_calls(DCC_V_LOAD);
		msleep(DCC_PHASE_MS / 5);
		hits = dcc_hits(DCC_TRAMP_A) - hits;
		body = dcc_victim_calls(DCC_V_LOAD) - body;
		/*
		 * The premise: calls race the unregister through the
		 * trampoline. Once attach returned, every call begun after it
		 * runs the trampoline; at most one call per caller can have
		 * begun before, so more calls than callers with no run of the
		 * trampoline means calls bypass an attached one. Timing-free:
		 * callers that made few calls prove nothing either way.
		 */
		if (!hits && body > ctx->callers.nr) {
			dcc_fail_bypassed(test, round, body, dcc_victim_load);
			break;
		}
		/*
		 * inject=early-retire: a kernel whose unregister returned with
		 * the trampoline still attached, on purpose, to prove the
		 * check fails on every arch: the detach comes after it.
		 */
		if (!dcc_injecting("early-retire"))
			KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
		dcc_tramp_retire(DCC_TRAMP_A);
		msleep(DCC_PHASE_MS / 5);
		late = dcc_late_hits(DCC_TRAMP_A);
		inflight = dcc_late_inflight(DCC_TRAMP_A);
		site = dcc_arch_call_target((unsigned long)dcc_victim_load);
		if (dcc_injecting("early-retire"))
			KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
		if (late) {
			/*
			 * Calls begun after unregister returned, with the site
			 * unpatched in memory and every CPU through the
			 * kernel's grace period: a CPU that still runs the old
			 * call executes code no longer in memory (an
			 * emulator's stale translation), said so for the
			 * arch's expect.tsv to name.
			 */
			snprintf(what, sizeof(what), "round %d", round);
			dcc_fail_late_unregister(test, what, late, inflight, site);
			break;
		}
	}
	calls = dcc_stop_callers(test, ctx);
	KUNIT_EXPECT_EQ(test, (long)(dcc_victim_calls(DCC_V_LOAD) - body0), calls);
	dcc_tramp_revive(DCC_TRAMP_A);
}

/*
 * dcc_share_under_load - clauses lifecycle, arg-integrity.
 * A trampoline attached while callers on every CPU call the function, and
 * a plain ops attached and detached again and again, so that the site
 * switches between calling the trampoline and the ftrace caller under the
 * callers' feet: every call runs the trampoline exactly once (hits = body
 * calls = calls), with its arguments and return value intact, and the ops
 * ran (the shared path was taken). The order of the two within a call is
 * not checked here (calls on every CPU at once; dcc_with_ops checks it).
 */
static void dcc_share_under_load(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	int hits0, body0, cycles, ops_hits = 0;
	long calls;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_load, dcc_tramp_a), 0);
	hits0 = dcc_hits(DCC_TRAMP_A);
	body0 = dcc_victim_calls(DCC_V_LOAD);
	KUNIT_ASSERT_EQ(test, dcc_callers_start(test, &ctx->callers), 0);
	for (cycles = 0; cycles < 10; cycles++) {
		KUNIT_ASSERT_EQ(test, dcc_ops_attach(&ctx->ops[0], dcc_victim_load, 0), 0);
		msleep(DCC_PHASE_MS / 10);
		KUNIT_ASSERT_EQ(test, dcc_ops_detach(&ctx->ops[0]), 0);
		/* dcc_ops_attach() resets the count. */
		ops_hits += atomic_read(&ctx->ops[0].hits);
		msleep(DCC_PHASE_MS / 10);
	}
	calls = dcc_stop_callers(test, ctx);
	KUNIT_EXPECT_GT_MSG(test, ops_hits, 0,
			    "the plain ops never ran: no call took the shared path");
	KUNIT_EXPECT_EQ(test, (long)(dcc_victim_calls(DCC_V_LOAD) - body0), calls);
	KUNIT_EXPECT_EQ_MSG(test, (long)(dcc_hits(DCC_TRAMP_A) - hits0), calls,
			    "trampoline runs differ from calls while the site switched paths");
}

/*
 * dcc_modify_shared_ops - clauses lifecycle, ordering, tramp-abi,
 * scratch-slot.
 * modify A to B while a plain ops shares the function (the call goes
 * through the ftrace caller): afterwards every call runs the ops and B
 * once, never A, with arguments and return value intact; the last call
 * ran the ops first and handed B its resume address and parent, and the
 * ops never saw the scratch slot hold anything but 0 or a trampoline.
 */
static void dcc_modify_shared_ops(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_ops *o = &ctx->ops[0];
	int a, b, ops_hits;

	dcc_require_direct(test);
	dcc_tramp_revive(DCC_TRAMP_A);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_other, dcc_tramp_a), 0);
	KUNIT_ASSERT_EQ(test, dcc_ops_attach(o, dcc_victim_other, 0), 0);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 0, 10, "shared, before modify");
	KUNIT_ASSERT_EQ(test, dcc_direct_modify(&ctx->direct[0].ops,
						(unsigned long)dcc_tramp_b), 0);
	dcc_tramp_retire(DCC_TRAMP_A);
	ctx->direct[0].addr = (unsigned long)dcc_tramp_b;
	a = dcc_hits(DCC_TRAMP_A);
	b = dcc_hits(DCC_TRAMP_B);
	ops_hits = atomic_read(&o->hits);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 10, 10, "shared, after modify");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - a, 0);
	KUNIT_EXPECT_EQ(test, dcc_late_hits(DCC_TRAMP_A), 0);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_B) - b, 10);
	KUNIT_EXPECT_EQ(test, atomic_read(&o->hits) - ops_hits, 10);
	dcc_expect_ops_first(test, o, DCC_TRAMP_B, b, "shared, after modify");
	dcc_expect_tramp_args(test, DCC_TRAMP_B, 19, "shared, after modify");
	dcc_expect_tramp_frame(test, DCC_TRAMP_B, (unsigned long)dcc_victim_other, DCC_V_OTHER,
			       "dcc_call10", "shared, after modify");
	dcc_expect_slot_clean(test, o, "shared, after modify");
	dcc_tramp_revive(DCC_TRAMP_A);
}

/*
 * dcc_modify_shared_ipmodify - clauses lifecycle, resume-untouched.
 * modify A to B while an IPMODIFY ops shares the function through
 * ops_func: afterwards B runs once per call, handed the modified resume
 * address, and the call resumes in the replacement, never in the
 * original. Guards 3e9a18e1c3e9 (after such a modify the unpatched
 * function ran).
 */
static void dcc_modify_shared_ipmodify(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_ops *o = &ctx->ops[0];
	int a, b, orig;

	dcc_require_direct(test);
	ctx->direct[0].share_ipmodify = true;
	o->redirect = (unsigned long)dcc_victim_replacement;
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_ipmod, dcc_tramp_a), 0);
	KUNIT_ASSERT_EQ(test, dcc_ops_attach(o, dcc_victim_ipmod, DCC_IPMODIFY_FLAGS), 0);
	KUNIT_ASSERT_EQ(test, dcc_direct_modify(&ctx->direct[0].ops,
						(unsigned long)dcc_tramp_b), 0);
	ctx->direct[0].addr = (unsigned long)dcc_tramp_b;
	a = dcc_hits(DCC_TRAMP_A);
	b = dcc_hits(DCC_TRAMP_B);
	orig = dcc_victim_calls(DCC_V_IPMOD);
	dcc_calls_check(test, dcc_victim_ipmod, DCC_V_REPLACEMENT, 0, 10,
			"IPMODIFY-shared, after modify");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - a, 0);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_B) - b, 10);
	KUNIT_EXPECT_EQ_MSG(test, dcc_victim_calls(DCC_V_IPMOD) - orig, 0,
			    "the original body ran after modify (3e9a18e1c3e9)");
	KUNIT_EXPECT_EQ(test, dcc_stats[DCC_TRAMP_B].last.resume_ip,
			(unsigned long)dcc_victim_replacement);
	dcc_expect_tramp_args(test, DCC_TRAMP_B, 9, "IPMODIFY-shared, after modify");
	dcc_expect_tramp_frame(test, DCC_TRAMP_B, 0, DCC_V_REPLACEMENT, "dcc_call10",
			       "IPMODIFY-shared, after modify");
	dcc_expect_slot_clean(test, o, "IPMODIFY-shared, after modify");
}

/*
 * dcc_two_directs_one_tramp - clause lifecycle.
 * Two direct ops on disjoint functions with the same trampoline: both
 * register, each call reaches it with its own function's resume address;
 * unregistering one leaves the other attached.
 */
static void dcc_two_directs_one_tramp(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_tramp_frame *last = &dcc_stats[DCC_TRAMP_A].last;
	unsigned long other = (unsigned long)dcc_victim_other;
	unsigned long probe = (unsigned long)dcc_victim_probe;
	int hits;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_other, dcc_tramp_a), 0);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[1], dcc_victim_probe, dcc_tramp_a), 0);
	hits = dcc_hits(DCC_TRAMP_A);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 1, 1, "first ops");
	KUNIT_EXPECT_TRUE(test, last->resume_ip > other &&
			  last->resume_ip <= other + DCC_ARCH_MAX_RESUME_OFFSET);
	dcc_calls_check(test, dcc_victim_probe, DCC_V_PROBE, 2, 1, "second ops");
	KUNIT_EXPECT_TRUE(test, last->resume_ip > probe &&
			  last->resume_ip <= probe + DCC_ARCH_MAX_RESUME_OFFSET);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 2);

	KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
	hits = dcc_hits(DCC_TRAMP_A);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 3, 1, "first ops gone");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 0);
	dcc_calls_check(test, dcc_victim_probe, DCC_V_PROBE, 4, 1, "second ops still there");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
}

/*
 * dcc_ops_reuse - clause lifecycle.
 * The same ftrace_ops, unregistered with its filter kept, is given a new
 * filter (reset to another function) and a new trampoline and registered
 * again, as BPF reuses its ops: the new function reaches the new
 * trampoline, the old function nothing. Under PROFILE=debug, KASAN sees
 * any use of a hash the kernel freed. (Reuse after ftrace_free_filter()
 * is a use-after-free by the API's design: it leaves the hash pointers
 * dangling; found by this case's first version.)
 */
static void dcc_ops_reuse(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_direct *d = &ctx->direct[0];
	int a, b, ret;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(d, dcc_victim_other, dcc_tramp_a), 0);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 1, 1, "first use");
	/* Unregistered here; the filter stays for the exit handler to free. */
	d->registered = false;
	KUNIT_ASSERT_EQ(test, dcc_direct_unregister_keep(&d->ops, d->addr), 0);
	KUNIT_ASSERT_EQ(test, ftrace_set_filter_ip(&d->ops, (unsigned long)dcc_victim_probe,
						   0, 1), 0);
	ret = dcc_direct_register_filtered(d, dcc_tramp_b);
	dcc_observe(test, "reuse_register", "%d", ret);
	KUNIT_ASSERT_EQ(test, ret, 0);
	a = dcc_hits(DCC_TRAMP_A);
	b = dcc_hits(DCC_TRAMP_B);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 2, 1, "old function after reuse");
	dcc_calls_check(test, dcc_victim_probe, DCC_V_PROBE, 3, 1, "new function after reuse");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - a, 0);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_B) - b, 1);
	KUNIT_EXPECT_EQ(test, dcc_stats[DCC_TRAMP_B].last.parent_ip != 0, true);
}

/*
 * dcc_modify_unregistered - clause lifecycle.
 * modify on a direct ops that was never registered, or was unregistered,
 * is refused (-EINVAL) and attaches nothing.
 */
static void dcc_modify_unregistered(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_direct *d = &ctx->direct[0];
	int a, b, ret;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_direct_set_filter(d, dcc_victim_other), 0);
	ret = dcc_direct_modify(&d->ops, (unsigned long)dcc_tramp_b);
	dcc_observe(test, "modify_never_registered", "%d", ret);
	KUNIT_EXPECT_EQ(test, ret, -EINVAL);
	KUNIT_ASSERT_EQ(test, dcc_direct_register_filtered(d, dcc_tramp_a), 0);
	KUNIT_ASSERT_EQ(test, dcc_direct_detach(d), 0);
	ret = dcc_direct_modify(&d->ops, (unsigned long)dcc_tramp_b);
	dcc_observe(test, "modify_unregistered", "%d", ret);
	KUNIT_EXPECT_EQ(test, ret, -EINVAL);
	a = dcc_hits(DCC_TRAMP_A);
	b = dcc_hits(DCC_TRAMP_B);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 1, 1, "after the refused modify");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - a, 0);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_B) - b, 0);
}

/*
 * dcc_register_empty_filter - clause lifecycle.
 * A direct ops whose filter is empty (its one function removed again) is
 * refused (-EINVAL) and attaches nothing.
 */
static void dcc_register_empty_filter(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_direct *d = &ctx->direct[0];
	int a, ret;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_direct_set_filter(d, dcc_victim_other), 0);
	KUNIT_ASSERT_EQ(test, ftrace_set_filter_ip(&d->ops, (unsigned long)dcc_victim_other,
						   1, 0), 0);
	ret = dcc_direct_register_filtered(d, dcc_tramp_a);
	dcc_observe(test, "register_empty", "%d", ret);
	KUNIT_EXPECT_EQ(test, ret, -EINVAL);
	a = dcc_hits(DCC_TRAMP_A);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 1, 1, "after the refused register");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - a, 0);
}

#define DCC_MOD_NAME		"dcc_victim_mod"
#define DCC_MOD_FN		"dcc_victim_mod_fn"

/*
 * dcc_module_lifecycle - clause lifecycle.
 * A victim module loaded and unloaded module_rounds= times (default
 * DCC_MODULE_ROUNDS: from the second round on, the module's text sits where
 * an earlier round's did, so its ftrace records and the direct hash are
 * reused every round; first_text_reuse_round says when that began), a trampoline
 * attached to its function and detached each time. While the suite holds
 * the function (and so the module) the module cannot be unloaded; once the
 * trampoline is detached and the module released it unloads, and at the
 * end it is gone. The module is driven through the guest's /init.
 */
static void dcc_module_lifecycle(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	int round, ret, hits, rounds = dcc_module_rounds(), first_reuse = -1, i;
	long (*fn)(long x);
	void **seen;

	dcc_require_direct(test);
	KUNIT_ASSERT_GT_MSG(test, rounds, 0, "module_rounds= must be a number from 1 to 1000");
	if (!IS_ENABLED(CONFIG_MODULES))
		kunit_skip(test, "no CONFIG_MODULES: no victim module to load");
	seen = kunit_kcalloc(test, rounds, sizeof(*seen), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, seen);
	for (round = 0; round < rounds; round++) {
		ret = dcc_helper("load", DCC_MOD_NAME, NULL, NULL);
		/* Only before anything was asserted: a later -errno is a FAIL. */
		if (round == 0 && ret < 0)
			kunit_skip(test, "no userspace helper to load modules (%d)", ret);
		KUNIT_ASSERT_EQ_MSG(test, ret, 0, "round %d: loading %s", round, DCC_MOD_NAME);
		fn = dcc_module_symbol_get(DCC_MOD_FN);
		KUNIT_ASSERT_NOT_NULL(test, fn);
		/* The first round whose function sits where an earlier one's did. */
		seen[round] = fn;
		for (i = 0; i < round && first_reuse < 0; i++)
			if (seen[i] == fn)
				first_reuse = round;
		ret = dcc_direct_attach(&ctx->direct[0], fn, dcc_tramp_a);
		if (ret) {
			dcc_module_symbol_put(DCC_MOD_FN);
			KUNIT_ASSERT_EQ_MSG(test, ret, 0, "round %d: attach", round);
		}
		hits = dcc_hits(DCC_TRAMP_A);
		KUNIT_EXPECT_EQ(test, fn(round), round * 7L + 1);
		KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
		KUNIT_EXPECT_NE_MSG(test, dcc_helper("unload", DCC_MOD_NAME, NULL, NULL), 0,
				    "round %d: unloaded while its function was held", round);
		KUNIT_EXPECT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
		dcc_module_symbol_put(DCC_MOD_FN);
		ret = dcc_helper("unload", DCC_MOD_NAME, NULL, NULL);
		KUNIT_ASSERT_EQ_MSG(test, ret, 0, "round %d: unload after detach", round);
	}
	KUNIT_EXPECT_NE_MSG(test, dcc_helper("find", "/proc/modules", DCC_MOD_NAME, " "), 0,
			    "%s still loaded at the end", DCC_MOD_NAME);
	dcc_observe(test, "measured_rounds", "%d", round);
	dcc_observe(test, "first_text_reuse_round", "%d", first_reuse);
}

/*
 * The multi-function direct API (update_ftrace_direct_add/mod/del, 7.0+):
 * one ops, a trampoline per function, looked up by ip. It is not exported,
 * so only a built-in suite can call it; ftrace.h declares it with no macro
 * to test, so Kbuild looks for it in the tree (DCC_HAVE_UPDATE_DIRECT).
 */
#if defined(DCC_HAVE_UPDATE_DIRECT) && !defined(MODULE)

static struct ftrace_ops dcc_update_ops;

/* A trampoline's address, as the update hashes hold them. */
typedef void (*dcc_tramp_fn)(void);

/*
 * Apply one update (add, mod or del) of @n functions to trampolines: a
 * hash of ip -> trampoline, which the kernel copies.
 */
static int dcc_update_direct(int (*update)(struct ftrace_ops *ops, struct ftrace_hash *hash),
			     void *const *funcs, const dcc_tramp_fn *tramps, int n)
{
	struct ftrace_hash *hash = alloc_ftrace_hash(FTRACE_HASH_DEFAULT_BITS);
	int i, ret;

	if (!hash)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		unsigned long ip = ftrace_location((unsigned long)funcs[i]);

		if (!ip || !add_ftrace_hash_entry_direct(hash, ip, (unsigned long)tramps[i])) {
			free_ftrace_hash(hash);
			return ip ? -ENOMEM : -ENOENT;
		}
	}
	ret = update(&dcc_update_ops, hash);
	free_ftrace_hash(hash);
	return ret;
}

static int dcc_update_direct_mod(struct ftrace_ops *ops, struct ftrace_hash *hash)
{
	return update_ftrace_direct_mod(ops, hash, true);
}

/*
 * Call @fn DCC_UPDATE_CALLS times; its trampoline @id (or none, -1) must
 * run once per call and see the arguments, the other one never.
 */
#define DCC_UPDATE_CALLS	10

static void dcc_update_expect(struct kunit *test, dcc_victim10_t fn, enum dcc_victim_id body,
			      int id, long seed, const char *path)
{
	int a = dcc_hits(DCC_TRAMP_A), b = dcc_hits(DCC_TRAMP_B);

	dcc_calls_check(test, fn, body, seed, DCC_UPDATE_CALLS, path);
	a = dcc_hits(DCC_TRAMP_A) - a;
	b = dcc_hits(DCC_TRAMP_B) - b;
	/* The counts in the first line: it is the reason expect.tsv reads. */
	if (a != (id == DCC_TRAMP_A ? DCC_UPDATE_CALLS : 0))
		KUNIT_FAIL(test, "%s: trampoline A ran %d times for %d calls",
			   path, a, DCC_UPDATE_CALLS);
	if (b != (id == DCC_TRAMP_B ? DCC_UPDATE_CALLS : 0))
		KUNIT_FAIL(test, "%s: trampoline B ran %d times for %d calls",
			   path, b, DCC_UPDATE_CALLS);
	/* The last run's registers, if the expected trampoline ran at all. */
	if ((id == DCC_TRAMP_A && a) || (id == DCC_TRAMP_B && b))
		dcc_expect_tramp_args(test, id, seed + DCC_UPDATE_CALLS - 1, path);
}

static void dcc_update_direct_run(struct kunit *test)
{
	static void *const both[] = { dcc_victim_other, dcc_victim_args10 };
	static const dcc_tramp_fn a_b[] = { dcc_tramp_a, dcc_tramp_b };
	static const dcc_tramp_fn b_b[] = { dcc_tramp_b, dcc_tramp_b };
	struct dcc_ctx *ctx = test->priv;
	struct dcc_ops *o = &ctx->ops[0];
	char sym[KSYM_SYMBOL_LEN];
	int ops_hits, hits, ret;

	KUNIT_ASSERT_EQ(test, dcc_update_direct(update_ftrace_direct_add, both, a_b, 2), 0);
	dcc_symbol(sym, sizeof(sym), DCC_OPS_DIRECT_CALL(&dcc_update_ops));
	dcc_observe(test, "ops_direct_call", "%s",
		    DCC_OPS_DIRECT_CALL(&dcc_update_ops) ? sym : "0");
	dcc_update_expect(test, dcc_victim_other, DCC_V_OTHER, DCC_TRAMP_A, 0, "alone, A");
	dcc_update_expect(test, dcc_victim_args10, DCC_V_ARGS10, DCC_TRAMP_B, 20, "alone, B");

	KUNIT_EXPECT_EQ(test, dcc_ops_attach(o, dcc_victim_other, 0), 0);
	ops_hits = atomic_read(&o->hits);
	hits = dcc_hits(DCC_TRAMP_A);
	dcc_update_expect(test, dcc_victim_other, DCC_V_OTHER, DCC_TRAMP_A, 40, "shared, A");
	KUNIT_EXPECT_EQ(test, atomic_read(&o->hits) - ops_hits, DCC_UPDATE_CALLS);
	dcc_expect_ops_first(test, o, DCC_TRAMP_A, hits, "shared, A");

	ret = dcc_update_direct(dcc_update_direct_mod, both, b_b, 1);
	KUNIT_EXPECT_EQ(test, ret, 0);
	dcc_update_expect(test, dcc_victim_other, DCC_V_OTHER, ret ? DCC_TRAMP_A : DCC_TRAMP_B, 60,
			  "shared, modified to B");
	KUNIT_EXPECT_EQ(test, dcc_ops_detach(o), 0);
	dcc_update_expect(test, dcc_victim_other, DCC_V_OTHER, ret ? DCC_TRAMP_A : DCC_TRAMP_B, 80,
			  "alone, modified to B");

	KUNIT_ASSERT_EQ(test, dcc_update_direct(update_ftrace_direct_del, both,
						ret ? a_b : b_b, 2), 0);
	KUNIT_EXPECT_FALSE(test, dcc_update_ops.flags & FTRACE_OPS_FL_ENABLED);
	dcc_update_expect(test, dcc_victim_other, DCC_V_OTHER, -1, 100, "deleted");
	dcc_update_expect(test, dcc_victim_args10, DCC_V_ARGS10, -1, 120, "deleted");
}

static void dcc_update_direct_jmp_run(struct kunit *test)
{
	static void *const func[] = { dcc_victim_other };
	dcc_tramp_fn tramp[1];
	struct dcc_ctx *ctx = test->priv;
	struct dcc_ops *o = &ctx->ops[0];
	unsigned long jmp = dcc_arch_jmp_tramp((unsigned long)dcc_victim_other);
	int ops_hits, hits;

	if (!IS_ENABLED(CONFIG_DYNAMIC_FTRACE_WITH_JMP))
		kunit_skip(test, "%s %s: no DYNAMIC_FTRACE_WITH_JMP", DCC_ARCH_NAME,
			   init_utsname()->release);
	KUNIT_ASSERT_NE_MSG(test, jmp, 0UL,
			    "the kernel has jmp mode but the %s backend has no jmp trampoline",
			    DCC_ARCH_NAME);
	tramp[0] = (dcc_tramp_fn)ftrace_jmp_set(jmp);
	KUNIT_ASSERT_EQ(test, dcc_update_direct(update_ftrace_direct_add, func, tramp, 1), 0);
	dcc_observe(test, "site_opcode", "%#x",
		    *(u8 *)ftrace_location((unsigned long)dcc_victim_other));
	dcc_update_expect(test, dcc_victim_other, DCC_V_OTHER, DCC_TRAMP_A, 0, "jmp, alone");
	KUNIT_EXPECT_EQ(test, dcc_ops_attach(o, dcc_victim_other, 0), 0);
	ops_hits = atomic_read(&o->hits);
	hits = dcc_hits(DCC_TRAMP_A);
	dcc_update_expect(test, dcc_victim_other, DCC_V_OTHER, DCC_TRAMP_A, 20, "jmp, shared");
	KUNIT_EXPECT_EQ(test, atomic_read(&o->hits) - ops_hits, DCC_UPDATE_CALLS);
	dcc_expect_ops_first(test, o, DCC_TRAMP_A, hits, "jmp, shared");
	KUNIT_EXPECT_EQ(test, dcc_ops_detach(o), 0);
	dcc_update_expect(test, dcc_victim_other, DCC_V_OTHER, DCC_TRAMP_A, 40, "jmp, alone again");
	KUNIT_ASSERT_EQ(test, dcc_update_direct(update_ftrace_direct_del, func, tramp, 1), 0);
	dcc_update_expect(test, dcc_victim_other, DCC_V_OTHER, -1, 60, "jmp, deleted");
}
#else
/* Never reached: dcc_require_update_direct() skips first. */
static void dcc_update_direct_run(struct kunit *test)
{
}

static void dcc_update_direct_jmp_run(struct kunit *test)
{
}
#endif

/* SKIP (with the reason) where the multi-function direct API cannot be called. */
static void dcc_require_update_direct(struct kunit *test)
{
	dcc_require_direct(test);
#if !defined(DCC_HAVE_UPDATE_DIRECT)
	kunit_skip(test, "Linux %s has no update_ftrace_direct_*() (7.0+)",
		   init_utsname()->release);
#elif defined(MODULE)
	kunit_skip(test, "update_ftrace_direct_*() not exported: built-in payload only");
#endif
}

/*
 * dcc_update_direct_api - clauses lifecycle, ordering, arg-integrity.
 * The multi-function direct API (7.0+, built-in payload only): one ops
 * carrying two functions, each with its own trampoline. Each function
 * runs its own trampoline once per call, with its arguments, alone and
 * shared with a plain ops (the ftrace caller's hand-off); modify moves one
 * function to the other trampoline while shared; delete leaves neither
 * running and the ops unregistered.
 */
static void dcc_update_direct_api(struct kunit *test)
{
	dcc_require_update_direct(test);
	dcc_update_direct_run(test);
}

/*
 * dcc_update_direct_jmp - clauses tramp-abi, ordering, arg-integrity.
 * Jmp mode (7.x, DYNAMIC_FTRACE_WITH_JMP: x86_64): a trampoline attached
 * through update_ftrace_direct_add() with bit 0 set is entered by a jump,
 * from the patch site alone or from the ftrace caller's RET when shared
 * with a plain ops, and continues the function itself. Either way it runs
 * once per call with the arguments, the body once, and the return value
 * reaches the caller intact.
 */
static void dcc_update_direct_jmp(struct kunit *test)
{
	dcc_require_update_direct(test);
	dcc_update_direct_jmp_run(test);
}

static struct kunit_case dcc_lifecycle_cases[] = {
	DCC_CASE(dcc_modify_under_load, "lifecycle arg-integrity", "-",
		 "modify A to B with callers on every CPU: no lost or doubled call, arguments intact, A never entered after modify returns (no test-side sync): by a call begun after it, a FAIL naming the site in memory; by a call in flight (its address loaded before the switch), a FAIL of its own reason; where CALL_OPS, direct_call is B"
	),
	DCC_CASE(dcc_update_direct_api, "lifecycle ordering arg-integrity", "-",
		 "update_ftrace_direct_add/mod/del (7.0+, built-in payload only): a trampoline per function, each once per call with its arguments, alone and shared with a plain ops; modify while shared; delete unregisters"
	),
	DCC_CASE(dcc_update_direct_jmp, "tramp-abi ordering arg-integrity", "-",
		 "jmp mode (7.x x86_64, built-in payload only): a trampoline entered by a jump, alone and shared with a plain ops, once per call with its arguments, body once, return value intact"
	),
	DCC_CASE(dcc_reregister, "lifecycle", "-",
		 "unregister stops it, register again works"),
	DCC_CASE(dcc_second_direct_busy, "lifecycle", "-",
		 "second direct ops gets -EBUSY; the failed ops retries cleanly"),
	DCC_CASE_SLOW(dcc_stress, "lifecycle arg-integrity", "-",
		      "register/modify/unregister cycles racing callers; no trampoline entered after the last unregister returns (no test-side sync)"
	),
	DCC_CASE_PARAM(dcc_unregister_under_load, dcc_shared_gen_params, "lifecycle", "-",
		       "alone and shared, callers on every CPU: while attached their calls run the trampoline (more calls than callers with none through it fail); after unregister returns it is never entered, by calls in flight or begun after (no test-side sync)"
	),
	DCC_CASE(dcc_share_under_load, "lifecycle arg-integrity", "-",
		 "a plain ops attached and detached under callers: every call runs the trampoline exactly once across the path switches, and the ops ran"
	),
	DCC_CASE(dcc_modify_shared_ops, "lifecycle ordering tramp-abi scratch-slot", "-",
		 "modify A to B with a plain ops attached: ops and B once per call, ops first, never A, arguments, resume address and parent intact, slot cleared or trampoline"
	),
	DCC_CASE(dcc_modify_shared_ipmodify, "lifecycle resume-untouched tramp-abi scratch-slot",
		 "3e9a18e1c3e9",
		 "modify A to B while IPMODIFY-shared: B once per call, handed the modified address and the parent, the original never runs; slot cleared or trampoline"
	),
	DCC_CASE(dcc_two_directs_one_tramp, "lifecycle", "-",
		 "two direct ops on disjoint functions with one trampoline: each routed with its own ip, one unregistered leaves the other"
	),
	DCC_CASE(dcc_ops_reuse, "lifecycle", "-",
		 "an unregistered ops given a new filter and trampoline registers again; the old function is left alone"
	),
	DCC_CASE(dcc_modify_unregistered, "lifecycle", "-",
		 "modify on a never-registered or unregistered ops: -EINVAL, nothing attached"),
	DCC_CASE(dcc_register_empty_filter, "lifecycle", "-",
		 "register with an empty filter: -EINVAL, nothing attached"),
	DCC_CASE_SLOW(dcc_module_lifecycle, "lifecycle", "-",
		      "a victim module loaded/unloaded 20 times (`LIFECYCLE_ROUNDS`), attach/detach each time; cannot unload while held; no leak (kmemleak.scan, PROFILE=debug); observed, not asserted: the first round whose text sits where an earlier round's did"
	),
	{}
};

struct kunit_suite dcc_lifecycle_suite = {
	.name = "dcc_lifecycle",
	.suite_init = dcc_suite_init,
	.init = dcc_case_init,
	.exit = dcc_case_exit,
	.test_cases = dcc_lifecycle_cases,
};

kunit_test_suite(dcc_lifecycle_suite);
