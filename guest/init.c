// SPDX-License-Identifier: GPL-2.0
/*
 * /init for the conformance guest, built with the kernel's nolibc.
 *
 * Mounts what the suite needs, loads the modules listed in /dcc/modules in
 * order (KUnit runs a module's suites before finit_module() returns),
 * unloads them in reverse order, prints the sentinel line and reboots;
 * QEMU runs with -no-reboot, so a reboot ends the run. Module parameters
 * come from the kernel command line as "<module>.<param>=<value>", the way
 * modprobe collects them.
 *
 * Run again by the kernel as a usermode helper (not as pid 1), it does one
 * thing the suite cannot do from inside the kernel and exits with 0 or an
 * errno: "load NAME", "unload NAME" (modules in /dcc), "write FILE VALUE"
 * (tracefs files have no write_iter, so kernel_write() cannot),
 * "find FILE A B" (0 if a line of FILE contains both A and B),
 * "graph FILE FUNC" (0 if function_graph output shows FUNC entered and
 * returned) and "show FILE" (copy FILE to the console, for a diagnosis).
 * "crash" kills the helper with SIGSEGV: the suite's test that a helper
 * dying of a signal is a failure, never a success.
 *
 * With "dcc.samples=1" on the command line, pid 1 first runs the kernel's
 * own direct-call samples (samples/ftrace/ftrace-direct*.ko, listed in
 * /dcc/samples), see run_samples().
 */
/* nolibc in 7.x calls its raw syscall macros __nolibc_syscallN. */
#if !defined(my_syscall2) && defined(__nolibc_syscall2)
#define my_syscall2	__nolibc_syscall2
#define my_syscall3	__nolibc_syscall3
#endif
/* Older nolibc (6.1) defines the reboot commands itself. */
#ifndef LINUX_REBOOT_CMD_RESTART
#include <linux/reboot.h>
#endif

#define MAX_MODULES	8
#define NAME_LEN	64

static char cmdline[4096];
static char list[1024];
static char names[MAX_MODULES][NAME_LEN];

static long read_file(const char *path, char *buf, long size)
{
	long n, total = 0;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return -1;
	while (total < size - 1 && (n = read(fd, buf + total, size - 1 - total)) > 0)
		total += n;
	buf[total] = 0;
	close(fd);
	return total;
}

/* Whether @tok starts with module @name, '-' and '_' alike (as the kernel's). */
static int module_prefix(const char *tok, const char *name, long len)
{
	long i;

	for (i = 0; i < len; i++)
		if (tok[i] != name[i] &&
		    !((tok[i] == '-' || tok[i] == '_') && (name[i] == '-' || name[i] == '_')))
			return 0;
	return 1;
}

/*
 * params: every "name.key=value" token of the command line, as "key=value
 * ...": 0, or -1 if they do not fit in @size (a parameter left out would
 * run the suite as if it had not been asked for).
 */
static int module_params(const char *name, char *out, long size)
{
	long len = strlen(name), o = 0;
	char *p = cmdline;

	out[0] = 0;
	while (*p) {
		char *tok = p;

		while (*p && *p != ' ' && *p != '\n')
			p++;
		if (p - tok > len + 1 && module_prefix(tok, name, len) && tok[len] == '.') {
			if (o + (p - tok - len) + 1 >= size)
				return -1;
			memcpy(out + o, tok + len + 1, p - tok - len - 1);
			o += p - tok - len - 1;
			out[o++] = ' ';
			out[o] = 0;
		}
		while (*p == ' ' || *p == '\n')
			p++;
	}
	return 0;
}

static int load_module(const char *name)
{
	char path[NAME_LEN + 16], params[1024];
	int fd, ret;

	if (strlen(name) >= NAME_LEN)
		return -1;
	memcpy(path, "/dcc/", 5);
	memcpy(path + 5, name, strlen(name));
	memcpy(path + 5 + strlen(name), ".ko", 4);
	if (module_params(name, params, sizeof(params))) {
		printf("dcc-init: load %s failed: its parameters on the command line are longer than %d bytes\n",
		       name, (int)sizeof(params) - 1);
		return -1;
	}
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		printf("dcc-init: cannot open %s: errno %d\n", path, errno);
		return -1;
	}
	printf("dcc-init: loading %s %s\n", name, params);
	ret = my_syscall3(__NR_finit_module, fd, params, 0);
	close(fd);
	if (ret < 0) {
		printf("dcc-init: load %s failed: errno %d\n", name, -ret);
		return -1;
	}
	return 0;
}

/*
 * write_file() - write @val to @path, truncating it; 0 or -errno. Tracefs's
 * set_ftrace_filter takes one function per write() and says so: loop.
 */
