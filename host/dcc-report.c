// SPDX-License-Identifier: GPL-2.0
/*
 * dcc-report - the cross-arch matrix over guest runs, for review.
 *
 *   dcc-report [--out DIR] [--tested-by "Name <mail>"] [--reproducer CMD]
 *              [--bench FILE] [--bench-tsv FILE] [--catalogue FILE]
 *              [--compare FILE] RUN_DIR...
 *
 * Every RUN_DIR's raw console is parsed again (it is the source of truth).
 * Prints the plain-text report (72 columns, for an email reply) and, with
 * --out, writes report.txt, report.md and report.html there. Into each
 * RUN_DIR it writes results.json (kunit.py --json shape), junit.xml and
 * kcidb.json. --bench adds FILE (make bench's bench.txt) as a section;
 * the HTML page draws --bench-tsv (bench-across.sh --tsv) as a bar chart,
 * names each case's contract clauses from --catalogue (catalogue.py list)
 * and marks the regressions and fixes of --compare (dcc-compare --tsv).
 * Exit: 0 written, 2 bad input.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "run.h"

#define WIDTH		72
#define NAME_COLS	32
#define MATRIX_RUNS	6
#define MAX_RUNS	64

struct row {
	char *name;	/* case, or "case.key" for observations */
	char *test;	/* observations: the case */
	char *key;	/* observations: the key */
};

static struct run runs[MAX_RUNS];
static int nr_runs;
static struct row *cases, *obs;
static size_t nr_cases, nr_obs;
static char *bench;	/* --bench: the figures of make bench, or NULL */

static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("dcc: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p)
		die("out of memory");
	return p;
}

static char *xstrdup(const char *s)
{
	char *d = strdup(s);

	if (!d)
		die("out of memory");
	return d;
}

static void add_row(struct row **rows, size_t *nr, const char *name, const char *test,
		    const char *key)
{
	size_t i;

	for (i = 0; i < *nr; i++)
		if (!strcmp((*rows)[i].name, name))
			return;
	*rows = xrealloc(*rows, (*nr + 1) * sizeof(**rows));
	(*rows)[*nr].name = xstrdup(name);
	(*rows)[*nr].test = test ? xstrdup(test) : NULL;
	(*rows)[*nr].key = key ? xstrdup(key) : NULL;
	(*nr)++;
}

static const char *obs_value(const struct run *r, const struct row *o)
{
	size_t i;

	for (i = 0; i < r->ktap.nr_obs; i++)
		if (!strcmp(r->ktap.obs[i].test, o->test) && !strcmp(r->ktap.obs[i].key, o->key))
			return r->ktap.obs[i].value;
	return NULL;
}

/* Whether the runs that have observation @o disagree on its value. */
static int obs_differs(const struct row *o)
{
	const char *first = NULL;
	int i;

	/* Measurements (call counts, cycles) differ anyway. */
	if (!strncmp(o->key, "measured_", 9))
		return 0;

	for (i = 0; i < nr_runs; i++) {
		const char *v = obs_value(&runs[i], o);

		if (!v)
			continue;
		if (first && strcmp(first, v))
			return 1;
		first = v;
	}
	return 0;
}

static const char *cell(const struct run *r, const char *name)
{
	int st = run_case_status(r, name);

	return st < 0 ? "-" : ktap_status_name(st);
}

/* "dcc_direct.dcc_basic" -> "direct.basic": what fits in a column. */
static void short_name(char *buf, size_t len, const char *name)
{
	const char *p = name;
	size_t o = 0;

	while (*p && o + 1 < len) {
		if (!strncmp(p, "dcc_", 4) && (p == name || p[-1] == '.'))
			p += 4;
		buf[o++] = *p++;
	}
	buf[o] = 0;
}

static void counts(const struct run *r, long *pass, long *fail, long *skip)
{
	size_t i;

	*pass = *fail = *skip = 0;
	for (i = 0; i < r->ktap.nr_cases; i++) {
		enum ktap_status st = r->ktap.cases[i].status;

		if (st == KTAP_PASS)
			(*pass)++;
		else if (st == KTAP_SKIP)
			(*skip)++;
		else if (st != KTAP_XFAIL)
			(*fail)++;
	}
}

/* Cases failing as expect.tsv says they do: neither passed nor failed. */
static long xfails(const struct run *r)
{
	long n = 0;
	size_t i;

	for (i = 0; i < r->ktap.nr_cases; i++)
		n += r->ktap.cases[i].status == KTAP_XFAIL;
	return n;
}

/* Print @text wrapped at WIDTH, first line after @lead, the rest after @indent. */
static void wrap(FILE *f, const char *lead, const char *indent, const char *text)
{
	size_t col = strlen(lead), ind = strlen(indent);
	const char *p = text;

	fputs(lead, f);
	while (*p) {
		size_t w = strcspn(p, " \n");

		/* A word longer than a line (a path) is cut into pieces. */
		if (w > WIDTH - ind)
			w = WIDTH - ind;
		if (col > ind && col + 1 + w > WIDTH) {
			fprintf(f, "\n%s", indent);
			col = ind;
		} else if (p != text) {
			fputc(' ', f);
			col++;
		}
		fwrite(p, 1, w, f);
		col += w;
		p += w;
		while (*p == ' ' || *p == '\n')
			p++;
	}
	fputc('\n', f);
}

/* A negative control's run, or its baseline (RESULTS/negative-<name>/suite/). */
static int is_negative(const struct run *r)
{
	return !strncmp(r->variant, "negative-controls", 17) || strstr(r->dir, "/negative-");
}

/* Series "6.1" < "6.12" < "7.3", compared as numbers. */
static int series_cmp(const char *a, const char *b)
{
	long am = strtol(a, NULL, 10), bm = strtol(b, NULL, 10);
	long an = strtol(strchr(a, '.') ? strchr(a, '.') + 1 : "0", NULL, 10);
	long bn = strtol(strchr(b, '.') ? strchr(b, '.') + 1 : "0", NULL, 10);

	return am != bm ? (am < bm ? -1 : 1) : an != bn ? (an < bn ? -1 : 1) : 0;
}

/*
 * Across kernels: the plain runs of one arch (module payload, no debug
 * profile, not on LAVA, no negative control: a series' own backport
 * counts), one per series, oldest series first. Returns how many.
 */
static int series_runs(const char *arch, int *idx, int max)
{
	int r, n = 0, i, j;

	for (r = 0; r < nr_runs && n < max; r++) {
		const struct run *x = &runs[r];
		char *payload = kv_get(x->env, "payload");
		char *profile = kv_get(x->env, "profile");
		char *lava = kv_get(x->env, "lava_target");
		char *board = kv_get(x->env, "board");
		int plain = strcmp(x->arch, arch) == 0 &&
			    (!payload || !strcmp(payload, "module")) &&
			    (!profile || strcmp(profile, "debug")) && !lava &&
			    !(board && *board) && !is_negative(x);

		free(payload);
		free(profile);
		free(lava);
		free(board);
		for (i = 0; plain && i < n; i++)
			if (!strcmp(runs[idx[i]].series, x->series))
				plain = 0;
		if (plain)
			idx[n++] = r;
	}
	/* Oldest series first. */
	for (i = 1; i < n; i++)
		for (j = i; j > 0; j--) {
			int t;

			if (series_cmp(runs[idx[j - 1]].series, runs[idx[j]].series) <= 0)
				break;
			t = idx[j];
			idx[j] = idx[j - 1];
			idx[j - 1] = t;
		}
	return n;
}

/* The cells of one row across @idx; 1 if they are not all the same. */
static int across_line(FILE *m, const int *idx, int n, const struct row *c, const struct row *o)
{
	const char *first = NULL;
	int i, differs = 0;

	for (i = 0; i < n; i++) {
		const struct run *r = &runs[idx[i]];
		const char *v = c ? cell(r, c->name) : obs_value(r, o);

		if (!v)
			v = "-";
		if (first && strcmp(first, v))
			differs = 1;
		first = v;
		fprintf(m, "%s[%d]=%s", i ? " " : "", idx[i] + 1, v);
	}
	return differs;
}

/*
 * "Across kernels": per arch with runs of two or more series, the cases
 * whose status and the observations whose value change from one series to
 * the next (measurements excluded): what a reviewer of a patch against
 * one kernel wants to see of the others.
 */
