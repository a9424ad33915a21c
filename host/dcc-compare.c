// SPDX-License-Identifier: GPL-2.0
/*
 * dcc-compare - what changed between two runs of the same arch, for example
 * an unpatched and a patched kernel.
 *
 *   dcc-compare [--tsv FILE NAME] BASE_RUN_DIR NEW_RUN_DIR
 *
 * Prints regressions (a case that passed or skipped now fails, hangs,
 * crashes or is gone), fixes, new and removed cases, and changed
 * observations. With --tsv, also appends "NAME\tCASE\tregression" (or
 * "fixed") for every such case of the new run to FILE: make report marks
 * them in its matrix (NAME is the new run's real directory: a later run
 * of that arch and kernel carries none of the marks).
 * Exit: 1 if anything regressed, 0 otherwise, 2 bad input.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "run.h"

static const char *obs_value(const struct run *r, const char *test, const char *key)
{
	size_t i;

	for (i = 0; i < r->ktap.nr_obs; i++)
		if (!strcmp(r->ktap.obs[i].test, test) && !strcmp(r->ktap.obs[i].key, key))
			return r->ktap.obs[i].value;
	return NULL;
}

/*
 * A case that passed and now SKIPs or fails as expected checks less than
 * it did: a regression like any other failure.
 */
static int lost_coverage(int before, int after)
{
	return before == KTAP_PASS && (after == KTAP_SKIP || after == KTAP_XFAIL);
}

static int is_good(int st)
{
	return st == KTAP_PASS || st == KTAP_SKIP || st == KTAP_XFAIL;
}

int main(int argc, char **argv)
{
	struct run base, new;
	int regressions = 0, fixes = 0, added = 0, removed = 0, changed = 0;
	const char *tsv_name = NULL;
	FILE *tsv = NULL;
	char err[512];
	size_t i;

	if (argc == 6 && !strcmp(argv[1], "--tsv")) {
		tsv = fopen(argv[2], "a");
		if (!tsv) {
			fprintf(stderr, "dcc: error: cannot append to %s: give --tsv a writable file\n",
				argv[2]);
			return 2;
		}
		tsv_name = argv[3];
		argv += 3;
		argc -= 3;
	}
	if (argc != 3) {
		fprintf(stderr, "dcc: error: usage: dcc-compare [--tsv FILE NAME] BASE_RUN_DIR NEW_RUN_DIR\n");
		return 2;
	}
	if (run_load(argv[1], &base, err, sizeof(err)) ||
	    run_load(argv[2], &new, err, sizeof(err))) {
		fprintf(stderr, "dcc: error: %s\n", err);
		return 2;
	}
	printf("base: %s (%s)\nnew:  %s (%s)\n", base.label, base.dir, new.label, new.dir);

	for (i = 0; i < base.ktap.nr_cases; i++) {
		const struct ktap_case *b = &base.ktap.cases[i];
		const struct ktap_case *n = run_find_case(&new, b->name);

		if (!n) {
			printf("%s %s: %s -> absent\n", is_good(b->status) ? "REGRESSION" : "removed   ",
			       b->name, ktap_status_name(b->status));
			if (is_good(b->status))
				regressions++;
			else
				removed++;
		} else if ((is_good(b->status) && !is_good(n->status)) ||
			   lost_coverage(b->status, n->status)) {
			printf("REGRESSION %s: %s -> %s%s%s\n", b->name, ktap_status_name(b->status),
			       ktap_status_name(n->status), n->reason ? ": " : "",
			       n->reason ? n->reason : "");
			if (tsv)
				fprintf(tsv, "%s\t%s\tregression\n", tsv_name, b->name);
			regressions++;
		} else if (!is_good(b->status) && is_good(n->status)) {
			printf("fixed      %s: %s -> %s\n", b->name, ktap_status_name(b->status),
			       ktap_status_name(n->status));
			if (tsv)
				fprintf(tsv, "%s\t%s\tfixed\n", tsv_name, b->name);
			fixes++;
		} else if (b->status != n->status) {
			printf("changed    %s: %s -> %s\n", b->name, ktap_status_name(b->status),
			       ktap_status_name(n->status));
			changed++;
		}
	}
	for (i = 0; i < new.ktap.nr_cases; i++) {
		const struct ktap_case *n = &new.ktap.cases[i];

		if (!run_find_case(&base, n->name)) {
			printf("new        %s: %s\n", n->name, ktap_status_name(n->status));
			added++;
		}
	}
	for (i = 0; i < new.ktap.nr_obs; i++) {
		const struct ktap_observation *o = &new.ktap.obs[i];
		const char *old = obs_value(&base, o->test, o->key);

		/* Measurements (call counts, cycles) differ from run to run. */
		if (!strncmp(o->key, "measured_", 9))
			continue;
		if (!old || strcmp(old, o->value)) {
			printf("observe    %s.%s: %s -> %s\n", o->test, o->key, old ? old : "-",
			       o->value);
			changed++;
		}
	}
	for (i = 0; i < base.ktap.nr_obs; i++) {
		const struct ktap_observation *o = &base.ktap.obs[i];

		if (strncmp(o->key, "measured_", 9) && !obs_value(&new, o->test, o->key)) {
			printf("observe    %s.%s: %s -> -\n", o->test, o->key, o->value);
			changed++;
		}
	}
	printf("%d regressions, %d fixed, %d new, %d removed, %d changed\n",
	       regressions, fixes, added, removed, changed);
	run_free(&base);
	run_free(&new);
	if (tsv && fclose(tsv)) {
		fprintf(stderr, "dcc: error: cannot write the --tsv file\n");
		return 2;
	}
	return regressions ? 1 : 0;
}
