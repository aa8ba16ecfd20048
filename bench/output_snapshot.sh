#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Every output prowlint gives on the real corpus, for checking that a change
# meant to preserve behaviour does: run it with the binary before and after,
# then `diff -r` the two directories.
#
# usage: bench/output_snapshot.sh PROWLINT_BINARY OUT_DIR
#
# It writes, with the run date fixed: `lint` of every deployment in
# ../shared/corpus/DEPLOYMENTS.txt in all six formats; `plan` and
# `lint --base-ref` of the 2019-02-08 bump replayed as a two-commit git
# repository (credentials and inventories outside it), in all formats; every
# rule's doc (`rules ID`, `explain ID`); `rules`; and every command's --help.
set -uo pipefail
bin=$(realpath "$1")
out=$(mkdir -p "$2" && realpath "$2")
src=$(cd "$(dirname "$0")/.." && pwd)
corpus=$src/../shared/corpus
export SOURCE_DATE_EPOCH=1796601600 NO_COLOR=1

n=0
while read -r dir config jobs; do
  n=$((n + 1))
  name=$(echo "$dir" | tr '/' '_')_$n
  for format in json sarif text markdown junit github; do
    (cd "$corpus/$dir" && "$bin" lint --no-rules-config --config-path "$config" \
       --job-config-path "$jobs" --format "$format" --color never) > "$out/$name.$format" 2>&1
    echo "rc=$?" >> "$out/$name.$format"
  done
done < <(grep -v '^#' "$corpus/DEPLOYMENTS.txt")

"$bin" rules > "$out/rules.txt"
for id in $("$bin" rules | awk '{print $1}'); do
  "$bin" explain "$id" > "$out/explain.$id" 2>&1
  "$bin" rules "$id" > "$out/rule.$id" 2>&1
done
"$bin" --help-all > "$out/help-all" 2>&1
for command in lint plan rules explain; do "$bin" "$command" --help > "$out/help.$command" 2>&1; done

bump=$corpus/kubernetes__test-infra__2019-02-08
incident=$src/testdata/incidents/2019-02-08
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repo" "$work/creds"
git="git -c user.name=snapshot -c user.email=snapshot@example.com -c commit.gpgsign=false"
(cd "$work/repo" && git init -q . && cp -r "$bump/after/." . && rm -rf prow/cluster prow/config.yaml &&
   cp -r "$bump/before/prow/." prow/ && $git add -A && $git commit -qm before &&
   cp -r "$bump/after/." . && $git add -A && $git commit -qm after)
cp "$incident/cluster/build-cluster.yaml" "$incident"/inventory/* "$work/creds/"
c=$work/creds
inputs=(--config-path prow/config.yaml --job-config-path config/jobs --deploy-dir prow/cluster
        --build-cluster "$c/build-cluster.yaml" --service-cluster test-infra-trusted
        --inventory "default=$c/default.txt" --inventory "in-cluster=$c/in-cluster.yaml"
        --inventory "security=$c/security.txt"
        --inventory "gke_rules-k8s_us-central1-f_testing=$c/rules-k8s.txt")
for format in text json markdown sarif github junit; do
  for command in plan lint; do
    (cd "$work/repo" && "$bin" "$command" --base-ref HEAD~1 "${inputs[@]}" --format "$format") 2>&1 |
      sed "s#$work#WORK#g" > "$out/$command-base.$format"
  done
done
