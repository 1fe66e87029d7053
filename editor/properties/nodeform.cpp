// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/nodeform.h"

#include "editor/document/selection.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/changeevents.h"
#include "editor/properties/distributionfield.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace oi::editor {

namespace {
QString typeName(model::NodeType t)
{
    switch (t) {
    case model::NodeType::Start: return NodeForm::tr("Start (customers arrive)");
    case model::NodeType::End: return NodeForm::tr("End");
    case model::NodeType::Task: return NodeForm::tr("Task");
    case model::NodeType::Xor: return NodeForm::tr("Exclusive gateway (one way out)");
    case model::NodeType::AndSplit: return NodeForm::tr("Parallel split");
    case model::NodeType::AndJoin: return NodeForm::tr("Parallel join");
    case model::NodeType::Timer: return NodeForm::tr("Timer (a wait)");
    }
    return {};
}
} // namespace

NodeForm::NodeForm(QWidget *parent)
    : EntityForm(EntityKind::Node, parent)
    , mName(new QLineEdit(this))
    , mType(new QLabel(this))
    , mRole(new QComboBox(this))
    , mDuration(new DistributionField(this))
    , mPriority(new QSpinBox(this))
    , mArrivals(new DistributionField(this))
    , mRates(new QLabel(this))
    , mPatience(new DistributionField(this))
    , mBranches(newFormTable({ tr("To"), tr("Label"), tr("Share") }, 1, this))
    , mBranchSum(new QLabel(this))
    , mNormalise(new QPushButton(tr("Scale to 100 %"), this))
    , mSteps(new QLabel(this))
{
    setObjectName(QStringLiteral("nodeForm"));
    mName->setObjectName(QStringLiteral("nodeName"));
    mRole->setObjectName(QStringLiteral("nodeRole"));
    mDuration->setObjectName(QStringLiteral("duration"));
    mPriority->setObjectName(QStringLiteral("priority"));
    mArrivals->setObjectName(QStringLiteral("arrivals"));
    mPatience->setObjectName(QStringLiteral("patience"));
    mBranches->setObjectName(QStringLiteral("branches"));
    mBranchSum->setObjectName(QStringLiteral("branchSum"));
    mNormalise->setObjectName(QStringLiteral("normalise"));
    mPriority->setRange(-1000, 1000);
    mPriority->setToolTip(tr("Lower numbers are served first when work waits"));
    mRates->setWordWrap(true);

    QFormLayout *form = newFormLayout(this);
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Kind"), mType);
    const auto row = [&](QList<QWidget *> &group, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        form->addRow(l, field);
        group << l << field;
    };
    row(mTaskRows, tr("Done by"), mRole);
    // One row for a task's duration and a timer's delay: a widget sits in one place in a form.
    row(mTimerRows, tr("Duration"), mDuration);
    row(mTaskRows, tr("Priority"), mPriority);
    row(mStartRows, tr("Time between arrivals"), mArrivals);
    row(mStartRows, tr("Arrivals"), mRates);
    row(mStartRows, tr("Patience"), mPatience);
    auto *branchesLabel = new QLabel(tr("Branch shares"), this);
    form->addRow(branchesLabel);
    form->addRow(mBranches);
    form->addRow(mBranchSum, mNormalise);
    mXorRows << branchesLabel << mBranches << mBranchSum << mNormalise;
    mSteps->setObjectName(QStringLiteral("customerSteps"));
    mSteps->setWordWrap(true);
    mSteps->setTextFormat(Qt::RichText);
    mSteps->setToolTip(tr("The journey steps whose customer sets this work off; click one to open it"));
    form->addRow(tr("Customer steps"), mSteps);
    connect(mSteps, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!document())
            return;
        const EntityRef step { EntityKind::Step, link.section(u':', 1) };
        document()->selection()->set({ step });
        emit openRequested(step);
    });

    watchFocus(mName);
    for (DistributionField *field : { mDuration, mArrivals, mPatience })
        for (QWidget *w : field->editors())
            watchFocus(w);
    connect(mName, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetNodeName>(t, mName); });
    connect(mRole, &QComboBox::activated, this, [this](int i) { edit<SetNodeRole>(idAt(mRole, i)); });
    connect(mDuration, &DistributionField::edited, this,
        [this](const model::Distribution &d) { edit<SetNodeDuration>(d, mDuration); });
    connect(mArrivals, &DistributionField::edited, this,
        [this](const model::Distribution &d) { edit<SetNodeArrivals>(d, mArrivals); });
    connect(mPatience, &DistributionField::edited, this,
        [this](const model::Distribution &d) { edit<SetNodePatience>(d, mPatience); });
    connect(mPriority, &QSpinBox::valueChanged, this, [this](int v) { edit<SetNodePriority>(v, mPriority); });
    connect(mNormalise, &QPushButton::clicked, this, &NodeForm::normalise);
}

bool NodeForm::changesChoices(const ChangeEvent &event) const
{
    if (event.type == ChangeEvent::StepsChanged || event.type == ChangeEvent::StepsAdded
        || event.type == ChangeEvent::StepsRemoved)
        return true; // the customer steps that lead here
    // Branch shares are the process's flows: a change to this node's process refreshes them.
    if (event.type == ChangeEvent::EntitiesChanged) {
        const auto &e = static_cast<const EntityChangeEvent &>(event);
        if (e.kind == EntityKind::Process && e.ids.contains(processId()))
            return true;
    }
    return changesNamesOf(event, EntityKind::Role) || changesNamesOf(event, EntityKind::Process);
}

