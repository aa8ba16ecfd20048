#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package with CPack, holds it to lintian (no error, no
# warning), installs it into an empty root with dpkg, and runs the installed
# prowlint; does the same with cmake --install --strip.
# usage: package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
work=$(mktemp -d /tmp/prowlint-package-XXXXXX)
trap 'rm -rf "$work"' EXIT

# cpack works in the build directory; give it its own copy of the config.
(cd "$build" && cpack -G DEB -B "$work/deb" >/dev/null)
deb=$(ls "$work"/deb/prowlint_*.deb)
info=$(dpkg-deb --info "$deb")  # not piped into grep -q: with pipefail, SIGPIPE would fail it
[[ $info == *"Depends: "*"libyaml-cpp0.7"* ]] || { echo "no Depends in $deb"; exit 1; }
[[ $info == *"Depends: "*"libyaml-0-2"* ]] || { echo "no LibYAML in $deb's Depends"; exit 1; }
# dpkg-shlibdeps (CPACK_DEBIAN_PACKAGE_SHLIBDEPS) bounds what the binary needs
# by version: a hand-written list has none.
depends=$(dpkg-deb -f "$deb" Depends)
[[ $depends == *"libc6 (>= "* && $depends == *"libstdc++6 (>= "* ]] ||
  { echo "Depends without version bounds (is dpkg-dev installed?): $depends"; exit 1; }
version=$(dpkg-deb -f "$deb" Version)

# Debian's own checks: what apt users and distributions hold a package to.
command -v lintian >/dev/null || { echo "lintian not found (Debian package lintian; .ci/deps installs it)"; exit 1; }
if ! report=$(lintian --fail-on error,warning "$deb" 2>/dev/null); then
  echo "lintian finds errors or warnings in $(basename "$deb"):"
  echo "$report"
  exit 1
fi
# What the Dockerfile's `apt-get install` does on debian:12: apt resolves the
# Depends (on this machine, which is Debian 12) and would install the package.
sim=$(apt-get install --simulate --no-install-recommends "$deb" 2>&1) ||
  { echo "apt cannot install $(basename "$deb"):"; echo "$sim"; exit 1; }
[[ $sim == *"Inst prowlint ($version "* ]] || { echo "apt would not install prowlint:"; echo "$sim"; exit 1; }

mkdir -p "$work/root"
dpkg-deb -x "$deb" "$work/root"

check() {  # ROOT
  local bin=$1/usr/bin/prowlint
  [[ -x $bin ]] || { echo "no $bin"; exit 1; }
  [[ $("$bin" version) == "prowlint "* ]] || { echo "$bin version failed"; exit 1; }
  [[ $("$bin" explain job-secret-missing) == "# job-secret-missing"* ]] || { echo "explain failed"; exit 1; }
  [[ -s $1/usr/share/man/man1/prowlint.1.gz ]] || { echo "no man page under $1"; exit 1; }
  [[ $(gzip -dc "$1/usr/share/man/man1/prowlint.1.gz") == *$'\n.TH PROWLINT 1 '* ]] || { echo "bad man page"; exit 1; }
  local doc=$1/usr/share/doc/prowlint
  # Machine-readable (DEP-5), and every library the binary loads, but the C and
  # C++ runtimes (Debian's base), has a paragraph with its licence.
  [[ $(head -1 "$doc/copyright") == "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ]] ||
    { echo "$doc/copyright is not DEP-5"; exit 1; }
  local lib copyright
  copyright=$(<"$doc/copyright")
  for lib in $(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    case $lib in libc.so.* | libm.so.* | libstdc++.so.* | libgcc_s.so.* | ld-linux*) continue ;; esac
    [[ $copyright == *$'\nFiles: '"$lib"$'\n'* ]] || { echo "$doc/copyright lacks $lib"; exit 1; }
  done
  # The newest changelog entry is the version being shipped.
  [[ $(gzip -dc "$doc/changelog.gz" | head -1) == "prowlint ($version) "* ]] ||
    { echo "$doc/changelog.gz does not start with version $version"; exit 1; }
  # Stripped: no debug sections (35 MB with them, about 1 MB without).
  local sections
  sections=$(readelf -S "$bin")
  [[ $sections != *.debug_info* ]] || { echo "$bin is not stripped"; exit 1; }
  # An optimised build without sanitizers is hardened as Debian's packages
  # are: PIE, full RELRO (BIND_NOW), stack protector, _FORTIFY_SOURCE.
  if grep -qE '^CMAKE_BUILD_TYPE:STRING=(Release|RelWithDebInfo|MinSizeRel)$' "$build/CMakeCache.txt" &&
     grep -q '^PROWLINT_SANITIZE:STRING=$' "$build/CMakeCache.txt"; then
    local dynamic symbols
    dynamic=$(readelf -d "$bin")
    symbols=$(readelf --dyn-syms -W "$bin")
    [[ $(readelf -h "$bin") == *"DYN (Position-Independent Executable file)"* ]] || { echo "$bin is not PIE"; exit 1; }
    [[ $(readelf -l "$bin") == *GNU_RELRO* && $dynamic == *BIND_NOW* ]] || { echo "$bin lacks full RELRO"; exit 1; }
    [[ $symbols == *__stack_chk_fail* ]] || { echo "$bin has no stack protector"; exit 1; }
    [[ $symbols == *_chk@* ]] || { echo "$bin calls no fortified function"; exit 1; }
  fi
  # The installed binary lints the bundled incident like the built one.
  local code=0
  (cd "$source/testdata/incidents/2019-02-08" && "$bin" lint $(grep -v '^#' args) \
      --target-version v20190208-c35c7e3 >/dev/null) || code=$?
  [[ $code == 1 ]] || { echo "installed prowlint exited $code on the incident, want 1"; exit 1; }
}
check "$work/root"

cmake --install "$build" --strip --prefix "$work/prefix/usr" >/dev/null
check "$work/prefix"
echo "package ok: $(basename "$deb")"
