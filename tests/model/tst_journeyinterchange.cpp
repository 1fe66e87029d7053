// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/journeyinterchange.h"

#include "support/journeybuilder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace oi;
using namespace oi::model;

class TestJourneyExport : public QObject
{
    Q_OBJECT
private slots:
    void mermaidText()
    {
        auto p = test::sampleProject();
        p->journeys[0].steps[0].title = QStringLiteral("Compare: offers; #1");
        const QString text = journeyToMermaid(*p, p->journeys[0]);
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.at(0), QStringLiteral("journey"));
        QCOMPARE(lines.at(1), QStringLiteral("    title New customer onboarding"));
        QCOMPARE(lines.at(2), QStringLiteral("    section Discover"));
        // The colon must not end the task name early; score = emotion + 3.
        QCOMPARE(lines.at(3), QStringLiteral("      Compare\uff1a offers, \uff031: 4: Busy family"));
        QVERIFY(text.contains(QStringLiteral("      Place order: 2: Busy family, Contact-centre agent\n")));
    }

    void mermaidRoundTrip()
    {
        auto p = test::sampleProject();
        p->journeys[0].steps[0].title = QStringLiteral("Compare: offers");
        QString error;
        const auto back = journeyFromMermaid(journeyToMermaid(*p, p->journeys[0]), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, p->journeys[0].name);
        QCOMPARE(back->stages.size(), p->journeys[0].stages.size());
        QCOMPARE(back->steps.size(), p->journeys[0].steps.size());
        for (size_t i = 0; i < back->steps.size(); ++i) {
            QCOMPARE(back->steps[i].title, p->journeys[0].steps[i].title);
            QCOMPARE(back->steps[i].emotion, p->journeys[0].steps[i].emotion);
        }
        QCOMPARE(back->steps[4].stage, back->stages[2].id);
    }

    void mermaidErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a journey") << "graph TD"
                                       << "line 1: expected \"journey\"";
        QTest::newRow("no score") << "journey\n  section A\n  Task"
                                  << "line 3: expected \"task name: score 1-5: actors\"";
        QTest::newRow("score out of range") << "journey\n\n  Task: 9: Me"
                                            << "line 3: expected \"task name: score 1-5: actors\"";
        QTest::newRow("empty") << ""
                               << "line 1: expected \"journey\"";
    }

    void mermaidErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!journeyFromMermaid(text, &actual));
        QCOMPARE(actual, error);
    }

    void jsonRoundTrip()
    {
        auto p = test::sampleProject();
        const QByteArray json = journeyToJson(*p, p->journeys[0]);
        QString error;
        std::optional<Persona> persona;
        const auto back = journeyFromJson(json, &error, &persona);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == p->journeys[0]);
        QVERIFY(persona);
        QCOMPARE(persona->name, QStringLiteral("Busy family"));
    }

    void stepsOfUnknownStagesAreExportedToo()
    {
        auto p = test::sampleProject();
        p->journeys[0].steps[1].stage = QStringLiteral("lost");
        const QString mermaid = journeyToMermaid(*p, p->journeys[0]);
        QVERIFY(mermaid.contains(QStringLiteral("    section lost\n      Ask a question: 3:")));
        QString error;
        const auto back = journeyFromJson(journeyToJson(*p, p->journeys[0]), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->steps.size(), size_t(5));
        QCOMPARE(back->stages.back().id, QStringLiteral("lost"));
        QCOMPARE(back->steps.back().id, QStringLiteral("s2"));
        QCOMPARE(back->steps.back().stage, QStringLiteral("lost"));
    }

    void jsonUsesUjmTerms()
    {
        auto p = test::sampleProject();
        const QJsonObject root = QJsonDocument::fromJson(journeyToJson(*p, p->journeys[0])).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("outsidein-journey"));
        const QJsonObject j = root.value(QLatin1String("journey")).toObject();
        QCOMPARE(j.value(QLatin1String("phases")).toArray().size(), 3);
        const QJsonArray transitions = j.value(QLatin1String("transitions")).toArray();
        QCOMPARE(transitions.size(), 4);
        QCOMPARE(transitions.at(2).toObject().value(QLatin1String("from")).toString(), QStringLiteral("s3"));
        const QJsonObject s3 = j.value(QLatin1String("phases"))
                                   .toArray()
                                   .at(1)
                                   .toObject()
                                   .value(QLatin1String("steps"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
        QCOMPARE(s3.value(QLatin1String("touchpoint")).toObject().value(QLatin1String("channel")).toString(),
            QStringLiteral("phone"));
        QCOMPARE(s3.value(QLatin1String("emotion")).toObject().value(QLatin1String("toBe")).toInt(), 1);
        QCOMPARE(
            s3.value(QLatin1String("metrics")).toArray().at(0).toObject().value(QLatin1String("high")).toDouble(), 5.0);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head
            = R"({"format":"outsidein-journey","version":1,"journey":{"id":"j","phases":[{"id":"a","steps":[)";
        const QByteArray tail = "]}]}}";
        QTest::newRow("not json") << QByteArray("{") << "offset 1: unterminated object";
        QTest::newRow("wrong format") << QByteArray(R"({"format":"x"})") << "format: expected \"outsidein-journey\"";
        QTest::newRow("version") << QByteArray(R"({"format":"outsidein-journey","version":2})")
                                 << "version: only version 1 is supported";
        QTest::newRow("emotion") << head + R"({"id":"s","emotion":{"asIs":3}})" + tail
                                 << "journey.phases[0].steps[0].emotion.asIs: expected a whole number from -2 to 2";
        QTest::newRow("channel")
            << head + R"({"id":"s"},{"id":"t","touchpoint":{"channel":"fax"}})" + tail
            << "journey.phases[0].steps[1].touchpoint.channel: unknown value \"fax\" (expected one of: "
               "web, app, phone, chat, email, store, field-visit, partner, social, self-service-device, other)";
        QTest::newRow("missing id") << head + R"({"name":"x"})" + tail
                                    << "journey.phases[0].steps[0].id: expected a string";
        QTest::newRow("pain points") << head + R"({"id":"s","painPoints":[1]})" + tail
                                     << "journey.phases[0].steps[0].painPoints[0]: expected a string";
    }

    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!journeyFromJson(json, &actual));
        QCOMPARE(actual, error);
    }

    // A file from elsewhere is refused at its size or its step count, before it costs minutes and
    // gigabytes (2 000 000 steps took 100 s and 10 GB, a 200 MB name 57 s and 1.8 GB).
    void jsonIsBounded()
    {
        const QByteArray head = "{\"format\":\"outsidein-journey\",\"version\":1,\"journey\":{\"id\":\"j\",\"name\":\"";
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!journeyFromJson(head + QByteArray(kMaxJourneyJsonBytes, 'x') + "\"}}", &error));
        QVERIFY2(error.contains(QLatin1String("16 MB")), qPrintable(error));

        QByteArray steps = R"({"format":"outsidein-journey","version":1,"journey":{"id":"j","phases":[)";
        for (int phase = 0; phase < 2; ++phase) {
            steps += (phase ? ",{" : "{") + QByteArray("\"id\":\"p") + QByteArray::number(phase) + "\",\"steps\":[";
            for (qsizetype i = 0; i <= kMaxJourneySteps / 2; ++i)
                steps += (i ? ",{\"id\":\"s" : "{\"id\":\"s") + QByteArray::number(phase) + '-' + QByteArray::number(i)
                    + "\"}";
            steps += "]}";
        }
        steps += "]}}";
        QVERIFY(steps.size() < kMaxJourneyJsonBytes);
        QVERIFY(!journeyFromJson(steps, &error));
        QVERIFY2(error.startsWith(QLatin1String("journey.phases[1]: the journey has more than 20000 steps")),
            qPrintable(error));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestJourneyExport)
#include "tst_journeyinterchange.moc"
