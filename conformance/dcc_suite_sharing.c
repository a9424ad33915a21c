// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_suite_sharing.c - suite "dcc_sharing": a direct trampoline sharing a
 * function with other ftrace users: plain and SAVE_REGS ops, kprobes, and
 * IPMODIFY ops, the case the t1 scheme exists for. Clauses ordering,
 * scratch-slot and resume-untouched.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/delay.h>
#include <linux/kallsyms.h>
#include <linux/kprobes.h>
#include <linux/utsname.h>
#include "dcc_core.h"

/*
 * dcc_with_ops - clauses ordering, scratch-slot.
 * A plain ops (the function tracer's kind, no SAVE_REGS) and a direct
 * trampoline on one function, registered in both orders: both run once per
 * call, the ops first. White-box: the ops sees the scratch slot either
 * cleared (it ran before call_direct_funcs) or holding the trampoline
 * (after), never anything else, and cleared in at least one order. Guards
 * a8b9cf62ade1 ("ftrace: Fix DIRECT_CALLS to use SAVE_REGS by default") and
 * bdbddb109c75, without which x86 skipped the trampoline here.
 */
static void dcc_with_ops(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_ops *o = &ctx->ops[0];
	bool saw_cleared = false;
	int order, i;

	dcc_require_direct(test);
	for (order = 0; order < 2; order++) {
		int hits, ops_hits, body;

		if (order == 0) {
			KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_other,
								dcc_tramp_a), 0);
			KUNIT_ASSERT_EQ(test, dcc_ops_attach(o, dcc_victim_other, 0), 0);
		} else {
			KUNIT_ASSERT_EQ(test, dcc_ops_attach(o, dcc_victim_other, 0), 0);
			KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_other,
								dcc_tramp_a), 0);
		}
		hits = dcc_hits(DCC_TRAMP_A);
		ops_hits = atomic_read(&o->hits);
		body = dcc_victim_calls(DCC_V_OTHER);
		for (i = 0; i < DCC_CALLS; i++) {
			if (dcc_victim_other(i) != i - 7) {
				KUNIT_FAIL(test, "order %d call %d: wrong return value", order, i);
				break;
			}
			if (o->seq > dcc_stats[DCC_TRAMP_A].seq) {
				KUNIT_FAIL(test, "order %d call %d: trampoline before the ops",
					   order, i);
				break;
			}
		}
		KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, DCC_CALLS);
		KUNIT_EXPECT_EQ(test, atomic_read(&o->hits) - ops_hits, DCC_CALLS);
		KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_OTHER) - body, DCC_CALLS);
		KUNIT_EXPECT_EQ_MSG(test, atomic_read(&o->slot_other), 0,
				    "scratch slot held neither 0 nor a trampoline");
		if (o->slot != DCC_SLOT_UNREADABLE) {
			dcc_observe(test, order ? "slot_ops_first" : "slot_direct_first", "%s",
				    o->slot ? "trampoline" : "cleared");
			saw_cleared |= !o->slot;
		}
		KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
		/* Alone again, the ops must not jump anywhere (a stale slot would). */
		KUNIT_EXPECT_EQ(test, dcc_victim_other(5), -2);
		KUNIT_ASSERT_EQ(test, dcc_ops_detach(o), 0);
	}
	if (DCC_HAVE_DIRECT_CALLS && o->slot != DCC_SLOT_UNREADABLE)
		KUNIT_EXPECT_TRUE_MSG(test, saw_cleared,
				      "no ops ever saw the scratch slot cleared on entry");
}

/*
 * dcc_with_save_regs_ops - clause ordering.
 * A SAVE_REGS ops next to the trampoline, where the arch has
 * DYNAMIC_FTRACE_WITH_REGS: it gets full pt_regs, both run once per call.
 * Elsewhere (arm64, riscv since 6.10) registering it must fail -EINVAL.
 */
