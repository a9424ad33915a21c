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

static noinline long dcc_livepatch_ipmod(long x)
{
	return x + 2000;
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
