// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli advise FILE --scenario S`: the constraint, whether it is one of capacity or of
// coverage, and the remedies tried with common random numbers, ranked by their business case.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "model/advisor.h"
#include "model/validator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oi::app::cli {

namespace {

QJsonObject adviceToJson(const model::Advice &a)
{
    QJsonArray options;
    for (const model::AdviceOption &o : a.options) {
        QJsonArray goals;
        for (const model::AdviceOption::GoalEffect &g : o.goals)
            goals.append(QJsonObject { { QStringLiteral("goal"), g.goal }, { QStringLiteral("met"), g.met },
                { QStringLiteral("met_before"), g.metBefore } });
        options.append(QJsonObject { { QStringLiteral("change"), o.change }, { QStringLiteral("kpi"), o.kpi },
            { QStringLiteral("process"), o.process }, { QStringLiteral("before"), o.before },
            { QStringLiteral("after"), o.after }, { QStringLiteral("gain"), o.gain },
            { QStringLiteral("ci95"), o.ci95 }, { QStringLiteral("significant"), o.significant },
            { QStringLiteral("cost"), o.cost }, { QStringLiteral("value"), o.value }, { QStringLiteral("net"), o.net },
            { QStringLiteral("failure_demand"), o.failureDemand },
            { QStringLiteral("failure_demand_before"), o.failureDemandBefore }, { QStringLiteral("goals"), goals },
            { QStringLiteral("sentence"), o.sentence } });
    }
    QJsonArray windows;
    for (const model::Advice::Window &w : a.windows)
        windows.append(QJsonObject { { QStringLiteral("window"), w.window }, { QStringLiteral("role"), w.role },
            { QStringLiteral("node"), w.node } });
    const model::AdviceConstraint &c = a.constraint;
    return QJsonObject {
        { QStringLiteral("constraint"),
            QJsonObject { { QStringLiteral("role"), c.role }, { QStringLiteral("node"), c.node },
                { QStringLiteral("window"), c.window },
                { QStringLiteral("kind"), c.coverage ? QStringLiteral("coverage") : QStringLiteral("capacity") },
                { QStringLiteral("utilization"), c.utilisation }, { QStringLiteral("wait_capacity"), c.waitCapacity },
                { QStringLiteral("wait_coverage"), c.waitCoverage } } },
        { QStringLiteral("summary"), a.summary }, { QStringLiteral("windows"), windows },
        { QStringLiteral("options"), options }
    };
}

} // namespace

int runAdvise(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Names the constraint of a scenario, capacity or coverage, and tries the remedies with common random "
           "numbers, best business case first.\nExit code: 0 done, 1 the project has errors or the scenario "
           "cannot be advised on, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the project (.oi.yaml or .oistudio)"));
    const QCommandLineOption scenario { QStringLiteral("scenario"), tr("the scenario to advise on"),
        QStringLiteral("S") };
    const QCommandLineOption maxStaff { QStringLiteral("max-staff"),
        tr("try up to N more staff at the constraint (default 2)"), QStringLiteral("N"), QStringLiteral("2") };
    const QCommandLineOption replications { QStringLiteral("replications"),
        tr("replications per remedy, at least 2 (default: the project's)"), QStringLiteral("N") };
    const QCommandLineOption format { QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT"),
        QStringLiteral("text") };
    parser.addOptions({ scenario, maxStaff, replications, format });
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(scenario)) {
        err << tr("advise: give one project file and --scenario S.\n") << helpText(parser, QStringLiteral("advise"));
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << tr("advise: --format must be 'text' or 'json', got '%1'\n").arg(fmt);
        return 2;
    }
    model::AdviceSettings settings;
    bool ok = false;
    settings.maxStaff = parser.value(maxStaff).toInt(&ok);
    if (!ok || settings.maxStaff < 1 || settings.maxStaff > 20) {
        err << tr("advise: --max-staff: expected a whole number from 1 to 20, got '%1'\n").arg(parser.value(maxStaff));
        return 2;
    }
    if (parser.isSet(replications)) {
        settings.replications = parser.value(replications).toInt(&ok);
        if (!ok || settings.replications < 2) {
            err << tr("advise: --replications: at least 2 are needed for the intervals, got '%1'.\n")
                       .arg(parser.value(replications));
            return 1;
        }
    }
    int refused = 0;
    const std::unique_ptr<model::Project> project = loadValidProject(files[0], QStringLiteral("advise"), err, &refused);
    if (!project)
        return refused;
    const model::Advice advice = model::advise(*project, parser.value(scenario), settings);
    if (!advice.ok) {
        err << tr("advise: %1: %2\n").arg(files[0], advice.error);
        return 1;
    }
    if (fmt == QLatin1String("json")) {
        out << QString::fromUtf8(QJsonDocument(adviceToJson(advice)).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << advice.summary << u'\n';
    if (advice.windows.size() > 1) {
        QStringList parts;
        for (const model::Advice::Window &w : advice.windows) {
            const model::Role *r = project->role(w.role);
            parts << tr("%1 %2").arg(w.window, r && !r->name.isEmpty() ? r->name : w.role);
        }
        out << tr("By time of day: %1.").arg(parts.join(QStringLiteral("; "))) << u'\n';
    }
    out << u'\n';
    int rank = 0;
    for (const model::AdviceOption &o : advice.options)
        out << QStringLiteral("%1. ").arg(++rank) << o.sentence << u'\n';
    return 0;
}

} // namespace oi::app::cli
