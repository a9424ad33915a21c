// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_suite_direct.c - suite "dcc_direct": a direct trampoline on its own.
 * Clauses tramp-abi, arg-integrity, resume-untouched and directness.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kallsyms.h>
#include <linux/math.h>
#include <linux/reboot.h>
#include "dcc_core.h"

static void dcc_expect_args(struct kunit *test, const struct dcc_tramp_frame *f,
			    const long *args, int n)
{
	int i;

	for (i = 0; i < DCC_ARCH_NR_ARG_REGS && i < n; i++)
		KUNIT_EXPECT_EQ_MSG(test, f->args[i], (unsigned long)args[i],
				    "trampoline saw arg %d", i);
	for (i = 0; i < n; i++)
		KUNIT_EXPECT_EQ_MSG(test, dcc_victim_state.args[DCC_V_ARGS8][i], args[i],
				    "body saw arg %d", i);
}

/*
 * dcc_basic - clauses tramp-abi, arg-integrity.
 * The trampoline runs exactly once per call, the body exactly once, all
 * argument registers and the return value are intact; after unregistering
 * the trampoline runs no more.
 */
static void dcc_basic(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	long args[8] = { 0x1111, -0x2222, 0x3333, -0x4444,
			 0x5555, -0x6666, 0x7777, -0x7888 };
	int hits, calls, bad = 0, i;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_args8, dcc_tramp_a), 0);
	hits = dcc_hits(DCC_TRAMP_A);
	calls = dcc_victim_calls(DCC_V_ARGS8);
	for (i = 0; i < DCC_CALLS; i++) {
		args[0] = i;
		bad += dcc_victim_args8(args[0], args[1], args[2], args[3],
					args[4], args[5], args[6], args[7]) !=
		       dcc_victim_expect(args, 8);
	}
	KUNIT_EXPECT_EQ_MSG(test, bad, 0, "wrong return values out of %d calls", DCC_CALLS);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, DCC_CALLS);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_ARGS8) - calls, DCC_CALLS);
	dcc_expect_args(test, &dcc_stats[DCC_TRAMP_A].last, args, 8);

	KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
	hits = dcc_hits(DCC_TRAMP_A);
	calls = dcc_victim_calls(DCC_V_ARGS8);
	for (i = 0, bad = 0; i < DCC_CALLS; i++)
		bad += dcc_victim_args8(args[0], args[1], args[2], args[3],
					args[4], args[5], args[6], args[7]) !=
		       dcc_victim_expect(args, 8);
	KUNIT_EXPECT_EQ(test, bad, 0);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 0);
	KUNIT_EXPECT_EQ(test, dcc_victim_calls(DCC_V_ARGS8) - calls, DCC_CALLS);
}

/*
 * dcc_stack_args - clause arg-integrity.
 * Ten arguments: the register ones reach the trampoline, and all of them,
 * including those on the stack, reach the body unchanged, and its return
 * value reaches the caller.
 */
static void dcc_stack_args(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	int hits;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_args10,
						dcc_tramp_a), 0);
	hits = dcc_hits(DCC_TRAMP_A);
	dcc_calls_check(test, dcc_victim_args10, DCC_V_ARGS10, 7, 1, "direct alone");
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 1);
	dcc_expect_tramp_args(test, DCC_TRAMP_A, 7, "direct alone");
}

/* One call of dcc_victim_other() from here, with its arguments literal. */
#define DCC_OTHER_LITERAL()	dcc_victim_other(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)

static long dcc_other_literal_expect(void)
{
	static const long a[DCC_NR_ARGS] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };

	return dcc_victim_expect(a, DCC_NR_ARGS) + dcc_victim_bias(DCC_V_OTHER);
}

static noinline long dcc_second_caller(void)
{
	return DCC_OTHER_LITERAL() + 1;
}

/*
 * dcc_ip_parent - clause tramp-abi.
 * The trampoline is handed a resume address just past the patch site and
 * the caller's return address, for two callers. (It cannot see a
 * resume-untouched violation: the patch site's call writes that register;
 * dcc_sharing.dcc_ipmodify_share can.)
 */
