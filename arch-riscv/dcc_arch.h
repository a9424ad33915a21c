/* SPDX-License-Identifier: GPL-2.0 */
/*
 * riscv64 facts for the direct-call contract (see common/dcc_contract.h).
 * Kernel 6.12 arch/riscv/kernel/mcount-dyn.S; patch site "auipc t0; jalr t0"
 * at function entry (-fpatchable-function-entry=4 with RVC, =2 without).
 */
#ifndef _DCC_ARCH_H
#define _DCC_ARCH_H

/** DCC_ARCH_NAME - arch name as reports print it. */
#define DCC_ARCH_NAME			"riscv"
/** DCC_ARCH_NR_ARG_REGS - argument registers in the calling convention (a0-a7). */
#define DCC_ARCH_NR_ARG_REGS		8
/** DCC_ARCH_RESUME_REG - where the resume address lives on trampoline entry. */
#define DCC_ARCH_RESUME_REG		"t0"
/** DCC_ARCH_SCRATCH_SLOT - the caller's direct-target slot. */
#define DCC_ARCH_SCRATCH_SLOT		"t1"
/** DCC_ARCH_MAX_RESUME_OFFSET - largest (resume address - function address). */
#define DCC_ARCH_MAX_RESUME_OFFSET	8

/**
 * DCC_ARCH_SITE_AT_ENTRY - 1 if an entry kprobe lands on the ftrace patch
 * site (refused without KPROBES_ON_FTRACE), 0 if it lands before it.
 * riscv: the auipc/jalr pair is at +0, and before CALL_OPS (6.16) the
 * ftrace location is +0 too. With CALL_OPS the location is the jalr at +4
 * and a kprobe at +0 becomes a breakpoint on the auipc.
 */
#ifdef CONFIG_DYNAMIC_FTRACE_WITH_CALL_OPS
#define DCC_ARCH_SITE_AT_ENTRY		0
#else
#define DCC_ARCH_SITE_AT_ENTRY		1
#endif

/**
 * DCC_ARCH_COUNTER_HZ - ticks per second of get_cycles() (rdtime): the
 * devicetree's timebase-frequency (<asm/delay.h>).
 */
#define DCC_ARCH_COUNTER_HZ		riscv_timebase

#endif /* _DCC_ARCH_H */
