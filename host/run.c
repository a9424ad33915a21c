// SPDX-License-Identifier: GPL-2.0
/*
 * run.c - load one results directory written by scripts/run-guest.sh.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "expect.h"
#include "run.h"

char *read_text(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (!f)
		return NULL;
	for (;;) {
		if (cap - len < 4096) {
			char *nb = realloc(buf, cap ? cap * 2 : 8192);

			if (!nb) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
			cap = cap ? cap * 2 : 8192;
		}
		n = fread(buf + len, 1, cap - len - 1, f);
		len += n;
		if (n == 0)
			break;
	}
	buf[len] = 0;
	fclose(f);
	return buf;
}

char *kv_get(const char *text, const char *key)
{
	size_t klen = strlen(key);
	const char *p = text;

	while (p && *p) {
		if (!strncmp(p, key, klen) && p[klen] == '=') {
			const char *v = p + klen + 1;

			return strndup(v, strcspn(v, "\n"));
		}
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	return NULL;
}

static char *path_in(const char *dir, const char *file)
{
	char *p;

	return asprintf(&p, "%s/%s", dir, file) < 0 ? NULL : p;
}

/* A kernel's console: its banner or KTAP somewhere, not random bytes. */
static int looks_like_console(FILE *in)
{
	char *line = NULL;
	size_t cap = 0;
	int found = 0;

	while (!found && getline(&line, &cap, in) >= 0)
		found = strstr(line, "Linux version ") || strstr(line, "KTAP version ") ||
			strstr(line, "TAP version ");
	free(line);
	return found;
}

/*
 * The expected-outcome table run-guest.sh copied into the run directory,
 * applied as dcc-ktap applied it (same series, same payload), so that a
 * report re-reading the console gives the statuses of results.tsv.
 */
static int run_apply_expect(const char *dir, struct run *run, char *err, size_t errlen)
{
	char *path = path_in(dir, "expect.tsv"), *payload, *facts;
	struct expect_table table;
	int ret;

	if (!path || access(path, F_OK)) {
		free(path);
		return 0;
	}
	ret = expect_load(path, &table, err, errlen);
	free(path);
	if (ret)
		return -1;
	payload = kv_get(run->env ? run->env : "", "payload");
	/* The series whose facts judged the run, if not the kernel's own. */
	facts = kv_get(run->env ? run->env : "", "facts_series");
	ret = expect_apply(&table, facts ? facts : run->series ? run->series : "",
			   payload ? payload : "module", run->ktap.cases, run->ktap.nr_cases);
	free(facts);
	free(payload);
	expect_free(&table);
	if (ret)
		snprintf(err, errlen, "out of memory judging %s", dir);
	return ret;
}

