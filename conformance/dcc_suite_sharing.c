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

/* Registration orders, as KUnit parameters: the report names the one that failed. */
static const int dcc_orders[] = { 0, 1 };

static void dcc_ops_order_desc(const int *order, char *desc)
{
	strscpy(desc, *order ? "ops_first" : "direct_first", KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(dcc_ops_order, dcc_orders, dcc_ops_order_desc);

static void dcc_ipmodify_order_desc(const int *order, char *desc)
{
	strscpy(desc, *order ? "ipmodify_first" : "direct_first", KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(dcc_ipmodify_order, dcc_orders, dcc_ipmodify_order_desc);

static int dcc_order(struct kunit *test)
{
	return *(const int *)test->param_value;
}

/*
 * dcc_with_ops - clauses ordering, scratch-slot, arg-integrity.
 * A plain ops (the function tracer's kind, no SAVE_REGS) and a direct
 * trampoline on one function, registered in the order of the parameter:
 * every call runs both once, the ops first, and the ten arguments and the
 * return value survive the ftrace caller's save/restore and the late
 * hand-off. White-box: the ops sees the scratch slot cleared or holding
 * the trampoline, nothing else; registered last, the ops runs first
 * (ftrace_ops_list is LIFO) and must see it cleared. Once the direct ops
 * is gone, the ops alone must not jump anywhere (a stale slot would).
 * Guards a8b9cf62ade1 ("ftrace: Fix DIRECT_CALLS to use SAVE_REGS by
 * default") and bdbddb109c75, without which x86 skipped the trampoline.
 */
static void dcc_with_ops(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_ops *o = &ctx->ops[0];
	int order = dcc_order(test), hits, ops_hits, body, i;
	char why[160];

	dcc_require_direct(test);
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
		if (dcc_call_check(dcc_victim_other, DCC_V_OTHER, i, why, sizeof(why))) {
			KUNIT_FAIL(test, "call %d through the ftrace caller: %s", i, why);
			break;
		}
		if (o->seq > dcc_stats[DCC_TRAMP_A].seq) {
			KUNIT_FAIL(test, "call %d: trampoline before the ops", i);
			break;
		}
	}
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, i);
	KUNIT_EXPECT_EQ(test, atomic_read(&o->hits) - ops_hits, i);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_OTHER) - body, i);
	if (i == DCC_CALLS) {
		dcc_expect_tramp_args(test, DCC_TRAMP_A, i - 1, "shared with an ops");
		dcc_expect_tramp_frame(test, DCC_TRAMP_A, (unsigned long)dcc_victim_other,
				       DCC_V_OTHER, "dcc_call10", "shared with an ops");
	}
	dcc_expect_slot_clean(test, o, "shared with an ops");
	if (o->slot != DCC_SLOT_UNREADABLE) {
		dcc_observe(test, "slot", "%s", o->slot ? "trampoline" : "cleared");
		if (order == 0)
			KUNIT_EXPECT_EQ_MSG(test, o->slot, 0UL,
					    "the ops ran first, yet saw the scratch slot set");
	}
	KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
	hits = dcc_hits(DCC_TRAMP_A);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 0, 10, "the ops alone again");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 0);
}

