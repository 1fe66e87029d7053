// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/spec/vendorpoceditor.h"

#include "editor/spec/vendorpocpage.h"

#include <QIcon>
#include <QSettings>

namespace oi::editor::spec {

VendorPocEditor::VendorPocEditor(QObject *parent)
    : Editor(parent)
    , mPage(new VendorPocPage)
{
    setWidget(mPage);
}

QString VendorPocEditor::title() const
{
    return tr("Vendor PoC");
}

QIcon VendorPocEditor::icon() const
{
    return QIcon(QStringLiteral(":/icons/report.svg"));
}

void VendorPocEditor::readSettings(QSettings &settings)
{
    const int tab = settings.value(QStringLiteral("tab"), 0).toInt();
    if (tab >= 0 && tab < mPage->count())
        mPage->setCurrentIndex(tab);
}

void VendorPocEditor::writeSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("tab"), mPage->currentIndex());
}

void VendorPocEditor::documentChanged()
{
    mPage->setDocument(document());
}

} // namespace oi::editor::spec
