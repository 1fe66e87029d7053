// SPDX-License-Identifier: GPL-3.0-or-later
// The traceability view on the sample: every matrix is headed by names (ids only in tooltips) and
// marks exactly the model's links, its coverage line gives the model's counts, the filter hides
// what does not match, the selection lights up its chain at a readable contrast, an orphan made
// by an edit is listed until the edit is undone (edits elsewhere rebuild nothing), and a
// double-click on an orphan asks the window to open it.
#include "editor/commands/entitycommands.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/traceability/decisionstree.h"
#include "editor/traceability/orphanstree.h"
#include "editor/traceability/strategychainstree.h"
#include "editor/traceability/traceabilityeditor.h"
#include "editor/traceability/traceabilityview.h"

#include <QBrush>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace oi;
using namespace oi::editor;

namespace {

double contrast(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/** Every id of the project, nodes both bare and as "process/node": no header may show one. */
QSet<QString> allIds(const model::Project &p)
{
    QSet<QString> ids;
    for (const model::Strategy &s : p.strategies)
        ids.insert(s.id);
    for (const model::Persona &persona : p.personas) {
        ids.insert(persona.id);
        for (const model::Need &n : persona.needs)
            ids.insert(n.id);
    }
    for (const model::Journey &j : p.journeys) {
        ids.insert(j.id);
        for (const model::Step &s : j.steps)
            ids.insert(s.id);
    }
    for (const model::Role &r : p.roles)
        ids.insert(r.id);
    for (const model::Process &process : p.processes) {
        ids.insert(process.id);
        for (const model::Node &n : process.nodes) {
            ids.insert(n.id);
            ids.insert(process.id + u'/' + n.id);
        }
    }
    for (const model::Requirement &q : p.requirements)
        ids.insert(q.id);
    return ids;
}

// The names the headings stand for; a heading shows the name, or its start and an ellipsis.
QStringList headerTexts(const TraceMatrixModel *m, Qt::Orientation orientation)
{
    QStringList texts;
    const int count = orientation == Qt::Vertical ? m->rowCount() : m->columnCount();
    for (int i = 0; i < count; ++i) {
        const QString name = m->item(orientation, i).name;
        const QString shown = m->headerData(i, orientation, Qt::DisplayRole).toString();
        if (shown != name && !(shown.endsWith(u'\u2026') && name.startsWith(shown.chopped(1))))
            qWarning("heading %s does not show %s", qPrintable(shown), qPrintable(name));
        texts << (shown == name || (shown.endsWith(u'\u2026') && name.startsWith(shown.chopped(1))) ? name : shown);
    }
    return texts;
}

QColor headerFill(const QAbstractItemModel *m, Qt::Orientation orientation, int section)
{
    return m->headerData(section, orientation, Qt::BackgroundRole).value<QBrush>().color();
}

int orphanItems(const OrphansTree *tree)
{
    int n = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        n += tree->topLevelItem(g)->childCount();
    return n;
}

int orphanCount(const model::Orphans &o)
{
    return int(o.roles.size() + o.steps.size() + o.requirements.size() + o.processes.size() + o.strategies.size()
        + o.needs.size() + o.toBeRolesWithoutTasks.size());
}

/** A decision recorded as the review records it: appended, announced as the project's decisions. */
class AddDecision : public QUndoCommand
{
public:
    AddDecision(Document *doc, model::Decision d)
        : mDoc(doc)
        , mDecision(std::move(d))
    {
    }
    void redo() override
    {
        mDoc->projectForEdit().decisions.push_back(mDecision);
        announce();
    }
    void undo() override
    {
        mDoc->projectForEdit().decisions.pop_back();
        announce();
    }

private:
    void announce()
    {
        mDoc->emitChanged(EntityChangeEvent(ChangeEvent::EntitiesChanged, EntityKind::Project,
            { QStringLiteral("project") }, EntityProperty::ProjectDecisions));
    }
    Document *mDoc;
    model::Decision mDecision;
};

} // namespace

class TestTraceabilityView : public QObject
{
    Q_OBJECT
    std::unique_ptr<Document> mDoc;
    std::unique_ptr<TraceabilityEditor> mEditor;

