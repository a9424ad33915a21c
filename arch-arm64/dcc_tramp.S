/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64 direct trampolines (clause tramp-abi, common/dcc_contract.h).
 *
 * Entry: x30 = resume address in the traced function (or an IPMODIFY'd pc on
 * the ftrace_caller path), x9 = parent return address (the traced function's
 * LR, saved by "mov x9, lr" at the patch site), x0-x7 = arguments, x8 =
 * indirect result. Reached by BL or, through ftrace_caller, by "br x17", so
 * the first instruction is a BTI C landing pad. Exit: LR = parent, branch to
 * the resume address. x10 is free to clobber (ftrace_stub_direct_tramp does).
 */
#include <linux/linkage.h>
#include "dcc_contract.h"

#define FRAME_BYTES	(DCC_FRAME_WORDS * 8)

.macro DCC_TRAMP name, id
SYM_CODE_START(\name)
	hint	34			/* bti c */
	sub	sp, sp, #FRAME_BYTES
	stp	x0, x1, [sp, #0]
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x30, x9, [sp, #64]	/* resume_ip, parent_ip */
	stp	x8, x29, [sp, #80]	/* extra: indirect result, frame pointer */
	mov	x0, #\id
	mov	x1, sp
	bl	dcc_tramp_handler
	ldp	x0, x1, [sp, #0]
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldp	x10, x30, [sp, #64]	/* x10 = resume, LR = parent */
	ldp	x8, x29, [sp, #80]
	add	sp, sp, #FRAME_BYTES
	ret	x10
SYM_CODE_END(\name)
.endm

DCC_TRAMP dcc_tramp_a, DCC_TRAMP_A
DCC_TRAMP dcc_tramp_b, DCC_TRAMP_B
