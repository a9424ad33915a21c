/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dcc_compat.h - one direct-call API over Linux 6.1, 6.12 and mainline.
 *
 * Features are detected, not inferred from LINUX_VERSION_CODE alone: Debian's
 * 6.12.117 carries 6.13's opaque ftrace_regs through stable backports, and
 * 6.1.192 riscv carries the 2023 t0 patch site.
 *
 *	6.1 .. 6.3	register_ftrace_direct_multi(ops, addr) and friends
 *	6.4 ..		register_ftrace_direct(ops, addr); detected by
 *			FTRACE_OPS_FL_SAVE_ARGS, which 6.4 added alongside it
 */
#ifndef _DCC_COMPAT_H
#define _DCC_COMPAT_H

#include <kunit/test.h>
#include <linux/ftrace.h>

/**
 * DCC_HAVE_DIRECT_CALLS - the kernel was built with direct-call support.
 *
 * When it is 0 every dcc_direct_*() call returns -ENODEV and cases SKIP.
 */
#define DCC_HAVE_DIRECT_CALLS	IS_ENABLED(CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS)

#ifdef FTRACE_OPS_FL_SAVE_ARGS
/**
 * DCC_DIRECT_API - which direct-call API the module was built against.
 */
#define DCC_DIRECT_API		"ops"

/**
 * dcc_direct_register() - attach @addr to every function in @ops' filter.
 * @ops: a zeroed ftrace_ops whose filter was set with ftrace_set_filter_ip().
 * @addr: trampoline address.
 *
 * Return: 0, or the kernel's error (-EBUSY when a function already has a
 * direct trampoline or an IPMODIFY ops refuses to share, -ENODEV without
 * direct-call support).
 */
static inline int dcc_direct_register(struct ftrace_ops *ops, unsigned long addr)
{
	return register_ftrace_direct(ops, addr);
}

/**
 * dcc_direct_unregister() - detach @addr and free @ops' filter.
 * @ops: the ops passed to dcc_direct_register().
 * @addr: the trampoline currently attached (after a modify: the new one).
 *
 * Return: 0 or a negative errno.
 */
static inline int dcc_direct_unregister(struct ftrace_ops *ops, unsigned long addr)
{
	return unregister_ftrace_direct(ops, addr, true);
}

/**
 * dcc_direct_unregister_keep() - detach @addr, keeping @ops' filter.
 * @ops: the ops passed to dcc_direct_register().
 * @addr: the trampoline currently attached.
 *
 * How BPF unregisters an ops it reuses: ftrace_free_filter() leaves the
 * ops' hash pointers dangling, so an ops is reused only with its filter
 * kept (and changed with ftrace_set_filter_ip(..., reset)).
 *
 * Return: 0 or a negative errno.
 */
static inline int dcc_direct_unregister_keep(struct ftrace_ops *ops, unsigned long addr)
{
	return unregister_ftrace_direct(ops, addr, false);
}

/**
 * dcc_direct_modify() - switch every function in @ops to trampoline @addr.
 * @ops: a registered direct ops.
 * @addr: the new trampoline address.
 *
 * Return: 0 or a negative errno.
 */
static inline int dcc_direct_modify(struct ftrace_ops *ops, unsigned long addr)
{
	return modify_ftrace_direct(ops, addr);
}
#else
#define DCC_DIRECT_API		"multi"

static inline int dcc_direct_register(struct ftrace_ops *ops, unsigned long addr)
{
	return register_ftrace_direct_multi(ops, addr);
}

static inline int dcc_direct_unregister(struct ftrace_ops *ops, unsigned long addr)
{
	int ret = unregister_ftrace_direct_multi(ops, addr);

	/* 6.1 keeps the filter; 6.4+ frees it: free it here for the same end state. */
	if (!ret)
		ftrace_free_filter(ops);
	return ret;
}

static inline int dcc_direct_unregister_keep(struct ftrace_ops *ops, unsigned long addr)
{
	return unregister_ftrace_direct_multi(ops, addr);
}

static inline int dcc_direct_modify(struct ftrace_ops *ops, unsigned long addr)
{
	return modify_ftrace_direct_multi(ops, addr);
}
#endif

