// SPDX-License-Identifier: GPL-3.0-or-later
#include "options/argumentparser.h"

#include <QTest>

using namespace Roomdesk;

class TestArgumentParser final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QStringList>("positional");

        const QString none;
        QTest::newRow("empty") << QStringList {} << none << none << false << QStringList {};
        QTest::newRow("value separate") << QStringList {"--email", "a@b.org"} << none << "a@b.org" << false
                                        << QStringList {};
        QTest::newRow("value inline") << QStringList {"--email=a@b.org", "--active"} << none << "a@b.org" << true
                                      << QStringList {};
        QTest::newRow("inline empty value") << QStringList {"--email="} << none << "" << false << QStringList {};
        QTest::newRow("short flag") << QStringList {"-a", "x"} << none << none << true << QStringList {"x"};
        QTest::newRow("positional mixed")
            << QStringList {"one", "--active", "two"} << none << none << true << QStringList {"one", "two"};
        QTest::newRow("double dash ends options")
            << QStringList {"--", "--active", "-x"} << none << none << false << QStringList {"--active", "-x"};
        QTest::newRow("single dash is positional") << QStringList {"-"} << none << none << false << QStringList {"-"};
        QTest::newRow("value starting with dash")
            << QStringList {"--email", "--active"} << none << "--active" << false << QStringList {};
        QTest::newRow("unknown long") << QStringList {"--bogus"} << "usage.unknown_option" << none << false
                                      << QStringList {};
        QTest::newRow("unknown short") << QStringList {"-z"} << "usage.unknown_option" << none << false
                                       << QStringList {};
        QTest::newRow("missing value") << QStringList {"--email"} << "usage.missing_value" << none << false
                                       << QStringList {};
        QTest::newRow("flag with value") << QStringList {"--active=yes"} << "usage.unexpected_value" << none << false
                                         << QStringList {};
    }

    void parses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errorCode);
        QFETCH(QString, email);
        QFETCH(bool, active);
        QFETCH(QStringList, positional);

        const ArgumentParser parser({{"email", "E", "The e-mail"}, {"active", {}, "Active", "a"}});
        auto parsed = parser.parse(arguments);
        if (!errorCode.isEmpty()) {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, errorCode);
            QVERIFY(!parsed.error().message.isEmpty());
            return;
        }
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().value("email"), email);
        QCOMPARE(parsed.value().isSet("email"), !email.isNull());
        QCOMPARE(parsed.value().isSet("active"), active);
        QCOMPARE(parsed.value().positional(), positional);
    }

    void repeatedOptionsKeepEveryValue()
    {
        const ArgumentParser parser({{"tag", "T", "A tag"}});
        auto parsed = parser.parse({"--tag", "a", "--tag=b"});
        QVERIFY(parsed);
        QCOMPARE(parsed.value().values("tag"), (QStringList {"a", "b"}));
    }

    void integersAreCheckedAgainstTheirRange()
    {
        const ArgumentParser parser({{"prep", "M", "Minutes"}});
        for (const auto &[text, valid] :
             {std::pair {"15", true}, std::pair {" 0 ", true}, std::pair {"1440", true}, std::pair {"1441", false},
              std::pair {"-1", false}, std::pair {"1.5", false}, std::pair {"ten", false}, std::pair {"", false}}) {
            auto parsed = parser.parse({QStringLiteral("--prep"), QLatin1String(text)});
            QVERIFY(parsed);
            const auto value = ArgumentParser::integer(parsed.value(), QStringLiteral("prep"), 0, 1440);
            QVERIFY2(value.ok() == valid, text);
            if (valid)
                QCOMPARE(value.value(), QString::fromLatin1(text).trimmed().toLongLong());
            else
                QVERIFY(value.error().message.contains(QStringLiteral("--prep")) &&
                        value.error().message.contains(QStringLiteral("1440")));
        }
    }

    void helpTextAlignsColumns()
    {
        const ArgumentParser parser({{"db", "PATH", "Database"}, {"help", {}, "Help", "h"}});
        const QStringList lines = parser.helpText().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).indexOf("Database"), lines.at(1).indexOf("Help"));
        QVERIFY(lines.at(1).contains("-h, --help"));
    }
};

QTEST_GUILESS_MAIN(TestArgumentParser)
#include "tst_argumentparser.moc"
