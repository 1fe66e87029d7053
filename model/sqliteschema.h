// SPDX-License-Identifier: GPL-3.0-or-later
// The schemas of the .oistudio document. Every entity table keeps `pos` so list order
// round-trips; nested small values are JSON text (see sqlitejson.h). New documents are written as
// the newest; the older one stays here because the upgrade starts from it (and tests build it).
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

inline constexpr const char *kSchemaV2 = R"sql(
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
  requirements TEXT NOT NULL, serves TEXT NOT NULL, PRIMARY KEY (journey_pos, pos));
CREATE TABLE roles (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, department TEXT,
  office TEXT NOT NULL, change TEXT NOT NULL, strategy TEXT, headcount INTEGER NOT NULL, shifts TEXT,
  cross_trained TEXT NOT NULL, cost_per_hour REAL);
CREATE TABLE responsibilities (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, text TEXT, as_is TEXT,
  to_be TEXT);
CREATE TABLE processes (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, description TEXT,
  strategy TEXT, lanes TEXT NOT NULL, variant_of TEXT, value_per_case REAL,
  cost_per_abandonment REAL);
CREATE TABLE nodes (process_pos INTEGER NOT NULL REFERENCES processes(pos), pos INTEGER NOT NULL,
  id TEXT NOT NULL, name TEXT, type TEXT NOT NULL, role TEXT, duration TEXT, priority INTEGER NOT NULL,
  arrivals TEXT, rate_calendar TEXT, patience TEXT, x REAL, y REAL, w REAL, h REAL, lane TEXT,
  PRIMARY KEY (process_pos, pos));
CREATE TABLE flows (process_pos INTEGER NOT NULL REFERENCES processes(pos), pos INTEGER NOT NULL,
  from_node TEXT NOT NULL, to_node TEXT NOT NULL, probability REAL, label TEXT, id TEXT,
  waypoints TEXT NOT NULL, label_x REAL, label_y REAL, PRIMARY KEY (process_pos, pos));
CREATE TABLE requirements (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT,
  priority TEXT NOT NULL, acceptance TEXT, steps TEXT NOT NULL, nodes TEXT NOT NULL);
CREATE TABLE scenarios (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, description TEXT,
  headcount TEXT NOT NULL, arrival_multiplier REAL NOT NULL, durations TEXT NOT NULL,
  cross_training INTEGER, add_cross_training TEXT NOT NULL, variants TEXT NOT NULL,
  reassign TEXT NOT NULL, staffing TEXT NOT NULL, arrivals TEXT NOT NULL, divert TEXT NOT NULL);
CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, scenario TEXT,
  settings_json TEXT NOT NULL, results_json TEXT NOT NULL);
)sql";

/**
 * The column changes from v1 to v2; the data changes (needs, responsibilities, node shapes, flow
 * ids, lanes and pain points as objects) are made row by row in sqlitemigration.cpp.
 */
inline constexpr const char *kUpgradeV1ToV2 = R"sql(
ALTER TABLE steps ADD COLUMN serves TEXT NOT NULL DEFAULT '[]';
ALTER TABLE roles ADD COLUMN cost_per_hour REAL;
CREATE TABLE responsibilities (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, text TEXT, as_is TEXT,
  to_be TEXT);
ALTER TABLE processes ADD COLUMN variant_of TEXT;
ALTER TABLE processes ADD COLUMN value_per_case REAL;
ALTER TABLE processes ADD COLUMN cost_per_abandonment REAL;
ALTER TABLE nodes ADD COLUMN w REAL;
ALTER TABLE nodes ADD COLUMN h REAL;
ALTER TABLE nodes ADD COLUMN lane TEXT;
ALTER TABLE flows ADD COLUMN id TEXT;
ALTER TABLE flows ADD COLUMN waypoints TEXT NOT NULL DEFAULT '[]';
ALTER TABLE flows ADD COLUMN label_x REAL;
ALTER TABLE flows ADD COLUMN label_y REAL;
ALTER TABLE scenarios ADD COLUMN variants TEXT NOT NULL DEFAULT '[]';
ALTER TABLE scenarios ADD COLUMN reassign TEXT NOT NULL DEFAULT '[]';
ALTER TABLE scenarios ADD COLUMN staffing TEXT NOT NULL DEFAULT '[]';
ALTER TABLE scenarios ADD COLUMN arrivals TEXT NOT NULL DEFAULT '[]';
ALTER TABLE scenarios ADD COLUMN divert TEXT NOT NULL DEFAULT '[]';
)sql";

/** v2 to v3: customers who interrupt (a process's failure demand), as JSON. */
inline constexpr const char *kUpgradeV2ToV3 = R"sql(
ALTER TABLE processes ADD COLUMN interrupts TEXT NOT NULL DEFAULT '[]';
)sql";

/**
 * v3 to v4: the vendor specification's parts: the scoring sheet's priority weights (JSON on the
 * project row), executives' decisions, proof-of-concept scenarios (steps as JSON) and vendors
 * (scores as JSON).
 */
inline constexpr const char *kUpgradeV3ToV4 = R"sql(
ALTER TABLE project ADD COLUMN priority_weights TEXT NOT NULL
  DEFAULT '{"could":1,"must":3,"should":2,"wont":0}';
ALTER TABLE project ADD COLUMN currency TEXT NOT NULL DEFAULT '';
CREATE TABLE decisions (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, subject TEXT NOT NULL,
  verdict TEXT NOT NULL, note TEXT, decided_by TEXT, date TEXT);
CREATE TABLE poc_scenarios (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT, journey TEXT,
  process TEXT, steps TEXT NOT NULL);
CREATE TABLE vendors (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, scores TEXT NOT NULL);
)sql";

} // namespace oi::model::sqlschema
