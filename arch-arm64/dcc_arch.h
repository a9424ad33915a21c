/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64 facts for the direct-call contract (see common/dcc_contract.h).
 * Kernel 6.12 arch/arm64/kernel/entry-ftrace.S with CALL_OPS: patch site
 * "[bti c]; mov x9, lr; bl <target>", ops literal 8 bytes before the entry.
 */
#ifndef _DCC_ARCH_H
#define _DCC_ARCH_H

/** DCC_ARCH_NAME - arch name as reports print it. */
#define DCC_ARCH_NAME			"arm64"
/** DCC_ARCH_NR_ARG_REGS - argument registers in the calling convention (x0-x7). */
#define DCC_ARCH_NR_ARG_REGS		8
/** DCC_ARCH_RESUME_REG - where the resume address lives on trampoline entry. */
#define DCC_ARCH_RESUME_REG		"x30"
/** DCC_ARCH_SCRATCH_SLOT - the caller's direct-target slot. */
#define DCC_ARCH_SCRATCH_SLOT		"direct_tramp"
/** DCC_ARCH_MAX_RESUME_OFFSET - largest (resume address - function address): bti, mov, bl. */
#define DCC_ARCH_MAX_RESUME_OFFSET	12

/**
 * DCC_ARCH_SITE_AT_ENTRY - 1 if an entry kprobe lands on the ftrace patch
 * site (refused without KPROBES_ON_FTRACE), 0 if it lands before it.
 * arm64: the BL follows "[bti c]; mov x9, lr", so an entry kprobe is a BRK of its own.
 */
#define DCC_ARCH_SITE_AT_ENTRY		0

/**
 * DCC_ARCH_COUNTER_HZ - ticks per second of get_cycles() (CNTVCT_EL0):
 * CNTFRQ_EL0 (<asm/arch_timer.h>).
 */
#define DCC_ARCH_COUNTER_HZ		arch_timer_get_cntfrq()

#endif /* _DCC_ARCH_H */
