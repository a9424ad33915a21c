// SPDX-License-Identifier: GPL-2.0
/*
 * test_ktap.c - unit tests for host/ktap.c, run under ASan and UBSan.
 * Real console logs are covered by tests/golden; these pin the edge cases.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "expect.h"
#include "ktap.h"

static int passed, failed;

#define CHECK(cond) do {						\
	if (cond) {							\
		passed++;						\
	} else {							\
		failed++;						\
		fprintf(stderr, "%s:%d: %s: check failed: %s\n",	\
			__FILE__, __LINE__, __func__, #cond);		\
	}								\
} while (0)

static const struct ktap_options dcc_opt = {
	.sentinel = "dcc-init: done",
	.start_marker = "dcc-start",
};

static void parse(const char *text, const struct ktap_options *opt, struct ktap_run *run)
{
	FILE *f = fmemopen((void *)text, strlen(text), "r");

	if (!f || ktap_read(f, opt, run)) {
		fprintf(stderr, "parse failed\n");
		exit(2);
	}
	fclose(f);
}

static const struct ktap_case *find(const struct ktap_run *run, const char *name)
{
	size_t i;

	for (i = 0; i < run->nr_cases; i++)
		if (!strcmp(run->cases[i].name, name))
			return &run->cases[i];
	return NULL;
}

static int status_of(const struct ktap_run *run, const char *name)
{
	const struct ktap_case *c = find(run, name);

	return c ? (int)c->status : -1;
}

static void test_strip_prefix(void)
{
	CHECK(!strcmp(ktap_strip_prefix("[    1.234567] KTAP version 1"), "KTAP version 1"));
	CHECK(!strcmp(ktap_strip_prefix("[    1.234567]     ok 1 x"), "    ok 1 x"));
	CHECK(!strcmp(ktap_strip_prefix("[    1.2][    T1] ok 1 x"), "ok 1 x"));
	CHECK(!strcmp(ktap_strip_prefix("<6>[ 0.5] 1..1"), "1..1"));
	CHECK(!strcmp(ktap_strip_prefix("plain line"), "plain line"));
	CHECK(!strcmp(ktap_strip_prefix("[abc] not a stamp"), "[abc] not a stamp"));
	CHECK(!strcmp(ktap_strip_prefix("["), "["));
	CHECK(!strcmp(ktap_strip_prefix(""), ""));
}

static void test_splat(void)
{
	CHECK(ktap_is_splat("Kernel panic - not syncing: x"));
	CHECK(ktap_is_splat("WARNING: CPU: 0 PID: 1 at x"));
	CHECK(ktap_is_splat("BUG: kernel NULL pointer dereference"));
	CHECK(ktap_is_splat("Unable to handle kernel paging request"));
	CHECK(!ktap_is_splat("ok 1 BUG: in a name"));
	CHECK(!ktap_is_splat("random message"));
}

static void test_status_names(void)
{
	int i;

	for (i = 0; i < KTAP_NR_STATUS; i++)
		CHECK(ktap_status_parse(ktap_status_name(i)) == i);
	CHECK(ktap_status_parse("MAYBE") == -1);
	CHECK(!ktap_status_is_failure(KTAP_PASS) && !ktap_status_is_failure(KTAP_SKIP));
	CHECK(ktap_status_is_failure(KTAP_HANG) && ktap_status_is_failure(KTAP_NOTRUN));
}

static const char suite_ok[] =
	"[    0.5] KTAP version 1\n"
	"[    0.5] 1..0\n"
	"[    0.6] unrelated kernel message\n"
	"[    0.7] KTAP version 1\n"
	"[    0.7] 1..1\n"
	"[    0.7]     KTAP version 1\n"
	"[    0.7]     # Subtest: s\n"
	"[    0.7]     1..3\n"
	"[    0.7]     # a: dcc-start\n"
	"[    0.7]     # a: observe: resume_offset=8\n"
	"[    0.8]     ok 1 a\n"
	"[    0.8]     # b: dcc-start\n"
	"[    0.8]     ok 2 b # SKIP no direct calls here\n"
	"[    0.8]     # c: dcc-start\n"
	"[    0.8]     # c: EXPECTATION FAILED at /x/y/file.c:12\n"
	"[    0.8]     Expected 1 == 2, but\n"
	"[    0.8]     not ok 3 c\n"
	"[    0.9] ok 1 s\n"
	"dcc-init: done, 2 of 2 modules loaded\n";

static void test_suite(void)
{
	struct ktap_run run;
	const struct ktap_case *c;

	parse(suite_ok, &dcc_opt, &run);
	CHECK(run.nr_cases == 3);
	CHECK(status_of(&run, "s.a") == KTAP_PASS);
	c = find(&run, "s.b");
	CHECK(c && c->status == KTAP_SKIP && c->reason &&
	      !strcmp(c->reason, "no direct calls here"));
	c = find(&run, "s.c");
	CHECK(c && c->status == KTAP_FAIL && c->reason &&
	      !strcmp(c->reason, "EXPECTATION FAILED at file.c:12 | Expected 1 == 2, but"));
	CHECK(run.nr_obs == 1 && !strcmp(run.obs[0].test, "s.a") &&
	      !strcmp(run.obs[0].key, "resume_offset") && !strcmp(run.obs[0].value, "8"));
	CHECK(run.saw_sentinel);
	CHECK(run.ktap && !strstr(run.ktap, "unrelated") && strstr(run.ktap, "# Subtest: s"));
	ktap_free(&run);
}

static void test_crlf_and_garbage(void)
{
	struct ktap_run run;
	char *text = strdup(suite_ok), *crlf, *p, *o;

	crlf = malloc(strlen(text) * 3 + 1);
	for (p = text, o = crlf; *p; p++) {
		if (*p == '\n') {
			*o++ = '\r';
			*o++ = '\r';
		}
		*o++ = *p;
	}
	*o = 0;
	/* Garbage bytes in an unrelated line and a NUL-free binary blob. */
	p = strstr(crlf, "unrelated");
	p[0] = (char)0xff;
	p[1] = 0x01;
	parse(crlf, &dcc_opt, &run);
	CHECK(run.nr_cases == 3);
	CHECK(status_of(&run, "s.a") == KTAP_PASS);
	CHECK(status_of(&run, "s.c") == KTAP_FAIL);
	CHECK(run.saw_sentinel);
	ktap_free(&run);
	free(text);
	free(crlf);
}

