"""Finds ```berth fences in a page's Markdown and turns each into a
``<berth-widget>`` element, or into problems that name the line.

The rules come from ``spec.json``, a copy of what ``berth::embed`` checks
(``mdbook-berth spec`` writes it; a Rust test fails when the copy drifts), and
``tests/data/fences.json`` holds the cases both generators must agree on.
Fences inside other fences are left alone. Pure: no I/O but reading the spec.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

SPEC = json.loads(resources.files(__package__).joinpath("spec.json").read_text(encoding="utf-8"))
ORDER = SPEC["order"]  # every setting, in the order berth::embed writes attributes


@dataclass
class FenceError:
    line: int
    message: str


def _opening(line: str):
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3 or not stripped[:1] in ("`", "~"):
        return None
    marker = stripped[0]
    length = len(stripped) - len(stripped.lstrip(marker))
    if length < 3:
        return None
    return marker, length, stripped[length:].strip()


def _closes(line: str, marker: str, length: int) -> bool:
    text = line.strip()
    return len(text) >= length and set(text) == {marker}


def render_fences(markdown: str, lang: str = "en"):
    """Returns (new markdown, whether a fence was found); raises FenceErrors."""
    lines = markdown.splitlines(keepends=True)
    out, errors, found, i = [], [], False, 0
    while i < len(lines):
        opened = _opening(lines[i])
        if not opened:
            out.append(lines[i])
            i += 1
            continue
        marker, length, info = opened
        end = next((j for j in range(i + 1, len(lines)) if _closes(lines[j], marker, length)), None)
        stop = len(lines) if end is None else end + 1
        if info.split()[:1] != ["berth"]:
            out.extend(lines[i:stop])
            i = stop
            continue
        found = True
        if end is None:
            errors.append(FenceError(i + 1, "berth 블록이 닫히지 않았습니다 (``` 줄이 없습니다)" if lang == "ko"
                                     else "the berth block is not closed (no ``` line)"))
        body = "".join(lines[i + 1:len(lines) if end is None else end])
        try:
            out.append(widget(body, i + 1, lang) + "\n")
        except FenceErrors as bad:
            errors.extend(bad.errors)
        i = stop
    if errors:
        raise FenceErrors(errors)
    return "".join(out), found


class FenceErrors(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(f"{e.line}: {e.message}" for e in errors))
        self.errors = errors


def widget(body: str, fence_line: int, lang: str = "en") -> str:
    """One fence body (TOML) as a widget element; fence_line: the opening fence's line."""
    ko = lang == "ko"
    try:
        settings = tomllib.loads(body)
    except tomllib.TOMLDecodeError as e:
        found = re.search(r"line (\d+)", str(e))
        line = fence_line + (int(found.group(1)) if found else 1)
        raise FenceErrors([FenceError(line, f"berth 블록의 TOML을 읽을 수 없습니다: {e}" if ko
                                      else f"the berth block is not valid TOML: {e}")])
    own_content = "content" in settings
    attributes, errors = {}, []
    for key, value in settings.items():
        problem = _check(key, value, own_content, ko)
        if isinstance(problem, str):
            errors.append(FenceError(fence_line + 1 + _key_line(body, key), problem))
        else:
            attributes[key] = problem[0]
    if errors:
        raise FenceErrors(errors)
    parts = [f' {k}="{_escape(attributes[k])}"' for k in ORDER if k in attributes]
    return "<berth-widget" + "".join(parts) + "></berth-widget>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def _key_line(body: str, key: str) -> int:
    for n, line in enumerate(body.splitlines()):
        if re.match(rf'\s*"?{re.escape(key)}"?\s*=', line):
            return n
    return 0


def _type_name(kind: str, ko: bool) -> str:
    return {"text": ("문자열", "a string"), "integer": ("정수", "an integer"),
            "list": ("문자열 목록", "a list of strings")}.get(kind, ("문자열 또는 참/거짓", "a string or true/false"))[0 if ko else 1]


