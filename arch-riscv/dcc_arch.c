// SPDX-License-Identifier: GPL-2.0
/*
 * riscv64 backend: patch-site decoding and the scratch slot (white-box
 * access for the contract, see common/dcc_contract.h).
 */
#include <linux/ftrace.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include "dcc_contract.h"

#define DCC_AUIPC_T0_MASK	0x00000fffU
#define DCC_AUIPC_T0	0x00000297U	/* auipc t0, imm */
#define DCC_JALR_T0_MASK	0x000fffffU
#define DCC_JALR_T0_T0	0x000282e7U	/* jalr t0, imm(t0) */

/* The site is "auipc t0, hi20; jalr t0, lo12(t0)" at function entry. */
unsigned long dcc_arch_call_target(unsigned long func)
{
	u32 auipc, jalr;
	long hi, lo;

	/* With RVC, functions are only 2-byte aligned. */
	memcpy(&auipc, (void *)func, sizeof(auipc));
	memcpy(&jalr, (void *)(func + 4), sizeof(jalr));
	if ((auipc & DCC_AUIPC_T0_MASK) != DCC_AUIPC_T0 ||
	    (jalr & DCC_JALR_T0_MASK) != DCC_JALR_T0_T0)
		return 0;
	hi = (long)(s32)(auipc & 0xfffff000U);
	lo = (long)((s32)jalr >> 20);
	return func + hi + lo;
}

#ifdef CONFIG_DYNAMIC_FTRACE_WITH_CALL_OPS
/*
 * 6.16+ (CALL_OPS): the site's auipc is written once, at init, aimed at
 * ftrace_caller, and only the jalr toggles; ftrace_make_call() calls a
 * target directly only within the jalr's 12-bit reach of it (JALR_RANGE),
 * which a module trampoline never is: it is reached through ftrace_caller's
 * fast path, which reads ops->direct_call from the ops literal instead.
 */
bool dcc_arch_call_reaches(unsigned long func, unsigned long target)
{
	long delta;
	u32 auipc;

	memcpy(&auipc, (void *)func, sizeof(auipc));
	if ((auipc & DCC_AUIPC_T0_MASK) != DCC_AUIPC_T0)
		return false;
	delta = (long)(target - (func + (long)(s32)(auipc & 0xfffff000U)));
	return delta >= -(1L << 11) && delta < (1L << 11);
}
#else
/* auipc + jalr reach +-2 GiB: modules and the kernel are always in range. */
bool dcc_arch_call_reaches(unsigned long func, unsigned long target)
{
	long delta = (long)(target - func);

	return delta >= -(1L << 31) && delta < (1L << 31) - (1L << 11);
}
#endif

unsigned long dcc_arch_site_ops(unsigned long func)
{
#ifdef CONFIG_DYNAMIC_FTRACE_WITH_CALL_OPS
	unsigned long ops;

	/* ftrace_rec_set_ops(): ALIGN_DOWN(rec->ip - 12, 8), rec->ip = the jalr. */
	memcpy(&ops, (void *)ALIGN_DOWN(func + 4 - 12, 8), sizeof(ops));
	return ops;
#else
	return 0;
#endif
}

notrace unsigned long dcc_arch_scratch_slot(struct ftrace_regs *fregs)
{
#ifdef arch_ftrace_regs
	return arch_ftrace_regs(fregs)->t1;
#else
	/* 6.1 + the t1 backport: only SAVE_REGS ops see pt_regs. */
	struct pt_regs *regs = ftrace_get_regs(fregs);

	return regs ? regs->t1 : DCC_SLOT_UNREADABLE;
#endif
}

/* No jmp mode on this arch (DYNAMIC_FTRACE_WITH_JMP is x86_64's). */
unsigned long dcc_arch_jmp_tramp(unsigned long func)
{
	return 0;
}
