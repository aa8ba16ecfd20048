#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes a large synthetic Prow deployment for the benchmark.

usage: generate.py DIR [JOBS]           (default 40000 jobs, in files of 100 jobs)
       generate.py DIR --dense-mb MB    (one config.yaml of MB MiB holding every job)

Jobs look like kubernetes/test-infra's: presets by label, decoration, secret
volumes, env from secrets and config maps, several clusters.
"""
import os
import sys


def job(kind, i):
    cluster = ["default", "k8s-infra-prow-build", "eks-prow-build-cluster"][i % 3]
    lines = [
        f"  - name: {kind}-generated-job-{i}",
        f"    cluster: {cluster}",
        "    decorate: true",
        "    labels:",
        '      preset-service-account: "true"',
        f'      preset-dind-enabled: "{"true" if i % 2 else "false"}"',
        "    annotations:",
        "      testgrid-dashboards: sig-testing-generated",
        "    spec:",
        "      containers:",
        "      - image: gcr.io/k8s-staging-test-infra/kubekins-e2e:v20260801-abcdef-master",
        "        command: [runner.sh]",
        f"        args: [make, test, WHAT=./pkg/generated/{i}/...]",
        "        env:",
        "        - name: TOKEN",
        "          valueFrom:",
        "            secretKeyRef:",
        f"              name: token-{i % 50}",
        "              key: token",
        "        - name: SETTINGS",
        "          valueFrom:",
        "            configMapKeyRef:",
        f"              name: settings-{i % 20}",
        "              key: value",
        "        volumeMounts:",
        "        - name: creds",
        "          mountPath: /etc/creds",
        "        resources:",
        "          requests: {cpu: '2', memory: 4Gi}",
        "      volumes:",
        "      - name: creds",
        "        secret:",
        f"          secretName: creds-{i % 30}",
    ]
    return "\n".join(lines)


# A decoration config Prow loads (utility images, GCS), as real deployments
# have: the benchmark measures a config Prow accepts, not one finding per job.
CONFIG = ("pod_namespace: test-pods\nplank:\n  default_decoration_config_entries:\n"
          "  - config:\n      gcs_credentials_secret: service-account\n"
          "      gcs_configuration: {bucket: generated-logs, path_strategy: explicit}\n"
          "      utility_images:\n"
          "        clonerefs: gcr.io/k8s-prow/clonerefs:v20260801-abcdef0123\n"
          "        initupload: gcr.io/k8s-prow/initupload:v20260801-abcdef0123\n"
          "        entrypoint: gcr.io/k8s-prow/entrypoint:v20260801-abcdef0123\n"
          "        sidecar: gcr.io/k8s-prow/sidecar:v20260801-abcdef0123\n"
          "presets:\n- labels:\n    preset-service-account: \"true\"\n  volumes:\n"
          "  - name: service\n    secret:\n      secretName: service-account\n"
          "  volumeMounts:\n  - name: service\n    mountPath: /etc/service-account\n")


def dense(out, megabytes):
    """One config.yaml of `megabytes` MiB: the config, then every job in it."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "config.yaml"), "w") as f:
        f.write(CONFIG + "presubmits:\n")
        i = 0
        while f.tell() < megabytes << 20:
            f.write("  org/repo-%d:\n" % i)
            f.write("\n".join(job("pull", j) for j in range(i * 100, i * 100 + 100)))
            f.write("\n")
            i += 1


def main():
    out = sys.argv[1]
    if len(sys.argv) > 3 and sys.argv[2] == "--dense-mb":
        dense(out, int(sys.argv[3]))
        return
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 40000
    os.makedirs(os.path.join(out, "jobs"), exist_ok=True)
    with open(os.path.join(out, "config.yaml"), "w") as f:
        f.write(CONFIG)
    per_file = 100
    for n in range(0, total, per_file):
        d = os.path.join(out, "jobs", f"team-{n // 2000:03d}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"jobs-{n:06d}.yaml"), "w") as f:
            f.write("presubmits:\n  org/repo-%d:\n" % (n // per_file))
            f.write("\n".join(job("pull", i) for i in range(n, min(n + per_file, total))))
            f.write("\n")


if __name__ == "__main__":
    main()
