// SPDX-License-Identifier: GPL-2.0
/*
 * ktap.c - read a raw guest console log into per-case results.
 *
 * One pass, line by line. Nesting follows KTAP indentation (four spaces a
 * level): a "KTAP version" line opens a level, "# Subtest: X" names it, a
 * result line at the level's indent is a leaf case unless a deeper level is
 * open, in which case it closes that level (a suite or parameter parent).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "ktap.h"

#define MAX_DEPTH	16

struct level {
	int indent;
	char *name;	/* from "# Subtest:"; NULL for the top document */
	long plan;	/* -1: no plan line */
	long results;
};

struct reader {
	const struct ktap_options *opt;
	struct ktap_run *run;
	struct level lv[MAX_DEPTH];
	int depth;
	char *running;		/* full name of the case that printed the start marker */
	int running_indent;
	char *running_splat;	/* splat seen while @running ran */
	char *running_reason;	/* first failure detail of @running */
	/*
	 * The timestamp prefix of the line that set @running_reason: the
	 * message of a KUNIT_FAIL() or *_MSG() expectation is printed in the
	 * same printk, on the next line, without the indent.
	 */
	char fail_stamp[40];
	/* The last "# NAME: pass:P fail:F skip:S total:T" line: NAME, S. */
	char *stats_name;
	long stats_skip;
	/*
	 * The line before was a FAILED line without a timestamp prefix (a
	 * console without PRINTK_TIME, such as kunit.py's): its unindented
	 * message is the next line.
	 */
	int fail_next;
	/*
	 * The RCU stall report being read (from its first line to the next
	 * KTAP line or splat): its first line, and whether it filled
	 * @running_splat or run->first_splat, so that a report that turns out
	 * to be the host's doing (on_stall_length()) can take them back.
	 */
	char *stall;
	int stall_set_running, stall_set_first;
	long stall_offset;	/* console bytes up to the end of its first line */
	long offset;		/* console bytes up to the end of the line being read */
	long lineno;		/* the line being read, 1-based */
	long running_line;	/* where @running printed its start marker */
	long last_case_line;	/* where the case before ended */
	const char *line;	/* the line being read, and its prefix length */
	size_t prefix_len;
	int oom;
};

static const char *const status_names[KTAP_NR_STATUS] = {
	[KTAP_PASS] = "PASS",
	[KTAP_FAIL] = "FAIL",
	[KTAP_SKIP] = "SKIP",
	[KTAP_HANG] = "HANG",
	[KTAP_CRASH] = "CRASH",
	[KTAP_NOTRUN] = "NOTRUN",
	[KTAP_XFAIL] = "XFAIL",
};

const char *ktap_status_name(enum ktap_status st)
{
	return st < KTAP_NR_STATUS ? status_names[st] : "?";
}

int ktap_status_parse(const char *name)
{
	int i;

	for (i = 0; i < KTAP_NR_STATUS; i++)
		if (!strcmp(name, status_names[i]))
			return i;
	return -1;
}

int ktap_status_is_failure(enum ktap_status st)
{
	return st != KTAP_PASS && st != KTAP_SKIP && st != KTAP_XFAIL;
}

static char *xstrdup(struct reader *r, const char *s)
{
	char *d = strdup(s ? s : "");

	if (!d)
		r->oom = 1;
	return d;
}

static char *xstrndup(struct reader *r, const char *s, size_t n)
{
	char *d = strndup(s, n);

	if (!d)
		r->oom = 1;
	return d;
}

static void *grow(struct reader *r, void *arr, size_t *cap, size_t need, size_t size)
{
	void *n;
	size_t c;

	if (need <= *cap)
		return arr;
	c = *cap ? *cap * 2 : 16;
	while (c < need)
		c *= 2;
	n = realloc(arr, c * size);
	if (!n) {
		r->oom = 1;
		return NULL;
	}
	*cap = c;
	return n;
}