static void dcc_with_save_regs_ops(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_ops *o = &ctx->ops[0];
	int hits, ops_hits, ret;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_other, dcc_tramp_a), 0);
	ret = dcc_ops_attach(o, dcc_victim_other, FTRACE_OPS_FL_SAVE_REGS);
	dcc_observe(test, "register", "%d", ret);
	if (!DCC_HAVE_SAVE_REGS_OPS) {
		KUNIT_EXPECT_EQ(test, ret, -EINVAL);
		kunit_skip(test, "%s %s: no DYNAMIC_FTRACE_WITH_REGS, SAVE_REGS ops refused",
			   DCC_ARCH_NAME, init_utsname()->release);
	}
	KUNIT_ASSERT_EQ(test, ret, 0);
	hits = dcc_hits(DCC_TRAMP_A);
	ops_hits = atomic_read(&o->hits);
	KUNIT_EXPECT_EQ(test, dcc_victim_other(1), -6);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	KUNIT_EXPECT_EQ(test, atomic_read(&o->hits) - ops_hits, 1);
	KUNIT_EXPECT_LT(test, o->seq, dcc_stats[DCC_TRAMP_A].seq);
}

/*
 * dcc_with_fgraph - clause ordering.
 * The function_graph tracer (through tracefs) and a direct trampoline on
 * one function: the trampoline runs once per call, the body once, and the
 * graph tracer records both the entry and the return of the call, so both
 * its hooks ran. The parent address the trampoline
 * gets is observed (the graph tracer's return hook where it hooks first).
 * tracefs is driven through the guest's /init as a usermode helper.
 */
static void dcc_with_fgraph(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	char sym[KSYM_SYMBOL_LEN];
	int hits, body, ret;

	dcc_require_direct(test);
	if (!IS_ENABLED(CONFIG_FUNCTION_GRAPH_TRACER))
		kunit_skip(test, "%s %s: no FUNCTION_GRAPH_TRACER", DCC_ARCH_NAME,
			   init_utsname()->release);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_other, dcc_tramp_a), 0);
	ret = dcc_tracefs_write("set_graph_function", "dcc_victim_other");
	if (ret < 0)
		kunit_skip(test, "no userspace helper to drive tracefs (%d)", ret);
	KUNIT_ASSERT_EQ_MSG(test, ret, 0, "writing set_graph_function");
	ctx->tracer_set = true;
	/*
	 * An interrupt inside the call would make it a non-leaf; and only the
	 * function itself, not what KASAN or kmemleak run inside it, so
	 * that its lines stay within what the helper reads of the trace.
	 */
	KUNIT_ASSERT_EQ(test, dcc_tracefs_write("options/funcgraph-irqs", "0"), 0);
	KUNIT_ASSERT_EQ(test, dcc_tracefs_write("max_graph_depth", "1"), 0);
	KUNIT_ASSERT_EQ(test, dcc_tracefs_write("trace", ""), 0);
	KUNIT_ASSERT_EQ(test, dcc_tracefs_write("current_tracer", "function_graph"), 0);

	hits = dcc_hits(DCC_TRAMP_A);
	body = dcc_victim_calls(DCC_V_OTHER);
	KUNIT_EXPECT_EQ(test, dcc_victim_other(3), -4);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_OTHER) - body, 1);
	dcc_symbol(sym, sizeof(sym), dcc_stats[DCC_TRAMP_A].last.parent_ip);
	dcc_observe(test, "parent", "%s", sym);

	/* Entry and return of dcc_victim_other both in the graph trace. */
	ret = dcc_helper("graph", "/sys/kernel/tracing/trace", "dcc_victim_other", NULL);
	KUNIT_EXPECT_EQ_MSG(test, ret, 0,
			    "function_graph did not record dcc_victim_other returning");
	if (ret)
		dcc_helper("show", "/sys/kernel/tracing/trace", NULL, NULL);
	/* Switching the tracer resets the buffer: only after reading it. */
	KUNIT_EXPECT_EQ(test, dcc_tracefs_write("current_tracer", "nop"), 0);
}

/* How an entry kprobe works on this kernel, from the arch facts. */
static const char *dcc_kprobe_mechanism(void)
{
	if (IS_ENABLED(CONFIG_KPROBES_ON_FTRACE))
		return "ftrace";
	return DCC_ARCH_SITE_AT_ENTRY ? "refused" : "breakpoint";
}

static int dcc_kp_seq;
static atomic_t dcc_kp_pre, dcc_kp_post;

static int dcc_kp_pre_handler(struct kprobe *p, struct pt_regs *regs)
{
	dcc_kp_seq = dcc_next_seq();
	atomic_inc(&dcc_kp_pre);
	return 0;
}

static void dcc_kp_post_handler(struct kprobe *p, struct pt_regs *regs, unsigned long flags)
{
	atomic_inc(&dcc_kp_post);
}

