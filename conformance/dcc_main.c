// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_main.c - the ftrace direct-call conformance suite (KUnit).
 *
 * One source for every arch: arch differences are behind common/ (the
 * contract and the compat layer) and the per-arch trampolines, or are
 * reported as "observe:" diagnostics, never #ifdef'd here.
 *
 * Every case announces itself with a "dcc-start" diagnostic before it does
 * anything, so the host can name the case that was running when a guest
 * hangs or crashes (KUnit itself prints a case only when it ends).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <kunit/test.h>
#include <linux/ftrace.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/string.h>
#include <linux/utsname.h>
#include "dcc_contract.h"
#include "dcc_compat.h"
#include "dcc_victim.h"

static char *inject = "";
module_param(inject, charp, 0444);
MODULE_PARM_DESC(inject,
		 "fault to inject, to prove the harness catches it: fail, hang, warn, oops, panic");

/* Calls per measurement: enough to expose a lost or doubled call. */
#define DCC_CALLS	1000

/**
 * struct dcc_tramp_stats - what one trampoline observed.
 * @hits: number of times the trampoline ran.
 * @last: the frame of its last run.
 */
struct dcc_tramp_stats {
	atomic_t hits;
	struct dcc_tramp_frame last;
};

static struct dcc_tramp_stats dcc_stats[DCC_NR_TRAMPS];

static bool dcc_injecting(const char *fault)
{
	return inject && !strcmp(inject, fault);
}

/* Called from the trampolines, with the traced function's arguments live. */
notrace void dcc_tramp_handler(unsigned long id, struct dcc_tramp_frame *frame)
{
	if (WARN_ON_ONCE(id >= DCC_NR_TRAMPS))
		return;
	dcc_stats[id].last = *frame;
	atomic_inc(&dcc_stats[id].hits);
	/* A broken trampoline, on purpose: clobber the first argument. */
	if (dcc_injecting("fail"))
		frame->args[0] ^= 1;
}

/**
 * struct dcc_attach - one direct ops attached to one function.
 * @ops: the ftrace_ops handed to the direct API.
 * @addr: the trampoline currently attached.
 * @registered: whether @ops must still be unregistered.
 */
struct dcc_attach {
	struct ftrace_ops ops;
	unsigned long addr;
	bool registered;
};

/**
 * struct dcc_ctx - per-case state, freed by KUnit after the case.
 * @direct: the case's direct attachment; detached by dcc_case_exit() if the
 *	case stopped early.
 */
struct dcc_ctx {
	struct dcc_attach direct;
};

static int dcc_attach(struct dcc_attach *a, void *func, void (*tramp)(void))
{
	int ret;

	memset(&a->ops, 0, sizeof(a->ops));
	ret = ftrace_set_filter_ip(&a->ops, (unsigned long)func, 0, 0);
	if (ret)
		return ret;
	ret = dcc_direct_register(&a->ops, (unsigned long)tramp);
	if (ret) {
		ftrace_free_filter(&a->ops);
		return ret;
	}
	a->addr = (unsigned long)tramp;
	a->registered = true;
	return 0;
}

static int dcc_detach(struct dcc_attach *a)
{
	if (!a->registered)
		return 0;
	a->registered = false;
	return dcc_direct_unregister(&a->ops, a->addr);
}

/* SKIP, with the reason, where the kernel has no direct calls at all. */
static void dcc_require_direct(struct kunit *test)
{
	if (!DCC_HAVE_DIRECT_CALLS)
		kunit_skip(test, "%s %s: no DYNAMIC_FTRACE_WITH_DIRECT_CALLS",
			   DCC_ARCH_NAME, init_utsname()->release);
}

