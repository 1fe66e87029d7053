// SPDX-License-Identifier: GPL-3.0-or-later
// BPSim 1.0 parameter values as our distributions, both ways, and the time units they are in.
// Where BPSim's parameters differ from ours (gamma's shape and scale, empirical weights that need
// not add up to 1), our own value rides along in an `oi:` attribute so a round trip is exact.
#pragma once

#include "model/bpmn/xmltree.h"
#include "model/distribution.h"
#include "model/project.h"

#include <QString>
#include <QXmlStreamWriter>

#include <optional>

namespace oi::model::bpmn {

/** The shortest text that reads back as the same double ("0.1", "1440", "1e-07"). */
QString number(double value);

/** BPSim's `baseTimeUnit` spelling of ours: min, hour, day. */
QString bpsimTimeUnit(TimeUnit unit);
/** Seconds in one BPSim time unit (ms, s, min, hour, day, year); nullopt for another word. */
std::optional<double> bpsimUnitSeconds(const QString &unit);
double secondsPer(TimeUnit unit);

/** An ISO 8601 duration (PT5M, P1DT2H, PT0.5S) in seconds; nullopt when it is not one. */
std::optional<double> isoDurationSeconds(const QString &text);
/** `value` of `unit` as an ISO 8601 duration: PT5M, PT1.5H, P2D. */
QString isoDuration(double value, TimeUnit unit);

/** Writes the BPSim element of `d` (FloatingParameter for fixed, UniformDistribution, ...). */
void writeDistribution(QXmlStreamWriter &xml, const Distribution &d);

struct ReadDistribution
{
    std::optional<Distribution> value;
    QString unsupported; // the BPSim element that has no counterpart, when value is empty
    bool manyValues = false; // the parameter held several values (by calendar); the first was read
};

/**
 * The distribution a BPSim parameter (e.g. ProcessingTime) holds, in project time units: BPSim's
 * values are in `baseSeconds` per unit unless an element says `timeUnit`, ours in `projectSeconds`.
 */
ReadDistribution readDistribution(const XmlTree &tree, int parameter, double baseSeconds, double projectSeconds);

/** A plain number held by a BPSim parameter (Quantity, Probability, replication counts...). */
std::optional<double> readNumber(const XmlTree &tree, int parameter);

/** Multiplies every time of `d` by `factor` (a change of time unit). */
void scaleDistribution(Distribution &d, double factor);

} // namespace oi::model::bpmn
