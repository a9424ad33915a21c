// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_core.c - shared machinery of the conformance suites.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/cpu.h>
#include <linux/delay.h>
#include <linux/workqueue.h>
#include <linux/umh.h>
#include <linux/kstrtox.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/panic.h>
#include <linux/percpu.h>
#include <linux/rcupdate.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/utsname.h>
#include "dcc_core.h"

/*
 * inject=inflight: a caller in trampoline A sleeps there in steps of
 * DCC_INFLIGHT_US until A is retired, DCC_INFLIGHT_STEPS at most.
 */
#define DCC_INFLIGHT_US		10000
#define DCC_INFLIGHT_STEPS	100

/* The faults inject= knows; scripts/lib.sh reads this list too. */
#define DCC_FAULTS "fail, hang, stall, busy, warn, oops, panic, taint, poweroff, leak, helper-crash, wrong-errno, early-retire, inflight, unreached, frame, site"

static char *inject = "";
module_param(inject, charp, 0444);
MODULE_PARM_DESC(inject, "fault to inject, to prove the harness catches it: " DCC_FAULTS);

static char *cases = "";
module_param(cases, charp, 0444);
MODULE_PARM_DESC(cases, "comma-separated suites and cases to run; the others SKIP (default: all)");

static char *module_rounds = "";
module_param(module_rounds, charp, 0444);
MODULE_PARM_DESC(module_rounds,
		 "load/attach/detach/unload rounds of dcc_module_lifecycle, 1 to 1000 (default 20)");

struct dcc_tramp_stats dcc_stats[DCC_NR_TRAMPS];
static atomic_t dcc_seq = ATOMIC_INIT(0);

/**
 * dcc_next_seq() - a global sequence number, to order callbacks of one call.
 *
 * Return: the next number, one more than the last one handed out.
 */
notrace int dcc_next_seq(void)
{
	return atomic_inc_return(&dcc_seq);
}

/*
 * A module parameter's value. Linux 6.1 runs a module's KUnit suites at
 * MODULE_STATE_COMING, before load_module() parses the parameters: there
 * the value is read from the module's raw argument string instead, into
 * @buf; NULL if it does not fit there.
 */
static notrace const char *dcc_param(const char *name, const char *parsed, char *buf,
				     size_t len)
{
	/* Built in: the command line was parsed before any suite ran. */
	const char *p = DCC_MODULE_RAW_ARGS(THIS_MODULE);
	size_t n = strlen(name);

	if (parsed && *parsed)
		return parsed;
	while (p && *p) {
		p = skip_spaces(p);
		if (!strncmp(p, name, n) && p[n] == '=') {
			if (strcspn(p + n + 1, "\n ") >= len)
				return NULL;
			strscpy(buf, p + n + 1, strcspn(p + n + 1, "\n ") + 1);
			return buf;
		}
		p += strcspn(p, " ");
	}
	return "";
}

/* The inject= module parameter's value, "" without it. */
static notrace const char *dcc_inject_value(void)
{
	static char buf[32];
	const char *v = dcc_param("inject", inject, buf, sizeof(buf));

	/* Too long to be a fault: dcc_inject_known() refuses it. */
	return v ? v : "(too long)";
}

/**
 * dcc_injecting() - whether the inject= module parameter names @fault.
 * @fault: one of the faults inject= lists (its MODULE_PARM_DESC).
 *
 * Return: true if @fault is to be injected.
 */
notrace bool dcc_injecting(const char *fault)
{
	return !strcmp(dcc_inject_value(), fault);
}

/* Whether inject= is unset or one of DCC_FAULTS. */
static bool dcc_inject_known(void)
{
	const char *v = dcc_inject_value(), *p = DCC_FAULTS;
	size_t len = strlen(v), n;

	if (!len)
		return true;
	while (*p) {
		n = strcspn(p, ",");
		if (n == len && !strncmp(p, v, len))
			return true;
		p += n;
		p += strspn(p, ", ");
	}
	return false;
}

/**
 * dcc_module_rounds() - rounds of dcc_module_lifecycle.
 *
 * Return: the module_rounds= parameter, DCC_MODULE_ROUNDS without it, or
 * -EINVAL if it is not a number from 1 to 1000.
 */
int dcc_module_rounds(void)
{
	static char buf[16];
	const char *v = dcc_param("module_rounds", module_rounds, buf, sizeof(buf));
	unsigned int n;

	if (!v)
		return -EINVAL;
	if (!*v)
		return DCC_MODULE_ROUNDS;
	if (kstrtouint(v, 10, &n) || !n || n > 1000)
		return -EINVAL;
	return n;
}

/**
 * struct dcc_caller_snap - what the caller kthread bound to a CPU noted.
 * @task: the caller kthread, NULL when none runs there.
 * @nivcsw: its involuntary context switch count before its current call.
 * @epoch: dcc_retire_epoch before its current call.
 */
struct dcc_caller_snap {
	struct task_struct *task;
	unsigned long nivcsw;
	int epoch;
};

static DEFINE_PER_CPU(struct dcc_caller_snap, dcc_caller_snap);
atomic_t dcc_retire_epoch = ATOMIC_INIT(0);