/*
 * dcc_with_save_regs_ops - clauses ordering, arg-integrity.
 * A SAVE_REGS ops next to the trampoline, where the arch has
 * DYNAMIC_FTRACE_WITH_REGS: both run once per call, the ops first, through
 * the regs caller, arguments and return value intact. Elsewhere (arm64,
 * riscv since 6.10) registering it must fail with -EINVAL, asserted before
 * the SKIP.
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
		KUNIT_ASSERT_EQ_MSG(test, dcc_seen_errno(ret), -EINVAL,
				    "SAVE_REGS ops without DYNAMIC_FTRACE_WITH_REGS");
		kunit_skip(test, "%s %s: no DYNAMIC_FTRACE_WITH_REGS, SAVE_REGS ops refused",
			   DCC_ARCH_NAME, init_utsname()->release);
	}
	KUNIT_ASSERT_EQ(test, ret, 0);
	hits = dcc_hits(DCC_TRAMP_A);
	ops_hits = atomic_read(&o->hits);
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 0, 100, "the regs caller");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 100);
	KUNIT_EXPECT_EQ(test, atomic_read(&o->hits) - ops_hits, 100);
	dcc_expect_ops_first(test, o, DCC_TRAMP_A, hits, "the regs caller");
	dcc_expect_tramp_args(test, DCC_TRAMP_A, 99, "the regs caller");
	dcc_expect_tramp_frame(test, DCC_TRAMP_A, (unsigned long)dcc_victim_other, DCC_V_OTHER,
			       "dcc_call10", "the regs caller");
	dcc_expect_slot_clean(test, o, "the regs caller");
}

/*
 * dcc_with_fgraph - clauses ordering, arg-integrity.
 * The function_graph tracer (through tracefs, filtered to the function)
 * and a direct trampoline on one function: the trampoline runs once per
 * call, the body once with its ten arguments, its return value survives
 * the graph return hook, and the graph tracer records both the entry and
 * the return of the call, so both its hooks ran. The parent address the
 * trampoline gets is observed (the graph tracer's return hook where it
 * hooks first).
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
	 * The graph tracer patches only this function's site: on every
	 * function it would spend seconds patching under TCG (x86_64 3.5 s,
	 * each text_poke batch waits for the other vCPU) for sites the
	 * clauses never look at.
	 */
	KUNIT_ASSERT_EQ(test, dcc_tracefs_write("set_ftrace_filter", "dcc_victim_other"), 0);
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
	dcc_calls_check(test, dcc_victim_other, DCC_V_OTHER, 3, 1, "function_graph and direct");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_OTHER) - body, 1);
	dcc_expect_tramp_args(test, DCC_TRAMP_A, 3, "function_graph and direct");
	dcc_symbol(sym, sizeof(sym), dcc_stats[DCC_TRAMP_A].last.parent_ip);
	dcc_observe(test, "parent", "%s", sym);
	/*
	 * Ordering: the graph tracer's entry hook ran first and put its
	 * return hook in the parent return address; the trampoline was
	 * handed that edit, and the function returned through it.
	 */
	dcc_expect_tramp_frame(test, DCC_TRAMP_A, (unsigned long)dcc_victim_other, DCC_V_OTHER,
			       "return_to_handler", "function_graph and direct");

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
	/* Whatever was expected, a registered kprobe is unregistered on exit. */
	ctx->kp_registered = !ret;
	dcc_observe(test, "register", "%d", ret);
	/* What the kernel chose, next to what the arch facts predict. */
	if (!ret)
		dcc_observe(test, "armed_as", "%s",
			    ctx->kp.flags & KPROBE_FLAG_FTRACE ? "ftrace" : "breakpoint");
	if (!strcmp(mech, "refused")) {
		KUNIT_ASSERT_EQ_MSG(test, dcc_seen_errno(ret), -EINVAL,
				    "entry kprobe on the ftrace site");
		kunit_skip(test,
			   "%s %s: entry kprobe on the ftrace site refused (-EINVAL), no KPROBES_ON_FTRACE",
			   DCC_ARCH_NAME, init_utsname()->release);
	}
	if (post && !strcmp(mech, "ftrace")) {
		/* An IPMODIFY kprobe against a direct ops without ops_func. */
		if (ret != -EBUSY)
			KUNIT_FAIL(test,
				   "IPMODIFY kprobe next to a direct ops without ops_func: %d, not -EBUSY",
				   ret);
		if (ret) {
			hits = dcc_hits(DCC_TRAMP_A);
			dcc_calls_check(test, dcc_victim_probe, DCC_V_PROBE, 7, 1,
					"direct after a refused kprobe");
			KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
			return;
		}
		/* Accepted after all: then both must still run, below. */
	}
	KUNIT_ASSERT_EQ(test, ret, 0);
	hits = dcc_hits(DCC_TRAMP_A);
	pre = atomic_read(&dcc_kp_pre);
	posts = atomic_read(&dcc_kp_post);
	dcc_calls_check(test, dcc_victim_probe, DCC_V_PROBE, 7, 1, "kprobe and direct");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	KUNIT_EXPECT_EQ(test, atomic_read(&dcc_kp_pre) - pre, 1);
	KUNIT_EXPECT_EQ(test, atomic_read(&dcc_kp_post) - posts, post ? 1 : 0);
	KUNIT_EXPECT_LT(test, dcc_kp_seq, dcc_stats[DCC_TRAMP_A].seq);
	dcc_expect_tramp_args(test, DCC_TRAMP_A, 7, "kprobe and direct");
	dcc_expect_tramp_frame(test, DCC_TRAMP_A, (unsigned long)dcc_victim_probe, DCC_V_PROBE,
			       "dcc_call10", "kprobe and direct");
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
 * whichever comes second (the parameter) gets -EBUSY, and the first keeps
 * working with its arguments intact: the trampoline alone, or the redirect
 * alone.
 */
