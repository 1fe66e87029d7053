// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/preferences/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace oi::app {

using editor::Preferences;

QString languageName(const QString &code)
{
    // Each language by its own name, without the country Qt adds ("español de España").
    static const QHash<QString, QString> names { { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") }, { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("es"), QStringLiteral("Español") } };
    if (names.contains(code))
        return names.value(code);
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

namespace {
template<typename T> void selectData(QComboBox *box, const T &value)
{
    const int index = box->findData(QVariant::fromValue(value));
    box->setCurrentIndex(index >= 0 ? index : 0);
}

QFormLayout *formOn(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}
} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , mInitial(current)
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalPage(), tr("&General"));
    tabs->addTab(simulationPage(), tr("Si&mulation"));
    tabs->addTab(unitsPage(), tr("&Units and Export"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::generalPage()
{
    auto *page = new QWidget;
    page->setWhatsThis(tr("Settings for you on this computer, the same for every project."));
    QFormLayout *form = formOn(page);
    mLanguage = new QComboBox(page);
    mLanguage->setObjectName(QStringLiteral("language"));
    mLanguage->addItem(tr("As the system (%1)").arg(languageName(QLocale::system().name().left(2))), QString());
    for (const QString &code : Preferences::languages())
        mLanguage->addItem(languageName(code), code);
    selectData(mLanguage, mInitial.language);
    form->addRow(tr("&Language:"), mLanguage);
    auto *restart = new QLabel(tr("A new language applies when the studio next starts."), page);
    restart->setWordWrap(true);
    restart->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), restart);

    mTheme = new QComboBox(page);
    mTheme->setObjectName(QStringLiteral("theme"));
    mTheme->addItem(tr("As the system"), int(editor::Theme::System));
    mTheme->addItem(tr("Light"), int(editor::Theme::Light));
    mTheme->addItem(tr("Dark"), int(editor::Theme::Dark));
    selectData(mTheme, int(mInitial.theme));
    form->addRow(tr("&Theme:"), mTheme);

    mAutosave = new QSpinBox(page);
    mAutosave->setObjectName(QStringLiteral("autosave"));
    mAutosave->setRange(0, 3600);
    mAutosave->setSingleStep(30);
    mAutosave->setSuffix(tr(" s"));
    mAutosave->setSpecialValueText(tr("never"));
    mAutosave->setValue(mInitial.autosaveSeconds);
    mAutosave->setToolTip(tr("How often a recovery copy of unsaved work is written; a crash loses at most this"));
    form->addRow(tr("&Autosave every:"), mAutosave);

    mWelcome = new QCheckBox(tr("Show the &welcome page at startup"), page);
    mWelcome->setObjectName(QStringLiteral("welcome"));
    mWelcome->setChecked(mInitial.showWelcome);
    form->addRow(QString(), mWelcome);
    return page;
}

QWidget *PreferencesDialog::simulationPage()
{
    auto *page = new QWidget;
    page->setWhatsThis(tr("What a new project's simulation settings and the Simulation panel start with. A "
                          "project you open keeps its own settings."));
    QFormLayout *form = formOn(page);
    mReplications = new QSpinBox(page);
    mReplications->setObjectName(QStringLiteral("replications"));
    mReplications->setRange(2, 1000);
    mReplications->setValue(mInitial.replications);
    form->addRow(tr("&Replications:"), mReplications);

    mHorizon = new QDoubleSpinBox(page);
    mHorizon->setObjectName(QStringLiteral("horizon"));
    mHorizon->setRange(0.1, 3650);
    mHorizon->setDecimals(1);
    mHorizon->setSuffix(tr(" days"));
    mHorizon->setValue(mInitial.horizonDays);
    mHorizon->setToolTip(tr("How long each replication runs after its warm-up"));
    form->addRow(tr("Run &length:"), mHorizon);

    mWarmup = new QDoubleSpinBox(page);
    mWarmup->setObjectName(QStringLiteral("warmup"));
    mWarmup->setRange(0, 365);
    mWarmup->setDecimals(2);
    mWarmup->setSuffix(tr(" days"));
    mWarmup->setValue(mInitial.warmupDays);
    mWarmup->setToolTip(tr("The start-up left out of every figure, while queues fill from empty"));
    form->addRow(tr("&Warm-up:"), mWarmup);

    mSeed = new QLineEdit(QString::number(mInitial.seed), page);
    mSeed->setObjectName(QStringLiteral("seed"));
    mSeed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), mSeed));
    mSeed->setToolTip(tr("The same seed gives the same figures, on every computer"));
    form->addRow(tr("&Seed:"), mSeed);

    mPrecision = new QComboBox(page);
    mPrecision->setObjectName(QStringLiteral("precision"));
    mPrecision->addItem(tr("exactly the replications above"), 0.0);
    for (int percent : { 10, 5, 2, 1 })
        mPrecision->addItem(tr("until ± %1 % of the mean").arg(percent), percent / 100.0);
    selectData(mPrecision, mInitial.precision);
    form->addRow(tr("&Precision:"), mPrecision);
    return page;
}

QWidget *PreferencesDialog::unitsPage()
{
    auto *page = new QWidget;
    page->setWhatsThis(tr("How figures read in the studio, and what exports start with."));
    QFormLayout *form = formOn(page);
    mDurations = new QComboBox(page);
    mDurations->setObjectName(QStringLiteral("durations"));
    mDurations->addItem(
        tr("In the unit that reads best (35 s, 3 h 20 min, 2.2 days)"), int(model::DurationDisplay::Automatic));
    mDurations->addItem(tr("Always in minutes"), int(model::DurationDisplay::Minutes));
    mDurations->addItem(tr("Always in hours"), int(model::DurationDisplay::Hours));
    mDurations->addItem(tr("Always in days"), int(model::DurationDisplay::Days));
    selectData(mDurations, int(mInitial.durations));
    form->addRow(tr("&Durations:"), mDurations);

    mDpi = new QSpinBox(page);
    mDpi->setObjectName(QStringLiteral("pngDpi"));
    mDpi->setRange(48, 600);
    mDpi->setSingleStep(24);
    mDpi->setSuffix(tr(" dpi"));
    mDpi->setValue(mInitial.pngDpi);
    mDpi->setToolTip(tr("150 dpi suits slides; 300 dpi suits print"));
    form->addRow(tr("PNG &resolution:"), mDpi);

    mPageSize = new QComboBox(page);
    mPageSize->setObjectName(QStringLiteral("pdfPageSize"));
    mPageSize->addItem(tr("A4"), QStringLiteral("A4"));
    mPageSize->addItem(tr("US Letter"), QStringLiteral("Letter"));
    selectData(mPageSize, mInitial.pdfPageSize);
    form->addRow(tr("&Vendor specification page:"), mPageSize);
    return page;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = mInitial;
    p.language = mLanguage->currentData().toString();
    p.theme = editor::Theme(mTheme->currentData().toInt());
    p.autosaveSeconds = mAutosave->value();
    p.showWelcome = mWelcome->isChecked();
    p.replications = mReplications->value();
    p.horizonDays = mHorizon->value();
    p.warmupDays = std::min(mWarmup->value(), mHorizon->value());
    bool ok = false;
    const quint64 seed = mSeed->text().toULongLong(&ok);
    p.seed = ok ? seed : mInitial.seed;
    p.precision = mPrecision->currentData().toDouble();
    p.durations = model::DurationDisplay(mDurations->currentData().toInt());
    p.pngDpi = mDpi->value();
    p.pdfPageSize = mPageSize->currentData().toString();
    return p;
}

} // namespace oi::app