    TraceabilityView *view() const { return mEditor->view(); }

    void showView()
    {
        view()->resize(1400, 1000);
        view()->show();
        QVERIFY(QTest::qWaitForWindowExposed(view()));
    }

private slots:
    void init()
    {
        model::Problems problems;
        mDoc = Document::load(
            QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(mDoc);
        mEditor = std::make_unique<TraceabilityEditor>();
        mEditor->setDocument(mDoc.get());
    }

    void cleanup()
    {
        mEditor.reset();
        mDoc.reset();
    }

    void editorAnswersTheHooks()
    {
        QCOMPARE(mEditor->name(), QStringLiteral("traceability"));
        QVERIFY(!mEditor->title().isEmpty());
        for (EntityKind k :
            { EntityKind::Strategy, EntityKind::Role, EntityKind::Process, EntityKind::Step, EntityKind::Requirement })
            QVERIFY(mEditor->shows(k));
        QVERIFY(!mEditor->shows(EntityKind::Scenario));
        QVERIFY(mEditor->widget() == view());
    }

    void everyMatrixIsHeadedByNames()
    {
        const model::Project &p = mDoc->project();
        const QSet<QString> ids = allIds(p);
        auto *chooser = view()->findChild<QComboBox *>(QStringLiteral("matrix"));
        auto *coverage = view()->findChild<QLabel *>(QStringLiteral("coverage"));
        QVERIFY(chooser && coverage);
        QCOMPARE(chooser->count(), int(TraceMatrixModel::kinds().size()));
        QCOMPARE(chooser->count(), 6);
        for (int i = 0; i < chooser->count(); ++i) {
            chooser->setCurrentIndex(i);
            const TraceMatrixKind kind = TraceMatrixModel::kinds().at(i);
            QCOMPARE(view()->matrix(), kind);
            const TraceMatrixModel *m = view()->matrixModel();
            QVERIFY(view()->table()->model() == m);
            const model::TraceMatrix expected = TraceMatrixModel::compute(p, kind);
            QCOMPARE(m->matrix(), expected);
            QVERIFY(m->rowCount() > 0 && m->columnCount() > 0);
            QCOMPARE(m->rowCount(), int(expected.rows.size()));
            QCOMPARE(m->columnCount(), int(expected.columns.size()));
            for (const Qt::Orientation o : { Qt::Vertical, Qt::Horizontal }) {
                const QStringList texts = headerTexts(m, o);
                const QStringList &sectionIds = o == Qt::Vertical ? expected.rows : expected.columns;
                for (int s = 0; s < texts.size(); ++s) {
                    QVERIFY2(!texts.at(s).isEmpty(), qPrintable(sectionIds.at(s)));
                    QVERIFY2(!ids.contains(texts.at(s)), qPrintable(texts.at(s)));
                    // The id is still there for who needs it: in the tooltip.
                    QVERIFY(m->headerData(s, o, Qt::ToolTipRole).toString().contains(sectionIds.at(s)));
                }
            }
            // A mark in exactly the linked cells.
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    QCOMPARE(m->data(m->index(r, c)).toString(),
                        expected.cells[std::size_t(r)][std::size_t(c)] ? QStringLiteral("●") : QString());
            // The coverage line gives the model's counts.
            QCOMPARE(coverage->text(), m->coverage());
            const QString rows = QStringLiteral("%1 of %2 ").arg(expected.coveredRows()).arg(expected.rows.size());
            const QString columns
                = QStringLiteral("%1 of %2 ").arg(expected.coveredColumns()).arg(expected.columns.size());
            QVERIFY2(coverage->text().startsWith(rows), qPrintable(coverage->text()));
            QVERIFY2(coverage->text().contains(QStringLiteral(" · ") + columns), qPrintable(coverage->text()));
        }

        // Each family by its own name.
        view()->setMatrix(TraceMatrixKind::StrategiesRoles);
        QVERIFY(headerTexts(view()->matrixModel(), Qt::Horizontal).contains(QStringLiteral("Service agent")));
        QVERIFY(!headerTexts(view()->matrixModel(), Qt::Horizontal).contains(QStringLiteral("service-agent")));
        QVERIFY(
            headerTexts(view()->matrixModel(), Qt::Vertical).contains(p.strategy(QStringLiteral("day-one"))->title));
        view()->setMatrix(TraceMatrixKind::RolesProcesses);
        QVERIFY(headerTexts(view()->matrixModel(), Qt::Horizontal).contains(QStringLiteral("Help me now")));
        view()->setMatrix(TraceMatrixKind::StepsProcesses);
        QVERIFY(headerTexts(view()->matrixModel(), Qt::Vertical).contains(QStringLiteral("Presses \"help me now\"")));
        view()->setMatrix(TraceMatrixKind::RequirementsNodes);
        QVERIFY(headerTexts(view()->matrixModel(), Qt::Horizontal)
                    .contains(QStringLiteral("Help me now › Diagnose and fix")));
        // A requirement is shortened on the header and whole in its tooltip.
        const TraceMatrixModel *m = view()->matrixModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            const model::Requirement *q = p.requirement(m->matrix().rows.at(r));
            QVERIFY(q);
            const QString header = m->headerData(r, Qt::Vertical).toString();
            QCOMPARE(header, shortened(q->text));
            QVERIFY(header.size() <= 41);
            QVERIFY(m->headerData(r, Qt::Vertical, Qt::ToolTipRole).toString().contains(q->text));
        }
        // So is a need.
        view()->setMatrix(TraceMatrixKind::NeedsSteps);
        const QString need = QStringLiteral("A line that does not drop during client calls");
        const int stable = m->sectionOf(Qt::Vertical, QStringLiteral("stable-line"));
        QCOMPARE(m->headerData(stable, Qt::Vertical).toString(), shortened(need));
        QVERIFY(m->headerData(stable, Qt::Vertical, Qt::ToolTipRole).toString().contains(need));
    }

