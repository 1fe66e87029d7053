// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeyeditor.h"

#include "editor/settings/preferences.h"

#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/journey/journeyoperations.h"
#include "editor/journey/journeypicture.h"
#include "editor/journey/journeyproperties.h"
#include "editor/journey/journeyresults.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeyview.h"
#include "editor/widgets/actionhelp.h"
#include "model/journeyinterchange.h"
#include "simulation/results.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>

namespace oi::editor {

JourneyEditor::JourneyEditor(QObject *parent)
    : Editor(parent)
    , mView(new JourneyView)
    , mProperties(new JourneyProperties)
    , mExportMenu(new QMenu)
{
    setWidget(mView);
    mProperties->connectTo(mView);
    createFileActions();
    connect(mView, &JourneyView::entityActivated, this, [this](EntityKind kind, const QString &id) {
        if (kind != EntityKind::Role && kind != EntityKind::Process && kind != EntityKind::Requirement)
            return;
        // A process chip may name a node ("support/triage"): the process is what gets selected.
        const QString entity = kind == EntityKind::Process ? id.section(u'/', 0, 0) : id;
        if (document())
            document()->selection()->select(kind, entity);
        emit openRequested(EntityRef { kind, id });
    });
    connect(mView, &JourneyView::selectionChanged, this, &JourneyEditor::publishSelection);
    connect(mView, &JourneyView::message, this, &JourneyEditor::message);
}

JourneyEditor::~JourneyEditor()
{
    delete mExportMenu;
    if (mProperties && !mProperties->parent())
        delete mProperties;
}

QString JourneyEditor::title() const
{
    return tr("Journey");
}

QIcon JourneyEditor::icon() const
{
    return QIcon(QStringLiteral(":/icons/journey.svg"));
}

QWidget *JourneyEditor::propertiesWidget() const
{
    return mProperties;
}

void JourneyEditor::documentChanged()
{
    if (Document *old = mView->document())
        disconnect(old->selection(), nullptr, this, nullptr);
    // The panel first: the view announces its journey as soon as it has the document.
    mProperties->setDocument(document());
    mView->setDocument(document());
    if (document()) {
        connect(document()->selection(), &Selection::changed, this, &JourneyEditor::followDocumentSelection);
        if (mResults)
            mView->setOverlay(journeyResultsOverlay(document()->project(), *mResults));
    }
}

QList<QAction *> JourneyEditor::actions(Place place) const
{
    using A = JourneyView;
    auto from = [this](std::initializer_list<int> which) {
        QList<QAction *> list;
        for (int a : which)
            list.append(a < 0 ? nullptr : mView->action(A::Action(a)));
        return list;
    };
    switch (place) {
    case Place::FileMenu: return mFileActions;
    case Place::EditMenu:
        return from({ A::Cut, A::Copy, A::Paste, A::Delete, A::Duplicate, -1, A::NewJourney, A::AddStage, A::AddStep,
            A::EditTitle, A::DeleteJourney, -1, A::SelectAll, A::Find });
    case Place::ViewMenu: return from({ A::ZoomIn, A::ZoomOut, A::FitToWindow, A::ResetZoom, -1, A::ShowToBe });
    case Place::ToolBar:
        return from({ A::NewJourney, A::AddStage, A::AddStep, -1, A::ZoomOut, A::ZoomIn, A::FitToWindow });
    }
    return {};
}

bool JourneyEditor::shows(EntityKind kind) const
{
    return kind == EntityKind::Journey || kind == EntityKind::Step || kind == EntityKind::Stage;
}

void JourneyEditor::reveal(const EntityRef &ref)
{
    if (ref.kind == EntityKind::Journey)
        mView->setCurrentJourney(ref.id);
    else if (ref.kind == EntityKind::Step)
        mView->selectSteps({ ref.id });
}

bool JourneyEditor::zoom(Zoom step)
{
    switch (step) {
    case Zoom::In: mView->zoomIn(); break;
    case Zoom::Out: mView->zoomOut(); break;
    case Zoom::Fit: mView->fitToWindow(); break;
    case Zoom::Reset: mView->resetZoom(); break;
    }
    return true;
}

bool JourneyEditor::find(const QString &text)
{
    return mView->findNext(text);
}

void JourneyEditor::publishSelection()
{
    if (mSyncing || !document())
        return;
    const QStringList steps = mView->selectedStepIds();
    if (steps.isEmpty()) {
        // Steps deselected on the map: drop them from the shared selection, keep anything else.
        EntityRefs kept;
        for (const EntityRef &ref : document()->selection()->entities())
            if (ref.kind != EntityKind::Step)
                kept.append(ref);
        document()->selection()->set(kept);
        return;
    }
    EntityRefs refs;
    for (const QString &id : steps)
        refs.append(EntityRef { EntityKind::Step, id });
    document()->selection()->set(refs);
}

void JourneyEditor::followDocumentSelection()
{
    // Only a selection of steps moves the map's selection; a role chosen in the tree leaves it be.
    const QStringList steps = document() ? document()->selection()->ids(EntityKind::Step) : QStringList();
    if (steps.isEmpty() || steps == mView->selectedStepIds())
        return;
    mSyncing = true;
    const model::Journey *shown = document()->project().journey(mView->currentJourney());
    const model::Journey *holder = nullptr;
    document()->project().step(steps.first(), &holder);
    if (holder && holder != shown)
        mView->setCurrentJourney(holder->id);
    mView->selectSteps(steps);
    mSyncing = false;
}

QStringList JourneyEditor::exportFormats() const
{
    return { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("html"),
        QStringLiteral("mmd"), QStringLiteral("json") };
}

bool JourneyEditor::exportTo(const QString &fileName, const ExportOptions &options, QString *error)
{
    if (!document() || !mView->scene()) {
        if (error)
            *error = tr("%1: no project is open").arg(fileName);
        return false;
    }
    if (!options.journey.isEmpty() && options.journey != mView->currentJourney()) {
        if (!document()->project().journey(options.journey)) {
            if (error)
                *error = tr("%1: the project has no journey \"%2\"").arg(fileName, options.journey);
            return false;
        }
        mView->setCurrentJourney(options.journey);
    }
    return JourneyPicture::exportFile(mView->scene(), fileName, options.dpi, error);
}

void JourneyEditor::showResults(const std::shared_ptr<const sim::Results> &results)
{
    mResults = results;
    if (!results || !document())
        mView->setOverlay({});
    else
        mView->setOverlay(journeyResultsOverlay(document()->project(), *results));
}

void JourneyEditor::readSettings(QSettings &settings)
{
    const QString lanes = settings.value(QStringLiteral("lanes")).toString();
    if (!lanes.isEmpty())
        mView->setLaneConfig(LaneConfig::fromString(lanes));
}

void JourneyEditor::writeSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("lanes"), mView->laneConfig().toString());
}