static void test_truncated_hang(void)
{
	struct ktap_options opt = dcc_opt;
	struct ktap_run run;
	const char *cut = strstr(suite_ok, "[    0.8]     # c: EXPECTATION");
	char *text = strndup(suite_ok, cut - suite_ok);
	const struct ktap_case *c;

	opt.timed_out = 1;
	parse(text, &opt, &run);
	c = find(&run, "s.c");
	CHECK(c && c->status == KTAP_HANG);
	CHECK(status_of(&run, "s.a") == KTAP_PASS);
	CHECK(run.nr_cases == 3);	/* a, b, c: nothing "not run" */
	ktap_free(&run);

	/* The same cut without a timeout: the guest stopped, a crash. */
	opt.timed_out = 0;
	parse(text, &opt, &run);
	CHECK(status_of(&run, "s.c") == KTAP_CRASH);
	ktap_free(&run);
	free(text);
}

/* How the guest stopped names the cause for the case it stopped in. */
static void test_stop_reasons(void)
{
	struct ktap_options opt = dcc_opt;
	struct ktap_run run;
	const char *cut = strstr(suite_ok, "[    0.8]     # c: EXPECTATION");
	char *text = strndup(suite_ok, cut - suite_ok), *off;
	const struct ktap_case *c;

	opt.stopped = "QEMU died: killed by signal SIGABRT after 3s";
	parse(text, &opt, &run);
	c = find(&run, "s.c");
	CHECK(c && c->status == KTAP_CRASH && c->reason && strstr(c->reason, "SIGABRT"));
	ktap_free(&run);

	if (asprintf(&off, "%s[    0.9] reboot: Power down\r\r\n", text) < 0)
		exit(2);
	opt.stopped = NULL;
	parse(off, &opt, &run);
	c = find(&run, "s.c");
	CHECK(c && c->status == KTAP_CRASH && c->reason && strstr(c->reason, "powered off"));
	ktap_free(&run);
	free(off);
	free(text);

	/* After the sentinel, a power-off is the normal end of a run. */
	if (asprintf(&off, "%sdcc-init: done, 1 of 1 modules loaded\nreboot: Power down\n",
		     suite_ok) < 0)
		exit(2);
	parse(off, &dcc_opt, &run);
	CHECK(run.power_off == NULL);
	CHECK(find(&run, "guest") == NULL);
	ktap_free(&run);
	free(off);
}