    void filterHidesWhatDoesNotMatch()
    {
        view()->setMatrix(TraceMatrixKind::StrategiesRoles);
        const TraceMatrixModel *m = view()->matrixModel();
        QTableView *table = view()->table();
        auto *filter = view()->findChild<QLineEdit *>(QStringLiteral("filter"));
        QVERIFY(filter);
        const int renewal = m->sectionOf(Qt::Vertical, QStringLiteral("earn-renewal"));
        QVERIFY(renewal >= 0);

        // Only one strategy's title says "renewal"; no role's name does, so every role stays.
        filter->setText(QStringLiteral("RENEWAL"));
        for (int r = 0; r < m->rowCount(); ++r)
            QCOMPARE(table->isRowHidden(r), r != renewal);
        for (int c = 0; c < m->columnCount(); ++c)
            QVERIFY(!table->isColumnHidden(c));

        // A role's name filters the columns.
        const int agent = m->sectionOf(Qt::Horizontal, QStringLiteral("service-agent"));
        filter->setText(QStringLiteral("service agent"));
        for (int c = 0; c < m->columnCount(); ++c)
            QCOMPARE(table->isColumnHidden(c), c != agent);
        for (int r = 0; r < m->rowCount(); ++r)
            QVERIFY(!table->isRowHidden(r));

        // Ids are not names: "service-agent" matches nothing, so nothing is hidden.
        filter->setText(QStringLiteral("service-agent"));
        for (int c = 0; c < m->columnCount(); ++c)
            QVERIFY(!table->isColumnHidden(c));

        // The filter holds across a change of matrix, and clearing it shows everything.
        filter->setText(QStringLiteral("renewal"));
        view()->setMatrix(TraceMatrixKind::RolesProcesses);
        const int process = m->sectionOf(Qt::Horizontal, QStringLiteral("renewal"));
        for (int c = 0; c < m->columnCount(); ++c)
            QCOMPARE(table->isColumnHidden(c), c != process);
        filter->clear();
        for (int c = 0; c < m->columnCount(); ++c)
            QVERIFY(!table->isColumnHidden(c));
    }