/* Skip "<6>", "[    1.234]" and "[    T1]"-style prefixes and one space. */
const char *ktap_strip_prefix(const char *line)
{
	const char *p = line;
	int stripped;

	if (p[0] == '<' && isdigit((unsigned char)p[1]) && p[2] == '>')
		p += 3;
	do {
		const char *q = p;

		stripped = 0;
		if (*q != '[')
			break;
		q++;
		while (*q == ' ')
			q++;
		if (*q == 'T' || *q == 'C')
			q++;
		if (!isdigit((unsigned char)*q))
			break;
		while (isdigit((unsigned char)*q) || *q == '.')
			q++;
		if (*q != ']')
			break;
		p = q + 1;
		stripped = 1;
	} while (stripped);
	if (p != line && *p == ' ')
		p++;
	return p;
}

static const char *const splats[] = {
	"Kernel panic - not syncing",
	"Oops",
	"Unable to handle kernel",
	"BUG: ",
	"kernel BUG at",
	"WARNING: ",
	"general protection fault",
	"Internal error: ",
	"Kernel BUG",
	"watchdog: BUG: soft lockup",
};

int ktap_is_splat(const char *text)
{
	size_t i;

	for (i = 0; i < sizeof(splats) / sizeof(splats[0]); i++)
		if (!strncmp(text, splats[i], strlen(splats[i])))
			return 1;
	return 0;
}

/*
 * The first line of an RCU CPU stall report (kernel/rcu/tree_stall.h):
 * "rcu: INFO: rcu_sched detected stalls on CPUs/tasks:" or "...
 * self-detected stall on CPU" ("rcu_preempt" on preemptible kernels).
 */
int ktap_is_stall(const char *text)
{
	if (!strncmp(text, "rcu: ", 5))
		text += 5;
	return !strncmp(text, "INFO: rcu_", 10) && strstr(text, "detected stall");
}

/*
 * How long the stall of a report had lasted, in jiffies, from its line
 * "(detected by 0, t=752 jiffies, g=...)" or "(t=752 jiffies g=...)";
 * -1 if @text is not that line.
 */
static long stall_jiffies(const char *text)
{
	const char *p = strstr(text, "t=");
	char *end;
	long j;

	if (!p || (p != text && p[-1] != '(' && p[-1] != ' '))
		return -1;
	j = strtol(p + 2, &end, 10);
	/* A day of jiffies at HZ=1000 is more than any stall a run lasts. */
	if (end == p + 2 || strncmp(end, " jiffies", 8) || j < 0 || j > 86400000L)
		return -1;
	return j;
}

static void append_ktap(struct reader *r, const char *line)
{
	struct ktap_run *run = r->run;
	size_t len = strlen(line);
	char *n;

	n = grow(r, run->ktap, &run->ktap_cap, run->ktap_len + len + 2, 1);
	if (!n)
		return;
	run->ktap = n;
	memcpy(run->ktap + run->ktap_len, line, len);
	run->ktap_len += len;
	run->ktap[run->ktap_len++] = '\n';
	run->ktap[run->ktap_len] = 0;
}

/* "suite.sub.name": the named levels at or above @indent, then @name. */
static char *full_name(struct reader *r, int indent, const char *name, size_t name_len)
{
	size_t len = name_len + 1;
	char *s;
	int i;

	for (i = 0; i < r->depth; i++)
		if (r->lv[i].indent <= indent && r->lv[i].name)
			len += strlen(r->lv[i].name) + 1;
	s = malloc(len);
	if (!s) {
		r->oom = 1;
		return NULL;
	}
	s[0] = 0;
	for (i = 0; i < r->depth; i++) {
		if (r->lv[i].indent <= indent && r->lv[i].name) {
			strcat(s, r->lv[i].name);
			strcat(s, ".");
		}
	}
	strncat(s, name, name_len);
	return s;
}

static void add_case(struct reader *r, char *name, enum ktap_status st, const char *reason)
{
	struct ktap_run *run = r->run;
	struct ktap_case *c;

	if (!name)
		return;
	c = grow(r, run->cases, &run->cap_cases, run->nr_cases + 1, sizeof(*c));
	if (!c) {
		free(name);
		return;
	}
	run->cases = c;
	c += run->nr_cases++;
	c->name = name;
	c->status = st;
	c->reason = reason ? xstrdup(r, reason) : NULL;
	c->first_line = r->running_line ? r->running_line : r->last_case_line + 1;
	if (c->first_line > r->lineno)
		c->first_line = r->lineno;
	c->last_line = r->lineno;
	r->last_case_line = r->lineno;
}

