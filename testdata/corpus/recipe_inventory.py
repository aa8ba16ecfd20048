#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the service-cluster inventory the README's recipe would print
(`kubectl get secrets,configmaps,serviceaccounts -A -o custom-columns=
NAMESPACE:.metadata.namespace,KIND:.kind,NAME:.metadata.name`) for a cluster
where every Secret and ConfigMap the deploy manifests mount exists, each in
the namespace of the workload that mounts it.

Independent of prowlint's own reading (PyYAML, its own walk), so a test can
check that prowlint judges each object in the namespace it is listed in.

usage: recipe_inventory.py CONFIG_YAML DEPLOY_DIR  (paths relative to the cwd)
"""
import os
import sys

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def pod_spec(obj):
    kind = obj.get("kind")
    spec = obj.get("spec") or {}
    if kind == "Pod":
        return spec
    if kind == "CronJob":
        spec = ((spec.get("jobTemplate") or {}).get("spec")) or {}
    if kind in ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"):
        return ((spec.get("template") or {}).get("spec")) or {}
    return {}


def mounted(spec):
    """(kind, name) of every Secret and ConfigMap volume that must exist."""
    for volume in spec.get("volumes") or []:
        sources = [volume]
        sources += (volume.get("projected") or {}).get("sources") or []
        for source in sources:
            secret = source.get("secret") or {}
            name = secret.get("secretName") or secret.get("name")
            if name and not secret.get("optional"):
                yield "Secret", name
            config_map = source.get("configMap") or {}
            if config_map.get("name") and not config_map.get("optional"):
                yield "ConfigMap", config_map["name"]


def objects(path):
    try:
        with open(path, encoding="utf-8") as f:
            docs = list(yaml.load_all(f, Loader=Loader))
    except (yaml.YAMLError, UnicodeDecodeError):
        return  # templates and other files prowlint skips too
    for doc in docs:
        if not isinstance(doc, dict):
            continue
        if doc.get("kind") == "List":
            yield from (i for i in doc.get("items") or [] if isinstance(i, dict))
        else:
            yield doc


def main(config_path, deploy_dir):
    with open(config_path, encoding="utf-8") as f:
        config = yaml.load(f, Loader=Loader) or {}
    # A workload without a namespace: prowlint judges it in prowjob_namespace.
    default_ns = config.get("prowjob_namespace") or "default"
    rows = set()
    for root, _, files in os.walk(deploy_dir):
        for name in files:
            if not name.endswith((".yaml", ".yml", ".json")):
                continue
            for obj in objects(os.path.join(root, name)):
                ns = (obj.get("metadata") or {}).get("namespace") or default_ns
                for kind, item in mounted(pod_spec(obj)):
                    rows.add((ns, kind, item))
    # Every namespace holds its default ServiceAccount.
    for ns in {r[0] for r in rows}:
        rows.add((ns, "ServiceAccount", "default"))
    print("NAMESPACE   KIND             NAME")
    for ns, kind, item in sorted(rows):
        print(f"{ns:<11} {kind:<16} {item}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
