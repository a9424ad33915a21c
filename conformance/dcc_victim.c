// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_victim.c - traced functions for the direct-call conformance suite.
 * All are noinline: the suite needs real calls and real ftrace patch sites.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include "dcc_victim.h"

struct dcc_victim_state dcc_victim_state;
EXPORT_SYMBOL_GPL(dcc_victim_state);

/**
 * dcc_victim_body() - what every ten-argument victim body does.
 * @id: which body.
 * @args: the DCC_NR_ARGS arguments it received.
 *
 * Return: dcc_victim_expect() of @args plus dcc_victim_bias(@id).
 */
long dcc_victim_body(enum dcc_victim_id id, const long *args)
{
	int i;

	if (id != DCC_V_LOAD)
		for (i = 0; i < DCC_NR_ARGS; i++)
			dcc_victim_state.args[id][i] = args[i];
	atomic_inc(&dcc_victim_state.calls[id]);
	return dcc_victim_expect(args, DCC_NR_ARGS) + dcc_victim_bias(id);
}
EXPORT_SYMBOL_GPL(dcc_victim_body);

noinline long dcc_victim_args8(long a0, long a1, long a2, long a3,
			       long a4, long a5, long a6, long a7)
{
	long args[8] = { a0, a1, a2, a3, a4, a5, a6, a7 };
	int i;

	for (i = 0; i < 8; i++)
		dcc_victim_state.args[DCC_V_ARGS8][i] = args[i];
	atomic_inc(&dcc_victim_state.calls[DCC_V_ARGS8]);
	return dcc_victim_expect(args, 8);
}
EXPORT_SYMBOL_GPL(dcc_victim_args8);

/*
 * DCC_VICTIM10 - a ten-argument victim: at least two arguments are passed
 * on the stack on every arch.
 */
#define DCC_VICTIM10(name, id)						\
noinline long name(long a0, long a1, long a2, long a3, long a4,	\
		   long a5, long a6, long a7, long a8, long a9)		\
{									\
	long args[DCC_NR_ARGS] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 }; \
									\
	return dcc_victim_body(id, args);				\
}									\
EXPORT_SYMBOL_GPL(name)

DCC_VICTIM10(dcc_victim_args10, DCC_V_ARGS10);
DCC_VICTIM10(dcc_victim_ipmod, DCC_V_IPMOD);
/* What an IPMODIFY ops runs instead of dcc_victim_ipmod(). */
DCC_VICTIM10(dcc_victim_replacement, DCC_V_REPLACEMENT);
DCC_VICTIM10(dcc_victim_load, DCC_V_LOAD);
DCC_VICTIM10(dcc_victim_probe, DCC_V_PROBE);
DCC_VICTIM10(dcc_victim_other, DCC_V_OTHER);

/* Does nothing but return: what conformance/dcc_percall.c times per call. */
noinline long dcc_victim_trivial(long x)
{
	return x + 1;
}
EXPORT_SYMBOL_GPL(dcc_victim_trivial);

static long dcc_victim_many_body(long x, int n)
{
	atomic_inc(&dcc_victim_state.many_calls[n]);
	return x * 64 + n;
}

#define DCC_MANY(n)							\
static noinline long dcc_victim_many_##n(long x)			\
{									\
	return dcc_victim_many_body(x, n);				\
}

DCC_MANY(0) DCC_MANY(1) DCC_MANY(2) DCC_MANY(3) DCC_MANY(4)
DCC_MANY(5) DCC_MANY(6) DCC_MANY(7) DCC_MANY(8) DCC_MANY(9)
DCC_MANY(10) DCC_MANY(11) DCC_MANY(12) DCC_MANY(13) DCC_MANY(14)
DCC_MANY(15) DCC_MANY(16) DCC_MANY(17) DCC_MANY(18) DCC_MANY(19)
DCC_MANY(20) DCC_MANY(21) DCC_MANY(22) DCC_MANY(23) DCC_MANY(24)
DCC_MANY(25) DCC_MANY(26) DCC_MANY(27) DCC_MANY(28) DCC_MANY(29)
DCC_MANY(30) DCC_MANY(31) DCC_MANY(32) DCC_MANY(33) DCC_MANY(34)
DCC_MANY(35) DCC_MANY(36) DCC_MANY(37) DCC_MANY(38) DCC_MANY(39)

