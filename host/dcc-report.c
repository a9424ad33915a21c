// SPDX-License-Identifier: GPL-2.0
/*
 * dcc-report - the cross-arch matrix over guest runs, for review.
 *
 *   dcc-report [--out DIR] [--tested-by "Name <mail>"] [--reproducer CMD]
 *              [--bench FILE] RUN_DIR...
 *
 * Every RUN_DIR's raw console is parsed again (it is the source of truth).
 * Prints the plain-text report (72 columns, for an email reply) and, with
 * --out, writes report.txt, report.md and report.html there. Into each
 * RUN_DIR it writes results.json (kunit.py --json shape), junit.xml and
 * kcidb.json. --bench adds FILE (make bench's bench.txt) as a section.
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
		int plain = strcmp(x->arch, arch) == 0 &&
			    (!payload || !strcmp(payload, "module")) &&
			    (!profile || strcmp(profile, "debug")) && !lava &&
			    strncmp(x->variant, "negative-controls", 17);

		free(payload);
		free(profile);
		free(lava);
		for (i = 0; plain && i < n; i++)
			if (!strcmp(runs[idx[i]].series, x->series))
				plain = 0;
		if (plain)
			idx[n++] = r;
	}
	/* Oldest series first: "6.1" < "6.12" < "7.3", compared as numbers. */
	for (i = 1; i < n; i++)
		for (j = i; j > 0; j--) {
			const char *a = runs[idx[j - 1]].series, *b = runs[idx[j]].series;
			long am = strtol(a, NULL, 10), bm = strtol(b, NULL, 10);
			long an = strtol(strchr(a, '.') ? strchr(a, '.') + 1 : "0", NULL, 10);
			long bn = strtol(strchr(b, '.') ? strchr(b, '.') + 1 : "0", NULL, 10);
			int t;

			if (am < bm || (am == bm && an <= bn))
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
	}

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

static void html_escape(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '<')
			fputs("&lt;", f);
		else if (*s == '>')
			fputs("&gt;", f);
		else if (*s == '&')
			fputs("&amp;", f);
		else if (*s == '"')
			fputs("&quot;", f);
		else
			fputc(*s, f);
	}
}

static void html_report(FILE *f, const char *tested_by, const char *repro)
{
	size_t i;
	int r;

	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
	      "<title>dcc report</title>\n<style>\n"
	      "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}\n"
	      "td,th{border:1px solid #999;padding:3px 8px;font-size:13px}\n"
	      "td.PASS{background:#b6e3b6}td.FAIL{background:#f4a6a6}\n"
	      "td.SKIP{background:#e6e6e6}td.HANG{background:#f7c873}\n"
	      "td.CRASH{background:#e06666;color:#fff}td.NOTRUN{background:#f4cccc}\n"
	      "td.differs{background:#fff2a8}code{font-size:12px}\n"
	      "</style></head><body>\n<h1>ftrace direct-call conformance</h1>\n", f);
	fputs("<table id=\"runs\"><tr><th>#</th><th>run</th><th>passed</th><th>failed</th>"
	      "<th>skipped</th></tr>\n", f);
	for (r = 0; r < nr_runs; r++) {
		long p, fl, s;

		counts(&runs[r], &p, &fl, &s);
		fprintf(f, "<tr><td>%d</td><td>", r + 1);
		html_escape(f, runs[r].label);
		fprintf(f, "</td><td>%ld</td><td>%ld</td><td>%ld</td></tr>\n", p, fl, s);
	}
	fputs("</table>\n<h2>Matrix</h2>\n<table id=\"matrix\"><tr><th>case</th>", f);
	for (r = 0; r < nr_runs; r++)
		fprintf(f, "<th>%d</th>", r + 1);
	fputs("</tr>\n", f);
	for (i = 0; i < nr_cases; i++) {
		fputs("<tr><td><code>", f);
		html_escape(f, cases[i].name);
		fputs("</code></td>", f);
		for (r = 0; r < nr_runs; r++) {
			const struct ktap_case *c = run_find_case(&runs[r], cases[i].name);
			const char *st = c ? ktap_status_name(c->status) : "-";

			fprintf(f, "<td class=\"%s\" title=\"", st);
			html_escape(f, c && c->reason ? c->reason : "");
			fprintf(f, "\">%s</td>", st);
		}
		fputs("</tr>\n", f);
	}
	fputs("</table>\n<h2>Observations</h2>\n<table id=\"observations\"><tr>"
	      "<th>observation</th>", f);
	for (r = 0; r < nr_runs; r++)
		fprintf(f, "<th>%d</th>", r + 1);
	fputs("</tr>\n", f);
	for (i = 0; i < nr_obs; i++) {
		int differs = obs_differs(&obs[i]);

		fputs("<tr><td><code>", f);
		html_escape(f, obs[i].name);
		fputs("</code></td>", f);
		for (r = 0; r < nr_runs; r++) {
			const char *v = obs_value(&runs[r], &obs[i]);

			fprintf(f, "<td%s>", differs ? " class=\"differs\"" : "");
			html_escape(f, v ? v : "-");
			fputs("</td>", f);
		}
		fputs("</tr>\n", f);
	}
	fputs("</table>\n", f);
	if (bench) {
		fputs("<h2>Benchmarks (make bench)</h2>\n<pre id=\"bench\">", f);
		html_escape(f, bench);
		fputs("</pre>\n", f);
	}
	fputs("<h2>Reproduce</h2>\n<pre>", f);
	html_escape(f, repro);
	fputs("</pre>\n", f);
	if (tested_by && *tested_by) {
		fputs("<p>Tested-by: ", f);
		html_escape(f, tested_by);
		fputs("</p>\n", f);
	}
	fputs("</body></html>\n", f);
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
 * the suite built in), where it ran (QEMU and its version, or the LAVA
 * device type and job), and the LAVA lab's job id. Callers free.
 */
static char *run_config_name(const struct run *r)
{
	char *profile = kv_get(r->env, "profile"), *payload = kv_get(r->env, "payload"), *name;

	if (asprintf(&name, "tinyconfig+dcc%s%s",
		     profile && !strcmp(profile, "debug") ? "+debug" : "",
		     payload && !strcmp(payload, "builtin") ? "+builtin" : "") < 0)
		die("out of memory");
	free(profile);
	free(payload);
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
		} else if (argv[a][0] == '-') {
			die("unknown option %s (use %s)", argv[a],
			    "--out DIR, --tested-by, --reproducer, --bench FILE");
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
	for (r = 0; r < nr_runs; r++)
		run_free(&runs[r]);
	return 0;
}
