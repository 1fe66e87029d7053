// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/sourcemap.h"

#include <QObject>

#include <memory>

namespace oi::editor {
class Document;
}

namespace oi::app {

class Autosaver;
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

    /** Opens `fileName`; on failure the current document stays and `problems` says why. */
    bool open(const QString &fileName, model::Problems *problems);
    /** Opens a copy of a bundled file (sample or template) as a new, unsaved project. */
    bool openAsUntitled(const QString &resourcePath, model::Problems *problems);
    void newProject();
    bool save(const QString &fileName, QString *error);

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
    /** Re-runs validation (after an edit) and emits problemsChanged. */
    void revalidate();

signals:
    void documentChanged(oi::editor::Document *document);
    void problemsChanged();

private:
    void setDocument(std::unique_ptr<editor::Document> document, model::Problems loadProblems,
        std::unique_ptr<model::SourceMap> sourceMap = nullptr);

    std::unique_ptr<editor::Document> mDocument;
    model::Problems mLoadProblems;
    model::Problems mProblems;
    std::unique_ptr<model::SourceMap> mSourceMap; // YAML lines of the file as opened
    RecentFiles *mRecentFiles;
    Autosaver *mAutosaver;
};

} // namespace oi::app