int run_load(const char *dir, struct run *run, char *err, size_t errlen)
{
	char *stopped;
	struct ktap_options opt = {
		.sentinel = "dcc-init: done",
		.start_marker = "dcc-start",
	};
	char *p, *status, *format, *profile, *hz;
	FILE *in;
	int ret;

	memset(run, 0, sizeof(*run));
	run->dir = strdup(dir);
	p = path_in(dir, "env.txt");
	run->env = p ? read_text(p) : NULL;
	free(p);
	if (!run->env) {
		snprintf(err, errlen, "%s is not a dcc results directory (no env.txt)", dir);
		return -1;
	}
	format = kv_get(run->env, "results_format");
	if (format && strcmp(format, RUN_FORMAT)) {
		snprintf(err, errlen, "%s was written by another dcc version (results format %s, this reads %s)",
			 dir, format, RUN_FORMAT);
		free(format);
		return -1;
	}
	free(format);
	run->arch = kv_get(run->env, "arch");
	run->series = kv_get(run->env, "series");
	run->kernel_version = kv_get(run->env, "kernel_version");
	run->variant = kv_get(run->env, "patches");
	if (!run->arch || !run->series || !run->kernel_version) {
		snprintf(err, errlen, "%s/env.txt lacks arch, series or kernel_version", dir);
		return -1;
	}
	if (!run->variant)
		run->variant = strdup("");
	/* "dir/0001-a.patch dir/0002-b.patch" -> "dir": the patch set. */
	if (run->variant && strchr(run->variant, '/')) {
		char *cut = strchr(run->variant, ' ');

		if (cut)
			*cut = 0;
		*strrchr(run->variant, '/') = 0;
	}
	profile = kv_get(run->env, "profile");
	if (asprintf(&run->label, "%s %s%s%s%s", run->arch, run->kernel_version,
		     *run->variant ? " + " : "", run->variant,
		     profile && !strcmp(profile, "debug") ? " (PROFILE=debug)" : "") < 0)
		run->label = NULL;
	free(profile);
	/* PAYLOAD=builtin: the suite ran at boot, built into the kernel. */
	p = kv_get(run->env, "payload");
	if (p && !strcmp(p, "builtin") && run->label) {
		char *builtin;

		if (asprintf(&builtin, "%s (built in)", run->label) >= 0) {
			free(run->label);
			run->label = builtin;
		}
	}
	free(p);
	/* A LAVA run (lava-jobs/convert.py) says where it ran: "... on LAVA qemu-x86_64". */
	p = kv_get(run->env, "lava_target");
	if (p && run->label) {
		char *with_target;

		if (asprintf(&with_target, "%s on LAVA %s", run->label, p) >= 0) {
			free(run->label);
			run->label = with_target;
		}
	}
	free(p);
	/* A board kernel (BOARD=): "... on hifive-unleashed-a00 (QEMU sifive_u)". */
	p = kv_get(run->env, "board");
	if (p && *p && run->label) {
		char *machine = kv_get(run->env, "machine"), *with_board;

		if (asprintf(&with_board, "%s on %s%s%s%s", run->label, p,
			     machine && *machine ? " (QEMU " : "", machine ? machine : "",
			     machine && *machine ? ")" : "") >= 0) {
			free(run->label);
			run->label = with_board;
		}
		free(machine);
	}
	free(p);
	p = path_in(dir, "qemu-cmd.txt");
	run->qemu_cmd = p ? read_text(p) : NULL;
	free(p);
	/* Written by run-guest.sh when the known boot hang was booted again. */
	p = path_in(dir, "hung-boot/why.txt");
	run->boot_retry = p ? read_text(p) : NULL;
	free(p);
	if (run->boot_retry)
		run->boot_retry[strcspn(run->boot_retry, "\n")] = 0;
	p = path_in(dir, "qemu-exit-status");
	status = p ? read_text(p) : NULL;
	free(p);
	run->qemu_status = status ? atoi(status) : -1;
	free(status);
	/* Written by run-guest.sh when QEMU died or failed, not timed out. */
	p = path_in(dir, "qemu-stopped");
	stopped = p ? read_text(p) : NULL;
	free(p);
	if (stopped)
		stopped[strcspn(stopped, "\n")] = 0;
	run->timed_out = run->qemu_status == 137 && !stopped;
	opt.timed_out = run->timed_out;
	opt.stopped = stopped;
	/* Written by run-guest.sh: what the host did to QEMU, and the HZ. */
	p = path_in(dir, "host-samples.tsv");
	hz = kv_get(run->env ? run->env : "", "hz");
	if (p && hz && access(p, R_OK) == 0) {
		opt.hz = strtol(hz, NULL, 10);
		if (ktap_host_load(p, &opt, err, errlen)) {
			free(p);
			free(hz);
			free(stopped);
			return -1;
		}
	}
	free(p);
	free(hz);

	p = path_in(dir, "console.log");
	in = p ? fopen(p, "r") : NULL;
	if (!in) {
		snprintf(err, errlen, "cannot read %s: %s", p ? p : dir, strerror(errno));
		free(p);
		free(stopped);
		ktap_host_free(&opt);
		return -1;
	}
	free(p);
	if (fgetc(in) == EOF) {
		snprintf(err, errlen,
			 "%s/console.log is empty: the guest printed nothing (see qemu-stderr.log there); rerun make conformance",
			 dir);
		fclose(in);
		free(stopped);
		ktap_host_free(&opt);
		return -1;
	}
	rewind(in);
	if (!looks_like_console(in)) {
		snprintf(err, errlen,
			 "%s/console.log is not a guest console log (no 'Linux version' banner, no KTAP): rerun make conformance, or move that directory out of RESULTS",
			 dir);
		fclose(in);
		free(stopped);
		ktap_host_free(&opt);
		return -1;
	}
	rewind(in);
	ret = ktap_read(in, &opt, &run->ktap);
	fclose(in);
	free(stopped);
	ktap_host_free(&opt);
	if (ret) {
		snprintf(err, errlen, "out of memory reading %s/console.log", dir);
		return -1;
	}
	return run_apply_expect(dir, run, err, errlen);
}

void run_free(struct run *run)
{
	free(run->dir);
	free(run->arch);
	free(run->series);
	free(run->kernel_version);
	free(run->variant);
	free(run->label);
	free(run->env);
	free(run->qemu_cmd);
	free(run->boot_retry);
	ktap_free(&run->ktap);
	memset(run, 0, sizeof(*run));
}

const struct ktap_case *run_find_case(const struct run *run, const char *name)
{
	size_t i;

	for (i = 0; i < run->ktap.nr_cases; i++)
		if (!strcmp(run->ktap.cases[i].name, name))
			return &run->ktap.cases[i];
	return NULL;
}

int run_case_status(const struct run *run, const char *name)
{
	const struct ktap_case *c = run_find_case(run, name);

	return c ? (int)c->status : -1;
}
