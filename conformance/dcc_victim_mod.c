// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_victim_mod.c - a victim module the suite loads and unloads itself
 * (through the guest's /init as a usermode helper), to attach trampolines
 * to text that comes and goes. Not linked against: the suite looks its
 * function up with __symbol_get(), which pins the module while it is used.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>

long dcc_victim_mod_fn(long x);

noinline long dcc_victim_mod_fn(long x)
{
	return x * 7 + 1;
}
EXPORT_SYMBOL_GPL(dcc_victim_mod_fn);

MODULE_DESCRIPTION("ftrace direct-call conformance: a victim that is loaded and unloaded");
MODULE_LICENSE("GPL");
