// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editor.h"

#include "editor/process/processoverlay.h"

#include "model/problem.h"

namespace oi::editor {

class ProcessView;

/**
 * Step 3 of outside-in drawn: the process diagram with role swimlanes, in BPMN notation. Moving a
 * node is one undo step (into another lane: another role does the task). Exports PNG, SVG and PDF
 * (`outsidein FILE --export process OUT --process ID`).
 */
class ProcessEditor : public Editor
{
    Q_OBJECT
public:
    explicit ProcessEditor(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("process"); }
    QString title() const override;
    QIcon icon() const override;
    bool shows(EntityKind kind) const override;
    void reveal(const EntityRef &ref) override;
    bool zoom(Zoom step) override;
    QString exportKind() const override { return QStringLiteral("process"); }
    QStringList exportFormats() const override;
    bool exportTo(const QString &fileName, const ExportOptions &options, QString *error) override;

    QList<QAction *> actions(Place place) const override;
    bool find(const QString &text) override;
    /** Paints `overlay` over the diagram (the simulation studio's waits and utilisation); {} clears it. */
    void setOverlay(const ProcessOverlay &overlay);
    /** Paints `results` on the diagram shown (and the one beside it), following the process shown; null clears. */
    void showResults(const std::shared_ptr<const sim::Results> &results) override;
    ProcessView *view() const { return mView; }

    /**
     * Adds the processes of a BPMN file to the project (lanes meet roles by name), as one undo step.
     * Returns false, with the reasons in `problems`, when the file is not BPMN; warnings go there too.
     */
    bool importBpmn(const QString &fileName, model::Problems *problems);
    /** Writes every process (or the one shown, when `shownOnly`) to a BPMN file, atomically. */
    bool exportBpmn(const QString &fileName, bool shownOnly, QString *error);

signals:
    /** Problems an import found (the window shows them in the Problems panel). */
    void importProblems(const oi::model::Problems &problems);

protected:
    void documentChanged() override;

private:
    ProcessView *mView;
    QList<QAction *> mFileActions;
    std::shared_ptr<const sim::Results> mResults;
    void paintResults();
};

} // namespace oi::editor