static void dcc_ipmodify_exclusive(struct kunit *test)
{
	int order = dcc_order(test), ipmod_ret, ret, hits, orig;

	dcc_require_direct(test);
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
	/* Direct first: only the trampoline; IPMODIFY first: only the redirect. */
	dcc_calls_check(test, dcc_victim_ipmod, order == 0 ? DCC_V_IPMOD : DCC_V_REPLACEMENT,
			1, 1, order == 0 ? "direct, IPMODIFY refused" : "IPMODIFY, direct refused");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, order == 0 ? 1 : 0);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_IPMOD) - orig, order == 0 ? 1 : 0);
}

/*
 * Check one call of dcc_victim_ipmod() shared by the direct trampoline and
 * the redirecting IPMODIFY ops: the trampoline runs once, handed the
 * modified resume address, then the replacement runs with every argument
 * and the original does not. @tramp is the trampoline attached.
 */
static void dcc_expect_shared_redirect(struct kunit *test, int tramp, long seed,
				       const char *path)
{
	struct dcc_tramp_frame *last = &dcc_stats[tramp].last;
	struct dcc_ctx *ctx = test->priv;
	int hits = dcc_hits(tramp), orig = dcc_victim_calls(DCC_V_IPMOD);
	/* Off the stack: with KASAN the frame came within 40 bytes of 1024. */
	char *sym = kunit_kmalloc(test, KSYM_SYMBOL_LEN, GFP_KERNEL);

	dcc_calls_check(test, dcc_victim_ipmod, DCC_V_REPLACEMENT, seed, 1, path);
	KUNIT_EXPECT_EQ_MSG(test, dcc_hits(tramp) - hits, 1, "%s: trampoline runs", path);
	KUNIT_EXPECT_EQ_MSG(test, dcc_victim_calls(DCC_V_IPMOD) - orig, 0,
			    "%s: the original body ran", path);
	KUNIT_EXPECT_EQ_MSG(test, last->resume_ip, (unsigned long)dcc_victim_replacement,
			    "%s: trampoline did not get the IPMODIFY'd resume address", path);
	dcc_expect_tramp_args(test, tramp, seed, path);
	dcc_expect_tramp_frame(test, tramp, 0, DCC_V_REPLACEMENT, "dcc_call10", path);
	dcc_expect_slot_clean(test, &ctx->ops[0], path);
	KUNIT_ASSERT_NOT_NULL(test, sym);
	dcc_symbol(sym, KSYM_SYMBOL_LEN, last->resume_ip);
	dcc_observe(test, "resume_target", "%s", sym);
}

/*
 * dcc_ipmodify_share - clause resume-untouched, the heart of the t1 scheme.
 * A direct ops whose ops_func accepts sharing and an IPMODIFY ops that
 * redirects to a replacement, in the order of the parameter: the
 * trampoline runs once per call, then execution resumes at the modified
 * address (the replacement runs with every argument, the original does
 * not), and the resume address the trampoline received is the one the
 * IPMODIFY ops wrote. Unregistering the IPMODIFY ops restores the
 * original path.
 */