/* The guest's kmemleak scan after the suite becomes kmemleak.scan. */
static void test_kmemleak(void)
{
	struct ktap_run run;
	const struct ktap_case *c;
	char *text;

	if (asprintf(&text, "%sdcc-init: kmemleak: | unreferenced object 0xff60 (size 64):\n"
		     "dcc-init: kmemleak: 1 new suspected leaks\n"
		     "dcc-init: done, 1 of 1 modules loaded\n", suite_ok) < 0)
		exit(2);
	parse(text, &dcc_opt, &run);
	c = find(&run, "kmemleak.scan");
	CHECK(c && c->status == KTAP_FAIL && c->reason && strstr(c->reason, "1 objects leaked"));
	ktap_free(&run);
	free(text);

	if (asprintf(&text, "%sdcc-init: kmemleak: 0 new suspected leaks\n", suite_ok) < 0)
		exit(2);
	parse(text, &dcc_opt, &run);
	CHECK(status_of(&run, "kmemleak.scan") == KTAP_PASS);
	ktap_free(&run);
	free(text);

	if (asprintf(&text, "%sdcc-init: kmemleak: unavailable: clear failed: errno 2\n",
		     suite_ok) < 0)
		exit(2);
	parse(text, &dcc_opt, &run);
	c = find(&run, "kmemleak.scan");
	CHECK(c && c->status == KTAP_FAIL && c->reason && strstr(c->reason, "errno 2"));
	ktap_free(&run);
	free(text);

	/* Without the debug profile there is no scan and no result. */
	parse(suite_ok, &dcc_opt, &run);
	CHECK(find(&run, "kmemleak.scan") == NULL);
	ktap_free(&run);
}

static void test_no_ktap(void)
{
	struct ktap_options opt = dcc_opt;
	struct ktap_run run;

	opt.timed_out = 1;
	parse("OpenSBI v1.1\n", &opt, &run);
	CHECK(run.nr_cases == 1 && status_of(&run, "boot") == KTAP_HANG);
	ktap_free(&run);

	parse("[ 0.1] Kernel panic - not syncing: VFS\n", &dcc_opt, &run);
	CHECK(run.nr_cases == 1 && status_of(&run, "boot") == KTAP_CRASH);
	ktap_free(&run);

	parse("", &dcc_opt, &run);
	CHECK(run.nr_cases == 1 && status_of(&run, "boot") == KTAP_FAIL);
	ktap_free(&run);
}

static void test_not_run_and_missing_plan(void)
{
	struct ktap_run run;
	const struct ktap_case *c;

	parse("KTAP version 1\n1..1\n    # Subtest: s\n    1..3\n    ok 1 a\nok 1 s\n"
	      "dcc-init: done\n", &dcc_opt, &run);
	c = find(&run, "s.(not run)");
	CHECK(c && c->status == KTAP_NOTRUN && strstr(c->reason, "2 of 3"));
	ktap_free(&run);

	/* No plan lines at all: results still count, nothing is "not run". */
	parse("KTAP version 1\n    # Subtest: s\n    ok 1 a\n    ok 2 b\nok 1 s\n"
	      "dcc-init: done\n", &dcc_opt, &run);
	CHECK(run.nr_cases == 2 && status_of(&run, "s.b") == KTAP_PASS);
	ktap_free(&run);
}

