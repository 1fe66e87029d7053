// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/settings/preferences.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QLineEdit;
QT_END_NAMESPACE

namespace oi::app {

/**
 * Edit ▸ Preferences: General (language, theme, autosave, welcome page), Simulation (what a new
 * project and the Simulation panel start with), Units and Export. A person's settings, not the
 * project's, so they are not undoable edits of the document: OK applies them, Cancel forgets them.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const editor::Preferences &current, QWidget *parent = nullptr);
    editor::Preferences preferences() const;

private:
    QWidget *generalPage();
    QWidget *simulationPage();
    QWidget *unitsPage();

    editor::Preferences mInitial;
    QComboBox *mLanguage = nullptr;
    QComboBox *mTheme = nullptr;
    QSpinBox *mAutosave = nullptr;
    QCheckBox *mWelcome = nullptr;
    QSpinBox *mReplications = nullptr;
    QDoubleSpinBox *mHorizon = nullptr;
    QDoubleSpinBox *mWarmup = nullptr;
    QLineEdit *mSeed = nullptr;
    QComboBox *mPrecision = nullptr;
    QComboBox *mDurations = nullptr;
    QSpinBox *mDpi = nullptr;
    QComboBox *mPageSize = nullptr;
};

/** The language's own name for a catalogue code: "Deutsch" for "de". */
QString languageName(const QString &code);

} // namespace oi::app
