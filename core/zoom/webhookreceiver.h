// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractHttpServer;
class QHttpServerRequest;
class QSslConfiguration;
class QTcpSocket;
QT_END_NAMESPACE

namespace Roomdesk {

class Database;
class RequestSizeGuard;
class WebhookInbox;

struct WebhookReceiverOptions final
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    QString path = QStringLiteral("/zoom/webhook");
    // PEM (or DER) files; both or neither. With them the endpoint speaks HTTPS only.
    QString certificateFile;
    QString keyFile;
    // Zoom states no replay window (ZOOM_API_FACTS §6.1); five minutes either way is the
    // common choice and tolerates a desktop clock a little off.
    qint64 maxSkewSeconds = 300;
    // Zoom's largest events are recording.completed with one entry per file and per
    // participant's audio track: a few hundred participants stay well under 200 KiB. 512 KiB
    // leaves room for that while bounding what one connection can make us hold (Qt keeps a
    // request twice in memory while parsing it).
    qint64 maxBodyBytes = 512LL * 1024;
    // A connection must deliver its whole request within this time (Zoom sends at once), so
    // clients that connect and go quiet cannot hold connections open.
    int requestDeadlineMs = 10000;
    // Connections open at once; more are closed as they arrive.
    int maxConnections = 64;
};

// Zoom's webhook endpoint (DESIGN §5, ZOOM_API_FACTS §6): checks each request's signature over
// the raw body in constant time, refuses stale timestamps and oversized bodies, answers
// endpoint.url_validation and commits every other event to the inbox before answering 200,
// so an event Zoom considers delivered is never lost; a duplicate is answered 200 without
// being stored again (Zoom must not retry it).
//
// Order of refusals: wrong path 404, wrong method 405, no secret 503, too large 413 (or 431
// for an endless head, both before the body is read), missing, malformed, bad or stale
// signature 401, malformed body 400; a storage failure is 500 so that Zoom retries.
// Every connection carries one request and is closed after the answer.
//
// Threads: construct it anywhere, move it to a worker thread, then call listen() in that
// thread (e.g. QMetaObject::invokeMethod with Qt::BlockingQueuedConnection); it opens its own
// database connection there and does all disk and network work there. setSecret(), port()
// and endpointUrl() may be called from any thread. Destroy it in its thread (deleteLater).
class WebhookReceiver final : public QObject
{
    Q_OBJECT

public:
    WebhookReceiver(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    // Stores into a connection its owner keeps open on the receiver's thread (the backend's),
    // asked for when listening starts.
    using DatabaseSource = std::function<Result<Database *>()>;
    WebhookReceiver(DatabaseSource database, const Clock &clock, QObject *parent = nullptr);
    ~WebhookReceiver() override;
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

    // Opens the database and starts listening; a second call replaces the first.
    Result<void> listen(const WebhookReceiverOptions &options);
    // Stops listening and closes the database.
    void close();
    bool isListening() const { return port() != 0; }

    quint16 port() const { return m_port.load(); }
    // http(s)://address:port/path; 127.0.0.1 when listening on every address.
    QUrl endpointUrl() const;

    // The app's webhook Secret Token; empty means not configured (every request gets 503).
    // Thread-safe; takes effect with the next request.
    void setSecret(const QByteArray &secret);

signals:
    void validationAnswered(const QString &plainToken);
    void eventStored(qint64 id, const QString &event);
    void duplicateIgnored(const QString &event);
    void requestRefused(int status, const QString &reason);

private:
    class HttpServer;
    struct Answer;

    static Result<QSslConfiguration> tlsConfiguration(const QString &certificateFile, const QString &keyFile);
    Result<void> openDatabase();
    void watch(QTcpSocket *socket);
    void refuseEarly(QTcpSocket *socket, const RequestSizeGuard &guard);
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    Answer answer(const QHttpServerRequest &request);
    std::optional<Answer> refusalBeforeBody(const QByteArray &method, const QByteArray &path) const;
    void respond(QTcpSocket *socket, const Answer &answer, bool lingering);
    QByteArray secret() const;

    const QString m_databasePath;
    const DatabaseSource m_sharedDatabase;
    const Clock &m_clock;
    WebhookReceiverOptions m_options;
    std::unique_ptr<Database> m_database; // its own, unless shared

    std::unique_ptr<WebhookInbox> m_inbox;
    HttpServer *m_server = nullptr; // child
    std::atomic<quint16> m_port = 0;
    int m_openConnections = 0;
    mutable QMutex m_mutex; // guards m_secret and m_endpoint
    QByteArray m_secret;
    QUrl m_endpoint;
};

} // namespace Roomdesk