static void dcc_ipmodify_share(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	int order = dcc_order(test), ipmod_ret, hits;

	dcc_require_direct(test);
	ctx->direct[0].share_ipmodify = true;
	KUNIT_ASSERT_EQ(test, dcc_ipmodify_pair(test, order, &ipmod_ret), 0);
	KUNIT_ASSERT_EQ(test, ipmod_ret, 0);
	dcc_observe(test, "ops_func_cmds", "%#lx", ctx->direct[0].share_cmds);
	/*
	 * The kernel asked the direct ops before sharing: as the ops being
	 * registered (IPMODIFY first) or as the peer of the IPMODIFY ops.
	 */
	KUNIT_EXPECT_EQ_MSG(test, ctx->direct[0].share_cmds,
			    BIT(order ? FTRACE_OPS_CMD_ENABLE_SHARE_IPMODIFY_SELF :
				FTRACE_OPS_CMD_ENABLE_SHARE_IPMODIFY_PEER),
			    "ops_func commands received (bit per enum ftrace_ops_cmd)");
	/* 7.x hands ops_func the shared function's ftrace location. */
	if (DCC_OPS_FUNC_HAS_IP) {
		unsigned long fn = (unsigned long)dcc_victim_ipmod, ip = ctx->direct[0].share_ip;

		dcc_observe(test, "ops_func_ip_offset", "%lu", ip - fn);
		KUNIT_EXPECT_TRUE_MSG(test, ip >= fn && ip <= fn + DCC_ARCH_MAX_RESUME_OFFSET,
				      "ops_func named ip %#lx, not the shared function %#lx",
				      ip, fn);
	}
	dcc_expect_shared_redirect(test, DCC_TRAMP_A, 5, "shared with IPMODIFY");

	/* IPMODIFY gone: back to the original body, still traced. */
	KUNIT_ASSERT_EQ(test, dcc_ops_detach(&ctx->ops[0]), 0);
	hits = dcc_hits(DCC_TRAMP_A);
	dcc_calls_check(test, dcc_victim_ipmod, DCC_V_IPMOD, 6, 1, "after IPMODIFY left");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
}

/*
 * dcc_ipmodify_filter_update - clause resume-untouched (an upstream gap).
 * An IPMODIFY ops already registered elsewhere gains the direct-called
 * function through ftrace_set_filter_ip(). The contract says a direct ops
 * without ops_func never shares with IPMODIFY, so the update must be
 * refused; upstream's ftrace_hash_ipmodify_update() never consults the
 * direct ops, so it is accepted (arch-<arch>/expect.tsv: XFAIL, with that
 * reason). The hand-off is checked first on whichever path results: if
 * accepted, the callback runs, the trampoline runs once and the call
 * resumes in the replacement with its arguments; if refused, only the
 * trampoline and the original run. The refusal is asserted last, so that
 * a hand-off failure is the first (and named) failure.
 */
static void dcc_ipmodify_filter_update(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_ops *o = &ctx->ops[0];
	int ret, hits, ops_hits;

	dcc_require_direct(test);
	o->redirect = 0;
	KUNIT_ASSERT_EQ(test, dcc_ops_attach(o, dcc_victim_other, DCC_IPMODIFY_FLAGS), 0);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_ipmod, dcc_tramp_a), 0);
	o->redirect = (unsigned long)dcc_victim_replacement;
	ret = ftrace_set_filter_ip(&o->ops, (unsigned long)dcc_victim_ipmod, 0, 0);
	dcc_observe(test, "filter_update", "%d", ret);

	ops_hits = atomic_read(&o->hits);
	if (!ret) {
		dcc_expect_shared_redirect(test, DCC_TRAMP_A, 5, "after the filter update");
		KUNIT_EXPECT_EQ(test, atomic_read(&o->hits) - ops_hits, 1);
	} else {
		hits = dcc_hits(DCC_TRAMP_A);
		dcc_calls_check(test, dcc_victim_ipmod, DCC_V_IPMOD, 5, 1, "filter update refused");
		KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
		KUNIT_EXPECT_EQ(test, atomic_read(&o->hits) - ops_hits, 0);
	}
	/* Leave the function clean before the exit handler unregisters. */
	o->redirect = 0;
	if (!ret)
		KUNIT_FAIL(test,
			   "filter update accepted: an IPMODIFY ops took a function whose direct ops has no ops_func");
}