/*
 * Add an observation: @test (owned, freed here if it cannot be kept), the
 * first @key_len bytes of @key, and @value (owned likewise).
 */
static void add_obs(struct reader *r, char *test, const char *key, size_t key_len, char *value)
{
	struct ktap_run *run = r->run;
	struct ktap_observation *o;

	o = grow(r, run->obs, &run->cap_obs, run->nr_obs + 1, sizeof(*o));
	if (!o) {
		free(test);
		free(value);
		return;
	}
	run->obs = o;
	o += run->nr_obs++;
	o->test = test;
	o->key = xstrndup(r, key, key_len);
	o->value = value;
}

/* The stall report, if one was being read, is over. */
static void end_stall(struct reader *r)
{
	free(r->stall);
	r->stall = NULL;
	r->stall_set_running = 0;
	r->stall_set_first = 0;
}

/* The first line of a stall report: a splat until proven the host's. */
static void on_stall(struct reader *r, const char *t)
{
	struct ktap_run *run = r->run;

	end_stall(r);
	r->stall = xstrdup(r, t);
	r->stall_offset = r->offset;
	if (!run->first_splat) {
		run->first_splat = xstrdup(r, t);
		r->stall_set_first = 1;
	}
	if (r->running && !r->running_splat) {
		r->running_splat = xstrdup(r, t);
		r->stall_set_running = 1;
	}
}

/*
 * Milliseconds the host kept a thread of QEMU waiting for a CPU between
 * @from_ms and @to_ms of the run (the samples' per-second maxima).
 */
static long host_wait_between(const struct ktap_options *opt, long from_ms, long to_ms)
{
	long wait = 0;
	size_t i;

	for (i = 1; i < opt->nr_host; i++)
		if (opt->host[i].t_ms > from_ms && opt->host[i - 1].t_ms < to_ms)
			wait += opt->host[i].wait_ms;
	return wait;
}

/*
 * The stall of the report being read had lasted @jiffies. Find when its
 * first line reached the console (the first host sample whose console
 * size covers it), and how long the host kept QEMU's threads waiting for a
 * CPU in the stall's span before that: if for at least half of it, the
 * stall is the emulator's, not the kernel's. Take back the splat and keep
 * it as an observation of the case (or of "kernel"), shown and judging
 * nothing. Otherwise (no samples, no HZ, a host that let QEMU run) the
 * stall stays a CRASH.
 */
static void on_stall_length(struct reader *r, long jiffies)
{
	const struct ktap_options *opt = r->opt;
	struct ktap_run *run = r->run;
	long span_ms, at_ms = -1, wait;
	char *value;
	size_t i;

	if (opt->hz <= 0 || opt->hz > 100000 || !opt->nr_host)
		return;
	for (i = 0; i < opt->nr_host && at_ms < 0; i++)
		if (opt->host[i].bytes >= r->stall_offset)
			at_ms = opt->host[i].t_ms;
	if (at_ms < 0)
		return;
	span_ms = jiffies * 1000 / opt->hz;
	/* The samples are a second apart: take in the one before the span. */
	wait = host_wait_between(opt, at_ms - span_ms - 1000, at_ms);
	if (2 * wait < span_ms)
		return;
	if (asprintf(&value, "%s (%ld jiffies: QEMU waited %ld.%01ld s of those %ld.%01ld s for a host CPU: the emulator was starved, not judged)",
		     r->stall, jiffies, wait / 1000, wait % 1000 / 100,
		     span_ms / 1000, span_ms % 1000 / 100) < 0) {
		r->oom = 1;
		return;
	}
	add_obs(r, xstrdup(r, r->running ? r->running : "kernel"), "host_starved_stall", 18, value);
	if (r->stall_set_running) {
		free(r->running_splat);
		r->running_splat = NULL;
	}
	if (r->stall_set_first) {
		free(run->first_splat);
		run->first_splat = NULL;
	}
	end_stall(r);
}

