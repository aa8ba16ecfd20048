#!/usr/bin/env python3
"""prowlint's speed and memory, as ratios against plain yaml-cpp parsing of the
same files, both measured in this run, and peak memory against its limits.

usage: bench/run.py [BUILD_DIR]    (default: build; needs prowlint and
                                    prowlint_bench_baseline built there)

For each input (every deployment in ../shared/corpus; generated deployments of
40,000 and 100,000 jobs; one dense generated config.yaml of 20 MiB holding all
its jobs) it runs, 3 times each, the baseline (yaml-cpp YAML::Load of every
file, one thread), prowlint with --threads 1, and prowlint with one thread per
core, and prints the median wall time and the peak RSS and their ratios to the
baseline. Timings are of whole processes.

Memory limits (issue 12): a run may use 10 times its largest input file (what
one big file costs) or 3 times all its input plus 30 MiB (what a deployment of
many files costs), whichever is more. The last column says whether the
1-thread run stays within that; the benchmark fails if one does not.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
RUNS = 3
MIB = 1 << 20


def measure(cmd, cwd):
    """Median wall seconds and max peak RSS (MiB) over RUNS runs."""
    times, rss = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        rss.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit(f"{cmd} exited {code}")
    return statistics.median(times), max(rss)


def input_sizes(base, paths):
    """(largest file, all files) in bytes, of the YAML files prowlint reads."""
    sizes = []
    for p in paths:
        p = os.path.join(base, p)
        if os.path.isfile(p):
            sizes.append(os.path.getsize(p))
            continue
        for d, _, files in os.walk(p):
            sizes += [os.path.getsize(os.path.join(d, f)) for f in files
                      if f.endswith((".yaml", ".yml"))]
    return max(sizes, default=0), sum(sizes)


def deployments():
    with open(os.path.join(CORPUS, "DEPLOYMENTS.txt")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                d, cfg, jobs = line.split()
                yield d, os.path.join(CORPUS, d), cfg, jobs


def main():
    prowlint = os.path.join(BUILD, "prowlint")
    baseline = os.path.join(BUILD, "prowlint_bench_baseline")
    generate = os.path.join(ROOT, "bench", "generate.py")
    cases = list(deployments())
    over = []
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in (40000, 100000):
            d = os.path.join(tmp, f"jobs-{jobs}")
            subprocess.run([sys.executable, generate, d, str(jobs)], check=True)
            cases.append((f"generated-{jobs}-jobs", d, "config.yaml", "jobs"))
        d = os.path.join(tmp, "dense")
        subprocess.run([sys.executable, generate, d, "--dense-mb", "20"], check=True)
        cases.append(("generated-dense-20MiB-config.yaml", d, "config.yaml", None))
        print(f"{'input':36} {'MiB':>6} | {'base s':>7} {'MiB':>6} | {'1 thread':>8} {'x':>5}"
              f" {'MiB':>6} {'x':>5} | {'all cores':>9} {'x':>5} | {'limit':>6} ok")
        for name, base, cfg, jobs in cases:
            inputs = [cfg] + ([jobs] if jobs else [])
            largest, total = input_sizes(base, inputs)
            limit = max(10 * largest, 3 * total + 30 * MIB) / MIB
            bt, bm = measure([baseline] + inputs, base)
            lint = [prowlint, "lint", "--config-path", cfg, "--format", "json"]
            if jobs:
                lint += ["--job-config-path", jobs]
            t1, m1 = measure(lint + ["--threads", "1"], base)
            tn, _ = measure(lint + ["--threads", "0"], base)
            ok = m1 <= limit
            if not ok:
                over.append(name)
            print(f"{name:36} {total / MIB:6.1f} | {bt:7.3f} {bm:6.1f} | {t1:8.3f} {t1 / bt:5.2f}"
                  f" {m1:6.1f} {m1 / bm:5.2f} | {tn:9.3f} {tn / bt:5.2f} | {limit:6.1f}"
                  f" {'yes' if ok else 'NO'}")
    print(f"cores: {os.cpu_count()}; ratios are prowlint / baseline (below 1 is faster or smaller);"
          " limit: max(10 x largest file, 3 x input + 30) MiB")
    if over:
        raise SystemExit("over the memory limit: " + ", ".join(over))


if __name__ == "__main__":
    main()
