// SPDX-License-Identifier: GPL-3.0-or-later
// What executives can decide on, page by page (a strategy, each role change, the to-be scenario
// with its remedy), and the decisions already recorded on it, latest first.
#include "app/review/decisioncommand.h"
#include "app/review/reviewpages.h"

#include <QCoreApplication>
#include <QLocale>

namespace oi::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Review", text);
}

constexpr int ShownDecisions = 2;

QString subjectName(const model::Project &project, const QString &subject)
{
    const QString kind = subject.section(u'/', 0, 0), id = subject.section(u'/', 1);
    if (kind == u"strategy") {
        const model::Strategy *s = project.strategy(id);
        return s && !s->title.isEmpty() ? s->title : id;
    }
    if (kind == u"role")
        return roleName(project, id);
    const model::Scenario *s = project.scenario(id);
    return tr("the %1 scenario and its remedy").arg(s && !s->name.isEmpty() ? s->name : id);
}

QString decisionLine(const model::Project &project, const model::Decision &d, bool withSubject)
{
    QStringList who;
    if (!d.by.isEmpty())
        who.append(d.by);
    if (const QDate date = QDate::fromString(d.date, Qt::ISODate); date.isValid())
        who.append(QLocale().toString(date, QLocale::ShortFormat));
    QString line = verdictText(d.verdict);
    if (withSubject)
        line = tr("%1: %2").arg(subjectName(project, d.subject), line.toLower());
    if (!who.isEmpty())
        line = tr("%1 (%2)").arg(line, who.join(u", "));
    if (!d.note.isEmpty())
        line = tr("%1 — %2").arg(line, d.note);
    return line;
}

void attach(const model::Project &project, QVariantMap &page, const QStringList &subjects)
{
    QVariantList choices;
    for (const QString &s : subjects)
        choices.append(
            QVariantMap { { QStringLiteral("subject"), s }, { QStringLiteral("name"), subjectName(project, s) } });
    QStringList lines;
    for (auto it = project.decisions.rbegin(); it != project.decisions.rend() && lines.size() < ShownDecisions; ++it)
        if (subjects.contains(it->subject))
            lines.append(decisionLine(project, *it, subjects.size() > 1));
    page[QStringLiteral("subjects")] = choices;
    page[QStringLiteral("decisions")] = lines;
}
} // namespace

void attachDecisions(const model::Project &project, QVariantList &pages)
{
    for (QVariant &v : pages) {
        QVariantMap page = v.toMap();
        QStringList subjects;
        if (const QString s = page.value(QStringLiteral("subject")).toString(); !s.isEmpty())
            subjects.append(s);
        for (const QVariant &r : page.value(QStringLiteral("roles")).toList())
            subjects.append(r.toMap().value(QStringLiteral("subject")).toString());
        attach(project, page, subjects);
        v = page;
    }
}

} // namespace oi::review
