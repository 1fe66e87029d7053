// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import ▸ Event Log…: choose a log, say which column holds what, import it on a worker
// thread, look at what was found, and add the draft process, journey and roles to the open project
// as one undo step. Until Finish nothing in the project changes.
#pragma once

#include "app/gui/eventlog/logimportjob.h"

#include <QPointer>
#include <QWizard>

namespace oi::editor {
class Document;
}

namespace oi::app {

class LogMappingPage;

class EventLogWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, ImportPage, ResultsPage };

    explicit EventLogWizard(editor::Document *document, QWidget *parent = nullptr);

    QString fileName() const;
    void setFileName(const QString &fileName);
    /** Survey or complaint records to put on the draft journey; empty: none. */
    QString feedbackFileName() const;
    void setFeedbackFileName(const QString &fileName);
    /** How the import reads the log and drafts from it, as the mapping page says. */
    model::eventlog::ReadOptions readOptions() const;
    model::eventlog::DraftOptions draftOptions() const;
    LogImportJob *job() const { return mJob; }
    std::shared_ptr<const LogImport> result() const { return mJob->result(); }

    /** The open project the draft will join; null once its document is closed. */
    const model::Project *project() const;
    /** Adds the draft to the document as one undo step; false when there is no draft to add. */
    bool applyDraft();

    int nextId() const override;
    void done(int result) override;

signals:
    /** The draft is in the project, under these ids. */
    void draftApplied(const QString &process, const QString &journey);

private:
    QPointer<editor::Document> mDocument; // the wizard may outlive a document the window closes
    LogImportJob *mJob;
    LogMappingPage *mMapping;
};

} // namespace oi::app
