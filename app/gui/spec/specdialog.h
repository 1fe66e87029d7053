// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export ▸ Vendor Specification…: the sections to include, the version, a live preview of
// the document, and Save in HTML, PDF, Markdown, JSON or the CSV scoring sheet.
#pragma once

#include "model/spec/specdocument.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLineEdit;
class QTextBrowser;
QT_END_NAMESPACE

namespace oi::editor {
class Document;
}

namespace oi::app {

class SpecDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SpecDialog(editor::Document *document, QWidget *parent = nullptr);

    model::spec::SpecOptions options() const;
    /** Writes the specification to `file` in the format its extension names; false with `error`. */
    bool save(const QString &file, QString *error);
    /** Reads a filled-in scoring sheet into the project's vendors, as one undo step. */
    bool importScores(const QString &file, QString *error);
    /** Drafts a PoC scenario for every journey without one, as one undo step; how many. */
    int draftPocScenarios();

private:
    void refresh();
    void saveAs();
    void chooseScores();

    editor::Document *mDocument;
    QLineEdit *mVersion;
    std::vector<std::pair<QCheckBox *, bool model::spec::SpecSections::*>> mSections;
    QTextBrowser *mPreview;
};

} // namespace oi::app
