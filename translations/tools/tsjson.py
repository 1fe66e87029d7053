#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Moves messages between a Qt .ts catalogue and JSON, so translators can work on plain lists.

  tsjson.py export translations/outsidein_fr.ts [--all] > todo.json
      the unfinished messages (or all of them) as a list of
      {"context", "source", "comment", "numerus", "translation"}; "translation" is a string, or for a
      %n message a list with one entry per plural form of the language (two for de, fr, es).
  tsjson.py import translations/outsidein_fr.ts done.json [more.json ...]
      fills each message whose context, source and comment match; prints what did not match.

The .ts file stays the one place translations live; run the update_translations target afterwards
so lupdate writes it back in its own layout."""
import json
import sys
import xml.etree.ElementTree as ET


def key(context, source, comment):
    return (context or "", source or "", comment or "")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def export(path, everything):
    tree = ET.parse(path)
    out = []
    for context, message in messages(tree):
        translation = message.find("translation")
        if not everything and translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        if numerus:
            text = [form.text or "" for form in translation.findall("numerusform")]
        else:
            text = translation.text or ""
        out.append({"context": context, "source": message.findtext("source") or "",
                    "comment": message.findtext("comment") or "", "numerus": numerus,
                    "translation": text})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def fill(translation, text, numerus):
    for child in list(translation):
        translation.remove(child)
    if numerus:
        translation.text = None
        for form in text:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text
    translation.attrib.pop("type", None)


def import_(path, files):
    done = {}
    for name in files:
        with open(name, encoding="utf-8") as f:
            for entry in json.load(f):
                text = entry.get("translation")
                if text in (None, "", []) or (isinstance(text, list) and not all(text)):
                    continue
                done[key(entry.get("context"), entry.get("source"), entry.get("comment"))] = entry
    tree = ET.parse(path)
    used = set()
    filled = 0
    for context, message in messages(tree):
        k = key(context, message.findtext("source"), message.findtext("comment"))
        entry = done.get(k)
        if entry is None:
            continue
        numerus = message.get("numerus") == "yes"
        text = entry["translation"]
        if numerus != isinstance(text, list):
            print(f"skipped (plural forms expected: {numerus}): {k[0]}: {k[1]!r}", file=sys.stderr)
            continue
        fill(message.find("translation"), text, numerus)
        used.add(k)
        filled += 1
    write(tree, path)
    for k in done.keys() - used:
        print(f"not in {path}: {k[0]}: {k[1]!r}", file=sys.stderr)
    print(f"{path}: {filled} messages filled")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "export":
        export(sys.argv[2], "--all" in sys.argv[3:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "import":
        import_(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