static void test_params_and_duplicates(void)
{
	struct ktap_run run;

	parse("KTAP version 1\n1..1\n"
	      "    KTAP version 1\n    # Subtest: s\n    1..2\n"
	      "        KTAP version 1\n        # Subtest: p\n        1..2\n"
	      "        ok 1 one\n        not ok 2 two\n"
	      "    not ok 1 p\n"
	      "    ok 2 dup\n    ok 3 dup\n"
	      "not ok 1 s\n", &(struct ktap_options){ 0 }, &run);
	CHECK(status_of(&run, "s.p.one") == KTAP_PASS);
	CHECK(status_of(&run, "s.p.two") == KTAP_FAIL);
	CHECK(!find(&run, "s.p") && !find(&run, "s"));
	CHECK(run.nr_cases == 4);	/* one, two, dup, dup */
	ktap_free(&run);
}

static void test_splats(void)
{
	struct ktap_run run;

	/* A WARN inside a case that then reports ok: the case crashed. */
	parse("KTAP version 1\n1..1\n    # Subtest: s\n    1..1\n    # a: dcc-start\n"
	      "[ 1.0] WARNING: CPU: 0 PID: 9 at f.c:1 x\n    ok 1 a\nok 1 s\n"
	      "dcc-init: done\n", &dcc_opt, &run);
	CHECK(status_of(&run, "s.a") == KTAP_CRASH);
	ktap_free(&run);

	/* A splat after the suite (module unload): blamed on "kernel". */
	parse("KTAP version 1\n1..1\n    # Subtest: s\n    1..1\n    ok 1 a\nok 1 s\n"
	      "[ 2.0] BUG: unable to handle page fault\ndcc-init: done\n", &dcc_opt, &run);
	CHECK(status_of(&run, "s.a") == KTAP_PASS && status_of(&run, "kernel") == KTAP_CRASH);
	ktap_free(&run);

	/* Complete KTAP but no end-of-run line: the guest died afterwards. */
	parse("KTAP version 1\n1..1\n    # Subtest: s\n    1..1\n    ok 1 a\nok 1 s\n",
	      &dcc_opt, &run);
	CHECK(status_of(&run, "guest") == KTAP_CRASH);
	ktap_free(&run);
}

/*
 * RCU stall reports: a CRASH of the running case, unless the host kept
 * QEMU's vCPUs waiting for a CPU for at least half of the stall's span
 * (host samples, a second apart, up to when its first line reached the
 * console): then the case keeps its verdict and the stall is an
 * observation. Lines as kernel/rcu/tree_stall.h prints them.
 */
#define STALL_HEAD "KTAP version 1\n1..1\n    # Subtest: s\n    1..1\n    # a: dcc-start\n" \
	"[ 30.1] rcu: INFO: rcu_sched detected stalls on CPUs/tasks:\n" \
	"[ 30.1] rcu: \t1-....: (656 ticks this GP) idle=55cc/1/0x4000000000000000 softirq=35/36 fqs=139\n"
#define STALL_SPAN "[ 30.1] rcu: \t(detected by 0, t=752 jiffies, g=-1115, q=26 ncpus=2)\n"
#define STALL_TAIL "    ok 1 a\nok 1 s\ndcc-init: done\n"

static int has_obs(const struct ktap_run *run, const char *test, const char *key, const char *in_value)
{
	size_t i;

	for (i = 0; i < run->nr_obs; i++)
		if (!strcmp(run->obs[i].test, test) && !strcmp(run->obs[i].key, key) &&
		    strstr(run->obs[i].value, in_value))
			return 1;
	return 0;
}

/*
 * A second a sample from 0 to 39 s; the console passes every line by
 * 30 s; the host kept a vCPU waiting @wait ms a second from 26 s to 29 s.
 */
static struct ktap_host_sample samples[40];

