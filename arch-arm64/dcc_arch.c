// SPDX-License-Identifier: GPL-2.0
/*
 * arm64 backend: patch-site decoding and the scratch slot (white-box access
 * for the contract, see common/dcc_contract.h).
 */
#include <linux/bitops.h>
#include <linux/ftrace.h>
#include <linux/kernel.h>
#include "dcc_contract.h"

#define INSN_BTI_C	0xd503245fU
#define INSN_MOV_X9_LR	0xaa1e03e9U
#define BL_MASK		0xfc000000U
#define BL_OPCODE	0x94000000U
#define BL_RANGE	(128UL << 20)

/* "[bti c]; mov x9, lr; bl target": the BL follows the mov. */
static u32 *dcc_bl_site(unsigned long func)
{
	u32 *insn = (u32 *)func;

	if (insn[0] == INSN_BTI_C)
		insn++;
	return insn[0] == INSN_MOV_X9_LR ? insn + 1 : NULL;
}

/*
 * Where a module PLT entry ("adrp x16; add x16, x16, #lo12; br x16", see
 * arch/arm64/kernel/module-plts.c) at @addr leads; @addr itself if it is not
 * one. Module sites reach ftrace_caller through such a veneer when the
 * kernel image is out of a BL's reach.
 */
static unsigned long dcc_follow_plt(unsigned long addr)
{
	const u32 *insn = (const u32 *)addr;
	long page;

	if ((insn[0] & 0x9f00001fU) != 0x90000010U ||	/* adrp x16 */
	    (insn[1] & 0xffc003ffU) != 0x91000210U ||	/* add x16, x16, #imm */
	    insn[2] != 0xd61f0200U)			/* br x16 */
		return addr;
	page = sign_extend64((((insn[0] >> 5) & 0x7ffffU) << 2) | ((insn[0] >> 29) & 3U), 20);
	return (addr & ~0xfffUL) + (page << 12) + ((insn[1] >> 10) & 0xfffU);
}

unsigned long dcc_arch_call_target(unsigned long func)
{
	u32 *bl = dcc_bl_site(func);
	long imm;

	if (!bl || (*bl & BL_MASK) != BL_OPCODE)
		return 0;
	imm = (long)((s32)(*bl << 6) >> 6) * 4;	/* sign-extended imm26 */
	return dcc_follow_plt((unsigned long)bl + imm);
}

unsigned long dcc_arch_site_ops(unsigned long func)
{
#ifdef CONFIG_DYNAMIC_FTRACE_WITH_CALL_OPS
	u32 *bl = dcc_bl_site(func);

	/* ftrace_rec_set_ops(): ALIGN_DOWN(rec->ip - 12, 8), rec->ip = the BL. */
	return bl ? *(unsigned long *)ALIGN_DOWN((unsigned long)bl - 12, 8) : 0;
#else
	return 0;
#endif
}

/* A BL reaches +-128 MiB; beyond it ftrace calls ftrace_caller instead. */
bool dcc_arch_call_reaches(unsigned long func, unsigned long target)
{
	u32 *bl = dcc_bl_site(func);
	long delta;

	if (!bl)
		return false;
	delta = (long)(target - (unsigned long)bl);
	return delta >= -(long)BL_RANGE && delta < (long)BL_RANGE;
}

notrace unsigned long dcc_arch_scratch_slot(struct ftrace_regs *fregs)
{
#if defined(arch_ftrace_regs) && defined(CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS)
	return arch_ftrace_regs(fregs)->direct_tramp;
#elif defined(CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS)
	return fregs->direct_tramp;
#else
	return DCC_SLOT_UNREADABLE;
#endif
}

/* No jmp mode on this arch (DYNAMIC_FTRACE_WITH_JMP is x86_64's). */
unsigned long dcc_arch_jmp_tramp(unsigned long func)
{
	return 0;
}