static void dcc_ip_parent(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	unsigned long func = (unsigned long)dcc_victim_other;
	struct dcc_tramp_frame *last = &dcc_stats[DCC_TRAMP_A].last;
	char *sym;

	dcc_require_direct(test);
	/* Off the stack: with KASAN the frame came within 24 bytes of 1024. */
	sym = kunit_kmalloc(test, KSYM_SYMBOL_LEN, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, sym);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_other, dcc_tramp_a), 0);

	KUNIT_EXPECT_EQ(test, DCC_OTHER_LITERAL(), dcc_other_literal_expect());
	KUNIT_EXPECT_GT(test, last->resume_ip, func);
	KUNIT_EXPECT_LE(test, last->resume_ip, func + DCC_ARCH_MAX_RESUME_OFFSET);
	dcc_observe(test, "resume_offset", "%lu", last->resume_ip - func);
	dcc_symbol(sym, KSYM_SYMBOL_LEN, last->parent_ip);
	KUNIT_EXPECT_STREQ(test, sym, "dcc_ip_parent");

	KUNIT_EXPECT_EQ(test, dcc_second_caller(), dcc_other_literal_expect() + 1);
	dcc_symbol(sym, KSYM_SYMBOL_LEN, last->parent_ip);
	KUNIT_EXPECT_STREQ(test, sym, "dcc_second_caller");
}

/*
 * dcc_multi - clause tramp-abi.
 * One direct ops over more functions than the old 32-entry hash: every call
 * reaches the trampoline once, with its own function's resume address.
 */
static void dcc_multi(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_direct *d = &ctx->direct[0];
	struct dcc_tramp_frame *last = &dcc_stats[DCC_TRAMP_A].last;
	int i, hits;

	dcc_require_direct(test);
	KUNIT_ASSERT_EQ(test, dcc_direct_set_filter(d, dcc_victim_many[0]), 0);
	for (i = 1; i < DCC_VICTIM_MANY; i++) {
		unsigned long ip = (unsigned long)dcc_victim_many[i];

		KUNIT_ASSERT_EQ(test, ftrace_set_filter_ip(&d->ops, ip, 0, 0), 0);
	}
	KUNIT_ASSERT_EQ(test, dcc_direct_register_filtered(d, dcc_tramp_a), 0);

	for (i = 0; i < DCC_VICTIM_MANY; i++) {
		unsigned long func = (unsigned long)dcc_victim_many[i];
		int calls = atomic_read(&dcc_victim_state.many_calls[i]);

		hits = dcc_hits(DCC_TRAMP_A);
		KUNIT_EXPECT_EQ(test, dcc_victim_many[i](3), 3 * 64 + i);
		KUNIT_EXPECT_EQ_MSG(test, dcc_hits(DCC_TRAMP_A) - hits, 1, "function %d", i);
		KUNIT_EXPECT_EQ(test, atomic_read(&dcc_victim_state.many_calls[i]) - calls, 1);
		KUNIT_EXPECT_TRUE_MSG(test, last->resume_ip > func &&
				      last->resume_ip <= func + DCC_ARCH_MAX_RESUME_OFFSET,
				      "function %d resumed at %lx, not in %lx+%d", i,
				      last->resume_ip, func, DCC_ARCH_MAX_RESUME_OFFSET);
	}
}

/*
 * dcc_many_functions - clause tramp-abi, at BPF fentry.multi scale.
 * One direct ops over DCC_VICTIM_BULK (1000) functions, attached with one
 * filter update: every call reaches the trampoline once with its own
 * function's resume address and runs its body once; after unregister none
 * reaches it.
 */
