// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editor.h"

#include <QList>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace oi::editor {

class JourneyProperties;
class JourneyView;

/**
 * The journey map as an editor: the JourneyView in the centre, its step/stage/journey form in the
 * Properties dock, exports (PNG, SVG, PDF, HTML, Mermaid, JSON), import and print in the File menu.
 * Step selection is the document's: steps selected on the map are selected everywhere.
 */
class JourneyEditor : public Editor
{
    Q_OBJECT
public:
    explicit JourneyEditor(QObject *parent = nullptr);
    ~JourneyEditor() override;

    QString name() const override { return QStringLiteral("journey"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *propertiesWidget() const override;
    QList<QAction *> actions(Place place) const override;

    bool shows(EntityKind kind) const override;
    void reveal(const EntityRef &ref) override;
    bool zoom(Zoom step) override;
    bool find(const QString &text) override;

    QString exportKind() const override { return QStringLiteral("journey"); }
    QStringList exportFormats() const override;
    bool exportTo(const QString &fileName, const ExportOptions &options, QString *error) override;
    void showResults(const std::shared_ptr<const sim::Results> &results) override;

    void readSettings(QSettings &settings) override;
    void writeSettings(QSettings &settings) const override;

    JourneyView *view() const { return mView; }

protected:
    void documentChanged() override;

private:
    void createFileActions();
    void exportInteractively(const QString &suffix);
    void importJson();
    void printJourney();
    void followDocumentSelection();
    void publishSelection();

    JourneyView *mView;
    QPointer<JourneyProperties> mProperties; // the Properties dock may own it
    QMenu *mExportMenu;
    QList<QAction *> mFileActions;
    std::shared_ptr<const sim::Results> mResults;
    bool mSyncing = false;
};

} // namespace oi::editor
