// SPDX-License-Identifier: GPL-3.0-or-later
// Group links checked per platform (DESIGN §4): real join links pass, lookalikes, other
// schemes, credentials, ports, wrong shapes and empty links are refused with the reason.
#include "groups/linkvalidator.h"

#include <QTest>

using namespace Roomdesk;

class TestLinkValidator final : public QObject
{
    Q_OBJECT

private slots:
    void links_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason"); // a part of the refusal
        const auto row = [](const char *name, const char *platform, const QString &link, bool valid,
                            const char *reason = "") {
            QTest::newRow(name) << QString::fromLatin1(platform) << link << valid << QString::fromUtf8(reason);
        };
        // Zoom, custom links
        row("zoom vanity", "zoom-custom", QStringLiteral("https://us02web.zoom.us/j/85746354321?pwd=abc"), true);
        row("zoom bare", "zoom-custom", QStringLiteral("https://zoom.us/j/123456789"), true);
        row("zoom personal", "zoom-custom", QStringLiteral("https://zoom.us/my/aula.magna"), true);
        row("zoomgov", "zoom-custom", QStringLiteral("https://university.zoomgov.com/j/1234567890"), true);
        row("zoom spaces", "zoom-custom", QStringLiteral("  https://zoom.us/j/123456789  "), true);
        row("zoom upper host", "zoom-custom", QStringLiteral("https://ZOOM.US/j/123456789"), true);
        row("zoom http", "zoom-custom", QStringLiteral("http://zoom.us/j/123456789"), false, "https");
        row("zoom app scheme", "zoom-custom", QStringLiteral("zoommtg://zoom.us/join?confno=123456789"), false,
            "https");
        row("zoom lookalike suffix", "zoom-custom", QStringLiteral("https://zoom.us.evil.example/j/123456789"), false,
            "Lookalike");
        row("zoom lookalike prefix", "zoom-custom", QStringLiteral("https://evilzoom.us/j/123456789"), false,
            "Lookalike");
        row("zoom hyphen", "zoom-custom", QStringLiteral("https://zoom-us.com/j/123456789"), false, "Lookalike");
        row("zoom homograph", "zoom-custom", QStringLiteral("https://zооm.us/j/123456789"), false, "Lookalike");
        row("zoom credentials", "zoom-custom", QStringLiteral("https://zoom.us@evil.example/j/123456789"), false,
            "user name");
        row("zoom port", "zoom-custom", QStringLiteral("https://zoom.us:8443/j/123456789"), false, "port");
        row("zoom short id", "zoom-custom", QStringLiteral("https://zoom.us/j/12345"), false, "join link");
        row("zoom other path", "zoom-custom", QStringLiteral("https://zoom.us/signin"), false, "join link");
        row("zoom webinar path", "zoom-custom", QStringLiteral("https://zoom.us/w/81234567890"), false, "join link");
        row("zoom empty", "zoom-custom", QString(), false, "needs a link");
        row("not a url", "zoom-custom", QStringLiteral("zoom meeting 123"), false, "not a web address");
        // Zoom webinars
        row("webinar w", "zoom-webinar", QStringLiteral("https://example.zoom.us/w/81234567890?tk=x"), true);
        row("webinar j", "zoom-webinar", QStringLiteral("https://zoom.us/j/81234567890"), true);
        row("webinar personal", "zoom-webinar", QStringLiteral("https://zoom.us/my/aula"), false, "join link");
        // Google Meet
        row("meet", "google-meet", QStringLiteral("https://meet.google.com/abc-defg-hij"), true);
        row("meet query", "google-meet", QStringLiteral("https://meet.google.com/abc-defg-hij?authuser=1"), true);
        row("meet subdomain", "google-meet", QStringLiteral("https://evil.meet.google.com/abc-defg-hij"), false,
            "Lookalike");
        row("meet lookalike", "google-meet", QStringLiteral("https://meet-google.com/abc-defg-hij"), false,
            "Lookalike");
        row("meet google.com", "google-meet", QStringLiteral("https://google.com/abc-defg-hij"), false, "Lookalike");
        row("meet shape", "google-meet", QStringLiteral("https://meet.google.com/abcdefghij"), false, "join link");
        row("meet zoom link", "google-meet", QStringLiteral("https://zoom.us/j/123456789"), false, "Lookalike");
        // Telegram
        row("telegram videochat", "telegram", QStringLiteral("https://t.me/curso_fisica?videochat"), true);
        row("telegram invite", "telegram", QStringLiteral("https://t.me/+AbCdEfGh123"), true);
        row("telegram joinchat", "telegram", QStringLiteral("https://telegram.me/joinchat/AbCdEfGh123"), true);
        row("telegram lookalike", "telegram", QStringLiteral("https://t.me.evil.example/curso_fisica"), false,
            "Lookalike");
        row("telegram tg scheme", "telegram", QStringLiteral("tg://resolve?domain=curso"), false, "https");
        row("telegram short name", "telegram", QStringLiteral("https://t.me/abc"), false, "join link");
        // Microsoft Teams
        row("teams meetup", "teams",
            QStringLiteral("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA%40thread.v2/0?context=%7b%7d"),
            true);
        row("teams meet", "teams", QStringLiteral("https://teams.microsoft.com/meet/2234567890123?p=abc"), true);
        row("teams live", "teams", QStringLiteral("https://teams.live.com/meet/9876543210"), true);
        row("teams lookalike", "teams", QStringLiteral("https://teams.microsoft.com.evil.example/meet/123456"), false,
            "Lookalike");
        row("teams other", "teams", QStringLiteral("https://teams.microsoft.com/_#/calendarv2"), false, "join link");
        // The built-in room takes no link.
        row("builtin empty", "builtin", QString(), true);
        row("builtin with link", "builtin", QStringLiteral("https://zoom.us/j/123456789"), false, "needs no link");
    }

    void links()
    {
        QFETCH(QString, platform);
        QFETCH(QString, link);
        QFETCH(bool, valid);
        QFETCH(QString, reason);
        const auto which = LinkValidator::fromName(platform);
        QVERIFY(which);
        const auto checked = LinkValidator::check(*which, link);
        QVERIFY2(checked.ok() == valid, checked ? "accepted" : qPrintable(checked.error().message));
        if (!valid) {
            QCOMPARE(checked.error().code, QStringLiteral("link.invalid"));
            QVERIFY2(checked.error().message.contains(reason), qPrintable(checked.error().message));
        } else if (!link.isEmpty()) {
            QCOMPARE(checked.value().scheme(), QStringLiteral("https"));
            QCOMPARE(checked.value().host(), checked.value().host().toLower());
        }
    }

    void namesRoundTrip()
    {
        QCOMPARE(LinkValidator::names().size(), 6);
        for (const QString &name : LinkValidator::names())
            QCOMPARE(LinkValidator::name(*LinkValidator::fromName(name)), name);
        QVERIFY(!LinkValidator::fromName(QStringLiteral("skype")));
        // Every example link of a platform is valid for it.
        for (const QString &name : LinkValidator::names()) {
            const LinkPlatform platform = *LinkValidator::fromName(name);
            if (platform == LinkPlatform::Builtin || platform == LinkPlatform::Teams)
                continue; // the Teams example is abbreviated
            QString example = LinkValidator::example(platform);
            example.replace(QStringLiteral("…"), QStringLiteral("x"));
            QVERIFY2(LinkValidator::check(platform, example), qPrintable(example));
        }
    }
};

QTEST_GUILESS_MAIN(TestLinkValidator)
#include "tst_linkvalidator.moc"
