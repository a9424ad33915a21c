# SPDX-License-Identifier: GPL-2.0
# dcc: ftrace direct-call conformance suite. One pipeline, one direction:
#   config -> kernel -> module -> guest -> run/parse -> report
# Each stage is a script in scripts/ that reads only what the previous one
# wrote. Knobs (all optional): ARCH, KVER, KSRC, O, CROSS_COMPILE, LLVM, V,
# RESULTS, TIMEOUT, CMDLINE, EXTRA_FRAGMENT, QEMU, PAYLOAD (module|builtin),
# BOARD. Variables given on the
# make command line reach the scripts through the environment.

# The arches: one arch-*/arch.conf each (scripts/lib.sh reads them).
ARCHES := $(shell bash -c '. scripts/lib.sh && echo $$DCC_ARCHES')
# "make conformance" without ARCH runs every arch (with BOARD=, the board's).
BOARD_ARCH = $(shell sed -n 's/^arch: *//p' lava-jobs/targets/$(BOARD).yaml 2>/dev/null)
RUN_ARCHES = $(if $(ARCH),$(ARCH),$(if $(BOARD_ARCH),$(BOARD_ARCH),$(ARCHES)))

HOST_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Werror
HOST_BUILD := host/build
HOST_TOOLS := $(HOST_BUILD)/dcc-ktap $(HOST_BUILD)/dcc-report $(HOST_BUILD)/dcc-compare

.PHONY: all help setup host conformance config kernel module guest run soak check board \
	check-full negative-control kernel-checks negative-matrix matrix report compare clean \
	lava-jobs lava-run lava-convert install-intree kunit bench

all: help

help:
	@echo "make setup                   install packages, unpack kernel sources"
	@echo "make ARCH=riscv conformance  build, boot, run and judge one arch"
	@echo "make conformance             the same for riscv, arm64 and x86_64"
	@echo "make soak ARCH=riscv RUNS=100  boot one kernel RUNS times, count each outcome"
	@echo "make board BOARD=hifive-unleashed-a00  a board's kernel and DTB, booted where QEMU models it"
	@echo "make check                   every test (host, bad input, all arches)"
	@echo "make lava-jobs               LAVA job definitions for every target (see README)"
	@echo "make install-intree KSRC=..  add the suite to a kernel tree (CONFIG_FTRACE_DIRECT_CONFORMANCE)"
	@echo "make kunit ARCH=riscv        the suite under the kernel's kunit.py"
	@echo "make bench                   per-call cost per arch, and the suite's own speed"

setup:
	@scripts/setup.sh

host: $(HOST_TOOLS)

$(HOST_BUILD)/dcc-%: host/dcc-%.c host/run.c host/run.h host/ktap.c host/ktap.h host/expect.c host/expect.h
	@mkdir -p $(HOST_BUILD)
	$(CC) $(HOST_CFLAGS) -o $@ $< host/run.c host/ktap.c host/expect.c

# Every arch runs even if another failed; the status is the worst. Several
# arches run at the same time (SERIAL=1: one after another).
conformance: host
	@scripts/conformance-all.sh $(RUN_ARCHES)

# Single stages, for one ARCH (default riscv), when iterating by hand.
STAGE_ARCH = $(if $(ARCH),$(ARCH),$(if $(BOARD_ARCH),$(BOARD_ARCH),riscv))
config:
	@scripts/config.sh $(STAGE_ARCH)
kernel: config
	@scripts/build-kernel.sh $(STAGE_ARCH)
module:
	@scripts/build-module.sh $(STAGE_ARCH)
guest: module
	@scripts/initramfs.sh $(STAGE_ARCH)
run: host
	@scripts/run-guest.sh $(STAGE_ARCH)

# Board kernels (README "Board kernels"): BOARD= one board, else every
# board of ARCH (default: every arch); booted here where QEMU models it.
board: host
	@scripts/board.sh $(BOARD)

# Boot the same kernel RUNS times (SOAK_JOBS at once): the rate of each outcome.
soak: host
	@scripts/soak.sh $(STAGE_ARCH)

# Every arch x every packaged series (6.1, 6.12, 7.3), plus the riscv 6.1
# t0 control, so that "make report" shows the reference scheme next to the
# rejected one and each arch's behaviour across the three kernels.
SERIES_LIST := $(shell bash -c '. scripts/lib.sh && dcc_packaged_series')
matrix: host
	@rc=0; for v in $(SERIES_LIST); do for a in $(ARCHES); do \
		KVER=$$v scripts/conformance.sh $$a || rc=1; \
	done; done; scripts/negative-control.sh riscv-6.1-t0 || rc=1; exit $$rc

report: host
	@scripts/report.sh

compare: host
	@scripts/compare.sh

check:
	@DCC_SETUP_TESTS=1 scripts/setup.sh
	@tests/run.sh

# The heavier matrix: 6.1 on every arch, every fault on every arch, the
# 6.12 negative controls. Run before resolving the issues that add them.
check-full:
	@DCC_SETUP_TESTS=1 scripts/setup.sh
	@CHECKS="host bad-input e2e bench lava board board-full intree negative rebuild compat v6.1 v7.3 full intree-full" tests/run.sh

# One negative control: make negative-control NC=riscv-6.1-t0
negative-control: host
	@scripts/negative-control.sh $(NC)
# The kernel's own checks (FTRACE_STARTUP_TEST, samples/ftrace) alone on
# a control's kernel: make kernel-checks NC=x86_64-6.12-baseline
kernel-checks: host
	@NC_ONLY=kernel scripts/negative-control.sh $(NC)
# Every control of a series (KVER, default 6.12; ARCH: one arch), as a table.
negative-matrix: host
	@scripts/negative-matrix.sh

# LAVA board farms (lava-jobs/, README "LAVA"). Knobs: ARCH, TARGET,
# ARTIFACTS_URL, PAYLOAD, LAVA_OUT; lava-convert: LAVA_JOB, LAVA_LOG,
# LAVA_RESULTS, LAVA_JOB_ID.
lava-jobs:
	@scripts/lava-jobs.sh
# The qemu job of each arch through the real lava-run, here.
lava-run: host
	@rc=0; for a in $(RUN_ARCHES); do \
		scripts/lava-run.sh $$a || rc=1; \
	done; exit $$rc
lava-convert:
	@scripts/lava-convert.sh

# In-tree mode (README "Three ways to run"). install-intree changes the
# tree KSRC names, and only it; ARCH limits the arch backends installed.
install-intree:
	@scripts/intree.sh "$(KSRC)" $(ARCH)
# kunit.py from a hard-linked copy of the tree with the suite installed.
kunit: host
	@rc=0; for a in $(RUN_ARCHES); do \
		scripts/kunit.sh $$a || rc=1; \
	done; exit $$rc

# Figures, not tests (README "Benchmarks"). Knobs: ARCH, BENCH=percall|suite,
# BENCH_RUNS, BENCH_COLD=0, BENCH_CALLS, RESULTS.
bench: host
	@scripts/bench.sh

clean:
	rm -rf $(HOST_BUILD)
