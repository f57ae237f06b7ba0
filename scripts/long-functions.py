#!/usr/bin/env python3
"""The function-length budget of Berth's production Rust (issue #20).

Lists every production function of 60 lines or more (from its `fn` line to its
closing brace), longest first, and exits 1 when one is longer than 80 lines or
when more than five are 60-80 lines long. Production: the repository's tracked
.rs files outside tests/, benches/, examples/, any crate's tests/ (web/tests/)
and `mod tests { ... }` blocks.

usage: scripts/long-functions.py [REPO]   (default: the repository this script is in)
"""
import os
import re
import subprocess
import sys

LISTED = 60  # a function this long is listed
HARD_CAP = 80  # longer than this fails
MAX_LISTED = 5  # more than this many functions of LISTED..HARD_CAP lines fails

NOT_PRODUCTION = re.compile(r"^(tests|benches|examples|[^/]+/tests)/")


def blank_out(text):
    """`text` with comments, string and char literals turned to spaces (line breaks kept),
    so braces and `fn` inside them do not count."""
    out = []
    i, n = 0, len(text)

    def keep_lines(span):
        out.append(re.sub(r"[^\n]", " ", span))

    while i < n:
        rest = text[i : i + 3]
        if rest.startswith("//"):
            end = text.find("\n", i)
            end = n if end < 0 else end
        elif rest.startswith("/*"):
            depth, end = 1, i + 2
            while end < n and depth:
                if text.startswith("/*", end):
                    depth, end = depth + 1, end + 2
                elif text.startswith("*/", end):
                    depth, end = depth - 1, end + 2
                else:
                    end += 1
        elif (raw := re.match(r'b?r(#*)"', text[i : i + 260])) and not (i and (text[i - 1].isalnum() or text[i - 1] == "_")):
            closing = '"' + raw.group(1)
            end = text.find(closing, i + raw.end())
            end = n if end < 0 else end + len(closing)
        elif text[i] == '"' or (text.startswith('b"', i) and not (i and text[i - 1].isalnum())):
            end = i + (2 if text[i] == "b" else 1)
            while end < n and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            end += 1
        elif char := re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\x[0-9a-fA-F]{2}|\\.|[^\\'])'", text[i : i + 12]):
            end = i + char.end()
        else:
            out.append(text[i])
            i += 1
            continue
        keep_lines(text[i:end])
        i = end
    return "".join(out)


def closing_brace(code, open_at):
    """Index of the brace that closes the one at `open_at`."""
    depth = 0
    for k in range(open_at, len(code)):
        if code[k] == "{":
            depth += 1
        elif code[k] == "}":
            depth -= 1
            if depth == 0:
                return k
    return len(code) - 1


def test_blocks(code):
    """(start, end) of every `mod tests { ... }` block."""
    return [(m.start(), closing_brace(code, m.end() - 1)) for m in re.finditer(r"\bmod\s+tests\s*\{", code)]


def body_start(code, after):
    """Index of the `{` that opens a fn's body, or None for a fn without one (`;`)."""
    depth = 0
    for k in range(after, len(code)):
        ch = code[k]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0 and ch == ";":
            return None
        elif depth == 0 and ch == "{":
            return k
    return None


def functions(path):
    """(lines, name, first line) of every fn with a body in the file, outside test blocks."""
    with open(path, encoding="utf-8") as f:
        code = blank_out(f.read())
    tests = test_blocks(code)
    found = []
    for m in re.finditer(r"\bfn\s+([A-Za-z_]\w*)", code):
        if any(start <= m.start() <= end for start, end in tests):
            continue
        opening = body_start(code, m.end())
        if opening is None:
            continue
        first = code.count("\n", 0, m.start()) + 1
        last = code.count("\n", 0, closing_brace(code, opening)) + 1
        found.append((last - first + 1, m.group(1), first))
    return found


def production_files(repo):
    tracked = subprocess.run(["git", "ls-files", "*.rs"], cwd=repo, capture_output=True, text=True, check=True).stdout.split()
    return [f for f in tracked if not NOT_PRODUCTION.match(f)]


def main():
    repo = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    every = [(lines, name, f"{file}:{line}") for file in production_files(repo) for lines, name, line in functions(os.path.join(repo, file))]
    listed = sorted((f for f in every if f[0] >= LISTED), key=lambda f: (-f[0], f[2]))
    print(f"Production Rust functions of {LISTED} lines or more ({len(every)} functions in all):")
    for lines, name, where in listed:
        print(f"{lines:5d}  {name}  {where}")
    over = [f for f in listed if f[0] > HARD_CAP]
    problems = []
    if over:
        problems.append(f"{len(over)} longer than {HARD_CAP} lines")
    if len(listed) - len(over) > MAX_LISTED:
        problems.append(f"{len(listed) - len(over)} of {LISTED}-{HARD_CAP} lines (at most {MAX_LISTED})")
    if problems:
        print(f"long-functions: over the budget: {'; '.join(problems)}. Split them (ARCHITECTURE.md, code style).")
        return 1
    print(f"long-functions: within the budget (none over {HARD_CAP} lines, {len(listed)} of {LISTED}-{HARD_CAP}, at most {MAX_LISTED})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
