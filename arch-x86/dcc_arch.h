/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64 facts for the direct-call contract (see common/dcc_contract.h).
 * Kernel arch/x86/kernel/ftrace_64.S: patch site "call __fentry__" (5 bytes)
 * at function entry, after ENDBR64 when IBT is on.
 */
#ifndef _DCC_ARCH_H
#define _DCC_ARCH_H

/** DCC_ARCH_NAME - arch name as reports print it. */
#define DCC_ARCH_NAME			"x86_64"
/** DCC_ARCH_NR_ARG_REGS - argument registers in the calling convention (rdi..r9). */
#define DCC_ARCH_NR_ARG_REGS		6
/** DCC_ARCH_RESUME_REG - where the resume address lives on trampoline entry. */
#define DCC_ARCH_RESUME_REG		"(%rsp)"
/** DCC_ARCH_SCRATCH_SLOT - the caller's direct-target slot. */
#define DCC_ARCH_SCRATCH_SLOT		"orig_ax"
/** DCC_ARCH_MAX_RESUME_OFFSET - largest (resume address - function address): endbr64, call. */
#define DCC_ARCH_MAX_RESUME_OFFSET	9

/**
 * DCC_ARCH_SITE_AT_ENTRY - 1 if an entry kprobe lands on the ftrace patch
 * site (refused without KPROBES_ON_FTRACE), 0 if it lands before it.
 * x86_64: "call __fentry__" is at +0, after ENDBR64 which kprobes skip.
 */
#define DCC_ARCH_SITE_AT_ENTRY		1

/**
 * DCC_ARCH_COUNTER_HZ - ticks per second of get_cycles() (rdtsc): the
 * kernel's calibrated tsc_khz (<asm/tsc.h>).
 */
#define DCC_ARCH_COUNTER_HZ		(tsc_khz * 1000UL)

#ifndef __ASSEMBLY__
/* The jmp-mode trampoline (dcc_tramp.S) and where it continues. */
void dcc_tramp_jmp_a(void);
extern unsigned long dcc_jmp_resume;
#endif

#endif /* _DCC_ARCH_H */
