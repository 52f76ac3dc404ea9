// SPDX-License-Identifier: GPL-3.0-or-later
// The size guard of the webhook receiver, fed the bytes of requests in pieces as a socket
// delivers them.
#include "zoom/requestsizeguard.h"

#include <QTest>

using namespace Roomdesk;
using Verdict = RequestSizeGuard::Verdict;

Q_DECLARE_METATYPE(RequestSizeGuard::Verdict)

class TestRequestSizeGuard final : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("pieceSize"); // bytes per feed() call
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<qint64>("declared");

        const QByteArray head = "POST /zoom/webhook?x=1 HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n";
        QTest::newRow("small") << head + "Content-Length: 2\r\n\r\n{}" << 1000 << Verdict::Within
                               << QByteArray("/zoom/webhook") << qint64(2);
        QTest::newRow("small byte by byte")
            << head + "Content-Length: 2\r\n\r\n{}" << 1 << Verdict::Within << QByteArray("/zoom/webhook") << qint64(2);
        QTest::newRow("exactly the limit") << head + "Content-Length: 100\r\n\r\n" + QByteArray(100, 'x') << 7
                                           << Verdict::Within << QByteArray("/zoom/webhook") << qint64(100);
        QTest::newRow("declared beyond, nothing sent")
            << head + "Content-Length: 52428800\r\n\r\n"
            << 1000 << Verdict::BodyTooLarge << QByteArray("/zoom/webhook") << qint64(52428800);
        QTest::newRow("header name in any case")
            << head + "CONTENT-LENGTH:   101\r\n\r\n"
            << 3 << Verdict::BodyTooLarge << QByteArray("/zoom/webhook") << qint64(101);
        QTest::newRow("two lengths, the larger counts")
            << head + "Content-Length: 2\r\nContent-Length: 500\r\n\r\n"
            << 1000 << Verdict::BodyTooLarge << QByteArray("/zoom/webhook") << qint64(500);
        QTest::newRow("declared small, sent more") << head + "Content-Length: 2\r\n\r\n" + QByteArray(101, 'x') << 10
                                                   << Verdict::BodyTooLarge << QByteArray("/zoom/webhook") << qint64(2);
        QTest::newRow("chunked beyond") << head + "Transfer-Encoding: chunked\r\n\r\n40\r\n" + QByteArray(64, 'x') +
                "\r\n40\r\n" + QByteArray(64, 'x') + "\r\n0\r\n\r\n"
                                        << 16 << Verdict::BodyTooLarge << QByteArray("/zoom/webhook") << qint64(-1);
        QTest::newRow("chunked within") << head + "Transfer-Encoding: chunked\r\n\r\n20\r\n" + QByteArray(32, 'x') +
                "\r\n0\r\n\r\n" << 16 << Verdict::Within
                                        << QByteArray("/zoom/webhook") << qint64(-1);
        QTest::newRow("bare line feeds") << QByteArray("POST /p HTTP/1.1\nContent-Length: 999\n\n") << 5
                                         << Verdict::BodyTooLarge << QByteArray("/p") << qint64(999);
        QTest::newRow("endless head") << "POST /p HTTP/1.1\r\nX-Long: " + QByteArray(20000, 'a') << 1000
                                      << Verdict::HeadTooLarge << QByteArray() << qint64(-1);
        QTest::newRow("endless head in one piece")
            << "POST /p HTTP/1.1\r\nX-Long: " + QByteArray(20000, 'a') + "\r\n\r\n"
            << 100000 << Verdict::HeadTooLarge << QByteArray() << qint64(-1);
        QTest::newRow("unreadable length is Qt's to refuse")
            << head + "Content-Length: lots\r\n\r\n"
            << 1000 << Verdict::Within << QByteArray("/zoom/webhook") << qint64(-1);
    }

    void verdicts()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, pieceSize);
        QFETCH(Verdict, verdict);
        QFETCH(QByteArray, path);
        QFETCH(qint64, declared);

        RequestSizeGuard guard(100, 16 * 1024);
        for (qsizetype at = 0; at < request.size(); at += pieceSize)
            guard.feed(QByteArrayView(request).sliced(at, std::min<qsizetype>(pieceSize, request.size() - at)));
        QCOMPARE(guard.verdict(), verdict);
        if (verdict != Verdict::HeadTooLarge) {
            QVERIFY(guard.headComplete());
            QCOMPARE(guard.path(), path);
            QCOMPARE(guard.declaredLength(), declared);
        }
    }

    void verdictStays()
    {
        RequestSizeGuard guard(10);
        QCOMPARE(guard.feed("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n"), Verdict::BodyTooLarge);
        QCOMPARE(guard.feed("x"), Verdict::BodyTooLarge);
        QCOMPARE(guard.method(), QByteArray("POST"));
        QCOMPARE(guard.bodyBytes(), 0); // counting stops once refused
    }
};

QTEST_GUILESS_MAIN(TestRequestSizeGuard)
#include "tst_requestsizeguard.moc"