/*
 * dcc_ipmodify_retry - clause lifecycle.
 * A direct ops without ops_func meets a registered IPMODIFY ops and gets
 * -EBUSY from the IPMODIFY check, after register_ftrace_direct() had set
 * the ops up. Once the IPMODIFY ops is gone the same ops, retried as it is,
 * must register cleanly: the BPF fexit + livepatch retry. Guards
 * 56b3c85e153b ("ftrace: Fix BPF fexit with livepatch"), in stable 6.6.y
 * and later; older kernels keep ops->func set and refuse with -EINVAL
 * (SKIP, after only assertions).
 */
static void dcc_ipmodify_retry(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_direct *d = &ctx->direct[0];
	int ret, hits;

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
	dcc_calls_check(test, dcc_victim_ipmod, DCC_V_IPMOD, 1, 1, "after the retry");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
}

/*
 * dcc_ops_func_refuses - clauses lifecycle, resume-untouched.
 * A direct ops whose ops_func refuses to share (-EAGAIN): an IPMODIFY ops
 * registered after it is refused with that error (ops_func got
 * ENABLE_SHARE_IPMODIFY_PEER) and the trampoline keeps running alone; the
 * direct ops registered after an IPMODIFY ops is refused with that error
 * (ENABLE_SHARE_IPMODIFY_SELF) and the redirect keeps running alone; once
 * the IPMODIFY ops is gone, the refused direct ops, retried as it is,
 * registers (56b3c85e153b; SKIP before 6.6, after only assertions).
 */
static void dcc_ops_func_refuses(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_direct *d = &ctx->direct[0];
	struct dcc_ops *o = &ctx->ops[0];
	int ret, hits;

	dcc_require_direct(test);
	d->share_ipmodify = true;
	d->share_refuse = -EAGAIN;
	o->redirect = (unsigned long)dcc_victim_replacement;
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(d, dcc_victim_ipmod, dcc_tramp_a), 0);
	ret = dcc_ops_attach(o, dcc_victim_ipmod, DCC_IPMODIFY_FLAGS);
	dcc_observe(test, "ipmodify_after_direct", "%d", ret);
	KUNIT_ASSERT_EQ_MSG(test, ret, -EAGAIN, "IPMODIFY ops against a refusing ops_func");
	KUNIT_ASSERT_TRUE(test, d->share_cmds & BIT(FTRACE_OPS_CMD_ENABLE_SHARE_IPMODIFY_PEER));
	hits = dcc_hits(DCC_TRAMP_A);
	KUNIT_ASSERT_EQ(test, dcc_calls_check(test, dcc_victim_ipmod, DCC_V_IPMOD, 2, 1,
					      "direct ops after refusing"), 0);
	KUNIT_ASSERT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	KUNIT_ASSERT_EQ(test, dcc_direct_detach(d), 0);

	KUNIT_ASSERT_EQ(test, dcc_ops_attach(o, dcc_victim_ipmod, DCC_IPMODIFY_FLAGS), 0);
	KUNIT_ASSERT_EQ(test, dcc_direct_set_filter(d, dcc_victim_ipmod), 0);
	ret = dcc_direct_register_filtered(d, dcc_tramp_a);
	dcc_observe(test, "direct_after_ipmodify", "%d", ret);
	KUNIT_ASSERT_EQ_MSG(test, ret, -EAGAIN, "direct ops whose ops_func refuses");
	KUNIT_ASSERT_TRUE(test, d->share_cmds & BIT(FTRACE_OPS_CMD_ENABLE_SHARE_IPMODIFY_SELF));
	hits = dcc_hits(DCC_TRAMP_A);
	KUNIT_ASSERT_EQ(test, dcc_calls_check(test, dcc_victim_ipmod, DCC_V_REPLACEMENT, 3, 1,
					      "IPMODIFY after the direct ops was refused"), 0);
	KUNIT_ASSERT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 0);
	KUNIT_ASSERT_EQ(test, dcc_ops_detach(o), 0);

	d->share_refuse = 0;
	ret = dcc_direct_register_filtered(d, dcc_tramp_a);
	dcc_observe(test, "retry_register", "%d", ret);
	if (dcc_kernel_before(6, 6) && ret == -EINVAL)
		kunit_skip(test,
			   "Linux %s lacks 56b3c85e153b: failed direct ops not retryable",
			   init_utsname()->release);
	KUNIT_ASSERT_EQ(test, ret, 0);
	hits = dcc_hits(DCC_TRAMP_A);
	dcc_calls_check(test, dcc_victim_ipmod, DCC_V_IPMOD, 4, 1, "after the retry");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
}

