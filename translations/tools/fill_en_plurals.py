#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills translations/outsidein_en.ts (lupdate -pluralonly): English needs no translation, only the
# singular and plural of every %n message ("1 role", "3 roles" for "%n role(s)"). Sentences whose
# verb or pronoun follows the count are written out below; the rest follow the source's "(s)" or
# the noun after %n. Prints the messages it had to guess, so a person reads them.
import html
import re
import sys
import xml.etree.ElementTree as ET

WORDS = {  # noun after %n in the plural: its singular
    'replications': 'replication', 'cases': 'case', 'tasks': 'task', 'pairs': 'pair', 'values': 'value',
    'periods': 'period', 'requirements': 'requirement', 'steps': 'step', 'blocks': 'block', 'Items': 'Item',
    'Nodes': 'Node', 'ways': 'way', 'references': 'reference', 'fewer calls': 'fewer call',
    'concurrent users': 'concurrent user',
}
SENTENCES = {  # source: its singular, where more than a noun changes
    '%n row(s) could not be read and were left out.': '%n row could not be read and was left out.',
    '%n start(s) were never completed and were left out.': '%n start was never completed and was left out.',
    '%n lifecycle transition(s) other than start, complete and abort (schedule, suspend, ...) were passed over.':
        '%n lifecycle transition other than start, complete and abort (schedule, suspend, ...) was passed over.',
    '%n node(s) have no shape in the diagram; they were placed below it.':
        '%n node has no shape in the diagram; it was placed below it.',
    '%n task(s) have no processing time (BPSim ProcessingTime): %1. Set their durations before simulating.':
        '%n task has no processing time (BPSim ProcessingTime): %1. Set its duration before simulating.',
    'a sub-process is imported as one task; the %n element(s) inside it are left out.':
        'a sub-process is imported as one task; the %n element inside it is left out.',
    '%n more warning(s) were left out.': '%n more warning was left out.',
    '%n replications were needed.': '%n replication was needed.',
    "Replications were added until every process's mean cycle time was known within ± %1: %n were needed.":
        "Replications were added until every process's mean cycle time was known within ± %1: %n was needed.",
    'only some of the flows leaving it have a probability; the other %n share the rest equally.':
        'only some of the flows leaving it have a probability; the other %n takes the rest.',
    'no branch probabilities (BPSim Probability) for the flows leaving it; each of its %n ways gets an equal share.':
        'no branch probabilities (BPSim Probability) for the flow leaving it; its %n way takes every case.',
    'The %n tasks with the longest waits; the CSV file has every task.':
        'The %n task with the longest wait; the CSV file has every task.',
    '%n steps selected (showing “%1”)': '%n step selected (showing “%1”)',
}
SAME = re.compile(r'%n (staff|on shift|more staff|more\b)|\(%n\)|of %n met|got %n|for %n staff')


def forms(source):
    plural = source.replace('(es)', 'es').replace('(s)', 's')
    if source in SENTENCES:
        return SENTENCES[source], plural, False
    if '(s)' in source or '(es)' in source:
        return source.replace('(es)', '').replace('(s)', ''), plural, False
    for many, one in WORDS.items():
        if '%n ' + many in source:
            return source.replace('%n ' + many, '%n ' + one), plural, False
    return source, plural, not SAME.search(source)


def main(path):
    tree = ET.parse(path)
    guessed = []
    for message in tree.iter('message'):
        if message.get('numerus') != 'yes':
            continue
        source = message.find('source').text
        one, many, guess = forms(source)
        if guess:
            guessed.append(source)
        translation = message.find('translation')
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop('type', None)
        translation.text = None
        for form in (one, many):
            ET.SubElement(translation, 'numerusform').text = form
    tree.write(path, encoding='utf-8', xml_declaration=True)
    for g in guessed:
        print('same in both forms:', g)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'translations/outsidein_en.ts')
