// SPDX-License-Identifier: GPL-3.0-or-later
// Copy and paste of process nodes, also between projects and studio windows: the copied nodes,
// the flows among them and the roles they name travel as a small project in our own YAML.
#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace oi::model {

/** A project holding one process: `nodes` of `process`, the flows among them, and their roles. */
Project processFragment(const Project &project, const QString &process, const QStringList &nodes);

QByteArray fragmentToYaml(const Project &fragment);
/** The fragment, or null with `error` set when the text is not one. */
std::unique_ptr<Project> fragmentFromYaml(const QByteArray &yaml, QString *error);

/**
 * Pastes the fragment's nodes into `process`, moved by (dx, dy), with fresh ids where the process
 * already uses them. Their roles meet the project's by id, then by name; roles it lacks are added.
 * Returns the ids of the pasted nodes.
 */
QStringList pasteFragment(Project &project, const QString &process, const Project &fragment, double dx, double dy);

} // namespace oi::model