#define DCC_KLP		"dcc_livepatch"
#define DCC_KLP_SYSFS	"/sys/kernel/livepatch/" DCC_KLP "/"

/*
 * Livepatch transitions are driven by a work item that runs about once a
 * second. Without the consistency model (no reliable stack traces, as in
 * this tinyconfig) kthreads never switch by themselves: after a second the
 * patching transition is forced through the livepatch "force" knob, and
 * that is reported (a forced patching keeps nothing loaded; a forced
 * unpatching would, see dcc_klp_remove()). The give-up time is generous:
 * a guest emulated on a loaded host runs that work late (a timeout is not
 * a timing assertion).
 */
#define DCC_KLP_POLL_MS		100
#define DCC_KLP_FORCE_POLLS	10
#define DCC_KLP_GIVE_UP_POLLS	300

/*
 * Wait until the livepatch transition is over. The kernel refuses the
 * force (EINVAL) once no transition runs: the transition may end on its
 * own between the poll and the force, which is not a failure.
 */
static int dcc_klp_settle(struct kunit *test)
{
	bool forced = false;
	int i, ret;

	for (i = 0; i < DCC_KLP_GIVE_UP_POLLS; i++) {
		if (!dcc_helper("find", DCC_KLP_SYSFS "transition", "0", "")) {
			dcc_observe(test, "transition", "%s", forced ? "forced" : "completed");
			return 0;
		}
		if (i == DCC_KLP_FORCE_POLLS) {
			ret = dcc_helper("write", DCC_KLP_SYSFS "force", "1", NULL);
			if (!ret) {
				forced = true;
			} else if (ret != EINVAL ||
				   dcc_helper("find", DCC_KLP_SYSFS "transition", "0", "")) {
				kunit_err(test, "livepatch force failed: errno %d", ret);
				return -EIO;
			}
		}
		msleep(DCC_KLP_POLL_MS);
	}
	kunit_err(test, "livepatch transition still running after %d ms",
		  DCC_KLP_GIVE_UP_POLLS * DCC_KLP_POLL_MS);
	return -ETIMEDOUT;
}

/*
 * Disable and unload the livepatch; 0 when it is gone. The module can be
 * unloaded once the unpatching transition is over (its sysfs directory
 * goes with it). That transition is never forced: the kernel keeps a
 * livepatch whose removal was forced loaded for good (klp_free_patch_finish()
 * drops the module reference only when the patch was not forced), so a
 * force would make the unload impossible. A transition still running at
 * the give-up time is the failure reported, with the helper's last errno.
 */
static int dcc_klp_remove(struct kunit *test)
{
	int ret = dcc_helper("write", DCC_KLP_SYSFS "enabled", "0", NULL);
	int i;

	if (ret)
		return ret;
	for (i = 0; i < DCC_KLP_GIVE_UP_POLLS; i++) {
		ret = dcc_helper("unload", DCC_KLP, NULL, NULL);
		if (!ret)
			return 0;
		msleep(DCC_KLP_POLL_MS);
	}
	kunit_err(test, "livepatch unload refused for %d ms (errno %d), transition %s",
		  DCC_KLP_GIVE_UP_POLLS * DCC_KLP_POLL_MS, ret,
		  dcc_helper("find", DCC_KLP_SYSFS "transition", "1", "") ?
		  "not running" : "still running");
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
	/* Never a SKIP after this: the helper ran. */
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
	dcc_calls_check(test, dcc_victim_ipmod, DCC_V_LIVEPATCH, 1, 1, "livepatched and direct");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_IPMOD) - orig, 0);
	dcc_expect_tramp_args(test, DCC_TRAMP_A, 1, "livepatched and direct");
	dcc_symbol(sym, sizeof(sym), dcc_stats[DCC_TRAMP_A].last.resume_ip);
	dcc_observe(test, "resume_target", "%s", sym);
	KUNIT_EXPECT_STREQ(test, sym, "dcc_livepatch_ipmod");

	KUNIT_ASSERT_EQ(test, dcc_klp_remove(test), 0);
	hits = dcc_hits(DCC_TRAMP_A);
	dcc_calls_check(test, dcc_victim_ipmod, DCC_V_IPMOD, 2, 1, "after the livepatch left");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
}