static void clear_running(struct reader *r)
{
	free(r->running);
	free(r->running_splat);
	free(r->running_reason);
	r->stall_set_running = 0;
	r->running = NULL;
	r->running_splat = NULL;
	r->running_reason = NULL;
	r->running_line = 0;
	r->fail_stamp[0] = 0;
}

/*
 * Close every level deeper than @indent, noting planned cases never reported.
 * @cut_short: the log ended inside these levels; an unfinished child level
 * still accounts for one planned result of its parent.
 */
static void close_levels_how(struct reader *r, int indent, int cut_short)
{
	while (r->depth > 0 && r->lv[r->depth - 1].indent > indent) {
		struct level *l = &r->lv[r->depth - 1];

		if (cut_short && r->depth > 1)
			r->lv[r->depth - 2].results++;
		long missing = l->plan - l->results;

		if (l->plan >= 0 && missing > 0) {
			char buf[96];

			snprintf(buf, sizeof(buf), "%ld of %ld planned cases never reported",
				 missing, l->plan);
			add_case(r, full_name(r, l->indent, "(not run)", 9), KTAP_NOTRUN, buf);
		}
		free(l->name);
		r->depth--;
	}
}

static void close_levels(struct reader *r, int indent)
{
	close_levels_how(r, indent, 0);
}

static struct level *level_at(struct reader *r, int indent, int create)
{
	struct level *l;

	close_levels(r, indent);
	if (r->depth > 0 && r->lv[r->depth - 1].indent == indent)
		return &r->lv[r->depth - 1];
	if (!create || r->depth == MAX_DEPTH)
		return NULL;
	l = &r->lv[r->depth++];
	l->indent = indent;
	l->name = NULL;
	l->plan = -1;
	l->results = 0;
	return l;
}

/*
 * A result line that closes a level (a case with parameters, or a suite)
 * has just been read, with status @st (@reason if SKIP): check what its
 * direct children said. KUnit before 6.6 prints a skipped parameter as a
 * plain "ok N desc", without "# SKIP": a parent that SKIPs had every child
 * skipped (KUnit makes it PASS or FAIL as soon as one child does), so its
 * plain "ok" children are SKIPs with its reason; and where the parent's
 * own statistics line counts more skips than its children said, the
 * plain "ok" children cannot be told from the skipped ones: they FAIL,
 * saying so, instead of passing.
 */
static void settle_children(struct reader *r, const char *parent, enum ktap_status st,
			    const char *reason)
{
	size_t plen = strlen(parent), i;
	long said_skip = 0, stats_skip = -1;

	if (r->stats_name && !strcmp(r->stats_name, parent))
		stats_skip = r->stats_skip;
	for (i = 0; i < r->run->nr_cases; i++) {
		struct ktap_case *c = &r->run->cases[i];

		if (strncmp(c->name, parent, plen) || c->name[plen] != '.' ||
		    strchr(c->name + plen + 1, '.'))
			continue;
		if (c->status == KTAP_PASS && st == KTAP_SKIP) {
			c->status = KTAP_SKIP;
			free(c->reason);
			c->reason = reason ? xstrdup(r, reason) : NULL;
		}
		said_skip += c->status == KTAP_SKIP;
	}
	if (stats_skip <= said_skip)
		return;
	for (i = 0; i < r->run->nr_cases; i++) {
		struct ktap_case *c = &r->run->cases[i];
		char buf[160];

		if (strncmp(c->name, parent, plen) || c->name[plen] != '.' ||
		    strchr(c->name + plen + 1, '.') || c->status != KTAP_PASS)
			continue;
		snprintf(buf, sizeof(buf),
			 "may have skipped: KUnit counted %ld skipped here but marked %ld (no SKIP on its parameters)",
			 stats_skip, said_skip);
		c->status = KTAP_FAIL;
		free(c->reason);
		c->reason = xstrdup(r, buf);
	}
}