static void set_samples(struct ktap_options *opt, long wait)
{
	size_t i;

	for (i = 0; i < 40; i++) {
		samples[i].t_ms = 1000 * i;
		samples[i].bytes = i >= 30 ? 1000000 : 0;
		samples[i].wait_ms = i >= 26 && i <= 29 ? wait : 0;
	}
	opt->host = samples;
	opt->nr_host = 40;
	opt->hz = 250;
}

static void test_stalls(void)
{
	struct ktap_options host = dcc_opt;
	struct ktap_run run;

	CHECK(ktap_is_stall("rcu: INFO: rcu_sched detected stalls on CPUs/tasks:"));
	CHECK(ktap_is_stall("rcu: INFO: rcu_preempt self-detected stall on CPU"));
	CHECK(ktap_is_stall("INFO: rcu_sched detected stalls on CPUs/tasks:"));
	CHECK(!ktap_is_stall("rcu: rcu_sched kthread starved for 5242 jiffies!"));

	/* 752 jiffies at HZ=250: 3 s; the host held QEMU 4 x 900 ms of it. */
	set_samples(&host, 900);
	parse(STALL_HEAD STALL_SPAN STALL_TAIL, &host, &run);
	CHECK(status_of(&run, "s.a") == KTAP_PASS);
	CHECK(has_obs(&run, "s.a", "host_starved_stall", "rcu_sched detected stalls"));
	CHECK(has_obs(&run, "s.a", "host_starved_stall", "QEMU waited 3.6 s of those 3.0 s"));
	CHECK(!run.first_splat && !find(&run, "kernel"));
	ktap_free(&run);

	/* The host let QEMU run (a stuck CPU in the guest): CRASH. */
	set_samples(&host, 300);
	parse(STALL_HEAD STALL_SPAN STALL_TAIL, &host, &run);
	CHECK(status_of(&run, "s.a") == KTAP_CRASH);
	CHECK(find(&run, "s.a") && strstr(find(&run, "s.a")->reason, "detected stalls"));
	CHECK(!run.nr_obs);
	ktap_free(&run);

	/* No samples (make report on an older run, kunit.py, LAVA): CRASH. */
	parse(STALL_HEAD STALL_SPAN STALL_TAIL, &dcc_opt, &run);
	CHECK(status_of(&run, "s.a") == KTAP_CRASH);
	ktap_free(&run);

	/* The waiting was long before the stall's span: CRASH. */
	set_samples(&host, 0);
	samples[5].wait_ms = 900;
	samples[6].wait_ms = 900;
	samples[7].wait_ms = 900;
	samples[8].wait_ms = 900;
	parse(STALL_HEAD STALL_SPAN STALL_TAIL, &host, &run);
	CHECK(status_of(&run, "s.a") == KTAP_CRASH);
	ktap_free(&run);

	/* A span line after the report ended (a KTAP line came) is not its. */
	set_samples(&host, 900);
	parse(STALL_HEAD "    # a: still running\n" STALL_SPAN STALL_TAIL, &host, &run);
	CHECK(status_of(&run, "s.a") == KTAP_CRASH);
	ktap_free(&run);

	/* A WARN before the stall stays the case's CRASH. */
	parse("KTAP version 1\n1..1\n    # Subtest: s\n    1..1\n    # a: dcc-start\n"
	      "[ 1.0] WARNING: CPU: 0 PID: 9 at f.c:1 x\n"
	      "[ 30.1] rcu: INFO: rcu_sched self-detected stall on CPU\n"
	      "[ 30.1] rcu: \t(t=752 jiffies g=-1115 q=26 ncpus=2)\n" STALL_TAIL,
	      &host, &run);
	CHECK(status_of(&run, "s.a") == KTAP_CRASH);
	CHECK(find(&run, "s.a") && strstr(find(&run, "s.a")->reason, "WARNING"));
	ktap_free(&run);

	/* Between cases: observed under "kernel", no CRASH row. */
	parse("KTAP version 1\n1..1\n    # Subtest: s\n    1..1\n    ok 1 a\nok 1 s\n"
	      "[ 30.0] rcu: INFO: rcu_sched self-detected stall on CPU\n"
	      "[ 30.0] rcu: \t(t=752 jiffies g=-1115 q=26 ncpus=2)\ndcc-init: done\n", &host, &run);
	CHECK(status_of(&run, "s.a") == KTAP_PASS && !find(&run, "kernel"));
	CHECK(has_obs(&run, "kernel", "host_starved_stall", "self-detected stall"));
	ktap_free(&run);
	parse("KTAP version 1\n1..1\n    # Subtest: s\n    1..1\n    ok 1 a\nok 1 s\n"
	      "[ 30.0] rcu: INFO: rcu_sched self-detected stall on CPU\n"
	      "[ 30.0] rcu: \t(t=752 jiffies g=-1115 q=26 ncpus=2)\ndcc-init: done\n", &dcc_opt, &run);
	CHECK(status_of(&run, "kernel") == KTAP_CRASH);
	ktap_free(&run);

	/* Before any KTAP: a starved stall at boot is no boot failure. */
	parse("[ 5.0] rcu: INFO: rcu_sched detected stalls on CPUs/tasks:\n" STALL_SPAN
	      "KTAP version 1\n1..1\n    # Subtest: s\n    1..1\n    ok 1 a\nok 1 s\n"
	      "dcc-init: done\n", &host, &run);
	CHECK(status_of(&run, "s.a") == KTAP_PASS && !run.first_splat);
	ktap_free(&run);
}