static int write_file(const char *path, const char *val)
{
	long len = strlen(val), n;
	int fd, ret = 0;

	fd = open(path, O_WRONLY | O_TRUNC);
	if (fd < 0)
		return -errno;
	for (; len > 0; val += n, len -= n) {
		n = write(fd, val, len);
		if (n <= 0) {
			ret = n < 0 ? -errno : -EIO;
			break;
		}
	}
	close(fd);
	return ret;
}

/* strstr(), which 6.1's nolibc lacks. */
static int contains(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (!strncmp(hay, needle, n))
			return 1;
	return !n;
}

/* mount_once() - mount @type on @dir unless @probe (a file in it) exists. */
static void mount_once(const char *type, const char *dir, const char *probe)
{
	int fd = open(probe, O_RDONLY);

	if (fd >= 0) {
		close(fd);
		return;
	}
	mount(type, dir, type, 0, NULL);
}

/*
 * What the helper verbs use. A suite built into the kernel runs during
 * boot, before pid 1 exists: its first helper mounts these, and pid 1
 * finds them mounted.
 */
static void mount_helper_fs(void)
{
	mount_once("proc", "/proc", "/proc/cmdline");
	mount_once("sysfs", "/sys", "/sys/kernel");
	mount_once("tracefs", "/sys/kernel/tracing", "/sys/kernel/tracing/trace");
}

/* Usermode-helper mode: 0 or -errno (the exit status is the errno). */
static int helper(int argc, char **argv)
{
	static char buf[65536];
	char path[NAME_LEN + 16];
	long len;
	char *p;
	int fd, ret;

	mount_helper_fs();
	if (argc >= 2 && !strcmp(argv[1], "crash")) {
		kill(getpid(), SIGSEGV);
		return -EFAULT;
	}
	if (argc == 3 && !strcmp(argv[1], "load")) {
		if (strlen(argv[2]) >= NAME_LEN)
			return -ENAMETOOLONG;
		memcpy(path, "/dcc/", 5);
		memcpy(path + 5, argv[2], strlen(argv[2]));
		memcpy(path + 5 + strlen(argv[2]), ".ko", 4);
		fd = open(path, O_RDONLY);
		if (fd < 0)
			return -errno;
		ret = my_syscall3(__NR_finit_module, fd, "", 0);
		close(fd);
		return ret < 0 ? ret : 0;
	}
	if (argc == 3 && !strcmp(argv[1], "unload")) {
		ret = my_syscall2(__NR_delete_module, argv[2], O_NONBLOCK);
		return ret < 0 ? ret : 0;
	}
	if (argc == 4 && !strcmp(argv[1], "write"))
		return write_file(argv[2], argv[3]);
	if (argc == 5 && !strcmp(argv[1], "find")) {
		len = read_file(argv[2], buf, sizeof(buf));
		if (len < 0)
			return -errno;
		for (p = buf; *p; ) {
			char *eol = strchr(p, '\n');

			if (eol)
				*eol = 0;
			if (contains(p, argv[3]) && contains(p, argv[4]))
				return 0;
			if (!eol)
				break;
			p = eol + 1;
		}
		return -ENOENT;
	}
	if (argc == 4 && !strcmp(argv[1], "graph")) {
		long col = -1;

		/*
		 * function_graph output: FUNC is called and returns if it is a
		 * leaf "FUNC();" or "FUNC() {" closed by a "}" in FUNC's column
		 * (interrupts may nest inside it).
		 */
		len = read_file(argv[2], buf, sizeof(buf));
		if (len < 0)
			return -errno;
		for (p = buf; *p; ) {
			char *eol = strchr(p, '\n');
			char *f;

			if (eol)
				*eol = 0;
			for (f = p; *f && strncmp(f, argv[3], strlen(argv[3])); f++)
				;
			if (col < 0 && *f) {
				if (contains(f, "();"))
					return 0;
				if (contains(f, "{"))
					col = f - p;
			} else if (col >= 0 && (long)strlen(p) > col && p[col] == '}') {
				return 0;
			}
			if (!eol)
				break;
			p = eol + 1;
		}
		return -ENOENT;
	}
	if (argc == 3 && !strcmp(argv[1], "show")) {
		len = read_file(argv[2], buf, sizeof(buf));
		if (len < 0)
			return -errno;
		fd = open("/dev/console", O_WRONLY);
		if (fd < 0)
			return -errno;
		write(fd, buf, len);
		close(fd);
		return 0;
	}
	return -EINVAL;
}

#define TRACING "/sys/kernel/tracing/"

/* tracefs_write() - write @val to the tracefs file @file, truncating it. */
static int tracefs_write(const char *file, const char *val)
{
	char path[128];

	if (strlen(TRACING) + strlen(file) >= sizeof(path))
		return -ENAMETOOLONG;
	memcpy(path, TRACING, strlen(TRACING));
	memcpy(path + strlen(TRACING), file, strlen(file) + 1);
	return write_file(path, val);
}

