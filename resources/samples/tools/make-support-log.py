#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes resources/samples/support-requests-log.csv: the sample project's "Help me now" process
(subscription-broadband.oi.yaml, process `support`) as its ticketing system would export it.

The behaviour comes from the studio's own engine: `outsidein-cli simulate --event-log` runs the
sample (as-is, one replication of a week and four hours from Monday 2 March 2026 00:00, a fixed seed) and this
script turns its trace into an export — an activity per task with start and end times, the person
who did it (people of each role on the sample's shifts), the channel, the customer, and the
customer's data use in the 30 days before the request (from the CRM, on the request only). Every
case step of the trace becomes a row; nothing else is made up.

The sample's journey "Help me now" stores the normal ranges this log gives (5th to 95th percentile)
on its steps' behavioural metrics; tests/model/eventlog/tst_samplelog.cpp derives them again and
fails when they differ. After changing the sample's support process, the seed or this script, run
it again and copy the new ranges from
    outsidein-cli import-log resources/samples/support-requests-log.csv \\
        --map attribute="Data used in 30 days (GB)" --complete-at "Customer back online" -o /tmp/d.oi.yaml
into the sample.

Usage: make-support-log.py [--cli build/release/app/outsidein-cli] [-o FILE]
"""
import argparse
import csv
import datetime
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "subscription-broadband.oi.yaml")
SEED = 16
DAYS = 7
EXTRA = 240  # minutes past the week, so that the arrivals span a whole week (the draft's hour-of-day rates need one)
EPOCH = datetime.datetime(2026, 3, 2)  # a Monday; the engine's time 0 is midnight

# The activities as the ticketing system names them: the sample's node names.
ACTIVITY = {
    "triage": "Diagnose and fix",
    "backoffice-fix": "Network change",
    "dispatch": "Book repair visit",
    "field-repair": "Repair on site",
}
CHANNEL = {"triage": "Phone", "backoffice-fix": "", "dispatch": "Phone", "field-repair": "Field visit"}

# People of each role with the hours (from, to) they are on duty, as the sample's shifts staff it:
# service agents 1 at night, 4 by day and 2 in the evening; the back office 4 by day and 1 until
# 22:00; one dispatcher 07:00-19:00; ten technicians by day and two until 22:00.
PEOPLE = {
    "service-agent": [("Amira Haddad", 8, 18), ("Ben Okafor", 8, 18), ("Chloe Martin", 8, 18),
                      ("Dev Patel", 8, 18), ("Erik Lund", 18, 24), ("Fatima Noor", 18, 24),
                      ("Goran Kovac", 0, 8)],
    "backoffice-specialist": [("Hana Sato", 8, 18), ("Ivan Petrov", 8, 18), ("Julia Weber", 8, 18),
                              ("Kofi Mensah", 8, 18), ("Lena Berg", 18, 22)],
    "dispatcher": [("Marta Silva", 7, 19)],
    "field-tech": [("Technician %02d" % n, 8, 18) for n in range(1, 11)]
                  + [("Technician 11", 18, 22), ("Technician 12", 18, 22)],
}


def simulate(cli):
    with tempfile.TemporaryDirectory() as tmp:
        trace = os.path.join(tmp, "trace.csv")
        subprocess.run([cli, "simulate", SAMPLE, "--replications", "1", "--horizon", str(DAYS * 1440 + EXTRA),
                        "--warmup", "0", "--seed", str(SEED), "--event-log", trace],
                       check=True, stdout=subprocess.DEVNULL)
        with open(trace, newline="") as f:
            return [r for r in csv.DictReader(f) if r["process"] == "support"]


class Staff:
    """Gives each task the first free person of its role who is on duty, else any free one."""

    def __init__(self):
        self.busy = {role: [None] * len(people) for role, people in PEOPLE.items()}

    def take(self, role, key, minute):
        hour = (minute % 1440) / 60
        people, busy = PEOPLE[role], self.busy[role]
        free = [i for i in range(len(people)) if busy[i] is None]
        on_duty = [i for i in free if people[i][1] <= hour < people[i][2]]
        if not (on_duty or free):
            sys.exit("more %s tasks at once than people; add people to PEOPLE" % role)
        i = (on_duty or free)[0]
        busy[i] = key
        return people[i][0]

    def release(self, role, key):
        busy = self.busy[role]
        busy[busy.index(key)] = None


def stamp(minute):
    return (EPOCH + datetime.timedelta(minutes=minute)).strftime("%d/%m/%Y %H:%M:%S")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "release", "app", "outsidein-cli"))
    parser.add_argument("-o", "--output", default=os.path.join(ROOT, "resources", "samples",
                                                               "support-requests-log.csv"))
    args = parser.parse_args()

    rng = random.Random(SEED)
    customers = ["C%05d" % n for n in range(1, 701)]
    # Data use per customer: lognormal around 280 GB a month, a few heavy users, a few nearly idle.
    usage = {c: rng.lognormvariate(5.63, 0.55) for c in customers}

    staff = Staff()
    rows, number, started, who = [], {}, {}, {}
    for r in simulate(args.cli):
        case, kind, node, minute = int(r["case"]), r["event"], r["node"], float(r["time"])
        if kind == "arrival":
            number[case] = "SR-%d" % (1001 + len(number))
            who[case] = rng.choice(customers)
            rows.append((minute, number[case], "Help requested", "", "", "App", who[case],
                         "%.1f" % (usage[who[case]] * rng.uniform(0.9, 1.1))))
        elif kind == "start":
            started[(case, node)] = (minute, staff.take(r["role"], (case, node), minute))
        elif kind == "finish":
            begin, person = started.pop((case, node))
            staff.release(r["role"], (case, node))
            rows.append((minute, number[case], ACTIVITY[node], stamp(begin), person, CHANNEL[node],
                         who[case], ""))
        elif kind == "complete":
            rows.append((minute, number[case], "Customer back online", "", "", "SMS", who[case], ""))
        # enqueue: waiting shows as the gap before the start; abandon: the case ends where it was.

    rows.sort(key=lambda row: (row[0], int(row[1][3:])))
    with open(args.output, "w", newline="") as f:
        out = csv.writer(f, delimiter=";", lineterminator="\n")
        out.writerow(["Case ID", "Activity", "Start Timestamp", "Complete Timestamp", "Resource", "Channel",
                      "Customer", "Data used in 30 days (GB)"])
        for row in rows:
            out.writerow([row[1], row[2], row[3], stamp(row[0]), row[4], row[5], row[6], row[7]])
    print("%s: %d rows, %d cases" % (args.output, len(rows), len(number)))


if __name__ == "__main__":
    main()