static void test_hostile(void)
{
	struct ktap_run run;
	size_t n = 1 << 20, i;
	char *big = malloc(n + 64), *deep;

	/* One very long line in the middle of a suite. */
	strcpy(big, "KTAP version 1\n    # Subtest: s\n    # ");
	for (i = strlen(big); i < n; i++)
		big[i] = 'x';
	strcpy(big + n, "\n    ok 1 a\nok 1 s\n");
	parse(big, &(struct ktap_options){ 0 }, &run);
	CHECK(status_of(&run, "s.a") == KTAP_PASS);
	ktap_free(&run);
	free(big);

	/* Nesting deeper than the reader tracks must not crash it. */
	deep = calloc(1, 1 << 16);
	for (i = 0; i < 40; i++)
		sprintf(deep + strlen(deep), "%*sKTAP version 1\n%*s# Subtest: l%zu\n",
			(int)(4 * i), "", (int)(4 * i), "", i);
	sprintf(deep + strlen(deep), "%*sok 1 leaf\n", 4 * 39, "");
	parse(deep, &(struct ktap_options){ 0 }, &run);
	CHECK(run.nr_cases >= 1);
	ktap_free(&run);
	free(deep);

	/* Result lines with odd spacing and no names. */
	parse("KTAP version 1\n1..2\nok 1\nnot ok 2 - dashed name # TODO later\n",
	      &(struct ktap_options){ 0 }, &run);
	CHECK(run.nr_cases == 2 && status_of(&run, "dashed name") == KTAP_FAIL);
	ktap_free(&run);
}

/* Write @text to a temporary table and load it; 0 or -1. */
static int load_table(const char *text, struct expect_table *t, char *err, size_t len)
{
	char path[] = "/tmp/dcc-expect-XXXXXX";
	int fd = mkstemp(path), ret;
	FILE *f = fd < 0 ? NULL : fdopen(fd, "w");

	if (!f)
		return -2;
	fputs(text, f);
	fclose(f);
	ret = expect_load(path, t, err, len);
	unlink(path);
	return ret;
}