static struct kunit_case dcc_sharing_cases[] = {
	DCC_CASE_PARAM(dcc_with_ops, dcc_ops_order_gen_params,
		       "ordering scratch-slot tramp-abi arg-integrity", "a8b9cf62ade1",
		       "plain ops + trampoline, each order: both once per call, ops first, 10 arguments and return value through the ftrace caller, the trampoline handed the resume address and the parent the function returns to; slot cleared or trampoline, cleared when the ops runs first"
	),
	DCC_CASE(dcc_with_save_regs_ops, "ordering scratch-slot tramp-abi arg-integrity", "-",
		 "SAVE_REGS ops where WITH_REGS exists (both run, ops first, arguments, resume address and parent intact, slot cleared or trampoline), else -EINVAL asserted, then SKIP"
	),
	DCC_CASE(dcc_with_fgraph, "ordering tramp-abi arg-integrity", "-",
		 "function_graph tracer (filtered to the victim, so only its site is patched) + trampoline: both hooks fire, the trampoline handed the graph's return hook as parent (its entry hook ran first) and the resume address, 10 arguments and the return value through the graph return hook"
	),
	DCC_CASE(dcc_kprobe_entry, "ordering tramp-abi arg-integrity", "-",
		 "entry kprobe: ftrace-based or breakpoint, both fire, kprobe first, the trampoline handed the resume address and parent; refused (-EINVAL asserted, then SKIP) per arch facts"
	),
	DCC_CASE(dcc_kprobe_post, "resume-untouched", "-",
		 "kprobe with post_handler: -EBUSY when ftrace-based, the trampoline still runs; works as a breakpoint"
	),
	DCC_CASE_PARAM(dcc_ipmodify_exclusive, dcc_ipmodify_order_gen_params,
		       "resume-untouched", "-",
		       "IPMODIFY vs direct without ops_func, each order: the second gets -EBUSY, the first works alone"
	),
	DCC_CASE_PARAM(dcc_ipmodify_share, dcc_ipmodify_order_gen_params,
		       "resume-untouched scratch-slot tramp-abi arg-integrity", "-",
		       "with ops_func, each order: ops_func asked (self or peer, by order), trampoline once, handed the modified address and the parent, then the redirect runs with every argument; slot cleared or trampoline; on 7.x ops_func names the shared function's ip"
	),
	DCC_CASE(dcc_ipmodify_filter_update, "resume-untouched", "-",
		 "an IPMODIFY ops gaining a direct function by filter update must be refused (upstream accepts it: XFAIL); the hand-off checked on the resulting path"
	),
	DCC_CASE(dcc_ipmodify_retry, "lifecycle", "56b3c85e153b",
		 "direct ops refused by an IPMODIFY ops registers cleanly once it is gone (SKIP with the reason before 6.6)"
	),
	DCC_CASE(dcc_ops_func_refuses, "lifecycle resume-untouched", "56b3c85e153b",
		 "ops_func refusing: IPMODIFY after direct and direct after IPMODIFY get its error, the first keeps working; the refused direct ops retries cleanly"
	),
	DCC_CASE(dcc_livepatch_share, "resume-untouched arg-integrity", "-",
		 "a real livepatch (x86_64): -EBUSY without ops_func; with it the trampoline runs and the call resumes in the patched function"
	),
	{}
};

struct kunit_suite dcc_sharing_suite = {
	.name = "dcc_sharing",
	.suite_init = dcc_suite_init,
	.init = dcc_case_init,
	.exit = dcc_case_exit,
	.test_cases = dcc_sharing_cases,
};

kunit_test_suite(dcc_sharing_suite);
