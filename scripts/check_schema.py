"""Validates JSON files against schema/catalog.schema.json (Draft 2020-12).

Usage: python3 scripts/check_schema.py FILE.json [...]
Exit 0 when every file is valid; 1 otherwise, listing every error with its path.
"""
import json
import sys
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
schema = json.loads((ROOT / "schema" / "catalog.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
for name in sys.argv[1:]:
    doc = json.loads(Path(name).read_text())
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors:
        failed = True
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
        print(f"{name}: {path}: {e.message}")
    if not errors:
        print(f"{name}: valid against catalog.schema.json")
sys.exit(1 if failed else 0)