/*
 * Count a late run of @st: whether the running task is a caller kthread
 * whose current call began before @st was retired (in flight), and if so
 * whether it was preempted since. Callers are bound to their CPU, so the
 * snapshot read here is their own.
 */
static notrace void dcc_count_late(struct dcc_tramp_stats *st)
{
	struct dcc_caller_snap *snap = raw_cpu_ptr(&dcc_caller_snap);

	atomic_inc(&st->late);
	if (READ_ONCE(snap->task) != current ||
	    READ_ONCE(snap->epoch) >= READ_ONCE(st->retire_epoch))
		return;
	atomic_inc(&st->late_inflight);
	if (READ_ONCE(current->nivcsw) != READ_ONCE(snap->nivcsw))
		atomic_inc(&st->late_preempted);
}

/* Called from the trampolines, with the traced function's arguments live. */
notrace void dcc_tramp_handler(unsigned long id, struct dcc_tramp_frame *frame)
{
	struct dcc_tramp_stats *st;
	struct task_struct *only;

	if (WARN_ON_ONCE(id >= DCC_NR_TRAMPS))
		return;
	st = &dcc_stats[id];
	/* Another task's call of a function the case does not own. */
	only = READ_ONCE(st->only);
	if (only && only != current) {
		atomic_inc(&st->foreign);
		return;
	}
	/*
	 * A caller held up in trampoline A, on purpose: it sleeps there (as a
	 * sleepable BPF program may) until A is retired, so that even a
	 * kernel that stops every CPU to patch has it in flight when
	 * dcc_modify_under_load's modify returns, which proves such runs are
	 * told apart from calls routed to A after it. Until the retirement,
	 * not for a fixed time: a modify that took longer after its switch
	 * than a fixed sleep let every held call out before it returned.
	 */
	if (id == DCC_TRAMP_A && dcc_injecting("inflight") &&
	    READ_ONCE(raw_cpu_ptr(&dcc_caller_snap)->task) == current) {
		int step;

		/* Pairs with dcc_tramp_retire(), as below. */
		for (step = 0; step < DCC_INFLIGHT_STEPS && !smp_load_acquire(&st->retired); step++)
			usleep_range(DCC_INFLIGHT_US, DCC_INFLIGHT_US + 1000);
	}
	/* Pairs with dcc_tramp_retire(): a late run sees the reset counts. */
	if (smp_load_acquire(&st->retired))
		dcc_count_late(st);
	st->last = *frame;
	/*
	 * A trampoline handed a wrong parent, on purpose: one instruction
	 * off, still inside the caller, to prove dcc_expect_tramp_frame()
	 * compares the address, not only the function it lies in.
	 */
	if (dcc_injecting("frame"))
		st->last.parent_ip += 4;
	st->seq = dcc_next_seq();
	atomic_inc(&st->hits);
	/* A broken trampoline, on purpose: clobber the first argument. */
	if (dcc_injecting("fail"))
		frame->args[0] ^= 1;
}

/**
 * dcc_seen_errno() - the errno a "refused" branch is about to assert.
 * @ret: what the kernel returned.
 *
 * inject=wrong-errno perturbs it, to prove that such a branch reports a
 * wrong value as a FAIL naming it, never as the SKIP that follows it.
 *
 * Return: @ret, or a wrong errno under inject=wrong-errno.
 */
int dcc_seen_errno(int ret)
{
	return dcc_injecting("wrong-errno") ? ret - 1000 : ret;
}

/**
 * dcc_kernel_before() - whether the running kernel is older than @major.@minor.
 * @major: major version.
 * @minor: minor version.
 *
 * For behaviour tied to a fix no interface reveals (the suite is built for
 * many versions from one source, so not LINUX_VERSION_CODE).
 *
 * Return: true if the running kernel's version is below @major.@minor.
 */
bool dcc_kernel_before(int major, int minor)
{
	int ma = 0, mi = 0;

	if (sscanf(init_utsname()->release, "%d.%d", &ma, &mi) != 2)
		return false;
	return ma < major || (ma == major && mi < minor);
}

/**
 * dcc_require_direct() - SKIP the case, with the reason, without direct calls.
 * @test: the running case.
 */
void dcc_require_direct(struct kunit *test)
{
	if (!DCC_HAVE_DIRECT_CALLS)
		kunit_skip(test, "%s %s: no DYNAMIC_FTRACE_WITH_DIRECT_CALLS",
			   DCC_ARCH_NAME, init_utsname()->release);
}

/**
 * dcc_direct_set_filter() - reset @d and add @func to its filter.
 * @d: the direct attachment, not registered.
 * @func: a traced function.
 *
 * Return: 0 or the error of ftrace_set_filter_ip().
 */
int dcc_direct_set_filter(struct dcc_direct *d, void *func)
{
	bool share = d->share_ipmodify;
	int refuse = d->share_refuse;

	memset(d, 0, sizeof(*d));
	d->share_ipmodify = share;
	d->share_refuse = refuse;
	d->filtered = true;
	return ftrace_set_filter_ip(&d->ops, (unsigned long)func, 0, 0);
}

