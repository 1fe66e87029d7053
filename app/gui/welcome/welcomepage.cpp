// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/welcome/welcomepage.h"

#include "app/gui/documents/documentmanager.h"
#include "app/gui/documents/recentfiles.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace oi::app {

namespace {
enum Role { KindRole = Qt::UserRole, PathRole };
enum Kind { Sample, Template, Empty, Open };

QListWidgetItem *addEntry(QListWidget *list, const QString &icon, const QString &title, const QString &detail,
    Kind kind, const QString &path = {})
{
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)),
        detail.isEmpty() ? title : QStringLiteral("%1\n%2").arg(title, detail), list);
    item->setData(KindRole, kind);
    item->setData(PathRole, path);
    item->setToolTip(detail.isEmpty() ? title : detail);
    return item;
}

QListWidget *entryList(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setIconSize(QSize(28, 28));
    list->setSpacing(3);
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setFrameShape(QFrame::NoFrame);
    return list;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

WelcomePage::WelcomePage(RecentFiles *recent, QWidget *parent)
    : QWidget(parent)
    , mRecentFiles(recent)
{
    setObjectName(QStringLiteral("WelcomePage"));
    setWhatsThis(tr("The ways into the studio: the sample project, a template, an empty project, a file or a "
                    "project you had open. Help ▸ Welcome brings this page back."));
    setAutoFillBackground(true);

    auto *title = new QLabel(tr("Welcome to Outside-In Studio"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Model how the company should serve its customers from the outside in: "
                                "<b>strategy</b> sets goals, <b>roles</b> change to meet them, <b>processes</b> are "
                                "re-engineered for those roles from the customer's journey, and only then does "
                                "<b>technology</b> get its requirements. The simulator shows the constraint before "
                                "any technology is chosen."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    mStart = entryList(this, QStringLiteral("welcomeStart"), tr("Start"));
    addEntry(mStart, QStringLiteral("outsidein"), tr("Open the sample project"),
        tr("A broadband provider's subscription journeys, roles, processes and scenarios, ready to simulate"), Sample);
    for (const DocumentManager::Template &t : DocumentManager::templates())
        addEntry(mStart, QStringLiteral("journey"), tr("Start from the template “%1”").arg(t.title), t.description,
            Template, t.path);
    addEntry(
        mStart, QStringLiteral("new"), tr("Start an empty project"), tr("A blank project to fill in yourself"), Empty);
    addEntry(mStart, QStringLiteral("open"), tr("Open a project file…"),
        tr("A .oistudio or .oi.yaml file on this computer"), Open);
    mStart->setCurrentRow(0);

    mRecent = entryList(this, QStringLiteral("welcomeRecent"), tr("Recent projects"));
    fillRecent();
    connect(mRecentFiles, &RecentFiles::changed, this, &WelcomePage::fillRecent);

    mAtStartup = new QCheckBox(tr("Show this page when the studio starts"), this);
    mAtStartup->setObjectName(QStringLiteral("welcomeAtStartup"));
    mAtStartup->setChecked(true);
    connect(mAtStartup, &QCheckBox::toggled, this, &WelcomePage::showAtStartupChanged);

    auto activate = [this](QListWidgetItem *item) {
        if (!item)
            return;
        switch (Kind(item->data(KindRole).toInt())) {
        case Sample: emit sampleRequested(); break;
        case Template: emit templateChosen(item->data(PathRole).toString()); break;
        case Empty: emit emptyProjectRequested(); break;
        case Open:
            if (item->data(PathRole).toString().isEmpty())
                emit openRequested();
            else
                emit recentChosen(item->data(PathRole).toString());
            break;
        }
    };
    for (QListWidget *list : { mStart, mRecent })
        connect(list, &QListWidget::itemActivated, this, activate);

    auto *startHeading = heading(tr("&Start"), this);
    auto *recentHeading = heading(tr("&Recent projects"), this);
    // The headings' accelerators move the keyboard to their lists (Alt+S, Alt+R).
    startHeading->setBuddy(mStart);
    recentHeading->setBuddy(mRecent);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(36);
    grid->addWidget(startHeading, 0, 0);
    grid->addWidget(recentHeading, 0, 1);
    grid->addWidget(mStart, 1, 0);
    grid->addWidget(mRecent, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addLayout(grid, 1);
    column->addWidget(mAtStartup);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 36, 48, 28);
    outer->addStretch(1);
    outer->addLayout(column, 12);
    outer->addStretch(1);
    setTabOrder(mStart, mRecent);
    setTabOrder(mRecent, mAtStartup);
    setFocusProxy(mStart);
}

void WelcomePage::fillRecent()
{
    mRecent->clear();
    for (const QString &file : mRecentFiles->files())
        addEntry(mRecent, QStringLiteral("open"), QFileInfo(file).fileName(),
            QDir::toNativeSeparators(QFileInfo(file).absolutePath()), Open, file);
    if (mRecent->count() == 0) {
        auto *none = new QListWidgetItem(tr("No recent projects yet"), mRecent);
        none->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::setShowAtStartup(bool on)
{
    mAtStartup->setChecked(on);
}

bool WelcomePage::showAtStartup() const
{
    return mAtStartup->isChecked();
}

} // namespace oi::app