static void dcc_kprobe_case(struct kunit *test, bool post)
{
	struct dcc_ctx *ctx = test->priv;
	const char *mech = dcc_kprobe_mechanism();
	int hits, pre, posts, ret;

	dcc_require_direct(test);
	dcc_observe(test, "mechanism", "%s", mech);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_probe, dcc_tramp_a), 0);
	memset(&ctx->kp, 0, sizeof(ctx->kp));
	ctx->kp.addr = (kprobe_opcode_t *)dcc_victim_probe;
	ctx->kp.pre_handler = dcc_kp_pre_handler;
	if (post)
		ctx->kp.post_handler = dcc_kp_post_handler;
	ret = register_kprobe(&ctx->kp);
	dcc_observe(test, "register", "%d", ret);
	if (!strcmp(mech, "refused")) {
		KUNIT_EXPECT_EQ(test, ret, -EINVAL);
		kunit_skip(test,
			   "%s %s: entry kprobe on the ftrace site refused (-EINVAL), no KPROBES_ON_FTRACE",
			   DCC_ARCH_NAME, init_utsname()->release);
	}
	if (post && !strcmp(mech, "ftrace")) {
		/* An IPMODIFY kprobe against a direct ops without ops_func. */
		KUNIT_EXPECT_EQ(test, ret, -EBUSY);
		if (!ret)
			unregister_kprobe(&ctx->kp);
		return;
	}
	KUNIT_ASSERT_EQ(test, ret, 0);
	ctx->kp_registered = true;
	hits = dcc_hits(DCC_TRAMP_A);
	pre = atomic_read(&dcc_kp_pre);
	posts = atomic_read(&dcc_kp_post);
	KUNIT_EXPECT_EQ(test, dcc_victim_probe(7), 21);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	KUNIT_EXPECT_EQ(test, atomic_read(&dcc_kp_pre) - pre, 1);
	KUNIT_EXPECT_EQ(test, atomic_read(&dcc_kp_post) - posts, post ? 1 : 0);
	KUNIT_EXPECT_LT(test, dcc_kp_seq, dcc_stats[DCC_TRAMP_A].seq);
}

/*
 * dcc_kprobe_entry - clause ordering.
 * A kprobe (pre_handler only) at the entry of a direct-called function:
 * both fire once per call, the kprobe first. The mechanism is an arch fact:
 * ftrace-based with KPROBES_ON_FTRACE, a breakpoint before the patch site
 * on arm64, refused on riscv 6.12.
 */
static void dcc_kprobe_entry(struct kunit *test)
{
	dcc_kprobe_case(test, false);
}

/*
 * dcc_kprobe_post - clause resume-untouched.
 * The same with a post_handler: on ftrace-based kprobes that is an IPMODIFY
 * ops, refused (-EBUSY) next to a direct ops without ops_func; a breakpoint
 * kprobe works and both handlers run.
 */
static void dcc_kprobe_post(struct kunit *test)
{
	dcc_kprobe_case(test, true);
}

/* Attach the redirecting IPMODIFY ops and the direct trampoline in @order. */
static int dcc_ipmodify_pair(struct kunit *test, int order, int *ipmod_ret)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_ops *o = &ctx->ops[0];
	int ret;

	o->redirect = (unsigned long)dcc_victim_replacement;
	if (order == 0) {
		ret = dcc_direct_attach(&ctx->direct[0], dcc_victim_ipmod, dcc_tramp_a);
		if (ret)
			return ret;
		*ipmod_ret = dcc_ops_attach(o, dcc_victim_ipmod, DCC_IPMODIFY_FLAGS);
		return 0;
	}
	*ipmod_ret = dcc_ops_attach(o, dcc_victim_ipmod, DCC_IPMODIFY_FLAGS);
	if (*ipmod_ret)
		return *ipmod_ret;
	return dcc_direct_attach(&ctx->direct[0], dcc_victim_ipmod, dcc_tramp_a);
}

/*
 * dcc_ipmodify_exclusive - clause resume-untouched.
 * A direct ops without ops_func and an IPMODIFY ops never share a function:
 * whichever comes second gets -EBUSY, in both orders, and the first keeps
 * working.
 */
