// SPDX-License-Identifier: GPL-3.0-or-later
// The BPMN importer's frame: warnings, ids, roles from lanes and pools, the collaboration, and the
// run over the definitions; each process's elements are read in bpmnimport.cpp.
#include "model/bpmn/bpmnimporter.h"

#include "model/bpmn/autolayout.h"
#include "model/bpmn/bpmnexport.h"
#include "model/bpmn/bpmnimportnames.h"
#include "model/bpmn/bpmnnames.h"
#include "model/bpmn/bpsim.h"
#include "model/migrationv2.h"

#include <QFileInfo>

#include <algorithm>

namespace oi::model::bpmn {

using namespace importnames;

Importer::Importer(const XmlTree &tree, const QString &fileName, Problems *problems)
    : mTree(tree)
    , mFile(fileName)
    , mProblems(problems)
    , mProject(std::make_unique<Project>())
{
}

QString Importer::entityOf(int element) const
{
    const XmlElement &e = mTree.at(element);
    const QString id = e.attribute(QLatin1StringView("id"));
    return id.isEmpty() ? e.name : e.name + u' ' + id;
}

void Importer::warnAbout(int line, int column, const QString &entity, const QString &message)
{
    if (!mProblems)
        return;
    if (mWarnings >= kMaxWarnings) {
        ++mSuppressed;
        return;
    }
    ++mWarnings;
    mProblems->push_back({ Problem::Severity::Warning, mFile, line, column, entity, QString(), message });
}

void Importer::warn(int element, const QString &message)
{
    const XmlElement &e = mTree.at(element);
    warnAbout(e.line, e.column, entityOf(element), message);
}

QString Importer::ourId(int element) const
{
    const XmlElement &e = mTree.at(element);
    if (e.attributes.hasAttribute(kOiNs, QLatin1StringView("id")))
        return e.attribute(kOiNs, QLatin1StringView("id"));
    return e.attribute(QLatin1StringView("id"));
}

int Importer::resolve(const QString &reference) const
{
    return mById.value(localId(reference.trimmed()), -1);
}

void Importer::indexIds()
{
    for (int i = 0; i < int(mTree.elements.size()); ++i) {
        const XmlElement &e = mTree.at(i);
        if (e.ns != kModelNs)
            continue;
        const QString id = e.attribute(QLatin1StringView("id"));
        if (id.isEmpty())
            continue;
        if (mById.contains(id))
            warn(i,
                tr("this id is also used by the %1 on line %2; references go to the first.")
                    .arg(mTree.at(mById.value(id)).name)
                    .arg(mTree.at(mById.value(id)).line));
        else
            mById.insert(id, i);
    }
    for (const int r : mTree.children(0, kModelNs, QLatin1StringView("resource"))) {
        const XmlElement &e = mTree.at(r);
        const QString role = e.attribute(kOiNs, QLatin1StringView("role"));
        if (!role.isEmpty() && !mResourceByRole.contains(role))
            mResourceByRole.insert(role, r);
        const QString name = normalised(e.attribute(QLatin1StringView("name")));
        if (!name.isEmpty() && !mResourceByName.contains(name))
            mResourceByName.insert(name, r);
    }
}

QString Importer::roleFor(const QString &name, const QString &hint, int laneElement)
{
    const QString key = normalised(name);
    if (const auto it = mRoleByName.constFind(key); it != mRoleByName.constEnd())
        return *it;
    QString id;
    if (!hint.isEmpty() && !mRoleIds.contains(hint)) {
        id = hint;
        mRoleIds.insert(id);
    } else {
        id = v2::idFromText(name, QStringLiteral("role"), mRoleIds);
    }
    mRoleByName.insert(key, id);
    Role role;
    role.id = id;
    role.name = name;
    readRoleDetails(role, laneElement);
    mProject->roles.push_back(std::move(role));
    return id;
}

QString Importer::poolRole(const Process &process, int participant)
{
    QString name
        = participant >= 0 ? mTree.at(participant).attribute(QLatin1StringView("name")).simplified() : QString();
    if (name.isEmpty())
        name = process.name.simplified();
    if (name.isEmpty())
        name = tr("Performer");
    return roleFor(name, QString(), -1);
}

void Importer::readCollaborations(std::vector<std::pair<int, int>> &pools)
{
    for (const int c : mTree.children(0, kModelNs, QLatin1StringView("collaboration"))) {
        for (const int child : mTree.at(c).children) {
            const XmlElement &e = mTree.at(child);
            if (e.ns != kModelNs || isOneOf(e.name, { "documentation", "extensionElements" }))
                continue;
            if (e.name == QLatin1StringView("participant")) {
                const int process = resolve(e.attribute(QLatin1StringView("processRef")));
                const bool hasWork = process >= 0 && mTree.at(process).name == QLatin1StringView("process")
                    && std::any_of(mTree.at(process).children.begin(), mTree.at(process).children.end(),
                        [&](int k) { return mTree.at(k).name != QLatin1StringView("documentation"); });
                if (hasWork)
                    pools.push_back({ process, child });
                else
                    warn(child, tr("a pool with no process of its own (a black box) is not imported."));
            } else if (e.name == QLatin1StringView("messageFlow")) {
                warn(
                    child, tr("a message flow between pools is not imported; each pool becomes a process of its own."));
            } else if (isOneOf(e.name, { "textAnnotation", "association", "group" })) {
                warn(child, tr("annotations and groups are not imported."));
            } else {
                warn(child, tr("this element of the collaboration is not imported."));
            }
        }
    }
}

void Importer::readDefinitionsChildren()
{
    for (const int child : mTree.root().children) {
        const XmlElement &e = mTree.at(child);
        if (e.ns == kBpmnDiNs && e.name == QLatin1StringView("BPMNDiagram"))
            continue;
        if (e.ns != kModelNs)
            continue; // another vendor's extension at the top
        if (isOneOf(e.name, { "process", "collaboration" }) || isDeclaration(e.name))
            continue;
        if (e.name == QLatin1StringView("relationship")) {
            const int extensions = mTree.child(child, kModelNs, QLatin1StringView("extensionElements"));
            if (extensions >= 0 && mTree.child(extensions, kBpsimNs, QLatin1StringView("BPSimData")) >= 0)
                continue;
            warn(child,
                tr("the relationship \"%1\" (another tool's data) is not imported.")
                    .arg(e.attribute(QLatin1StringView("type"))));
            continue;
        }
        warn(child, tr("this kind of BPMN element is not imported."));
    }
}

std::unique_ptr<Project> Importer::run()
{
    const size_t firstProblem = mProblems ? mProblems->size() : 0;
    const XmlElement &root = mTree.root();
    mProject->name = root.attribute(QLatin1StringView("name"));
    if (mProject->name.trimmed().isEmpty())
        mProject->name = QFileInfo(mFile).completeBaseName();
    indexIds();
    readDiagrams();
    readSimulation();
    std::vector<std::pair<int, int>> pools; // (process, participant)
    readCollaborations(pools);
    // Processes no pool shows are imported too, after the pools (a file with no collaboration).
    QSet<int> inPools;
    for (const auto &pool : pools)
        inPools.insert(pool.first);
    for (const int p : mTree.children(0, kModelNs, QLatin1StringView("process")))
        if (!inPools.contains(p) && !mTree.at(p).children.empty())
            pools.push_back({ p, -1 });
    readDefinitionsChildren();
    for (const auto &[process, participant] : pools)
        if (!mImportedProcesses.contains(process)) {
            mImportedProcesses.insert(process);
            importProcess(process, participant);
        }
    reportUnusedParameters();
    // In the order of the file, so they read along with it.
    if (mProblems)
        std::stable_sort(
            mProblems->begin() + qsizetype(firstProblem), mProblems->end(), [](const Problem &a, const Problem &b) {
                return a.line < b.line || (a.line == b.line && a.column < b.column);
            });
    if (mSuppressed > 0 && mProblems)
        mProblems->push_back({ Problem::Severity::Warning, mFile, 0, 0, QString(), QString(),
            tr("%n more warning(s) were left out.", nullptr, mSuppressed) });
    return std::move(mProject);
}

} // namespace oi::model::bpmn
