// SPDX-License-Identifier: GPL-2.0
/*
 * dcc-ktap - turn one raw guest console log into results and a verdict.
 *
 *   dcc-ktap [--label NAME] [--timed-out] [--stopped WHY] [--sentinel TEXT]
 *            [--start-marker TEXT] [--ktap FILE] [--results FILE]
 *            [--observe FILE] [--host-samples FILE --hz HZ]
 *            [--expect TABLE --series S --payload P] CONSOLE
 *
 *   dcc-ktap --judge-results RESULTS_TSV --expect TABLE --series S --payload P
 *            [--results FILE]
 *
 * Prints one line per case, then "NAME: N passed, N failed, N skipped"
 * (", N expected failures" when there are some). With --expect, the
 * arch's expected-outcome table judges the SKIPs and known failures
 * (expect.h). --judge-results applies the table to a results.tsv written
 * by another reader (the LAVA converter) instead of reading a console.
 * --host-samples: what the host did to QEMU, a sample a second, and --hz
 * the guest's CONFIG_HZ (ktap.h: an RCU stall of a starved emulator is
 * then an observation).
 * Exit: 0 all cases passed or skipped (and at least one ran), 1 otherwise,
 * 2 bad usage or unreadable input.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "expect.h"
#include "ktap.h"

static int usage(const char *why)
{
	fprintf(stderr, "dcc: error: dcc-ktap: %s\n"
		"usage: dcc-ktap [--label NAME] [--timed-out] [--stopped WHY] [--sentinel TEXT] "
		"[--start-marker TEXT] [--ktap FILE] [--results FILE] [--observe FILE] "
		"[--host-samples FILE --hz HZ] [--expect TABLE --series S --payload P] CONSOLE\n",
		why);
	return 2;
}

static FILE *open_out(const char *path)
{
	FILE *f = fopen(path, "w");

	if (!f)
		fprintf(stderr, "dcc: error: cannot write %s: %s: choose a writable results directory\n",
			path, strerror(errno));
	return f;
}

/* Tabs and newlines would break the one-record-per-line files. */
static void put_field(FILE *f, const char *s)
{
	for (; s && *s; s++)
		fputc(*s == '\t' || *s == '\n' ? ' ' : *s, f);
}

static int write_files(const struct ktap_run *run, const char *ktap, const char *results,
		       const char *observe)
{
	FILE *f;
	size_t i;

	if (ktap) {
		f = open_out(ktap);
		if (!f)
			return -1;
		if (run->ktap)
			fputs(run->ktap, f);
		if (fclose(f))
			return -1;
	}
	if (results) {
		f = open_out(results);
		if (!f)
			return -1;
		for (i = 0; i < run->nr_cases; i++) {
			put_field(f, run->cases[i].name);
			fprintf(f, "\t%s\t", ktap_status_name(run->cases[i].status));
			put_field(f, run->cases[i].reason);
			fputc('\n', f);
		}
		if (fclose(f))
			return -1;
	}
	if (observe) {
		f = open_out(observe);
		if (!f)
			return -1;
		for (i = 0; i < run->nr_obs; i++) {
			put_field(f, run->obs[i].test);
			fputc('\t', f);
			put_field(f, run->obs[i].key);
			fputc('\t', f);
			put_field(f, run->obs[i].value);
			fputc('\n', f);
		}
		if (fclose(f))
			return -1;
	}
	return 0;
}

/* A results.tsv (name, status, reason per line) as a run's cases. */
static int read_results(FILE *in, struct ktap_run *run)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	memset(run, 0, sizeof(*run));
	while ((n = getline(&line, &cap, in)) > 0) {
		char *name = line, *st, *reason;
		struct ktap_case *c;
		int status;

		line[strcspn(line, "\n")] = 0;
		st = strchr(name, '\t');
		if (!st)
			continue;
		*st++ = 0;
		reason = strchr(st, '\t');
		if (reason)
			*reason++ = 0;
		status = ktap_status_parse(st);
		if (status < 0)
			continue;
		if (run->nr_cases == run->cap_cases) {
			size_t cap2 = run->cap_cases ? 2 * run->cap_cases : 64;
			struct ktap_case *cs = realloc(run->cases, cap2 * sizeof(*cs));

			if (!cs)
				goto oom;
			run->cases = cs;
			run->cap_cases = cap2;
		}
		c = &run->cases[run->nr_cases];
		c->name = strdup(name);
		c->status = status;
		c->reason = reason && *reason ? strdup(reason) : NULL;
		if (!c->name || (reason && *reason && !c->reason))
			goto oom;
		run->nr_cases++;
	}
	free(line);
	return 0;
oom:
	free(line);
	return -1;
}

