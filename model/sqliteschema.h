// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 1 of the .oistudio document. Every entity table keeps `pos` so list order
// round-trips; nested small values are JSON text (see sqlitejson.h).
#pragma once

namespace oi::model::sqlschema {

inline constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE project (
  name TEXT NOT NULL, client TEXT, author TEXT, description TEXT, time_unit TEXT NOT NULL,
  created TEXT, modified TEXT,
  sim_horizon REAL NOT NULL, sim_warmup REAL NOT NULL, sim_replications INTEGER NOT NULL,
  sim_seed TEXT NOT NULL);
CREATE TABLE strategies (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT, statement TEXT,
  owner TEXT, goals TEXT NOT NULL);
CREATE TABLE personas (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, description TEXT,
  needs TEXT NOT NULL, jobs_to_be_done TEXT NOT NULL, customers_customer TEXT);
CREATE TABLE journeys (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, persona TEXT,
  description TEXT, stages TEXT NOT NULL);
CREATE TABLE steps (journey_pos INTEGER NOT NULL REFERENCES journeys(pos), pos INTEGER NOT NULL,
  id TEXT NOT NULL, stage TEXT, title TEXT, customer_action TEXT, touchpoint TEXT,
  channel TEXT NOT NULL, customer_initiated INTEGER NOT NULL, emotion INTEGER NOT NULL,
  emotion_to_be INTEGER, evidence TEXT NOT NULL, pain_points TEXT NOT NULL,
  opportunities TEXT NOT NULL, moment_of_truth INTEGER NOT NULL, metrics TEXT NOT NULL,
  front_roles TEXT NOT NULL, back_roles TEXT NOT NULL, processes TEXT NOT NULL,
  requirements TEXT NOT NULL, PRIMARY KEY (journey_pos, pos));
CREATE TABLE roles (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, department TEXT,
  office TEXT NOT NULL, responsibilities_as_is TEXT NOT NULL, responsibilities_to_be TEXT NOT NULL,
  change TEXT NOT NULL, strategy TEXT, headcount INTEGER NOT NULL, shifts TEXT,
  cross_trained TEXT NOT NULL);
CREATE TABLE processes (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, description TEXT,
  strategy TEXT, lanes TEXT NOT NULL);
CREATE TABLE nodes (process_pos INTEGER NOT NULL REFERENCES processes(pos), pos INTEGER NOT NULL,
  id TEXT NOT NULL, name TEXT, type TEXT NOT NULL, role TEXT, duration TEXT, priority INTEGER NOT NULL,
  arrivals TEXT, rate_calendar TEXT, patience TEXT, x REAL, y REAL,
  PRIMARY KEY (process_pos, pos));
CREATE TABLE flows (process_pos INTEGER NOT NULL REFERENCES processes(pos), pos INTEGER NOT NULL,
  from_node TEXT NOT NULL, to_node TEXT NOT NULL, probability REAL, label TEXT,
  PRIMARY KEY (process_pos, pos));
CREATE TABLE requirements (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT,
  priority TEXT NOT NULL, acceptance TEXT, steps TEXT NOT NULL, nodes TEXT NOT NULL);
CREATE TABLE scenarios (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, description TEXT,
  headcount TEXT NOT NULL, arrival_multiplier REAL NOT NULL, durations TEXT NOT NULL,
  cross_training INTEGER, add_cross_training TEXT NOT NULL);
CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, scenario TEXT,
  settings_json TEXT NOT NULL, results_json TEXT NOT NULL);
)sql";

} // namespace oi::model::sqlschema