/* ops_func on 7.x: the function's @ip comes with the command. */
static int dcc_share_ops_func_ip(struct ftrace_ops *ops, unsigned long ip,
				 enum ftrace_ops_cmd cmd)
{
	struct dcc_direct *d = container_of(ops, struct dcc_direct, ops);

	d->share_cmds |= BIT(cmd);
	d->share_ip = ip;
	return d->share_refuse;
}

/* ops_func before 7.0: no ip. */
static int dcc_share_ops_func(struct ftrace_ops *ops, enum ftrace_ops_cmd cmd)
{
	return dcc_share_ops_func_ip(ops, 0, cmd);
}

/**
 * dcc_direct_register_filtered() - register @d, whose filter is already set.
 * @d: the direct attachment.
 * @tramp: dcc_tramp_a or dcc_tramp_b.
 *
 * The filter is kept on failure so that a retry reuses the same ops, as BPF
 * does (commit 56b3c85e153b "ftrace: Fix BPF fexit with livepatch").
 *
 * Return: 0 or the kernel's error.
 */
int dcc_direct_register_filtered(struct dcc_direct *d, void (*tramp)(void))
{
	int ret;

	if (d->share_ipmodify)
		d->ops.ops_func = DCC_OPS_FUNC(dcc_share_ops_func_ip, dcc_share_ops_func);
	ret = dcc_direct_register(&d->ops, (unsigned long)tramp);
	if (ret)
		return ret;
	d->addr = (unsigned long)tramp;
	d->registered = true;
	return 0;
}

/**
 * dcc_direct_attach() - attach trampoline @tramp to @func through @d.
 * @d: the direct attachment, not registered.
 * @func: a traced function.
 * @tramp: dcc_tramp_a or dcc_tramp_b.
 *
 * Return: 0 or the kernel's error; on error nothing stays attached.
 */
int dcc_direct_attach(struct dcc_direct *d, void *func, void (*tramp)(void))
{
	int ret = dcc_direct_set_filter(d, func);

	if (!ret)
		ret = dcc_direct_register_filtered(d, tramp);
	if (ret)
		dcc_direct_detach(d);
	return ret;
}

/**
 * dcc_direct_detach() - unregister @d if it is registered, free its filter.
 * @d: the direct attachment.
 *
 * Return: 0 or the kernel's error.
 */
int dcc_direct_detach(struct dcc_direct *d)
{
	if (d->registered) {
		d->registered = false;
		d->filtered = false;
		return dcc_direct_unregister(&d->ops, d->addr);
	}
	if (d->filtered) {
		d->filtered = false;
		ftrace_free_filter(&d->ops);
	}
	return 0;
}

static notrace void dcc_ops_callback(unsigned long ip, unsigned long parent_ip,
				     struct ftrace_ops *op, struct ftrace_regs *fregs)
{
	struct dcc_ops *o = container_of(op, struct dcc_ops, ops);
	unsigned long slot = dcc_arch_scratch_slot(fregs);

	o->slot = slot;
	if (slot && slot != DCC_SLOT_UNREADABLE && !dcc_is_tramp(slot))
		atomic_inc(&o->slot_other);
	o->ip = ip;
	o->seq = dcc_next_seq();
	atomic_inc(&o->hits);
	if (o->redirect)
		dcc_fregs_set_ip(fregs, o->redirect);
}

/**
 * dcc_ops_attach() - register an ftrace_ops callback on @func.
 * @o: the attachment; @o->redirect is kept, the rest is reset.
 * @func: a traced function.
 * @flags: FTRACE_OPS_FL_* for the ops.
 *
 * Return: 0 or the kernel's error; on error nothing stays attached.
 */
int dcc_ops_attach(struct dcc_ops *o, void *func, unsigned long flags)
{
	unsigned long redirect = o->redirect;
	int ret;

	memset(o, 0, sizeof(*o));
	o->redirect = redirect;
	o->ops.func = dcc_ops_callback;
	o->ops.flags = flags;
	ret = ftrace_set_filter_ip(&o->ops, (unsigned long)func, 0, 0);
	if (ret)
		return ret;
	ret = register_ftrace_function(&o->ops);
	if (ret) {
		ftrace_free_filter(&o->ops);
		return ret;
	}
	o->registered = true;
	return 0;
}

/**
 * dcc_ops_detach() - unregister @o if it is registered.
 * @o: the attachment.
 *
 * Return: 0 or the kernel's error.
 */
int dcc_ops_detach(struct dcc_ops *o)
{
	int ret;

	if (!o->registered)
		return 0;
	o->registered = false;
	ret = unregister_ftrace_function(&o->ops);
	ftrace_free_filter(&o->ops);
	return ret;
}

static const char *const dcc_victim_names[DCC_V_NR] = {
	[DCC_V_ARGS8] = "dcc_victim_args8",
	[DCC_V_ARGS10] = "dcc_victim_args10",
	[DCC_V_IPMOD] = "dcc_victim_ipmod",
	[DCC_V_REPLACEMENT] = "dcc_victim_replacement",
	[DCC_V_LOAD] = "dcc_victim_load",
	[DCC_V_PROBE] = "dcc_victim_probe",
	[DCC_V_OTHER] = "dcc_victim_other",
	[DCC_V_LIVEPATCH] = "dcc_livepatch_ipmod",
};

