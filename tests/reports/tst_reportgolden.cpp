// SPDX-License-Identifier: GPL-3.0-or-later
// Golden reports: one folder per case under tests/reports/golden, holding Zoom participant
// pages (participants.json), the options (case.json) and the CSV expected byte for byte
// (expected.csv), or "no_report" when nobody but the host attended. Each case runs in process
// and through `roomdeskctl report build`.
#include "processrunner.h"
#include "reports/attendancecsv.h"
#include "testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Roomdesk;
using namespace Roomdesk::Test;

class TestReportGolden : public QObject
{
    Q_OBJECT

private:
    static QString goldenDir()
    {
        return qEnvironmentVariable("ROOMDESK_SOURCE_DIR") + QStringLiteral("/tests/reports/golden");
    }

    static QJsonObject caseOf(const QString &dir)
    {
        return QJsonDocument::fromJson(fileBytes(dir + QStringLiteral("/case.json"))).object();
    }

    static QString describe(const QByteArray &expected, const QByteArray &actual)
    {
        return QStringLiteral("\nexpected:\n%1\nactual:\n%2")
            .arg(QString::fromUtf8(expected).replace(QLatin1Char('\r'), QLatin1String("\\r")),
                 QString::fromUtf8(actual).replace(QLatin1Char('\r'), QLatin1String("\\r")));
    }

private slots:
    void cases_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList names = QDir(goldenDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(names.size() >= 12, qPrintable(goldenDir()));
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << goldenDir() + QLatin1Char('/') + name;
    }

    void cases()
    {
        QFETCH(QString, dir);
        const QJsonObject options = caseOf(dir);
        QVERIFY2(!options.isEmpty(), "case.json is missing or not an object");
        const bool noReport = options.value(QStringLiteral("no_report")).toBool();
        const QByteArray expected = fileBytes(dir + QStringLiteral("/expected.csv"));
        QVERIFY2(noReport != !expected.isEmpty(), "a case has expected.csv, or says no_report, not both");

        auto records = ParticipantRecords::fromPages(fileBytes(dir + QStringLiteral("/participants.json")));
        QVERIFY2(records.ok(), records.ok() ? "" : qPrintable(records.error().message));
        ReportHost host;
        host.email = options.value(QStringLiteral("host_email")).toString();
        for (const QJsonValue &id : options.value(QStringLiteral("host_ids")).toArray())
            host.ids.append(id.toString());
        const AttendanceReport report = AttendanceReport::build(records.value(), host);
        QCOMPARE(report.hasAttendees(), !noReport);
        AttendanceCsvOptions csvOptions;
        csvOptions.delimiter = options.value(QStringLiteral("delimiter")).toString().front();
        csvOptions.bom = options.value(QStringLiteral("bom")).toBool();
        csvOptions.zone = QTimeZone(options.value(QStringLiteral("tz")).toString().toUtf8());
        QVERIFY(csvOptions.zone.isValid());
        if (!noReport) {
            const QByteArray actual = attendanceCsv(report, csvOptions);
            QVERIFY2(actual == expected, qPrintable(describe(expected, actual)));
        }

        // The same through the command line, into a file that must appear whole (or not at all).
        ProcessRunner ctl(QStringLiteral("roomdeskctl"));
        const QString out = ctl.home() + QStringLiteral("/report.csv");
        QStringList arguments = {
            QStringLiteral("report"),         QStringLiteral("build"),
            QStringLiteral("--participants"), dir + QStringLiteral("/participants.json"),
            QStringLiteral("--csv"),          out,
            QStringLiteral("--delimiter"),    options.value(QStringLiteral("delimiter")).toString(),
            QStringLiteral("--tz"),           options.value(QStringLiteral("tz")).toString()};
        if (!host.email.isEmpty())
            arguments << QStringLiteral("--host-email") << host.email;
        for (const QString &id : std::as_const(host.ids))
            arguments << QStringLiteral("--host-id") << id;
        if (csvOptions.bom)
            arguments << QStringLiteral("--bom");
        const ProcessResult run = ctl.run(arguments);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
        if (noReport) {
            QVERIFY2(!QFile::exists(out), "no report, so no file");
            QVERIFY2(run.out.contains(QLatin1String("No one besides the host")), qPrintable(run.out));
        } else {
            const QByteArray written = fileBytes(out);
            QVERIFY2(written == expected, qPrintable(describe(expected, written)));
            QVERIFY2(run.out.contains(QLatin1String("attendee")), qPrintable(run.out));
        }
        QCOMPARE(QDir(ctl.home()).entryList(QDir::Files).size(), noReport ? 0 : 1); // no temporary file left
    }
};

QTEST_GUILESS_MAIN(TestReportGolden)
#include "tst_reportgolden.moc"