static void dcc_many_functions(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_direct *d = &ctx->direct[0];
	struct dcc_tramp_frame *last = &dcc_stats[DCC_TRAMP_A].last;
	unsigned long *ips;
	int i, hits, bad_hits = 0, bad_resume = 0, bad_body = 0;

	dcc_require_direct(test);
	ips = kunit_kmalloc_array(test, DCC_VICTIM_BULK, sizeof(*ips), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, ips);
	for (i = 0; i < DCC_VICTIM_BULK; i++)
		ips[i] = (unsigned long)dcc_victim_bulk[i];
	KUNIT_ASSERT_EQ(test, dcc_direct_set_filter(d, dcc_victim_bulk[0]), 0);
	KUNIT_ASSERT_EQ(test, ftrace_set_filter_ips(&d->ops, ips + 1, DCC_VICTIM_BULK - 1,
						    0, 0), 0);
	KUNIT_ASSERT_EQ(test, dcc_direct_register_filtered(d, dcc_tramp_a), 0);

	for (i = 0; i < DCC_VICTIM_BULK; i++) {
		int calls = atomic_read(&dcc_victim_state.bulk_calls[i]);

		hits = dcc_hits(DCC_TRAMP_A);
		if (dcc_victim_bulk[i](5) != 5 * 4096 + i)
			bad_body++;
		bad_hits += dcc_hits(DCC_TRAMP_A) - hits != 1;
		bad_body += atomic_read(&dcc_victim_state.bulk_calls[i]) - calls != 1;
		bad_resume += last->resume_ip <= ips[i] ||
			      last->resume_ip > ips[i] + DCC_ARCH_MAX_RESUME_OFFSET;
	}
	KUNIT_EXPECT_EQ_MSG(test, bad_hits, 0,
			    "functions whose call did not run the trampoline once");
	KUNIT_EXPECT_EQ_MSG(test, bad_body, 0,
			    "functions whose body did not run once, or returned wrong");
	KUNIT_EXPECT_EQ_MSG(test, bad_resume, 0, "functions resumed outside their own patch site");

	KUNIT_ASSERT_EQ(test, dcc_direct_detach(d), 0);
	hits = dcc_hits(DCC_TRAMP_A);
	for (i = 0; i < DCC_VICTIM_BULK; i++)
		dcc_victim_bulk[i](1);
	KUNIT_EXPECT_EQ_MSG(test, dcc_hits(DCC_TRAMP_A) - hits, 0,
			    "trampoline ran after unregister");
}

static const char *dcc_site_kind(unsigned long target, unsigned long tramp)
{
	if (!target)
		return "nop";
	return target == tramp ? "direct" : "caller";
}

/* What the site calls, by name ("none" for NOPs). */
static void dcc_site_target(char *buf, size_t len, unsigned long target, unsigned long tramp)
{
	if (!target)
		strscpy(buf, "none", len);
	else if (target == tramp)
		strscpy(buf, "dcc_tramp_a", len);	/* not a riscv "$x" mapping symbol */
	else
		dcc_symbol(buf, len, target);
}

/*
 * dcc_expect_caller() - the site at @func calls the entry of the kernel's
 * ftrace caller (ftrace_caller, or ftrace_regs_caller where the arch has
 * one: x86_64, riscv 6.1), not the trampoline, another ops' trampoline or
 * the middle of a function.
 */
static void dcc_expect_caller(struct kunit *test, unsigned long target, const char *when)
{
	/* Compared, not shown: a longer name, cut short, still differs. */
	char sym[64];

	/*
	 * A site calling four bytes into the caller, on purpose: to prove the
	 * offset is compared, not only the symbol.
	 */
	if (dcc_injecting("site"))
		target += 4;
	snprintf(sym, sizeof(sym), "%pS", (void *)target);
	KUNIT_EXPECT_TRUE_MSG(test, str_has_prefix(sym, "ftrace_caller+0x0/") ||
			      str_has_prefix(sym, "ftrace_regs_caller+0x0/"),
			      "%s: the site calls %pS, not the entry of the ftrace caller", when,
			      (void *)target);
}

/*
 * dcc_expect_site_ops() - where the kernel has a CALL_OPS literal before
 * @func (dcc_arch_site_ops()), it names @d's ops when that is the only ops
 * on @func (@alone), and that ops' direct_call is @d's trampoline: the
 * ftrace caller's fast path jumps there without saving anything. When
 * shared it names another ops (the list ops), so that every ops runs.
 */