#ifdef FTRACE_OPS_FL_SAVE_ARGS
/**
 * DCC_IPMODIFY_FLAGS - flags for an ops that moves the instruction pointer.
 *
 * 6.4+ set it through ftrace_regs on every arch; 6.1 needs pt_regs, hence
 * SAVE_REGS (which arm64 and riscv 6.12 refuse).
 */
#define DCC_IPMODIFY_FLAGS	FTRACE_OPS_FL_IPMODIFY

/**
 * dcc_fregs_set_ip() - make the traced function resume at @ip.
 * @fregs: the callback's registers.
 * @ip: the new resume address.
 */
static inline void dcc_fregs_set_ip(struct ftrace_regs *fregs, unsigned long ip)
{
	ftrace_regs_set_instruction_pointer(fregs, ip);
}
#else
#define DCC_IPMODIFY_FLAGS	(FTRACE_OPS_FL_IPMODIFY | FTRACE_OPS_FL_SAVE_REGS)

static inline void dcc_fregs_set_ip(struct ftrace_regs *fregs, unsigned long ip)
{
	struct pt_regs *regs = ftrace_get_regs(fregs);

	if (regs)
		instruction_pointer_set(regs, ip);
}
#endif

/**
 * DCC_HAVE_SAVE_REGS_OPS - FTRACE_OPS_FL_SAVE_REGS ops can be registered.
 */
#define DCC_HAVE_SAVE_REGS_OPS	IS_ENABLED(CONFIG_DYNAMIC_FTRACE_WITH_REGS)

/*
 * DCC_OPS_DIRECT_CALL - the trampoline a CALL_OPS caller's fast path jumps
 * to for @ops (ftrace_ops::direct_call, 6.5+), or 0 where the kernel has no
 * such path.
 */
#if defined(CONFIG_DYNAMIC_FTRACE_WITH_CALL_OPS) && defined(CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS)
#define DCC_OPS_DIRECT_CALL(ops)	((ops)->direct_call)
#else
#define DCC_OPS_DIRECT_CALL(ops)	((void)(ops), 0UL)
#endif

/**
 * DCC_OPS_FUNC - the ftrace_ops::ops_func callback this kernel takes.
 * @with_ip: int (*)(struct ftrace_ops *, unsigned long ip, enum ftrace_ops_cmd),
 *	the 7.x signature (the function's ip, since 7.0).
 * @without_ip: int (*)(struct ftrace_ops *, enum ftrace_ops_cmd), 6.1 to 6.19.
 *
 * Chosen by the type of ftrace_ops_func_t, not by version.
 */
#define DCC_OPS_FUNC(with_ip, without_ip)					\
	__builtin_choose_expr(DCC_OPS_FUNC_HAS_IP, with_ip, without_ip)

/**
 * DCC_OPS_FUNC_HAS_IP - whether ftrace_ops::ops_func is handed the
 * function's ip (7.0+), by the type of ftrace_ops_func_t.
 */
#define DCC_OPS_FUNC_HAS_IP							\
	__same_type(ftrace_ops_func_t,						\
		    int (*)(struct ftrace_ops *, unsigned long, enum ftrace_ops_cmd))

/*
 * DCC_MODULE_RAW_ARGS - a module's unparsed parameter string, where the
 * parsed values may not be there yet: Linux 6.1's KUnit runs a module's
 * suites at MODULE_STATE_COMING, before load_module() parses them. Read
 * only where KUnit predates case attributes (KUNIT_CASE_ATTR, 6.6): later
 * kernels parse first, and struct module has no args member in 7.x.
 */
#if defined(MODULE) && !defined(KUNIT_CASE_ATTR)
#define DCC_MODULE_RAW_ARGS(mod)	((const char *)(mod)->args)
#else
#define DCC_MODULE_RAW_ARGS(mod)	((void)(mod), (const char *)NULL)
#endif

/**
 * DCC_KUNIT_CASE_SLOW - a KUnit case that takes seconds (KUNIT_CASE_SLOW, 6.6+).
 * @name: the case function.
 */
#ifdef KUNIT_CASE_SLOW
#define DCC_KUNIT_CASE_SLOW(name)	KUNIT_CASE_SLOW(name)
#else
#define DCC_KUNIT_CASE_SLOW(name)	KUNIT_CASE(name)
#endif

#endif /* _DCC_COMPAT_H */