const char *dcc_victim_name(enum dcc_victim_id id)
{
	return id < DCC_V_NR ? dcc_victim_names[id] : "?";
}

/*
 * The caller of every checked call, by name: the parent return address a
 * trampoline is handed lies in it (dcc_expect_tramp_frame()). noinline,
 * and the barrier keeps the call from becoming a tail call.
 */
static noinline long dcc_call10(dcc_victim10_t fn, const long *a)
{
	long ret = fn(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]);

	barrier();
	return ret;
}

/**
 * dcc_call_check() - call @fn once with the arguments of @seed and check
 * that body @body ran once, got every argument and returned its value.
 * @fn: a ten-argument victim.
 * @body: the body that must run (the victim, or where a redirect leads).
 * @seed: the call's number (dcc_victim_args_for()).
 * @why: what differed, if anything.
 * @len: its size.
 *
 * Clause arg-integrity, on whatever path the call takes: argument
 * registers, stack arguments and the return value.
 *
 * Return: 0 if all held, -1 with @why filled otherwise.
 */
int dcc_call_check(dcc_victim10_t fn, enum dcc_victim_id body, long seed, char *why,
		   size_t len)
{
	long a[DCC_NR_ARGS], want, got;
	int calls = dcc_victim_calls(body), ran, i;

	dcc_victim_args_for(seed, a);
	got = dcc_call10(fn, a);
	want = dcc_victim_expect(a, DCC_NR_ARGS) + dcc_victim_bias(body);
	ran = dcc_victim_calls(body) - calls;
	if (ran != 1) {
		snprintf(why, len, "%s ran %d times, not once (returned %#lx)",
			 dcc_victim_name(body), ran, got);
		return -1;
	}
	for (i = 0; body != DCC_V_LOAD && i < DCC_NR_ARGS; i++) {
		if (dcc_victim_state.args[body][i] != a[i]) {
			snprintf(why, len, "argument %d reached %s as %#lx, not %#lx", i,
				 dcc_victim_name(body), dcc_victim_state.args[body][i], a[i]);
			return -1;
		}
	}
	if (got != want) {
		snprintf(why, len, "%s returned %#lx to its caller, not %#lx",
			 dcc_victim_name(body), got, want);
		return -1;
	}
	return 0;
}

/**
 * dcc_calls_check() - dcc_call_check() @n times, one failure reported.
 * @test: the running case.
 * @fn: a ten-argument victim.
 * @body: the body that must run.
 * @first_seed: seed of the first call; the others follow.
 * @n: number of calls.
 * @path: what the calls go through, for the message.
 *
 * Return: the number of wrong calls.
 */
int dcc_calls_check(struct kunit *test, dcc_victim10_t fn, enum dcc_victim_id body,
		    long first_seed, int n, const char *path)
{
	char why[160], first[160] = "";
	int bad = 0, i;

	for (i = 0; i < n; i++) {
		if (!dcc_call_check(fn, body, first_seed + i, why, sizeof(why)))
			continue;
		if (!bad++)
			strscpy(first, why, sizeof(first));
	}
	if (bad)
		KUNIT_FAIL(test, "%s: %d of %d calls wrong, first: %s", path, bad, n, first);
	return bad;
}

/**
 * dcc_expect_tramp_args() - the last run of trampoline @id saw the
 * argument registers of call @seed.
 * @test: the running case.
 * @id: DCC_TRAMP_A or DCC_TRAMP_B.
 * @seed: the call.
 * @path: what the call went through, for the message.
 */
void dcc_expect_tramp_args(struct kunit *test, int id, long seed, const char *path)
{
	long a[DCC_NR_ARGS];
	int i;

	dcc_victim_args_for(seed, a);
	for (i = 0; i < DCC_ARCH_NR_ARG_REGS; i++)
		KUNIT_EXPECT_EQ_MSG(test, dcc_stats[id].last.args[i], (unsigned long)a[i],
				    "%s: trampoline saw argument register %d", path, i);
}

/**
 * dcc_expect_tramp_frame() - trampoline @id's last run was handed the
 * resume address and parent of the call it intercepted (clause tramp-abi).
 * @test: the running case.
 * @id: DCC_TRAMP_A or DCC_TRAMP_B.
 * @func: the traced function, if the call resumes in it; 0 where an
 *	IPMODIFY ops redirected it (the caller checks that resume address).
 * @body: the body that ran.
 * @parent: the function the parent return address must lie in: "dcc_call10"
 *	for a dcc_call_check() call, or whatever an ftrace user put there
 *	first (the function_graph tracer's "return_to_handler").
 * @path: what the call went through, for the message.
 *
 * For the last call: the resume address lies just past @func's patch
 * site, and the parent return address is the one @body returned to and
 * lies in @parent.
 */
void dcc_expect_tramp_frame(struct kunit *test, int id, unsigned long func,
			    enum dcc_victim_id body, const char *parent, const char *path)
{
	struct dcc_tramp_frame *last = &dcc_stats[id].last;
	/* Compared, not shown: a longer name, cut short, still differs. */
	char sym[64];