static void on_result(struct reader *r, int indent, const char *t)
{
	int ok = !strncmp(t, "ok ", 3);
	const char *p = t + (ok ? 3 : 7), *name, *dir;
	enum ktap_status st;
	int has_children;
	size_t name_len;
	struct level *l;
	char *full;

	while (isdigit((unsigned char)*p))
		p++;
	while (*p == ' ')
		p++;
	if (p[0] == '-' && p[1] == ' ')
		p += 2;
	name = p;
	dir = strstr(p, " #");
	name_len = dir ? (size_t)(dir - p) : strlen(p);
	while (name_len && name[name_len - 1] == ' ')
		name_len--;
	st = ok ? KTAP_PASS : KTAP_FAIL;
	if (dir) {
		const char *d = dir + 2;

		while (*d == ' ')
			d++;
		if (!strncasecmp(d, "SKIP", 4)) {
			st = KTAP_SKIP;
			d += 4;
			while (*d == ' ')
				d++;
			dir = d;
		} else {
			dir = NULL;	/* TODO and other directives: plain result */
		}
	}

	has_children = r->depth > 0 && r->lv[r->depth - 1].indent > indent;
	close_levels(r, indent);
	l = level_at(r, indent, 1);
	if (l)
		l->results++;
	full = full_name(r, indent, name, name_len);
	if (!full)
		return;
	if (has_children) {
		if (st == KTAP_SKIP && dir) {
			char *reason = xstrdup(r, dir);

			settle_children(r, full, st, reason);
			free(reason);
		} else {
			settle_children(r, full, st, NULL);
		}
		free(full);
		return;
	}
	/* A parameter's result ends its case's run (init runs per parameter). */
	if (r->running && (!strcmp(r->running, full) ||
			   (!strncmp(r->running, full, strlen(r->running)) &&
			    full[strlen(r->running)] == '.'))) {
		const char *reason = st == KTAP_SKIP ? dir : r->running_reason;

		if (r->running_splat) {
			st = KTAP_CRASH;
			reason = r->running_splat;
		}
		add_case(r, full, st, reason);
		clear_running(r);
		return;
	}
	add_case(r, full, st, st == KTAP_SKIP ? dir : NULL);
}

/* "# NAME: rest": a diagnostic printed under a case. */
static void on_diagnostic(struct reader *r, int indent, const char *t)
{
	const char *p = t + 1, *colon;
	const struct ktap_options *opt = r->opt;

	while (*p == ' ')
		p++;
	if (!strncmp(p, "Subtest:", 8)) {
		struct level *l = level_at(r, indent, 1);

		p += 8;
		while (*p == ' ')
			p++;
		if (l) {
			free(l->name);
			l->name = xstrdup(r, p);
		}
		return;
	}
	colon = strstr(p, ": ");
	if (!colon)
		return;
	{
		long pass, fail, skip, total;

		if (sscanf(colon + 2, "pass:%ld fail:%ld skip:%ld total:%ld",
			   &pass, &fail, &skip, &total) == 4) {
			free(r->stats_name);
			r->stats_name = full_name(r, indent, p, colon - p);
			r->stats_skip = skip;
			return;
		}
	}
	if (opt->start_marker && !strcmp(colon + 2, opt->start_marker)) {
		clear_running(r);
		r->running = full_name(r, indent, p, colon - p);
		r->running_indent = indent;
		r->running_line = r->lineno;
		return;
	}
	if (!strncmp(colon + 2, "observe: ", 9)) {
		const char *kv = colon + 11, *eq = strchr(kv, '=');

		if (!eq)
			return;
		add_obs(r, full_name(r, indent, p, colon - p), kv, eq - kv, xstrdup(r, eq + 1));
		return;
	}
	if (r->running && !r->running_reason && strstr(colon + 2, "FAILED at")) {
		const char *at = strstr(colon + 2, "FAILED at") + 9;
		const char *slash;
		char *n;

		/* A line may end right there (a guest that died mid-line). */
		if (*at == ' ')
			at++;
		slash = strrchr(at, '/');

		/* Build paths differ per machine: keep "file.c:line" only. */
		if (asprintf(&n, "%.*s%s", (int)(at - colon - 2), colon + 2,
			     slash ? slash + 1 : at) < 0)
			r->oom = 1;
		else
			r->running_reason = n;
		r->fail_stamp[0] = 0;
		r->fail_next = !r->prefix_len;
		if (r->prefix_len > 1 && r->prefix_len < sizeof(r->fail_stamp) &&
		    r->line[0] == '[') {
			memcpy(r->fail_stamp, r->line, r->prefix_len);
			r->fail_stamp[r->prefix_len] = 0;
		}
	}
}