    void theSelectionLightsUpItsChain()
    {
        showView();
        const model::Project &p = mDoc->project();
        view()->setMatrix(TraceMatrixKind::StrategiesRoles);
        const TraceMatrixModel *m = view()->matrixModel();
        const TraceabilityStyle style;
        QVERIFY(contrast(style.text, style.chain) >= 4.5);
        QVERIFY(contrast(style.text, style.link) >= 4.5);

        // Nothing selected: nothing lit.
        for (int r = 0; r < m->rowCount(); ++r)
            QVERIFY(!m->isOnChain(Qt::Vertical, r));

        // A role: its strategy's row, its own column, and the cell where they meet.
        const QString role = QStringLiteral("retention-specialist");
        mDoc->selection()->select(EntityKind::Role, role);
        const model::Chain chain = model::chainOf(p, QStringLiteral("role"), role);
        QCOMPARE(chain.strategies, QStringList({ QStringLiteral("earn-renewal") }));
        const int strategy = m->sectionOf(Qt::Vertical, QStringLiteral("earn-renewal"));
        const int column = m->sectionOf(Qt::Horizontal, role);
        for (int r = 0; r < m->rowCount(); ++r) {
            QCOMPARE(m->isOnChain(Qt::Vertical, r), r == strategy);
            QCOMPARE(m->headerData(r, Qt::Vertical, Qt::BackgroundRole).isValid(), r == strategy);
        }
        QCOMPARE(headerFill(m, Qt::Vertical, strategy), style.chain);
        QCOMPARE(m->headerData(strategy, Qt::Vertical, Qt::ForegroundRole).value<QBrush>().color(), style.text);
        for (int c = 0; c < m->columnCount(); ++c)
            QCOMPARE(m->isOnChain(Qt::Horizontal, c), chain.roles.contains(m->matrix().columns.at(c)));
        QCOMPARE(m->data(m->index(strategy, column), Qt::BackgroundRole).value<QBrush>().color(), style.link);
        QCOMPARE(m->data(m->index(strategy, column), Qt::ForegroundRole).value<QBrush>().color(), style.text);
        const int other = m->sectionOf(Qt::Vertical, QStringLiteral("first-contact"));
        const int otherColumn = m->sectionOf(Qt::Horizontal, QStringLiteral("field-tech"));
        QVERIFY(!m->data(m->index(other, otherColumn), Qt::BackgroundRole).isValid());

        // The chain is the same in another matrix: the role's processes light up there.
        view()->setMatrix(TraceMatrixKind::RolesProcesses);
        for (int c = 0; c < m->columnCount(); ++c)
            QCOMPARE(m->isOnChain(Qt::Horizontal, c), chain.processes.contains(m->matrix().columns.at(c)));
        QVERIFY(m->isOnChain(Qt::Horizontal, m->sectionOf(Qt::Horizontal, QStringLiteral("renewal"))));

        // Clicking a strategy's header selects it in the document, and its chain lights up.
        view()->setMatrix(TraceMatrixKind::StrategiesRoles);
        QHeaderView *rows = view()->table()->verticalHeader();
        const int dayOne = m->sectionOf(Qt::Vertical, QStringLiteral("day-one"));
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, {},
            QPoint(rows->width() / 2, rows->sectionViewportPosition(dayOne) + rows->sectionSize(dayOne) / 2));
        QCOMPARE(mDoc->selection()->entities(), (EntityRefs { { EntityKind::Strategy, QStringLiteral("day-one") } }));
        QVERIFY(m->isOnChain(Qt::Vertical, dayOne));
        QVERIFY(!m->isOnChain(Qt::Vertical, strategy));
        QVERIFY(m->isOnChain(Qt::Horizontal, m->sectionOf(Qt::Horizontal, QStringLiteral("order-clerk"))));

