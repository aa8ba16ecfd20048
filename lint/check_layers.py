#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Holds every #include of prowlint's own headers to lint/layers.txt.

usage: check_layers.py [SOURCE_DIR]
Prints each include that goes the wrong way (file:line: folder -> folder) and
exits 1 if there is one. Third-party headers are checked too: only yaml/ may
include yaml-cpp or LibYAML.
"""
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^">]+)[">]')
# Headers of the YAML parsers: only the yaml layer sees them.
YAML_PARSERS = re.compile(r'^(yaml-cpp/|yaml\.h$)')


def read_layers():
    allowed = {}
    with open(os.path.join(ROOT, 'lint', 'layers.txt')) as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            folder, _, deps = line.partition(':')
            allowed[folder.strip()] = set(deps.split())
    return allowed


def layer_of(path, layers):
    """The layer a repository path belongs to: the longest listed folder that holds it."""
    parts = path.split('/')
    for n in range(len(parts) - 1, 0, -1):
        prefix = '/'.join(parts[:n])
        if prefix in layers:
            return prefix
        if prefix.startswith('lint/') and prefix[5:] in layers:
            return prefix[5:]
    return None


def main():
    layers = read_layers()
    wrong = []
    top_level = []
    for top in ('lint', 'rules', 'cmd'):
        for dirpath, _, names in os.walk(os.path.join(ROOT, top)):
            for name in sorted(names):
                if not name.endswith(('.h', '.cc', '.inc')):
                    continue
                path = os.path.relpath(os.path.join(dirpath, name), ROOT)
                layer = layer_of(path, layers)
                if layer is None:
                    if path.startswith('lint/') and path.count('/') == 1:
                        top_level.append(path)
                    continue
                if name.endswith('_test.cc') or path.startswith('lint/testing/'):
                    continue
                with open(os.path.join(ROOT, path), errors='replace') as f:
                    for lineno, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        header = m.group(2)
                        if m.group(1) == '<':
                            if YAML_PARSERS.match(header) and layer != 'yaml':
                                wrong.append(f'{path}:{lineno}: {layer} -> yaml parser <{header}>')
                            continue
                        target = layer_of(header, layers)
                        if target is None or target == layer:
                            continue
                        if target not in layers[layer]:
                            wrong.append(f'{path}:{lineno}: {layer} -> {target} ({header})')
    for path in top_level:
        wrong.append(f'{path}: a source file at the top of lint/ belongs in a layer folder')
    for w in wrong:
        print(w)
    if wrong:
        print(f'{len(wrong)} include(s) against lint/layers.txt', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
