/* SPDX-License-Identifier: GPL-2.0 */
/*
 * expect.h - the policy layer over a parsed run: which outcomes an arch,
 * kernel series and payload may give (arch-<arch>/expect.tsv), applied to
 * the cases ktap_read() found. A case with no row must PASS.
 *
 * Table: tab-separated "series payload case status reason-regex" lines,
 * '#' comments. series and payload may be '*'; case is "suite.case"
 * (also every "suite.case.param"), "suite.case.param" or '*'. status:
 *   SKIP     must SKIP with a reason matching the regex
 *   XFAIL    must FAIL with a matching reason (a known gap); a PASS means
 *            the table is stale and fails
 *   EMUFAIL  may FAIL with a matching reason (emulator behaviour that
 *            shows on some runs): such a FAIL is XFAIL, a PASS is a PASS
 *   RACEFAIL the same for kernel behaviour that shows only when a timing
 *            window is hit (a known kernel race, named in the table)
 * The first matching row wins.
 */
#ifndef DCC_EXPECT_H
#define DCC_EXPECT_H

#include <regex.h>
#include <stddef.h>
#include "ktap.h"

enum expect_kind { EXPECT_SKIP, EXPECT_XFAIL, EXPECT_EMUFAIL, EXPECT_RACEFAIL };

struct expect_row {
	char *series, *payload, *name, *pattern;
	enum expect_kind kind;
	regex_t re;
	int line;
};

struct expect_table {
	char *path;		/* as given, for messages */
	struct expect_row *rows;
	size_t nr;
};

/*
 * Load @path. Returns 0, or -1 with "<path>:<line>: problem: fix" in @err
 * (unreadable, wrong column count, unknown status, bad regex).
 */
int expect_load(const char *path, struct expect_table *t, char *err, size_t errlen);
void expect_free(struct expect_table *t);

/*
 * Judge every case of @run for @series and @payload: an unexpected SKIP,
 * a SKIP for another reason, a PASS where a SKIP or an XFAIL is expected
 * become FAIL naming why; a FAIL matching an XFAIL or EMUFAIL row becomes
 * XFAIL. Returns 0, or -1 if memory ran out.
 */
int expect_apply(const struct expect_table *t, const char *series, const char *payload,
		 struct ktap_case *cases, size_t nr_cases);

#endif /* DCC_EXPECT_H */
