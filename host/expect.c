// SPDX-License-Identifier: GPL-2.0
/*
 * expect.c - apply an arch's expected-outcome table to a run (expect.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "expect.h"

/* The user asked for it: never judged against the table. */
#define NOT_SELECTED	"not selected by cases="

static int fail(char *err, size_t len, const char *path, int line, const char *what)
{
	snprintf(err, len, "%s:%d: %s", path, line, what);
	return -1;
}

int expect_load(const char *path, struct expect_table *t, char *err, size_t errlen)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int lineno = 0, ret = 0;
	FILE *f;

	memset(t, 0, sizeof(*t));
	f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "cannot read expectation table %s: %s: give the arch's expect.tsv",
			 path, strerror(errno));
		return -1;
	}
	t->path = strdup(path);
	while (!ret && (n = getline(&line, &cap, f)) >= 0) {
		char *field[6], *p = line, *tab;
		struct expect_row *row, *rows;
		int nf = 0;

		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		if (!*line || *line == '#')
			continue;
		while (nf < 6) {
			field[nf++] = p;
			tab = strchr(p, '\t');
			if (!tab)
				break;
			*tab = 0;
			p = tab + 1;
		}
		if (nf != 5) {
			ret = fail(err, errlen, path, lineno,
				   "not 5 tab-separated fields: series payload case status reason-regex");
			break;
		}
		rows = realloc(t->rows, (t->nr + 1) * sizeof(*rows));
		if (!rows) {
			ret = fail(err, errlen, path, lineno, "out of memory");
			break;
		}
		t->rows = rows;
		row = &rows[t->nr];
		memset(row, 0, sizeof(*row));
		if (!strcmp(field[3], "SKIP")) {
			row->kind = EXPECT_SKIP;
		} else if (!strcmp(field[3], "XFAIL")) {
			row->kind = EXPECT_XFAIL;
		} else if (!strcmp(field[3], "EMUFAIL")) {
			row->kind = EXPECT_EMUFAIL;
		} else if (!strcmp(field[3], "RACEFAIL")) {
			row->kind = EXPECT_RACEFAIL;
		} else {
			ret = fail(err, errlen, path, lineno,
				   "unknown status: use SKIP, XFAIL, EMUFAIL or RACEFAIL (a case with no row must PASS)");
			break;
		}
		if (strcmp(field[0], "*") && strspn(field[0], "0123456789.x") != strlen(field[0])) {
			ret = fail(err, errlen, path, lineno,
				   "bad series: give a kernel series (6.1, 6.12, 7.x) or '*'");
			break;
		}
		if (strcmp(field[1], "*") && strcmp(field[1], "module") && strcmp(field[1], "builtin") &&
		    strcmp(field[1], "kunit") && strcmp(field[1], "board")) {
			ret = fail(err, errlen, path, lineno,
				   "bad payload: use module, builtin, kunit, board or '*'");
			break;
		}
		if (regcomp(&row->re, field[4], REG_EXTENDED | REG_NOSUB)) {
			ret = fail(err, errlen, path, lineno, "bad reason regex: write a POSIX extended regex");
			break;
		}
		row->series = strdup(field[0]);
		row->payload = strdup(field[1]);
		row->name = strdup(field[2]);
		row->pattern = strdup(field[4]);
		row->line = lineno;
		t->nr++;
		if (!row->series || !row->payload || !row->name || !row->pattern)
			ret = fail(err, errlen, path, lineno, "out of memory");
	}
	free(line);
	fclose(f);
	if (ret)
		expect_free(t);
	return ret;
}

void expect_free(struct expect_table *t)
{
	size_t i;

	for (i = 0; i < t->nr; i++) {
		regfree(&t->rows[i].re);
		free(t->rows[i].series);
		free(t->rows[i].payload);
		free(t->rows[i].name);
		free(t->rows[i].pattern);
	}
	free(t->rows);
	free(t->path);
	memset(t, 0, sizeof(*t));
}

static int field_matches(const char *want, const char *got)
{
	return !strcmp(want, "*") || !strcmp(want, got ? got : "");
}

/* "suite.case" matches itself and "suite.case.<param>". */
static int name_matches(const char *want, const char *name)
{
	size_t n = strlen(want);

	/* '*' is every case of the suite, not the harness's own rows (kmemleak.scan). */
	if (!strcmp(want, "*"))
		return !strncmp(name, "dcc_", 4);
	if (!strcmp(want, name))
		return 1;
	return !strncmp(want, name, n) && name[n] == '.' && !strchr(name + n + 1, '.');
}

static const struct expect_row *lookup(const struct expect_table *t, const char *series,
				       const char *payload, const char *name)
{
	size_t i;

	for (i = 0; i < t->nr; i++) {
		const struct expect_row *r = &t->rows[i];

		if (field_matches(r->series, series) && field_matches(r->payload, payload) &&
		    name_matches(r->name, name))
			return r;
	}
	return NULL;
}

static int reason_matches(const struct expect_row *r, const char *reason)
{
	return !regexec(&r->re, reason ? reason : "", 0, NULL, 0);
}

/*
 * Make @c a FAIL with a reason built from @fmt, @a, @b and, where @fmt
 * has a third %s, the old reason.
 */
static int refail(struct ktap_case *c, const char *fmt, const char *a, const char *b)
{
	char *reason;

	if (asprintf(&reason, fmt, a, b, c->reason ? c->reason : "") < 0)
		return -1;
	free(c->reason);
	c->reason = reason;
	c->status = KTAP_FAIL;
	return 0;
}

int expect_apply(const struct expect_table *t, const char *series, const char *payload,
		 struct ktap_case *cases, size_t nr_cases)
{
	size_t i;

	for (i = 0; i < nr_cases; i++) {
		struct ktap_case *c = &cases[i];
		const struct expect_row *r = lookup(t, series, payload, c->name);
		int ret = 0;

		switch (c->status) {
		case KTAP_SKIP:
			if (c->reason && strstr(c->reason, NOT_SELECTED))
				break;
			if (!r || r->kind != EXPECT_SKIP)
				ret = refail(c, "unexpected SKIP (%s expects %s): %s", t->path,
					     r ? "a failure" : "PASS");
			else if (!reason_matches(r, c->reason))
				ret = refail(c, "SKIP for another reason than %s expects (/%s/): %s",
					     t->path, r->pattern);
			break;
		case KTAP_PASS:
			if (r && r->kind == EXPECT_SKIP)
				ret = refail(c, "PASS where %s expects SKIP (/%s/): update the table",
					     t->path, r->pattern);
			else if (r && r->kind == EXPECT_XFAIL)
				ret = refail(c, "unexpected PASS: %s expects a failure (/%s/): update the table",
					     t->path, r->pattern);
			break;
		case KTAP_FAIL:
			if (r && (r->kind == EXPECT_XFAIL || r->kind == EXPECT_EMUFAIL ||
				  r->kind == EXPECT_RACEFAIL) &&
			    reason_matches(r, c->reason))
				c->status = KTAP_XFAIL;
			break;
		default:
			break;
		}
		if (ret)
			return -1;
	}
	return 0;
}