void JourneyEditor::createFileActions()
{
    mExportMenu->setTitle(tr("&Export Journey"));
    mExportMenu->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    struct Format
    {
        QString title, suffix, tip;
    };
    const QList<Format> formats = {
        { tr("As &PNG Image…"), QStringLiteral("png"), tr("Save the journey map as a picture for slides and e-mail") },
        { tr("As &SVG Drawing…"), QStringLiteral("svg"),
            tr("Save the journey map as a drawing that stays sharp at any size") },
        { tr("As P&DF…"), QStringLiteral("pdf"), tr("Save the journey map as a PDF to print or send") },
        { tr("As &HTML Page…"), QStringLiteral("html"), tr("Save the journey as a web page to open in any browser") },
        { tr("As &Mermaid Text…"), QStringLiteral("mmd"),
            tr("Save the journey as Mermaid text for wikis and Markdown documents") },
        { tr("As &JSON…"), QStringLiteral("json"),
            tr("Save the journey as a JSON file another project or tool can import") },
    };
    for (const Format &f : formats) {
        QAction *a = mExportMenu->addAction(f.title);
        a->setObjectName(QStringLiteral("export-") + f.suffix);
        describe(a, f.tip);
        connect(a, &QAction::triggered, this, [this, suffix = f.suffix] { exportInteractively(suffix); });
    }
    auto *import = new QAction(tr("&Import Journey (JSON)…"), this);
    import->setObjectName(QStringLiteral("importJourney"));
    describe(import, tr("Add a journey saved as JSON, from another project or tool, to this project"));
    connect(import, &QAction::triggered, this, &JourneyEditor::importJson);
    auto *print = new QAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("&Print Journey…"), this);
    print->setObjectName(QStringLiteral("printJourney"));
    print->setShortcut(QKeySequence::Print);
    describe(print, tr("Print the journey map shown"));
    connect(print, &QAction::triggered, this, &JourneyEditor::printJourney);
    mFileActions = { mExportMenu->menuAction(), import, print };
}

void JourneyEditor::exportInteractively(const QString &suffix)
{
    if (!document())
        return;
    const QHash<QString, QString> filters = {
        { QStringLiteral("png"), tr("PNG image (*.png)") },
        { QStringLiteral("svg"), tr("SVG drawing (*.svg)") },
        { QStringLiteral("pdf"), tr("PDF document (*.pdf)") },
        { QStringLiteral("html"), tr("HTML page (*.html)") },
        { QStringLiteral("mmd"), tr("Mermaid journey (*.mmd)") },
        { QStringLiteral("json"), tr("Journey JSON (*.json)") },
    };
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("files/exportDirectory")).toString();
    const QString suggested = QFileInfo(dir, mView->currentJourney() + u'.' + suffix).filePath();
    QString fileName = QFileDialog::getSaveFileName(mView, tr("Export Journey"), suggested, filters.value(suffix));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += u'.' + suffix;
    ExportOptions options;
    if (suffix == QLatin1String("png")) {
        bool ok = false;
        options.dpi = QInputDialog::getInt(
            mView, tr("Export PNG"), tr("Resolution (dots per inch):"), Preferences::load().pngDpi, 48, 600, 24, &ok);
        if (!ok)
            return;
    }
    settings.setValue(QStringLiteral("files/exportDirectory"), QFileInfo(fileName).absolutePath());
    QString error;
    if (!exportTo(fileName, options, &error))
        QMessageBox::warning(mView, tr("Export Failed"), error);
}

void JourneyEditor::importJson()
{
    Document *doc = document();
    if (!doc)
        return;
    const QString fileName = QFileDialog::getOpenFileName(mView, tr("Import Journey"), {}, tr("Journey JSON (*.json)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(mView, tr("Import Failed"), tr("%1: %2").arg(fileName, file.errorString()));
        return;
    }
    QString error;
    // Never more of a file into memory than a journey may be: the reader refuses what is longer.
    const QString id = JourneyOperations::importJourneyJson(doc, file.read(model::kMaxJourneyJsonBytes + 1), &error);
    if (id.isEmpty())
        QMessageBox::warning(mView, tr("Import Failed"), tr("%1: %2").arg(fileName, error));
    else
        mView->setCurrentJourney(id);
}

void JourneyEditor::printJourney()
{
    if (!document())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, mView);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!JourneyPicture::print(mView->scene(), &printer, &error))
        QMessageBox::warning(mView, tr("Print Failed"), error);
}

} // namespace oi::editor