static void test_expect(void)
{
	struct ktap_case cases[] = {
		{ .name = strdup("dcc_a.x"), .status = KTAP_SKIP, .reason = strdup("no FOO") },
		{ .name = strdup("kmemleak.scan"), .status = KTAP_PASS },
		{ .name = strdup("dcc_a.p.one"), .status = KTAP_FAIL, .reason = strdup("emu late") },
		{ .name = strdup("dcc_a.p.two"), .status = KTAP_PASS },
		{ .name = strdup("dcc_a.p.two.deeper"), .status = KTAP_SKIP, .reason = strdup("no FOO") },
	};
	struct expect_table t;
	char err[256];
	size_t i;

	/* '*' is the suite's cases only; a case row covers its parameters, one level. */
	CHECK(!load_table("# c\n*\tmodule\tdcc_a.p\tEMUFAIL\temu\n6.1\t*\t*\tSKIP\tno FOO\n",
			  &t, err, sizeof(err)));
	CHECK(!expect_apply(&t, "6.1", "module", cases, 5));
	CHECK(cases[0].status == KTAP_SKIP);
	CHECK(cases[1].status == KTAP_PASS);
	CHECK(cases[2].status == KTAP_XFAIL);
	CHECK(cases[3].status == KTAP_PASS);
	CHECK(cases[4].status == KTAP_SKIP);	/* the '*' row, not dcc_a.p */
	/* Another series: the SKIP is unexpected. */
	CHECK(!expect_apply(&t, "6.12", "module", cases, 1));
	CHECK(cases[0].status == KTAP_FAIL && strstr(cases[0].reason, "unexpected SKIP"));
	expect_free(&t);
	for (i = 0; i < 5; i++) {
		free(cases[i].name);
		free(cases[i].reason);
	}
	/* Malformed tables: one line naming the place and the fix. */
	CHECK(load_table("6.12\tmodule\tx\tSKIP\n", &t, err, sizeof(err)) == -1 &&
	      strstr(err, ":1: not 5 tab-separated fields"));
	CHECK(load_table("6.12\tmoduel\tx\tSKIP\t.\n", &t, err, sizeof(err)) == -1 &&
	      strstr(err, "bad payload"));
	CHECK(load_table("6.121a\tmodule\tx\tSKIP\t.\n", &t, err, sizeof(err)) == -1 &&
	      strstr(err, "bad series"));
	CHECK(load_table("*\t*\tx\tSKIP\t(\n", &t, err, sizeof(err)) == -1 &&
	      strstr(err, "bad reason regex"));
	CHECK(load_table("*\t*\tx\tMAYBE\t.\n", &t, err, sizeof(err)) == -1 &&
	      strstr(err, "unknown status"));
}

/*
 * Each case's console lines, the report's evidence: from its start marker
 * (or the line after the case before) to its result; a case cut short by
 * a hang runs to the last line.
 */
static void test_case_lines(void)
{
	static const char log[] =
		"boot noise\n"				/* 1 */
		"KTAP version 1\n"			/* 2 */
		"1..1\n"					/* 3 */
		"    # Subtest: dcc_direct\n"		/* 4 */
		"    1..3\n"				/* 5 */
		"    # dcc_basic: dcc-start\n"		/* 6 */
		"    ok 1 dcc_basic\n"			/* 7 */
		"    ok 2 dcc_multi # SKIP no\n"		/* 8 */
		"    # dcc_stress: dcc-start\n"		/* 9 */
		"rcu: something\n"			/* 10 */
		"more\n";				/* 11 */
	struct ktap_options opt = dcc_opt;
	struct ktap_run run;
	const struct ktap_case *c;

	opt.timed_out = 1;
	parse(log, &opt, &run);
	c = find(&run, "dcc_direct.dcc_basic");
	CHECK(c && c->first_line == 6 && c->last_line == 7);
	c = find(&run, "dcc_direct.dcc_multi");
	CHECK(c && c->first_line == 8 && c->last_line == 8);
	c = find(&run, "dcc_direct.dcc_stress");
	CHECK(c && c->status == KTAP_HANG && c->first_line == 9 && c->last_line == 11);
	ktap_free(&run);
}

int main(void)
{
	test_expect();
	test_strip_prefix();
	test_case_lines();
	test_splat();
	test_status_names();
	test_suite();
	test_crlf_and_garbage();
	test_truncated_hang();
	test_stop_reasons();
	test_kmemleak();
	test_no_ktap();
	test_not_run_and_missing_plan();
	test_params_and_duplicates();
	test_splats();
	test_stalls();
	test_hostile();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
