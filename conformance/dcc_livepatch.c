// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_livepatch.c - a real livepatch of dcc_victim_ipmod(), loaded and
 * unloaded by the suite (through the guest's /init) where the kernel has
 * LIVEPATCH, to check that a direct trampoline and livepatch share a
 * function the way the t1 scheme promises.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/livepatch.h>
#include <linux/module.h>
#include "dcc_victim.h"

/* The patched dcc_victim_ipmod(): the same ten arguments, its own bias. */
static noinline long dcc_livepatch_ipmod(long a0, long a1, long a2, long a3, long a4,
					 long a5, long a6, long a7, long a8, long a9)
{
	long args[DCC_NR_ARGS] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 };

	return dcc_victim_body(DCC_V_LIVEPATCH, args, _RET_IP_);
}

static struct klp_func dcc_livepatch_funcs[] = {
	{
		.old_name = "dcc_victim_ipmod",
		.new_func = dcc_livepatch_ipmod,
	},
	{}
};

static struct klp_object dcc_livepatch_objs[] = {
	{
		/* NULL: vmlinux, where the suite is built in. */
		.name = IS_BUILTIN(CONFIG_FTRACE_DIRECT_CONFORMANCE) ? NULL : "dcc_victim",
		.funcs = dcc_livepatch_funcs,
	},
	{}
};

static struct klp_patch dcc_livepatch_patch = {
	.mod = THIS_MODULE,
	.objs = dcc_livepatch_objs,
};

static int __init dcc_livepatch_init(void)
{
	return klp_enable_patch(&dcc_livepatch_patch);
}

static void __exit dcc_livepatch_exit(void)
{
}

module_init(dcc_livepatch_init);
module_exit(dcc_livepatch_exit);
MODULE_DESCRIPTION("ftrace direct-call conformance: livepatch of dcc_victim_ipmod");
MODULE_LICENSE("GPL");
MODULE_INFO(livepatch, "Y");
