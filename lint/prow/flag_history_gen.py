#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Derive flag_history.tsv (the flag intervals of Prow's component binaries)
from Prow's git history.

What it does
  scan   For every component named in the previous table (column 1), take the
         last first-parent commit of every month -- kubernetes/test-infra's
         history (reached through the second parent of kubernetes-sigs/prow's
         "Merge remote-tracking branch 'old_prow/master'" merge; binaries
         under prow/cmd/<c>, prow/external-plugins/<c> or <c>/ at the top,
         e.g. ghproxy) and then kubernetes-sigs/prow's own first-parent chain
         (prow/cmd/ until the move to cmd/) -- and statically collect the
         flags the binary defines: names registered literally in the Go files
         of its main package (fs.StringVar(&o.x, "name", ...), flag.Bool(
         "name", ...), fs.Var(&v, "name", ...), ...) plus the flags registered
         by the methods taking a *flag.FlagSet of every option type the main
         package names (prowflagutil.GitHubOptions, configflagutil.
         ConfigOptions, clonerefs.Options, ...): their Add*Flags/add*Flags
         methods (--any-flagset-method: every method taking a *flag.FlagSet,
         e.g. the pod utilities' old BindOptions), followed through the fields
         those methods touch.  Flags registered behind a constructor call
         (entrypoint.NewOptions() + options.Load) are not seen.  The scan
         over-counts conditionally registered flags; that is accepted (scan
         rows say "may").
         Each flag appearing or disappearing between two monthly scans is
         bisected over the mainline commits in between to the merge that
         made it: its UTC committer day and the PR number in its subject
         ("Merge pull request #N" or "(#N)"); TI#N before the split (test-infra
         removed prow/ on 2024-04-09), SP#N after.  The history rewrite pruned
         some degenerate PR merges, so the mainline then runs through the PR's
         own commits: such a change gets the commit's own day, source "-" and
         the note "TI#?" (the PR number is not in the mirror).
         Flags a component has when it appears (at the first scan or when it
         is created or re-created later) have no added day; additions merged
         on or before the day of the first published tag (the earliest tag in
         --previous) have none either, since every published build has them.
         A deleted component gives dated removals.
  tags   Published tag names carry test-infra's original commit hashes and
         which builds were pushed lives in the image registry, so neither the
         tag pair columns nor test-infra-era note hashes can be derived from
         the mirror.  They (and the day, so that day and tags stay paired) are
         taken from the previous table (--previous, default the committed
         flag_history.tsv) keyed by the source PR of the change: a previous row
         with the same added_source (for an addition) or removed_source (for a
         removal).  With no such row the tags are "-" and the note names the
         commit as the mirror has it (for TI rows that is the rewritten hash).
  apply  The rows of flag_history_verified.tsv (hand-kept) are applied over the
         scanned rows: a verified row replaces the scanned row(s) of the same
         component and flag whose interval overlaps it, or is added if none
         (before the first row of its group with a later added day).
         Output is grouped by (component, flag) keeping the order of the input
         within a group (scan mode orders a group by added day, the rows with
         no added day last), with the header comment of the previous table.

Usage
  flag_history_gen.py scan PROW_REPO [-o FILE] [--previous TSV]
                           [--verified TSV] [--no-previous] [--no-verified]
                           [--any-flagset-method]
      PROW_REPO is a (bare) clone of kubernetes-sigs/prow with full history.
  flag_history_gen.py apply SCANNED.tsv [-o FILE] [--previous TSV]
                           [--verified TSV]
      Only the tags and apply steps on a TSV of scanned rows; no repository.
  flag_history_gen.py compare A.tsv B.tsv
      Summary of agreement between two tables.