long (*const dcc_victim_many[DCC_VICTIM_MANY])(long x) = {
	dcc_victim_many_0, dcc_victim_many_1, dcc_victim_many_2, dcc_victim_many_3,
	dcc_victim_many_4, dcc_victim_many_5, dcc_victim_many_6, dcc_victim_many_7,
	dcc_victim_many_8, dcc_victim_many_9, dcc_victim_many_10, dcc_victim_many_11,
	dcc_victim_many_12, dcc_victim_many_13, dcc_victim_many_14, dcc_victim_many_15,
	dcc_victim_many_16, dcc_victim_many_17, dcc_victim_many_18, dcc_victim_many_19,
	dcc_victim_many_20, dcc_victim_many_21, dcc_victim_many_22, dcc_victim_many_23,
	dcc_victim_many_24, dcc_victim_many_25, dcc_victim_many_26, dcc_victim_many_27,
	dcc_victim_many_28, dcc_victim_many_29, dcc_victim_many_30, dcc_victim_many_31,
	dcc_victim_many_32, dcc_victim_many_33, dcc_victim_many_34, dcc_victim_many_35,
	dcc_victim_many_36, dcc_victim_many_37, dcc_victim_many_38, dcc_victim_many_39,
};
EXPORT_SYMBOL_GPL(dcc_victim_many);

/*
 * dcc_victim_bulk[]: DCC_VICTIM_BULK functions for one ops over a thousand
 * sites. Named by three digits; "1##digits - 1000" is the index as a
 * decimal literal (a leading 0 would make it octal).
 */
static long dcc_victim_bulk_body(long x, int n)
{
	atomic_inc(&dcc_victim_state.bulk_calls[n]);
	return x * 4096 + n;
}

#define DCC_BULK1(d)							\
static noinline long dcc_victim_bulk_##d(long x)			\
{									\
	return dcc_victim_bulk_body(x, 1##d - 1000);			\
}

#define DCC_BULK10(d)	DCC_BULK1(d##0) DCC_BULK1(d##1) DCC_BULK1(d##2) DCC_BULK1(d##3) \
			DCC_BULK1(d##4) DCC_BULK1(d##5) DCC_BULK1(d##6) DCC_BULK1(d##7) \
			DCC_BULK1(d##8) DCC_BULK1(d##9)
#define DCC_BULK100(d)	DCC_BULK10(d##0) DCC_BULK10(d##1) DCC_BULK10(d##2) DCC_BULK10(d##3) \
			DCC_BULK10(d##4) DCC_BULK10(d##5) DCC_BULK10(d##6) DCC_BULK10(d##7) \
			DCC_BULK10(d##8) DCC_BULK10(d##9)
DCC_BULK100(0) DCC_BULK100(1) DCC_BULK100(2) DCC_BULK100(3) DCC_BULK100(4)
DCC_BULK100(5) DCC_BULK100(6) DCC_BULK100(7) DCC_BULK100(8) DCC_BULK100(9)

#define DCC_BULK_P1(d)		dcc_victim_bulk_##d,
#define DCC_BULK_P10(d)	DCC_BULK_P1(d##0) DCC_BULK_P1(d##1) DCC_BULK_P1(d##2) \
			DCC_BULK_P1(d##3) DCC_BULK_P1(d##4) DCC_BULK_P1(d##5) \
			DCC_BULK_P1(d##6) DCC_BULK_P1(d##7) DCC_BULK_P1(d##8) \
			DCC_BULK_P1(d##9)
#define DCC_BULK_P100(d)	DCC_BULK_P10(d##0) DCC_BULK_P10(d##1) DCC_BULK_P10(d##2) \
			DCC_BULK_P10(d##3) DCC_BULK_P10(d##4) DCC_BULK_P10(d##5) \
			DCC_BULK_P10(d##6) DCC_BULK_P10(d##7) DCC_BULK_P10(d##8) \
			DCC_BULK_P10(d##9)

long (*const dcc_victim_bulk[DCC_VICTIM_BULK])(long x) = {
	DCC_BULK_P100(0) DCC_BULK_P100(1) DCC_BULK_P100(2) DCC_BULK_P100(3)
	DCC_BULK_P100(4) DCC_BULK_P100(5) DCC_BULK_P100(6) DCC_BULK_P100(7)
	DCC_BULK_P100(8) DCC_BULK_P100(9)
};
EXPORT_SYMBOL_GPL(dcc_victim_bulk);

MODULE_DESCRIPTION("ftrace direct-call conformance: traced victim functions");
MODULE_LICENSE("GPL");
