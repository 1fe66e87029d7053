// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace oi::editor {
class Document;
}

namespace oi::app {

/**
 * Writes a recovery copy of the open document every interval while it has unsaved changes,
 * so that a crash loses at most one interval of work. The copy lives in the user's data folder
 * (never beside the client's file) and is removed once the document is saved or closed cleanly.
 */
class Autosaver : public QObject
{
    Q_OBJECT
public:
    explicit Autosaver(QObject *parent = nullptr);

    /**
     * `ownsFile` false: the document's file is another instance's (opened read-only), whose
     * recovery copy of it this one must neither overwrite nor remove; its copy goes under an
     * untitled name instead.
     */
    void setDocument(editor::Document *document, bool ownsFile = true);
    /** Interval in seconds; 0 disables autosave. */
    void setInterval(int seconds);
    int interval() const { return mIntervalSeconds; }

    /** Writes the recovery copy now if the document is modified. Returns false with `error` on failure. */
    bool saveNow(QString *error = nullptr);
    /** Removes the current document's recovery copy (after a save or a deliberate discard). */
    void discard();
    /** Removes the recovery copy kept for `fileName` (the name a document had before Save As). */
    void discardFor(const QString &fileName);

    /** Where the recovery copy of `fileName` goes (an empty name means an untitled project). */
    QString recoveryPathFor(const QString &fileName) const;
    /** A recovery copy of `fileName` that is newer than the file itself, or an empty string. */
    QString recoverableCopyOf(const QString &fileName) const;

    static QString recoveryFolder();

signals:
    void autosaveFailed(const QString &error);

private:
    QString currentRecoveryPath() const;

    QPointer<editor::Document> mDocument;
    bool mOwnsFile = true;
    QTimer mTimer;
    int mIntervalSeconds = 60;
    QString mUntitledKey;
};

} // namespace oi::app