/*
 * trace_lines() - count the lines of the trace buffer, comments aside,
 * that contain @needle. The buffer is read in @buf (@size bytes).
 */
static int trace_lines(const char *needle, char *buf, long size)
{
	int count = 0;
	char *p, *eol;

	if (read_file(TRACING "trace", buf, size) < 0)
		return -1;
	for (p = buf; *p; p = eol ? eol + 1 : p + strlen(p)) {
		eol = strchr(p, '\n');
		if (eol)
			*eol = 0;
		if (*p != '#' && contains(p, needle))
			count++;
		if (eol)
			*eol = '\n';
	}
	return count;
}

/* Work that reaches the samples' functions: timer wakeups, schedule(), faults. */
static void sample_activity(int seconds)
{
	int i, status;

	for (i = 0; i < seconds * 4; i++) {
		pid_t pid = fork();

		if (pid == 0) {
			static char page[8192];

			page[i % sizeof(page)] = 1;
			exit(0);
		}
		if (pid > 0)
			waitpid(pid, &status, 0);
		usleep(250000);
	}
}

/* split_tab() - cut @line at its next tab; the rest, or "" at the end. */
static char *split_tab(char *line)
{
	char *p = line;

	while (*p && *p != '\t')
		p++;
	if (*p)
		*p++ = 0;
	return p;
}

/*
 * run_sample() - one line of /dcc/samples: "MODULE<tab>FUNCTIONS<tab>
 * SECONDS<tab>MARKER[<tab>MARKER]". Loads /dcc/MODULE.ko, makes SECONDS of
 * activity, unloads it and requires a trace line with each MARKER (the
 * sample's trace_printk() output, printed from its direct trampoline). With
 * @shared, the function tracer traces FUNCTIONS (the sample's own) too, so
 * that every call goes through the kernel's ftrace caller and its direct
 * hand-off, as tools/testing/selftests/ftrace/test.d/direct/ does; then a
 * "FUNCTION <-" line of the function tracer is required for each as well.
 * Prints one "dcc-samples: ok|not ok" line; returns 0 when ok.
 */
static int run_sample(char *line, int shared)
{
	static char buf[262144];
	char *mod = line, *funcs, *secs, *marker, *next, *f;
	const char *mode = shared ? "shared" : "alone";
	char kname[NAME_LEN], want[NAME_LEN + 4];
	int ret, i;

	funcs = split_tab(mod);
	secs = split_tab(funcs);
	marker = split_tab(secs);
	printf("dcc-samples: running %s %s\n", mod, mode);
	tracefs_write("trace", "");
	if (shared) {
		tracefs_write("set_ftrace_filter", funcs);
		tracefs_write("current_tracer", "function");
	}
	ret = load_module(mod);
	if (!ret) {
		sample_activity(atoi(secs));
		for (i = 0; mod[i] && i < NAME_LEN - 1; i++)
			kname[i] = mod[i] == '-' ? '_' : mod[i];
		kname[i] = 0;
		ret = my_syscall2(__NR_delete_module, kname, O_NONBLOCK);
		if (ret)
			printf("dcc-samples: not ok %s %s: unload failed: errno %d\n",
			       mod, mode, -ret);
	} else {
		printf("dcc-samples: not ok %s %s: load failed\n", mod, mode);
	}
	/* Read before the tracer changes back: a tracer switch empties the buffer. */
	for (; !ret && *marker; marker = next) {
		next = split_tab(marker);
		if (trace_lines(marker, buf, sizeof(buf)) <= 0) {
			printf("dcc-samples: not ok %s %s: no trace line with '%s'\n",
			       mod, mode, marker);
			ret = 1;
		}
	}
	for (f = funcs; !ret && shared && *f; ) {
		for (i = 0; *f && *f != ' ' && i < NAME_LEN - 1; i++)
			want[i] = *f++;
		memcpy(want + i, " <-", 4);
		while (*f == ' ')
			f++;
		if (trace_lines(want, buf, sizeof(buf)) <= 0) {
			printf("dcc-samples: not ok %s %s: the function tracer shows no '%s'\n",
			       mod, mode, want);
			ret = 1;
		}
	}
	if (shared) {
		tracefs_write("current_tracer", "nop");
		tracefs_write("set_ftrace_filter", "");
	}
	if (!ret)
		printf("dcc-samples: ok %s %s\n", mod, mode);
	return !!ret;
}

/*
 * run_samples() - every sample alone, then every sample shared with the
 * function tracer; the host judges the "dcc-samples:" lines (and any oops
 * between "start" and "done").
 */
