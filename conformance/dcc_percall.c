// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_percall.c - what one call of a traced function costs, path by path
 * (module dcc_bench.ko; a benchmark, not a test: it asserts nothing).
 *
 * scripts/bench.sh boots it after dcc_victim.ko under QEMU with
 * "-icount shift=0 -smp 1", where the guest clock advances with every
 * instruction: a counter delta is an instruction count, the same on every
 * run. For each path it attaches what the path needs to
 * dcc_victim_trivial(), times @calls calls with interrupts off and prints
 * a line the host turns into instructions per call:
 *
 *	dcc-bench: spin n=<n> ticks=<t> hz=<f>	2 instructions per iteration;
 *						f: the counter's ticks per second
 *	dcc-bench: empty n=<calls> ticks=<t>	the loop without the call
 *	dcc-bench: path=<name> n=<calls> ticks=<t>
 *	dcc-bench: path=<name> na=<why>
 *	dcc-bench: site-off=<hex> / site-on=<hex>	the patch site's bytes
 *	dcc-bench: done
 */
#define pr_fmt(fmt) "dcc-bench: " fmt

#include <linux/delay.h>
#include <linux/ftrace.h>
#include <linux/irqflags.h>
#include <linux/kprobes.h>
#include <linux/module.h>
#include <linux/string.h>
#include <linux/timex.h>
#include <linux/utsname.h>
#include "dcc_arch.h"
#include "dcc_compat.h"
#include "dcc_contract.h"
#include "dcc_victim.h"

static ulong calls = 100000;
module_param(calls, ulong, 0444);
MODULE_PARM_DESC(calls, "calls timed per path (default 100000)");

static ulong spin = 10000000;
module_param(spin, ulong, 0444);
MODULE_PARM_DESC(spin, "iterations of the calibration loop (default 10000000)");

static struct ftrace_ops dcc_bench_direct_ops;
static struct ftrace_ops dcc_bench_ops;
static struct kprobe dcc_bench_kp;

static noinline notrace long dcc_bench_calls(unsigned long n)
{
	long x = 0;

	while (n--)
		x = dcc_victim_trivial(x);
	return x;
}

/* dcc_bench_calls() without the call: the loop overhead to subtract. */
static noinline notrace long dcc_bench_empty(unsigned long n)
{
	long x = 0;

	while (n--)
		OPTIMIZER_HIDE_VAR(x);
	return x;
}

static noinline notrace long dcc_bench_spin_loop(unsigned long n)
{
	dcc_bench_spin(n);
	return 0;
}

/* Counter ticks @loop(@n) takes with interrupts off. */
static notrace u64 dcc_bench_ticks(long (*loop)(unsigned long), unsigned long n)
{
	unsigned long flags;
	cycles_t t0, t1;

	local_irq_save(flags);
	t0 = get_cycles();
	loop(n);
	t1 = get_cycles();
	local_irq_restore(flags);
	return t1 - t0;
}

static notrace void dcc_bench_callback(unsigned long ip, unsigned long parent_ip,
				       struct ftrace_ops *op, struct ftrace_regs *fregs)
{
}

static notrace int dcc_bench_kp_pre(struct kprobe *p, struct pt_regs *regs)
{
	return 0;
}

static int dcc_bench_direct_attach(void)
{
	int ret;

	memset(&dcc_bench_direct_ops, 0, sizeof(dcc_bench_direct_ops));
	ret = ftrace_set_filter_ip(&dcc_bench_direct_ops,
				   (unsigned long)dcc_victim_trivial, 0, 0);
	if (!ret)
		ret = dcc_direct_register(&dcc_bench_direct_ops,
					  (unsigned long)dcc_bench_tramp);
	if (ret)
		ftrace_free_filter(&dcc_bench_direct_ops);
	return ret;
}

static void dcc_bench_direct_detach(void)
{
	WARN_ON(dcc_direct_unregister(&dcc_bench_direct_ops,
				      (unsigned long)dcc_bench_tramp));
}

static int dcc_bench_ops_attach(unsigned long flags)
{
	int ret;

	memset(&dcc_bench_ops, 0, sizeof(dcc_bench_ops));
	dcc_bench_ops.func = dcc_bench_callback;
	dcc_bench_ops.flags = flags;
	ret = ftrace_set_filter_ip(&dcc_bench_ops, (unsigned long)dcc_victim_trivial, 0, 0);
	if (!ret)
		ret = register_ftrace_function(&dcc_bench_ops);
	if (ret)
		ftrace_free_filter(&dcc_bench_ops);
	return ret;
}

static void dcc_bench_ops_detach(void)
{
	WARN_ON(unregister_ftrace_function(&dcc_bench_ops));
	ftrace_free_filter(&dcc_bench_ops);
}

