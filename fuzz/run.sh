#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs one libFuzzer target for SECONDS, seeded from testdata/ and the small
# files of ../shared/corpus (copied at run time, never committed).
#
# usage: fuzz/run.sh TARGET SECONDS [BUILD_DIR]
#   TARGET: yaml job_config credentials inventory project_config prowignore
#           manifests pipeline (or "all": every one for SECONDS, one per core
#           at a time)
#   BUILD_DIR: a build with -DPROWLINT_FUZZ=ON (default: build-asan, as
#              .ci/sanitize makes it: clang, ASan and UBSan; made when missing)
# The corpus grows in $PROWLINT_FUZZ_WORK/TARGET (default /tmp/prowlint-fuzz)
# across runs; PROWLINT_FUZZ_SEEDS caps the corpus files taken (default 3000); crashes, hangs over 1 s and allocations over 2 GB are written
# there as artifacts, and the run fails. The last line is the number of
# inputs run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${1:?usage: fuzz/run.sh TARGET SECONDS [BUILD_DIR]}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS [BUILD_DIR]}
build=${3:-build-asan}
targets=(yaml job_config credentials inventory project_config prowignore manifests pipeline)

if [[ $target == all ]]; then
  # Each target is one single-threaded process: they run side by side, one
  # per core (PROWLINT_FUZZ_PARALLEL), each one's output printed whole when
  # all have ended. Missing targets are built first, one build at a time.
  missing=()
  for t in "${targets[@]}"; do [[ -x $build/fuzz/fuzz_$t ]] || missing+=("fuzz_$t"); done
  if ((${#missing[@]})) && [[ -f $build/CMakeCache.txt ]]; then
    cmake --build "$build" -j"$(nproc)" --target "${missing[@]}" >/dev/null
  fi
  parallel=${PROWLINT_FUZZ_PARALLEL:-$(nproc)}
  logs=$(mktemp -d)
  failed=0
  for t in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= parallel)); do wait -n || failed=1; done
    "$0" "$t" "$seconds" "$build" >"$logs/$t" 2>&1 &
  done
  while (($(jobs -rp | wc -l) > 0)); do wait -n || failed=1; done
  for t in "${targets[@]}"; do cat "$logs/$t"; done
  rm -rf "$logs"
  exit "$failed"
fi
[[ " ${targets[*]} " == *" $target "* ]] || { echo "unknown target: $target" >&2; exit 2; }

if [[ ! -x $build/fuzz/fuzz_$target ]]; then
  if [[ ! -f $build/CMakeCache.txt ]]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DPROWLINT_SANITIZE=address,undefined \
      -DPROWLINT_FUZZ=ON >/dev/null
  fi
  cmake --build "$build" -j"$(nproc)" --target "fuzz_$target" >/dev/null
fi

work=${PROWLINT_FUZZ_WORK:-/tmp/prowlint-fuzz}/$target
seeds=$work/seeds
rm -rf "$seeds"
mkdir -p "$work/corpus" "$work/artifacts" "$seeds"

shared=$root/../shared/corpus
# Small YAML and JSON files: every fixture, and corpus files up to 16 KB.
yaml_files() {
  find "$root/testdata" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) 2>/dev/null
  [[ -d $shared ]] && find "$shared" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) \
    -size -16k 2>/dev/null | sort | shuf -n "${PROWLINT_FUZZ_SEEDS:-3000}" --random-source=<(yes)
  true
}
# Copies each file as a seed, behind each selector byte given (the targets
# that take one read it first).
seed() {
  local n=0 f s
  while IFS= read -r f; do
    n=$((n + 1))
    if (($# == 0)); then
      cp "$f" "$seeds/$n"
    else
      for s in "$@"; do { printf "\\x$s"; cat "$f"; } >"$seeds/$n-$s"; done
    fi
  done
}

case $target in
  yaml) yaml_files | seed 00 01 02 04 ;;
  job_config | credentials) yaml_files | seed 00 01 ;;
  inventory | project_config | manifests) yaml_files | seed ;;
  prowignore)
    { find "$root/testdata" -name '.prowignore'
      [[ -d $shared ]] && find "$shared" \( -name '.prowignore' -o -name '.gitignore' \) -size -16k
      true; } | seed
    printf '*.yaml\n!keep.yaml\nsub/\n/anchored/**/x?.y[am]l\n\n@@\njobs/a.yaml\nkeep.yaml\nsub/b.yaml\n' \
      >"$seeds/made-1" ;;
  pipeline)
    # Each fixture directory as one input: its files in the target's order.
    n=0
    for d in "$root"/testdata/rules/*/* "$root"/testdata/incidents/*; do
      [[ -d $d ]] || continue
      n=$((n + 1))
      {
        printf '\xf8'
        for part in config.yaml "jobs/*.yaml" .prowignore kubeconfig.yaml clusters.yaml inventory.yaml .prowlint.yaml deploy.yaml; do
          # shellcheck disable=SC2086
          cat $d/$part 2>/dev/null | head -c 20000 || true
          printf '\n#@@\n'
        done
      } >"$seeds/fixture-$n"
    done ;;
esac

echo "fuzz_$target: $(ls "$seeds" | wc -l) seeds, $(ls "$work/corpus" | wc -l) in the corpus, ${seconds}s" >&2
log=$work/last.log
# Allocation stacks cost more than half the time of malloc-heavy targets; a
# crash's artifact is rerun with full reports (see the FAILED line).
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
set +e
"$build/fuzz/fuzz_$target" "$work/corpus" "$seeds" -max_total_time="$seconds" -timeout=1 \
  -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=65536 -dict=fuzz/yaml.dict \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 >"$log" 2>&1
status=$?
set -e
if ((status != 0)); then
  tail -40 "$log" >&2
  echo "fuzz_$target FAILED (exit $status); artifacts in $work/artifacts; log $log" >&2
  echo "repeat: $build/fuzz/fuzz_$target $work/artifacts/<file>" >&2
  exit 1
fi
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
echo "fuzz_$target: $runs runs in ${seconds}s, no crash, no hang over 1 s, no allocation over 2 GB"
