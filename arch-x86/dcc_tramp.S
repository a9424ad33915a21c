/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64 direct trampolines (clause tramp-abi, common/dcc_contract.h).
 *
 * Entry: (%rsp) = resume address in the traced function (or an IPMODIFY'd
 * RIP on the ftrace_regs_caller path), 8(%rsp) = parent return address,
 * rdi, rsi, rdx, rcx, r8, r9 = arguments (stack arguments above), rax =
 * vector count for varargs. Reached by a call at the patch site or by the
 * RET of ftrace_regs_caller, never indirectly, so no ENDBR is required.
 * Exit: RET to the resume address with every argument register restored.
 */
#include <linux/linkage.h>
#include <linux/objtool.h>
#include <asm/nospec-branch.h>
#include "dcc_contract.h"

#define FRAME_BYTES	(DCC_FRAME_WORDS * 8)

/* The frame (struct dcc_tramp_frame) below %rbp: argument registers, rax. */
.macro DCC_SAVE_ARGS
	subq	$FRAME_BYTES, %rsp
	movq	%rdi, 0(%rsp)
	movq	%rsi, 8(%rsp)
	movq	%rdx, 16(%rsp)
	movq	%rcx, 24(%rsp)
	movq	%r8, 32(%rsp)
	movq	%r9, 40(%rsp)
	movq	$0, 48(%rsp)
	movq	$0, 56(%rsp)
	movq	%rax, 80(%rsp)		/* extra[0] */
.endm

/* The argument registers and rax back from the frame, and the frame gone. */
.macro DCC_RESTORE_ARGS
	movq	0(%rsp), %rdi
	movq	8(%rsp), %rsi
	movq	16(%rsp), %rdx
	movq	24(%rsp), %rcx
	movq	32(%rsp), %r8
	movq	40(%rsp), %r9
	movq	80(%rsp), %rax
	leave
.endm

.macro DCC_TRAMP name, id
SYM_FUNC_START(\name)
	/* Called, never jumped to indirectly: no ENDBR (objtool). */
	ANNOTATE_NOENDBR
	pushq	%rbp
	movq	%rsp, %rbp
#ifdef CONFIG_CALL_DEPTH_TRACKING
	CALL_DEPTH_ACCOUNT
#endif
	DCC_SAVE_ARGS
	movq	8(%rbp), %rax
	movq	%rax, 64(%rsp)		/* resume_ip */
	movq	16(%rbp), %rax
	movq	%rax, 72(%rsp)		/* parent_ip */
	movq	$\id, %rdi
	movq	%rsp, %rsi
	call	dcc_tramp_handler
	DCC_RESTORE_ARGS
	RET
SYM_FUNC_END(\name)
.endm

DCC_TRAMP dcc_tramp_a, DCC_TRAMP_A
DCC_TRAMP dcc_tramp_b, DCC_TRAMP_B

/*
 * Jmp mode (DYNAMIC_FTRACE_WITH_JMP, an address with bit 0 set): the patch
 * site jumps here, or ftrace_regs_caller RETs here after putting this
 * address in place of the resume address, so the stack is as at the traced
 * function's entry: (%rsp) = parent return address. Count the run as
 * trampoline A, restore the arguments, then continue the function after
 * its patch site (dcc_jmp_resume, set by dcc_arch_jmp_tramp()); its body
 * returns straight to the parent.
 */
SYM_FUNC_START(dcc_tramp_jmp_a)
	ANNOTATE_NOENDBR
	pushq	%rbp
	movq	%rsp, %rbp
	DCC_SAVE_ARGS
	movq	dcc_jmp_resume(%rip), %rax
	movq	%rax, 64(%rsp)		/* resume_ip */
	movq	8(%rbp), %rax
	movq	%rax, 72(%rsp)		/* parent_ip */
	movq	$DCC_TRAMP_A, %rdi
	movq	%rsp, %rsi
	call	dcc_tramp_handler
	DCC_RESTORE_ARGS
	/* A jump to a fixed function body, not to attacker-chosen data. */
	ANNOTATE_RETPOLINE_SAFE
	jmp	*dcc_jmp_resume(%rip)
SYM_FUNC_END(dcc_tramp_jmp_a)