static void dcc_ipmodify_exclusive(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	int order, ipmod_ret, ret, hits, orig;

	dcc_require_direct(test);
	for (order = 0; order < 2; order++) {
		ret = dcc_ipmodify_pair(test, order, &ipmod_ret);
		if (order == 0) {
			KUNIT_ASSERT_EQ(test, ret, 0);
			KUNIT_EXPECT_EQ_MSG(test, ipmod_ret, -EBUSY, "IPMODIFY after direct");
		} else {
			KUNIT_ASSERT_EQ(test, ipmod_ret, 0);
			KUNIT_EXPECT_EQ_MSG(test, ret, -EBUSY, "direct after IPMODIFY");
		}
		hits = dcc_hits(DCC_TRAMP_A);
		orig = dcc_victim_calls(DCC_V_IPMOD);
		/* Order 0: only the trampoline; order 1: only the redirect. */
		KUNIT_EXPECT_EQ(test, dcc_victim_ipmod(1), order == 0 ? 2 : 1001);
		KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, order == 0 ? 1 : 0);
		KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_IPMOD) - orig, order == 0 ? 1 : 0);
		KUNIT_ASSERT_EQ(test, dcc_ops_detach(&ctx->ops[0]), 0);
		KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
	}
}

/*
 * dcc_ipmodify_share - clause resume-untouched, the heart of the t1 scheme.
 * A direct ops whose ops_func accepts sharing and an IPMODIFY ops that
 * redirects to a replacement, in both orders: the trampoline runs once per
 * call, then execution resumes at the modified address (the replacement
 * runs, the original does not), and the resume address the trampoline
 * received is the one the IPMODIFY ops wrote. Unregistering the IPMODIFY
 * ops restores the original path.
 */
static void dcc_ipmodify_share(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_tramp_frame *last = &dcc_stats[DCC_TRAMP_A].last;
	int order, ipmod_ret, hits, orig, repl;
	char sym[KSYM_SYMBOL_LEN];

	dcc_require_direct(test);
	for (order = 0; order < 2; order++) {
		ctx->direct[0].share_ipmodify = true;
		KUNIT_ASSERT_EQ(test, dcc_ipmodify_pair(test, order, &ipmod_ret), 0);
		KUNIT_ASSERT_EQ(test, ipmod_ret, 0);
		dcc_observe(test, order ? "ops_func_cmds_ipmodify_first" :
			    "ops_func_cmds_direct_first", "%#lx", ctx->direct[0].share_cmds);

		hits = dcc_hits(DCC_TRAMP_A);
		orig = dcc_victim_calls(DCC_V_IPMOD);
		repl = dcc_victim_calls(DCC_V_REPLACEMENT);
		KUNIT_EXPECT_EQ(test, dcc_victim_ipmod(5), 1005);
		KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
		KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_IPMOD) - orig, 0);
		KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_REPLACEMENT) - repl, 1);
		KUNIT_EXPECT_EQ_MSG(test, last->resume_ip, (unsigned long)dcc_victim_replacement,
				    "trampoline did not get the IPMODIFY'd resume address");
		dcc_symbol(sym, sizeof(sym), last->resume_ip);
		dcc_observe(test, order ? "resume_target_ipmodify_first" :
			    "resume_target_direct_first", "%s", sym);

		/* IPMODIFY gone: back to the original body, still traced. */
		KUNIT_ASSERT_EQ(test, dcc_ops_detach(&ctx->ops[0]), 0);
		hits = dcc_hits(DCC_TRAMP_A);
		orig = dcc_victim_calls(DCC_V_IPMOD);
		KUNIT_EXPECT_EQ(test, dcc_victim_ipmod(5), 6);
		KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
		KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_IPMOD) - orig, 1);
		KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
	}
}

/*
 * dcc_ipmodify_filter_update - clause resume-untouched (a known gap).
 * An IPMODIFY ops already registered elsewhere gains the direct-called
 * function through ftrace_set_filter_ip(): that path never consults the
 * direct ops (kernel/trace/ftrace.c, ftrace_hash_ipmodify_update), so it
 * is not refused. Recorded as observations; checked for consistency: if
 * the update succeeded, the IPMODIFY callback must run, and the call must
 * return what the body that ran returns.
 */