static void text_across(FILE *f)
{
	char name[128], lead[160];
	int a, idx[MAX_RUNS], skipped[MAX_RUNS], n, none, header = 0;
	size_t i;

	for (a = 0; a < nr_runs; a++) {
		int seen = 0, b;

		for (b = 0; b < a; b++)
			seen |= !strcmp(runs[b].arch, runs[a].arch);
		n = seen ? 0 : series_runs(runs[a].arch, idx, MAX_RUNS);
		/* A series where the arch has no direct calls: said, not compared. */
		for (b = 0, none = 0; b < n; b++) {
			long p, fl, sk;

			counts(&runs[idx[b]], &p, &fl, &sk);
			if (!p && !fl && sk) {
				skipped[none++] = idx[b];
				memmove(&idx[b], &idx[b + 1], (n - b - 1) * sizeof(idx[0]));
				n--;
				b--;
			}
		}
		if (n < 2)
			continue;
		if (!header++)
			fprintf(f, "\nAcross kernels (module payload; only what changes):\n");
		fprintf(f, "%s:", runs[a].arch);
		for (b = 0; b < n; b++)
			fprintf(f, " [%d] %s", idx[b] + 1, runs[idx[b]].series);
		for (b = 0; b < none; b++)
			fprintf(f, " ([%d] %s: every case SKIP)", skipped[b] + 1, runs[skipped[b]].series);
		fputc('\n', f);
		for (i = 0; i < nr_cases + nr_obs; i++) {
			const struct row *c = i < nr_cases ? &cases[i] : NULL;
			const struct row *o = c ? NULL : &obs[i - nr_cases];
			char *line = NULL;
			size_t len = 0;
			FILE *m;
			int differs;

			if (o && !strncmp(o->key, "measured_", 9))
				continue;
			m = open_memstream(&line, &len);
			if (!m)
				die("out of memory");
			differs = across_line(m, idx, n, c, o);
			fclose(m);
			if (differs) {
				short_name(name, sizeof(name), c ? c->name : o->name);
				snprintf(lead, sizeof(lead), "  %s: ", name);
				wrap(f, lead, "      ", line);
			}
			free(line);
		}
	}
}

static void text_differences(FILE *f);

static void text_report(FILE *f, const char *tested_by, const char *repro)
{
	char name[NAME_COLS + 1], lead[160];
	int r, first;
	size_t i;

	fprintf(f, "ftrace direct-call conformance (dcc) report\n\n");
	for (r = 0; r < nr_runs; r++) {
		long p, fl, s;

		counts(&runs[r], &p, &fl, &s);
		snprintf(lead, sizeof(lead), "[%d] ", r + 1);
		wrap(f, lead, "    ", runs[r].label);
		fprintf(f, "    %ld passed, %ld failed, %ld skipped", p, fl, s);
		if (xfails(&runs[r]))
			fprintf(f, ", %ld expected failures", xfails(&runs[r]));
		fprintf(f, "%s\n", runs[r].timed_out ? " (guest hung)" :
			!p && !fl && s ? " (unsupported: all skipped)" : "");
		if (runs[r].boot_retry)
			wrap(f, "    booted twice: ", "        ", runs[r].boot_retry);
	}

	text_differences(f);
	text_across(f);

	/* At most MATRIX_RUNS columns a block keeps the matrix within WIDTH. */
	for (first = 0; first < nr_runs; first += MATRIX_RUNS) {
		int last = first + MATRIX_RUNS < nr_runs ? first + MATRIX_RUNS : nr_runs;

		fprintf(f, "\n%-*s", NAME_COLS, "case");
		for (r = first; r < last; r++)
			fprintf(f, r + 1 < last ? " %-5d" : " %d", r + 1);
		fputc('\n', f);
		for (i = 0; i < nr_cases; i++) {
			short_name(name, sizeof(name), cases[i].name);
			fprintf(f, "%-*s", NAME_COLS, name);
			for (r = first; r < last; r++) {
				const char *c = cell(&runs[r], cases[i].name);

				/* NOTRUN is the only status wider than a column. */
				fprintf(f, r + 1 < last ? " %-5.5s" : " %.5s",
					strcmp(c, "NOTRUN") ? c : "NORUN");
			}
			fputc('\n', f);
		}
	}

	fprintf(f, "\nWhy not PASS:\n");
	for (r = 0; r < nr_runs; r++) {
		for (i = 0; i < runs[r].ktap.nr_cases; i++) {
			const struct ktap_case *c = &runs[r].ktap.cases[i];
			char *line;

			if (c->status == KTAP_PASS)
				continue;
			short_name(name, sizeof(name), c->name);
			if (asprintf(&line, "%s %s: %s", ktap_status_name(c->status), name,
				     c->reason ? c->reason : "") < 0)
				die("out of memory");
			snprintf(lead, sizeof(lead), "[%d] ", r + 1);
			wrap(f, lead, "      ", line);
			free(line);
		}
	}

	fprintf(f, "\nObservations (* where runs differ):\n");
	for (i = 0; i < nr_obs; i++) {
		char oname[128], *line = NULL;
		size_t len = 0;
		FILE *m;

		short_name(oname, sizeof(oname), obs[i].name);
		m = open_memstream(&line, &len);
		if (!m)
			die("out of memory");
		for (r = 0; r < nr_runs; r++) {
			const char *v = obs_value(&runs[r], &obs[i]);

			fprintf(m, "%s[%d]=%s", r ? " " : "", r + 1, v ? v : "-");
		}
		fclose(m);
		snprintf(lead, sizeof(lead), "%s %s: ", obs_differs(&obs[i]) ? "*" : " ", oname);
		wrap(f, lead, "      ", line);
		free(line);
	}

	fprintf(f, "\nEnvironment:\n");
	for (r = 0; r < nr_runs; r++) {
		static const char *const keys[] = { "kernel_version", "ksrc", "patches",
			"fragments", "cc", "qemu" };
		size_t k;

		fprintf(f, "[%d] %s\n", r + 1, runs[r].label);
		for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
			char *v = kv_get(runs[r].env, keys[k]);

			snprintf(lead, sizeof(lead), "    %s: ", keys[k]);
			if (v && *v)
				wrap(f, lead, "        ", v);
			free(v);
		}
		if (runs[r].qemu_cmd)
			wrap(f, "    qemu command: ", "        ", runs[r].qemu_cmd);
	}
	if (bench)
		fprintf(f, "\nBenchmarks (make bench):\n\n%s", bench);
	fprintf(f, "\nReproduce:\n");
	wrap(f, "    ", "      ", repro);
	fprintf(f, "\n");
	if (tested_by && *tested_by)
		fprintf(f, "Tested-by: %s\n", tested_by);
	else
		fprintf(f, "Tested-by: (set git config user.name/user.email, or TESTED_BY=)\n");
}

/* A Markdown table header: @cols, then one column per run. */
static void md_header(FILE *f, const char *cols, const char *rule)
{
	int r;

	fprintf(f, "\n%s", cols);
	for (r = 0; r < nr_runs; r++)
		fprintf(f, " %d |", r + 1);
	fprintf(f, "\n%s", rule);
	for (r = 0; r < nr_runs; r++)
		fprintf(f, "---|");
	fputc('\n', f);
}

static void md_report(FILE *f, const char *tested_by, const char *repro)
{
	size_t i;
	int r;

	fprintf(f, "# ftrace direct-call conformance (dcc) report\n\n");
	fprintf(f, "| # | run | passed | failed | skipped |\n|---|---|---|---|---|\n");
	for (r = 0; r < nr_runs; r++) {
		long p, fl, s;

		counts(&runs[r], &p, &fl, &s);
		fprintf(f, "| %d | %s | %ld | %ld | %ld |\n", r + 1, runs[r].label, p, fl, s);
	}
	md_header(f, "| case |", "|---|");
	for (i = 0; i < nr_cases; i++) {
		fprintf(f, "| `%s` |", cases[i].name);
		for (r = 0; r < nr_runs; r++)
			fprintf(f, " %s |", cell(&runs[r], cases[i].name));
		fputc('\n', f);
	}
	fprintf(f, "\n## Observations\n");
	md_header(f, "| observation | differs |", "|---|---|");
	for (i = 0; i < nr_obs; i++) {
		fprintf(f, "| `%s` | %s |", obs[i].name, obs_differs(&obs[i]) ? "**yes**" : "");
		for (r = 0; r < nr_runs; r++) {
			const char *v = obs_value(&runs[r], &obs[i]);

			fprintf(f, " %s |", v ? v : "-");
		}
		fputc('\n', f);
	}
	if (bench)
		fprintf(f, "\n## Benchmarks (make bench)\n\n```\n%s```\n", bench);
	fprintf(f, "\n## Reproduce\n\n    %s\n\n", repro);
	if (tested_by && *tested_by)
		fprintf(f, "Tested-by: %s\n", tested_by);
}

/*
 * utf8_seq() - length of the valid UTF-8 sequence at @s (at most @n bytes),
 * or 0. Console text is untrusted: JSON and XML parsers reject invalid
 * UTF-8, so the exporters replace such bytes with U+FFFD.
 */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	size_t len, i;
	unsigned int cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	/* Overlong forms, surrogates, beyond U+10FFFF. */
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return len;
}