	if (func)
		KUNIT_EXPECT_TRUE_MSG(test, last->resume_ip > func &&
				      last->resume_ip <= func + DCC_ARCH_MAX_RESUME_OFFSET,
				      "%s: trampoline was handed resume address %pS, not one just past the patch site of %ps",
				      path, (void *)last->resume_ip, (void *)func);
	KUNIT_EXPECT_EQ_MSG(test, last->parent_ip, dcc_victim_state.ret_ip[body],
			    "%s: trampoline was handed parent %pS, %s returned to %pS", path,
			    (void *)last->parent_ip, dcc_victim_name(body),
			    (void *)dcc_victim_state.ret_ip[body]);
	dcc_symbol(sym, sizeof(sym), last->parent_ip);
	KUNIT_EXPECT_STREQ_MSG(test, sym, parent, "%s: trampoline was handed parent %pS", path,
			       (void *)last->parent_ip);
}

/**
 * dcc_expect_slot_clean() - every run of @o found the arch's scratch slot
 * either 0 or a dcc trampoline (clause scratch-slot).
 * @test: the running case.
 * @o: the ops sharing a function with a direct ops.
 * @path: what the calls went through, for the message.
 */
void dcc_expect_slot_clean(struct kunit *test, struct dcc_ops *o, const char *path)
{
	KUNIT_EXPECT_EQ_MSG(test, atomic_read(&o->slot_other), 0,
			    "%s: scratch slot held neither 0 nor a trampoline", path);
}

/**
 * dcc_expect_ops_first() - on the last shared call, @o ran before
 * trampoline @id (clause ordering).
 * @test: the running case.
 * @o: the ops sharing the function.
 * @id: DCC_TRAMP_A or DCC_TRAMP_B.
 * @hits_before: dcc_hits(@id) before the calls.
 * @path: what the calls went through, for the message.
 *
 * Checked only if the trampoline ran since @hits_before: if it never ran,
 * the case's count of its runs fails already, and its sequence number is
 * that of an older call.
 */
void dcc_expect_ops_first(struct kunit *test, struct dcc_ops *o, int id, int hits_before,
			  const char *path)
{
	if (dcc_hits(id) != hits_before)
		KUNIT_EXPECT_LT_MSG(test, o->seq, dcc_stats[id].seq,
				    "%s: the trampoline ran before the ops", path);
}

struct dcc_caller_arg {
	long *calls;
	atomic_t *bad;
	int cpu;
};

static int dcc_caller_fn(void *data)
{
	struct dcc_caller_arg *arg = data;
	long a[DCC_NR_ARGS];
	struct dcc_caller_snap *snap = per_cpu_ptr(&dcc_caller_snap, arg->cpu);
	long n = 0;

	WRITE_ONCE(snap->task, current);
	while (!kthread_should_stop()) {
		dcc_victim_args_for(n, a);
		WRITE_ONCE(snap->nivcsw, current->nivcsw);
		/* Pairs with dcc_tramp_retire(): this call began after it. */
		WRITE_ONCE(snap->epoch, atomic_read_acquire(&dcc_retire_epoch));
		if (dcc_call10(dcc_victim_load, a) !=
		    dcc_victim_expect(a, DCC_NR_ARGS) + dcc_victim_bias(DCC_V_LOAD))
			atomic_inc(arg->bad);
		n++;
		/*
		 * Unregistering a direct ops waits for an RCU-tasks grace
		 * period, which a kthread that never sleeps only ends by a
		 * quiescent state of its own: cond_resched() reports none
		 * where the kernel is preemptible (PREEMPT_DYNAMIC, as in
		 * kunit.py's x86_64 kernel), and dcc_stress hung there.
		 */
		cond_resched_tasks_rcu_qs();
	}
	WRITE_ONCE(snap->task, NULL);
	*arg->calls = n;
	kfree(arg);
	return 0;
}

/**
 * dcc_callers_start() - start a kthread calling dcc_victim_load() on each CPU.
 * @test: the running case.
 * @c: zeroed state.
 *
 * Return: 0 or -errno; on error no kthread is left running.
 */
int dcc_callers_start(struct kunit *test, struct dcc_callers *c)
{
	int cpu;

	if (!c->task) {
		c->task = kunit_kcalloc(test, nr_cpu_ids, sizeof(*c->task), GFP_KERNEL);
		c->calls = kunit_kcalloc(test, nr_cpu_ids, sizeof(*c->calls), GFP_KERNEL);
		if (!c->task || !c->calls) {
			c->task = NULL;
			return -ENOMEM;
		}
	}
	atomic_set(&c->bad, 0);
	/* One CPU races nothing but preemption: say how many there were. */
	dcc_observe(test, "online_cpus", "%u", num_online_cpus());
	for_each_online_cpu(cpu) {
		struct dcc_caller_arg *arg = kmalloc(sizeof(*arg), GFP_KERNEL);
		struct task_struct *t;

		if (!arg) {
			dcc_callers_stop(c);
			return -ENOMEM;
		}
		arg->calls = &c->calls[c->nr];
		arg->cpu = cpu;
		arg->bad = &c->bad;
		t = kthread_create(dcc_caller_fn, arg, "dcc_caller/%d", cpu);
		if (IS_ERR(t)) {
			kfree(arg);
			dcc_callers_stop(c);
			return PTR_ERR(t);
		}
		kthread_bind(t, cpu);
		c->task[c->nr++] = t;
		wake_up_process(t);
	}
	return 0;
}