static void dcc_ipmodify_filter_update(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_ops *o = &ctx->ops[0];
	int ret, hits, ops_hits, orig, repl;
	long val;

	dcc_require_direct(test);
	o->redirect = 0;
	KUNIT_ASSERT_EQ(test, dcc_ops_attach(o, dcc_victim_other, DCC_IPMODIFY_FLAGS), 0);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_ipmod, dcc_tramp_a), 0);
	o->redirect = (unsigned long)dcc_victim_replacement;
	ret = ftrace_set_filter_ip(&o->ops, (unsigned long)dcc_victim_ipmod, 0, 0);
	dcc_observe(test, "filter_update", "%d", ret);

	hits = dcc_hits(DCC_TRAMP_A);
	ops_hits = atomic_read(&o->hits);
	orig = dcc_victim_calls(DCC_V_IPMOD);
	repl = dcc_victim_calls(DCC_V_REPLACEMENT);
	val = dcc_victim_ipmod(5);
	dcc_observe(test, "trampoline_ran", "%d", dcc_hits(DCC_TRAMP_A) - hits);
	dcc_observe(test, "redirected", "%d", dcc_victim_calls(DCC_V_REPLACEMENT) - repl);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_IPMOD) - orig +
			dcc_victim_calls(DCC_V_REPLACEMENT) - repl, 1);
	KUNIT_EXPECT_EQ(test, val, dcc_victim_calls(DCC_V_REPLACEMENT) - repl ? 1005L : 6L);
	if (!ret)
		KUNIT_EXPECT_EQ(test, atomic_read(&o->hits) - ops_hits, 1);
	/* Leave the function clean before the exit handler unregisters. */
	o->redirect = 0;
}

/*
 * dcc_ipmodify_retry - clause lifecycle.
 * A direct ops without ops_func meets a registered IPMODIFY ops and gets
 * -EBUSY from the IPMODIFY check, after register_ftrace_direct() had set
 * the ops up. Once the IPMODIFY ops is gone the same ops, retried as it is,
 * must register cleanly: the BPF fexit + livepatch retry. Guards
 * 56b3c85e153b ("ftrace: Fix BPF fexit with livepatch"), in stable 6.6.y
 * and later; older kernels keep ops->func set and refuse with -EINVAL.
 */
static void dcc_ipmodify_retry(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_direct *d = &ctx->direct[0];
	int ret, hits, orig;

	dcc_require_direct(test);
	ctx->ops[0].redirect = (unsigned long)dcc_victim_replacement;
	KUNIT_ASSERT_EQ(test, dcc_ops_attach(&ctx->ops[0], dcc_victim_ipmod,
					     DCC_IPMODIFY_FLAGS), 0);
	KUNIT_ASSERT_EQ(test, dcc_direct_set_filter(d, dcc_victim_ipmod), 0);
	ret = dcc_direct_register_filtered(d, dcc_tramp_a);
	dcc_observe(test, "first_register", "%d", ret);
	KUNIT_ASSERT_EQ(test, ret, -EBUSY);
	KUNIT_ASSERT_EQ(test, dcc_ops_detach(&ctx->ops[0]), 0);

	ret = dcc_direct_register_filtered(d, dcc_tramp_a);
	dcc_observe(test, "retry_register", "%d", ret);
	if (dcc_kernel_before(6, 6) && ret == -EINVAL)
		kunit_skip(test,
			   "Linux %s lacks 56b3c85e153b: failed direct ops not retryable",
			   init_utsname()->release);
	KUNIT_ASSERT_EQ(test, ret, 0);
	hits = dcc_hits(DCC_TRAMP_A);
	orig = dcc_victim_calls(DCC_V_IPMOD);
	KUNIT_EXPECT_EQ(test, dcc_victim_ipmod(1), 2);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_IPMOD) - orig, 1);
}

#define DCC_KLP		"dcc_livepatch"
#define DCC_KLP_SYSFS	"/sys/kernel/livepatch/" DCC_KLP "/"

/*
 * Wait until the livepatch transition is over. Without the consistency
 * model (no reliable stack traces, as in this tinyconfig) kthreads never
 * switch by themselves: after a second the transition is forced through
 * the livepatch "force" knob, and that is reported.
 */
static int dcc_klp_settle(struct kunit *test)
{
	int i;

	for (i = 0; i < 20; i++) {
		if (!dcc_helper("find", DCC_KLP_SYSFS "transition", "0", "")) {
			dcc_observe(test, "transition", "%s", i > 10 ? "forced" : "completed");
			return 0;
		}
		if (i == 10 && dcc_helper("write", DCC_KLP_SYSFS "force", "1", NULL))
			return -EIO;
		msleep(100);
	}
	return -ETIMEDOUT;
}

