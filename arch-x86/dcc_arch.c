// SPDX-License-Identifier: GPL-2.0
/*
 * x86_64 backend: patch-site decoding and the scratch slot (white-box
 * access for the contract, see common/dcc_contract.h).
 */
#include <linux/ftrace.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include "dcc_contract.h"

static const u8 dcc_endbr64[4] = { 0xf3, 0x0f, 0x1e, 0xfa };

/* "[endbr64]; call rel32" at function entry. */
unsigned long dcc_arch_call_target(unsigned long func)
{
	u8 *site = (u8 *)func;
	s32 rel;

	if (!memcmp(site, dcc_endbr64, sizeof(dcc_endbr64)))
		site += sizeof(dcc_endbr64);
	if (site[0] != 0xe8)
		return 0;
	memcpy(&rel, site + 1, sizeof(rel));
	return (unsigned long)site + 5 + rel;
}

/* rel32 reaches +-2 GiB: modules and the kernel are always in range. */
bool dcc_arch_call_reaches(unsigned long func, unsigned long target)
{
	long delta = (long)(target - func - 5);

	return delta >= S32_MIN && delta <= S32_MAX;
}

/* Where dcc_tramp_jmp_a continues: the traced function after its site. */
unsigned long dcc_jmp_resume;

/* Built-in payload only: jmp mode needs update_ftrace_direct_add(). */
unsigned long dcc_arch_jmp_tramp(unsigned long func)
{
#ifdef MODULE
	return 0;
#else
	unsigned long site = ftrace_location(func);

	if (!site)
		return 0;
	WRITE_ONCE(dcc_jmp_resume, site + MCOUNT_INSN_SIZE);
	return (unsigned long)dcc_tramp_jmp_a;
#endif
}

/* x86_64 has no CALL_OPS: the site calls the trampoline or a caller. */
unsigned long dcc_arch_site_ops(unsigned long func)
{
	return 0;
}

notrace unsigned long dcc_arch_scratch_slot(struct ftrace_regs *fregs)
{
#ifdef arch_ftrace_regs
	return arch_ftrace_regs(fregs)->regs.orig_ax;
#else
	return fregs->regs.orig_ax;
#endif
}