static void dcc_expect_site_ops(struct kunit *test, unsigned long func, struct dcc_direct *d,
				bool alone, const char *when)
{
	unsigned long lit = dcc_arch_site_ops(func), own = (unsigned long)&d->ops;
	char *sym;

	if (!lit)
		return;
	/* Off the stack: with KASAN the frame came within 24 bytes of 1024. */
	sym = kunit_kmalloc(test, KSYM_SYMBOL_LEN, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, sym);
	dcc_symbol(sym, KSYM_SYMBOL_LEN, lit);
	if (strcmp(when, "alone again"))
		dcc_observe(test, alone ? "literal_alone" : "literal_shared", "%s",
			    lit == own ? "the direct ops" : sym);
	if (alone) {
		KUNIT_EXPECT_EQ_MSG(test, lit, own,
				    "%s: the ops literal names %s, not the direct ops", when, sym);
		KUNIT_EXPECT_EQ_MSG(test, (unsigned long)DCC_OPS_DIRECT_CALL(&d->ops), d->addr,
				    "%s: ops->direct_call is not the trampoline", when);
	} else {
		KUNIT_EXPECT_NE_MSG(test, lit, own,
				    "%s: the ops literal still names the direct ops alone", when);
	}
}

/*
 * dcc_directness - clause directness.
 * Alone, the patch site calls the trampoline itself wherever the arch can
 * reach it (dcc_arch_call_reaches()); with another ops on the function it
 * calls the ftrace caller; when the other ops goes, it is direct again.
 */
static void dcc_directness(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	unsigned long func = (unsigned long)dcc_victim_probe;
	unsigned long tramp = (unsigned long)dcc_tramp_a, target;
	bool reaches = dcc_arch_call_reaches(func, tramp);
	char *sym;

	dcc_require_direct(test);
	/* Off the stack: with KASAN the frame came within 8 bytes of 1024. */
	sym = kunit_kmalloc(test, KSYM_SYMBOL_LEN, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, sym);
	KUNIT_EXPECT_EQ(test, dcc_arch_call_target(func), 0UL);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], dcc_victim_probe, dcc_tramp_a), 0);
	target = dcc_arch_call_target(func);
	dcc_site_target(sym, KSYM_SYMBOL_LEN, target, tramp);
	dcc_observe(test, "alone", "%s", dcc_site_kind(target, tramp));
	dcc_observe(test, "alone_target", "%s", sym);
	if (reaches)
		KUNIT_EXPECT_EQ_MSG(test, target, tramp, "site calls %s, not the trampoline", sym);
	else
		dcc_expect_caller(test, target, "alone, out of reach");
	KUNIT_EXPECT_NE(test, target, 0UL);
	dcc_expect_site_ops(test, func, &ctx->direct[0], true, "alone");

	KUNIT_ASSERT_EQ(test, dcc_ops_attach(&ctx->ops[0], dcc_victim_probe, 0), 0);
	target = dcc_arch_call_target(func);
	dcc_site_target(sym, KSYM_SYMBOL_LEN, target, tramp);
	dcc_observe(test, "shared", "%s", dcc_site_kind(target, tramp));
	dcc_observe(test, "shared_target", "%s", sym);
	dcc_expect_caller(test, target, "shared");
	dcc_expect_site_ops(test, func, &ctx->direct[0], false, "shared");

	KUNIT_ASSERT_EQ(test, dcc_ops_detach(&ctx->ops[0]), 0);
	target = dcc_arch_call_target(func);
	KUNIT_EXPECT_EQ(test, target == tramp, reaches);
	if (!reaches)
		dcc_expect_caller(test, target, "alone again, out of reach");
	dcc_expect_site_ops(test, func, &ctx->direct[0], true, "alone again");

	KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
	KUNIT_EXPECT_EQ(test, dcc_arch_call_target(func), 0UL);

	/*
	 * The same for a vmlinux function, which a large image (a KASAN
	 * kernel) puts out of an arm64 BL's reach of module trampolines:
	 * ftrace must then fall back to the caller. kernel_halt() is never
	 * called during the suite, so no stale call can outlive the module.
	 */
	func = (unsigned long)kernel_halt;
	reaches = dcc_arch_call_reaches(func, tramp);
	dcc_observe(test, "vmlinux_in_reach", "%s", reaches ? "yes" : "no");
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], kernel_halt, dcc_tramp_a), 0);
	target = dcc_arch_call_target(func);
	dcc_site_target(sym, KSYM_SYMBOL_LEN, target, tramp);
	dcc_observe(test, "vmlinux_alone", "%s", dcc_site_kind(target, tramp));
	dcc_observe(test, "vmlinux_alone_target", "%s", sym);
	KUNIT_EXPECT_NE(test, target, 0UL);
	KUNIT_EXPECT_EQ_MSG(test, target == tramp, reaches, "site calls %s, in reach: %d",
			    sym, reaches);
	if (!reaches)
		dcc_expect_caller(test, target, "vmlinux, out of reach");
	KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
	KUNIT_EXPECT_EQ(test, dcc_arch_call_target(func), 0UL);
}