        // Hidden, the view leaves the chain for later; shown, it catches up.
        view()->hide();
        mDoc->selection()->select(EntityKind::Role, role);
        QVERIFY(m->isOnChain(Qt::Vertical, dayOne));
        showView();
        QVERIFY(!m->isOnChain(Qt::Vertical, dayOne));
        QVERIFY(m->isOnChain(Qt::Vertical, strategy));

        // Something without a chain clears the light.
        mDoc->selection()->select(EntityKind::Scenario, QStringLiteral("to-be"));
        for (int r = 0; r < m->rowCount(); ++r)
            QVERIFY(!m->isOnChain(Qt::Vertical, r));
    }

    void revealShowsTheRowOrColumn()
    {
        showView();
        view()->setMatrix(TraceMatrixKind::StrategiesRoles);
        const TraceMatrixModel *m = view()->matrixModel();
        QItemSelectionModel *selection = view()->table()->selectionModel();
        mEditor->reveal({ EntityKind::Role, QStringLiteral("dispatcher") });
        QCOMPARE(view()->matrix(), TraceMatrixKind::StrategiesRoles);
        QVERIFY(selection->isColumnSelected(m->sectionOf(Qt::Horizontal, QStringLiteral("dispatcher")), {}));
        // A process is on no side of this matrix: the view goes to the first one that has it.
        mEditor->reveal({ EntityKind::Process, QStringLiteral("support") });
        QCOMPARE(view()->matrix(), TraceMatrixKind::RolesProcesses);
        QVERIFY(selection->isColumnSelected(m->sectionOf(Qt::Horizontal, QStringLiteral("support")), {}));
        // A filter that would hide it is cleared.
        const model::Requirement &requirement = mDoc->project().requirements.front();
        QVERIFY(!requirement.text.contains(QLatin1String("agent"), Qt::CaseInsensitive));
        view()->setFilter(QStringLiteral("agent")); // the names of other requirements say it
        mEditor->reveal({ EntityKind::Requirement, requirement.id });
        QCOMPARE(view()->matrix(), TraceMatrixKind::RequirementsSteps);
        const int row = m->sectionOf(Qt::Vertical, requirement.id);
        QVERIFY(selection->isRowSelected(row, {}));
        QVERIFY(!view()->table()->isRowHidden(row));
        QVERIFY(view()->findChild<QLineEdit *>(QStringLiteral("filter"))->text().isEmpty());
    }

