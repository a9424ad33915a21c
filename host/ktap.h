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
	/*
	 * The console lines (1-based) the case spans: from its start marker
	 * (or the line after the case before) to its result (or the last line
	 * of a console cut short): its evidence, for the report.
	 */
	long first_line, last_line;
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
 * @host: what the host did to QEMU during the run, a sample a second
 *	(run-guest.sh's host-samples.tsv), @nr_host of them; with @hz (the
 *	guest's CONFIG_HZ), an RCU stall report during whose span the host
 *	kept QEMU's threads waiting for a CPU for at least half of it is the
 *	emulator's, not the kernel's: an observation, not a CRASH. Without
 *	samples every stall is a CRASH.
 */
struct ktap_host_sample {
	long t_ms;	/* since QEMU started */
	long bytes;	/* of console.log then */
	long wait_ms;	/* the longest wait of a QEMU thread since the sample before */
};

struct ktap_options {
	int timed_out;
	const char *stopped;
	const struct ktap_host_sample *host;
	size_t nr_host;
	long hz;
	const char *sentinel;
	const char *start_marker;
};

/* Parse @in completely. Returns 0, or -1 if memory ran out. */
int ktap_read(FILE *in, const struct ktap_options *opt, struct ktap_run *run);
/*
 * Read host-samples.tsv ("t_ms bytes wait_ms" a line) into @opt->host.
 * Returns 0, or -1 (@err says why); ktap_host_free() frees them.
 */
int ktap_host_load(const char *path, struct ktap_options *opt, char *err, size_t errlen);
void ktap_host_free(struct ktap_options *opt);
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
