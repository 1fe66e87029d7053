// SPDX-License-Identifier: GPL-3.0-or-later
// The specification as Markdown: headings, tables and Mermaid flowcharts, which the common wikis and
// code hosts render. User text is escaped so it never becomes markup, a link or raw HTML.
#include "model/spec/specwriters.h"

#include <QCoreApplication>

namespace oi::model::spec {

namespace {

struct VendorSpec
{
    Q_DECLARE_TR_FUNCTIONS(VendorSpec)
};

// Backslash before the punctuation that marks up anywhere in a line (emphasis, code, links,
// tables); before the one that starts a block only at the start (a heading, a list, a quote);
// < > & as entities (raw HTML is Markdown too); line breaks become spaces so a text never leaves
// its table cell or list item.
QString md(const QString &text)
{
    static const QString inline_ = QStringLiteral("\\`*_{}[]|~");
    static const QString leading = QStringLiteral("#+-!=");
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'\n' || c == u'\r' || c == u'\t')
            out += u' ';
        else {
            const bool numberedList = c == u'.' && i > 0 && out.size() == i && text.left(i).toInt() > 0;
            if (inline_.contains(c) || (i == 0 && leading.contains(c)) || numberedList)
                out += u'\\';
            out += c;
        }
    }
    return out;
}

// Mermaid label text inside "...": entity codes for what would end or mark up the label.
QString mermaidLabel(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'"' || c == u'<' || c == u'>' || c == u'&' || c == u'#' || c == u';' || c == u'`' || c == u'\\')
            out += u'#' + QString::number(c.unicode()) + u';';
        else if (c == u'\n' || c == u'\r')
            out += u' ';
        else
            out += c;
    }
    return out;
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString separator(int columns)
{
    QStringList cells;
    for (int i = 0; i < columns; ++i)
        cells << QStringLiteral("---");
    return row(cells);
}

QString decisionLines(const std::vector<DecisionView> &decisions)
{
    QString out;
    for (const DecisionView &d : decisions)
        out += QStringLiteral("> **%1** %2 %3 %4\n>\n")
                   .arg(verdictLabel(d.verdict), md(d.note),
                       d.by.isEmpty() ? QString() : QStringLiteral("— ") + md(d.by), md(d.date));
    return out.isEmpty() ? out : out + u'\n';
}

QString requirementLine(const RequirementView &r)
{
    QString flags;
    if (r.must)
        flags += QStringLiteral(" **MUST**");
    if (r.offline)
        flags += QStringLiteral(" **OFFLINE / FIELD**");
    return QStringLiteral("- %2 (%3, %1)%4  \n  *%5* %6\n")
        .arg(md(r.id), md(r.text), priorityLabel(r.priority), flags, VendorSpec::tr("Acceptance:"),
            r.acceptance.isEmpty() ? VendorSpec::tr("to be agreed") : md(r.acceptance));
}

QString groupedRequirements(const std::vector<RequirementView> &list)
{
    QString out;
    QString kind;
    for (const RequirementView &r : list) {
        if (r.kind != kind) {
            kind = r.kind;
            out += QStringLiteral("\n**%1**\n\n").arg(kindLabel(kind));
        }
        out += requirementLine(r);
    }
    return out;
}

} // namespace

QString processToMermaid(const Process &process, const Project &)
{
    QString out = QStringLiteral("flowchart LR\n");
    const auto key = [&](const QString &id) {
        for (std::size_t i = 0; i < process.nodes.size(); ++i)
            if (process.nodes[i].id == id)
                return QStringLiteral("n%1").arg(i);
        return QString();
    };
    for (std::size_t i = 0; i < process.nodes.size(); ++i) {
        const Node &n = process.nodes[i];
        const QString label = mermaidLabel(n.name.isEmpty() ? n.id : n.name);
        QString shape;
        switch (n.type) {
        case NodeType::Start:
        case NodeType::End: shape = QStringLiteral("((\"%1\"))"); break;
        case NodeType::Xor:
        case NodeType::AndSplit:
        case NodeType::AndJoin: shape = QStringLiteral("{\"%1\"}"); break;
        case NodeType::Timer: shape = QStringLiteral("[/\"%1\"/]"); break;
        case NodeType::Task: shape = QStringLiteral("[\"%1\"]"); break;
        }
        out += QStringLiteral("    n%1").arg(i) + shape.arg(label) + u'\n';
    }
    for (const Flow &f : process.flows) {
        const QString from = key(f.from), to = key(f.to);
        if (from.isEmpty() || to.isEmpty())
            continue;
        out += QStringLiteral("    ") + from
            + (f.label.isEmpty() ? QStringLiteral(" --> ") : QStringLiteral(" -->|\"%1\"| ").arg(mermaidLabel(f.label)))
            + to + u'\n';
    }
    return out;
}

