// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/formfields.h"

#include "editor/widgets/menutext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace oi::editor {

namespace {

/** Makes the row of a cell widget current when the widget gets focus. */
class CellFocus : public QObject
{
public:
    CellFocus(QTableWidget *table, QWidget *widget)
        : QObject(widget)
        , mTable(table)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn) {
            for (int r = 0; r < mTable->rowCount(); ++r)
                for (int c = 0; c < mTable->columnCount(); ++c)
                    if (mTable->cellWidget(r, c) == watched) {
                        mTable->setCurrentCell(r, c);
                        return false;
                    }
        }
        return false;
    }

private:
    QTableWidget *mTable; // outlives its cell widgets
};

} // namespace

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

void fitLines(QPlainTextEdit *edit, int count)
{
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * count + 12);
}

void showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0); // the start of a long text, not its end
    }
}

void showPlain(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void showLines(QPlainTextEdit *edit, const QStringList &items)
{
    if (lines(edit) != items)
        edit->setPlainText(items.join(u'\n'));
}

void showValue(QSpinBox *spin, int value)
{
    if (spin->value() != value)
        spin->setValue(value);
}

void showValue(QDoubleSpinBox *spin, double value)
{
    // The spin box holds its value rounded to its decimals; compare what it would show.
    if (spin->value() != spin->valueFromText(spin->textFromValue(value)))
        spin->setValue(value);
}

void fillChoices(QComboBox *combo, const Choices &choices, const QString &none)
{
    const int offset = none.isEmpty() ? 0 : 1;
    bool same = combo->count() == choices.size() + offset && (offset == 0 || combo->itemText(0) == none);
    for (int i = 0; same && i < choices.size(); ++i)
        same = combo->itemData(i + offset).toString() == choices[i].first
            && combo->itemText(i + offset) == choices[i].second;
    if (same)
        return;
    const QVariant current = combo->currentData();
    combo->clear();
    if (offset)
        combo->addItem(none, QString());
    for (const auto &[id, name] : choices) {
        // The id, for those who write the file, in the tooltip.
        combo->addItem(name, id);
        combo->setItemData(combo->count() - 1, QStringLiteral("%1 (%2)").arg(name, id), Qt::ToolTipRole);
    }
    selectData(combo, current);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

QString idAt(const QComboBox *combo, int index)
{
    return combo->itemData(index).toString();
}

void fillChecklist(QListWidget *list, const Choices &choices, const QStringList &checked)
{
    const auto state = [&checked](const QString &id) { return checked.contains(id) ? Qt::Checked : Qt::Unchecked; };
    // Every keystroke in the form refreshes it: leave an unchanged list alone (and scrolled where it was).
    bool same = list->count() == choices.size();
    for (int i = 0; same && i < choices.size(); ++i) {
        const QListWidgetItem *item = list->item(i);
        same = item->data(Qt::UserRole).toString() == choices[i].first
            && item->toolTip() == QStringLiteral("%1 (%2)").arg(choices[i].second, choices[i].first);
    }
    if (same) {
        for (int i = 0; i < choices.size(); ++i)
            if (list->item(i)->checkState() != state(choices[i].first))
                list->item(i)->setCheckState(state(choices[i].first));
        return;
    }
    list->clear();
    for (const auto &[id, name] : choices) {
        auto *item = new QListWidgetItem(shortened(name, 70), list);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(name, id));
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(state(id));
    }
    // Tall enough for every entry up to ten, so a short checklist needs no scrolling.
    const int rows = std::clamp(int(list->count()), 2, 10);
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
    list->setFixedHeight(rows * row + 2 * list->frameWidth() + 4);
}

QStringList toggled(QStringList ids, const QString &id, bool on)
{
    if (on && !ids.contains(id))
        ids.append(id);
    else if (!on)
        ids.removeAll(id);
    return ids;
}

QFormLayout *newFormLayout(QWidget *form)
{
    auto *layout = new QVBoxLayout(form);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels go above their fields when the dock is narrow, so the fields get the whole width.
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(fields);
    layout->addStretch();
    return fields;
}

QHBoxLayout *newButtonRow(const QList<QWidget *> &buttons)
{
    auto *row = new QHBoxLayout;
    for (QWidget *button : buttons)
        row->addWidget(button);
    row->addStretch();
    return row;
}

QLabel *newHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QTableWidget *newFormTable(const QStringList &headers, int stretch, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setMinimumSectionSize(36);
    for (int c = 0; c < headers.size(); ++c)
        table->horizontalHeader()->setSectionResizeMode(
            c, c == stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    fitRows(table);
    return table;
}

void fitRows(QTableWidget *table, int minRows, int maxRows)
{
    const int rows = std::clamp(table->rowCount(), minRows, maxRows);
    const int height = table->horizontalHeader()->sizeHint().height()
        + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() + 2;
    table->setFixedHeight(height);
}

void showCell(QTableWidget *table, int row, int column, const QString &text, const QString &toolTip)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        table->setItem(row, column, new QTableWidgetItem(text));
        table->item(row, column)->setToolTip(toolTip);
        return;
    }
    if (item->text() != text)
        item->setText(text);
    if (item->toolTip() != toolTip)
        item->setToolTip(toolTip);
}

void putCellWidget(QTableWidget *table, int row, int column, QWidget *widget)
{
    new CellFocus(table, widget);
    table->setCellWidget(row, column, widget);
}

int rowOfCellWidget(const QTableWidget *table, int column, const QWidget *widget)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->cellWidget(r, column) == widget)
            return r;
    return -1;
}

} // namespace oi::editor