/*
 * The caller of int_pow() in dcc_vmlinux_call(), named as the parent.
 * Interrupts are off so that no other call of int_pow() runs on this CPU
 * as this task (dcc_tramp_stats.only tells other tasks' calls apart).
 */
static noinline u64 dcc_call_pow(u64 base, unsigned int exp)
{
	unsigned long flags;
	u64 ret;

	local_irq_save(flags);
	ret = int_pow(base, exp);
	local_irq_restore(flags);
	barrier();
	return ret;
}

#define DCC_VMLINUX_CALLS	100

/*
 * dcc_vmlinux_call - clauses tramp-abi, arg-integrity.
 * A trampoline in module text on a vmlinux function, int_pow(), which
 * nothing else in the QEMU guests calls (drivers do, on some boards: the
 * trampoline's runs for other tasks' calls are counted apart, and
 * observed): every call of the case's runs the trampoline once, which
 * sees both arguments (checked per call; they differ from one call to
 * the next, so a missed run shows), and the body computes from them; the
 * last call handed the trampoline the resume address just past the patch
 * site and the caller as parent.
 * Where the trampoline is out of a call's reach from vmlinux (riscv 7.3:
 * every module trampoline; arm64 with an image over 128 MiB: PROFILE=debug,
 * distribution kernels), the site calls ftrace_caller, whose CALL_OPS fast
 * path jumps to ops->direct_call without the ops list: on arm64 the only
 * calls the suite makes through that path. Which path the site takes is
 * observed (what it must be is dcc_directness's).
 */
