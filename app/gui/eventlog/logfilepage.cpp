// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/logfilepage.h"

#include "app/gui/eventlog/logpreview.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace oi::app {

LogFilePage::LogFilePage()
    : mFile(new QLineEdit)
    , mFeedback(new QLineEdit)
    , mAbout(new QLabel)
{
    setTitle(tr("Choose the Event Log"));
    setSubTitle(tr("An export from a CRM, ticketing, web-analytics or call-centre system: one row per activity of a "
                   "case, with the case, the activity and when it happened."));
    mFile->setObjectName(QStringLiteral("logFile"));
    mFile->setPlaceholderText(tr("A .csv or .xes file"));
    auto *browse = new QPushButton(tr("&Browse\u2026"));
    connect(browse, &QPushButton::clicked, this, &LogFilePage::browse);
    auto *row = new QHBoxLayout;
    row->addWidget(mFile, 1);
    row->addWidget(browse);
    mAbout->setWordWrap(true);
    auto *explain = new QLabel(tr("<p><b>CSV</b>: the next page shows the columns and the first rows as read; "
                                  "columns named as process-mining tools name them (case:concept:name, "
                                  "concept:name, time:timestamp, org:resource, lifecycle:transition) and common "
                                  "names such as Case ID, Activity or Start Time are recognised by themselves.</p>"
                                  "<p><b>XES</b> (IEEE 1849) logs are read with their standard extensions: "
                                  "concept, time, lifecycle and org.</p>"
                                  "<p>Nothing in the project changes until you press <i>Add to Project</i> at "
                                  "the end, and then as one step you can undo.</p>"));
    explain->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("&Log file:")));
    static_cast<QLabel *>(layout->itemAt(0)->widget())->setBuddy(mFile);
    layout->addLayout(row);
    layout->addWidget(mAbout);
    layout->addSpacing(12);
    auto *feedbackLabel = new QLabel(tr("Survey or complaint &records (optional):"));
    feedbackLabel->setBuddy(mFeedback);
    mFeedback->setObjectName(QStringLiteral("feedbackFile"));
    mFeedback->setPlaceholderText(tr("A .csv with the case or customer, the step, a score (CSAT, NPS, \u2026) and "
                                     "a comment"));
    mFeedback->setToolTip(tr("Sets each step's observed emotion from the scores, and offers the comments of low "
                             "scores as pain points."));
    auto *browseFeedback = new QPushButton(tr("B&rowse\u2026"));
    connect(browseFeedback, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Survey or Complaint Records"), mFeedback->text(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!file.isEmpty())
            mFeedback->setText(file);
    });
    auto *feedbackRow = new QHBoxLayout;
    feedbackRow->addWidget(mFeedback, 1);
    feedbackRow->addWidget(browseFeedback);
    layout->addWidget(feedbackLabel);
    layout->addLayout(feedbackRow);
    layout->addSpacing(12);
    layout->addWidget(explain);
    layout->addStretch(1);
    registerField(QStringLiteral("file*"), mFile);
    registerField(QStringLiteral("feedback"), mFeedback);
    connect(mFile, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QFileInfo info(text.trimmed());
        if (text.trimmed().isEmpty())
            mAbout->clear();
        else if (!info.isFile())
            mAbout->setText(tr("There is no file by that name."));
        else
            mAbout->setText(tr("%1, %2: read as %3.")
                                .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                    isXesFile(info.filePath()) ? tr("XES") : tr("CSV")));
        emit completeChanged();
    });
    connect(mFeedback, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool LogFilePage::isComplete() const
{
    const QString feedback = mFeedback->text().trimmed();
    return QFileInfo(mFile->text().trimmed()).isFile() && (feedback.isEmpty() || QFileInfo(feedback).isFile());
}

void LogFilePage::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Event Log"), mFile->text(),
        tr("Event logs (*.csv *.xes *.txt);;CSV files (*.csv *.txt);;XES files (*.xes);;All files (*)"));
    if (!file.isEmpty())
        mFile->setText(file);
}

} // namespace oi::app