def _text(key, value, kind, ko):
    """The TOML value as attribute text, or an error message (a str in a list)."""
    wrong = lambda expected: [f"{key}의 값은 {_type_name(expected, ko)}(이)어야 합니다" if ko
                              else f"{key} must be {_type_name(expected, ko)}"]
    if isinstance(value, bool):
        if key == "url":
            return "on" if value else "off"
        if key in ("shuffle", "retry", "show"):
            return "yes" if value else "no"
        return wrong(kind)
    if isinstance(value, int):
        return str(value) if kind == "integer" else wrong(kind)
    if isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            return wrong("list" if kind == "list" else kind)
        if key == "answers":
            return " ".join(value)
        return ",".join(value) if kind == "list" else wrong("text")
    if isinstance(value, str):
        return value.strip()
    return wrong(kind)


def _check(key, value, own_content, ko):
    """(attribute text,) or an error message."""
    spec = SPEC["settings"].get(key)
    if spec is None:
        valid = ", ".join(ORDER)
        return (f"알 수 없는 설정 '{key}'. 쓸 수 있는 설정: {valid}" if ko
                else f"unknown setting '{key}'; valid settings: {valid}")
    text = _text(key, value, spec["kind"], ko)
    if isinstance(text, list):
        return text[0]
    if "choices" in spec and text not in spec["choices"]:
        valid = ", ".join(spec["choices"])
        return (f'{key} = "{text}"은(는) 쓸 수 없습니다. 가능한 값: {valid}' if ko
                else f'{key} = "{text}" is not valid; valid values: {valid}')
    if key == "id" and not re.fullmatch(r"[\w-]+", text):
        return (f"id = \"{text}\": 글자, 숫자, '-', '_'만 쓸 수 있습니다" if ko
                else f"id = \"{text}\" may use only letters, digits, '-' and '_'")
    if "range" in spec:
        low, high = spec["range"]
        if not (text.isdigit() and low <= int(text) <= high):
            shown = "0–18446744073709551615" if key == "seed" else f"{low}–{high}"
            return f"{key}: {key}={text}: 가능한 값은 {shown}" if ko else f"{key}: {key}={text}: valid values are {shown}"
    if key in ("topics", "compare") and not own_content:
        for item in filter(None, (t.strip() for t in text.split(","))):
            if item not in spec["items"]:
                valid = ", ".join(spec["items"])
                return (f'{key}의 "{item}"은(는) 없는 값입니다. 가능한 값: {valid}' if ko
                        else f'{key}: unknown item "{item}"; valid items: {valid}')
    if key == "answers" and not own_content:
        problem = _check_answers(text, ko)
        if problem:
            return f"answers: {problem}"
    if key == "content" and (not text or text.startswith("//") or re.match(r"^[^/?]*:", text)):
        return (f'content = "{text}": 같은 사이트의 상대 경로여야 합니다 (예: "catalogs/which-db.json")' if ko
                else f'content = "{text}" must be a path on the same site (e.g. "catalogs/which-db.json")')
    return (text,)


def _check_answers(text: str, ko: bool):
    """The first problem of `key=value` answers, as berth::Answers::parse finds it, or None."""
    questions = SPEC["questions"]
    for item in filter(None, re.split(r"[&\s]+", text)):
        key, eq, value = item.partition("=")
        if not eq:
            return (f"'{item}'을(를) 읽을 수 없습니다: 질문=답 형식으로 쓰세요 (예: runtime=40m)" if ko
                    else f"cannot read '{item}': write question=answer (e.g. runtime=40m)")
        if key not in questions:
            valid = ", ".join(questions)
            return (f"'{key}'라는 질문은 없습니다. 가능한 질문: {valid}" if ko
                    else f"unknown question '{key}'; valid questions: {valid}")
        if value in ("", "?") or value.lower() == "unknown":
            continue
        rule = questions[key]
        if "answers" in rule and value not in rule["answers"]:
            valid = ", ".join(rule["answers"])
            return (f"{key}={value}: 가능한 답은 {valid}" if ko else f"{key}={value}: valid answers are {valid}")
        if "units" in rule:
            number = re.match(r"[\d.,]*", value).group(0)
            unit = value[len(number):].strip().lower()
            digits = number.replace(",", "")
            if not re.fullmatch(r"\d{0,20}(\.\d{0,9})?", digits) or digits in ("", "."):
                return (f"{key}={value}: 숫자를 읽을 수 없습니다" if ko else f"{key}={value}: not a number")
            if unit not in rule["units"]:
                valid = ", ".join(u for u in rule["units"] if u)
                return (f"{key}={value}: 단위를 알 수 없습니다. 가능한 단위: {valid}" if ko
                        else f"{key}={value}: unknown unit; valid units: {valid}")
    return None