static void dcc_vmlinux_call(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	struct dcc_tramp_frame *last = &dcc_stats[DCC_TRAMP_A].last;
	unsigned long func = (unsigned long)int_pow, tramp = (unsigned long)dcc_tramp_a;
	int i, hits, foreign;
	/* Compared, not shown: a longer name, cut short, still differs. */
	char sym[64];

	dcc_require_direct(test);
	foreign = atomic_read(&dcc_stats[DCC_TRAMP_A].foreign);
	WRITE_ONCE(dcc_stats[DCC_TRAMP_A].only, current);
	KUNIT_ASSERT_EQ(test, dcc_direct_attach(&ctx->direct[0], int_pow, dcc_tramp_a), 0);
	dcc_observe(test, "path", "%s", dcc_site_kind(dcc_arch_call_target(func), tramp));
	hits = dcc_hits(DCC_TRAMP_A);
	for (i = 0; i < DCC_VMLINUX_CALLS; i++) {
		u64 base = 3 + i % 5, want = 1, got;
		unsigned int exp = 1 + i % 11, e;

		for (e = 0; e < exp; e++)
			want *= base;
		got = dcc_call_pow(base, exp);
		if (last->args[0] != base || (u32)last->args[1] != exp) {
			KUNIT_FAIL(test,
				   "call %d: the trampoline saw arguments %#lx, %#lx, not %llu, %u",
				   i, last->args[0], last->args[1], base, exp);
			break;
		}
		if (got != want) {
			KUNIT_FAIL(test, "call %d: int_pow(%llu, %u) returned %llu, not %llu", i,
				   base, exp, got, want);
			break;
		}
	}
	/* After a failed call the count proves nothing more. */
	if (i == DCC_VMLINUX_CALLS)
		KUNIT_EXPECT_EQ_MSG(test, dcc_hits(DCC_TRAMP_A) - hits, i,
				    "trampoline runs for %d calls of int_pow()", i);
	KUNIT_EXPECT_TRUE_MSG(test, last->resume_ip > func &&
			      last->resume_ip <= func + DCC_ARCH_MAX_RESUME_OFFSET,
			      "trampoline was handed resume address %pS, not one just past the patch site of int_pow",
			      (void *)last->resume_ip);
	dcc_symbol(sym, sizeof(sym), last->parent_ip);
	KUNIT_EXPECT_STREQ_MSG(test, sym, "dcc_call_pow", "trampoline was handed parent %pS",
			       (void *)last->parent_ip);

	KUNIT_ASSERT_EQ(test, dcc_direct_detach(&ctx->direct[0]), 0);
	/* Detached, every run counts: whoever's call it is, it is late. */
	WRITE_ONCE(dcc_stats[DCC_TRAMP_A].only, NULL);
	dcc_observe(test, "other_tasks_calls", "%d",
		    atomic_read(&dcc_stats[DCC_TRAMP_A].foreign) - foreign);
	hits = dcc_hits(DCC_TRAMP_A);
	KUNIT_EXPECT_EQ(test, dcc_call_pow(2, 10), 1024ULL);
	KUNIT_EXPECT_EQ(test, dcc_hits(DCC_TRAMP_A) - hits, 0);
}

static struct kunit_case dcc_direct_cases[] = {
	DCC_CASE(dcc_basic, "tramp-abi arg-integrity", "-",
		 "trampoline and body once per call, 8 argument registers and return value intact, 0 hits after unregister"
	),
	DCC_CASE(dcc_stack_args, "arg-integrity", "-",
		 "10 arguments (stack ones too) and the return value, trampoline alone"),
	DCC_CASE(dcc_ip_parent, "tramp-abi", "-",
		 "resume address just past the patch site, parent = caller, for two callers"),
	DCC_CASE(dcc_multi, "tramp-abi", "-",
		 "one ops over 40 functions, each call routed with its own ip"),
	DCC_CASE(dcc_many_functions, "tramp-abi lifecycle", "-",
		 "one ops over 1000 functions (BPF fentry.multi scale): each call once, own resume address; none after unregister"
	),
	DCC_CASE(dcc_directness, "directness", "-",
		 "decoded patch site: trampoline alone, the entry of ftrace_caller (or ftrace_regs_caller: x86_64, riscv 6.1) when shared or out of reach; for a vmlinux function, direct exactly when a call can reach the module; where CALL_OPS, the ops literal names the direct ops (direct_call = the trampoline) alone and another ops when shared"
	),
	DCC_CASE(dcc_vmlinux_call, "tramp-abi arg-integrity", "-",
		 "a vmlinux function (int_pow) with the trampoline in the module: each of the case's 100 calls (interrupts off; other tasks' calls counted apart, observed) runs it once with both arguments, the right power returned; the last call's resume address and parent; out of a call's reach (riscv 7.3; arm64 with a large image) through the ftrace caller's CALL_OPS fast path; none after unregister"
	),
	{}
};

struct kunit_suite dcc_direct_suite = {
	.name = "dcc_direct",
	.suite_init = dcc_suite_init,
	.init = dcc_case_init,
	.exit = dcc_case_exit,
	.test_cases = dcc_direct_cases,
};

kunit_test_suite(dcc_direct_suite);
