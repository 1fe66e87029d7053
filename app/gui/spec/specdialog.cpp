// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/spec/specdialog.h"

#include "app/gui/export/specexport.h"

#include "editor/commands/projectsnapshot.h"
#include "editor/document/document.h"
#include "model/atomicwrite.h"
#include "model/spec/pocdraft.h"
#include "model/spec/specwriters.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oi::app {

SpecDialog::SpecDialog(editor::Document *document, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
{
    setWindowTitle(tr("Vendor Specification"));
    auto *choices = new QVBoxLayout;
    auto *form = new QFormLayout;
    mVersion = new QLineEdit(QStringLiteral("1.0"), this);
    form->addRow(tr("&Version:"), mVersion);
    choices->addLayout(form);
    using S = model::spec::SpecSections;
    const std::pair<QString, bool S::*> sections[] = { { tr("Executive &summary"), &S::summary },
        { tr("&Organisation change"), &S::organisation }, { tr("&Processes, step by step"), &S::processes },
        { tr("Si&zing from simulation"), &S::sizing }, { tr("Proof-of-&concept scripts"), &S::poc },
        { tr("Scoring s&heet"), &S::scoring }, { tr("&Traceability appendix"), &S::traceability } };
    for (const auto &[label, member] : sections) {
        auto *box = new QCheckBox(label, this);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &SpecDialog::refresh);
        choices->addWidget(box);
        mSections.emplace_back(box, member);
    }
    choices->addStretch();
    connect(mVersion, &QLineEdit::textChanged, this, &SpecDialog::refresh);
    mPreview = new QTextBrowser(this);
    mPreview->setOpenLinks(false); // the contents' anchors only; nothing is fetched
    connect(mPreview, &QTextBrowser::anchorClicked, this,
        [this](const QUrl &url) { mPreview->scrollToAnchor(url.fragment()); });
    auto *row = new QHBoxLayout;
    row->addLayout(choices);
    row->addWidget(mPreview, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("&Save As…"), QDialogButtonBox::AcceptRole);
    connect(saveButton, &QPushButton::clicked, this, &SpecDialog::saveAs);
    QPushButton *draft = buttons->addButton(tr("&Draft PoC Scenarios"), QDialogButtonBox::ActionRole);
    draft->setToolTip(tr("A proof-of-concept script for every journey that has none, along its to-be process"));
    connect(draft, &QPushButton::clicked, this, [this] {
        if (draftPocScenarios() == 0)
            QMessageBox::information(this, tr("Draft PoC Scenarios"),
                tr("Every journey has a proof-of-concept scenario already (or links to no process)."));
    });
    QPushButton *scores = buttons->addButton(tr("&Import Scoring Sheet…"), QDialogButtonBox::ActionRole);
    connect(scores, &QPushButton::clicked, this, &SpecDialog::chooseScores);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(1100, 760);
    refresh();
}

model::spec::SpecOptions SpecDialog::options() const
{
    model::spec::SpecOptions o;
    o.version = mVersion->text();
    for (const auto &[box, member] : mSections)
        o.sections.*member = box->isChecked();
    return o;
}

void SpecDialog::refresh()
{
    // The preview is the HTML without the diagrams (the saved HTML and PDF draw them).
    const model::spec::SpecDocument doc = model::spec::buildSpec(mDocument->project(), {}, options());
    mPreview->setHtml(model::spec::specToHtml(doc));
}

bool SpecDialog::save(const QString &file, QString *error)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("pdf"))
        return writeSpec(*mDocument, options(), file, error);
    const model::spec::SpecDocument doc = model::spec::buildSpec(mDocument->project(), {}, options());
    QByteArray data;
    if (suffix == QLatin1String("md"))
        data = model::spec::specToMarkdown(doc, mDocument->project()).toUtf8();
    else if (suffix == QLatin1String("json"))
        data = model::spec::specToJson(doc);
    else if (suffix == QLatin1String("csv"))
        data = model::spec::scoringSheetCsv(doc);
    else {
        if (error)
            *error = tr("Choose .pdf, .html, .md, .json or .csv (the scoring sheet).");
        return false;
    }
    return model::writeFileAtomically(file, data, error);
}

bool SpecDialog::importScores(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(file, in.errorString());
        return false;
    }
    model::Project edited = mDocument->project();
    if (!model::spec::importScoringSheet(in.readAll(), edited, error))
        return false;
    mDocument->undoStack()->push(
        new editor::ProjectSnapshotCommand(mDocument, std::move(edited), tr("Import Scoring Sheet")));
    refresh();
    return true;
}

int SpecDialog::draftPocScenarios()
{
    std::vector<model::PocScenario> drafted = model::spec::draftPocScenarios(mDocument->project());
    if (drafted.empty())
        return 0;
    model::Project edited = mDocument->project();
    const int n = int(drafted.size());
    for (model::PocScenario &s : drafted)
        edited.pocScenarios.push_back(std::move(s));
    mDocument->undoStack()->push(
        new editor::ProjectSnapshotCommand(mDocument, std::move(edited), tr("Draft PoC Scenarios")));
    refresh();
    return n;
}

void SpecDialog::chooseScores()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import Scoring Sheet"), QString(), tr("Scoring sheet (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!importScores(file, &error))
        QMessageBox::warning(this, tr("Import Scoring Sheet"), tr("The scoring sheet was not imported: %1").arg(error));
}

void SpecDialog::saveAs()
{
    const QString base = QFileInfo(mDocument->fileName()).completeBaseName().section(u'.', 0, 0);
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Vendor Specification"),
        (base.isEmpty() ? tr("specification") : base) + QStringLiteral("-spec.pdf"),
        tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json);;Scoring sheet (*.csv)"));
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = save(file, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Save Vendor Specification"), error);
}

} // namespace oi::app