static int dcc_bench_kprobe_attach(void)
{
	memset(&dcc_bench_kp, 0, sizeof(dcc_bench_kp));
	dcc_bench_kp.addr = (kprobe_opcode_t *)dcc_victim_trivial;
	dcc_bench_kp.pre_handler = dcc_bench_kp_pre;
	return register_kprobe(&dcc_bench_kp);
}

/**
 * enum dcc_bench_what - what a path attaches to dcc_victim_trivial().
 * @DCC_B_DIRECT: a direct ops with dcc_bench_tramp.
 * @DCC_B_OPS: an ftrace_ops with an empty callback.
 * @DCC_B_REGS: the ftrace_ops asks for pt_regs (SAVE_REGS).
 * @DCC_B_KPROBE: a kprobe at the entry, with an empty pre-handler.
 */
enum dcc_bench_what {
	DCC_B_DIRECT = BIT(0),
	DCC_B_OPS = BIT(1),
	DCC_B_REGS = BIT(2),
	DCC_B_KPROBE = BIT(3),
};

static const struct {
	const char *name;
	unsigned int what;
} dcc_bench_paths[] = {
	{ "untraced", 0 },
	{ "direct", DCC_B_DIRECT },
	{ "direct+ops", DCC_B_DIRECT | DCC_B_OPS },
	{ "ops", DCC_B_OPS },
	{ "ops-save-regs", DCC_B_OPS | DCC_B_REGS },
	{ "kprobe", DCC_B_KPROBE },
};

static void dcc_bench_detach(unsigned int what)
{
	if (what & DCC_B_KPROBE)
		unregister_kprobe(&dcc_bench_kp);
	if (what & DCC_B_OPS)
		dcc_bench_ops_detach();
	if (what & DCC_B_DIRECT)
		dcc_bench_direct_detach();
}

/* Attach what @what names; on failure print why and leave nothing attached. */
static int dcc_bench_attach(const char *name, unsigned int what)
{
	unsigned int done = 0;
	const char *step = "";
	int ret = 0;

	if ((what & DCC_B_REGS) && !DCC_HAVE_SAVE_REGS_OPS) {
		pr_info("path=%s na=no DYNAMIC_FTRACE_WITH_REGS on %s\n", name, DCC_ARCH_NAME);
		return -EOPNOTSUPP;
	}
	if (what & DCC_B_DIRECT) {
		step = "register_ftrace_direct";
		ret = DCC_HAVE_DIRECT_CALLS ? dcc_bench_direct_attach() : -ENODEV;
		if (!ret)
			done |= DCC_B_DIRECT;
	}
	if (!ret && (what & DCC_B_OPS)) {
		step = "register_ftrace_function";
		ret = dcc_bench_ops_attach(what & DCC_B_REGS ? FTRACE_OPS_FL_SAVE_REGS : 0);
		if (!ret)
			done |= DCC_B_OPS;
	}
	if (!ret && (what & DCC_B_KPROBE)) {
		step = "register_kprobe at the entry";
		ret = dcc_bench_kprobe_attach();
	}
	if (ret) {
		pr_info("path=%s na=%s: error %d\n", name, step, ret);
		dcc_bench_detach(done);
	}
	return ret;
}

static void dcc_bench_site(const char *label)
{
	pr_info("%s=%*phN\n", label, DCC_ARCH_MAX_RESUME_OFFSET, (void *)dcc_victim_trivial);
}

static int __init dcc_bench_init(void)
{
	u64 empty;
	int i;

	if (!calls || !spin) {
		pr_err("calls= and spin= must be positive\n");
		return -EINVAL;
	}
	pr_info("arch=%s kernel=%s calls=%lu\n", DCC_ARCH_NAME, init_utsname()->release, calls);
	pr_info("spin n=%lu ticks=%llu hz=%lu\n", spin,
		dcc_bench_ticks(dcc_bench_spin_loop, spin), (unsigned long)DCC_ARCH_COUNTER_HZ);
	empty = dcc_bench_ticks(dcc_bench_empty, calls);
	pr_info("empty n=%lu ticks=%llu\n", calls, empty);
	dcc_bench_site("site-off");
	for (i = 0; i < ARRAY_SIZE(dcc_bench_paths); i++) {
		const char *name = dcc_bench_paths[i].name;
		unsigned int what = dcc_bench_paths[i].what;

		if (dcc_bench_attach(name, what))
			continue;
		/* Warm the path once, untimed. */
		dcc_bench_calls(1);
		pr_info("path=%s n=%lu ticks=%llu\n", name, calls,
			dcc_bench_ticks(dcc_bench_calls, calls));
		if (what == DCC_B_DIRECT)
			dcc_bench_site("site-on");
		dcc_bench_detach(what);
	}
	pr_info("done\n");
	return 0;
}

static void __exit dcc_bench_exit(void)
{
}

module_init(dcc_bench_init);
module_exit(dcc_bench_exit);
MODULE_DESCRIPTION("ftrace direct-call conformance: per-call cost benchmark");
MODULE_LICENSE("GPL");