bool NodeForm::fill(const model::Project &project)
{
    const model::Process *process = project.process(processId());
    const model::Node *n = process ? process->node(nodeId()) : nullptr;
    if (!n)
        return false;
    showText(mName, n->name);
    mType->setText(typeName(n->type));
    QStringList links;
    const QString self = process->id + u'/' + n->id;
    for (const model::Journey &j : project.journeys)
        for (const model::Step &st : j.steps)
            if (st.processes.contains(self)
                || (n->type == model::NodeType::Start && st.processes.contains(process->id)))
                links << QStringLiteral("<a href=\"step:%1\">%2</a> (%3)")
                             .arg(st.id, (st.title.isEmpty() ? st.id : st.title).toHtmlEscaped(),
                                 (j.name.isEmpty() ? j.id : j.name).toHtmlEscaped());
    mSteps->setText(links.isEmpty() ? tr("No journey step leads here yet.") : links.join(QStringLiteral("<br>")));
    for (QWidget *w : mTaskRows + mTimerRows + mStartRows + mXorRows)
        w->hide();
    const auto show = [](const QList<QWidget *> &group) {
        for (QWidget *w : group)
            w->show();
    };
    switch (n->type) {
    case model::NodeType::Task:
        show(mTaskRows);
        show(mTimerRows);
        static_cast<QLabel *>(mTimerRows[0])->setText(tr("Duration"));
        fillChoices(mRole, roleChoices(project));
        selectData(mRole, n->role);
        mDuration->setValue(n->duration, project.timeUnit);
        showValue(mPriority, n->priority);
        break;
    case model::NodeType::Timer:
        show(mTimerRows);
        static_cast<QLabel *>(mTimerRows[0])->setText(tr("Delay"));
        mDuration->setValue(n->duration, project.timeUnit);
        break;
    case model::NodeType::Start:
        show(mStartRows);
        mArrivals->setValue(n->arrivals, project.timeUnit);
        mArrivals->setVisible(!n->rateCalendar);
        mStartRows[0]->setVisible(!n->rateCalendar);
        mRates->setText(n->rateCalendar
                ? tr("by time of day: %n blocks over the period", nullptr, int(n->rateCalendar->rates.size()))
                : tr("the same all day"));
        mPatience->setValue(n->patience, project.timeUnit);
        break;
    case model::NodeType::Xor: {
        show(mXorRows);
        int row = 0;
        double sum = 0;
        // Rows are kept while they exist: the spin box being edited may be the one refreshed.
        mBranches->setRowCount(int(std::count_if(
            process->flows.begin(), process->flows.end(), [&](const model::Flow &f) { return f.from == n->id; })));
        for (const model::Flow &f : process->flows) {
            if (f.from != n->id)
                continue;
            const model::Node *to = process->node(f.to);
            showCell(mBranches, row, 0, to && !to->name.isEmpty() ? to->name : f.to, f.label);
            auto *label = cellEditor<QLineEdit>(mBranches, row, 1, [this, row](QLineEdit *e) {
                e->setObjectName(QStringLiteral("branchLabel"));
                e->setPlaceholderText(tr("e.g. approved"));
                watchFocus(e);
                connect(e, &QLineEdit::textEdited, this, [this, row, e](const QString &t) { setLabel(row, t, e); });
            });
            showText(label, f.label);
            auto *share = cellEditor<QDoubleSpinBox>(mBranches, row, 2, [this, row](QDoubleSpinBox *s) {
                s->setRange(0, 100);
                s->setSuffix(QStringLiteral(" %"));
                s->setDecimals(1);
                s->setKeyboardTracking(false);
                connect(s, &QDoubleSpinBox::valueChanged, this, [this, row](double v) { setShare(row, v); });
            });
            showValue(share, f.probability.value_or(0) * 100);
            sum += f.probability.value_or(0);
            ++row;
        }
        fitRows(mBranches);
        const bool whole = std::abs(sum - 1.0) < 1e-9;
        mBranchSum->setText(whole
                ? tr("The shares add up to 100 %.")
                : tr("The shares add up to %1 %, not 100 %.").arg(QString::number(sum * 100, 'f', 1)));
        mNormalise->setEnabled(!whole && sum > 0);
        break;
    }
    case model::NodeType::End:
    case model::NodeType::AndSplit:
    case model::NodeType::AndJoin: break;
    }
    return true;
}

void NodeForm::setShare(int row, double percent)
{
    if (!editable())
        return;
    const model::Process *process = document()->project().process(processId());
    if (!process)
        return;
    std::vector<model::Flow> flows = process->flows;
    int seen = 0;
    for (model::Flow &f : flows)
        if (f.from == nodeId() && seen++ == row)
            f.probability = percent / 100;
    push(new SetProcessFlows(document(), { processId() }, flows));
}

void NodeForm::setLabel(int row, const QString &text, QObject *editor)
{
    const model::Process *process = editable() ? document()->project().process(processId()) : nullptr;
    if (!process)
        return;
    std::vector<model::Flow> flows = process->flows;
    int seen = 0;
    for (model::Flow &f : flows)
        if (f.from == nodeId() && seen++ == row)
            f.label = text;
    // Typing a label is one undo step, as typing a name is.
    auto *command = new SetProcessFlows(document(), { processId() }, flows);
    command->setGesture(gestureFor(editor));
    push(command);
}

void NodeForm::normalise()
{
    const model::Process *process = editable() ? document()->project().process(processId()) : nullptr;
    if (!process)
        return;
    std::vector<model::Flow> flows = process->flows;
    double sum = 0;
    for (const model::Flow &f : flows)
        if (f.from == nodeId())
            sum += f.probability.value_or(0);
    if (!(sum > 0))
        return;
    for (model::Flow &f : flows)
        if (f.from == nodeId())
            f.probability = f.probability.value_or(0) / sum;
    push(new SetProcessFlows(document(), { processId() }, flows));
}

} // namespace oi::editor
