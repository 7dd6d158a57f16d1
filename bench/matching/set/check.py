#!/usr/bin/env python3
"""Checks the labelled match-scoring set: format, resume schema, label consistency.

Usage: python3 bench/matching/set/check.py [DIR]   (DIR defaults to this script's folder)

Uses only the standard library. Each resume's content is validated against the project's
ResumeContent JSON schema (src/main/resources/schemas/resume-content.schema.json, found by
walking up from DIR, or given with RESUME_SCHEMA=path) plus the seed's value rules
(dates YYYY-MM, start <= end, e-mail shape, URLs). Exits 1 on any error, so it can guard
an edit of the labels. Prints warnings for things a reviewer should look at (e.g. a
requirement none of whose variants appears in the posting).
"""
import json
import os
import re
import sys

LANGUAGES = {"en", "de", "fr", "es", "ru"}
FITS = ["strong", "medium", "weak"]
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def find_schema(start):
    env = os.environ.get("RESUME_SCHEMA")
    if env:
        return env
    d = os.path.abspath(start)
    while d != os.path.dirname(d):
        p = os.path.join(d, "src/main/resources/schemas/resume-content.schema.json")
        if os.path.exists(p):
            return p
        d = os.path.dirname(d)
    return None


def type_ok(value, types):
    types = types if isinstance(types, list) else [types]
    for t in types:
        if t == "null" and value is None:
            return True
        if t == "string" and isinstance(value, str):
            return True
        if t == "array" and isinstance(value, list):
            return True
        if t == "object" and isinstance(value, dict):
            return True
        if t == "boolean" and isinstance(value, bool):
            return True
        if t == "integer" and isinstance(value, int) and not isinstance(value, bool):
            return True
    return False


def validate(value, schema, path, errors):
    """The subset of JSON Schema the ResumeContent schema uses."""
    if "type" in schema and not type_ok(value, schema["type"]):
        errors.append(f"{path}: expected {schema['type']}, got {type(value).__name__}")
        return
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing '{key}'")
        if schema.get("additionalProperties") is False:
            for key in value:
                if key not in props:
                    errors.append(f"{path}: unexpected '{key}'")
        for key, sub in props.items():
            if key in value:
                validate(value[key], sub, f"{path}.{key}", errors)
    elif isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], f"{path}[{i}]", errors)