/* A JSON string of the @n bytes at @s. */
static void json_nstring(FILE *f, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, len;

	fputc('"', f);
	while (s && i < n && p[i]) {
		len = utf8_seq(p + i, n - i);
		if (!len) {
			fputs("\\ufffd", f);
			len = 1;
		} else if (p[i] == '"' || p[i] == '\\')
			fprintf(f, "\\%c", p[i]);
		else if (p[i] < 0x20 || p[i] == 0x7f)
			fprintf(f, "\\u%04x", p[i]);
		else
			fwrite(p + i, 1, len, f);
		i += len;
	}
	fputc('"', f);
}

static void json_string(FILE *f, const char *s)
{
	json_nstring(f, s, s ? strlen(s) : 0);
}

/*
 * kunit.py's status vocabulary: PASS, SKIP, ERROR (crashed), else FAIL
 * (an XFAIL too: kunit.py has no expected failures; the clause does not
 * hold; "dcc_status" next to it says it is known).
 */
static const char *kunit_status(enum ktap_status st)
{
	switch (st) {
	case KTAP_PASS:
		return "PASS";
	case KTAP_SKIP:
		return "SKIP";
	case KTAP_HANG:
	case KTAP_CRASH:
		return "ERROR";
	default:
		return "FAIL";
	}
}

/*
 * What the run's env.txt says, never a constant written as if measured:
 * the config ("tinyconfig+dcc", "+debug" for PROFILE=debug, "+builtin" for
 * the suite built in, "+<board>" for a board kernel), where it ran (QEMU
 * and its version, or the LAVA device type and job), and the LAVA lab's
 * job id. Callers free.
 */
static char *run_config_name(const struct run *r)
{
	char *profile = kv_get(r->env, "profile"), *payload = kv_get(r->env, "payload"), *name;
	char *board = kv_get(r->env, "board");

	if (asprintf(&name, "tinyconfig+dcc%s%s%s%s",
		     profile && !strcmp(profile, "debug") ? "+debug" : "",
		     payload && !strcmp(payload, "builtin") ? "+builtin" : "",
		     board && *board ? "+" : "", board ? board : "") < 0)
		die("out of memory");
	free(profile);
	free(payload);
	free(board);
	return name;
}

static char *run_environment(const struct run *r)
{
	char *dt = kv_get(r->env, "lava_device_type"), *job = kv_get(r->env, "lava_job_id");
	char *qemu = kv_get(r->env, "qemu"), *desc;
	int n;

	if (dt && *dt)
		n = asprintf(&desc, "LAVA device type %s%s%s", dt, job && *job ? ", job " : "",
			     job && *job ? job : "");
	else
		n = asprintf(&desc, "%s, TCG", qemu && *qemu ? qemu : "QEMU (version not recorded)");
	if (n < 0)
		die("out of memory");
	free(dt);
	free(job);
	free(qemu);
	return desc;
}

static void common_json(FILE *f, const struct run *r)
{
	char *config = run_config_name(r), *job = kv_get(r->env, "lava_job_id");
	char *target = kv_get(r->env, "lava_target");

	fputs("\"arch\": ", f);
	json_string(f, r->arch);
	fputs(", \"defconfig\": ", f);
	json_string(f, config);
	fputs(", \"build_environment\": ", f);
	json_string(f, r->dir);
	fputs(", \"lab_name\": ", f);
	fputs(target && *target ? "\"LAVA\"" : "null", f);
	fputs(", \"kernel\": ", f);
	json_string(f, r->kernel_version);
	fputs(", \"job\": ", f);
	if (job && *job)
		json_string(f, job);
	else
		fputs("null", f);
	/* kunit.py writes "kselftest" here whatever ran; dcc does not know the branch. */
	fputs(", \"git_branch\": null", f);
	free(config);
	free(job);
	free(target);
}

/* Length of @name's suite prefix ("suite.case" -> 5), 0 for a bare name. */
static size_t suite_len(const char *name)
{
	const char *dot = strchr(name, '.');

	return dot ? (size_t)(dot - name) : 0;
}

static int same_suite(const char *a, const char *b, size_t len)
{
	return suite_len(a) == len && !strncmp(a, b, len);
}

static void case_json(FILE *f, const struct ktap_case *c, size_t skip, int *first)
{
	fprintf(f, "%s\n  {\"name\": ", *first ? "" : ",");
	json_string(f, c->name + skip);
	fprintf(f, ", \"status\": \"%s\", \"dcc_status\": \"%s\"}", kunit_status(c->status),
		ktap_status_name(c->status));
	*first = 0;
}

/*
 * A group's "misc" counts as kunit.py (7.x, kunit_json.py) writes them
 * from its TestCounts: every case of the suite named by the @slen bytes of
 * @suite (all cases when @suite is NULL), by the status kunit.py gives it;
 * "errors" counts KTAP parse errors, which dcc reports as cases.
 */
static void counts_json(FILE *f, const struct run *r, const char *suite, size_t slen)
{
	long passed = 0, failed = 0, crashed = 0, skipped = 0;
	const char *st;
	size_t i;

	for (i = 0; i < r->ktap.nr_cases; i++) {
		if (suite && !same_suite(r->ktap.cases[i].name, suite, slen))
			continue;
		st = kunit_status(r->ktap.cases[i].status);
		if (!strcmp(st, "PASS"))
			passed++;
		else if (!strcmp(st, "SKIP"))
			skipped++;
		else if (!strcmp(st, "ERROR"))
			crashed++;
		else
			failed++;
	}
	fprintf(f, "\"misc\": {\"tests\": %ld, \"passed\": %ld, \"failed\": %ld, \"crashed\": %ld, \"skipped\": %ld, \"errors\": 0}, ",
		passed + failed + crashed + skipped, passed, failed, crashed, skipped);
}

/*
 * results.json: kunit.py --json shape, one sub_group per suite; entries
 * without a suite (a hang before any KTAP, "(not run)") are top-level cases.
 */
static void write_kunit_json(FILE *f, const struct run *r)
{
	const struct ktap_case *cs = r->ktap.cases;
	int first_group = 1, first;
	size_t i, j;

	fputs("{\"name\": \"KUnit Test Group\", \"sub_groups\": [", f);
	for (i = 0; i < r->ktap.nr_cases; i++) {
		size_t slen = suite_len(cs[i].name);
		int seen = 0;

		for (j = 0; j < i; j++)
			seen |= same_suite(cs[j].name, cs[i].name, slen);
		if (!slen || seen)
			continue;
		fprintf(f, "%s\n {\"name\": ", first_group ? "" : ",");
		json_nstring(f, cs[i].name, slen);
		fputs(", \"sub_groups\": [], \"test_cases\": [", f);
		first_group = 0;
		first = 1;
		for (j = i; j < r->ktap.nr_cases; j++)
			if (same_suite(cs[j].name, cs[i].name, slen))
				case_json(f, &cs[j], slen + 1, &first);
		fputs("], ", f);
		counts_json(f, r, cs[i].name, slen);
		common_json(f, r);
		fputs("}", f);
	}
	fputs("],\n \"test_cases\": [", f);
	first = 1;
	for (i = 0; i < r->ktap.nr_cases; i++)
		if (!suite_len(cs[i].name))
			case_json(f, &cs[i], 0, &first);
	fputs("], ", f);
	counts_json(f, r, NULL, 0);
	common_json(f, r);
	fputs("}\n", f);
}

/*
 * XML text or attribute value of the @n bytes at @s: markup escaped, and
 * what XML 1.0 cannot hold at all (control characters, invalid UTF-8)
 * replaced with U+FFFD.
 */
