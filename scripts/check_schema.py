"""Validates catalog and quiz JSON files against schema/*.schema.json (Draft 2020-12).

Usage: python3 scripts/check_schema.py FILE.json [...]
Exit 0 when every file is valid; 1 otherwise, listing every error with its path.
"""
import json
import sys
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
from referencing import Registry, Resource

SCHEMAS = {name: json.loads((ROOT / "schema" / f"{name}.schema.json").read_text()) for name in ("catalog", "quiz")}
registry = Registry().with_resources(
    [(s["$id"], Resource.from_contents(s)) for s in SCHEMAS.values()]
    + [("catalog.schema.json", Resource.from_contents(SCHEMAS["catalog"]))]
)
failed = False
for name in sys.argv[1:]:
    doc = json.loads(Path(name).read_text())
    # The file's `format` picks the schema: berth-catalog/1 or berth-quiz/1.
    schema = SCHEMAS["quiz" if doc.get("format") == "berth-quiz/1" else "catalog"]
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, registry=registry)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors:
        failed = True
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
        print(f"{name}: {path}: {e.message}")
    if not errors:
        print(f"{name}: valid against its schema")
sys.exit(1 if failed else 0)