QString specToMarkdown(const SpecDocument &d, const Project &project)
{
    QString out;
    out += QStringLiteral("# %1\n\n").arg(VendorSpec::tr("Vendor proof-of-concept specification"));
    out += QStringLiteral("**%1** %2  \n**%3** %4  \n**%5** %6 · **%7** %8  \n**%9** %10\n\n")
               .arg(VendorSpec::tr("Client:"), md(d.client), VendorSpec::tr("Project:"), md(d.project),
                   VendorSpec::tr("Version:"), md(d.version), VendorSpec::tr("Date:"), md(d.date),
                   VendorSpec::tr("Author:"), md(d.author));
    if (!d.description.isEmpty())
        out += md(d.description) + QStringLiteral("\n\n");
    if (d.sections.summary) {
        out += QStringLiteral("## %1\n\n").arg(VendorSpec::tr("Executive summary"));
        for (const StrategyView &s : d.strategies) {
            out += QStringLiteral("### %1\n\n%2\n\n").arg(md(s.title), md(s.statement));
            if (!s.owner.isEmpty())
                out += QStringLiteral("*%1* %2\n\n").arg(VendorSpec::tr("Owner:"), md(s.owner));
            for (const QString &g : s.goals)
                out += QStringLiteral("- %1\n").arg(md(g));
            out += u'\n' + decisionLines(s.decisions);
        }
        for (std::size_t i = 0; i < d.otherDecisions.size(); ++i) {
            out += QStringLiteral("**%1** %2\n\n")
                       .arg(VendorSpec::tr("Recommended remedy:"), md(d.otherDecisionSubjects.value(qsizetype(i))));
            out += decisionLines({ d.otherDecisions[i] });
        }
    }
    if (d.sections.organisation) {
        out += QStringLiteral("## %1\n\n").arg(VendorSpec::tr("The organisation change"));
        out += row({ VendorSpec::tr("Role"), VendorSpec::tr("Office"), VendorSpec::tr("Change"),
            VendorSpec::tr("Gives up"), VendorSpec::tr("Takes on"), VendorSpec::tr("Driven by") });
        out += separator(6);
        for (const RoleChangeView &r : d.roles) {
            QStringList gives, takes;
            for (const QString &t : r.asIs)
                gives << md(t);
            for (const QString &t : r.toBe)
                takes << md(t);
            out += row({ md(r.name), md(r.office), md(r.change), gives.join(QStringLiteral("; ")),
                takes.join(QStringLiteral("; ")), md(r.strategy) });
        }
        out += u'\n';
        for (const RoleChangeView &r : d.roles)
            if (!r.decisions.empty())
                out += QStringLiteral("**%1**\n\n").arg(md(r.name)) + decisionLines(r.decisions);
    }
    if (d.sections.processes) {
        for (const ProcessView &pv : d.processes) {
            out += QStringLiteral("## %1: %2\n\n").arg(VendorSpec::tr("Process"), md(pv.name));
            if (!pv.description.isEmpty())
                out += md(pv.description) + QStringLiteral("\n\n");
            if (!pv.strategy.isEmpty())
                out += QStringLiteral("*%1* %2\n\n").arg(VendorSpec::tr("Strategy:"), md(pv.strategy));
            if (const Process *pr = project.process(pv.id))
                out += QStringLiteral("```mermaid\n") + processToMermaid(*pr, project) + QStringLiteral("```\n\n");
            int n = 0;
            for (const ProcessStepView &st : pv.steps) {
                out += QStringLiteral("### %1. %2\n\n").arg(++n).arg(md(st.name));
                if (!st.role.isEmpty())
                    out += QStringLiteral("*%1* %2 (%3)\n\n").arg(VendorSpec::tr("Who:"), md(st.role), md(st.office));
                for (const TouchView &t : st.touches) {
                    out += QStringLiteral("- %1 %2 — %3, %4, %5\n")
                               .arg(VendorSpec::tr("Customer:"), md(t.step), md(t.journey), md(t.channel),
                                   emotionLabel(t.emotion));
                    for (const QString &pain : t.painPoints)
                        out += QStringLiteral("  - %1 %2\n").arg(VendorSpec::tr("Pain:"), md(pain));
                }
                out += groupedRequirements(st.requirements) + u'\n';
            }
            if (!pv.processWide.empty())
                out += QStringLiteral("### %1\n").arg(VendorSpec::tr("Across the process"))
                    + groupedRequirements(pv.processWide) + u'\n';
        }
    }
    if (d.sections.sizing) {
        out += QStringLiteral("## %1\n\n").arg(VendorSpec::tr("Sizing from simulation"));
        if (d.sizing.run.isEmpty())
            out += VendorSpec::tr("No simulation results are stored with the project; no sizing is stated.")
                + QStringLiteral("\n\n");
        else {
            out += QStringLiteral("*%1* %2\n\n").arg(VendorSpec::tr("From:"), md(d.sizing.run));
            for (const QString &r : d.sizing.requirements)
                out += QStringLiteral("- %1\n").arg(md(r));
            out += u'\n';
            if (!d.sizing.onDuty.empty()) {
                out += QStringLiteral("### %1\n\n").arg(VendorSpec::tr("Users on duty per role by hour"));
                QStringList header { VendorSpec::tr("Role") };
                for (int h = 0; h < 24; ++h)
                    header << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
                header << VendorSpec::tr("Peak");
                out += row(header) + separator(int(header.size()));
                for (const OnDutyRow &r : d.sizing.onDuty) {
                    QStringList cells { md(r.role) };
                    for (const int staff : r.onDuty)
                        cells << (staff > 0 ? QString::number(staff) : QStringLiteral("\u2013"));
                    cells << QStringLiteral("**%1**").arg(r.peak);
                    out += row(cells);
                }
                out += u'\n';
            }
        }
    }
    if (d.sections.poc) {
        out += QStringLiteral("## %1\n\n").arg(VendorSpec::tr("Proof-of-concept scripts"));
        int k = 0;
        for (const PocView &p : d.poc) {
            out += QStringLiteral("### %1 %2. %3\n\n").arg(VendorSpec::tr("Scenario")).arg(++k).arg(md(p.title));
            out += QStringLiteral("*%1* %2 · *%3* %4 · *%5* %6\n\n")
                       .arg(VendorSpec::tr("Journey:"), md(p.journey), VendorSpec::tr("Process:"), md(p.process),
                           VendorSpec::tr("Minutes:"), QString::number(p.totalMinutes));
            out += row({ QStringLiteral("#"), VendorSpec::tr("Customer"), VendorSpec::tr("Role and task"),
                VendorSpec::tr("Requirement"), VendorSpec::tr("Buyer's data"), VendorSpec::tr("Expected"),
                VendorSpec::tr("Min") });
            out += separator(7);
            for (const PocStepView &s : p.steps)
                out += row({ QString::number(s.number), md(s.customerAction),
                    md(s.role) + QStringLiteral(": ") + md(s.task), md(s.requirement), md(s.data), md(s.expected),
                    s.minutes ? QString::number(*s.minutes) : QString() });
            out += u'\n';
        }
    }
    if (d.sections.scoring) {
        out += QStringLiteral("## %1\n\n").arg(VendorSpec::tr("Scoring sheet"));
        QStringList head { VendorSpec::tr("Requirement"), VendorSpec::tr("Priority"), VendorSpec::tr("Weight") };
        for (const QString &v : scoringColumns(d))
            head << md(v);
        out += row(head) + separator(int(head.size()));
        for (const ScoreRow &r : d.scoring) {
            QStringList cells { md(r.requirement), priorityLabel(r.priority), QString::number(r.weight) };
            for (const auto &s : r.scores)
                cells << (s ? QString::number(*s) : QString());
            while (cells.size() < head.size()) // blank columns to fill in by hand
                cells << QString();
            out += row(cells);
        }
        out += u'\n';
        for (const VendorTotal &t : d.totals)
            out += QStringLiteral("- %1: %2 / %3%4\n")
                       .arg(md(t.name))
                       .arg(t.weighted)
                       .arg(t.maximum)
                       .arg(t.knockedOutBy.isEmpty()
                               ? QString()
                               : QStringLiteral(" — **%1**").arg(VendorSpec::tr("knocked out: a Must scored 0")));
        out += u'\n';
    }
    if (d.sections.traceability) {
        out += QStringLiteral("## %1\n\n").arg(VendorSpec::tr("Traceability"));
        out += row({ VendorSpec::tr("Strategy"), VendorSpec::tr("Role"), VendorSpec::tr("Process"),
            VendorSpec::tr("Step"), VendorSpec::tr("Requirement") });
        out += separator(5);
        for (const TraceRow &t : d.trace)
            out += row({ md(t.strategy), md(t.role), md(t.process), md(t.step), md(t.requirement) });
        out += QStringLiteral("\n### %1\n\n").arg(VendorSpec::tr("Requirements no step needs"));
        if (d.unneeded.empty())
            out += VendorSpec::tr("None: every requirement is needed by a process step.") + u'\n';
        for (const RequirementView &r : d.unneeded)
            out += requirementLine(r);
    }
    return out;
}

} // namespace oi::model::spec