/**
 * dcc_callers_stop() - stop the kthreads and wait for them.
 * @c: state from dcc_callers_start().
 *
 * Return: calls made by all kthreads together.
 */
long dcc_callers_stop(struct dcc_callers *c)
{
	long total = 0;
	int i;

	for (i = 0; i < c->nr; i++) {
		if (c->task[i])
			kthread_stop(c->task[i]);
		c->task[i] = NULL;
		total += c->calls[i];
	}
	c->nr = 0;
	return total;
}

/**
 * dcc_symbol() - "%ps" of @addr without " [module]" or a compiler clone
 * suffix (".constprop.0", ".isra.0"): the function as its source names it.
 * @buf: output.
 * @len: its size.
 * @addr: a kernel text address.
 */
void dcc_symbol(char *buf, size_t len, unsigned long addr)
{
	snprintf(buf, len, "%ps", (void *)addr);
	strreplace(buf, ' ', '\0');
	strreplace(buf, '.', '\0');
}

/**
 * dcc_module_symbol_get() - __symbol_get() of a module's exported @name.
 * @name: the symbol.
 *
 * Return: its address, pinning its module, or NULL (also without
 * CONFIG_MODULES, as in a built-in suite under kunit.py).
 */
void *dcc_module_symbol_get(const char *name)
{
#ifdef CONFIG_MODULES
	return __symbol_get(name);
#else
	return NULL;
#endif
}

/**
 * dcc_module_symbol_put() - release what dcc_module_symbol_get() pinned.
 * @name: the symbol.
 */
void dcc_module_symbol_put(const char *name)
{
#ifdef CONFIG_MODULES
	__symbol_put(name);
#endif
}

#define DCC_HELPER	"/init"

/**
 * dcc_helper() - run the guest's /init as a usermode helper for one step
 * the kernel side cannot do itself (see guest/init.c).
 * @verb: "load", "unload", "write" or "find".
 * @a: first argument.
 * @b: second argument, or NULL.
 * @c: third argument, or NULL.
 *
 * Return: the helper's exit status (0 or an errno value), 128 + the signal
 * if a signal killed it (a failure, never a success), or -errno if it
 * could not run (-ENOENT: no /init, as in a built-in run without userspace).
 */
int dcc_helper(const char *verb, const char *a, const char *b, const char *c)
{
	char *argv[6], *envp[2];
	int ret;

	argv[0] = DCC_HELPER;
	/* A helper that crashes, on purpose: every step it takes must fail. */
	argv[1] = dcc_injecting("helper-crash") ? "crash" : (char *)verb;
	argv[2] = (char *)a;
	argv[3] = (char *)b;
	argv[4] = (char *)c;
	argv[5] = NULL;
	envp[0] = "PATH=/";
	envp[1] = NULL;
	ret = call_usermodehelper(DCC_HELPER, argv, envp, UMH_WAIT_PROC);
	if (ret < 0)
		return ret;
	/* A wait status: the low 7 bits name the signal that killed it. */
	if (ret & 0x7f) {
		pr_warn("helper \"%s\" killed by signal %d\n", verb, ret & 0x7f);
		return 128 + (ret & 0x7f);
	}
	return (ret >> 8) & 0xff;
}

/**
 * dcc_tracefs_write() - write @val to a tracefs file, truncating it first.
 * @file: name under /sys/kernel/tracing.
 * @val: what to write; "" only truncates (clears a filter or the buffer).
 *
 * Return: 0, an errno value from the write, or -errno if no helper ran.
 */
int dcc_tracefs_write(const char *file, const char *val)
{
	char path[96];

	snprintf(path, sizeof(path), "/sys/kernel/tracing/%s", file);
	return dcc_helper("write", path, val, NULL);
}

/* A 64-byte object nothing points to once this returns. */
static noinline void dcc_leak(void)
{
	void *lost = kmalloc(64, GFP_KERNEL);

	OPTIMIZER_HIDE_VAR(lost);
}

/*
 * Overwrite the stack below the caller, where kmalloc's frames left copies
 * of the leaked pointer: kmemleak scans whole stacks and would find them.
 * Recursing first keeps every level's frame live at once: 8 x 256 bytes.
 */
static noinline void dcc_scrub_stack(int depth)
{
	char pad[256];

	if (depth > 0)
		dcc_scrub_stack(depth - 1);
	memzero_explicit(pad, sizeof(pad));
}

static struct rcu_head dcc_stall_head;

static void dcc_stall_done(struct rcu_head *head)
{
}

/*
 * inject=busy: on every CPU at once, a grace period waiting for it while
 * it spends a fixed amount of work (not of time: about half a second under
 * TCG) with preemption off. No stall on its own; a stall when the host
 * starves one CPU's thread and stretches its work past the stall timeout.
 * Every CPU, because which host thread runs which guest CPU is the
 * guest's choice (riscv boots on a random hart).
 */
