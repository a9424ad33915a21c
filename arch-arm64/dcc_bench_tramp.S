/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64 pieces of the per-call benchmark (conformance/dcc_percall.c).
 *
 * dcc_bench_tramp: the least a direct trampoline can be, as the kernel's
 * own ftrace_stub_direct_tramp: a BTI landing pad (reached by "br x17"
 * through ftrace_caller), then LR = parent (x9) and a branch to the resume
 * address (x30).
 *
 * dcc_bench_spin(n): exactly 2n + 2 instructions (n >= 1), to convert the
 * guest's counter ticks into instructions under QEMU -icount.
 */
#include <linux/linkage.h>

SYM_CODE_START(dcc_bench_tramp)
	hint	34			/* bti c */
	mov	x10, x30
	mov	x30, x9
	ret	x10
SYM_CODE_END(dcc_bench_tramp)

SYM_FUNC_START(dcc_bench_spin)
1:	subs	x0, x0, #1
	b.ne	1b
	ret
SYM_FUNC_END(dcc_bench_spin)
