#!/usr/bin/env python3
"""The layering budget of Berth's two crates, src/ and web/src/ (issue #20).

Prints each crate's top-level modules (a file foo.rs or a folder foo/ is one module) in
dependency order: a module only uses modules on the lines above it, or on its own line
when they form a circle. Exits 1 when
  - two top-level modules of src/ or of web/src/ import each other (directly or round a circle);
  - two files inside src/ or web/src/ import each other (a folder's mod.rs declaring its children or
    re-exporting them with `pub use` is not an import);
  - a folder of web/src/ holds more than 10 .rs files of its own (a subfolder, such as
    chooser/question/, is a part with its own limit).
Imports are the `crate::a::b` paths of `use` lines and of code, `super::x` and `self::x`,
outside `#[cfg(test)] mod tests` blocks and comments.

usage: scripts/import-cycles.py [REPO]   (default: the repository this script is in)
"""
import os
import re
import sys

CRATES = ["src", "web/src"]  # folders of the crates whose layers are checked
FILE_LEVEL = ["src", "web/src"]  # crates whose files may not import each other round a circle either
MAX_FOLDER_FILES = {"web/src": 10}  # crate → .rs files a folder may hold directly


def code_of(path):
    """The file's text without comments and without its test module."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    tests = re.search(r"#\[cfg\(test\)\]\s*(pub(\([^)]*\))?\s+)?mod\s+tests\b", text)
    return text[: tests.start()] if tests else text


def use_trees(code):
    """Every path a file names, as lists of segments: `crate::a::b`, `super::x`, `self::x`,
    with `use` groups (`use crate::{a::b, c}`) expanded. Each entry: (segments, is_pub_use)."""
    paths = []
    for m in re.finditer(r"\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", code):
        for path in expand(m.group(2)):
            paths.append((path, bool(m.group(1))))
    without_uses = re.sub(r"\buse\s+[^;]+;", "", code)
    for m in re.finditer(r"\b((?:crate|super|self)(?:::[A-Za-z_]\w*)+)", without_uses):
        paths.append((m.group(1).split("::"), False))
    return paths


def expand(tree):
    """`a::{b, c::{d, e}}` → [[a, b], [a, c, d], [a, c, e]] (renames and globs dropped)."""
    tree = re.sub(r"\s+", "", tree)
    brace = tree.find("{")
    if brace < 0:
        return [[s for s in re.sub(r"\bas\w+$", "", tree).split("::") if s and s != "*"]]
    prefix = [s for s in tree[:brace].split("::") if s]
    inner, depth, parts, start = tree[brace + 1 : tree.rfind("}")], 0, [], 0
    for i, ch in enumerate(inner):
        depth += ch == "{"
        depth -= ch == "}"
        if ch == "," and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    return [prefix + rest for part in parts if part for rest in expand(part)]


def rust_files(crate):
    """Paths of the crate's .rs files, relative to the crate folder (bin/ left out)."""
    found = []
    for folder, dirs, files in os.walk(crate):
        dirs.sort()
        for name in sorted(files):
            rel = os.path.relpath(os.path.join(folder, name), crate)
            if name.endswith(".rs") and not rel.startswith("bin" + os.sep):
                found.append(rel)
    return found


def module_path(rel):
    """src-relative file → its module path: catalog/mod.rs → [catalog], catalog/x.rs → [catalog, x]."""
    parts = rel[:-3].split(os.sep)
    if parts[-1] == "mod" or parts == ["lib"]:
        parts = parts[:-1]
    return parts


def top_level(rel):
    parts = module_path(rel)
    return parts[0] if parts else None


def target_file(segments, here, files_by_module):
    """The file an import names: the longest module path it starts with."""
    module = module_path(here)
    if segments[0] == "crate":
        base, rest = [], segments[1:]
    elif segments[0] == "self":
        base, rest = module, segments[1:]
    else:  # super (possibly repeated)
        base, rest = module, segments
        while rest and rest[0] == "super":
            base, rest = base[:-1], rest[1:]
    for length in range(len(rest), -1, -1):
        found = files_by_module.get(tuple(base + rest[:length]))
        if found:
            return found
    return None


