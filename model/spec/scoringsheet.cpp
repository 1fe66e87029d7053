// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring sheet as CSV for the evaluators' spreadsheets, and reading a filled-in one back.
#include "model/spec/specwriters.h"

#include <QCoreApplication>
#include <QSet>

namespace oi::model::spec {

namespace {

struct VendorSpec
{
    Q_DECLARE_TR_FUNCTIONS(VendorSpec)
};

// Spreadsheets run a cell starting with = + - @ (and some a tab or CR) as a formula: a leading '
// shows the text as typed instead (the OWASP advice against CSV injection).
QString cell(const QString &text)
{
    QString t = text;
    if (!t.isEmpty() && QStringLiteral("=+-@\t\r").contains(t.front()))
        t.prepend(u'\'');
    t.replace(u'"', QStringLiteral("\"\""));
    return u'"' + t + u'"';
}

QString number(int n)
{
    return QString::number(n); // our own numbers: never neutralised, so sums still work
}

// RFC 4180 fields: quoted fields may hold commas, quotes ("") and line breaks.
std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"')
                quoted = false;
            else
                field += c;
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',' || c == u';') {
            row << field;
            field.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (any || !field.isEmpty())
                row << field;
            if (!row.isEmpty())
                rows.push_back(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty())
        row << field;
    if (!row.isEmpty())
        rows.push_back(row);
    return rows;
}

QString unneutralised(QString text)
{
    text = text.trimmed();
    if (text.size() > 1 && text.front() == u'\'' && QStringLiteral("=+-@\t\r").contains(text[1]))
        text.remove(0, 1);
    return text;
}

} // namespace

QString vendorId(const QString &name, const Project &p, const QSet<QString> &taken)
{
    QString base;
    for (const QChar c : name.toLower())
        base += c.isLetterOrNumber() ? c : u'-';
    base = base.split(u'-', Qt::SkipEmptyParts).join(u'-');
    if (base.isEmpty())
        base = QStringLiteral("vendor");
    QString id = base;
    for (int n = 2; p.vendor(id) || taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QByteArray scoringSheetCsv(const SpecDocument &d)
{
    const QStringList vendors = scoringColumns(d);
    QStringList head { cell(VendorSpec::tr("Requirement id")), cell(VendorSpec::tr("Requirement")),
        cell(VendorSpec::tr("Priority")), cell(VendorSpec::tr("Weight")) };
    for (const QString &v : vendors)
        head << cell(v);
    QString out = head.join(u',') + QStringLiteral("\r\n");
    for (const ScoreRow &r : d.scoring) {
        QStringList cells { cell(r.requirementId), cell(r.requirement), cell(priorityLabel(r.priority)),
            number(r.weight) };
        for (qsizetype i = 0; i < vendors.size(); ++i) {
            const auto s = std::size_t(i) < r.scores.size() ? r.scores[std::size_t(i)] : std::nullopt;
            cells << (s ? number(*s) : QString());
        }
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    QStringList total { QString(), cell(VendorSpec::tr("Weighted total (score × weight)")), QString(), QString() };
    for (qsizetype i = 0; i < vendors.size(); ++i)
        total << (std::size_t(i) < d.totals.size() ? number(d.totals[std::size_t(i)].weighted) : QString());
    out += total.join(u',') + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool importScoringSheet(const QByteArray &csv, Project &project, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const std::vector<QStringList> rows = parseCsv(text);
    if (rows.empty())
        return fail(VendorSpec::tr("the scoring sheet is empty."));
    const QStringList &head = rows.front();
    const qsizetype first = 4; // id, requirement, priority, weight
    if (head.size() <= first)
        return fail(VendorSpec::tr("the scoring sheet has no vendor columns after Weight."));
    std::vector<Vendor> vendors;
    QSet<QString> taken;
    for (qsizetype c = first; c < head.size(); ++c) {
        const QString name = unneutralised(head[c]);
        if (name.isEmpty())
            return fail(VendorSpec::tr("column %1 of the first row names no vendor.").arg(c + 1));
        Vendor v;
        for (const Vendor &known : project.vendors)
            if (known.name == name || known.id == name)
                v = known;
        if (v.id.isEmpty()) {
            v.id = vendorId(name, project, taken);
            v.name = name;
        }
        taken.insert(v.id);
        v.scores.clear();
        vendors.push_back(std::move(v));
    }
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        const QString id = unneutralised(row.value(0));
        if (id.isEmpty())
            continue; // the totals row, or a blank line
        if (!project.requirement(id))
            return fail(VendorSpec::tr("row %1: the project has no requirement %2.").arg(r + 1).arg(id));
        for (qsizetype c = first; c < head.size(); ++c) {
            const QString value = row.value(c).trimmed();
            if (value.isEmpty())
                continue;
            bool ok = false;
            const int score = value.toInt(&ok);
            if (!ok || score < 0 || score > 3)
                return fail(
                    VendorSpec::tr("row %1, column %2: a score is a whole number from 0 to 3, not \u201c%3\u201d.")
                        .arg(r + 1)
                        .arg(c + 1)
                        .arg(value.left(40)));
            Vendor &v = vendors[std::size_t(c - first)];
            if (v.score(id))
                return fail(VendorSpec::tr("row %1: requirement %2 is scored twice.").arg(r + 1).arg(id));
            v.scores.push_back({ id, score });
        }
    }
    for (Vendor &v : vendors) {
        const auto it = std::find_if(
            project.vendors.begin(), project.vendors.end(), [&](const Vendor &k) { return k.id == v.id; });
        if (it != project.vendors.end())
            *it = std::move(v);
        else
            project.vendors.push_back(std::move(v));
    }
    return true;
}

} // namespace oi::model::spec
