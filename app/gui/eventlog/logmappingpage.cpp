// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/logmappingpage.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace oi::app {

namespace {

constexpr int kPreviewRows = 20;

// The offsets a log's clock can have, in minutes: every whole hour and the half and quarter hours in use.
QList<int> zoneOffsets()
{
    QList<int> offsets;
    for (int h = -12; h <= 14; ++h)
        offsets << h * 60;
    offsets << -9 * 60 - 30 << -3 * 60 - 30 << 3 * 60 + 30 << 4 * 60 + 30 << 5 * 60 + 30 << 5 * 60 + 45 << 6 * 60 + 30
            << 9 * 60 + 30 << 10 * 60 + 30 << 12 * 60 + 45;
    std::sort(offsets.begin(), offsets.end());
    return offsets;
}

QString offsetText(int minutes)
{
    const int a = std::abs(minutes);
    return QStringLiteral("UTC%1%2:%3")
        .arg(minutes < 0 ? u'\u2212' : u'+')
        .arg(a / 60, 2, 10, QLatin1Char('0'))
        .arg(a % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

LogMappingPage::LogMappingPage()
    : mAttributes(new QListWidget)
    , mTimeFormat(new QComboBox)
    , mDetected(new QLabel)
    , mZone(new QComboBox)
    , mCompleteAt(new QLineEdit)
    , mStepsPerStage(new QSpinBox)
    , mLow(new QSpinBox)
    , mHigh(new QSpinBox)
    , mStatus(new QLabel)
    , mPreview(new QTableWidget)
    , mRefresh(new QTimer(this))
{
    setTitle(tr("Say Which Column Holds What"));
    setSubTitle(tr("Columns the studio recognised are chosen already. The table below shows the first rows as the "
                   "import will read them."));
    const std::array<QString, SlotCount> labels { tr("&Case:"), tr("&Activity:"), tr("Completed &at:"),
        tr("&Started at:"), tr("&Lifecycle:"), tr("&Resource or role:"), tr("C&hannel:"), tr("C&ustomer or segment:") };
    const std::array<QString, SlotCount> names { QStringLiteral("case"), QStringLiteral("activity"),
        QStringLiteral("time"), QStringLiteral("start"), QStringLiteral("lifecycle"), QStringLiteral("resource"),
        QStringLiteral("channel"), QStringLiteral("customer") };
    auto *columns = new QFormLayout;
    for (int s = 0; s < SlotCount; ++s) {
        mColumns[s] = new QComboBox;
        mColumns[s]->setObjectName(names[s] + QStringLiteral("Column"));
        columns->addRow(labels[s], mColumns[s]);
        connect(mColumns[s], &QComboBox::currentIndexChanged, this, [this] {
            if (!mFilling)
                mRefresh->start();
        });
    }
    mColumns[Time]->setToolTip(tr("When each activity was completed (or the only time the log gives)."));
    mColumns[Start]->setToolTip(tr("When the work began; with it durations are service times and headcounts come "
                                   "from the work in progress."));
    mColumns[Lifecycle]->setToolTip(tr("A start/complete column, as XES logs have, instead of a start time."));

    mTimeFormat->setObjectName(QStringLiteral("timeFormat"));
    mTimeFormat->setEditable(true);
    mTimeFormat->setToolTip(tr("As Qt writes formats: dd day, MM month, yyyy year, HH hour, mm minute, ss second; "
                               "or iso, epoch (seconds) and epoch-ms."));
    mTimeFormat->addItems({ QStringLiteral("dd/MM/yyyy HH:mm"), QStringLiteral("MM/dd/yyyy HH:mm"),
        QStringLiteral("dd.MM.yyyy HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("iso"),
        QStringLiteral("epoch"), QStringLiteral("epoch-ms") });
    connect(mTimeFormat, &QComboBox::currentTextChanged, this, [this] {
        if (!mFilling)
            mRefresh->start();
    });
    mZone->setObjectName(QStringLiteral("timeZone"));
    mZone->addItem(tr("As the log says (UTC where it does not)"));
    for (const int offset : zoneOffsets())
        mZone->addItem(offsetText(offset), offset);
    connect(mZone, &QComboBox::currentIndexChanged, this, [this] {
        if (!mFilling)
            mRefresh->start();
    });
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(mTimeFormat, 1);
    formatRow->addWidget(mDetected);
    auto *formatLabel = new QLabel(tr("Time &format:"));
    formatLabel->setBuddy(mTimeFormat);
    columns->addRow(formatLabel, formatRow);
    columns->addRow(tr("Time &zone:"), mZone);

    mAttributes->setObjectName(QStringLiteral("attributes"));
    connect(mAttributes, &QListWidget::itemChanged, this, [this] {
        if (!mFilling)
            mRefresh->start();
    });
    auto *attributes = new QVBoxLayout;
    auto *attributesLabel = new QLabel(tr("&Numbers to keep per step (contacts, amount, …):"));
    attributesLabel->setWordWrap(true);
    attributesLabel->setBuddy(mAttributes);
    attributes->addWidget(attributesLabel);
    attributes->addWidget(mAttributes, 1);

    mStepsPerStage->setRange(1, 50);
    mStepsPerStage->setValue(4);
    mStepsPerStage->setSuffix(tr(" steps"));
    mLow->setRange(0, 49);
    mLow->setValue(5);
    mHigh->setRange(51, 100);
    mHigh->setValue(95);
    for (QSpinBox *s : { mLow, mHigh })
        s->setSuffix(tr("th percentile"));
    auto *rangeLabel = new QLabel(tr("Normal &range of a metric:"));
    rangeLabel->setBuddy(mLow);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(mLow);
    rangeRow->addWidget(new QLabel(tr("to")));
    rangeRow->addWidget(mHigh);
    rangeRow->addStretch(1);
    mCompleteAt->setObjectName(QStringLiteral("completeAt"));
    mCompleteAt->setPlaceholderText(tr("Every case, unless the log says it was abandoned"));
    mCompleteAt->setToolTip(tr("The activities, separated by commas, that finish a case. Cases that end elsewhere "
                               "count as abandoned: they give the draft its customers' patience."));
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    mCompleteAt->setCompleter(completer);
    auto *draft = new QFormLayout;
    draft->addRow(tr("Cases are &done at:"), mCompleteAt);
    draft->addRow(tr("A journey &stage every:"), mStepsPerStage);
    draft->addRow(rangeLabel, rangeRow);
    auto *draftBox = new QGroupBox(tr("The draft"));
    draftBox->setLayout(draft);
    attributes->addWidget(draftBox);

    auto *top = new QHBoxLayout;
    top->addLayout(columns, 3);
    top->addLayout(attributes, 2);

    mStatus->setObjectName(QStringLiteral("previewStatus"));
    mStatus->setWordWrap(true);
    mStatus->setTextFormat(Qt::PlainText);
    mPreview->setObjectName(QStringLiteral("preview"));
    mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPreview->setSelectionMode(QAbstractItemView::NoSelection);
    mPreview->verticalHeader()->setVisible(false);
    mPreview->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mStatus);
    layout->addWidget(mPreview, 1);

    mRefresh->setSingleShot(true);
    mRefresh->setInterval(150);
    connect(mRefresh, &QTimer::timeout, this, &LogMappingPage::refresh);
}

void LogMappingPage::initializePage()
{
    const QString file = field(QStringLiteral("file")).toString().trimmed();
    if (file == mFile)
        return; // back from the import: the form stays as it was left
    mFile = file;
    // What the reader recognises by itself fills the form.
    model::eventlog::ReadOptions plain;
    const LogPreview first = previewLog(file, plain);
    mFilling = true;
    const std::array<const QString *, SlotCount> found { &first.recognised.caseId, &first.recognised.activity,
        &first.recognised.time, &first.recognised.start, &first.recognised.lifecycle, &first.recognised.resource,
        &first.recognised.channel, &first.recognised.customer };
    for (int s = 0; s < SlotCount; ++s) {
        QComboBox *box = mColumns[s];
        box->clear();
        box->addItem(s <= Time ? tr("Choose a column\u2026") : tr("(not in the log)"), QString());
        for (const QString &c : first.columns)
            box->addItem(c, c);
        box->setCurrentIndex(std::max(0, box->findData(*found[s])));
    }
    mAttributes->clear();
    for (const QString &c : first.columns) {
        auto *item = new QListWidgetItem(c, mAttributes);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    mDetectedFormat = first.report.timeFormat;
    mTimeFormat->setCurrentText(mDetectedFormat);
    mDetected->setText(first.report.timeFormat.isEmpty() ? QString() : tr("(detected)"));
    mZone->setCurrentIndex(0);
    mFilling = false;
    showPreview(first);
}

model::eventlog::ReadOptions LogMappingPage::readOptions() const
{
    model::eventlog::ReadOptions options;
    model::eventlog::ColumnMapping &m = options.mapping;
    const std::array<QString *, SlotCount> targets { &m.caseId, &m.activity, &m.time, &m.start, &m.lifecycle,
        &m.resource, &m.channel, &m.customer };
    for (int s = 0; s < SlotCount; ++s)
        *targets[s] = mColumns[s]->currentData().toString();
    for (int i = 0; i < mAttributes->count(); ++i)
        if (mAttributes->item(i)->checkState() == Qt::Checked)
            m.attributes << mAttributes->item(i)->text();
    // Left as detected, the reader detects it again (its names, such as "ISO 8601", are not formats to give).
    const QString format = mTimeFormat->currentText().trimmed();
    if (format != mDetectedFormat)
        options.timeFormat
            = format.compare(QLatin1String("ISO 8601"), Qt::CaseInsensitive) == 0 ? QStringLiteral("iso") : format;
    if (mZone->currentIndex() > 0)
        options.utcOffsetMinutes = mZone->currentData().toInt();
    return options;
}

model::eventlog::DraftOptions LogMappingPage::draftOptions() const
{
    model::eventlog::DraftOptions options;
    options.stepsPerStage = mStepsPerStage->value();
    for (const QString &a : mCompleteAt->text().split(u',', Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            options.completingActivities << a.trimmed();
    options.ranges.low = mLow->value() / 100.0;
    options.ranges.high = mHigh->value() / 100.0;
    return options;
}

bool LogMappingPage::isComplete() const
{
    return mReadable;
}

void LogMappingPage::refresh()
{
    showPreview(previewLog(mFile, readOptions()));
}

void LogMappingPage::showPreview(const LogPreview &preview)
{
    const model::eventlog::ReadReport &r = preview.report;
    const model::eventlog::EventLog &log = preview.log;
    mReadable = r.error.isEmpty() && !log.events.empty();
    if (!r.error.isEmpty())
        mStatus->setText(r.error);
    else if (r.badRows > 0 && !r.bad.empty())
        mStatus->setText(tr("Some of the first rows cannot be read; the first: %1").arg(r.bad.front().toString()));
    else
        mStatus->setText(tr("Read as %1, times as %2.").arg(r.format, r.timeFormat));
    mStatus->setStyleSheet(mReadable && r.badRows == 0 ? QString() : QStringLiteral("color: #b3261e;"));

    QStringList headers { tr("Case"), tr("Activity"), tr("Started"), tr("Completed"), tr("Resource"), tr("Channel"),
        tr("Customer") };
    headers += log.attributeNames;
    mPreview->clear();
    mPreview->setColumnCount(int(headers.size()));
    mPreview->setHorizontalHeaderLabels(headers);
    // The preview shows rows in the file's order, as a consultant checks them against the export.
    std::vector<size_t> order(log.events.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(
        order.begin(), order.end(), [&log](size_t a, size_t b) { return log.events[a].line < log.events[b].line; });
    const int rows = int(std::min<size_t>(order.size(), kPreviewRows));
    mPreview->setRowCount(rows);
    const auto time = [&log](model::eventlog::Instant t) {
        if (t == model::eventlog::kNoTime)
            return QString();
        return QDateTime::fromMSecsSinceEpoch(t, QTimeZone(log.utcOffsetMinutes * 60))
            .toString(QStringLiteral("ddd d MMM yyyy, HH:mm"));
    };
    const auto text = [](const QStringList &names, qint32 i) { return i < 0 ? QString() : names.value(i); };
    for (int row = 0; row < rows; ++row) {
        const size_t e = order[size_t(row)];
        const model::eventlog::Event &ev = log.events[e];
        QStringList cells { log.caseIds.value(ev.caseIndex), text(log.activities, ev.activity), time(ev.start),
            time(ev.end), text(log.resources, ev.resource), text(log.channels, ev.channel),
            ev.caseIndex >= 0 && size_t(ev.caseIndex) < log.caseCustomer.size()
                ? text(log.customers, log.caseCustomer[size_t(ev.caseIndex)])
                : QString() };
        for (int a = 0; a < log.attributeNames.size(); ++a) {
            const double v = log.attribute(e, a);
            cells << (std::isnan(v) ? QString() : QLocale().toString(v, 'g', 6));
        }
        for (int c = 0; c < cells.size(); ++c)
            mPreview->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    mPreview->resizeColumnsToContents();
    if (auto *names = qobject_cast<QStringListModel *>(mCompleteAt->completer()->model());
        names && !log.activities.isEmpty())
        names->setStringList(log.activities);
    emit completeChanged();
}

} // namespace oi::app
