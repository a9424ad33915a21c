/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64 pieces of the per-call benchmark (conformance/dcc_percall.c).
 *
 * dcc_bench_tramp: the least a direct trampoline can be, as the kernel's
 * own ftrace_stub_direct_tramp: return to the resume address on the stack.
 *
 * dcc_bench_spin(n): exactly 2n + 2 instructions (n >= 1) without return
 * thunks, to convert the guest's counter ticks into instructions under
 * QEMU -icount.
 */
#include <linux/linkage.h>
#include <linux/objtool.h>
#include <asm/nospec-branch.h>

SYM_FUNC_START(dcc_bench_tramp)
	/* Called, never jumped to indirectly: no ENDBR (objtool). */
	ANNOTATE_NOENDBR
#ifdef CONFIG_CALL_DEPTH_TRACKING
	CALL_DEPTH_ACCOUNT
#endif
	RET
SYM_FUNC_END(dcc_bench_tramp)

SYM_FUNC_START(dcc_bench_spin)
1:	decq	%rdi
	jnz	1b
	RET
SYM_FUNC_END(dcc_bench_spin)
