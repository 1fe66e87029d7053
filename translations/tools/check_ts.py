#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the translation catalogues in translations/ the way a careful reviewer would:

  - no message unfinished, obsolete or vanished;
  - with --lupdate and --project: lupdate, run on a copy, finds no source string the catalogue lacks
    and nothing it holds that the sources no longer have;
  - every translation keeps the source's placeholders (%1, %L2, %n), its leading and trailing
    white space and line breaks, and its keyboard accelerator (&File -> &Datei);
  - every %n message is a plural message (numerus): Qt looks up a count's form and, in a message
    with one translation, finds none for a count other than one and shows the English source;
  - every %n message has as many plural forms as the language has;
  - the glossary (glossary_LL.tsv) is followed: where the source uses a glossary term, the
    translation uses one of the forms the glossary gives for it.

Exit status 1 with one line per problem, naming the file, the context and the source."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "en": 2}
PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
# An accelerator is "&" before a letter or digit; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?=\w)")
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+);")


def messages(path):
    tree = ET.parse(path)
    language = tree.getroot().get("language", "")[:2]
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield language, name, message


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def forms(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def accelerators(text):
    return len(ACCELERATOR.findall(ENTITY.sub("", text)))


def edges(text):
    return re.match(r"\s*", text).group(0), re.search(r"\s*$", text).group(0)


def load_glossary(path):
    terms = []
    if not os.path.exists(path):
        return terms
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) < 2 or not cells[0].strip() or not cells[1].strip():
                terms.append((number, None, None, line))
                continue
            english = cells[0].strip()
            pattern = re.compile(r"\b" + re.escape(english).replace(r"\ ", r"[\s-]") + r"(s|es)?\b", re.IGNORECASE)
            terms.append((number, pattern, [t.strip().lower() for t in cells[1].split("|") if t.strip()], english))
    return terms


def check_messages(path, problems):
    glossary = load_glossary(os.path.join(os.path.dirname(path), "glossary_%s.tsv" %
                                          os.path.basename(path)[len("outsidein_"):-len(".ts")]))
    for number, pattern, _, line in glossary:
        if pattern is None:
            problems.append(f"{path}: glossary line {number} needs 'term<TAB>form|form': {line!r}")
    glossary = [g for g in glossary if g[1] is not None]
    for language, context, message in messages(path):
        where = f"{path}: {context}: {message.findtext('source')!r}"
        translation = message.find("translation")
        kind = translation.get("type")
        if kind == "unfinished":
            problems.append(f"{where}: unfinished")
            continue
        if kind in ("obsolete", "vanished"):
            problems.append(f"{where}: {kind}, no longer in the sources")
            continue
        source = message.findtext("source") or ""
        texts = forms(message)
        if message.get("numerus") != "yes" and "n" in placeholders(source):
            problems.append(f"{where}: has %n but is not a plural message, so a count other than one "
                            "shows the English source (mark it QT_TRANSLATE_N_NOOP or pass the count to tr)")
        if message.get("numerus") == "yes":
            expected = PLURAL_FORMS.get(language)
            if expected and len(texts) != expected:
                problems.append(f"{where}: {len(texts)} plural forms, {language} has {expected}")
        for text in texts:
            if not text:
                problems.append(f"{where}: an empty plural form")
                continue
            if placeholders(text) != placeholders(source):
                problems.append(f"{where}: placeholders {placeholders(text)} in {text!r}, the source has "
                                f"{placeholders(source)}")
            if edges(text) != edges(source):
                problems.append(f"{where}: leading or trailing white space differs in {text!r}")
            if accelerators(text) != accelerators(source):
                problems.append(f"{where}: {accelerators(text)} accelerators (&) in {text!r}, the source has "
                                f"{accelerators(source)}")
        if language == "en":
            continue
        joined = " ".join(texts).lower()
        for _, pattern, targets, english in glossary:
            if pattern.search(source) and not any(t in joined for t in targets):
                problems.append(f"{where}: uses '{english}', so the translation needs one of "
                                f"{'|'.join(targets)} (glossary): {' / '.join(texts)!r}")


def check_coverage(path, lupdate, project, problems):
    before = {key(c, m) for _, c, m in messages(path)}
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(path))
        shutil.copy(path, copy)
        args = [lupdate, "-project", project, "-locations", "none", "-ts", copy]
        if os.path.basename(path) == "outsidein_en.ts":
            args.insert(1, "-pluralonly")
        run = subprocess.run(args, capture_output=True, text=True, timeout=600)
        if run.returncode != 0:
            problems.append(f"{path}: lupdate failed: {run.stderr.strip()}")
            return
        after = {}
        for _, c, m in messages(copy):
            kind = m.find("translation").get("type")
            after[key(c, m)] = kind
    for k, kind in sorted(after.items()):
        if k not in before:
            problems.append(f"{path}: {k[0]}: {k[1]!r}: in the sources but not in the catalogue "
                            "(build the update_translations target)")
        elif kind in ("obsolete", "vanished"):
            problems.append(f"{path}: {k[0]}: {k[1]!r}: in the catalogue but no longer in the sources")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalogues", nargs="+", help=".ts files")
    parser.add_argument("--lupdate", help="the lupdate program")
    parser.add_argument("--project", help="the lupdate project (.json) CMake writes")
    args = parser.parse_args()
    problems = []
    for path in args.catalogues:
        check_messages(path, problems)
        if args.lupdate and args.project:
            check_coverage(path, args.lupdate, args.project, problems)
    for p in problems:
        print(p)
    print(f"{len(args.catalogues)} catalogues checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
