/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dcc_contract.h - the ftrace direct-call hand-off contract, stated once.
 *
 * The reference design is the RISC-V "t1 scheme" (Song Shuai, LKML, Nov 2022;
 * merged in 6.5 as "riscv: ftrace: Add DYNAMIC_FTRACE_WITH_DIRECT_CALLS
 * support"): the ftrace caller clears a scratch slot, the direct ops'
 * callback (call_direct_funcs -> arch_ftrace_set_direct_caller) fills it, and
 * after restoring registers the caller jumps to a non-zero slot, leaving the
 * resume address alone so that an IPMODIFY ops can still redirect execution.
 *
 * Clauses, each with the short name tests and reports use:
 *
 * scratch-slot
 *	The ftrace caller clears a per-call "direct target" slot before the
 *	ops run; arch_ftrace_set_direct_caller() fills it; after the ops and
 *	the register restore a non-zero slot means "jump there".
 *	(riscv: t1, x86_64: pt_regs.orig_ax, arm64: direct_tramp.)
 * resume-untouched
 *	The hand-off never writes the register or slot holding the address at
 *	which the traced function resumes (riscv t0, x86_64 the return address
 *	on the stack, arm64 x30), so an IPMODIFY edit is honoured and a
 *	trampoline returning through it does not re-enter itself.
 * tramp-abi
 *	A direct trampoline is entered with the resume address, the parent
 *	return address and all argument registers live (see struct
 *	dcc_tramp_frame); it preserves the argument registers and returns
 *	through the resume address with the parent return address restored.
 * arg-integrity
 *	Every argument register (8 on riscv/arm64, 6 on x86_64) and every stack
 *	argument reaches the traced function unchanged, and its return value
 *	reaches the caller unchanged.
 * ordering
 *	Every other ftrace callback on the function runs before the direct
 *	trampoline, and the trampoline sees their register edits.
 * directness
 *	A direct ops alone on a function is called from the patch site without
 *	the ftrace caller, unless the arch documents otherwise (arm64 beyond BL
 *	range). Observed and reported, never assumed.
 * lifecycle
 *	register, modify and unregister are exact: every call runs exactly one
 *	trampoline while one is attached, none after unregister returns; a
 *	second direct ops on a function gets -EBUSY; a failed registration can
 *	be retried.
 *
 * Clause -> conformance case map (conformance/dcc_suite_*.c):
 *
 *	scratch-slot      dcc_sharing.dcc_with_ops (white-box: slot seen by an ops)
 *	resume-untouched  dcc_direct.dcc_ip_parent, dcc_sharing.dcc_ipmodify_share
 *	                  (white-box: the trampoline gets the IPMODIFY'd address),
 *	                  dcc_sharing.dcc_ipmodify_exclusive,
 *	                  dcc_sharing.dcc_ipmodify_filter_update,
 *	                  dcc_sharing.dcc_kprobe_post, dcc_sharing.dcc_livepatch_share
 *	tramp-abi         dcc_direct.dcc_basic, dcc_direct.dcc_ip_parent,
 *	                  dcc_direct.dcc_multi
 *	arg-integrity     dcc_direct.dcc_basic, dcc_direct.dcc_stack_args
 *	ordering          dcc_sharing.dcc_with_ops, dcc_sharing.dcc_with_save_regs_ops,
 *	                  dcc_sharing.dcc_with_fgraph, dcc_sharing.dcc_kprobe_entry
 *	directness        dcc_direct.dcc_directness
 *	lifecycle         dcc_lifecycle.* (modify_under_load, reregister,
 *	                  second_direct_busy, stress, module_lifecycle),
 *	                  dcc_sharing.dcc_ipmodify_retry
 */
#ifndef _DCC_CONTRACT_H
#define _DCC_CONTRACT_H

/**
 * DCC_FRAME_WORDS - size of &struct dcc_tramp_frame in machine words.
 *
 * Twelve words keep the frame 16-byte aligned on every 64-bit arch.
 */
#define DCC_FRAME_WORDS		12

/**
 * DCC_MAX_ARG_REGS - argument registers a trampoline saves, on any arch.
 */
#define DCC_MAX_ARG_REGS	8

/**
 * DCC_TRAMP_A - handler id passed by dcc_tramp_a().
 */
#define DCC_TRAMP_A		0

/**
 * DCC_TRAMP_B - handler id passed by dcc_tramp_b().
 */
#define DCC_TRAMP_B		1

/**
 * DCC_NR_TRAMPS - number of trampolines each backend provides.
 */
#define DCC_NR_TRAMPS		2

#ifndef __ASSEMBLY__

#include <linux/types.h>
#include "dcc_arch.h"

/**
 * struct dcc_tramp_frame - what a trampoline hands to dcc_tramp_handler().
 * @args: argument registers in ABI order; slots past
 *	DCC_ARCH_NR_ARG_REGS are zero.
 * @resume_ip: address the trampoline returns to: where the traced function
 *	resumes, or wherever an IPMODIFY ops redirected it (clause
 *	resume-untouched).
 * @parent_ip: return address of the traced function (into its caller).
 * @extra: arch-specific saved registers (arm64: x8, x29; x86_64: rax).
 *
 * The trampoline restores @args from the frame after the handler returns.
 * Its layout is fixed: the per-arch assembly uses word offsets into it.
 */
struct dcc_tramp_frame {
	unsigned long args[DCC_MAX_ARG_REGS];
	unsigned long resume_ip;
	unsigned long parent_ip;
	unsigned long extra[DCC_FRAME_WORDS - DCC_MAX_ARG_REGS - 2];
};

/**
 * dcc_tramp_handler() - the one C function every trampoline calls.
 * @id: DCC_TRAMP_A or DCC_TRAMP_B, which trampoline ran.
 * @frame: the registers the trampoline saved.
 *
 * Provided by the conformance module. Runs in the traced function's context
 * with its arguments live: it must not sleep.
 */
void dcc_tramp_handler(unsigned long id, struct dcc_tramp_frame *frame);

/**
 * dcc_tramp_a() - direct trampoline A, in arch-<arch>/dcc_tramp.S.
 *
 * Not a C function: it follows the tramp-abi clause. Only its address is
 * used, as the target of register_ftrace_direct().
 */
void dcc_tramp_a(void);

/**
 * dcc_tramp_b() - direct trampoline B, identical to A but for its id.
 */
void dcc_tramp_b(void);

/**
 * dcc_bench_tramp() - the least a direct trampoline can be, for make bench
 * (arch-<arch>/dcc_bench_tramp.S): it resumes the traced function at once.
 */
void dcc_bench_tramp(void);

/**
 * dcc_bench_spin() - run exactly 2 instructions per iteration, @n times.
 * @n: iterations, at least 1.
 *
 * make bench turns guest counter ticks into instructions with it.
 */
void dcc_bench_spin(unsigned long n);

struct ftrace_regs;

/**
 * DCC_SLOT_UNREADABLE - dcc_arch_scratch_slot() cannot see the slot here.
 */
#define DCC_SLOT_UNREADABLE	(~0UL)

/**
 * dcc_arch_call_target() - decode the call at @func's ftrace patch site.
 * @func: address of a traced function.
 *
 * Provided by the arch backend (arch-<arch>/dcc_arch.c).
 *
 * Return: the address the patch site calls, or 0 if it is not a call (NOPs).
 */
unsigned long dcc_arch_call_target(unsigned long func);

/**
 * dcc_arch_call_reaches() - whether @func's patch site can call @target.
 * @func: address of a traced function.
 * @target: a trampoline.
 *
 * Clause directness: where this is false the arch goes through its ftrace
 * caller instead (arm64 beyond the +-128 MiB of a BL).
 */
bool dcc_arch_call_reaches(unsigned long func, unsigned long target);

/**
 * dcc_arch_scratch_slot() - read the scratch slot from a callback's regs.
 * @fregs: the registers an ftrace_ops callback received.
 *
 * Clause scratch-slot, white-box: 0 before call_direct_funcs() ran for this
 * call, the trampoline address after.
 *
 * Return: the slot, or DCC_SLOT_UNREADABLE where the regs do not hold it.
 */
unsigned long dcc_arch_scratch_slot(struct ftrace_regs *fregs);

#endif /* __ASSEMBLY__ */
#endif /* _DCC_CONTRACT_H */