static int is_plan(const char *t)
{
	if (strncmp(t, "1..", 3) || !isdigit((unsigned char)t[3]))
		return 0;
	for (t += 3; isdigit((unsigned char)*t); t++)
		;
	return *t == 0 || *t == ' ';
}

/*
 * on_kmemleak() - the guest's kmemleak scan after the suite (PROFILE=debug):
 * "<n> new suspected leaks" or "unavailable: <why>" becomes the result of
 * the pseudo-case kmemleak.scan; "| <line>" lines are the report itself.
 */
static void on_kmemleak(struct reader *r, const char *t)
{
	char *end, *why;
	long n;

	if (*t == '|')
		return;
	if (!strncmp(t, "unavailable: ", 13)) {
		if (asprintf(&why, "kmemleak could not scan: %s", t + 13) < 0) {
			r->oom = 1;
			return;
		}
		add_case(r, xstrdup(r, "kmemleak.scan"), KTAP_FAIL, why);
		free(why);
		return;
	}
	n = strtol(t, &end, 10);
	if (end == t || strncmp(end, " new suspected leaks", 20))
		return;
	if (asprintf(&why, "%ld objects leaked while the suite ran (report in the console log)",
		     n) < 0) {
		r->oom = 1;
		return;
	}
	add_case(r, xstrdup(r, "kmemleak.scan"), n ? KTAP_FAIL : KTAP_PASS, n ? why : NULL);
	free(why);
}

static void on_line(struct reader *r, char *line)
{
	const struct ktap_options *opt = r->opt;
	struct ktap_run *run = r->run;
	const char *p, *t;
	int indent = 0, fail_next = r->fail_next;
	char *s;

	r->fail_next = 0;
	/* CR, CRLF, "\r\r\n" (serial consoles) and control bytes. */
	for (s = line; *s; s++)
		if ((unsigned char)*s < 0x20 && *s != '\t')
			*s = *s == '\r' ? ' ' : '?';
	for (s = line + strlen(line); s > line && s[-1] == ' '; s--)
		s[-1] = 0;
	p = ktap_strip_prefix(line);
	for (t = p; *t == ' ' || *t == '\t'; t++)
		indent += *t == '\t' ? 4 : 1;
	r->line = line;
	r->prefix_len = p - line;

	if (opt->sentinel && strstr(p, opt->sentinel))
		run->saw_sentinel = 1;
	if (!run->power_off && !run->saw_sentinel &&
	    (!strncmp(t, "reboot: Power down", 18) || !strncmp(t, "reboot: System halted", 21)))
		run->power_off = xstrdup(r, t);
	if (!strncmp(t, "dcc-init: kmemleak: ", 20)) {
		on_kmemleak(r, t + 20);
		return;
	}
	if (r->stall && stall_jiffies(t) >= 0)
		on_stall_length(r, stall_jiffies(t));
	if (!strncmp(t, "KTAP version ", 13) || !strncmp(t, "TAP version ", 12)) {
		struct level *l;

		end_stall(r);

		/* A new document at this indent replaces a finished one. */
		close_levels(r, indent - 1);
		l = level_at(r, indent, 1);
		if (l && indent == 0) {
			free(l->name);
			l->name = NULL;
			l->plan = -1;
			l->results = 0;
		}
		run->saw_ktap = 1;
		append_ktap(r, p);
		return;
	}
	if (!run->saw_ktap) {
		if (indent == 0 && ktap_is_stall(t)) {
			on_stall(r, t);
		} else if (indent == 0 && ktap_is_splat(t)) {
			end_stall(r);
			if (!run->first_splat)
				run->first_splat = xstrdup(r, t);
		}
		return;
	}
	if (is_plan(t)) {
		struct level *l = level_at(r, indent, 1);

		end_stall(r);
		if (l)
			l->plan = strtol(t + 3, NULL, 10);
		append_ktap(r, p);
	} else if (!strncmp(t, "ok ", 3) || !strncmp(t, "not ok ", 7)) {
		end_stall(r);
		on_result(r, indent, t);
		append_ktap(r, p);
	} else if (t[0] == '#') {
		end_stall(r);
		on_diagnostic(r, indent, t);
		append_ktap(r, p);
	} else if (indent == 0 && ktap_is_stall(t)) {
		on_stall(r, t);
		append_ktap(r, p);
	} else if (indent == 0 && ktap_is_splat(t)) {
		end_stall(r);
		if (!run->first_splat)
			run->first_splat = xstrdup(r, t);
		if (r->running && !r->running_splat)
			r->running_splat = xstrdup(r, t);
		append_ktap(r, p);
	} else if ((indent > 0 && r->depth > 0) ||
		   (indent == 0 && r->fail_stamp[0] && r->prefix_len == strlen(r->fail_stamp) &&
		    !strncmp(line, r->fail_stamp, r->prefix_len)) ||
		   (indent == 0 && fail_next && !r->prefix_len)) {
		/*
		 * Continuation of a failure message ("Expected x == y"), or
		 * its unindented message from the same printk.
		 */
		if (r->running && r->running_reason && !strchr(r->running_reason, '|')) {
			char *n;

			if (asprintf(&n, "%s | %s", r->running_reason, t) < 0) {
				r->oom = 1;
			} else {
				free(r->running_reason);
				r->running_reason = n;
			}
		}
		append_ktap(r, p);
	}
}

