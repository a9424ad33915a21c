/* SPDX-License-Identifier: GPL-2.0 */
/*
 * riscv64 pieces of the per-call benchmark (conformance/dcc_percall.c).
 *
 * dcc_bench_tramp: the least a direct trampoline can be. Entered with the
 * resume address in t0 and ra intact (clause tramp-abi), it resumes the
 * traced function at once.
 *
 * dcc_bench_spin(n): exactly 2n + 2 instructions (n >= 1), to convert the
 * guest's counter ticks into instructions under QEMU -icount.
 */
	.text
	/* No linker relaxation in a module (see dcc_tramp.S). */
	.option norelax
	.globl	dcc_bench_tramp
	.type	dcc_bench_tramp, @function
	.balign	4
dcc_bench_tramp:
	jr	t0
	.size	dcc_bench_tramp, . - dcc_bench_tramp

	.globl	dcc_bench_spin
	.type	dcc_bench_spin, @function
	.balign	4
dcc_bench_spin:
1:	addi	a0, a0, -1
	bnez	a0, 1b
	ret
	.size	dcc_bench_spin, . - dcc_bench_spin
