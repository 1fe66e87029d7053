// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli import-log` in-process: the draft it writes validates and simulates; what it prints;
// its exit codes.
#include "logfactory.h"

#include "app/cli/commands.h"
#include "model/validator.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace oi;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(int (*command)(const QStringList &, QTextStream &, QTextStream &), const QStringList &args)
{
    Run r;
    QTextStream o(&r.out), e(&r.err);
    r.code = command(args, o, e);
    o.flush();
    e.flush();
    return r;
}

Run importLog(const QStringList &args)
{
    return run(&app::cli::runImportLog, QStringList { QStringLiteral("import-log") } + args);
}

bool write(const QString &fileName, const QByteArray &data)
{
    QFile f(fileName);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestImportLogCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

    QString path(const char *name) const { return mDir.filePath(QLatin1StringView(name)); }

private slots:
    void writesADraftThatValidatesAndSimulates()
    {
        oi::test::KnownProcess known;
        known.cases = 1500;
        known.meanPatience = 30;
        QByteArray csv = oi::test::csvLog(oi::test::generateLog(known));
        // Columns under names no tool uses, mapped by hand.
        csv.replace(0, csv.indexOf('\n'), "Ticket,Step,Began,Done,Who,Phase,Via");
        const QString log = path("desk.csv"), draft = path("desk.oi.yaml");
        QVERIFY(write(log, csv));
        const Run r = importLog({ log, QStringLiteral("--map"),
            QStringLiteral("case=Ticket,activity=Step,start=Began,time=Done,resource=Who,lifecycle=Phase,channel=Via"),
            QStringLiteral("--name"), QStringLiteral("Service desk"), QStringLiteral("-o"), draft });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("KS distance")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Register")));
        QVERIFY(r.out.contains(QLatin1String("lognormal")));
        QVERIFY2(r.out.contains(QStringLiteral("Register → Assess → Close")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("patience is exponential")));

        std::unique_ptr<model::Project> project;
        const model::Problems problems = model::checkFile(draft, &project);
        for (const model::Problem &p : problems)
            QVERIFY2(!p.isError(), qPrintable(p.toString()));
        QVERIFY(project);
        QCOMPARE(project->name, QStringLiteral("Service desk"));
        QCOMPARE(project->processes.size(), size_t(1));
        QCOMPARE(project->journeys.front().steps.size(), size_t(4));

        const Run sim = run(&app::cli::runSimulate,
            { QStringLiteral("simulate"), draft, QStringLiteral("--replications"), QStringLiteral("2"),
                QStringLiteral("--horizon"), QStringLiteral("3000"), QStringLiteral("--warmup"), QStringLiteral("300"),
                QStringLiteral("--jobs"), QStringLiteral("1") });
        QVERIFY2(sim.code == 0, qPrintable(sim.err));
    }

    void readsXes()
    {
        oi::test::KnownProcess known;
        known.cases = 300;
        const QString log = path("desk.xes"), draft = path("xes.oistudio");
        QVERIFY(write(log, oi::test::xesLog(oi::test::generateLog(known))));
        const Run r = importLog({ log, QStringLiteral("-o"), draft });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QLatin1String("Read XES")));
        QVERIFY(!model::hasErrors(model::checkFile(draft)));
    }

    void badRowsGoToStandardError()
    {
        const QString log = path("bad.csv");
        QVERIFY(write(log,
            "case,activity,time\nc1,A,04/03/2024 09:00\nc1,B,31/02/2024 10:00\nc2,A,05/03/2024 09:00\n"
            "c2,B,13/03/2024 10:00\n"));
        Run r = importLog({ log, QStringLiteral("-o"), path("bad.oi.yaml") });
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.err.contains(QLatin1String("bad.csv: line 3, column time: '31/02/2024 10:00' is not a date in the format "
                                         "dd/MM/yyyy HH:mm.")),
            qPrintable(r.err));
        // Past the limit of bad rows: nothing written, exit 1 and a sentence.
        r = importLog(
            { log, QStringLiteral("--max-bad-rows"), QStringLiteral("0"), QStringLiteral("-o"), path("none.oi.yaml") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("the import stopped")));
        QVERIFY(!QFile::exists(path("none.oi.yaml")));
    }

    void feedbackSetsEmotions()
    {
        const QString log = path("calls.csv"), feedback = path("survey.csv"), draft = path("calls.oi.yaml");
        QVERIFY(write(log, "case,activity,time\nc1,Call,2024-03-04T09:00:00\nc1,Fix,2024-03-04T10:00:00\n"));
        QVERIFY(write(feedback, "Ticket,Where,Stars,Said\nc1,Call,1,Nobody answered\nc1,,5,\nc1,Fix,zero,\n"));
        Run r = importLog({ log, QStringLiteral("--feedback"), feedback, QStringLiteral("--feedback-map"),
            QStringLiteral("case=Ticket,step=Where,score=Stars,comment=Said"), QStringLiteral("-o"), draft });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // "response(s)" until the English catalogue has the message's plural forms.
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                     "Feedback from survey.csv: 2 response(s|\\(s\\)) on a scale from 1 to 5, 0 matched no step:"))),
            qPrintable(r.out));
        QVERIFY(r.err.contains(QLatin1String("survey.csv: line 4, column Stars: 'zero' is not a number.")));
        std::unique_ptr<model::Project> project;
        QVERIFY(!model::hasErrors(model::checkFile(draft, &project)));
        const model::Step *call = project->step(QStringLiteral("call"));
        QVERIFY(call);
        QCOMPARE(call->emotion, -2);
        QCOMPARE(model::painTexts(call->painPoints), QStringList { QStringLiteral("Nobody answered") });
        QCOMPARE(project->step(QStringLiteral("fix"))->emotion, 2);
        r = importLog({ log, QStringLiteral("--feedback-map"), QStringLiteral("mood=x"), QStringLiteral("-o"), draft });
        QCOMPARE(r.code, 2);
        r = importLog({ log, QStringLiteral("--feedback"), path("none.csv"), QStringLiteral("-o"), path("x.oi.yaml") });
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(path("x.oi.yaml")));
    }

    void exitCodes()
    {
        const QString log = path("ok.csv");
        QVERIFY(write(log, "case,activity,time\nc1,A,2024-03-04T09:00:00\nc1,B,2024-03-04T10:00:00\n"));
        QCOMPARE(importLog({ log }).code, 2); // no -o
        QCOMPARE(importLog({ log, QStringLiteral("-o"), path("draft.txt") }).code, 2);
        Run r = importLog({ log, QStringLiteral("--map"), QStringLiteral("case=id,color=red"), QStringLiteral("-o"),
            path("d.oi.yaml") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("'color'")));
        QCOMPARE(importLog({ log, QStringLiteral("--utc-offset"), QStringLiteral("noon"), QStringLiteral("-o"),
                               path("d.oi.yaml") })
                     .code,
            2);
        // Not a log: missing, binary, no columns it can use.
        QCOMPARE(importLog({ path("missing.csv"), QStringLiteral("-o"), path("d.oi.yaml") }).code, 1);
        QVERIFY(write(path("binary.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)));
        QCOMPARE(importLog({ path("binary.csv"), QStringLiteral("-o"), path("d.oi.yaml") }).code, 1);
        QVERIFY(write(path("other.csv"), "name,price\nfibre,30\n"));
        r = importLog({ path("other.csv"), QStringLiteral("-o"), path("d.oi.yaml") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("name, price")));
        QVERIFY(!QFile::exists(path("d.oi.yaml")));
        QCOMPARE(importLog({ log, QStringLiteral("-o"), path("d.oi.yaml") }).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestImportLogCommand)
#include "tst_importlogcommand.moc"