static DEFINE_PER_CPU(struct rcu_head, dcc_busy_head);
static DEFINE_PER_CPU(struct work_struct, dcc_busy_works);

static void dcc_busy_work(struct work_struct *work)
{
	unsigned long i;

	preempt_disable();
	call_rcu(this_cpu_ptr(&dcc_busy_head), dcc_stall_done);
	for (i = 0; i < 500000000UL; i++)
		barrier();
	preempt_enable();
}

/* Faults on demand, to prove the host attributes them to this case. */
static void dcc_inject_fault(struct kunit *test)
{
	int cpu;

	if (dcc_injecting("hang")) {
		kunit_info(test, "injecting a hang\n");
		for (;;)
			cpu_relax();
	}
	if (dcc_injecting("stall")) {
		/*
		 * A grace period waiting for a CPU that does not pass a
		 * quiescent state for 10 s: an RCU stall once
		 * rcupdate.rcu_cpu_stall_timeout (3 s at least) is below that,
		 * with the grace-period kthread still running.
		 */
		kunit_info(test, "injecting a 10 s RCU stall\n");
		preempt_disable();
		call_rcu(&dcc_stall_head, dcc_stall_done);
		mdelay(10000);
		preempt_enable();
		rcu_barrier();
	}
	if (dcc_injecting("busy")) {
		/* A second for the host to start its load (DCC_INJECT_HOST_LOAD). */
		msleep(1000);
		kunit_info(test, "injecting a busy section on every CPU\n");
		cpus_read_lock();
		for_each_online_cpu(cpu) {
			INIT_WORK(per_cpu_ptr(&dcc_busy_works, cpu), dcc_busy_work);
			queue_work_on(cpu, system_wq, per_cpu_ptr(&dcc_busy_works, cpu));
		}
		for_each_online_cpu(cpu)
			flush_work(per_cpu_ptr(&dcc_busy_works, cpu));
		cpus_read_unlock();
		rcu_barrier();
	}
	if (dcc_injecting("warn"))
		WARN(1, "dcc: injected warning\n");
	if (dcc_injecting("oops"))
		WRITE_ONCE(*(int *)NULL, 0);
	if (dcc_injecting("panic"))
		panic("dcc: injected panic\n");
	if (dcc_injecting("taint"))
		add_taint(TAINT_USER, LOCKDEP_STILL_OK);
	if (dcc_injecting("leak")) {
		kunit_info(test, "injecting a leak of 64 bytes\n");
		dcc_leak();
		dcc_scrub_stack(8);
	}
	if (dcc_injecting("poweroff")) {
		kernel_power_off();
		/* No power-off device (x86 without ACPI): halt, as such a machine does. */
		kernel_halt();
	}
}

/*
 * Taints that loading this suite causes by design: an out-of-tree, unsigned,
 * test module, and the livepatch case's own patch.
 */
#define DCC_EXPECTED_TAINTS (BIT(TAINT_OOT_MODULE) | BIT(TAINT_UNSIGNED_MODULE) | \
			     BIT(TAINT_TEST) | BIT(TAINT_LIVEPATCH))

/* The taint mask; get_taint() is not exported, test_taint() is. */
static unsigned long dcc_taint(void)
{
	unsigned long mask = 0;
	unsigned int flag;

	for (flag = 0; flag < TAINT_FLAGS_COUNT; flag++)
		if (test_taint(flag))
			mask |= BIT(flag);
	return mask;
}

#define DCC_CASES_MAX	511

/*
 * The cases= module parameter's value, "" without it, NULL if longer than
 * DCC_CASES_MAX on Linux 6.1 (dcc_param()).
 */
static const char *dcc_cases_value(void)
{
	static char buf[DCC_CASES_MAX + 1];

	return dcc_param("cases", cases, buf, sizeof(buf));
}

/* The suite whose cases run now (dcc_suite_init()). */
static const struct kunit_suite *dcc_running_suite;

/**
 * dcc_suite_init() - KUnit suite_init for every suite: note the suite.
 * @suite: the suite about to run its cases.
 *
 * cases= may name a suite: its cases learn their suite from here.
 *
 * Return: 0.
 */
int dcc_suite_init(struct kunit_suite *suite)
{
	dcc_running_suite = suite;
	return 0;
}

/* Whether the @len characters at @word are @name. */
static bool dcc_word_is(const char *word, size_t len, const char *name)
{
	return strlen(name) == len && !strncmp(word, name, len);
}

/* Whether the @len characters at @word name @suite or one of its cases. */
static bool dcc_word_in_suite(const char *word, size_t len, const struct kunit_suite *suite)
{
	const struct kunit_case *c;

	if (dcc_word_is(word, len, suite->name))
		return true;
	for (c = suite->test_cases; c->run_case; c++)
		if (dcc_word_is(word, len, c->name))
			return true;
	return false;
}

/*
 * The first entry of cases= that names no suite and no case of this module,
 * its length in @len; NULL if every entry names one.
 */
