// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editor.h"

namespace oi::editor {

class TraceabilityView;

/**
 * The outside-in chain checked: strategy -> roles -> processes -> journey steps -> requirements,
 * and the customer's needs, as matrices with their coverage and a list of orphans and gaps.
 * Read-only; it selects what is clicked, lights up the chain of the selection and asks the window
 * to open an entity on a double-click.
 */
class TraceabilityEditor : public Editor
{
    Q_OBJECT
public:
    explicit TraceabilityEditor(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("traceability"); }
    QString title() const override;
    QIcon icon() const override;
    bool shows(EntityKind kind) const override;
    void reveal(const EntityRef &ref) override;

    void readSettings(QSettings &settings) override;
    void writeSettings(QSettings &settings) const override;

    TraceabilityView *view() const { return mView; }

protected:
    void documentChanged() override;

private:
    TraceabilityView *mView;
};

} // namespace oi::editor
