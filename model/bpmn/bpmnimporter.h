// SPDX-License-Identifier: GPL-3.0-or-later
// The importer's state, shared by its parts: bpmnimport.cpp (processes, nodes, flows, lanes),
// bpmnimportsim.cpp (BPSim data and our own extension), bpmnimportdi.cpp (the diagram).
#pragma once

#include "model/bpmn/xmltree.h"
#include "model/problem.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace oi::model::bpmn {

struct Shape
{
    Bounds bounds;
    bool horizontal = true;
    int element = -1;
};

struct Edge
{
    std::vector<Point> waypoints;
    std::optional<Point> label; // top-left corner of the label's bounds
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(BpmnImport)

public:
    Importer(const XmlTree &tree, const QString &fileName, Problems *problems);
    std::unique_ptr<Project> run();

private:
    // bpmnimport.cpp
    void indexIds();
    void readCollaborations(std::vector<std::pair<int, int>> &pools);
    void readDefinitionsChildren();
    void importProcess(int process, int participant);
    QString roleFor(const QString &name, const QString &hint, int laneElement);
    QString poolRole(const Process &process, int participant);
    void warn(int element, const QString &message);
    void warnAbout(int line, int column, const QString &entity, const QString &message);
    QString entityOf(int element) const;
    QString ourId(int element) const;
    int resolve(const QString &reference) const;

    // bpmnimportsim.cpp
    void readSimulation();
    int parameter(const QString &bpmnId, const char *group, const char *name);
    std::optional<Distribution> distribution(
        int element, const QString &bpmnId, const char *group, const char *name, const QString &what);
    std::optional<double> probability(const QString &bpmnId);
    void readRoleDetails(Role &role, int laneElement);
    void readStartExtensions(Node &node, int element);
    void reportUnusedParameters();

    // bpmnimportdi.cpp
    void readDiagrams();
    std::optional<Bounds> shapeBounds(const QString &bpmnId, double dx, double dy) const;

    const XmlTree &mTree;
    QString mFile;
    Problems *mProblems;
    int mWarnings = 0;
    int mSuppressed = 0;
    std::unique_ptr<Project> mProject;

    QHash<QString, int> mById;
    QHash<QString, Shape> mShapes;
    QHash<QString, Edge> mEdges;

    // BPSim
    int mScenario = -1;
    double mBaseSeconds = 60.0;
    double mProjectSeconds = 60.0;
    QHash<QString, std::vector<int>> mParameters; // elementRef -> ElementParameters elements
    QSet<int> mUsedParameters; // the parameter elements (ProcessingTime...) that were read

    // Roles, made from lanes (and resources) by name
    QHash<QString, QString> mRoleByName; // normalised name -> role id
    QSet<QString> mRoleIds;
    QHash<QString, int> mResourceByRole; // oi:role -> resource element
    QHash<QString, int> mResourceByName; // normalised name -> resource element

    QSet<QString> mProcessIds;
    QSet<int> mImportedProcesses;
};

} // namespace oi::model::bpmn