static void xml_nescape(FILE *f, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, len;

	while (s && i < n && p[i]) {
		len = utf8_seq(p + i, n - i);
		if (!len || (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r')) {
			fputs("&#xFFFD;", f);
			len = 1;
		} else if (p[i] == '<')
			fputs("&lt;", f);
		else if (p[i] == '>')
			fputs("&gt;", f);
		else if (p[i] == '&')
			fputs("&amp;", f);
		else if (p[i] == '"')
			fputs("&quot;", f);
		else
			fwrite(p + i, 1, len, f);
		i += len;
	}
}

static void xml_escape(FILE *f, const char *s)
{
	xml_nescape(f, s, s ? strlen(s) : 0);
}

static int junit_is_error(enum ktap_status st)
{
	return st == KTAP_HANG || st == KTAP_CRASH || st == KTAP_NOTRUN;
}

/* junit.xml: the schema of tests/data/junit/junit-10.xsd. */
static void write_junit(FILE *f, const struct run *r)
{
	long p, fl, s, errors = 0;
	size_t i;

	counts(r, &p, &fl, &s);
	/* A hang, crash or case never run is an <error>, a FAIL a <failure>. */
	for (i = 0; i < r->ktap.nr_cases; i++)
		errors += junit_is_error(r->ktap.cases[i].status);
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n", f);
	fputs("<testsuite name=\"", f);
	xml_escape(f, r->label);
	/* An expected failure is a <skipped> element (see below). */
	fprintf(f, "\" tests=\"%zu\" failures=\"%ld\" errors=\"%ld\" skipped=\"%ld\">\n",
		r->ktap.nr_cases, fl - errors, errors, s + xfails(r));
	for (i = 0; i < r->ktap.nr_cases; i++) {
		const struct ktap_case *c = &r->ktap.cases[i];
		const char *dot = strrchr(c->name, '.');

		fputs("  <testcase classname=\"", f);
		if (dot)
			xml_nescape(f, c->name, dot - c->name);
		else
			fputs("dcc", f);
		fputs("\" name=\"", f);
		xml_escape(f, dot ? dot + 1 : c->name);
		fputs("\">", f);
		if (c->status == KTAP_SKIP || c->status == KTAP_XFAIL) {
			fputs("<skipped message=\"", f);
			if (c->status == KTAP_XFAIL)
				fputs("expected failure (expect.tsv): ", f);
			xml_escape(f, c->reason);
			fputs("\"/>", f);
		} else if (c->status != KTAP_PASS) {
			fprintf(f, "<%s type=\"%s\" message=\"",
				junit_is_error(c->status) ? "error" : "failure",
				ktap_status_name(c->status));
			xml_escape(f, c->reason);
			fputs("\"/>", f);
		}
		fputs("</testcase>\n", f);
	}
	fputs("</testsuite>\n</testsuites>\n", f);
}

/*
 * A KCIDB test path: dot-separated names of [A-Za-z0-9_-] (the v5 schema's
 * pattern). A case name from the console may hold anything: every other
 * byte becomes '_', and so does an empty component.
 */
static char *kcidb_path(const char *name)
{
	char *p = xstrdup(name);
	size_t i, n = strlen(p);

	for (i = 0; i < n; i++) {
		unsigned char ch = p[i];

		if (ch == '.' && i && i + 1 < n && p[i - 1] != '.')
			continue;
		if (!isalnum(ch) && ch != '_' && ch != '-')
			p[i] = '_';
	}
	return p;
}

/* kcidb.json: KCIDB I/O schema v5.0, one build and its tests. */
static void write_kcidb(FILE *f, const struct run *r)
{
	static const char *const kcidb_status[KTAP_NR_STATUS] = {
		[KTAP_PASS] = "PASS", [KTAP_FAIL] = "FAIL", [KTAP_SKIP] = "SKIP",
		[KTAP_HANG] = "ERROR", [KTAP_CRASH] = "ERROR", [KTAP_NOTRUN] = "MISS",
		/* The clause does not hold: a failure, known and named in expect.tsv. */
		[KTAP_XFAIL] = "FAIL",
	};
	char *build_id, *id, *path, *config = run_config_name(r), *environment = run_environment(r);
	size_t i;

	if (asprintf(&build_id, "dcc:%s-%s%s%s", r->arch, r->kernel_version,
		     *r->variant ? "+" : "", r->variant) < 0)
		die("out of memory");
	for (char *p = build_id; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != ':' && *p != '.' && *p != '-' && *p != '+')
			*p = '_';
	fputs("{\"version\": {\"major\": 5, \"minor\": 0},\n \"builds\": [{\"id\": ", f);
	json_string(f, build_id);
	fputs(", \"origin\": \"dcc\", \"checkout_id\": ", f);
	if (asprintf(&id, "dcc:%s", r->kernel_version) < 0)
		die("out of memory");
	json_string(f, id);
	free(id);
	fputs(", \"architecture\": ", f);
	json_string(f, r->arch);
	fputs(", \"config_name\": ", f);
	json_string(f, config);
	/* A run exists only for a kernel that built: the build passed. */
	fputs(", \"status\": \"PASS\"}],\n \"tests\": [", f);
	for (i = 0; i < r->ktap.nr_cases; i++) {
		const struct ktap_case *c = &r->ktap.cases[i];

		fprintf(f, "%s\n  {\"id\": ", i ? "," : "");
		if (asprintf(&id, "%s:%s", build_id, c->name) < 0)
			die("out of memory");
		json_string(f, id);
		free(id);
		fputs(", \"build_id\": ", f);
		json_string(f, build_id);
		fputs(", \"origin\": \"dcc\", \"path\": ", f);
		path = kcidb_path(c->name);
		json_string(f, path);
		fprintf(f, ", \"status\": \"%s\"", kcidb_status[c->status]);
		fputs(", \"environment\": {\"comment\": ", f);
		json_string(f, environment);
		fputs("}", f);
		/* The name as the console gave it, where the path had to differ. */
		if (c->reason || strcmp(path, c->name)) {
			fputs(", \"misc\": {", f);
			if (strcmp(path, c->name)) {
				fputs("\"name\": ", f);
				json_string(f, c->name);
			}
			if (c->reason) {
				fputs(strcmp(path, c->name) ? ", \"reason\": " : "\"reason\": ", f);
				json_string(f, c->reason);
			}
			fputs("}", f);
		}
		free(path);
		fputs("}", f);
	}
	fputs("]}\n", f);
	free(build_id);
	free(config);
	free(environment);
}

/*
 * The HTML report: a page a reviewer reads without leaving it. Columns are
 * grouped by arch (the same arch on every kernel side by side, oldest
 * kernel first), LAVA and negative-control runs last; rows by suite; every
 * cell that is not PASS carries its reason (title) and links to the
 * console lines of that case, excerpted into the page.
 */
static int col[MAX_RUNS];		/* run index of each matrix column */
static char *col_group_name[MAX_RUNS];	/* arch, "LAVA" or "negative controls" */

static void column_order(void)
{
	int rank[MAX_RUNS], r, i, j;

	for (r = 0; r < nr_runs; r++) {
		char *lava = kv_get(runs[r].env, "lava_target");

		if (is_negative(&runs[r])) {
			rank[r] = 2 * MAX_RUNS;
			col_group_name[r] = xstrdup("negative controls");
		} else if (lava && *lava) {
			rank[r] = MAX_RUNS;
			col_group_name[r] = xstrdup("LAVA");
		} else {
			rank[r] = r;
			for (i = 0; i < r; i++)
				if (rank[i] < MAX_RUNS && !strcmp(runs[i].arch, runs[r].arch)) {
					rank[r] = rank[i];
					break;
				}
			col_group_name[r] = xstrdup(runs[r].arch);
		}
		free(lava);
		col[r] = r;
	}
	for (i = 1; i < nr_runs; i++)
		for (j = i; j > 0; j--) {
			int a = col[j - 1], b = col[j], s, t;

			s = rank[a] != rank[b] ? (rank[a] < rank[b] ? -1 : 1) :
			    series_cmp(runs[a].series, runs[b].series);
			if (s < 0 || (s == 0 && a < b))
				break;
			t = col[j];
			col[j] = col[j - 1];
			col[j - 1] = t;
		}
}

/* What tells a column apart beyond arch and kernel: " + patches (built in)". */
static const char *run_extras(const struct run *r)
{
	size_t n = strlen(r->arch) + 1 + strlen(r->kernel_version);

	if (!*r->variant && is_negative(r))
		return " (negative controls' baseline)";
	return r->label && strlen(r->label) >= n ? r->label + n : "";
}

/* Every case SKIP: the kernel has no direct calls there (said, not compared). */
static int unsupported(const struct run *r)
{
	long p, fl, sk;

	counts(r, &p, &fl, &sk);
	return !p && !fl && sk;
}

/* The runs the differences compare: neither negative controls nor unsupported. */
static int compared(const struct run *r)
{
	return !is_negative(r) && !unsupported(r);
}

/*
 * The distinct values of row @i (a case when @i < nr_cases, else an
 * observation) over the compared runs that have it: @vals[k] the values,
 * @nval[k] how many runs have each, @which[r] the index of run r's value
 * (-1: left out). Returns how many distinct values there are.
 */
static int row_values(size_t i, const char **vals, int *nval, int *which)
{
	int r, k, n = 0;

	for (r = 0; r < nr_runs; r++) {
		const char *v;

		which[r] = -1;
		if (!compared(&runs[r]))
			continue;
		if (i < nr_cases) {
			const struct ktap_case *c = run_find_case(&runs[r], cases[i].name);

			/* Left out by CASES=: not run, so not a difference either. */
			v = c && !(c->status == KTAP_SKIP && c->reason &&
				   !strncmp(c->reason, "not selected by cases=", 22)) ?
			    ktap_status_name(c->status) : NULL;
		} else
			v = obs_value(&runs[r], &obs[i - nr_cases]);
		/* A run without it (cut short, or another kernel's case) says nothing. */
		if (!v)
			continue;
		for (k = 0; k < n && strcmp(vals[k], v); k++)
			;
		if (k == n) {
			vals[n] = v;
			nval[n++] = 0;
		}
		nval[k]++;
		which[r] = k;
	}
	return n;
}

/* Whether row @i belongs in the differences: measurements differ anyway. */
static int row_differs(size_t i)
{
	const char *vals[MAX_RUNS];
	int nval[MAX_RUNS], which[MAX_RUNS];

	if (i >= nr_cases && !strncmp(obs[i - nr_cases].key, "measured_", 9))
		return 0;
	return row_values(i, vals, nval, which) > 1;
}

/* The value most runs have: the differences list the others by run. */
static int most_common(const int *nval, int n)
{
	int k, best = 0;

	for (k = 1; k < n; k++)
		if (nval[k] > nval[best])
			best = k;
	return best;
}

/*
 * "Differences first": every case and observation that is not the same on
 * every compared run, each other value with its runs, then the value most
 * runs have ("elsewhere"). What a reviewer of an arch patch reads before
 * the matrix.
 */
static void text_differences(FILE *f)
{
	const char *vals[MAX_RUNS];
	int nval[MAX_RUNS], which[MAX_RUNS], k, r, n, best, sep, nr = 0, any = 0;
	char name[128], lead[160];
	size_t i;

	for (r = 0; r < nr_runs; r++)
		nr += compared(&runs[r]);
	if (nr < 2)
		return;
	fprintf(f, "\nDifferences (what is not the same on every run that has it;\n"
		"negative controls and runs with every case SKIP left out):\n");
	for (i = 0; i < nr_cases + nr_obs; i++) {
		char *line = NULL;
		size_t len = 0;
		FILE *m;

		if (!row_differs(i))
			continue;
		n = row_values(i, vals, nval, which);
		best = most_common(nval, n);
		m = open_memstream(&line, &len);
		if (!m)
			die("out of memory");
		/* "elsewhere" only for a value two runs or more share. */
		if (nval[best] < 2)
			best = -1;
		sep = 0;
		for (k = 0; k < n; k++) {
			if (k == best)
				continue;
			fprintf(m, "%s%s", sep++ ? "; " : "", vals[k]);
			for (r = 0; r < nr_runs; r++)
				if (which[r] == k)
					fprintf(m, " [%d]", r + 1);
		}
		if (best >= 0)
			fprintf(m, "; %s elsewhere", vals[best]);
		fclose(m);
		short_name(name, sizeof(name), i < nr_cases ? cases[i].name : obs[i - nr_cases].name);
		snprintf(lead, sizeof(lead), "  %s: ", name);
		wrap(f, lead, "      ", line);
		free(line);
		any = 1;
	}
	if (!any)
		fprintf(f, "  none: every case and observation is the same on every run\n");
}

/* --catalogue: "suite.case\tparams\tclauses\tfix" (catalogue.py list). */
struct cat_entry {
	char *name;
	char *clauses;
};

static struct cat_entry *catalogue;
static size_t nr_catalogue;

/*
 * --compare: "# base: DIR", then "RUN\tCASE\tregression|fixed" (dcc-compare
 * --tsv; RUN is the new run's real directory).
 */
struct mark {
	char *run;
	char *name;
	int fixed;
};

static struct mark *marks;
static size_t nr_marks;
static char *compare_base;

/* --bench-tsv: "arch\tkernel\tpath\tinstructions" (bench-across.sh --tsv). */
struct bar {
	char *label;
	char *path;
	double insns;
};

static struct bar *bars;
static size_t nr_bars;

/* Split @line at tabs into at most @max fields; returns how many. */
static int split_tabs(char *line, char **field, int max)
{
	int n = 0;

	while (n < max) {
		field[n++] = line;
		line = strchr(line, '\t');
		if (!line)
			break;
		*line++ = 0;
	}
	return n;
}

/* Read the TSV @path, calling @fn for every line with @nf fields or more. */
static void load_tsv(const char *path, int nf, const char *what,
		     void (*fn)(char **field, int n))
{
	char *text = read_text(path), *line, *next, *field[8];
	int n;

	if (!text)
		die("cannot read %s: give --%s a file %s writes", path, what,
		    !strcmp(what, "catalogue") ? "'scripts/catalogue.py list'" :
		    !strcmp(what, "compare") ? "'dcc-compare --tsv'" : "'bench-across.sh --tsv'");
	for (line = text; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		if (*line == '#') {
			if (!strcmp(what, "compare") && !strncmp(line, "# base: ", 8) && !compare_base)
				compare_base = xstrdup(line + 8);
			continue;
		}
		n = split_tabs(line, field, 8);
		if (n < nf)
			die("%s: \"%.40s\" is not a line of %d tab-separated fields: give --%s %s",
			    path, line, nf, what, "the file the scripts write");
		fn(field, n);
	}
	free(text);
}

static void add_cat(char **field, int n)
{
	(void)n;
	catalogue = xrealloc(catalogue, (nr_catalogue + 1) * sizeof(*catalogue));
	catalogue[nr_catalogue].name = xstrdup(field[0]);
	catalogue[nr_catalogue++].clauses = xstrdup(field[2]);
}

static void add_mark(char **field, int n)
{
	(void)n;
	marks = xrealloc(marks, (nr_marks + 1) * sizeof(*marks));
	marks[nr_marks].run = xstrdup(field[0]);
	marks[nr_marks].name = xstrdup(field[1]);
	marks[nr_marks++].fixed = !strcmp(field[2], "fixed");
}

static void add_bar(char **field, int n)
{
	char *end;

	(void)n;
	bars = xrealloc(bars, (nr_bars + 1) * sizeof(*bars));
	if (asprintf(&bars[nr_bars].label, "%s %s", field[0], field[1]) < 0)
		die("out of memory");
	bars[nr_bars].path = xstrdup(field[2]);
	bars[nr_bars].insns = strtod(field[3], &end);
	if (end == field[3] || bars[nr_bars].insns < 0)
		die("--bench-tsv: \"%s\" is not a number of instructions", field[3]);
	nr_bars++;
}

/* The catalogue's clauses of case @name ("suite.case", or a parameter of it). */
static const char *case_clauses(const char *name)
{
	size_t i, n;

	for (i = 0; i < nr_catalogue; i++) {
		n = strlen(catalogue[i].name);
		if (!strncmp(name, catalogue[i].name, n) && (!name[n] || name[n] == '.'))
			return catalogue[i].clauses;
	}
	return NULL;
}

static int has_word(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p;

	for (p = list; p && (p = strstr(p, word)); p += n)
		if ((p == list || p[-1] == ' ') && (!p[n] || p[n] == ' '))
			return 1;
	return 0;
}

/* A compare mark of case @name in run @r: 'R' regression, 'F' fixed, 0. */
static int case_mark(const struct run *r, const char *name)
{
	char *dir;
	size_t i;
	int m = 0;

	if (is_negative(r) || !nr_marks)
		return 0;
	/* Keyed by the run's real directory (".../riscv-6.12/20261205T...Z"). */
	dir = realpath(r->dir, NULL);
	for (i = 0; dir && !m && i < nr_marks; i++)
		if (!strcmp(marks[i].name, name) && !strcmp(marks[i].run, dir))
			m = marks[i].fixed ? 'F' : 'R';
	free(dir);
	return m;
}

/* How bad a status is, for a clause's summary: the worst case decides. */
static int severity(enum ktap_status st)
{
	static const int order[KTAP_NR_STATUS] = {
		[KTAP_PASS] = 0, [KTAP_SKIP] = 1, [KTAP_XFAIL] = 2, [KTAP_NOTRUN] = 3,
		[KTAP_FAIL] = 4, [KTAP_HANG] = 5, [KTAP_CRASH] = 6,
	};

	return order[st];
}

static void html_run_head(FILE *f, int r)
{
	fprintf(f, "<a href=\"#run-%d\">[%d] ", r + 1, r + 1);
	xml_escape(f, runs[r].label);
	fputs("</a>", f);
}

static void html_cell(FILE *f, int r, const char *name)
{
	const struct ktap_run *k = &runs[r].ktap;
	const struct ktap_case *c = run_find_case(&runs[r], name);
	int mark = c ? case_mark(&runs[r], name) : 0;
	const char *st;

	if (!c) {
		fputs("<td class=\"none\">-</td>", f);
		return;
	}
	st = ktap_status_name(c->status);
	fprintf(f, "<td class=\"%s%s\"", st, mark == 'R' ? " regression" : mark == 'F' ? " fixed" : "");
	if (c->reason || mark) {
		fputs(" title=\"", f);
		if (mark)
			fputs(mark == 'R' ? "regression since the base run. " : "fixed since the base run. ", f);
		xml_escape(f, c->reason);
		fputc('"', f);
	}
	fputc('>', f);
	if (c->status == KTAP_PASS)
		fputs(st, f);
	else
		fprintf(f, "<a href=\"#x-%d-%zu\">%s</a>", r + 1, (size_t)(c - k->cases), st);
	if (mark)
		fputs(mark == 'R' ? " &#x2193;" : " &#x2191;", f);
	fputs("</td>", f);
}

/* How many of the @n columns from @c @show keeps. */
static int shown(int c, int n, const int *show)
{
	int k, m = 0;

	for (k = c; k < c + n; k++)
		m += !!show[col[k]];
	return m;
}

/*
 * The matrix's two header rows: the groups, then each run's arch and
 * kernel; only the runs @show says (NULL: every run).
 */
static void html_columns(FILE *f, const char *first, const int *show)
{
	int c, n, k;

	fprintf(f, "<thead><tr><th rowspan=\"2\">%s</th>", first);
	for (c = 0; c < nr_runs; c += n) {
		for (n = 1; c + n < nr_runs &&
		     !strcmp(col_group_name[col[c]], col_group_name[col[c + n]]); n++)
			;
		for (k = 0; show && k < n && !show[col[c + k]]; k++)
			;
		if (show && k == n)
			continue;
		fprintf(f, "<th class=\"group\" colspan=\"%d\">", show ? shown(c, n, show) : n);
		xml_escape(f, col_group_name[col[c]]);
		fputs("</th>", f);
	}
	fputs("</tr>\n<tr>", f);
	for (c = 0; c < nr_runs; c++) {
		const struct run *r = &runs[col[c]];

		if (show && !show[col[c]])
			continue;
		fprintf(f, "<th class=\"run\"><a href=\"#run-%d\"><span>", col[c] + 1);
		xml_escape(f, r->arch);
		fputs("</span> <span>", f);
		xml_escape(f, r->kernel_version);
		fputs("</span>", f);
		if (*run_extras(r)) {
			fputs(" <small>", f);
			xml_escape(f, run_extras(r));
			fputs("</small>", f);
		}
		fprintf(f, " <small>[%d]</small></a></th>", col[c] + 1);
	}
	fputs("</tr></thead>\n", f);
}

/* Differences first: the matrix of the rows that differ, compared runs only. */
static void html_differences(FILE *f)
{
	int show[MAX_RUNS], c, r, any = 0, left = 0;
	size_t i;

	for (r = 0; r < nr_runs; r++)
		show[r] = compared(&runs[r]);
	fputs("<h2 id=\"differences\">Differences</h2>\n<p>The cases and observations that are "
	      "not the same on every run that has them: the matrix below, cut to those rows. "
	      "Left out: negative controls (they fail by design)", f);
	for (r = 0; r < nr_runs; r++)
		if (!is_negative(&runs[r]) && !show[r]) {
			fputs(left++ ? ", " : "; every case SKIP (no direct calls there): ", f);
			html_run_head(f, r);
		}
	fputs(".</p>\n", f);
	for (i = 0; i < nr_cases + nr_obs; i++) {
		const char *name = i < nr_cases ? cases[i].name : obs[i - nr_cases].name;

		if (!row_differs(i))
			continue;
		if (!any++) {
			fputs("<table id=\"difftable\">", f);
			html_columns(f, "case or observation", show);
			fputs("<tbody>\n", f);
		}
		fputs("<tr><td><code>", f);
		xml_escape(f, name);
		fputs("</code></td>", f);
		for (c = 0; c < nr_runs; c++) {
			const char *v;

			if (!show[col[c]])
				continue;
			if (i < nr_cases) {
				html_cell(f, col[c], name);
				continue;
			}
			v = obs_value(&runs[col[c]], &obs[i - nr_cases]);
			fprintf(f, "<td class=\"%s\">", v ? "differs" : "none");
			xml_escape(f, v ? v : "-");
			fputs("</td>", f);
		}
		fputs("</tr>\n", f);
	}
	fputs(any ? "</tbody></table>\n" : "<p id=\"difftable\">None: every case and observation "
	      "is the same on every run.</p>\n", f);
}

static void html_matrix(FILE *f)
{
	size_t i, slen;
	int c;

	fputs("<h2 id=\"matrix\">Matrix</h2>\n<p class=\"legend\"><span class=\"PASS\">PASS</span> "
	      "<span class=\"FAIL\">FAIL</span> <span class=\"XFAIL\">XFAIL</span> (fails as the "
	      "arch's expect.tsv says) <span class=\"SKIP\">SKIP</span> <span class=\"HANG\">HANG"
	      "</span> <span class=\"CRASH\">CRASH</span> <span class=\"NOTRUN\">NOTRUN</span>; "
	      "hover a cell for its reason, click it for the console", f);
	if (nr_marks) {
		fputs("; compared with ", f);
		xml_escape(f, compare_base ? compare_base : "the base run");
		fputs(": <span class=\"regression\">&#x2193; regression</span> "
		      "<span class=\"fixed\">&#x2191; fixed</span>", f);
	}
	fputs(".</p>\n<table id=\"matrixtable\">", f);
	html_columns(f, "case (clauses)", NULL);
	fputs("<tbody>\n", f);
	/* Each suite once, its cases together, in the order they first appear. */
	for (i = 0; i < nr_cases; i++) {
		size_t j;

		slen = suite_len(cases[i].name);
		for (j = 0; j < i && !same_suite(cases[j].name, cases[i].name, slen); j++)
			;
		if (j < i)
			continue;
		fprintf(f, "<tr class=\"suite\"><th colspan=\"%d\">", nr_runs + 1);
		if (slen)
			xml_nescape(f, cases[i].name, slen);
		else
			fputs("the run (outside any suite)", f);
		fputs("</th></tr>\n", f);
		for (j = i; j < nr_cases; j++) {
			const char *name = cases[j].name, *cl;

			if (!same_suite(name, cases[i].name, slen))
				continue;
			fprintf(f, "<tr id=\"c-%zu\"><td class=\"case\"><code>", j);
			xml_escape(f, name + (slen ? slen + 1 : 0));
			fputs("</code>", f);
			cl = case_clauses(name);
			if (cl && *cl && strcmp(cl, "-")) {
				fputs(" <small class=\"clauses\">", f);
				xml_escape(f, cl);
				fputs("</small>", f);
			}
			fputs("</td>", f);
			for (c = 0; c < nr_runs; c++)
				html_cell(f, col[c], name);
			fputs("</tr>\n", f);
		}
	}
	fputs("</tbody></table>\n", f);
}

/* Per contract clause and run: the worst status of the cases checking it. */
static void html_clauses(FILE *f)
{
	char *seen = NULL, *p, *w;
	size_t i, k;
	int c;

	if (!nr_catalogue)
		return;
	fputs("<h2 id=\"clauses\">By contract clause</h2>\n<p>Each clause of common/dcc_contract.h "
	      "and, per run, the worst status of the cases that check it (SKIP only when none "
	      "of them passed), then how many of them passed (each case on hover; click for "
	      "the worst one's console).</p>\n<table id=\"clausetable\">", f);
	html_columns(f, "clause", NULL);
	fputs("<tbody>\n", f);
	for (k = 0; k < nr_catalogue; k++) {
		char *list = xstrdup(catalogue[k].clauses), *save = NULL;

		for (w = strtok_r(list, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
			if (!strcmp(w, "-") || (seen && has_word(seen, w)))
				continue;
			p = seen;
			if (asprintf(&seen, "%s%s%s", p ? p : "", p ? " " : "", w) < 0)
				die("out of memory");
			free(p);
			fputs("<tr><td><code>", f);
			xml_escape(f, w);
			fputs("</code></td>", f);
			for (c = 0; c < nr_runs; c++) {
				const struct ktap_run *kr = &runs[col[c]].ktap;
				const struct ktap_case *worst = NULL;
				long n = 0, passed = 0;

				/* The worst case decides; a SKIP only when none passed. */
				for (i = 0; i < kr->nr_cases; i++) {
					const struct ktap_case *kc = &kr->cases[i];
					const char *cl = case_clauses(kc->name);

					if (!cl || !has_word(cl, w))
						continue;
					n++;
					passed += kc->status == KTAP_PASS;
					if (!worst || severity(kc->status) > severity(worst->status))
						worst = kc;
				}
				if (!worst) {
					fputs("<td class=\"none\">-</td>", f);
					continue;
				}
				if (worst->status == KTAP_SKIP && passed)
					for (i = 0; i < kr->nr_cases; i++)
						if (kr->cases[i].status == KTAP_PASS &&
						    case_clauses(kr->cases[i].name) &&
						    has_word(case_clauses(kr->cases[i].name), w))
							worst = &kr->cases[i];
				fprintf(f, "<td class=\"%s\" title=\"", ktap_status_name(worst->status));
				for (i = 0; i < kr->nr_cases; i++) {
					const char *cl = case_clauses(kr->cases[i].name);

					if (cl && has_word(cl, w)) {
						xml_escape(f, kr->cases[i].name);
						fprintf(f, " %s&#10;", ktap_status_name(kr->cases[i].status));
					}
				}
				fputs("\">", f);
				if (worst->status != KTAP_PASS)
					fprintf(f, "<a href=\"#x-%d-%zu\">%s</a>", col[c] + 1,
						(size_t)(worst - kr->cases), ktap_status_name(worst->status));
				else
					fputs("PASS", f);
				/* How many of the clause's cases passed. */
				fprintf(f, " %ld/%ld", passed, n);
				fputs("</td>", f);
			}
			fputs("</tr>\n", f);
		}
		free(list);
	}
	free(seen);
	fputs("</tbody></table>\n", f);
}

static void html_observations(FILE *f)
{
	size_t i;
	int c;

	fputs("<h2 id=\"observations\">Observations</h2>\n<p>What the cases print but do not "
	      "assert (<code>observe:</code> lines); yellow where runs differ.</p>\n"
	      "<table id=\"obstable\">", f);
	html_columns(f, "observation", NULL);
	fputs("<tbody>\n", f);
	for (i = 0; i < nr_obs; i++) {
		int differs = obs_differs(&obs[i]);

		fputs("<tr><td><code>", f);
		xml_escape(f, obs[i].name);
		fputs("</code></td>", f);
		for (c = 0; c < nr_runs; c++) {
			const char *v = obs_value(&runs[col[c]], &obs[i]);

			fprintf(f, "<td%s>", differs ? " class=\"differs\"" : "");
			xml_escape(f, v ? v : "-");
			fputs("</td>", f);
		}
		fputs("</tr>\n", f);
	}
	fputs("</tbody></table>\n", f);
}

/* Whether bars @a and @b are of the same arch: their labels' first word. */
static int same_arch(size_t a, size_t b)
{
	size_t la = strcspn(bars[a].label, " "), lb = strcspn(bars[b].label, " ");

	return la == lb && !strncmp(bars[a].label, bars[b].label, la);
}

/* One colour per arch, in the order the arches first appear. */
static int arch_colour(size_t j)
{
	size_t a, k;
	int n = 0;

	for (a = 0; a < j; a++) {
		for (k = 0; k < a && !same_arch(k, a); k++)
			;
		if (k < a)
			continue;
		if (same_arch(a, j))
			return n % 6;
		n++;
	}
	return n % 6;
}

/* make bench's per-call costs: a bar per arch and kernel, grouped by path. */
static void html_bench_svg(FILE *f)
{
	static const char *const colours[] = { "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1",
					       "#76b7b2", "#edc948" };
	const int label_w = 170, bar_w = 520, bar_h = 14, gap = 4;
	double max = 0;
	size_t i, j;
	int y = 4, h = 4, ci;


	if (!nr_bars)
		return;
	for (i = 0; i < nr_bars; i++) {
		if (bars[i].insns > max)
			max = bars[i].insns;
		h += bar_h + gap;
		for (j = 0; j < i && strcmp(bars[j].path, bars[i].path); j++)
			;
		if (j == i)
			h += bar_h + gap;
	}
	fprintf(f, "<h3>Per-call cost</h3>\n<p>Instructions per call of a traced function "
		"(make bench BENCH=percall, the newest of each arch and kernel).</p>\n"
		"<svg id=\"benchsvg\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
		"height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n",
		label_w + bar_w + 60, h);
	for (i = 0; i < nr_bars; i++) {
		for (j = 0; j < i && strcmp(bars[j].path, bars[i].path); j++)
			;
		if (j < i)
			continue;
		fprintf(f, "<text x=\"0\" y=\"%d\" font-weight=\"bold\">", y + bar_h - 3);
		xml_escape(f, bars[i].path);
		fputs("</text>\n", f);
		y += bar_h + gap;
		for (j = i; j < nr_bars; j++) {
			int w;

			if (strcmp(bars[j].path, bars[i].path))
				continue;
			ci = arch_colour(j);
			w = max > 0 ? (int)(bars[j].insns / max * bar_w + 0.5) : 0;
			fprintf(f, "<text x=\"12\" y=\"%d\">", y + bar_h - 3);
			xml_escape(f, bars[j].label);
			fprintf(f, "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
				"fill=\"%s\"><title>", label_w, y, w < 1 ? 1 : w, bar_h, colours[ci]);
			xml_escape(f, bars[j].label);
			fprintf(f, ", %s: %.0f instructions</title></rect>", bars[j].path,
				bars[j].insns);
			fprintf(f, "<text x=\"%d\" y=\"%d\">%.0f</text>\n", label_w + (w < 1 ? 1 : w) + 4,
				y + bar_h - 3, bars[j].insns);
			y += bar_h + gap;
		}
	}
	fputs("</svg>\n", f);
}

/* Console lines @from..@to (1-based) of @text, numbered, into <pre>. */
static void html_excerpt(FILE *f, const char *text, long from, long to)
{
	const char *p = text;
	long n = 1;

	fputs("<pre class=\"console\">", f);
	while (p && *p && n <= to) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);

		if (n >= from) {
			fprintf(f, "<span class=\"ln\">%6ld</span> ", n);
			xml_nescape(f, p, len && p[len - 1] == '\r' ? len - 1 : len);
			fputc('\n', f);
		}
		p = e ? e + 1 : NULL;
		n++;
	}
	fputs("</pre>\n", f);
}