The script copies no Prow code or prose: it only extracts flag names, dates
and PR numbers from the history (and commit hashes for the notes).
"""

import argparse
import datetime
import os
import re
import subprocess
import sys
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PREVIOUS = os.path.join(HERE, "flag_history.tsv")
DEFAULT_VERIFIED = os.path.join(HERE, "flag_history_verified.tsv")
DEFAULT_MERGES = os.path.join(HERE, "flag_history_merges.tsv")
NCOL = 13
SPLIT_DAY = "20240409"   # test-infra removed prow/; sync merge into sigs/prow
FIRST_MONTH = (2017, 3)
MODULE_PREFIXES = ("k8s.io/test-infra/", "sigs.k8s.io/prow/",
                   "github.com/kubernetes/test-infra/")

# ---------------------------------------------------------------- TSV helpers


def read_tsv(path):
    """Return (header_lines, rows) of a flag history TSV."""
    header, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("#"):
                header.append(line)
                continue
            r = line.split("\t")
            if len(r) != NCOL:
                raise SystemExit("%s: bad row (%d columns): %s" % (path, len(r), line))
            rows.append(r)
    return header, rows


def write_tsv(header, rows, out):
    data = "".join(h + "\n" for h in header)
    data += "".join("\t".join(r) + "\n" for r in rows)
    if hasattr(out, "write"):
        out.write(data)
    elif out in (None, "-"):
        sys.stdout.write(data)
    else:
        with open(out, "w", encoding="utf-8") as f:
            f.write(data)


def day_lo(d):
    return "00000000" if d == "-" else d


def day_hi(d):
    return "99999999" if d == "-" else d


def overlaps(a, b):
    """Intervals [added, removed) of two rows overlap."""
    return day_lo(a[2]) < day_hi(b[5]) and day_lo(b[2]) < day_hi(a[5])


def group_order_key(r):
    return (r[0], r[1])


def within_group_key(r):
    return "~" if r[2] == "-" else r[2]


# ------------------------------------------------------------ Go source helpers

TOKEN_RE = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|`[^`]*`|\'(?:\\.|[^\'\\\n])*\'',
                      re.S)


def strip_comments(src):
    def repl(m):
        s = m.group(0)
        if s.startswith("//"):
            return " "
        if s.startswith("/*"):
            return "\n" * s.count("\n") or " "
        return s
    return TOKEN_RE.sub(repl, src)


def match_brace(src, i):
    """src[i] == '{'; return index just past the matching '}' (strings skipped)."""
    depth = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == '"':
            i += 1
            while i < n and src[i] != '"':
                i += 2 if src[i] == "\\" else 1
        elif c == "`":
            i = src.find("`", i + 1)
            if i < 0:
                return n
        elif c == "'":
            i += 1
            while i < n and src[i] != "'":
                i += 2 if src[i] == "\\" else 1
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def split_args(src, i):
    """src[i] == '('; return (list of top-level argument strings, end index)."""
    depth = 0
    args, cur = [], []
    n = len(src)
    j = i
    while j < n:
        c = src[j]
        if c in "\"`'":
            q = c
            k = j + 1
            while k < n and src[k] != q:
                k += 2 if (src[k] == "\\" and q != "`") else 1
            cur.append(src[j:k + 1])
            j = k + 1
            continue
        if c in "([{":
            depth += 1
            if depth > 1:
                cur.append(c)
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append("".join(cur).strip())
                return [a for a in args if a != ""], j + 1
            cur.append(c)
        elif c == "," and depth == 1:
            args.append("".join(cur).strip())
            cur = []
        else:
            cur.append(c)
        j += 1
    return args, n


IMPORT_BLOCK_RE = re.compile(r'^import\s*\((.*?)\)', re.S | re.M)
IMPORT_ONE_RE = re.compile(r'^import\s+(?:([\w.]+)\s+)?"([^"]+)"', re.M)
IMPORT_LINE_RE = re.compile(r'(?:([\w.]+)\s+)?"([^"]+)"')
PACKAGE_RE = re.compile(r'^package\s+(\w+)', re.M)
FUNC_RE = re.compile(r'^func\s+(?:\(\s*(\w+)?\s*\*?\s*(\w+)(?:\[[^\]]*\])?\s*\)\s*)?(\w+)\s*\(', re.M)
TYPE_STRUCT_RE = re.compile(r'(?:^type\s+|^\s+)(\w+)\s+struct\s*\{', re.M)
STR_ASSIGN_RE = re.compile(r'(?<![\w.])(\w+)\s*(?:string\s*)?:?=\s*"([^"\\]*)"')
FIELD_ASSIGN_RE = re.compile(r'\.(\w+)\s*=\s*"([^"\\]*)"')
FIELD_ASSIGN_ID_RE = re.compile(r'\.(\w+)\s*=\s*([A-Za-z_]\w*)\s*$', re.M)
FLAG_METHOD_RE = re.compile(r'^[Aa]dd\w*Flags\w*$')
FIELD_KEY_RE = re.compile(r'(?<![\w.])(\w+)\s*:\s*"([^"\\]*)"')
QUAL_TYPE_RE = re.compile(r'(?<![\w.])([A-Za-z_]\w*)\.([A-Z]\w*)\b')
FLAG_CALL_RE = re.compile(
    r'(?<![\w])([A-Za-z_][\w]*(?:\(\))?)\.'
    r'(String|StringVar|Bool|BoolVar|Int|IntVar|Int64|Int64Var|Uint|UintVar|'
    r'Uint64|Uint64Var|Float64|Float64Var|Duration|DurationVar|Var|TextVar|'
    r'Func|BoolFunc|StringSlice|StringSliceVar|StringArray|StringArrayVar|'
    r'IntSlice|IntSliceVar|StringToString|StringToStringVar)(P?)\s*\(')
FLAG_NAME_RE = re.compile(r'^[A-Za-z][\w.\-]*$')
STRLIT_RE = re.compile(r'^"((?:\\.|[^"\\])*)"$|^`([^`]*)`$')
NAME_ARG_POS = {"Var": 1, "TextVar": 1, "Func": 0, "BoolFunc": 0}
MIN_ARGS = {"Var": 3, "TextVar": 4, "Func": 3, "BoolFunc": 3}


def parse_imports(src):
    imps = {}
    items = []
    for m in IMPORT_BLOCK_RE.finditer(src):
        items.extend(IMPORT_LINE_RE.findall(m.group(1)))
    items.extend(IMPORT_ONE_RE.findall(src))
    for alias, path in items:
        if alias in ("_", "."):
            continue
        if not alias:
            parts = [p for p in path.split("/") if not re.match(r'^v\d+$', p)]
            alias = parts[-1] if parts else path
            alias = alias.replace("-", "").replace(".", "")
        imps[alias] = path
    return imps


class GoFile(object):
    """Facts extracted from one Go source file (cached by blob id)."""

    __slots__ = ("package", "imports", "flagcalls", "funcs", "structs",
                 "strassign", "fieldassign", "fieldkey", "qualtypes", "text",
                 "fieldassign_id")

    def __init__(self, src):
        text = strip_comments(src)
        m = PACKAGE_RE.search(text)
        self.package = m.group(1) if m else ""
        self.imports = parse_imports(text)
        self.flagcalls = flag_calls(text, 0, len(text))
        self.strassign = defaultdict(set)
        for k, v in STR_ASSIGN_RE.findall(text):
            self.strassign[k].add(v)
        self.fieldassign = defaultdict(set)
        for k, v in FIELD_ASSIGN_RE.findall(text):
            self.fieldassign[k].add(v)
        self.fieldassign_id = defaultdict(set)
        for k, v in FIELD_ASSIGN_ID_RE.findall(text):
            self.fieldassign_id[k].add(v)
        self.fieldkey = defaultdict(set)
        for k, v in FIELD_KEY_RE.findall(text):
            self.fieldkey[k].add(v)
        self.qualtypes = set(QUAL_TYPE_RE.findall(text))
        # funcs taking a FlagSet: (recv_type or None, name, body text)
        self.funcs = []
        for m in FUNC_RE.finditer(text):
            params, end = split_args(text, m.end() - 1)
            brace = text.find("{", end)
            if brace < 0:
                continue
            sig = text[m.start():brace]
            if "FlagSet" not in sig:
                continue
            body_end = match_brace(text, brace)
            self.funcs.append((m.group(2), m.group(3), text[brace:body_end]))
        # struct types: name -> list of (field name or None, (alias, Type))
        self.structs = {}
        for m in TYPE_STRUCT_RE.finditer(text):
            brace = m.end() - 1
            body = text[brace + 1:match_brace(text, brace) - 1]
            fields = []
            for line in body.split("\n"):
                line = line.strip()
                if not line:
                    continue
                line = re.sub(r'`[^`]*`\s*$', "", line).strip()
                fm = re.match(r'^([\w\s,]+?)\s+(\*?\[?\]?\*?[\w.]+)\s*$', line)
                em = re.match(r'^\*?([\w.]+)$', line)
                if em:
                    t = em.group(1)
                    names = [t.split(".")[-1]]
                elif fm:
                    names = [x.strip() for x in fm.group(1).split(",")]
                    t = fm.group(2).lstrip("*[]")
                else:
                    continue
                ref = tuple(t.split(".", 1)) if "." in t else ("", t)
                for n in names:
                    fields.append((n, ref))
            self.structs[m.group(1)] = fields
        self.text = None


def flag_calls(text, start, end):
    """Flag registrations in text[start:end]: list of (name expression)."""
    out = []
    for m in FLAG_CALL_RE.finditer(text, start, end):
        meth = m.group(2)
        args, _ = split_args(text, m.end() - 1)
        pos = NAME_ARG_POS.get(meth, 1 if meth.endswith("Var") else 0)
        need = MIN_ARGS.get(meth, 4 if meth.endswith("Var") else 3)
        if m.group(3) == "P":
            need += 1
        if len(args) < need or len(args) <= pos:
            continue
        if pos == 1 and meth != "Var" and not args[0].startswith("&") and meth.endswith("Var") \
                and not re.match(r'^[\w.()\[\]]+$', args[0]):
            continue
        out.append(args[pos])
    return out


# ---------------------------------------------------------------- git access


class Git(object):
    def __init__(self, repo):
        self.repo = repo
        self.proc = subprocess.Popen(["git", "-C", repo, "cat-file", "--batch"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.trees = {}
        self.gofiles = {}

    def run(self, *args):
        return subprocess.run(["git", "-C", self.repo] + list(args), check=True,
                              stdout=subprocess.PIPE).stdout.decode("utf-8", "replace")

    def cat(self, sha):
        self.proc.stdin.write(sha.encode() + b"\n")
        self.proc.stdin.flush()
        hdr = self.proc.stdout.readline().split()
        if len(hdr) < 3:
            raise KeyError(sha)
        size = int(hdr[2])
        data = self.proc.stdout.read(size)
        self.proc.stdout.read(1)
        return hdr[1].decode(), data

    def tree(self, sha):
        t = self.trees.get(sha)
        if t is None:
            typ, data = self.cat(sha)
            t = {}
            i = 0
            while i < len(data):
                sp = data.index(b" ", i)
                nul = data.index(b"\0", sp)
                mode = data[i:sp]
                name = data[sp + 1:nul].decode("utf-8", "replace")
                t[name] = (mode == b"40000", data[nul + 1:nul + 21].hex())
                i = nul + 21
            self.trees[sha] = t
        return t

    def lookup(self, root, path):
        """Tree sha of directory path under tree root, or None."""
        sha = root
        for part in [p for p in path.split("/") if p]:
            e = self.tree(sha).get(part)
            if e is None or not e[0]:
                return None
            sha = e[1]
        return sha

    def gofile(self, sha):
        g = self.gofiles.get(sha)
        if g is None:
            _, data = self.cat(sha)
            g = GoFile(data.decode("utf-8", "replace"))
            self.gofiles[sha] = g
        return g


# --------------------------------------------------------------- flag model


class Package(object):
    def __init__(self, git, dirsha, any_method=False):
        self.files = []
        for name, (isdir, sha) in sorted(git.tree(dirsha).items()):
            if isdir or not name.endswith(".go") or name.endswith("_test.go"):
                continue
            self.files.append(git.gofile(sha))
        self.is_main = any(f.package == "main" for f in self.files)
        self.strassign = defaultdict(set)
        self.fieldassign = defaultdict(set)
        self.fieldkey = defaultdict(set)
        self.fieldassign_id = defaultdict(set)
        self.methods = defaultdict(list)   # type -> [(file, body)]
        self.helpers = {}                  # func name -> (file, body)
        self.structs = {}                  # type -> (file, fields)
        for f in self.files:
            for k, v in f.strassign.items():
                self.strassign[k] |= v
            for k, v in f.fieldassign.items():
                self.fieldassign[k] |= v
            for k, v in f.fieldkey.items():
                self.fieldkey[k] |= v
            for k, v in f.fieldassign_id.items():
                self.fieldassign_id[k] |= v
            for recv, name, body in f.funcs:
                if not (any_method or FLAG_METHOD_RE.match(name)):
                    continue
                if recv:
                    self.methods[recv].append((f, body))
                else:
                    self.helpers[name] = (f, body)
            for t, fields in f.structs.items():
                self.structs[t] = (f, fields)


class Snapshot(object):
    """Flag resolution at one commit tree."""

    def __init__(self, scanner, root):
        self.s = scanner
        self.git = scanner.git
        self.root = root

    def package(self, path):
        sha = self.git.lookup(self.root, path)
        if sha is None:
            return None, None
        p = self.s.packages.get(sha)
        if p is None:
            p = Package(self.git, sha, self.s.any_method)
            self.s.packages[sha] = p
        return p, sha

    def import_dir(self, imppath):
        for pre in MODULE_PREFIXES:
            if imppath.startswith(pre):
                rel = imppath[len(pre):]
                for cand in (rel, "prow/" + rel,
                             rel[5:] if rel.startswith("prow/") else None):
                    if cand and self.git.lookup(self.root, cand):
                        return cand
                return None
        return None

    def resolve_name(self, expr, pkg, file, overrides, body=None):
        expr = expr.strip()
        m = STRLIT_RE.match(expr)
        if m:
            v = m.group(1) if m.group(1) is not None else m.group(2)
            return {v}
        if "+" in expr:
            parts = [self.resolve_name(p, pkg, file, overrides, body) for p in expr.split("+")]
            if all(parts) and len(parts) <= 3:
                res = {""}
                for p in parts:
                    res = {a + b for a in res for b in p}
                return res
            return set()
        m = re.match(r'^(?:\w+\.)?(\w+)$', expr)
        if not m:
            return set()
        ident = m.group(1)
        if "." in expr:
            qual = expr.split(".")[0]
            if qual in file.imports:
                d = self.import_dir(file.imports[qual])
                if d:
                    p2, _ = self.package(d)
                    if p2:
                        return set(p2.strassign.get(ident, ()))
                return set()
            if ident in overrides:
                return set(overrides[ident])
            res = set(pkg.fieldassign.get(ident, ())) | set(pkg.fieldkey.get(ident, ()))
            for other in pkg.fieldassign_id.get(ident, ()):
                res |= pkg.strassign.get(other, set())
            return res
        return set(pkg.strassign.get(ident, ()))

    def type_flags(self, pkgpath, typ, overrides, depth=0):
        key = (self.git.lookup(self.root, pkgpath), typ, tuple(sorted(
            (k, tuple(sorted(v))) for k, v in overrides.items())))
        hit = self.s.typecache.get(key)
        if hit is not None:
            return hit
        self.s.typecache[key] = frozenset()   # recursion guard
        pkg, _ = self.package(pkgpath)
        out = set()
        if pkg is not None and depth < 6:
            fields = pkg.structs.get(typ, (None, []))
            sfile, flist = fields
            seen_helpers = set()
            todo = list(pkg.methods.get(typ, []))
            while todo:
                f, body = todo.pop()
                for e in flag_calls(body, 0, len(body)):
                    out |= self.resolve_name(e, pkg, f, overrides, body)
                for fname, ref in flist:
                    if re.search(r'\.' + re.escape(fname) + r'\b', body):
                        out |= self.ref_flags(pkgpath, sfile, ref, overrides, depth + 1)
                for h, (hf, hbody) in pkg.helpers.items():
                    if h not in seen_helpers and re.search(r'(?<![\w.])' + h + r'\(', body):
                        seen_helpers.add(h)
                        todo.append((hf, hbody))
        res = frozenset(out)
        self.s.typecache[key] = res
        return res

    def ref_flags(self, pkgpath, file, ref, overrides, depth):
        alias, typ = ref
        if not alias:
            return self.type_flags(pkgpath, typ, overrides, depth)
        imp = file.imports.get(alias) if file else None
        if not imp:
            return frozenset()
        d = self.import_dir(imp)
        if not d:
            return frozenset()
        return self.type_flags(d, typ, overrides, depth)

    def component_flags(self, cmddir):
        pkg, sha = self.package(cmddir)
        if pkg is None or not pkg.is_main:
            return None
        key = ("cmd", sha, self.root_deps_key(pkg))
        hit = self.s.typecache.get(key)
        if hit is not None:
            return hit
        overrides = {}
        for k, v in list(pkg.fieldkey.items()) + list(pkg.fieldassign.items()):
            if k.endswith("FlagName") or k.endswith("Name"):
                overrides.setdefault(k, set()).update(v)
        out = set()
        for f in pkg.files:
            for e in f.flagcalls:
                out |= self.resolve_name(e, pkg, f, {})
            for alias, typ in f.qualtypes:
                if alias in f.imports:
                    d = self.import_dir(f.imports[alias])
                    if d:
                        out |= self.type_flags(d, typ, overrides)
        out = frozenset(n for n in out if FLAG_NAME_RE.match(n))
        self.s.typecache[key] = out
        return out

    def root_deps_key(self, pkg):
        # the flags of a main package depend on the packages it imports; key
        # the cache by the tree ids of those directories.
        dirs = set()
        for f in pkg.files:
            for imp in f.imports.values():
                for pre in MODULE_PREFIXES:
                    if imp.startswith(pre):
                        dirs.add(imp[len(pre):])
        return tuple(sorted((d, self.git.lookup(self.root, d) or
                             self.git.lookup(self.root, "prow/" + d) or
                             (self.git.lookup(self.root, d[5:]) if d.startswith("prow/") else None))
                            for d in dirs))


class Scanner(object):
    def __init__(self, repo, any_method=False):
        self.any_method = any_method
        self.git = Git(repo)
        self.packages = {}
        self.typecache = {}
        self.flagcache = {}

    def timeline(self):
        """First-parent commits, oldest first: (sha, ctime, tree, subject, era)."""
        git = self.git
        fmt = "%H%x00%ct%x00%T%x00%P%x00%s"
        head = [l.split("\0") for l in git.run("log", "--first-parent", "--format=" + fmt,
                                                "HEAD").splitlines()]
        # the merge whose second parent carries test-infra's prow history
        best, bestn = None, -1
        for i, (sha, ct, tree, parents, subj) in enumerate(head):
            ps = parents.split()
            if len(ps) < 2:
                continue
            if not git.lookup(git.run("rev-parse", ps[1] + "^{tree}").strip(), "prow/cmd"):
                continue
            n = int(git.run("rev-list", "--first-parent", "--count", ps[1]).strip())
            if n > bestn:
                best, bestn = i, n
        if best is None:
            raise SystemExit("no merge bringing in test-infra's prow/ history found")
        ti_tip = head[best][3].split()[1]
        allc = {}
        for l in git.run("log", "--format=" + fmt, ti_tip).splitlines():
            c = l.split("\0")
            allc[c[0]] = c
        # Walk test-infra's mainline back from the tip: the first parent,
        # except at a merge without a PR number (a branch that merged master
        # in, whose PR merge the history rewrite pruned), where the parent
        # that is a PR merge is the mainline.
        ti = []
        sha = ti_tip
        while sha in allc:
            c = allc[sha]
            ti.append(c)
            ps = c[3].split()
            if not ps:
                break
            nxt = ps[0]
            if len(ps) > 1 and not pr_of(c[4]):
                for q in ps[1:]:
                    if q in allc and pr_of(allc[q][4]) and not pr_of(allc[ps[0]][4]):
                        nxt = q
                        break
            sha = nxt
        out = []
        for sha, ct, tree, parents, subj in reversed(ti):
            out.append((sha, int(ct), tree, subj, "TI"))
        for sha, ct, tree, parents, subj in reversed(head[:best + 1]):
            out.append((sha, int(ct), tree, subj, "SP"))
        return out

    def cmd_dir(self, root, comp):
        g = self.git
        for base in ("cmd", "prow/cmd"):
            for cand in ("%s/%s" % (base, comp), "%s/external-plugins/%s" % (base, comp)):
                if g.lookup(root, cand):
                    return cand
        for cand in ("prow/external-plugins/%s" % comp, "external-plugins/%s" % comp, comp,
                     "prow/%s" % comp):
            if g.lookup(root, cand):
                return cand
        return None

    def flags(self, tree, comp):
        key = (tree, comp)
        hit = self.flagcache.get(key)
        if hit is not None or key in self.flagcache:
            return hit
        d = self.cmd_dir(tree, comp)
        res = None
        if d:
            res = Snapshot(self, tree).component_flags(d)
        self.flagcache[key] = res
        return res


PR_RE = (re.compile(r'^Merge pull request #(\d+)'), re.compile(r'\(#(\d+)\)\s*$'))


def pr_of(subject):
    for r in PR_RE:
        m = r.search(subject)
        if m:
            return m.group(1)
    return None


def utc_day(ct):
    return datetime.datetime.fromtimestamp(ct, datetime.timezone.utc).strftime("%Y%m%d")


def month_ends(tl):
    """Indices of the last timeline commit of every month from FIRST_MONTH."""
    ends = OrderedDict()
    for i, c in enumerate(tl):
        d = datetime.datetime.fromtimestamp(c[1], datetime.timezone.utc)
        ym = (d.year, d.month)
        if ym < FIRST_MONTH:
            continue
        ends[ym] = i
    idx = sorted(set(ends.values()))
    return idx


def do_scan(repo, components, log, any_method=False, first_tag_day=None):
    sc = Scanner(repo, any_method)
    tl = sc.timeline()
    log("timeline: %d first-parent commits" % len(tl))
    points = month_ends(tl)
    log("monthly scan points: %d" % len(points))

    def fl(i, comp):
        return sc.flags(tl[i][2], comp)

    events = defaultdict(list)   # comp -> [(kind, flag, commit index)]
    first = {}
    for comp in components:
        prev_i, prev = None, None
        for i in points:
            cur = fl(i, comp)
            if prev is None:
                if cur is not None:
                    # the component (re)appears: its flags are undated
                    first.setdefault(comp, set())
                    for f in cur:
                        events[comp].append(("born", f, i))
                prev_i, prev = i, cur
                continue
            a = (cur or frozenset()) - (prev or frozenset())
            r = (prev or frozenset()) - (cur or frozenset())
            for kind, changed in (("add", a), ("rm", r)):
                for f in sorted(changed):
                    want = (kind == "add")
                    lo, hi = prev_i, i     # state at lo != want, at hi == want
                    while hi - lo > 1:
                        mid = (lo + hi) // 2
                        s = fl(mid, comp)
                        if s is None and cur is not None:
                            # the binary is missing mid-way: move to where it exists
                            s = frozenset()
                        s = s or frozenset()
                        if (f in s) == want:
                            hi = mid
                        else:
                            lo = mid
                    events[comp].append((kind, f, hi))
            prev_i, prev = i, cur
    log("flag sets computed: %d, packages parsed: %d" % (len(sc.flagcache), len(sc.packages)))

    rows = []
    for comp in components:
        if comp not in first:
            log("component %s: no binary found in the mirror" % comp)
            continue
        open_ = {}
        done = []
        evs = sorted(events[comp], key=lambda e: (e[2], e[0] != "rm", e[1]))
        for kind, f, ci in evs:
            if kind == "born":
                if f not in open_:
                    open_[f] = None
            elif kind == "add":
                if f not in open_:
                    open_[f] = ci
            else:
                if f in open_:
                    done.append((f, open_.pop(f), ci))
        for f, a in open_.items():
            done.append((f, a, None))
        for f, a, r in done:
            if a is not None and first_tag_day and tl[a][1] and \
                    merge_day(tl, a) <= first_tag_day:
                a = None     # in every published build
            rows.append(make_row(comp, f, tl, a, r))
    rows.sort(key=lambda r: (r[0], r[1], within_group_key(r)))
    return rows


def merge_day(tl, ci):
    """UTC day of the merge that brought commit ci in.  A commit without a PR
    number on the mainline is a PR branch commit whose (degenerate) merge the
    history rewrite pruned; its own committer day is taken (the merge itself
    is gone; it was nearly always merged the same day)."""
    return utc_day(tl[ci][1])


# Mirror commit (10 hex digits) -> "TI#N", for the PR merges the rewrite
# pruned (flag_history_merges.tsv); filled by main().
PRUNED_MERGES = {}


def read_merges(path):
    merges = {}
    if not os.path.exists(path):
        return merges
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        commit, source = line.rstrip("\n").split("\t")[:2]
        merges[commit[:10]] = source
    return merges


def change_info(tl, ci):
    sha, ct, tree, subj, era = tl[ci]
    pr = pr_of(subj)
    src = "%s#%s" % (era, pr) if pr else PRUNED_MERGES.get(sha[:10], "-")
    return merge_day(tl, ci), src, sha[:10]


def make_row(comp, f, tl, a, r):
    row = [comp, f, "-", "-", "-", "-", "-", "-", "scan", "scan", "-", "-", "-"]
    notes = []
    if a is not None:
        day, src, h = change_info(tl, a)
        row[2], row[10] = day, src
        notes.append(("added", src if src != "-" else tl[a][4] + "#?", h))
    if r is not None:
        day, src, h = change_info(tl, r)
        row[5], row[11] = day, src
        notes.append(("removed", src if src != "-" else tl[r][4] + "#?", h))
    row[12] = "; ".join("%s %s %s" % n for n in notes) if notes else "-"
    return row


# -------------------------------------------------------- tags and apply


NOTE_RE = re.compile(r'(added|removed) (\S+) ([0-9a-f]+)')


def previous_index(prev_rows):
    """source -> {'add': (day, first, last, hash), 'rm': (...)}"""
    idx = defaultdict(dict)
    for r in prev_rows:
        hashes = {k: h for k, s, h in NOTE_RE.findall(r[12])}
        if r[10] != "-":
            idx[r[10]].setdefault("add", (r[2], r[3], r[4], hashes.get("added")))
        if r[11] != "-":
            idx[r[11]].setdefault("rm", (r[5], r[6], r[7], hashes.get("removed")))
    return idx


def apply_previous(rows, prev_rows, log=None):
    idx = previous_index(prev_rows)
    out = []
    mism = 0
    for r in rows:
        r = list(r)
        hashes = {k: h for k, s, h in NOTE_RE.findall(r[12])}
        for role, src_i, cols, nk in (("add", 10, (2, 3, 4), "added"),
                                      ("rm", 11, (5, 6, 7), "removed")):
            src = r[src_i]
            if src == "-" or src not in idx:
                continue
            ent = idx[src].get(role)
            other = False
            if ent is None:
                ent = idx[src].get("add" if role == "rm" else "rm")
                other = True
            day, first, last, h = ent
            if day != r[cols[0]]:
                mism += 1
            r[cols[0]], r[cols[1]] = day, first
            r[cols[2]] = ("-" if role == "add" else last) if other else last
            if h:
                hashes[nk] = h
        srcs = {k: s for k, s, h in NOTE_RE.findall(r[12])}
        for k, i in (("added", 10), ("removed", 11)):
            if r[i] != "-":
                srcs[k] = r[i]
        notes = ["%s %s %s" % (k, srcs.get(k, "-"), hashes[k])
                 for k in ("added", "removed") if k in hashes]
        r[12] = "; ".join(notes) if notes else "-"
        out.append(r)
    if log and mism:
        log("days taken from the previous table that differ from the merge day: %d" % mism)
    return out


def apply_verified(rows, verified):
    groups = OrderedDict()
    for r in rows:
        groups.setdefault((r[0], r[1]), []).append(list(r))
    for v in verified:
        g = groups.setdefault((v[0], v[1]), [])
        hits = [i for i, r in enumerate(g) if overlaps(r, v) and not r[-1:] == ["\0v"]]
        if hits:
            g[hits[0]] = list(v) + ["\0v"]
            for i in reversed(hits[1:]):
                del g[i]
        else:
            k = within_group_key(v)
            pos = len(g)
            for i, r in enumerate(g):
                if within_group_key(r) > k:
                    pos = i
                    break
            g.insert(pos, list(v) + ["\0v"])
    out = []
    for key in sorted(groups):
        out.extend(r[:NCOL] for r in groups[key])
    return out


# ---------------------------------------------------------------- compare


def compare(a_path, b_path):
    _, a = read_tsv(a_path)
    _, b = read_tsv(b_path)
    sa = ["\t".join(r) for r in a]
    sb = ["\t".join(r) for r in b]
    from collections import Counter
    ca, cb = Counter(sa), Counter(sb)
    same = ca & cb
    ra = [r for r in a if not take(same, "\t".join(r), True)]
    same = ca & cb
    rb = [r for r in b if not take(same, "\t".join(r), True)]
    ident = sum((ca & cb).values())
    ga, gb = defaultdict(list), defaultdict(list)
    for r in ra:
        ga[(r[0], r[1])].append(r)
    for r in rb:
        gb[(r[0], r[1])].append(r)
    soft, shape, only_a, only_b = [], [], [], []
    for key in sorted(set(ga) | set(gb)):
        xa, xb = list(ga.get(key, [])), list(gb.get(key, []))
        for r in list(xa):
            m = None
            for s in xb:
                if overlaps(r, s):
                    m = s
                    break
            if m is None:
                continue
            xa.remove(r)
            xb.remove(m)
            same_shape = (r[2] == "-") == (m[2] == "-") and (r[5] == "-") == (m[5] == "-")
            (soft if same_shape else shape).append((r, m))
        only_a.extend(xa)
        only_b.extend(xb)
    print("rows: %s %d, %s %d" % (a_path, len(a), b_path, len(b)))
    print("identical rows: %d" % ident)
    print("same component/flag/interval shape, differing in day/PR/tags/note/certainty: %d" % len(soft))
    print("same component/flag, overlapping but different interval shape: %d" % len(shape))
    print("only in A: %d, only in B: %d" % (len(only_a), len(only_b)))
    per = defaultdict(lambda: [0, 0, 0, 0, 0])
    same = ca & cb
    for line, n in same.items():
        per[line.split("\t", 1)[0]][0] += n
    for r, m in soft:
        per[r[0]][1] += 1
    for r, m in shape:
        per[r[0]][2] += 1
    for r in only_a:
        per[r[0]][3] += 1
    for r in only_b:
        per[r[0]][4] += 1
    print("\nper component: identical / soft-diff / shape-diff / only-A / only-B")
    for c in sorted(per):
        print("  %-26s %4d %4d %4d %4d %4d" % ((c,) + tuple(per[c])))
    print("\nfirst differences:")
    n = 0
    for r, m in soft + shape:
        if n >= 30:
            break
        diffs = [i for i in range(NCOL) if r[i] != m[i]]
        print("  %s %s:" % (r[0], r[1]))
        print("     A: " + " ".join(r[i] for i in range(2, NCOL)))
        print("     B: " + " ".join(m[i] for i in range(2, NCOL)))
        n += 1
    for tag, lst in (("only A", only_a), ("only B", only_b)):
        for r in lst[:max(0, 15)]:
            print("  %s: %s" % (tag, "\t".join(r)))


def take(counter, key, _):
    if counter.get(key, 0) > 0:
        counter[key] -= 1
        return True
    return False


# ---------------------------------------------------------------- check


def check(table_path, verified_path):
    """Offline (CI): the table's rows that only the scan found, with the
    verified rows applied, give the table again byte for byte. Fails when a
    row was edited by hand in the table instead of the verified file, or a
    verified row was not applied."""
    import io
    header, table = read_tsv(table_path)
    _, verified = read_tsv(verified_path)
    scanned = [r for r in table if r[8] == "scan" and r[9] == "scan"]
    rebuilt = apply_verified(apply_previous(scanned, table), verified)
    out = io.StringIO()
    write_tsv(header, rebuilt, out)
    with open(table_path, encoding="utf-8") as f:
        want = f.read()
    if out.getvalue() == want:
        print("%s: %d rows, %d verified, consistent" % (table_path, len(table), len(verified)))
        return 0
    got_lines, want_lines = out.getvalue().splitlines(), want.splitlines()
    import difflib
    sys.stderr.writelines(l + "\n" for l in list(difflib.unified_diff(
        want_lines, got_lines, "table", "scanned rows + verified", lineterm=""))[:40])
    sys.stderr.write("%s is not its scanned rows with %s applied: edit the verified file "
                     "and rerun flag_history_gen.py\n" % (table_path, verified_path))
    return 1


# ---------------------------------------------------------------- main


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="mode")
    p_scan = sub.add_parser("scan")
    p_scan.add_argument("repo")
    p_apply = sub.add_parser("apply")
    p_apply.add_argument("scanned")
    for p in (p_scan, p_apply):
        p.add_argument("-o", "--output", default="-")
        p.add_argument("--previous", default=DEFAULT_PREVIOUS)
        p.add_argument("--verified", default=DEFAULT_VERIFIED)
        p.add_argument("--merges", default=DEFAULT_MERGES,
                       help="commit -> PR for merges the history rewrite pruned")
    p_scan.add_argument("--no-previous", action="store_true",
                        help="do not take days/tags/note hashes from --previous")
    p_scan.add_argument("--no-verified", action="store_true",
                        help="output the scanned rows only")
    p_scan.add_argument("--any-flagset-method", action="store_true",
                        help="follow every method taking a *flag.FlagSet (e.g. the "
                        "pod utilities' BindOptions), not only Add*Flags ones")
    p_check = sub.add_parser(
        "check", help="the committed table is its scanned rows with --verified applied")
    p_check.add_argument("--table", default=DEFAULT_PREVIOUS)
    p_check.add_argument("--verified", default=DEFAULT_VERIFIED)
    p_cmp = sub.add_parser("compare")
    p_cmp.add_argument("a")
    p_cmp.add_argument("b")
    args = ap.parse_args(argv)

    def log(msg):
        sys.stderr.write(msg + "\n")

    if args.mode == "compare":
        compare(args.a, args.b)
        return 0
    if args.mode == "check":
        return check(args.table, args.verified)
    if args.mode not in ("scan", "apply"):
        ap.print_help()
        return 2
    header, prev = read_tsv(args.previous)
    PRUNED_MERGES.update(read_merges(args.merges))
    _, verified = read_tsv(args.verified)
    if args.mode == "scan":
        comps = sorted(set(r[0] for r in prev))
        first_tag_day = None
        if not args.no_previous:
            days = [m.group(1) for r in prev for c in (3, 4, 6, 7)
                    for m in [re.match(r'^v(\d{8})-', r[c])] if m]
            first_tag_day = min(days) if days else None
            log("first published tag day (from --previous): %s; additions merged "
                "by then are undated" % first_tag_day)
        rows = do_scan(args.repo, comps, log, args.any_flagset_method, first_tag_day)
        # Components the repository does not hold keep their previous rows:
        # test-infra's own label_sync and commenter, which left Prow's image
        # set at the 2024 split and whose history the rewrite dropped.
        scanned = set(r[0] for r in rows)
        kept = [r for r in prev if r[0] not in scanned]
        for comp in sorted(set(r[0] for r in kept)):
            log("component %s: not in the repository; its %d rows are kept from --previous"
                % (comp, sum(1 for r in kept if r[0] == comp)))
        rows = sorted(rows + kept, key=lambda r: (r[0], r[1], within_group_key(r)))
        if not args.no_previous:
            rows = apply_previous(rows, prev, log)
        if not args.no_verified:
            rows = apply_verified(rows, verified)
    else:
        _, rows = read_tsv(args.scanned)
        rows = apply_previous(rows, prev)
        rows = apply_verified(rows, verified)
    write_tsv(header, rows, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