/*
 * Disable and unload the livepatch; 0 when it is gone. The module can be
 * unloaded once the unpatching transition is over (its sysfs directory
 * goes with it), forced after a second as in dcc_klp_settle().
 */
static int dcc_klp_remove(struct kunit *test)
{
	int ret = dcc_helper("write", DCC_KLP_SYSFS "enabled", "0", NULL);
	int i;

	if (ret)
		return ret;
	for (i = 0; i < 20; i++) {
		if (!dcc_helper("unload", DCC_KLP, NULL, NULL))
			return 0;
		if (i == 10)
			dcc_helper("write", DCC_KLP_SYSFS "force", "1", NULL);
		msleep(100);
	}
	return -ETIMEDOUT;
}

/*
 * dcc_livepatch_share - clause resume-untouched, with a real livepatch.
 * Where the kernel has LIVEPATCH (x86_64 here): a livepatch of a function
 * with a direct trampoline is refused (-EBUSY) unless the direct ops
 * accepts sharing through ops_func, as BPF does; sharing, the trampoline
 * runs once per call and the call resumes in the patched function; once
 * the livepatch is disabled and unloaded the original runs again.
 */
static void dcc_livepatch_share(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	char sym[KSYM_SYMBOL_LEN];
	int ret, hits, orig;

	dcc_require_direct(test);
	if (!IS_ENABLED(CONFIG_LIVEPATCH))
		kunit_skip(test, "%s %s: no LIVEPATCH", DCC_ARCH_NAME, init_utsname()->release);

	/* Without ops_func the livepatch cannot take the function. */
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_ipmod, dcc_tramp_a), 0);
	ret = dcc_helper("load", DCC_KLP, NULL, NULL);
	if (ret < 0)
		kunit_skip(test, "no userspace helper to load the livepatch (%d)", ret);
	dcc_observe(test, "load_without_ops_func", "%d", ret);
	if (!ret)
		dcc_klp_remove(test);
	KUNIT_EXPECT_EQ(test, ret, EBUSY);
	KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);

	ctx->direct[0].share_ipmodify = true;
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_ipmod, dcc_tramp_a), 0);
	KUNIT_ASSERT_EQ(test, dcc_helper("load", DCC_KLP, NULL, NULL), 0);
	KUNIT_EXPECT_EQ(test, dcc_klp_settle(test), 0);
	dcc_observe(test, "ops_func_cmds", "%#lx", ctx->direct[0].share_cmds);
	hits = dcc_hits(DCC_TRAMP_A);
	orig = dcc_victim_calls(DCC_V_IPMOD);
	KUNIT_EXPECT_EQ(test, dcc_victim_ipmod(1), 2001);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_IPMOD) - orig, 0);
	dcc_symbol(sym, sizeof(sym), dcc_stats[DCC_TRAMP_A].last.resume_ip);
	dcc_observe(test, "resume_target", "%s", sym);
	KUNIT_EXPECT_STREQ(test, sym, "dcc_livepatch_ipmod");

	KUNIT_ASSERT_EQ(test, dcc_klp_remove(test), 0);
	hits = dcc_hits(DCC_TRAMP_A);
	orig = dcc_victim_calls(DCC_V_IPMOD);
	KUNIT_EXPECT_EQ(test, dcc_victim_ipmod(1), 2);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_IPMOD) - orig, 1);
}

static struct kunit_case dcc_sharing_cases[] = {
	KUNIT_CASE(dcc_with_ops),
	KUNIT_CASE(dcc_with_save_regs_ops),
	KUNIT_CASE(dcc_with_fgraph),
	KUNIT_CASE(dcc_kprobe_entry),
	KUNIT_CASE(dcc_kprobe_post),
	KUNIT_CASE(dcc_ipmodify_exclusive),
	KUNIT_CASE(dcc_ipmodify_share),
	KUNIT_CASE(dcc_ipmodify_filter_update),
	KUNIT_CASE(dcc_ipmodify_retry),
	KUNIT_CASE(dcc_livepatch_share),
	{}
};

static struct kunit_suite dcc_sharing_suite = {
	.name = "dcc_sharing",
	.init = dcc_case_init,
	.exit = dcc_case_exit,
	.test_cases = dcc_sharing_cases,
};

kunit_test_suite(dcc_sharing_suite);