    void anOrphanMadeByAnEditIsListedUntilUndone()
    {
        showView();
        const model::Project &p = mDoc->project();
        OrphansTree *tree = view()->orphans();
        QCOMPARE(tree->objectName(), QStringLiteral("orphans"));
        QCOMPARE(tree->topLevelItemCount(), 7); // one heading per kind of gap
        QCOMPARE(orphanItems(tree), orphanCount(model::findOrphans(p)));
        const EntityRef strategy { EntityKind::Strategy, QStringLiteral("earn-renewal") };
        const EntityRef role { EntityKind::Role, QStringLiteral("retention-specialist") };
        QVERIFY(!tree->itemFor(strategy));
        QVERIFY(!tree->itemFor(role));
        const int rebuilds = view()->rebuildCount();

        // The only role naming "earn renewal" names it no more: the strategy changes no role.
        mDoc->undoStack()->push(new SetRoleStrategy(mDoc.get(), { role.id }, QString()));
        QVERIFY(model::findOrphans(p).strategies.contains(strategy.id));
        QCOMPARE(view()->rebuildCount(), rebuilds + 1);
        QTreeWidgetItem *item = tree->itemFor(strategy);
        QVERIFY(item);
        QCOMPARE(item->text(0), p.strategy(strategy.id)->title);
        QVERIFY(item->toolTip(0).contains(strategy.id));
        QVERIFY(!tree->itemFor(role)); // still explained by its task in the renewal process
        // ... and once that process names no strategy either, the role is explained by nothing.
        mDoc->undoStack()->push(new SetProcessStrategy(mDoc.get(), { QStringLiteral("renewal") }, QString()));
        QVERIFY(model::findOrphans(p).roles.contains(role.id));
        item = tree->itemFor(role);
        QVERIFY(item);
        QCOMPARE(item->text(0), QStringLiteral("Retention specialist"));
        QCOMPARE(orphanItems(tree), orphanCount(model::findOrphans(p)));
        // The coverage follows too: the role belongs to no strategy now.
        view()->setMatrix(TraceMatrixKind::StrategiesRoles);
        const model::TraceMatrix now = model::strategyRoleMatrix(p);
        QVERIFY(now.coveredColumns() < int(now.columns.size()));
        QVERIFY(view()->coverageLabel()->text().contains(
            QStringLiteral("%1 of %2 ").arg(now.coveredColumns()).arg(now.columns.size())));

        // An edit to nothing the view shows rebuilds nothing.
        const int before = view()->rebuildCount();
        mDoc->undoStack()->push(
            new SetProjectName(mDoc.get(), { QStringLiteral("project") }, QStringLiteral("Renamed")));
        mDoc->undoStack()->push(
            new SetScenarioName(mDoc.get(), { QStringLiteral("to-be") }, QStringLiteral("Redesign")));
        QCOMPARE(view()->rebuildCount(), before);

        mDoc->undoStack()->undo();
        mDoc->undoStack()->undo();
        mDoc->undoStack()->undo();
        QVERIFY(!tree->itemFor(role));
        QVERIFY(tree->itemFor(strategy));
        mDoc->undoStack()->undo();
        QVERIFY(!tree->itemFor(strategy));
        QCOMPARE(orphanItems(tree), orphanCount(model::findOrphans(p)));

        // Hidden, the view only goes stale, and catches up when shown.
        view()->hide();
        const int hidden = view()->rebuildCount();
        mDoc->undoStack()->redo();
        QCOMPARE(view()->rebuildCount(), hidden);
        QVERIFY(!tree->itemFor(strategy));
        showView();
        QCOMPARE(view()->rebuildCount(), hidden + 1);
        QVERIFY(tree->itemFor(strategy));
    }

