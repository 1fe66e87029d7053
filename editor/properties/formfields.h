// SPDX-License-Identifier: GPL-3.0-or-later
// What the property forms share to show values: a value is set only when the field does not show it
// already (so the cursor stays put while typing), combos hold ids behind names, checklists link.
#pragma once

#include "editor/properties/entitynames.h"

#include <QStringList>
#include <QTableWidget>
#include <QVariant>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace oi::editor {

/** The non-empty lines of `edit`, trimmed. */
QStringList lines(const QPlainTextEdit *edit);
/** Makes `edit` `count` lines tall; Tab moves on to the next field instead of typing a tab. */
void fitLines(QPlainTextEdit *edit, int count);

void showText(QLineEdit *edit, const QString &text);
void showPlain(QPlainTextEdit *edit, const QString &text);
/** Compares as lists, so a half-typed new line survives the refresh its own edit causes. */
void showLines(QPlainTextEdit *edit, const QStringList &items);
void showValue(QSpinBox *spin, int value);
void showValue(QDoubleSpinBox *spin, double value);

/**
 * Fills `combo` with `choices` (each entry's data: the id), after a "none" entry whose data is an
 * empty id unless `none` is empty. Leaves the combo alone when it holds these entries already.
 */
void fillChoices(QComboBox *combo, const Choices &choices, const QString &none = {});
/** Selects the entry whose data is `data`; shows nothing (-1) when no entry has it. */
void selectData(QComboBox *combo, const QVariant &data);
/** The id (data) of the entry at `index`. */
QString idAt(const QComboBox *combo, int index);

/** Checkable entries for `choices` (data: the id), checked when in `checked`; the id in the tooltip. */
void fillChecklist(QListWidget *list, const Choices &choices, const QStringList &checked);
/** `ids` with `id` added at the end (`on`) or taken out; the others, even unknown ones, stay in place. */
QStringList toggled(QStringList ids, const QString &id, bool on);

/** The field rows of `form`, on top of the stretch that keeps them together in a tall dock. */
QFormLayout *newFormLayout(QWidget *form);
/** Buttons in a row, left-aligned. */
QHBoxLayout *newButtonRow(const QList<QWidget *> &buttons);
/** A label for a form's heading or a group of fields. */
QLabel *newHeading(const QString &text, QWidget *parent);
/** A table for a form: `headers`, no row numbers, column `stretch` takes the width the others leave. */
QTableWidget *newFormTable(const QStringList &headers, int stretch, QWidget *parent);
/** Makes `table` tall enough for its rows, at least `minRows` and at most `maxRows` of them. */
void fitRows(QTableWidget *table, int minRows = 2, int maxRows = 8);
/** Sets a cell's text (and tooltip), creating its item; an item showing them already is left alone. */
void showCell(QTableWidget *table, int row, int column, const QString &text, const QString &toolTip = {});
/** Puts `widget` in a cell; giving it focus makes its row current, so "Remove" knows which row. */
void putCellWidget(QTableWidget *table, int row, int column, QWidget *widget);
/** The row whose cell in `column` holds `widget`; -1 when none does. */
int rowOfCellWidget(const QTableWidget *table, int column, const QWidget *widget);

/** The widget of type W in a cell, or null. */
template<typename W> W *cellWidget(const QTableWidget *table, int row, int column)
{
    return qobject_cast<W *>(table->cellWidget(row, column));
}

/**
 * The widget of type W in a cell, made when the cell has none: `made(widget)` sets it up and connects
 * it, once. A row's widgets stay while the row does, as one may be the sender of the edit being shown.
 */
template<typename W, typename Made> W *cellEditor(QTableWidget *table, int row, int column, Made made)
{
    W *widget = cellWidget<W>(table, row, column);
    if (!widget) {
        widget = new W;
        made(widget);
        putCellWidget(table, row, column, widget);
    }
    return widget;
}

} // namespace oi::editor
