/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ktap.h - read a raw guest console log into per-case results.
 *
 * The console is the source of truth: KTAP (Documentation/dev-tools/ktap.rst)
 * interleaved with kernel messages, timestamps, CR/LF noise, and possibly
 * cut short by a hang or a crash. The reader keeps the KTAP, the verdict of
 * every leaf case, the "observe:" diagnostics, and attributes a hang or a
 * kernel splat to the case that was running.
 */
#ifndef DCC_KTAP_H
#define DCC_KTAP_H

#include <stdio.h>

/*
 * A host that kept QEMU off its CPUs this long in a run starved the guest:
 * the shortest RCU stall timeout the kernel accepts (3 s) of lost time.
 */
#define DCC_HOST_STARVED_MS 3000

enum ktap_status {
	KTAP_PASS,
	KTAP_FAIL,
	KTAP_SKIP,
	KTAP_HANG,	/* the guest was killed at its timeout while this ran */
	KTAP_CRASH,	/* panic, oops, BUG or WARN while this ran */
	KTAP_NOTRUN,	/* planned, never reported */
	KTAP_XFAIL,	/* failed as the arch's expect.tsv says it does (expect.h) */
	KTAP_NR_STATUS,
};

struct ktap_case {
	char *name;	/* "suite.case" (".param" for parameterised cases) */
	enum ktap_status status;
	char *reason;	/* SKIP reason, failure or crash detail; may be NULL */
};

struct ktap_observation {
	char *test;	/* case name the diagnostic was printed under */
	char *key;
	char *value;
};

struct ktap_run {
	struct ktap_case *cases;
	size_t nr_cases, cap_cases;
	struct ktap_observation *obs;
	size_t nr_obs, cap_obs;
	char *ktap;		/* the extracted KTAP text */
	size_t ktap_len, ktap_cap;
	int saw_ktap;		/* a "KTAP version" or "TAP version" line was seen */
	int saw_sentinel;	/* the caller's end-of-run line was seen */
	char *first_splat;	/* first panic/oops/BUG/WARN line, if any */
	char *power_off;	/* "reboot: Power down" line, if the guest printed one */
};

/**
 * struct ktap_options - how to read one console log.
 * @timed_out: the guest was killed at its timeout (a hang).
 * @sentinel: line that a complete run prints last (NULL: none expected).
 * @start_marker: diagnostic a case prints first ("dcc-start"), naming the
 *	case that is running before KUnit reports it.
 * @stopped: why the guest stopped, as the harness saw it (QEMU died of a
 *	signal...); NULL if it exited normally or timed out.
 * @host_wait_ms: how long QEMU's most delayed thread waited for a host CPU
 *	during the run (its run_delay in /proc/PID/task/TID/schedstat); from
 *	DCC_HOST_STARVED_MS on, an RCU stall report whose grace-period kthread
 *	was starved is the emulator's, not the kernel's (an observation, not
 *	a CRASH). 0: not measured, every stall is a CRASH.
 */
struct ktap_options {
	int timed_out;
	const char *stopped;
	long host_wait_ms;
	const char *sentinel;
	const char *start_marker;
};

/* Parse @in completely. Returns 0, or -1 if memory ran out. */
int ktap_read(FILE *in, const struct ktap_options *opt, struct ktap_run *run);
void ktap_free(struct ktap_run *run);

const char *ktap_status_name(enum ktap_status st);
/* Status from its name; -1 if unknown. */
int ktap_status_parse(const char *name);
/* Whether a status makes the run fail. */
int ktap_status_is_failure(enum ktap_status st);

/* Exposed for unit tests. */
const char *ktap_strip_prefix(const char *line);
int ktap_is_splat(const char *text);
int ktap_is_stall(const char *text);

#endif /* DCC_KTAP_H */
