// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/eventlogwizard.h"

#include "app/gui/eventlog/draftmerge.h"
#include "app/gui/eventlog/logfilepage.h"
#include "app/gui/eventlog/logimportpage.h"
#include "app/gui/eventlog/logmappingpage.h"
#include "app/gui/eventlog/logpreview.h"
#include "app/gui/eventlog/logresultspage.h"

#include "editor/commands/projectsnapshot.h"
#include "editor/document/document.h"

#include <QFileInfo>
#include <QUndoStack>

namespace oi::app {

EventLogWizard::EventLogWizard(editor::Document *document, QWidget *parent)
    : QWizard(parent)
    , mDocument(document)
    , mJob(new LogImportJob(this))
    , mMapping(new LogMappingPage)
{
    setObjectName(QStringLiteral("eventLogWizard"));
    setWindowTitle(tr("Import Event Log"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::FinishButton, tr("&Add to Project"));
    setPage(FilePage, new LogFilePage);
    setPage(MappingPage, mMapping);
    setPage(ImportPage, new LogImportPage);
    setPage(ResultsPage, new LogResultsPage);
    resize(980, 720);
}

QString EventLogWizard::fileName() const
{
    return field(QStringLiteral("file")).toString().trimmed();
}

void EventLogWizard::setFileName(const QString &fileName)
{
    setField(QStringLiteral("file"), fileName);
}

QString EventLogWizard::feedbackFileName() const
{
    return field(QStringLiteral("feedback")).toString().trimmed();
}

void EventLogWizard::setFeedbackFileName(const QString &fileName)
{
    setField(QStringLiteral("feedback"), fileName);
}

model::eventlog::ReadOptions EventLogWizard::readOptions() const
{
    // XES skips the mapping page: its form would speak of columns the log does not have.
    if (isXesFile(fileName()))
        return {};
    return mMapping->readOptions();
}

model::eventlog::DraftOptions EventLogWizard::draftOptions() const
{
    model::eventlog::DraftOptions options = mMapping->draftOptions();
    const QFileInfo file(fileName());
    options.source = file.fileName();
    // "support-requests_log.csv" reads as "Support requests log" in the project tree.
    QString name = file.completeBaseName();
    name.replace(u'-', u' ').replace(u'_', u' ');
    name = name.simplified();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    options.name = name;
    return options;
}

int EventLogWizard::nextId() const
{
    // XES names its columns by its standard: there is nothing to map.
    if (currentId() == FilePage && isXesFile(fileName()))
        return ImportPage;
    return QWizard::nextId();
}

const model::Project *EventLogWizard::project() const
{
    return mDocument ? &mDocument->project() : nullptr;
}

bool EventLogWizard::applyDraft()
{
    const std::shared_ptr<const LogImport> done = result();
    if (!mDocument || !done || !done->draft)
        return false;
    MergedDraft merged = mergeDraft(mDocument->project(), done->draft->project);
    mDocument->undoStack()->push(new editor::ProjectSnapshotCommand(
        mDocument, std::move(merged.project), tr("Import Event Log %1").arg(QFileInfo(done->fileName).fileName())));
    emit draftApplied(merged.process, merged.journey);
    return true;
}

void EventLogWizard::done(int result)
{
    if (result == QDialog::Accepted)
        applyDraft();
    mJob->cancel(); // closing stops a running import; nothing of it reaches the project
    QWizard::done(result);
}

} // namespace oi::app
