#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Validates SARIF files against the SARIF 2.1.0 JSON schema (draft-04).

usage: validate_sarif.py SCHEMA FILE...   (exit 1 and the first error if one is invalid)
"""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1]) as f:
        schema = json.load(f)
    validator = jsonschema.Draft4Validator(schema)
    for path in sys.argv[2:]:
        with open(path) as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
            sys.exit(1)
    print(f"{len(sys.argv) - 2} valid")


if __name__ == "__main__":
    main()
