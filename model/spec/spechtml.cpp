// SPDX-License-Identifier: GPL-3.0-or-later
// The specification as one self-contained HTML file: inline CSS and SVG, a table of contents with
// anchors, print rules for paper; no script and nothing fetched. Written as well-formed XHTML-ish
// markup (every element closed, every attribute quoted) so that XML tools can read it too.
#include "model/spec/specwriters.h"

#include <QCoreApplication>

#include <algorithm>

namespace oi::model::spec {

namespace {

struct VendorSpec
{
    Q_DECLARE_TR_FUNCTIONS(VendorSpec)
};

const char *kStyle = R"css(
body { font-family: "Source Sans 3", "Segoe UI", Helvetica, Arial, sans-serif; color: #1d2733;
  overflow-wrap: anywhere; }
@media screen { body { margin: 0 auto; max-width: 60em; padding: 2em; line-height: 1.45; } }
h1 { font-size: 2.1em; color: #113355; margin-bottom: 0.2em; }
h2 { color: #113355; border-bottom: 2px solid #2a6f97; padding-bottom: 0.2em; margin-top: 2em; }
h3 { color: #2a6f97; margin-bottom: 0.3em; }
.cover { border-left: 6px solid #2a6f97; padding: 1em 1.5em; background: #f3f7fa; }
.meta td { padding: 0.1em 1em 0.1em 0; }
table.grid { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.2em; font-size: 0.92em; }
table.grid th { background: #2a6f97; color: white; text-align: left; padding: 0.35em 0.5em; }
table.grid td { border-bottom: 1px solid #d5dde5; padding: 0.35em 0.5em; vertical-align: top; }
.req { margin: 0.3em 0; padding: 0.35em 0.6em; border-left: 4px solid #c8d3dd; }
.req.must { border-left-color: #b3261e; background: #fdf3f2; }
.req.offline { background: #fff7e0; }
.tag { display: inline-block; font-size: 0.75em; font-weight: bold; padding: 0 0.45em; border-radius: 0.3em;
  margin-left: 0.3em; color: white; background: #6b7c8f; }
.tag.must { background: #b3261e; } .tag.offline { background: #a66300; }
.decision { border: 1px solid #2a6f97; border-radius: 0.3em; padding: 0.4em 0.8em; margin: 0.5em 0; background: #eef5fb; }
.touch { color: #3d4a57; font-size: 0.95em; }
.diagram { margin: 0.8em 0; max-width: 100%; overflow: auto; }
.diagram svg { max-width: 100%; height: auto; }
nav.toc ol { columns: 2; }
table.hours { border-collapse: collapse; margin: 0.6em 0 1.2em; }
table.hours th { background: #2a6f97; color: white; padding: 0.2em 0.1em; text-align: center; }
table.hours td { border-bottom: 1px solid #d5dde5; padding: 0.2em 0.1em; text-align: center; }
table.hours th, table.hours td { white-space: nowrap; font-size: 8.5pt; }
table.hours .role { text-align: left; padding-right: 0.5em; white-space: normal; }
table.hours td.off { color: #9aa7b4; }
.knockout { color: #b3261e; font-weight: bold; }
@media print { body { max-width: none; padding: 0; } h2 { page-break-before: always; }
  nav.toc { page-break-after: always; } a { color: inherit; text-decoration: none; } }
)css";

QString e(const QString &text)
{
    return htmlEscaped(text);
}

QString decisionBlocks(const std::vector<DecisionView> &list)
{
    QString out;
    for (const DecisionView &d : list)
        out += QStringLiteral("<div class=\"decision\"><strong>%1</strong> %2 <em>%3 %4</em></div>\n")
                   .arg(e(verdictLabel(d.verdict)), e(d.note), e(d.by), e(d.date));
    return out;
}

QString requirementBlock(const RequirementView &r)
{
    QString classes = QStringLiteral("req");
    QString tags = QStringLiteral("<span class=\"tag\">%1</span>").arg(e(priorityLabel(r.priority)));
    if (r.must) {
        classes += QStringLiteral(" must");
        tags = QStringLiteral("<span class=\"tag must\">%1</span>").arg(e(VendorSpec::tr("MUST")));
    }
    if (r.offline) {
        classes += QStringLiteral(" offline");
        tags += QStringLiteral("<span class=\"tag offline\">%1</span>").arg(e(VendorSpec::tr("OFFLINE / FIELD")));
    }
    return QStringLiteral("<div class=\"%1\">%2 %3 <small>(%4)</small><br/><em>%5</em> %6</div>\n")
        .arg(classes, e(r.text), tags, e(r.id), e(VendorSpec::tr("Acceptance:")),
            r.acceptance.isEmpty() ? e(VendorSpec::tr("to be agreed")) : e(r.acceptance));
}

QString grouped(const std::vector<RequirementView> &list)
{
    QString out, kind;
    for (const RequirementView &r : list) {
        if (r.kind != kind) {
            kind = r.kind;
            out += QStringLiteral("<h4>%1</h4>\n").arg(e(kindLabel(kind)));
        }
        out += requirementBlock(r);
    }
    return out;
}

QString tableRow(const QStringList &escapedCells, const char *cell = "td")
{
    QString out = QStringLiteral("<tr>");
    for (const QString &c : escapedCells)
        out += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(cell), c);
    return out + QStringLiteral("</tr>\n");
}

/** Shaded by how busy those on duty were: licences follow the numbers, screens the shading. */
QString onDutyCell(int staff, double utilisation, bool peak)
{
    if (staff <= 0)
        return QStringLiteral("<td class=\"off\">\u2013</td>");
    static const char *const shades[] = { "#ffffff", "#e3eef6", "#c6dcec", "#9fc3de", "#6fa3cc" };
    const int shade = std::clamp(int(utilisation * 5.0), 0, 4);
    const QString text = peak ? QStringLiteral("<b>%1</b>").arg(staff) : QString::number(staff);
    return QStringLiteral("<td bgcolor=\"%1\">%2</td>").arg(QLatin1String(shades[shade]), text);
}

QString onDutyTable(const std::vector<OnDutyRow> &rows)
{
    if (rows.empty())
        return {};
    QString out = QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n")
                      .arg(e(VendorSpec::tr("Users on duty per role by hour")),
                          e(VendorSpec::tr("The most users of each role on duty at once in each hour of the day; "
                                           "the peak in bold where staffing changes during the day, the shade "
                                           "darker the busier they were.")));
    out += QStringLiteral("<table class=\"hours\" width=\"100%\" cellspacing=\"0\">\n"
                          "<tr><th class=\"role\" width=\"22%\">%1</th>")
               .arg(e(VendorSpec::tr("Role")));
    for (int h = 0; h < 24; ++h)
        out += QStringLiteral("<th width=\"3%\">%1</th>").arg(h, 2, 10, QLatin1Char('0'));
    out += QStringLiteral("<th width=\"6%\">%1</th></tr>\n").arg(e(VendorSpec::tr("Peak")));
    for (const OnDutyRow &row : rows) {
        out += QStringLiteral("<tr><td class=\"role\">%1</td>").arg(e(row.role));
        // A role staffed alike all day has no peak hour to point at.
        const bool varies = std::any_of(row.onDuty.begin(), row.onDuty.end(), [&](int n) { return n != row.peak; });
        for (std::size_t h = 0; h < 24; ++h)
            out += onDutyCell(row.onDuty[h], row.utilisation[h], varies && row.onDuty[h] == row.peak);
        out += QStringLiteral("<td><b>%1</b></td></tr>\n").arg(row.peak);
    }
    return out + QStringLiteral("</table>\n");
}

} // namespace

QString htmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'"': out += QStringLiteral("&quot;"); break;
        case u'\'': out += QStringLiteral("&#39;"); break;
        default:
            // Control characters are not allowed in (X)HTML text; a tab or line break reads as a space.
            if (c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                out += u' ';
            else
                out += c;
        }
    }
    return out;
}

QString specToHtml(
    const SpecDocument &d, const std::function<QString(const QString &)> &diagram, const QList<int> &tocPages)
{
    struct Section
    {
        QString anchor, title;
    };
    std::vector<Section> toc;
    QString body;
    const auto section = [&](const QString &anchor, const QString &title) {
        toc.push_back({ anchor, title });
        // Inline too: Qt's rich text (the PDF) reads no @media rules; browsers print the same.
        body += QStringLiteral("<h2 id=\"%1\" style=\"page-break-before: always\">%2</h2>\n").arg(anchor, e(title));
    };
    if (d.sections.summary) {
        section(QStringLiteral("summary"), VendorSpec::tr("Executive summary"));
        for (const StrategyView &s : d.strategies) {
            body += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n").arg(e(s.title), e(s.statement));
            if (!s.owner.isEmpty())
                body += QStringLiteral("<p><em>%1</em> %2</p>\n").arg(e(VendorSpec::tr("Owner:")), e(s.owner));
            if (!s.goals.isEmpty()) {
                body += QStringLiteral("<ul>\n");
                for (const QString &g : s.goals)
                    body += QStringLiteral("<li>%1</li>\n").arg(e(g));
                body += QStringLiteral("</ul>\n");
            }
            body += decisionBlocks(s.decisions);
        }
        for (std::size_t i = 0; i < d.otherDecisions.size(); ++i)
            body += QStringLiteral("<p><strong>%1</strong> %2</p>\n")
                        .arg(e(VendorSpec::tr("Recommended remedy:")), e(d.otherDecisionSubjects.value(qsizetype(i))))
                + decisionBlocks({ d.otherDecisions[i] });
    }
    if (d.sections.organisation) {
        section(QStringLiteral("organisation"), VendorSpec::tr("The organisation change"));
        body += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">\n")
            + tableRow(
                { e(VendorSpec::tr("Role")), e(VendorSpec::tr("Office")), e(VendorSpec::tr("Change")),
                    e(VendorSpec::tr("Gives up")), e(VendorSpec::tr("Takes on")), e(VendorSpec::tr("Driven by")) },
                "th");
        for (const RoleChangeView &r : d.roles) {
            QStringList gives, takes;
            for (const QString &t : r.asIs)
                gives << QStringLiteral("\u2022 ") + e(t);
            for (const QString &t : r.toBe)
                takes << QStringLiteral("\u2022 ") + e(t);
            body += tableRow({ e(r.name), e(r.office), e(r.change), gives.join(QStringLiteral("<br/>")),
                takes.join(QStringLiteral("<br/>")), e(r.strategy) });
        }
        body += QStringLiteral("</table>\n");
        for (const RoleChangeView &r : d.roles)
            if (!r.decisions.empty())
                body += QStringLiteral("<p><strong>%1</strong></p>\n").arg(e(r.name)) + decisionBlocks(r.decisions);
    }
    if (d.sections.processes) {
        int k = 0;
        for (const ProcessView &pv : d.processes) {
            section(QStringLiteral("process-%1").arg(++k), VendorSpec::tr("Process: %1").arg(pv.name));
            if (!pv.description.isEmpty())
                body += QStringLiteral("<p>%1</p>\n").arg(e(pv.description));
            if (!pv.strategy.isEmpty())
                body += QStringLiteral("<p><em>%1</em> %2</p>\n").arg(e(VendorSpec::tr("Strategy:")), e(pv.strategy));
            if (diagram) {
                const QString svg = diagram(pv.id);
                if (!svg.isEmpty())
                    body += QStringLiteral("<div class=\"diagram\">%1</div>\n").arg(svg);
            }
            int n = 0;
            for (const ProcessStepView &st : pv.steps) {
                body += QStringLiteral("<h3>%1. %2</h3>\n").arg(++n).arg(e(st.name));
                if (!st.role.isEmpty())
                    body += QStringLiteral("<p><em>%1</em> %2 (%3)</p>\n")
                                .arg(e(VendorSpec::tr("Who:")), e(st.role), e(st.office));
                for (const TouchView &t : st.touches) {
                    body += QStringLiteral("<p class=\"touch\"><strong>%1</strong> %2 · %3 · %4 · %5</p>\n")
                                .arg(e(VendorSpec::tr("Customer:")), e(t.step), e(t.journey), e(t.channel),
                                    e(emotionLabel(t.emotion)));
                    if (!t.painPoints.isEmpty()) {
                        body += QStringLiteral("<ul class=\"touch\">\n");
                        for (const QString &pain : t.painPoints)
                            body += QStringLiteral("<li>%1 %2</li>\n").arg(e(VendorSpec::tr("Pain:")), e(pain));
                        body += QStringLiteral("</ul>\n");
                    }
                }
                body += grouped(st.requirements);
            }
            if (!pv.processWide.empty())
                body += QStringLiteral("<h3>%1</h3>\n").arg(e(VendorSpec::tr("Across the process")))
                    + grouped(pv.processWide);
        }
    }
    if (d.sections.sizing) {
        section(QStringLiteral("sizing"), VendorSpec::tr("Sizing from simulation"));
        if (d.sizing.run.isEmpty())
            body += QStringLiteral("<p>%1</p>\n")
                        .arg(e(
                            VendorSpec::tr("No simulation results are stored with the project; no sizing is stated.")));
        else {
            body += QStringLiteral("<p><em>%1</em> %2</p>\n<ul>\n").arg(e(VendorSpec::tr("From:")), e(d.sizing.run));
            for (const QString &r : d.sizing.requirements)
                body += QStringLiteral("<li>%1</li>\n").arg(e(r));
            body += QStringLiteral("</ul>\n") + onDutyTable(d.sizing.onDuty);
        }
    }
    if (d.sections.poc) {
        section(QStringLiteral("poc"), VendorSpec::tr("Proof-of-concept scripts"));
        int k = 0;
        for (const PocView &p : d.poc) {
            body += QStringLiteral("<h3>%1 %2. %3</h3>\n").arg(e(VendorSpec::tr("Scenario"))).arg(++k).arg(e(p.title));
            body += QStringLiteral("<p><em>%1</em> %2 · <em>%3</em> %4 · <em>%5</em> %6</p>\n")
                        .arg(e(VendorSpec::tr("Journey:")), e(p.journey), e(VendorSpec::tr("Process:")), e(p.process),
                            e(VendorSpec::tr("Minutes:")), QString::number(p.totalMinutes));
            body += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">\n")
                + tableRow({ QStringLiteral("#"), e(VendorSpec::tr("Customer")), e(VendorSpec::tr("Role and task")),
                               e(VendorSpec::tr("Requirement")), e(VendorSpec::tr("Buyer's data")),
                               e(VendorSpec::tr("Expected")), e(VendorSpec::tr("Min")) },
                    "th");
            for (const PocStepView &s : p.steps)
                body += tableRow({ QString::number(s.number), e(s.customerAction),
                    e(s.role) + QStringLiteral("<br/>") + e(s.task), e(s.requirement), e(s.data), e(s.expected),
                    s.minutes ? QString::number(*s.minutes) : QString() });
            body += QStringLiteral("</table>\n");
        }
    }
    if (d.sections.scoring) {
        section(QStringLiteral("scoring"), VendorSpec::tr("Scoring sheet"));
        QStringList head { e(VendorSpec::tr("Requirement")), e(VendorSpec::tr("Priority")),
            e(VendorSpec::tr("Weight")) };
        for (const QString &v : scoringColumns(d))
            head << e(v);
        body += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">\n") + tableRow(head, "th");
        for (const ScoreRow &r : d.scoring) {
            QStringList cells { e(r.requirement), e(priorityLabel(r.priority)), QString::number(r.weight) };
            for (const auto &s : r.scores)
                cells << (s ? QString::number(*s) : QString());
            while (cells.size() < head.size()) // blank columns to fill in by hand
                cells << QString();
            body += tableRow(cells);
        }
        body += QStringLiteral("</table>\n<ul>\n");
        for (const VendorTotal &t : d.totals)
            body += QStringLiteral("<li>%1: %2 / %3 %4</li>\n")
                        .arg(e(t.name))
                        .arg(t.weighted)
                        .arg(t.maximum)
                        .arg(t.knockedOutBy.isEmpty() ? QString()
                                                      : QStringLiteral("<span class=\"knockout\">%1</span>")
                                                            .arg(e(VendorSpec::tr("knocked out: a Must scored 0"))));
        body += QStringLiteral("</ul>\n");
    }
    if (d.sections.traceability) {
        section(QStringLiteral("traceability"), VendorSpec::tr("Traceability"));
        body += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">\n")
            + tableRow({ e(VendorSpec::tr("Strategy")), e(VendorSpec::tr("Role")), e(VendorSpec::tr("Process")),
                           e(VendorSpec::tr("Step")), e(VendorSpec::tr("Requirement")) },
                "th");
        for (const TraceRow &t : d.trace)
            body += tableRow({ e(t.strategy), e(t.role), e(t.process), e(t.step), e(t.requirement) });
        body += QStringLiteral("</table>\n<h3>%1</h3>\n").arg(e(VendorSpec::tr("Requirements no step needs")));
        if (d.unneeded.empty())
            body += QStringLiteral("<p>%1</p>\n")
                        .arg(e(VendorSpec::tr("None: every requirement is needed by a process step.")));
        for (const RequirementView &r : d.unneeded)
            body += requirementBlock(r);
    }
    QString out = QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                                 "<meta charset=\"utf-8\"/>\n<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                      .arg(e(VendorSpec::tr("Vendor proof-of-concept specification: %1").arg(d.project)),
                          QString::fromUtf8(kStyle));
    out += QStringLiteral("<div class=\"cover\">\n<h1>%1</h1>\n<table class=\"meta\">\n")
               .arg(e(VendorSpec::tr("Vendor proof-of-concept specification")));
    const std::pair<QString, QString> meta[] = { { VendorSpec::tr("Client"), d.client },
        { VendorSpec::tr("Project"), d.project }, { VendorSpec::tr("Version"), d.version },
        { VendorSpec::tr("Date"), d.date }, { VendorSpec::tr("Author"), d.author } };
    for (const auto &[label, value] : meta)
        out += QStringLiteral("<tr><td><strong>%1</strong></td><td>%2</td></tr>\n").arg(e(label), e(value));
    out += QStringLiteral("</table>\n");
    if (!d.description.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(e(d.description));
    out += QStringLiteral("</div>\n<nav class=\"toc\">\n<h2>%1</h2>\n<ol>\n").arg(e(VendorSpec::tr("Contents")));
    for (std::size_t i = 0; i < toc.size(); ++i) {
        const QString page = qsizetype(i) < tocPages.size()
            ? QStringLiteral(" <span class=\"page\">\u2003%1</span>")
                  .arg(e(VendorSpec::tr("page %1").arg(tocPages[qsizetype(i)])))
            : QString();
        out += QStringLiteral("<li><a href=\"#%1\">%2</a>%3</li>\n").arg(toc[i].anchor, e(toc[i].title), page);
    }
    out += QStringLiteral("</ol>\n</nav>\n") + body + QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace oi::model::spec