/* Why the guest stopped, for the case (or the place) it stopped in. */
static const char *stop_reason(struct reader *r, const char *otherwise)
{
	const struct ktap_options *opt = r->opt;
	struct ktap_run *run = r->run;

	if (opt->timed_out)
		return otherwise;
	if (opt->stopped)
		return opt->stopped;
	if (r->running_splat)
		return r->running_splat;
	if (run->first_splat)
		return run->first_splat;
	if (run->power_off)
		return "the guest powered off (reboot: Power down)";
	return otherwise;
}

static void finish(struct reader *r)
{
	const struct ktap_options *opt = r->opt;
	struct ktap_run *run = r->run;
	int incomplete = r->depth > 0 && (r->running || r->lv[r->depth - 1].indent > 0 ||
					  r->lv[0].plan > r->lv[0].results);

	if (r->running) {
		const char *why = opt->timed_out ?
			"guest killed at its timeout while this case ran" :
			stop_reason(r, "guest stopped before this case finished");
		char *name = r->running;

		r->running = NULL;
		add_case(r, name, opt->timed_out ? KTAP_HANG : KTAP_CRASH, why);
		/* The running case was planned: count it as reported. */
		if (r->depth > 0)
			r->lv[r->depth - 1].results++;
	} else if (incomplete) {
		/* Stuck or stopped inside a suite but between cases (init, exit). */
		struct level *l = &r->lv[r->depth - 1];

		add_case(r, full_name(r, l->indent, "(between cases)", 15),
			 opt->timed_out ? KTAP_HANG : KTAP_CRASH,
			 opt->timed_out ? "guest killed at its timeout outside any case" :
			 stop_reason(r, "guest stopped outside any case before the suite finished"));
	}
	clear_running(r);
	close_levels_how(r, -1, 1);

	if (!run->saw_ktap) {
		add_case(r, xstrdup(r, "boot"), opt->timed_out ? KTAP_HANG :
			 run->first_splat ? KTAP_CRASH : KTAP_FAIL,
			 opt->timed_out ? "guest killed at its timeout before any KTAP output" :
			 run->first_splat ? run->first_splat : "no KTAP output on the console");
	} else if (opt->timed_out && !incomplete && !run->nr_cases) {
		/*
		 * KTAP with no case: the kernel's own executor printing an
		 * empty plan at boot ("1..0") before /init loaded the suite.
		 */
		add_case(r, xstrdup(r, "boot"), KTAP_HANG,
			 "guest killed at its timeout before any case started");
	} else if (opt->timed_out && !incomplete) {
		add_case(r, xstrdup(r, "guest"), KTAP_HANG,
			 "guest killed at its timeout after the suite finished");
	} else if (opt->sentinel && !run->saw_sentinel && !opt->timed_out && !incomplete) {
		add_case(r, xstrdup(r, "guest"), KTAP_CRASH,
			 stop_reason(r, "guest stopped before its end-of-run line"));
	} else if (run->first_splat && !incomplete) {
		size_t i;
		int attributed = 0;

		for (i = 0; i < run->nr_cases; i++)
			if (run->cases[i].status == KTAP_CRASH)
				attributed = 1;
		if (!attributed)
			add_case(r, xstrdup(r, "kernel"), KTAP_CRASH, run->first_splat);
	}
}

