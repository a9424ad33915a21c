/* SPDX-License-Identifier: GPL-2.0 */
/*
 * riscv64 direct trampolines (clause tramp-abi, common/dcc_contract.h).
 *
 * Entry: t0 = resume address in the traced function (or an IPMODIFY'd one),
 * ra = parent return address, a0-a7 = arguments, t1 = our own address when
 * reached through ftrace_caller. Return with "jr t0" and ra intact: "ret"
 * would return to the parent and skip the traced function.
 */
#include <linux/linkage.h>
#include <asm/asm.h>
#include "dcc_contract.h"

#define FRAME_BYTES	(DCC_FRAME_WORDS * SZREG)

.macro DCC_TRAMP name, id
	.text
	/*
	 * No linker relaxation: a module is not relaxed, and the kernel's
	 * module loader refuses its R_RISCV_ALIGN (clang's assembler emits
	 * them; -Wa,-mno-relax from arch/riscv/Makefile does not reach it).
	 */
	.option norelax
	.globl	\name
	.type	\name, @function
	.balign	4
\name:
	addi	sp, sp, -FRAME_BYTES
	REG_S	a0, 0 * SZREG(sp)
	REG_S	a1, 1 * SZREG(sp)
	REG_S	a2, 2 * SZREG(sp)
	REG_S	a3, 3 * SZREG(sp)
	REG_S	a4, 4 * SZREG(sp)
	REG_S	a5, 5 * SZREG(sp)
	REG_S	a6, 6 * SZREG(sp)
	REG_S	a7, 7 * SZREG(sp)
	REG_S	t0, 8 * SZREG(sp)	/* resume_ip */
	REG_S	ra, 9 * SZREG(sp)	/* parent_ip */
	li	a0, \id
	mv	a1, sp
	call	dcc_tramp_handler
	REG_L	a0, 0 * SZREG(sp)
	REG_L	a1, 1 * SZREG(sp)
	REG_L	a2, 2 * SZREG(sp)
	REG_L	a3, 3 * SZREG(sp)
	REG_L	a4, 4 * SZREG(sp)
	REG_L	a5, 5 * SZREG(sp)
	REG_L	a6, 6 * SZREG(sp)
	REG_L	a7, 7 * SZREG(sp)
	REG_L	t0, 8 * SZREG(sp)
	REG_L	ra, 9 * SZREG(sp)
	addi	sp, sp, FRAME_BYTES
	jr	t0
	.size	\name, . - \name
.endm

DCC_TRAMP dcc_tramp_a, DCC_TRAMP_A
DCC_TRAMP dcc_tramp_b, DCC_TRAMP_B
