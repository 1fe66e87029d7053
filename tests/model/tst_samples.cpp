// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped sample and templates: they validate clean and hold what the studio promises.
#include "model/validator.h"
#include "model/yamlreader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace oi::model;

namespace {
QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}
const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");
} // namespace

class TestSamples : public QObject
{
    Q_OBJECT

private slots:
    void validateClean_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("sample") << kSample;
        const QDir dir(QStringLiteral(OI_SOURCE_DIR "/resources/templates"));
        const QStringList names = dir.entryList({QStringLiteral("*.oi.yaml")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 3);
        for (const QString &n : names)
            QTest::newRow(qPrintable(n)) << dir.filePath(n);
    }

    void validateClean()
    {
        QFETCH(QString, file);
        std::unique_ptr<Project> project;
        const Problems problems = checkFile(file, &project);
        QVERIFY(project);
        QVERIFY2(problems.empty(), qPrintable(dump(problems)));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray firstLine = f.readLine().trimmed();
        // "New from template" shows a template's first line: one sentence.
        if (file.contains(QLatin1String("/templates/")))
            QVERIFY2(firstLine.startsWith("# ") && firstLine.endsWith('.'), firstLine.constData());
        QVERIFY(!project->roles.empty());
        QVERIFY(!project->processes.empty());
        QVERIFY(project->scenario(QStringLiteral("as-is")));
        QVERIFY(project->scenario(QStringLiteral("to-be")));
        // A complete example a consultant can start from: no "– %" metric, no empty description.
        for (const Journey &j : project->journeys) {
            QVERIFY2(!j.description.isEmpty(), qPrintable(j.id));
            for (const Step &s : j.steps)
                for (const Metric &m : s.metrics)
                    QVERIFY2(m.value.has_value(), qPrintable(s.id + QStringLiteral(": ") + m.name));
        }
        for (const Process &p : project->processes)
            QVERIFY2(!p.description.isEmpty(), qPrintable(p.id));
        for (const Persona &p : project->personas)
            QVERIFY2(!p.description.isEmpty(), qPrintable(p.id));
    }

    void docsExampleIsCleanAndStable()
    {
        QFile doc(QStringLiteral(OI_SOURCE_DIR "/docs/file-format.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        const qsizetype intro = text.indexOf("The shortest complete file");
        QVERIFY(intro > 0);
        const qsizetype begin = text.indexOf("```yaml\n", intro) + 8;
        const qsizetype end = text.indexOf("```", begin);
        QVERIFY(begin > 8 && end > begin);
        Problems problems;
        auto project = projectFromYaml(text.mid(begin, end - begin), QStringLiteral("file-format.md"), &problems);
        QVERIFY2(project, qPrintable(dump(problems)));
        Problems found = validate(*project);
        problems.insert(problems.end(), found.begin(), found.end());
        QVERIFY2(problems.empty(), qPrintable(dump(problems)));
        QCOMPARE(project->processes.at(0).nodes.size(), std::size_t(4));
    }

    void templatesHaveTheNamesTheStudioOffers()
    {
        for (const char *name : {"telecom-subscription", "retail-bank-account-opening", "b2b-field-sales-service"})
            QVERIFY2(QFile::exists(QStringLiteral(OI_SOURCE_DIR "/resources/templates/") + QLatin1String(name)
                                   + QStringLiteral(".oi.yaml")), name);
    }

    void sampleIsComplete()
    {
        std::unique_ptr<Project> p;
        checkFile(kSample, &p);
        QVERIFY(p);
        QVERIFY(p->strategies.size() >= 2 && p->strategies.size() <= 3);
        QCOMPARE(p->personas.size(), std::size_t(3));
        QVERIFY(p->journeys.size() >= 3);
        QVERIFY(p->roles.size() >= 8);
        QVERIFY(p->processes.size() >= 3);
        QVERIFY(p->requirements.size() >= 15);
        QCOMPARE(p->timeUnit, TimeUnit::Minute);
        bool offline = false;
        for (const Requirement &r : p->requirements)
            offline = offline || r.text.contains(QLatin1String("offline with full data and functionality"));
        QVERIFY(offline);
        int customerInitiated = 0, outOfRange = 0, shifted = 0, changed = 0;
        for (const Journey &j : p->journeys)
            for (const Step &s : j.steps) {
                customerInitiated += s.customerInitiated;
                for (const Metric &m : s.metrics)
                    outOfRange += m.isOutOfRange();
            }
        for (const Role &r : p->roles) {
            shifted += r.shifts.has_value();
            changed += r.change != ChangeKind::Unchanged;
        }
        QVERIFY(customerInitiated >= 1);
        QVERIFY(outOfRange >= 3);
        QVERIFY(shifted >= 3);
        QVERIFY(changed >= 4);
        // The simulation features the engine must be shown: a peaky calendar, patience, xor,
        // rework loop, and-split/join.
        bool calendar = false, patience = false, andJoin = false;
        for (const Process &pr : p->processes)
            for (const Node &n : pr.nodes) {
                calendar = calendar || n.rateCalendar.has_value();
                patience = patience || n.patience.isSet();
                andJoin = andJoin || n.type == NodeType::AndJoin;
            }
        QVERIFY(calendar && patience && andJoin);
        const Scenario *toBe = p->scenario(QStringLiteral("to-be"));
        QVERIFY(!toBe->headcount.empty());
        QVERIFY(!toBe->addCrossTraining.empty());
    }
};

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"
