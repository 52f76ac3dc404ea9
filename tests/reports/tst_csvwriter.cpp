// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as Excel and LibreOffice read it: quoting, formula neutralisation, BOM, delimiter by
// locale, atomic files; every table is read back with Roomdesk's own RFC 4180 reader.
#include "csv/csvreader.h"
#include "reports/csvwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Roomdesk;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void fields_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("isText");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "Lucía Fernández" << true << "Lucía Fernández";
        QTest::newRow("Cyrillic") << "Дмитрий Соколов" << true << "Дмитрий Соколов";
        QTest::newRow("comma") << "Ruiz, Carmen" << true << "\"Ruiz, Carmen\"";
        QTest::newRow("semicolon with comma delimiter") << "a;b" << true << "a;b";
        QTest::newRow("quotes") << "Ana \"la jefa\"" << true << "\"Ana \"\"la jefa\"\"\"";
        QTest::newRow("line break") << "dos\nlíneas" << true << "\"dos\nlíneas\"";
        QTest::newRow("formula =") << "=HYPERLINK(\"x\")" << true << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("formula +") << "+34 600" << true << "'+34 600";
        QTest::newRow("formula -") << "-2+3" << true << "'-2+3";
        QTest::newRow("formula @") << "@SUM(A1)" << true << "'@SUM(A1)";
        QTest::newRow("formula tab") << "\tx" << true << "'\tx";
        QTest::newRow("formula CR") << "\rx" << true << "\"'\rx\"";
        QTest::newRow("number stays a number") << "-5" << false << "-5";
        QTest::newRow("time with offset") << "2026-03-02T09:30:00+01:00" << false << "2026-03-02T09:30:00+01:00";
        QTest::newRow("empty") << "" << true << "";
        QTest::newRow("inner equals") << "a=b" << true << "a=b";
        QTest::newRow("edge spaces") << " x " << true << "\" x \"";
        // Long cells are looked through sixteen bytes at a time.
        QTest::newRow("long plain") << "María de los Ángeles Castillo" << true << "María de los Ángeles Castillo";
        QTest::newRow("comma after sixteen bytes")
            << "Fernández Castillo, María" << true << "\"Fernández Castillo, María\"";
        QTest::newRow("quote at the end of a long cell")
            << "María de los Ángeles \"Marieta\"" << true << "\"María de los Ángeles \"\"Marieta\"\"\"";
        QTest::newRow("line break in the last bytes")
            << "first line of the note\nsecond" << true << "\"first line of the note\nsecond\"";
    }

    void fields()
    {
        QFETCH(QString, input);
        QFETCH(bool, isText);
        QFETCH(QString, written);
        CsvWriter csv;
        isText ? csv.text(input) : csv.value(input);
        csv.endRow();
        QCOMPARE(QString::fromUtf8(csv.data()), written + QStringLiteral("\r\n"));
    }

    // A delimiter of two bytes in UTF-8: only the whole of it calls for quotes.
    void twoByteDelimiter()
    {
        CsvWriter csv(QChar(u'§'));
        csv.text(QStringLiteral("0123456789abcdefª"))
            .text(QStringLiteral("0123456789abcdef§x"))
            .text(QStringLiteral("ª§"));
        csv.endRow();
        QCOMPARE(QString::fromUtf8(csv.data()), QStringLiteral("0123456789abcdefª§\"0123456789abcdef§x\"§\"ª§\"\r\n"));
    }

    void readsBackWithEitherDelimiter_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QChar(',');
        QTest::newRow("semicolon") << QChar(';');
    }

    void readsBackWithEitherDelimiter()
    {
        QFETCH(QChar, delimiter);
        const QStringList header = {"name", "email", "duration"};
        const QStringList row = {"Ruiz; Carmen, \"Dra.\"", "carmen@uni.example", "dos\r\nlíneas"};
        CsvWriter csv(delimiter, true);
        for (const QString &h : header)
            csv.value(h);
        csv.endRow();
        for (const QString &f : row)
            csv.text(f);
        csv.endRow();
        QVERIFY(csv.data().startsWith("\xEF\xBB\xBF"));
        auto parsed = CsvReader::parse(csv.data());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().size(), 2);
        QCOMPARE(parsed.value().at(0).fields, header);
        QCOMPARE(parsed.value().at(1).fields, row);
    }

    void delimiterFollowsTheLocale()
    {
        QCOMPARE(CsvWriter::defaultDelimiter(QLocale(QLocale::Spanish, QLocale::Spain)), QChar(';'));
        QCOMPARE(CsvWriter::defaultDelimiter(QLocale(QLocale::Russian, QLocale::Russia)), QChar(';'));
        QCOMPARE(CsvWriter::defaultDelimiter(QLocale(QLocale::English, QLocale::UnitedStates)), QChar(','));
        QCOMPARE(CsvWriter::defaultDelimiter(QLocale(QLocale::Spanish, QLocale::Mexico)), QChar(','));
    }

    void filesAreWholeOrAbsent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        CsvWriter csv;
        csv.text(QStringLiteral("nuevo")).endRow();
        QVERIFY(csv.save(path));
        QFile reread(path);
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QCOMPARE(reread.readAll(), QByteArray("nuevo\r\n"));

        const auto refused = csv.save(dir.filePath(QStringLiteral("missing/folder/report.csv")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("csv.write"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/folder/report.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