    // One chain per strategy, by name, as model::chainOf sees it; clicking an item selects it.
    void decisionsAreListedByWhatTheyAreOn()
    {
        showView();
        DecisionsTree *decisions = view()->decisions();
        const model::Project &p = mDoc->project();
        QCOMPARE(decisions->topLevelItemCount(), int(p.decisions.size()));
        QStringList subjects;
        for (int i = 0; i < decisions->topLevelItemCount(); ++i)
            subjects << decisions->topLevelItem(i)->text(DecisionsTree::SubjectColumn);
        // Names, not ids: "Strategy: Working on day one", "Scenario: To-be".
        QVERIFY2(subjects.join(u'|').contains(p.strategy(QStringLiteral("day-one"))->title),
            qPrintable(subjects.join(u'|')));
        QVERIFY2(!subjects.join(u'|').contains(QLatin1String("strategy/")), qPrintable(subjects.join(u'|')));
        QCOMPARE(decisions->topLevelItem(0)->text(DecisionsTree::VerdictColumn).isEmpty(), false);

        // A decision recorded later (in the review) comes first, and goes with its undo.
        model::Decision d;
        d.id = QStringLiteral("reject-support");
        d.subject = QStringLiteral("role/order-clerk");
        d.verdict = model::Decision::Reject;
        d.note = QStringLiteral("Keep one clerk for exceptions");
        d.by = QStringLiteral("CEO");
        d.date = QStringLiteral("2026-12-01");
        mDoc->undoStack()->push(new AddDecision(mDoc.get(), d));
        QCOMPARE(decisions->topLevelItemCount(), int(p.decisions.size()));
        QTreeWidgetItem *first = decisions->topLevelItem(0);
        QVERIFY2(first->text(DecisionsTree::SubjectColumn).contains(p.role(QStringLiteral("order-clerk"))->name),
            qPrintable(first->text(DecisionsTree::SubjectColumn)));
        QCOMPARE(first->text(DecisionsTree::VerdictColumn), QStringLiteral("Rejected"));
        QCOMPARE(DecisionsTree::refOf(first), (EntityRef { EntityKind::Role, QStringLiteral("order-clerk") }));
        mDoc->undoStack()->undo();
        QCOMPARE(decisions->topLevelItemCount(), int(p.decisions.size()));
    }

    void eachStrategyHasItsChain()
    {
        showView();
        StrategyChainsTree *chains = view()->chains();
        const model::Project &p = mDoc->project();
        QCOMPARE(chains->topLevelItemCount(), int(p.strategies.size()));
        for (const model::Strategy &s : p.strategies) {
            QTreeWidgetItem *top = chains->strategyItem(s.id);
            QVERIFY(top);
            QCOMPARE(top->text(0), s.title);
            const model::Chain c = model::chainOf(p, QStringLiteral("strategy"), s.id);
            QTreeWidgetItem *roles = top->child(0);
            QCOMPARE(roles->childCount(), int(c.roles.size()));
            for (int i = 0; i < roles->childCount(); ++i)
                QCOMPARE(roles->child(i)->text(0), p.role(c.roles.at(i))->name);
            QCOMPARE(top->child(2)->childCount(), int(c.steps.size()));
        }
        QTreeWidgetItem *role = chains->topLevelItem(0)->child(0)->child(0);
        emit chains->itemClicked(role, 0);
        QCOMPARE(mDoc->selection()->entities().value(0), StrategyChainsTree::refOf(role));
    }

    void doubleClickingAnOrphanAsksToOpenIt()
    {
        showView();
        mDoc->undoStack()->push(new SetRoleStrategy(mDoc.get(), { QStringLiteral("retention-specialist") }, QString()));
        OrphansTree *tree = view()->orphans();
        const EntityRef strategy { EntityKind::Strategy, QStringLiteral("earn-renewal") };
        QTreeWidgetItem *item = tree->itemFor(strategy);
        QVERIFY(item);
        QSignalSpy spy(mEditor.get(), &Editor::openRequested);
        tree->scrollToItem(item);
        const QRect rect = tree->visualItemRect(item);
        QVERIFY(!rect.isEmpty());
        // A click selects the orphan; Return opens it (a double-click on a shown screen does the same,
        // but the offscreen platform does not pair the clicks into one).
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<EntityRef>(), strategy);
        // The click before it selected the orphan in the document, and lit up its chain.
        QCOMPARE(mDoc->selection()->entities(), EntityRefs { strategy });
        view()->setMatrix(TraceMatrixKind::StrategiesRoles);
        const TraceMatrixModel *m = view()->matrixModel();
        QVERIFY(m->isOnChain(Qt::Vertical, m->sectionOf(Qt::Vertical, strategy.id)));
        // Headings stand for nothing: a double-click on one opens nothing.
        tree->scrollToItem(item->parent());
        const QRect heading = tree->visualItemRect(item->parent());
        QVERIFY(!heading.isEmpty());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, heading.center());
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestTraceabilityView)
#include "tst_traceabilityview.moc"