/* The lines of @text (a last one without a newline counts). */
static long count_lines(const char *text)
{
	long n = 0;
	const char *p;

	for (p = text; p && *p; p++)
		n += *p == '\n';
	return n + (text && *text && p[-1] != '\n');
}

/*
 * Why every cell that is not PASS is what it is: the reason and the console
 * lines around the case (two before it; at most 20 of its start and 60 of
 * its end when it is long: a hang's last words are at the end).
 */
static void html_evidence(FILE *f)
{
	long nlines;
	int c, any = 0;
	size_t i;

	fputs("<h2 id=\"evidence\">Why not PASS: the console</h2>\n", f);
	for (c = 0; c < nr_runs; c++) {
		const struct run *r = &runs[col[c]];
		char *path, *text;

		if (asprintf(&path, "%s/console.log", r->dir) < 0)
			die("out of memory");
		text = read_text(path);
		nlines = count_lines(text);
		for (i = 0; i < r->ktap.nr_cases; i++) {
			const struct ktap_case *k = &r->ktap.cases[i];
			long from = k->first_line > 2 ? k->first_line - 2 : 1, to = k->last_line + 1;

			if (k->status == KTAP_PASS)
				continue;
			if (to > nlines)
				to = nlines;
			if (from > to)
				from = to;
			any = 1;
			fprintf(f, "<section class=\"ev\" id=\"x-%d-%zu\"><h3>", col[c] + 1, i);
			html_run_head(f, col[c]);
			fprintf(f, ": <code>");
			xml_escape(f, k->name);
			fprintf(f, "</code> <span class=\"%s\">%s</span></h3>\n<p class=\"reason\">",
				ktap_status_name(k->status), ktap_status_name(k->status));
			xml_escape(f, k->reason ? k->reason : "(no reason given)");
			fprintf(f, "</p>\n<p class=\"where\">console.log lines %ld-%ld of ", from, to);
			xml_escape(f, path);
			fputs("</p>\n", f);
			if (!text) {
				fputs("<p>(console.log could not be read)</p>\n", f);
			} else if (to - from > 80) {
				html_excerpt(f, text, from, from + 19);
				fprintf(f, "<p class=\"cut\">&#8230; %ld lines &#8230;</p>\n",
					to - from - 79);
				html_excerpt(f, text, to - 59, to);
			} else {
				html_excerpt(f, text, from, to);
			}
			fputs("<p><a href=\"#matrix\">back to the matrix</a></p></section>\n", f);
		}
		free(text);
		free(path);
	}
	if (!any)
		fputs("<p>Every case of every run passed.</p>\n", f);
}