int main(int argc, char **argv)
{
	struct ktap_options opt = { 0 };
	const char *label = "dcc", *ktap = NULL, *results = NULL, *observe = NULL;
	const char *console = NULL, *expect = NULL, *series = NULL, *payload = NULL;
	const char *judge = NULL, *host_samples = NULL, *hz = NULL;
	struct expect_table table;
	char err[512];
	long counts[KTAP_NR_STATUS] = { 0 };
	struct ktap_run run;
	size_t i;
	FILE *in;
	int ret;

	for (i = 1; i < (size_t)argc; i++) {
		const char *a = argv[i];
		const char **val = NULL;

		if (!strcmp(a, "--timed-out")) {
			opt.timed_out = 1;
			continue;
		}
		if (!strcmp(a, "--label"))
			val = &label;
		else if (!strcmp(a, "--sentinel"))
			val = &opt.sentinel;
		else if (!strcmp(a, "--stopped"))
			val = &opt.stopped;
		else if (!strcmp(a, "--start-marker"))
			val = &opt.start_marker;
		else if (!strcmp(a, "--ktap"))
			val = &ktap;
		else if (!strcmp(a, "--results"))
			val = &results;
		else if (!strcmp(a, "--observe"))
			val = &observe;
		else if (!strcmp(a, "--expect"))
			val = &expect;
		else if (!strcmp(a, "--series"))
			val = &series;
		else if (!strcmp(a, "--payload"))
			val = &payload;
		else if (!strcmp(a, "--judge-results"))
			val = &judge;
		else if (!strcmp(a, "--host-samples"))
			val = &host_samples;
		else if (!strcmp(a, "--hz"))
			val = &hz;
		if (val) {
			if (++i == (size_t)argc)
				return usage("option needs a value");
			*val = argv[i];
			continue;
		}
		if (a[0] == '-' && a[1])
			return usage("unknown option");
		if (console)
			return usage("more than one console log given");
		console = a;
	}
	if (!host_samples != !hz)
		return usage("--host-samples and --hz go together");
	if (hz) {
		char *end;

		errno = 0;
		opt.hz = strtol(hz, &end, 10);
		if (errno || end == hz || *end || opt.hz <= 0)
			return usage("--hz needs the guest's CONFIG_HZ, a positive number");
	}
	if (host_samples && ktap_host_load(host_samples, &opt, err, sizeof(err))) {
		fprintf(stderr, "dcc: error: %s\n", err);
		return 2;
	}
	if (judge && console)
		return usage("--judge-results reads a results.tsv, not a console log");
	if (judge && !expect)
		return usage("--judge-results needs --expect");
	if (judge)
		console = judge;
	if (!console)
		return usage("no console log given");
	if (expect && (!series || !payload))
		return usage("--expect needs --series and --payload");
	if (!expect && (series || payload))
		return usage("--series and --payload only go with --expect");
	if (expect && expect_load(expect, &table, err, sizeof(err))) {
		fprintf(stderr, "dcc: error: %s\n", err);
		return 2;
	}
	in = strcmp(console, "-") ? fopen(console, "r") : stdin;
	if (!in) {
		fprintf(stderr, "dcc: error: cannot read console log %s: %s\n", console,
			strerror(errno));
		return 2;
	}
	ret = judge ? read_results(in, &run) : ktap_read(in, &opt, &run);
	ktap_host_free(&opt);
	if (in != stdin)
		fclose(in);
	if (!ret && expect) {
		ret = expect_apply(&table, series, payload, run.cases, run.nr_cases);
		expect_free(&table);
	}
	if (ret) {
		fprintf(stderr, "dcc: error: out of memory reading %s\n", console);
		ktap_free(&run);
		return 2;
	}
	if (write_files(&run, ktap, results, observe)) {
		ktap_free(&run);
		return 2;
	}

	/* A stall the host caused judges nothing, and is shown all the same. */
	for (i = 0; i < run.nr_obs; i++)
		if (!strcmp(run.obs[i].key, "host_starved_stall"))
			printf("%s: warning: RCU stall while %s ran, not judged: %s\n", label,
			       run.obs[i].test, run.obs[i].value);
	for (i = 0; i < run.nr_cases; i++) {
		const struct ktap_case *c = &run.cases[i];

		counts[c->status]++;
		printf("  %-6s %s%s%s\n", ktap_status_name(c->status), c->name,
		       c->reason ? ": " : "", c->reason ? c->reason : "");
	}
	if (counts[KTAP_HANG] || counts[KTAP_CRASH] || counts[KTAP_NOTRUN])
		printf("%s: %ld hung, %ld crashed, %ld not run (counted as failed)\n", label,
		       counts[KTAP_HANG], counts[KTAP_CRASH], counts[KTAP_NOTRUN]);
	printf("%s: %ld passed, %ld failed, %ld skipped", label, counts[KTAP_PASS],
	       counts[KTAP_FAIL] + counts[KTAP_HANG] + counts[KTAP_CRASH] + counts[KTAP_NOTRUN],
	       counts[KTAP_SKIP]);
	if (counts[KTAP_XFAIL])
		printf(", %ld expected failures", counts[KTAP_XFAIL]);
	putchar('\n');
	ret = counts[KTAP_PASS] + counts[KTAP_SKIP] + counts[KTAP_XFAIL] == 0 ||
	      counts[KTAP_FAIL] + counts[KTAP_HANG] + counts[KTAP_CRASH] + counts[KTAP_NOTRUN];
	ktap_free(&run);
	return ret ? 1 : 0;
}
