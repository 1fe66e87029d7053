// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editor.h"

namespace oi::editor::spec {

class VendorPocPage;

/**
 * The Vendor PoC tab (`--view vendors`): the proof-of-concept scenarios the vendors demonstrate,
 * edited one by one, and the vendors' scores with their comparison. Every edit is an undo step.
 */
class VendorPocEditor : public Editor
{
    Q_OBJECT
public:
    explicit VendorPocEditor(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("vendors"); }
    QString title() const override;
    QIcon icon() const override;
    bool shows(EntityKind) const override { return false; }
    /** Which of the page's tabs was in front: "tab" (0 scenarios, 1 vendors). */
    void readSettings(QSettings &settings) override;
    void writeSettings(QSettings &settings) const override;

    VendorPocPage *page() const { return mPage; }

protected:
    void documentChanged() override;

private:
    VendorPocPage *mPage;
};

} // namespace oi::editor::spec
