// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QListWidget;
class QListWidgetItem;
QT_END_NAMESPACE

namespace oi::app {

class RecentFiles;

/**
 * What the studio shows at its first start (and whenever Help ▸ Welcome asks): the four steps in a
 * sentence each, then the ways in — the sample, a template (every bundled one, as DocumentManager
 * finds them), an empty project, a file, a recent project. Each is one click or Enter.
 */
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(RecentFiles *recent, QWidget *parent = nullptr);
    void setShowAtStartup(bool on);
    bool showAtStartup() const;

signals:
    void sampleRequested();
    void emptyProjectRequested();
    void openRequested();
    void templateChosen(const QString &path);
    void recentChosen(const QString &fileName);
    void showAtStartupChanged(bool on);

private:
    void fillRecent();
    QListWidget *mStart = nullptr;
    QListWidget *mRecent = nullptr;
    QCheckBox *mAtStartup = nullptr;
    RecentFiles *mRecentFiles;
};

} // namespace oi::app