static const char *dcc_cases_unknown(size_t *len)
{
	static const struct kunit_suite *const suites[] = {
		&dcc_direct_suite, &dcc_lifecycle_suite, &dcc_sharing_suite,
	};
	const char *p = dcc_cases_value();
	size_t i, n;

	for (p += strspn(p, ","); *p; p += n, p += strspn(p, ",")) {
		n = strcspn(p, ",");
		for (i = 0; i < ARRAY_SIZE(suites); i++)
			if (dcc_word_in_suite(p, n, suites[i]))
				break;
		if (i == ARRAY_SIZE(suites)) {
			*len = n;
			return p;
		}
	}
	return NULL;
}

/*
 * Whether cases= selects @test, by its name or by its suite's name; a
 * value with no entry at all ("", ",") selects every case.
 */
static bool dcc_case_selected(struct kunit *test)
{
	const char *p = dcc_cases_value();
	size_t n;

	p += strspn(p, ",");
	if (!*p)
		return true;
	for (; *p; p += n, p += strspn(p, ",")) {
		n = strcspn(p, ",");
		if (dcc_word_is(p, n, test->name) ||
		    (dcc_running_suite && dcc_word_is(p, n, dcc_running_suite->name)))
			return true;
	}
	return false;
}

/**
 * dcc_case_init() - KUnit init for every case: announce it, allocate its state.
 * @test: the case.
 *
 * The "dcc-start" line lets the host name the running case when a guest
 * hangs or crashes, since KUnit prints a case only when it ends. Most
 * injected faults fire in the first case, dcc_basic, after the
 * announcement (the others in the cases they are meant for); an
 * inject= value that names no fault fails every selected case, a cases=
 * entry that names no suite and no case fails every case.
 *
 * Return: 0, -ENOMEM, or -EINVAL if inject= or cases= names nothing known.
 */
int dcc_case_init(struct kunit *test)
{
	const char *unknown;
	size_t len;

	kunit_info(test, "dcc-start\n");
	test->priv = kunit_kzalloc(test, sizeof(struct dcc_ctx), GFP_KERNEL);
	if (!test->priv)
		return -ENOMEM;
	((struct dcc_ctx *)test->priv)->taint = dcc_taint();
	/* A cut or mistyped name would leave out what was asked for, silently. */
	if (!dcc_cases_value()) {
		KUNIT_FAIL(test,
			   "cases= is longer than the %d characters Linux 6.1 lets the module read: name suites rather than their cases",
			   DCC_CASES_MAX);
		return -EINVAL;
	}
	unknown = dcc_cases_unknown(&len);
	if (unknown) {
		KUNIT_FAIL(test,
			   "cases=%s: \"%.*s\" names no suite and no case of this module: name a suite (dcc_direct, dcc_lifecycle, dcc_sharing) or a case",
			   dcc_cases_value(), (int)len, unknown);
		return -EINVAL;
	}
	if (!dcc_case_selected(test))
		kunit_skip(test, "not selected by cases=");
	/* A mistyped fault would run the suite as if none were asked for. */
	if (!dcc_inject_known()) {
		KUNIT_FAIL(test, "inject=%s is not a fault this suite injects: use one of %s",
			   dcc_inject_value(), DCC_FAULTS);
		return -EINVAL;
	}
	if (!strcmp(test->name, "dcc_basic"))
		dcc_inject_fault(test);
	return 0;
}

/**
 * dcc_case_exit() - KUnit exit for every case: detach whatever is attached.
 * @test: the case.
 */
void dcc_case_exit(struct kunit *test)
{
	struct dcc_ctx *ctx = test->priv;
	unsigned long tainted_during_case;
	int i;

	if (!ctx)
		return;
	dcc_callers_stop(&ctx->callers);
	if (ctx->tracer_set) {
		dcc_tracefs_write("current_tracer", "nop");
		dcc_tracefs_write("set_graph_function", "");
		dcc_tracefs_write("set_ftrace_filter", "");
		dcc_tracefs_write("options/funcgraph-irqs", "1");
		dcc_tracefs_write("max_graph_depth", "0");
	}
	if (ctx->kp_registered)
		unregister_kprobe(&ctx->kp);
	for (i = 0; i < DCC_NR_TRAMPS; i++)
		WRITE_ONCE(dcc_stats[i].only, NULL);
	for (i = 0; i < DCC_CTX_OPS; i++)
		KUNIT_EXPECT_EQ(test, dcc_ops_detach(&ctx->ops[i]), 0);
	for (i = 0; i < DCC_CTX_DIRECTS; i++)
		KUNIT_EXPECT_EQ(test, dcc_direct_detach(&ctx->direct[i]), 0);
	/* A WARN, a bad page, a soft lockup... taint the kernel: fail the case. */
	tainted_during_case = dcc_taint() & ~ctx->taint & ~DCC_EXPECTED_TAINTS;
	KUNIT_EXPECT_EQ_MSG(test, tainted_during_case, 0UL,
			    "new taint flags (bits, see Documentation/admin-guide/tainted-kernels.rst)");
}

MODULE_DESCRIPTION("ftrace direct-call conformance suite");
MODULE_LICENSE("GPL");