def is_child_of(file, folder_file):
    """`file` is a module declared in folder_file (a mod.rs or lib.rs) one level down."""
    return module_path(file)[:-1] == module_path(folder_file) and len(module_path(file)) > 0


def file_graph(crate):
    """File → the files it imports (a parent's `pub use` and `mod` of its own children left out)."""
    files = rust_files(crate)
    by_module = {tuple(module_path(f)): f for f in files}
    graph = {f: set() for f in files}
    for here in files:
        for segments, is_pub_use in use_trees(code_of(os.path.join(crate, here))):
            if segments[0] not in ("crate", "super", "self"):
                continue
            there = target_file(segments, here, by_module)
            if there is None or there == here:
                continue
            if is_pub_use and is_child_of(there, here):
                continue  # a folder re-exporting its child
            graph[here].add(there)
    return graph


def strongly_connected(graph):
    """The graph's strongly connected groups (Tarjan), each sorted; a node on no circle is a group of one."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for next_node in sorted(graph.get(node, ())):
            if next_node not in index:
                visit(next_node)
                low[node] = min(low[node], low[next_node])
            elif next_node in on_stack:
                low[node] = min(low[node], index[next_node])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            groups.append(sorted(group))

    sys.setrecursionlimit(10000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def circles(graph):
    """The groups of nodes that import each other, directly or round a circle."""
    return [group for group in strongly_connected(graph) if len(group) > 1]


def layers(graph):
    """Groups of modules, each using only modules of the groups before it (or its own, in a circle)."""
    group_of = {}
    for group in strongly_connected(graph):
        for node in group:
            group_of.setdefault(node, tuple(group))
    depth = {}

    def depth_of(group):
        if group not in depth:
            depth[group] = 0  # (a circle's own members do not deepen it)
            below = {group_of[d] for n in group for d in graph.get(n, ()) if group_of[d] != group}
            depth[group] = 1 + max((depth_of(b) for b in below), default=-1)
        return depth[group]

    by_depth = {}
    for group in set(group_of.values()):
        by_depth.setdefault(depth_of(group), []).append(group)
    return [sorted(by_depth[d]) for d in sorted(by_depth)]


def check_crate(repo, crate):
    root = os.path.join(repo, crate)
    files = file_graph(root)
    modules = {top_level(f): set() for f in files if top_level(f)}
    for here, targets in files.items():
        for there in targets:
            a, b = top_level(here), top_level(there)
            if a and b and a != b:
                modules[a].add(b)
    problems = []
    print(f"{crate}: top-level modules in dependency order (each uses only the lines above it)")
    for number, layer in enumerate(layers(modules)):
        names = ", ".join(" ⇄ ".join(group) if len(group) > 1 else group[0] for group in layer)
        print(f"  {number:2d}  {names}")
    for group in circles(modules):
        problems.append(f"{crate}: top-level modules import each other: {' ⇄ '.join(group)}")
    if crate in FILE_LEVEL:
        for group in circles(files):
            problems.append(f"{crate}: files import each other: {' ⇄ '.join(group)}")
    limit = MAX_FOLDER_FILES.get(crate)
    for folder, _, names in sorted(os.walk(root)) if limit else []:
        count = sum(name.endswith(".rs") for name in names)
        if folder != root and count > limit:
            where = os.path.relpath(folder, repo)
            problems.append(f"{where}/ holds {count} files (at most {limit}; a subfolder is a part of its own)")
    return problems


def main():
    repo = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    problems = [p for crate in CRATES for p in check_crate(repo, crate)]
    for problem in problems:
        print(f"import-cycles: {problem}")
    if problems:
        return 1
    print("import-cycles: no import circles; folders within their size")
    return 0


if __name__ == "__main__":
    sys.exit(main())
