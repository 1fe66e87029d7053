// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/export/pictureexport.h"

#include "app/gui/export/specexport.h"
#include "app/gui/mainwindow/editorregistry.h"

#include "editor/document/document.h"
#include "model/projectio.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace oi::app {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PictureExport", text);
}

struct Editors
{
    QList<editor::Editor *> list;
    ~Editors() { qDeleteAll(list); }
};
} // namespace

QStringList pictureKinds()
{
    Editors editors { createEditors() };
    QStringList kinds;
    for (const editor::Editor *e : editors.list)
        if (!e->exportKind().isEmpty())
            kinds.append(e->exportKind());
    kinds.append(QStringLiteral("spec")); // the vendor specification: a document, not one editor's picture
    return kinds;
}

int exportPicture(const QString &projectFile, const QString &kind, const QString &output,
    const editor::ExportOptions &options, QTextStream &err)
{
    if (kind == QLatin1String("spec"))
        return exportSpec(projectFile, output, err);
    Editors editors { createEditors() };
    editor::Editor *painter = nullptr;
    QStringList kinds;
    for (editor::Editor *e : editors.list) {
        if (e->exportKind().isEmpty())
            continue;
        kinds.append(e->exportKind());
        if (e->exportKind() == kind)
            painter = e;
    }
    if (!painter) {
        err << tr("outsidein: --export %1: unknown kind; this version exports %2.\n").arg(kind, kinds.join(u", "));
        return 1;
    }
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!painter->exportFormats().contains(suffix)) {
        err << tr("outsidein: --export %1: %2 is not a format it writes; use %3.\n")
                   .arg(kind, output, painter->exportFormats().join(u", "));
        return 1;
    }
    model::Problems problems;
    auto document = editor::Document::load(projectFile, &problems);
    if (!document) {
        for (const model::Problem &p : problems)
            err << p.toString() << u'\n';
        err << tr("outsidein: %1 could not be opened; nothing was exported.\n").arg(projectFile);
        return 1;
    }
    painter->setDocument(document.get());
    QString error;
    const bool ok = painter->exportTo(output, options, &error);
    painter->setDocument(nullptr);
    if (!ok) {
        err << tr("outsidein: %1\n").arg(error);
        return 1;
    }
    return 0;
}

} // namespace oi::app
