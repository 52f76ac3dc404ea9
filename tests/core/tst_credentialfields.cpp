// SPDX-License-Identifier: GPL-3.0-or-later
// What an administrator pastes from the Zoom App Marketplace: cleaned up, then checked, with
// a reason for every refusal.
#include "i18n/languagemanager.h"
#include "zoom/credentialfields.h"

#include <QTest>

using namespace Roomdesk;
using Field = CredentialFields::Field;

Q_DECLARE_METATYPE(Field)

class TestCredentialFields final : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;

private slots:
    void initTestCase()
    {
        // English plural forms come from roomdesk_en.qm, as in the application.
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void normalizesPastedText_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "abcDEF123_-xyz0000000"
                               << "abcDEF123_-xyz0000000";
        QTest::newRow("spaces and newline") << "  abcdefghijklmnop\n"
                                            << "abcdefghijklmnop";
        QTest::newRow("double quotes") << "\"abcdefghijklmnop\""
                                       << "abcdefghijklmnop";
        QTest::newRow("guillemets") << QStringLiteral("«abcdefghijklmnop»") << "abcdefghijklmnop";
        QTest::newRow("curly quotes and space") << QStringLiteral("“ abcdefghijklmnop ”") << "abcdefghijklmnop";
        QTest::newRow("zero-width and BOM")
            << QStringLiteral("\uFEFFabcdefgh\u200Bijklmnop\u2060") << "abcdefghijklmnop";
        QTest::newRow("inner space kept") << "abc def"
                                          << "abc def";
        QTest::newRow("unbalanced quote kept") << "\"abc"
                                               << "\"abc";
        QTest::newRow("empty") << "  \t "
                               << "";
    }

    void normalizesPastedText()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, expected);
        QCOMPARE(CredentialFields::normalized(pasted), expected);
    }

    void checksShapes_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("account id") << Field::AccountId << "Mo60sacU1RGt2b4vbya-jg"
                                    << "";
        QTest::newRow("client id") << Field::ClientId << "Z4QnmHdIxCuM_zpU-G6HJg"
                                   << "";
        QTest::newRow("client secret") << Field::ClientSecret << "585W6cXNpEPsTV0w7ZpUjp9uWdRuj-Fz"
                                       << "";
        QTest::newRow("secret token") << Field::WebhookSecretToken << "qgg8vlvZRS6UYooatFL8Aw"
                                      << "";
        QTest::newRow("empty") << Field::AccountId << ""
                               << "Paste the Account ID";
        QTest::newRow("url") << Field::ClientId << "https://marketplace.zoom.us/develop"
                             << "is an address";
        QTest::newRow("www") << Field::ClientId << "www.zoom.us"
                             << "is an address";
        QTest::newRow("e-mail") << Field::AccountId << "admin@universidad.example"
                                << "e-mail";
        QTest::newRow("two values") << Field::ClientSecret << "585W6cXNpEPsTV0w 7ZpUjp9uWdRuj-Fz"
                                    << "space";
        QTest::newRow("tab") << Field::ClientSecret << "585W6cXNpEPsTV0w\t7ZpUjp9uWdRuj-Fz"
                             << "space";
        QTest::newRow("cyrillic lookalike")
            << Field::AccountId << QStringLiteral("Mo60sacU1RGt2b4vbyа-jg") << QStringLiteral("contains “а”");
        QTest::newRow("colon") << Field::ClientId << "Client:Z4QnmHdIxCuM" << QStringLiteral("contains “:”");
        QTest::newRow("too short") << Field::ClientId << "Z4QnmHdIx"
                                   << "too short (9 characters)";
        QTest::newRow("one short") << Field::ClientId << "Z4QnmHdIxCuMzpU"
                                   << "too short (15 characters)";
        QTest::newRow("shortest") << Field::ClientId << "Z4QnmHdIxCuMzpUx"
                                  << "";
        QTest::newRow("longest id") << Field::AccountId << QString(64, QLatin1Char('a')) << "";
        QTest::newRow("too long id") << Field::AccountId << QString(65, QLatin1Char('a')) << "too long (65 characters)";
        QTest::newRow("too long secret") << Field::ClientSecret << QString(129, QLatin1Char('a')) << "too long";
    }

    void checksShapes()
    {
        QFETCH(Field, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const std::optional<QString> found = CredentialFields::problem(field, value);
        if (problem.isEmpty()) {
            QVERIFY2(!found, qPrintable(found.value_or(QString())));
        } else {
            QVERIFY(found);
            QVERIFY2(found->contains(problem), qPrintable(*found));
        }
    }

    void catchesTheSameValueTwice()
    {
        QVERIFY(
            CredentialFields::crossProblem(QStringLiteral("SameValueSameValue"), QStringLiteral("SameValueSameValue")));
        QVERIFY(
            !CredentialFields::crossProblem(QStringLiteral("AccountAccount00"), QStringLiteral("ClientClient0000")));
        QVERIFY(!CredentialFields::crossProblem(QString(), QString()));
    }

    void parsesBaseUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("zoom.us") << "zoom.us"
                                 << "https://zoom.us";
        QTest::newRow("https slash") << "https://zoom.us/"
                                     << "https://zoom.us";
        QTest::newRow("zoomgov") << " https://zoomgov.com "
                                 << "https://zoomgov.com";
        QTest::newRow("sandbox") << "http://127.0.0.1:18555"
                                 << "http://127.0.0.1:18555";
        QTest::newRow("localhost") << "http://localhost:9000/"
                                   << "http://localhost:9000";
        QTest::newRow("api host") << "https://api.zoom.us"
                                  << "";
        QTest::newRow("plain http") << "http://zoom.us"
                                    << "";
        QTest::newRow("path") << "https://zoom.us/oauth/token"
                              << "";
        QTest::newRow("query") << "https://zoom.us/?x=1"
                               << "";
        QTest::newRow("user") << "https://admin@zoom.us"
                              << "";
        QTest::newRow("ftp") << "ftp://zoom.us"
                             << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("spaces") << "zoom us"
                                << "";
    }

    void parsesBaseUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Result<QUrl> url = CredentialFields::parseBaseUrl(text);
        if (expected.isEmpty()) {
            QVERIFY2(!url, qPrintable(url ? url.value().toString() : QString()));
            QVERIFY(!url.error().message.isEmpty());
        } else {
            QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
            QCOMPARE(url.value().toString(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialFields)
#include "tst_credentialfields.moc"
