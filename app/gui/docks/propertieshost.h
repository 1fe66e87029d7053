// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace oi::editor {
class Editor;
}

namespace oi::app {

/** The Properties dock's content: the current editor's properties page, or a sentence when it has none. */
class PropertiesHost : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PropertiesHost(QWidget *parent = nullptr);
    void setEditor(editor::Editor *editor);

private:
    QLabel *mNothing;
};

} // namespace oi::app
