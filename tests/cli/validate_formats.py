#!/usr/bin/python3
"""Validates schemadelta's JSON outputs against docs/formats/*.schema.json.

usage: validate_formats.py SCHEMA_DIR FILE...  Each file is validated against the schema its
"format" names; every format must have been seen at least once. A document changed in a way the
schemas forbid must fail, so the schemas are known to check something.
"""
import copy
import json
import pathlib
import sys
import warnings

import jsonschema

warnings.filterwarnings("ignore", category=DeprecationWarning)

schema_dir = pathlib.Path(sys.argv[1])
schemas = {}
store = {}
for path in schema_dir.glob("*.schema.json"):
    schema = json.loads(path.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    store[schema["$id"]] = schema
    schemas["schemadelta-" + path.name.split(".")[0]] = schema


def validator(schema):
    resolver = jsonschema.RefResolver(schema["$id"], schema, store=store)
    return jsonschema.Draft202012Validator(schema, resolver=resolver)


validators = {name: validator(schema) for name, schema in schemas.items()}
seen = {name: 0 for name in schemas}
failures = 0
samples = {}
for name in sys.argv[2:]:
    document = json.loads(pathlib.Path(name).read_text())
    format_name = document.get("format")
    if format_name not in validators:
        print(f"FAIL: {name}: no schema for format {format_name!r}")
        failures += 1
        continue
    errors = sorted(validators[format_name].iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors[:5]:
        print(f"FAIL: {name}: {'/'.join(map(str, error.absolute_path))}: {error.message[:300]}")
    failures += bool(errors)
    seen[format_name] += 1
    samples.setdefault(format_name, document)

for format_name, count in seen.items():
    if count == 0:
        print(f"FAIL: no {format_name} document was validated")
        failures += 1
    else:
        print(f"ok: {count} {format_name} documents")


def must_fail(what, format_name, change):
    global failures
    if format_name not in samples:
        return
    document = copy.deepcopy(samples[format_name])
    if not change(document):
        print(f"FAIL: no {format_name} sample to {what}")
        failures += 1
        return
    if validators[format_name].is_valid(document):
        print(f"FAIL: the {format_name} schema accepts a document with {what}")
        failures += 1
    else:
        print(f"ok: the {format_name} schema refuses {what}")


def first_change(document):
    return document["changes"][0] if document.get("changes") else None


must_fail("an unknown key", "schemadelta-catalog", lambda d: d.update(surprise=1) or True)
must_fail("a table without columns", "schemadelta-catalog",
          lambda d: any(t.pop("columns") for s in d["schemas"] for t in s.get("tables", [])[:1]))
must_fail("an unknown hazard", "schemadelta-plan", lambda d: first_change(d) is not None and first_change(d)["hazards"].append("Oops") is None)
must_fail("SQL that is not a list of strings", "schemadelta-plan",
          lambda d: first_change(d) is not None and first_change(d).update(sql=[1]) is None)
must_fail("an unknown status", "schemadelta-drift", lambda d: bool(d["objects"]) and d["objects"][0].update(status="odd") is None)
sys.exit(1 if failures else 0)
