#!/usr/bin/env python3
"""Fills a Qt Linguist .ts file with translations from JSON files.

    python3 tools/ts-fill.py [--overwrite] [--dry-run] FILE.ts TRANSLATIONS.json...

Each JSON file is a list of entries
    {"context": ..., "source": ..., "comment": ..., "translation": "..."}
or, for a numerus message (a source with %n),
    {"context": ..., "source": ..., "comment": ..., "plurals": ["...", "..."]}
with as many plural forms as the .ts file's language has (German 2, Japanese 1).

An entry matches the message with the same context, source and comment (the disambiguation,
tr()'s second argument; not the translator's //: note). A message that already has a finished
translation keeps it unless --overwrite is given. Nothing is written when a translation loses or
adds a placeholder (%1..%99, %L1, %n) or has the wrong number of plural forms: those are
reported, as are entries that match no message and messages that stay unfinished.

Exit status: 0 when everything given was applied (or already there), 1 when an entry was
refused or matched nothing, 2 on bad usage or unreadable files. Run lupdate afterwards
(tools/update-translations.sh) to write the file in Qt's own layout.
"""

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?|n|Ln)")
# Plural forms per language, as lupdate/lrelease count them (Qt's numerus rules).
PLURAL_FORMS = {"de": 2, "en": 2, "ja": 1, "zh": 1, "ko": 1, "fr": 2, "es": 2, "it": 2, "nl": 2}


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def key_of(context, source, comment):
    return (context, source, comment or "")


def load_entries(paths):
    entries = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError) as e:
            print(f"ts-fill: cannot read {path}: {e}", file=sys.stderr)
            sys.exit(2)
        if not isinstance(data, list):
            print(f"ts-fill: {path} is not a JSON list", file=sys.stderr)
            sys.exit(2)
        for i, e in enumerate(data):
            entries.append((f"{path}[{i}]", e))
    return entries


def is_finished(translation):
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "") != "" for f in forms)
    return (translation.text or "") != ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts")
    parser.add_argument("json", nargs="+")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace finished translations too")
    parser.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    args = parser.parse_args()

    try:
        tree = ET.parse(args.ts)
    except (OSError, ET.ParseError) as e:
        print(f"ts-fill: cannot read {args.ts}: {e}", file=sys.stderr)
        return 2
    root = tree.getroot()
    language = (root.get("language") or "").split("_")[0]
    forms_wanted = PLURAL_FORMS.get(language)

    messages = {}
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            messages[key_of(name, message.findtext("source") or "", message.findtext("comment"))] = message

    filled = kept = 0
    problems = []
    unmatched = []
    for where, entry in load_entries(args.json):
        key = key_of(entry.get("context", ""), entry.get("source", ""), entry.get("comment", ""))
        message = messages.get(key)
        label = f"{where} {key[0]}: {key[1]!r}" + (f" ({key[2]})" if key[2] else "")
        if message is None:
            unmatched.append(label)
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if is_finished(translation) and not args.overwrite:
            kept += 1
            continue
        numerus = message.get("numerus") == "yes"
        if numerus:
            plurals = entry.get("plurals")
            if not isinstance(plurals, list) or not plurals or not all(isinstance(p, str) and p for p in plurals):
                problems.append(f"{label}: numerus message needs a non-empty 'plurals' list")
                continue
            if forms_wanted is not None and len(plurals) != forms_wanted:
                problems.append(f"{label}: {len(plurals)} plural forms, {language} has {forms_wanted}")
                continue
            texts = plurals
        else:
            text = entry.get("translation")
            if not isinstance(text, str) or text == "":
                problems.append(f"{label}: no 'translation'")
                continue
            texts = [text]
        wanted = placeholders(key[1])
        bad = [t for t in texts if placeholders(t) != wanted]
        if bad:
            problems.append(f"{label}: placeholders {wanted} in the source, {placeholders(bad[0])} in {bad[0]!r}")
            continue
        if "&" in key[1].replace("&&", "") and not any("&" in t.replace("&&", "") for t in texts):
            print(f"ts-fill: note: {label}: the translation has no & mnemonic", file=sys.stderr)

        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if numerus:
            for t in texts:
                ET.SubElement(translation, "numerusform").text = t
        else:
            translation.text = texts[0]
        filled += 1

    unfinished = [f"{k[0]}: {k[1]!r}" for k, m in messages.items() if not is_finished(m.find("translation"))]

    for p in problems:
        print(f"ts-fill: refused: {p}", file=sys.stderr)
    for u in unmatched:
        print(f"ts-fill: unmatched (no such message in {args.ts}): {u}", file=sys.stderr)
    for u in unfinished:
        print(f"ts-fill: still unfinished: {u}", file=sys.stderr)
    print(f"ts-fill: {args.ts}: {filled} filled, {kept} kept (finished already), "
          f"{len(problems)} refused, {len(unmatched)} unmatched, "
          f"{len(unfinished)} of {len(messages)} messages unfinished")

    if not args.dry_run and filled:
        body = ET.tostring(root, encoding="unicode")
        with open(args.ts, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            f.write(body)
            f.write("\n")
    return 1 if problems or unmatched else 0


if __name__ == "__main__":
    sys.exit(main())