static void html_runs(FILE *f)
{
	int c;

	fputs("<h2 id=\"runs\">Runs</h2>\n", f);
	for (c = 0; c < nr_runs; c++) {
		const struct run *r = &runs[col[c]];
		long p, fl, s;

		counts(r, &p, &fl, &s);
		fprintf(f, "<section class=\"run\" id=\"run-%d\"><h3>", col[c] + 1);
		html_run_head(f, col[c]);
		fprintf(f, "</h3>\n<p>%ld passed, %ld failed, %ld skipped", p, fl, s);
		if (xfails(r))
			fprintf(f, ", %ld expected failures", xfails(r));
		fprintf(f, "%s. Results: <code>", r->timed_out ? " (guest hung)" : "");
		xml_escape(f, r->dir);
		fputs("</code></p>\n", f);
		if (r->boot_retry) {
			fputs("<p><strong>Booted twice:</strong> ", f);
			xml_escape(f, r->boot_retry);
			fputs("</p>\n", f);
		}
		fputs("<details><summary>env.txt</summary><pre>", f);
		xml_escape(f, r->env ? r->env : "(none)");
		fputs("</pre></details>\n<details><summary>QEMU command</summary><pre>", f);
		xml_escape(f, r->qemu_cmd ? r->qemu_cmd : "(none: not run under QEMU)");
		fputs("</pre></details></section>\n", f);
	}
}