static long dcc_call_args8(const long *a)
{
	return dcc_victim_args8(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
}

/* Faults for proving the host side attributes them to this case. */
static void dcc_inject_case_fault(struct kunit *test)
{
	if (dcc_injecting("hang")) {
		kunit_info(test, "injecting a hang\n");
		for (;;)
			cpu_relax();
	}
	if (dcc_injecting("warn"))
		WARN(1, "dcc: injected warning\n");
	if (dcc_injecting("oops"))
		*(volatile int *)NULL = 0;
	if (dcc_injecting("panic"))
		panic("dcc: injected panic\n");
}

/*
 * dcc_basic - clauses tramp-abi, arg-integrity.
 * The trampoline runs exactly once per call, the body exactly once, all
 * argument registers and the return value are intact, the trampoline
 * returns into the traced function and hands over its caller as parent;
 * after unregistering it runs no more.
 */
static void dcc_basic(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_tramp_stats *st = &dcc_stats[DCC_TRAMP_A];
	unsigned long func = (unsigned long)dcc_victim_args8;
	long args[8] = { 0x1111, -0x2222, 0x3333, -0x4444,
			 0x5555, -0x6666, 0x7777, -0x7888 };
	int hits, calls, i;
	char parent[KSYM_SYMBOL_LEN];
	struct dcc_tramp_frame last;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_attach(&ctx->direct, dcc_victim_args8, dcc_tramp_a), 0);
	hits = atomic_read(&st->hits);
	calls = atomic_read(&dcc_victim_state.calls);
	for (i = 0; i < DCC_CALLS; i++) {
		args[0] = i;
		KUNIT_EXPECT_EQ(test, dcc_call_args8(args), dcc_victim_expect8(args));
	}
	dcc_inject_case_fault(test);
	KUNIT_EXPECT_EQ(test, atomic_read(&st->hits) - hits, DCC_CALLS);
	KUNIT_EXPECT_EQ(test, atomic_read(&dcc_victim_state.calls) - calls, DCC_CALLS);

	last = st->last;
	for (i = 0; i < DCC_ARCH_NR_ARG_REGS; i++) {
		KUNIT_EXPECT_EQ_MSG(test, last.args[i], args[i], "trampoline arg %d", i);
		KUNIT_EXPECT_EQ_MSG(test, dcc_victim_state.args[i], args[i], "body arg %d", i);
	}
	KUNIT_EXPECT_GT(test, last.resume_ip, func);
	KUNIT_EXPECT_LE(test, last.resume_ip, func + DCC_ARCH_MAX_RESUME_OFFSET);
	/* "%ps" prints "sym [module]" for module text: compare the symbol. */
	snprintf(parent, sizeof(parent), "%ps", (void *)last.parent_ip);
	strreplace(parent, ' ', '\0');
	KUNIT_EXPECT_STREQ(test, parent, "dcc_basic");
	kunit_info(test, "observe: resume_offset=%lu\n", last.resume_ip - func);

	KUNIT_ASSERT_EQ(test, dcc_detach(&ctx->direct), 0);
	hits = atomic_read(&st->hits);
	calls = atomic_read(&dcc_victim_state.calls);
	for (i = 0; i < DCC_CALLS; i++)
		KUNIT_EXPECT_EQ(test, dcc_call_args8(args), dcc_victim_expect8(args));
	KUNIT_EXPECT_EQ(test, atomic_read(&st->hits) - hits, 0);
	KUNIT_EXPECT_EQ(test, atomic_read(&dcc_victim_state.calls) - calls, DCC_CALLS);
}

static int dcc_case_init(struct kunit *test)
{
	kunit_info(test, "dcc-start\n");
	test->priv = kunit_kzalloc(test, sizeof(struct dcc_ctx), GFP_KERNEL);
	return test->priv ? 0 : -ENOMEM;
}

static void dcc_case_exit(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;

	KUNIT_EXPECT_EQ(test, dcc_detach(&ctx->direct), 0);
}

static struct kunit_case dcc_direct_cases[] = {
	KUNIT_CASE(dcc_basic),
	{}
};

static struct kunit_suite dcc_direct_suite = {
	.name = "ftrace_direct",
	.init = dcc_case_init,
	.exit = dcc_case_exit,
	.test_cases = dcc_direct_cases,
};
kunit_test_suite(dcc_direct_suite);

MODULE_DESCRIPTION("ftrace direct-call conformance suite");
MODULE_LICENSE("GPL");
