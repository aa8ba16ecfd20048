#!/usr/bin/env python3
"""prowlint's speed and memory, as ratios against plain yaml-cpp parsing of the
same files, both measured in this run.

usage: bench/run.py [BUILD_DIR]    (default: build; needs prowlint and
                                    prowlint_bench_baseline built there)

For each input (every deployment in ../shared/corpus, and a generated
40,000-job deployment) it runs, 3 times each, the baseline (yaml-cpp
YAML::Load of every file, one thread), prowlint with --threads 1, and prowlint
with one thread per core, and prints the median wall time and the peak RSS
and their ratios to the baseline. For the deployments that ship their deploy
manifests it also runs prowlint --threads 1 with them (--deploy-dir) and prints
that time and its ratio to the run without them ("+manifests"). Timings are of
whole processes.
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
RUNS = 3

# The deploy manifests of each real deployment (the trees of
# lint/load_manifests_corpus_test.cc), keyed by DEPLOYMENTS.txt's folder and
# config; extra flags after the directory.
MANIFESTS = {
    ("kubernetes__test-infra__2026-03-13", "config/prow/config.yaml"): ["config/prow/cluster"],
    ("kubernetes__test-infra__2021-04-09/before", "config/prow/config.yaml"):
        ["config/prow/cluster"],
    ("kubernetes__test-infra__2020-03-23/before", "config/prow/config.yaml"): ["prow/cluster"],
    ("kubernetes__test-infra__2019-02-08/after", "prow/config.yaml"): ["prow/cluster"],
    ("istio__test-infra", "prow/gcp/config.yaml"): ["prow/gcp/cluster"],
    ("istio__test-infra", "prow/aws/config.yaml"): ["prow/aws/cluster"],
    ("kubevirt__project-infra", "github/ci/prow-deploy/files/config.yaml"):
        ["github/ci/prow-deploy/kustom"],
    ("kyma-project__test-infra__2022-06-01", "prow/config.yaml"): ["prow/cluster"],
    ("metal3-io__project-infra", "prow/config/config.yaml"): ["prow/manifests"],
    ("knative__infra", "prow/config.yaml"): ["prow/cluster"],
    ("gardener__ci-infra", "config/prow/config.yaml"): ["deploy/prow"],
    ("GoogleCloudPlatform__oss-test-infra", "prow/oss/config.yaml"):
        ["prow/oss/cluster", "--prow-image-prefix", "us-central1-docker.pkg.dev/gob-prow/prow-images/"],
    ("kubernetes-sigs__prow", "test/integration/config/prow/config.yaml"):
        ["test/integration/config/prow/cluster"],
}


def measure(cmd, cwd, cpu=None):
    """Median wall seconds and max peak RSS (MiB) over RUNS runs; with a list
    `cpu`, also appends the median CPU seconds (user + system), which a
    machine shared with other work disturbs less than wall time."""
    times, rss, cpus = [], [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        rss.append(usage.ru_maxrss / 1024)
        cpus.append(usage.ru_utime + usage.ru_stime)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit(f"{cmd} exited {code}")
    if cpu is not None:
        cpu.append(statistics.median(cpus))
    return statistics.median(times), max(rss)


def deployments():
    with open(os.path.join(CORPUS, "DEPLOYMENTS.txt")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                d, cfg, jobs = line.split()
                yield d, os.path.join(CORPUS, d), cfg, jobs


def main():
    prowlint = os.path.join(BUILD, "prowlint")
    baseline = os.path.join(BUILD, "prowlint_bench_baseline")
    cases = list(deployments())
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), tmp, "40000"],
                       check=True)
        cases.append(("generated-40000-jobs", tmp, "config.yaml", "jobs"))
        print(f"{'input':40} {'base s':>7} {'MiB':>6} | {'1 thread':>8} {'x':>5} {'MiB':>6} {'x':>5} |"
              f" {'all cores':>9} {'x':>5} | {'+manifests':>10} {'x':>5} {'cpu x':>5}")
        for name, base, cfg, jobs in cases:
            bt, bm = measure([baseline, cfg, jobs], base)
            lint = [prowlint, "lint", "--config-path", cfg, "--job-config-path", jobs,
                    "--format", "json"]
            cpu = []
            t1, m1 = measure(lint + ["--threads", "1"], base, cpu)
            tn, _ = measure(lint + ["--threads", "0"], base)
            deploy = MANIFESTS.get((name, cfg))
            with_manifests = ""
            if deploy:
                tm, _ = measure(lint + ["--threads", "1", "--deploy-dir"] + deploy, base, cpu)
                cpu_ratio = cpu[1] / cpu[0] if cpu[0] > 0 else float("nan")
                with_manifests = f" | {tm:10.3f} {tm / t1:5.2f} {cpu_ratio:5.2f}"
            print(f"{name:40} {bt:7.3f} {bm:6.1f} | {t1:8.3f} {t1 / bt:5.2f} {m1:6.1f} {m1 / bm:5.2f} |"
                  f" {tn:9.3f} {tn / bt:5.2f}{with_manifests}")
    print(f"cores: {os.cpu_count()}; ratios are prowlint / baseline (below 1 is faster or smaller);"
          " +manifests x is the run with --deploy-dir / the 1-thread run without it, in wall"
          " and in CPU time")


if __name__ == "__main__":
    main()