def seed_rules(content, path, errors):
    """Value rules of the seed's Zod schema that the JSON schema does not express."""
    info = content.get("personalInfo") or {}
    if not info.get("fullName"):
        errors.append(f"{path}.personalInfo.fullName: empty")
    if not EMAIL.match(info.get("email") or ""):
        errors.append(f"{path}.personalInfo.email: not an e-mail")
    for key in ("linkedin", "website"):
        v = info.get(key)
        if v is not None and not re.match(r"^https?://\S+$", v):
            errors.append(f"{path}.personalInfo.{key}: not a URL")
    for section in ("experience", "education"):
        for i, e in enumerate(content.get(section) or []):
            p = f"{path}.{section}[{i}]"
            for key in ("startDate", "endDate"):
                v = e.get(key)
                if v is not None and not MONTH.match(v):
                    errors.append(f"{p}.{key}: not YYYY-MM: {v}")
            if e.get("endDate") and e.get("startDate") and e["endDate"] < e["startDate"]:
                errors.append(f"{p}: ends before it starts")
            for key in ("company", "position", "institution", "degree"):
                if key in e and not e[key]:
                    errors.append(f"{p}.{key}: empty")
            for j, link in enumerate(e.get("links") or []):
                if not re.match(r"^https?://\S+$", link.get("link", "")):
                    errors.append(f"{p}.links[{j}]: not a URL")
    for i, c in enumerate(content.get("certifications") or []):
        if not c.get("name"):
            errors.append(f"{path}.certifications[{i}].name: empty")
        if c.get("date") is not None and not MONTH.match(c["date"]):
            errors.append(f"{path}.certifications[{i}].date: not YYYY-MM")
    for i, lang in enumerate(content.get("languages") or []):
        if not lang.get("language") or not lang.get("level"):
            errors.append(f"{path}.languages[{i}]: empty language or level")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check_file(path, schema, errors, warnings):
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    for key in ("id", "language", "profession", "vacancy", "requirements", "noise", "resumes"):
        if key not in d:
            errors.append(f"{name}: missing '{key}'")
            return None
    if d["id"] + ".json" != name:
        errors.append(f"{name}: id '{d['id']}' does not match the file name")
    if d["language"] not in LANGUAGES:
        errors.append(f"{name}: language '{d['language']}'")
    v = d["vacancy"]
    for key in ("company", "jobPosition", "description"):
        if not isinstance(v.get(key), str) or not v[key].strip():
            errors.append(f"{name}: vacancy.{key} empty")
    text = norm(v.get("description", ""))
    ids = set()
    all_variants = set()
    for r in d["requirements"]:
        rid = r.get("id")
        if rid in ids:
            errors.append(f"{name}: duplicate requirement id {rid}")
        ids.add(rid)
        if not r.get("text") or not isinstance(r.get("variants"), list) or not r["variants"]:
            errors.append(f"{name}: {rid} needs text and variants")
            continue
        if not isinstance(r.get("must"), bool):
            errors.append(f"{name}: {rid}.must must be true/false")
        if "years" in r and (not isinstance(r["years"], int) or r["years"] < 1):
            errors.append(f"{name}: {rid}.years must be a positive integer")
        forms = [r["text"]] + r["variants"]
        if not any(norm(x) in text for x in forms):
            warnings.append(f"{name}: {rid} '{r['text']}': no variant occurs in the posting")
        all_variants.update(norm(x) for x in forms)
    for t in d.get("traits", []):
        if norm(t) not in text:
            warnings.append(f"{name}: trait '{t}' does not occur in the posting")
    for n in d["noise"]:
        if norm(n) not in text:
            warnings.append(f"{name}: noise '{n}' does not occur in the posting")
        if norm(n) in all_variants:
            errors.append(f"{name}: noise '{n}' is also a requirement variant")
    fits = [r.get("fit") for r in d["resumes"]]
    if sorted(fits) != sorted(FITS):
        errors.append(f"{name}: resumes must be one strong, one medium, one weak; got {fits}")
    weights = {r["id"]: (2 if r.get("must") else 1) for r in d["requirements"] if "id" in r}
    coverage = {}
    for res in d["resumes"]:
        fit = res.get("fit")
        ev = res.get("evidences", [])
        unknown = [e for e in ev if e not in ids]
        if unknown:
            errors.append(f"{name}/{fit}: unknown evidence ids {unknown}")
        if len(set(ev)) != len(ev):
            errors.append(f"{name}/{fit}: duplicate evidence ids")
        if res.get("language") is not None and res["language"] not in LANGUAGES:
            errors.append(f"{name}/{fit}: language '{res['language']}'")
        content = res.get("content")
        if schema is not None:
            validate(content, schema, f"{name}/{fit}", errors)
        if isinstance(content, dict):
            seed_rules(content, f"{name}/{fit}", errors)
        total = sum(weights.values()) or 1
        coverage[fit] = sum(weights.get(e, 0) for e in set(ev)) / total
    if all(f in coverage for f in FITS):
        if not coverage["strong"] > coverage["medium"] > coverage["weak"]:
            warnings.append(f"{name}: weighted evidence coverage not strictly graded: {coverage}")
    return d


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    schema_path = find_schema(folder) or find_schema(os.path.dirname(os.path.abspath(__file__)))
    schema = None
    if schema_path:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
    errors, warnings, rows = [], [], []
    if schema is None:
        warnings.append("ResumeContent schema not found: resume content checked by seed rules only")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            d = check_file(os.path.join(folder, name), schema, errors, warnings)
            if d:
                musts = sum(1 for r in d["requirements"] if r.get("must"))
                rows.append((d["id"], d["language"], d["profession"], musts,
                             len(d["requirements"]) - musts,
                             {r["fit"]: len(r.get("evidences", [])) for r in d["resumes"]}))
    for row in rows:
        ev = row[5]
        print(f"{row[0]:38} {row[1]}  {row[2]:26} must {row[3]:2} nice {row[4]:2}  "
              f"evidenced s/m/w {ev.get('strong')}/{ev.get('medium')}/{ev.get('weak')}")
    langs = {}
    for row in rows:
        langs[row[1]] = langs.get(row[1], 0) + 1
    print(f"{len(rows)} vacancies, {len({r[2] for r in rows})} professions, per language {langs}")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