int ktap_read(FILE *in, const struct ktap_options *opt, struct ktap_run *run)
{
	struct reader r = { .opt = opt, .run = run };
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	memset(run, 0, sizeof(*run));
	while ((n = getline(&line, &cap, in)) >= 0 && !r.oom) {
		if (n > 0 && line[n - 1] == '\n')
			line[n - 1] = 0;
		r.offset += n;
		r.lineno++;
		/* A NUL inside a line ends it; the rest is garbage anyway. */
		on_line(&r, line);
	}
	free(line);
	if (!r.oom)
		finish(&r);
	end_stall(&r);
	clear_running(&r);
	close_levels(&r, -1);
	free(r.stats_name);
	return r.oom ? -1 : 0;
}

int ktap_host_load(const char *path, struct ktap_options *opt, char *err, size_t errlen)
{
	struct ktap_host_sample *h = NULL, *n;
	size_t nr = 0, cap = 0;
	long t, bytes, wait;
	FILE *f = fopen(path, "r");
	int got;

	if (!f) {
		snprintf(err, errlen, "cannot read host samples %s: %s", path, strerror(errno));
		return -1;
	}
	while ((got = fscanf(f, "%ld %ld %ld", &t, &bytes, &wait)) == 3) {
		/* Beyond a day, or a terabyte of console: not a run's samples. */
		if (t < 0 || t > 86400000L || bytes < 0 || bytes > (1L << 40) ||
		    wait < 0 || wait > 86400000L) {
			got = 0;
			break;
		}
		if (nr == cap) {
			cap = cap ? 2 * cap : 256;
			n = realloc(h, cap * sizeof(*h));
			if (!n) {
				free(h);
				fclose(f);
				snprintf(err, errlen, "out of memory reading %s", path);
				return -1;
			}
			h = n;
		}
		h[nr].t_ms = t;
		h[nr].bytes = bytes;
		h[nr++].wait_ms = wait;
	}
	fclose(f);
	if (got != EOF) {
		free(h);
		snprintf(err, errlen, "%s is not host samples (\"t_ms bytes wait_ms\" a line): written by run-guest.sh",
			 path);
		return -1;
	}
	opt->host = h;
	opt->nr_host = nr;
	return 0;
}

void ktap_host_free(struct ktap_options *opt)
{
	free((void *)opt->host);
	opt->host = NULL;
	opt->nr_host = 0;
}

void ktap_free(struct ktap_run *run)
{
	size_t i;

	for (i = 0; i < run->nr_cases; i++) {
		free(run->cases[i].name);
		free(run->cases[i].reason);
	}
	for (i = 0; i < run->nr_obs; i++) {
		free(run->obs[i].test);
		free(run->obs[i].key);
		free(run->obs[i].value);
	}
	free(run->cases);
	free(run->obs);
	free(run->ktap);
	free(run->first_splat);
	free(run->power_off);
	memset(run, 0, sizeof(*run));
}