static void run_samples(void)
{
	static char table[4096];
	int shared, failed = 0, total = 0;
	char line[512], *p, *eol;
	long len;

	printf("dcc-samples: start\n");
	if (read_file("/dcc/samples", table, sizeof(table)) < 0) {
		printf("dcc-samples: not ok: no /dcc/samples in the initramfs\n");
		return;
	}
	for (shared = 0; shared < 2; shared++) {
		for (p = table; *p; p = eol ? eol + 1 : p + strlen(p)) {
			eol = strchr(p, '\n');
			len = eol ? eol - p : (long)strlen(p);
			if (!len || *p == '#' || len >= (long)sizeof(line))
				continue;
			memcpy(line, p, len);
			line[len] = 0;
			failed += run_sample(line, shared);
			total++;
		}
	}
	printf("dcc-samples: done, %d of %d ok\n", total - failed, total);
}

#define KMEMLEAK "/sys/kernel/debug/kmemleak"

/* kmemleak_cmd() - write @cmd to kmemleak; 0 or an errno value. */
static int kmemleak_cmd(const char *cmd)
{
	int fd = open(KMEMLEAK, O_WRONLY), ret = 0;

	if (fd < 0)
		return errno;
	if (write(fd, cmd, strlen(cmd)) < 0)
		ret = errno;
	close(fd);
	return ret;
}

/*
 * kmemleak_report() - scan for objects leaked since the "clear" before the
 * modules loaded and print them; the host turns the summary line into the
 * result of "kmemleak.scan". Objects younger than 5 s are never reported,
 * hence the wait.
 */
static void kmemleak_report(void)
{
	static char buf[65536];
	int ret, leaks = 0;
	char *p, *nl;

	/*
	 * The first scan after an object's allocation sees its checksum
	 * change and holds it back; the second reports it.
	 */
	sleep(6);
	ret = kmemleak_cmd("scan");
	if (!ret)
		ret = kmemleak_cmd("scan");
	if (ret) {
		printf("dcc-init: kmemleak: unavailable: scan failed: errno %d\n", ret);
		return;
	}
	if (read_file(KMEMLEAK, buf, sizeof(buf)) < 0) {
		printf("dcc-init: kmemleak: unavailable: read failed: errno %d\n", errno);
		return;
	}
	for (p = buf; *p; p = nl ? nl + 1 : p + strlen(p)) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = 0;
		if (!strncmp(p, "unreferenced object", 19))
			leaks++;
		printf("dcc-init: kmemleak: | %s\n", p);
	}
	printf("dcc-init: kmemleak: %d new suspected leaks\n", leaks);
}

int main(int argc, char **argv)
{
	int kmemleak;
	int n = 0, i, loaded;
	char *p;

	if (getpid() != 1)
		return -helper(argc, argv);

	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
	mount_helper_fs();
	mount("debugfs", "/sys/kernel/debug", "debugfs", 0, NULL);
	read_file("/proc/cmdline", cmdline, sizeof(cmdline));
	read_file("/dcc/modules", list, sizeof(list));

	/* One module name per line, load order. */
	for (p = list; *p && n < MAX_MODULES; n++) {
		for (i = 0; *p && *p != '\n' && i < NAME_LEN - 1; i++)
			names[n][i] = *p++;
		names[n][i] = 0;
		while (*p && *p != '\n')
			p++;
		while (*p == '\n')
			p++;
	}
	/* PROFILE=debug: forget boot-time leaks, report only the suite's. */
	kmemleak = contains(cmdline, "dcc.kmemleak=1");
	i = kmemleak ? kmemleak_cmd("clear") : 0;
	if (i) {
		printf("dcc-init: kmemleak: unavailable: clear failed: errno %d\n", i);
		kmemleak = 0;
	}
	if (contains(cmdline, "dcc.samples=1"))
		run_samples();
	for (loaded = 0; loaded < n; loaded++)
		if (load_module(names[loaded]))
			break;
	for (i = loaded - 1; i >= 0; i--) {
		int ret = my_syscall2(__NR_delete_module, names[i], O_NONBLOCK);

		printf("dcc-init: unload %s: %s (errno %d)\n", names[i],
		       ret ? "failed" : "ok", ret ? -ret : 0);
	}
	if (kmemleak)
		kmemleak_report();
	printf("dcc-init: done, %d of %d modules loaded\n", loaded, n);
	/*
	 * The UART sends that line from its interrupt, on any CPU, while the
	 * kernel writes its reboot messages to the same port synchronously:
	 * without this wait (tcdrain()) they can cut the line in two and the
	 * host never sees its end-of-run line (x86_64, 2 of 100 boots).
	 */
	ioctl(1, TCSBRK, (void *)1);
	reboot(LINUX_REBOOT_CMD_RESTART);
	return 0;
}