static void html_report(FILE *f, const char *tested_by, const char *repro)
{
	int r;

	column_order();
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
	      "<title>dcc report</title>\n<style>\n"
	      "body{font-family:sans-serif;margin:1.5em;font-size:14px}"
	      "table{border-collapse:collapse;margin-bottom:1em}\n"
	      "td,th{border:1px solid #999;padding:2px 6px;font-size:12px}"
	      "th.run span{display:block}th.run a,td a{color:inherit}\n"
	      "th.group{background:#dde4f0}tr.suite th{background:#eee;text-align:left}\n"
	      ".PASS{background:#b6e3b6}.FAIL{background:#f4a6a6}.XFAIL{background:#f9d9a8}\n"
	      ".SKIP{background:#e6e6e6}.HANG{background:#f7c873}\n"
	      ".CRASH{background:#e06666;color:#fff}.NOTRUN{background:#f4cccc}\n"
	      "td.none{color:#999}td.differs{background:#fff2a8}.legend span{padding:1px 4px}\n"
	      ".regression{outline:3px solid #c00;outline-offset:-3px}"
	      ".fixed{outline:3px solid #080;outline-offset:-3px}\n"
	      "small.clauses{color:#555}code{font-size:12px}pre{background:#f6f6f6;"
	      "padding:4px;overflow-x:auto;font-size:11px}\n"
	      "span.ln{color:#888}section.ev,section.run{border-top:1px solid #ccc}"
	      ":target{background:#fffbe0}\n"
	      "</style></head><body>\n<h1>ftrace direct-call conformance</h1>\n<p>", f);
	fprintf(f, "%d run%s:", nr_runs, nr_runs == 1 ? "" : "s");
	for (r = 0; r < nr_runs; r++) {
		fputs(r ? ", " : " ", f);
		html_run_head(f, r);
	}
	fputs(".</p>\n<p><a href=\"#differences\">differences</a> &#183; "
	      "<a href=\"#matrix\">matrix</a> &#183; <a href=\"#clauses\">clauses</a> &#183; "
	      "<a href=\"#observations\">observations</a> &#183; <a href=\"#evidence\">"
	      "console excerpts</a> &#183; <a href=\"#runs\">runs</a></p>\n", f);
	html_differences(f);
	html_matrix(f);
	html_clauses(f);
	html_observations(f);
	if (bench || nr_bars) {
		fputs("<h2 id=\"bench\">Benchmarks (make bench)</h2>\n", f);
		html_bench_svg(f);
		if (bench) {
			fputs("<pre id=\"benchtext\">", f);
			xml_escape(f, bench);
			fputs("</pre>\n", f);
		}
	}
	html_evidence(f);
	html_runs(f);
	fputs("<h2>Reproduce</h2>\n<pre>", f);
	xml_escape(f, repro);
	fputs("</pre>\n", f);
	if (tested_by && *tested_by) {
		fputs("<p>Tested-by: ", f);
		xml_escape(f, tested_by);
		fputs("</p>\n", f);
	}
	fputs("</body></html>\n", f);
	for (r = 0; r < nr_runs; r++) {
		free(col_group_name[r]);
		col_group_name[r] = NULL;
	}
}

