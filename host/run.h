/* SPDX-License-Identifier: GPL-2.0 */
/*
 * run.h - one guest run as the results directory holds it: the raw console
 * (re-read, it is the source of truth), how QEMU ended, and the metadata
 * scripts/run-guest.sh wrote next to it.
 */
#ifndef DCC_RUN_H
#define DCC_RUN_H

#include "ktap.h"

#define RUN_FORMAT	"1"

struct run {
	char *dir;
	char *arch;		/* "riscv" */
	char *series;		/* "6.12" */
	char *kernel_version;	/* "6.12.117" */
	char *variant;		/* "" or the patch set, e.g. "arch-riscv/patches/6.1" */
	char *label;		/* "riscv 6.12.117" (+ " + variant") */
	char *env;		/* env.txt, whole */
	char *qemu_cmd;		/* qemu-cmd.txt, whole */
	char *boot_retry;	/* hung-boot/why.txt: a known boot hang booted again */
	int timed_out;
	int qemu_status;
	struct ktap_run ktap;
};

/*
 * Load a run directory. Returns 0, or -1 with a one-line reason in @err
 * (not a results directory, unreadable, another format version).
 */
int run_load(const char *dir, struct run *run, char *err, size_t errlen);
void run_free(struct run *run);

/* The status of @name in @run, or -1 if the run has no such case. */
int run_case_status(const struct run *run, const char *name);
const struct ktap_case *run_find_case(const struct run *run, const char *name);

/* Read a whole file; NULL if it cannot be read. */
char *read_text(const char *path);
/* Value of "key=value" in a key=value text; NULL if absent (malloc'd). */
char *kv_get(const char *text, const char *key);

#endif /* DCC_RUN_H */
