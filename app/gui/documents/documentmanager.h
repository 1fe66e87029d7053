// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/sourcemap.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QThreadPool;
class QTimer;
QT_END_NAMESPACE

#include <memory>

namespace oi::editor {
class Document;
}

namespace oi::app {

class Autosaver;
class ProjectLock;
class RecentFiles;

/**
 * Owns the open document and everything about its file: open, new, templates, save, recent files
 * and autosave. Shows no dialogs: failures come back as problems or an error string, so the same
 * logic is testable headless. One document per window (consultants compare by opening two windows).
 */
class DocumentManager : public QObject
{
    Q_OBJECT
public:
    explicit DocumentManager(QObject *parent = nullptr);
    ~DocumentManager() override;

    editor::Document *document() const { return mDocument.get(); }
    RecentFiles *recentFiles() const { return mRecentFiles; }
    Autosaver *autosaver() const { return mAutosaver; }

    /** The problems of the open document: load problems plus validation. */
    const model::Problems &problems() const { return mProblems; }

    /** Validation starts this long after the last edit, so typing never waits for it. */
    static constexpr int kValidationDelayMs = 300;
    /** Validations finished so far (tests assert that typing does not validate per keystroke). */
    int validations() const { return mValidations; }
    /** True from an edit until the validation of it has reported. */
    bool isValidationPending() const;

    /**
     * Exclusive: this instance locks the file and alone saves to it (refused while another
     * instance holds it). ReadOnly: to look at a file another instance has open; Save As works.
     */
    enum class Access { Exclusive, ReadOnly };

    /** Opens `fileName`; on failure the current document stays and `problems` says why. */
    bool open(const QString &fileName, model::Problems *problems, Access access = Access::Exclusive);
    /**
     * Opens the recovery copy `recovery` of `original` as `original` with unsaved changes: Save
     * writes the original file, and the copy stays until then (a second crash loses nothing).
     */
    bool openRecovered(const QString &recovery, const QString &original, model::Problems *problems);
    /** Opens a copy of a bundled file (sample or template) as a new, unsaved project. */
    bool openAsUntitled(const QString &resourcePath, model::Problems *problems);
    void newProject();
    /** Refused (with `error`) for a file another instance holds, and for the file opened read-only. */
    bool save(const QString &fileName, QString *error);

    /** Another studio instance that has `fileName` open, in words; empty when none has. */
    QString otherInstanceHolding(const QString &fileName) const;
    /** True when the document was opened read-only because another instance holds its file. */
    bool isReadOnly() const { return mReadOnly; }

    /** Bundled templates as (resource path, title, one-line description). */
    struct Template
    {
        QString path;
        QString title;
        QString description;
    };
    static QList<Template> templates();
    static QString samplePath();

public slots:
    /** Validates now, on this thread, and emits problemsChanged (F7, opening a file). */
    void revalidate();

signals:
    void documentChanged(oi::editor::Document *document);
    void problemsChanged();

private:
    void setDocument(std::unique_ptr<editor::Document> document, model::Problems loadProblems,
        std::unique_ptr<model::SourceMap> sourceMap = nullptr);
    /** The lock of `fileName`: the one held already, or a new one; null (with a problem) when another holds it. */
    std::unique_ptr<ProjectLock> lockFor(const QString &fileName, QString *why);
    void startValidation();
    void finishValidation(quint64 generation, model::Problems problems);
    void publishProblems(const model::Problems &validation);

    std::unique_ptr<editor::Document> mDocument;
    std::unique_ptr<ProjectLock> mLock; // of the document's file, while this instance may save to it
    bool mReadOnly = false;
    model::Problems mLoadProblems;
    model::Problems mProblems;
    std::unique_ptr<model::SourceMap> mSourceMap; // YAML lines of the file as opened
    RecentFiles *mRecentFiles;
    Autosaver *mAutosaver;
    QTimer *mValidationTimer;
    QThreadPool *mValidationPool; // one worker: validations run in order, off the GUI thread
    quint64 mValidationGeneration = 0; // a result of an older generation is stale
    int mValidationsInFlight = 0;
    int mValidations = 0;
};

} // namespace oi::app