typedef void (*writer_fn)(FILE *f, const struct run *r);

static void write_run_file(const struct run *r, const char *file, writer_fn fn)
{
	char *path;
	FILE *f;

	if (asprintf(&path, "%s/%s", r->dir, file) < 0)
		die("out of memory");
	f = fopen(path, "w");
	if (!f)
		die("cannot write %s: choose a writable results directory", path);
	fn(f, r);
	if (fclose(f))
		die("cannot write %s", path);
	free(path);
}

typedef void (*report_fn)(FILE *f, const char *tested_by, const char *repro);

static void write_report(const char *dir, const char *file, report_fn fn,
			 const char *tested_by, const char *repro)
{
	char *path;
	FILE *f;

	if (asprintf(&path, "%s/%s", dir, file) < 0)
		die("out of memory");
	f = fopen(path, "w");
	if (!f)
		die("cannot write %s: choose a writable directory with --out", path);
	fn(f, tested_by, repro);
	if (fclose(f))
		die("cannot write %s", path);
	free(path);
}

int main(int argc, char **argv)
{
	const char *out = NULL, *tested_by = NULL;
	const char *repro = "make setup conformance ARCH=<arch> KVER=<series>";
	char err[512];
	size_t i;
	int a, r;

	for (a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "--out") && a + 1 < argc) {
			out = argv[++a];
		} else if (!strcmp(argv[a], "--tested-by") && a + 1 < argc) {
			tested_by = argv[++a];
		} else if (!strcmp(argv[a], "--reproducer") && a + 1 < argc) {
			repro = argv[++a];
		} else if (!strcmp(argv[a], "--bench") && a + 1 < argc) {
			bench = read_text(argv[++a]);
			if (!bench || !*bench)
				die("cannot read %s, or it is empty: %s", argv[a],
				    "give --bench make bench's bench.txt");
		} else if (!strcmp(argv[a], "--catalogue") && a + 1 < argc) {
			load_tsv(argv[++a], 3, "catalogue", add_cat);
		} else if (!strcmp(argv[a], "--compare") && a + 1 < argc) {
			load_tsv(argv[++a], 3, "compare", add_mark);
		} else if (!strcmp(argv[a], "--bench-tsv") && a + 1 < argc) {
			load_tsv(argv[++a], 4, "bench-tsv", add_bar);
		} else if (argv[a][0] == '-') {
			die("unknown option %s (use %s)", argv[a],
			    "--out DIR, --tested-by, --reproducer, --bench FILE, --bench-tsv FILE, --catalogue FILE, --compare FILE");
		} else {
			if (nr_runs == MAX_RUNS)
				die("more than %d runs: point RESULTS= at a directory with fewer", MAX_RUNS);
			if (run_load(argv[a], &runs[nr_runs], err, sizeof(err)))
				die("%s", err);
			nr_runs++;
		}
	}
	if (!nr_runs)
		die("no results: run 'make conformance' first (or give RESULTS=)");

	for (r = 0; r < nr_runs; r++) {
		for (i = 0; i < runs[r].ktap.nr_cases; i++)
			add_row(&cases, &nr_cases, runs[r].ktap.cases[i].name, NULL, NULL);
		for (i = 0; i < runs[r].ktap.nr_obs; i++) {
			const struct ktap_observation *o = &runs[r].ktap.obs[i];
			char *name;

			if (asprintf(&name, "%s.%s", o->test, o->key) < 0)
				die("out of memory");
			add_row(&obs, &nr_obs, name, o->test, o->key);
			free(name);
		}
		write_run_file(&runs[r], "results.json", write_kunit_json);
		write_run_file(&runs[r], "junit.xml", write_junit);
		write_run_file(&runs[r], "kcidb.json", write_kcidb);
	}
	text_report(stdout, tested_by, repro);
	if (out) {
		write_report(out, "report.txt", text_report, tested_by, repro);
		write_report(out, "report.md", md_report, tested_by, repro);
		write_report(out, "report.html", html_report, tested_by, repro);
	}
	for (i = 0; i < nr_cases; i++)
		free(cases[i].name);
	for (i = 0; i < nr_obs; i++) {
		free(obs[i].name);
		free(obs[i].test);
		free(obs[i].key);
	}
	free(cases);
	free(obs);
	free(bench);
	for (i = 0; i < nr_catalogue; i++) {
		free(catalogue[i].name);
		free(catalogue[i].clauses);
	}
	for (i = 0; i < nr_marks; i++) {
		free(marks[i].run);
		free(marks[i].name);
	}
	for (i = 0; i < nr_bars; i++) {
		free(bars[i].label);
		free(bars[i].path);
	}
	free(catalogue);
	free(marks);
	free(bars);
	free(compare_base);
	for (r = 0; r < nr_runs; r++)
		run_free(&runs[r]);
	return 0;
}
