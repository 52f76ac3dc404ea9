// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookreceiver.h"

#include "net/httpwords.h"
#include "requestsizeguard.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "webhookinbox.h"
#include "webhooksignature.h"

#include <QAbstractHttpServer>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <functional>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcReceiver, "roomdesk.core.zoom.webhooks", QtInfoMsg)

// After refusing a request early, the rest of what the client sends is read and dropped for
// this long before closing, so that the client sees the answer rather than a reset.
constexpr int kLingerMs = 1000;
// Qt waits this long for a storage lock; under Zoom's 3 s, so a busy database is a 500 that
// Zoom retries, not a timeout.
constexpr int kBusyTimeoutMs = 2000;
// Zoom's headers are a few hundred bytes; 16 KiB is what common servers allow.
constexpr qint64 kMaxHeadBytes = 16LL * 1024;
// x-zm-request-id is an identifier, not a place for unbounded text.
constexpr qsizetype kMaxRequestIdLength = 128;

QByteArray errorBody(const char *code)
{
    return QByteArray::fromStdString(nlohmann::json({{"error", code}}).dump());
}

// A TCP (or TLS) server that lets the receiver watch each connection's bytes before Qt's
// HTTP server sees them: the receiver's readyRead handler is connected first, so it runs first.
template<typename Base>
class WatchedServer final : public Base
{
public:
    WatchedServer(std::function<void(QTcpSocket *)> watch, QObject *parent)
        : Base(parent)
        , m_watch(std::move(watch))
    {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket)
            m_watch(socket);
        return socket;
    }

private:
    std::function<void(QTcpSocket *)> m_watch;
};

} // namespace

Result<QSslConfiguration> WebhookReceiver::tlsConfiguration(const QString &certificateFile, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return Error {QStringLiteral("webhook.tls_unavailable"),
                      tr("HTTPS is not available: Qt found no TLS library on this system.")};
    QFile certificate(certificateFile);
    if (!certificate.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("webhook.tls_certificate"),
                      tr("The certificate file “%1” cannot be read: %2")
                          .arg(QDir::toNativeSeparators(certificateFile), certificate.errorString())};
    const QByteArray certificateBytes = certificate.readAll();
    QList<QSslCertificate> chain = QSslCertificate::fromData(certificateBytes, QSsl::Pem);
    if (chain.isEmpty())
        chain = QSslCertificate::fromData(certificateBytes, QSsl::Der);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return Error {QStringLiteral("webhook.tls_certificate"),
                      tr("“%1” holds no certificate Roomdesk can read (PEM or DER expected).")
                          .arg(QDir::toNativeSeparators(certificateFile))};

    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("webhook.tls_key"),
                      tr("The private key file “%1” cannot be read: %2")
                          .arg(QDir::toNativeSeparators(keyFile), key.errorString())};
    const QByteArray keyBytes = key.readAll();
    QSslKey privateKey;
    for (const QSsl::EncodingFormat format : {QSsl::Pem, QSsl::Der}) {
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            if (privateKey.isNull())
                privateKey = QSslKey(keyBytes, algorithm, format, QSsl::PrivateKey);
        }
    }
    if (privateKey.isNull())
        return Error {QStringLiteral("webhook.tls_key"),
                      tr("“%1” holds no unencrypted private key Roomdesk can read (RSA, EC or DSA; PEM or DER).")
                          .arg(QDir::toNativeSeparators(keyFile))};

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(privateKey);
    configuration.setProtocol(QSsl::TlsV1_2OrLater); // Zoom requires TLS 1.2 or later
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return configuration;
}

// What the receiver answers to one request, and what it tells its listeners.
struct WebhookReceiver::Answer final
{
    enum class Kind { Refused, Validated, Stored, Duplicate };
    Kind kind = Kind::Refused;
    int status = 200;
    QByteArray body; // JSON
    QString detail; // Refused: the translated reason; Validated: the plainToken; else the event
    qint64 id = 0;

    static Answer refused(int status, const char *code, QString reason)
    {
        return {Kind::Refused, status, errorBody(code), std::move(reason), 0};
    }
};

class WebhookReceiver::HttpServer final : public QAbstractHttpServer
{
public:
    explicit HttpServer(WebhookReceiver *receiver)
        : QAbstractHttpServer(receiver)
        , m_receiver(receiver)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        return m_receiver->handleRequest(request, socket);
    }
    // Never called: handleRequest() answers every request itself.
    void missingHandler(const QHttpServerRequest & /*request*/, QTcpSocket * /*socket*/) override {}

private:
    WebhookReceiver *m_receiver;
};

WebhookReceiver::WebhookReceiver(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
{}

WebhookReceiver::WebhookReceiver(DatabaseSource database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_sharedDatabase(std::move(database))
    , m_clock(clock)
{}

WebhookReceiver::~WebhookReceiver()
{
    close();
}

void WebhookReceiver::setSecret(const QByteArray &secret)
{
    const QMutexLocker locker(&m_mutex);
    m_secret = secret;
}

QByteArray WebhookReceiver::secret() const
{
    const QMutexLocker locker(&m_mutex);
    return m_secret;
}

QUrl WebhookReceiver::endpointUrl() const
{
    const QMutexLocker locker(&m_mutex);
    return m_endpoint;
}

void WebhookReceiver::close()
{
    if (m_server) {
        delete m_server; // its servers and connections with it
        m_server = nullptr;
        qCInfo(lcReceiver) << "Stopped listening for webhooks";
    }
    m_port.store(0);
    {
        const QMutexLocker locker(&m_mutex);
        m_endpoint.clear();
    }
    m_inbox.reset();
    m_database.reset();
}

Result<void> WebhookReceiver::openDatabase()
{
    Database *database = nullptr;
    if (m_sharedDatabase) {
        auto shared = m_sharedDatabase();
        if (!shared)
            return shared.error();
        database = shared.value();
    } else {
        DatabaseOptions options;
        options.busyTimeoutMs = kBusyTimeoutMs;
        auto opened = Database::open(m_databasePath, options);
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
        database = m_database.get();
    }
    // NORMAL (the default) survives a crash of this process but may lose the last commits
    // on power loss; an event acknowledged to Zoom must survive that too.
    if (auto result = SqlStatement(database->connection(), QStringLiteral("PRAGMA synchronous = FULL")).exec();
        !result) {
        m_database.reset();
        return result;
    }
    m_inbox = std::make_unique<WebhookInbox>(*database, m_clock);
    return {};
}

Result<void> WebhookReceiver::listen(const WebhookReceiverOptions &options)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "WebhookReceiver::listen",
               "call listen() in the thread the receiver lives in");
    close();
    if (!options.path.startsWith(QLatin1Char('/')))
        return Error {QStringLiteral("webhook.options"), tr("The webhook path must start with “/”.")};
    if (options.maxBodyBytes <= 0 || options.maxSkewSeconds < 0 || options.requestDeadlineMs <= 0 ||
        options.maxConnections <= 0)
        return Error {QStringLiteral("webhook.options"),
                      tr("The largest body must be at least one byte and the allowed clock difference cannot be "
                         "negative.")};
    const bool tls = !options.certificateFile.isEmpty() || !options.keyFile.isEmpty();
    QSslConfiguration tlsSetup;
    if (tls) {
        if (options.certificateFile.isEmpty() || options.keyFile.isEmpty())
            return Error {QStringLiteral("webhook.options"),
                          tr("HTTPS needs both a certificate file and a private key file.")};
        auto configuration = tlsConfiguration(options.certificateFile, options.keyFile);
        if (!configuration)
            return configuration.error();
        tlsSetup = configuration.value();
    }
    if (auto opened = openDatabase(); !opened)
        return opened;

    m_options = options;
    m_server = new HttpServer(this);
    const auto watchSocket = [this](QTcpSocket *socket) { watch(socket); };
    QTcpServer *tcp = nullptr;
    if (tls) {
        // QAbstractHttpServer::sslSetup() only applies to the servers its own listen() creates,
        // which cannot be watched; a QSslServer with the same configuration can.
        auto *sslServer = new WatchedServer<QSslServer>(watchSocket, m_server);
        sslServer->setSslConfiguration(tlsSetup);
        tcp = sslServer;
    } else {
        tcp = new WatchedServer<QTcpServer>(watchSocket, m_server);
    }
    if (!tcp->listen(options.address, options.port)) {
        const QString reason = tcp->errorString();
        close();
        return Error {QStringLiteral("webhook.listen"),
                      tr("Cannot listen for webhooks on %1 port %2: %3")
                          .arg(options.address.toString())
                          .arg(options.port)
                          .arg(reason)};
    }
    m_server->bind(tcp);
    m_port.store(tcp->serverPort());

    QUrl endpoint;
    endpoint.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    const bool anyAddress =
        options.address.isEqual(QHostAddress(QHostAddress::Any), QHostAddress::ConvertUnspecifiedAddress);
    endpoint.setHost(anyAddress ? QStringLiteral("127.0.0.1") : options.address.toString());
    endpoint.setPort(tcp->serverPort());
    endpoint.setPath(options.path);
    {
        const QMutexLocker locker(&m_mutex);
        m_endpoint = endpoint;
    }
    qCInfo(lcReceiver) << "Listening for webhooks at" << endpoint.toString();
    return {};
}

void WebhookReceiver::watch(QTcpSocket *socket)
{
    if (m_openConnections >= m_options.maxConnections) {
        qCWarning(lcReceiver) << "Too many open connections; closing a new one";
        socket->abort();
        return;
    }
    ++m_openConnections;
    connect(socket, &QObject::destroyed, this, [this] { --m_openConnections; });
    // Slow or silent clients are cut off; Zoom delivers a request in milliseconds.
    QTimer::singleShot(m_options.requestDeadlineMs, socket, [socket] {
        qCInfo(lcReceiver) << "A connection did not deliver its request in time; closing it";
        socket->abort();
    });
    auto guard = std::make_shared<RequestSizeGuard>(m_options.maxBodyBytes, kMaxHeadBytes);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, guard] {
        // Qt's server has read everything it was offered before: what is available is new.
        if (guard->feed(socket->peek(socket->bytesAvailable())) != RequestSizeGuard::Verdict::Within)
            refuseEarly(socket, *guard);
    });
}

void WebhookReceiver::refuseEarly(QTcpSocket *socket, const RequestSizeGuard &guard)
{
    // From now on the rest of the request is dropped unread: Qt's server stops seeing it.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    const auto drop = [socket] {
        if (socket->isTransactionStarted())
            socket->commitTransaction(); // Qt's parser kept what it read so far; free it
        socket->skip(socket->bytesAvailable());
    };
    connect(socket, &QTcpSocket::readyRead, socket, drop);
    drop();

    Answer refusal;
    if (auto before = guard.headComplete() ? refusalBeforeBody(guard.method(), guard.path()) : std::nullopt)
        refusal = *before;
    else if (guard.verdict() == RequestSizeGuard::Verdict::HeadTooLarge)
        refusal = Answer::refused(431, "head_too_large",
                                  tr("The request's headers are larger than %1 bytes.").arg(kMaxHeadBytes));
    else
        refusal =
            Answer::refused(413, "too_large",
                            tr("The request's body is larger than the limit of %1 bytes.").arg(m_options.maxBodyBytes));
    respond(socket, refusal, true);
}

std::optional<WebhookReceiver::Answer> WebhookReceiver::refusalBeforeBody(const QByteArray &method,
                                                                          const QByteArray &path) const
{
    if (QString::fromUtf8(QByteArray::fromPercentEncoding(path)) != m_options.path)
        return Answer::refused(404, "not_found", tr("Nothing is served at “%1”.").arg(QString::fromUtf8(path)));
    if (method != "POST")
        return Answer::refused(405, "method_not_allowed",
                               tr("Zoom sends webhooks with POST, not %1.").arg(QString::fromLatin1(method)));
    if (secret().isEmpty())
        return Answer::refused(503, "no_secret", tr("No webhook Secret Token is set, so no request can be verified."));
    return std::nullopt;
}

bool WebhookReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(socket, answer(request), false);
    return true;
}

WebhookReceiver::Answer WebhookReceiver::answer(const QHttpServerRequest &request)
{
    if (auto refusal =
            refusalBeforeBody(Http::methodName(request.method()), request.url().path(QUrl::FullyEncoded).toUtf8()))
        return *refusal;
    const QByteArray body = request.body();
    if (body.size() > m_options.maxBodyBytes) // the guard refuses these earlier; kept as a backstop
        return Answer::refused(
            413, "too_large",
            tr("The request's body is larger than the limit of %1 bytes.").arg(m_options.maxBodyBytes));

    const QByteArray timestamp = request.value("x-zm-request-timestamp");
    const QByteArray signature = request.value("x-zm-signature");
    if (timestamp.isEmpty() || signature.isEmpty())
        return Answer::refused(401, "missing_signature",
                               tr("The request has no x-zm-signature or x-zm-request-timestamp header."));
    const QByteArray key = secret();
    switch (WebhookSignature::verify(key, timestamp, signature, body, m_clock.nowUtc(), m_options.maxSkewSeconds)) {
    case WebhookSignature::Verdict::Valid:
        break;
    case WebhookSignature::Verdict::Malformed:
        return Answer::refused(401, "malformed_signature",
                               tr("The signature headers are malformed (a timestamp in seconds and “v0=…” "
                                  "expected)."));
    case WebhookSignature::Verdict::Stale:
        return Answer::refused(401, "stale",
                               tr("The request's timestamp is more than %1 s away from this computer's clock: "
                                  "a replay, or a clock that is off.")
                                   .arg(m_options.maxSkewSeconds));
    case WebhookSignature::Verdict::BadSignature:
        return Answer::refused(401, "bad_signature",
                               tr("The signature does not match: the request was not signed with this Secret "
                                  "Token, or it was altered."));
    }

    const auto json = nlohmann::json::parse(body.toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return Answer::refused(400, "malformed", tr("The body is not a JSON object."));
    const auto eventField = json.find("event");
    const auto tsField = json.find("event_ts");
    if (eventField == json.end() || !eventField->is_string() || eventField->get<std::string>().empty())
        return Answer::refused(400, "malformed", tr("The body has no “event” name."));
    if (tsField == json.end() || !tsField->is_number_integer())
        return Answer::refused(400, "malformed", tr("The body has no “event_ts” time in milliseconds."));
    const QString event = QString::fromStdString(eventField->get<std::string>());

    if (event == QLatin1String("endpoint.url_validation")) {
        const auto payload = json.find("payload");
        const bool hasToken = payload != json.end() && payload->is_object() && payload->contains("plainToken") &&
            (*payload)["plainToken"].is_string() && !(*payload)["plainToken"].get<std::string>().empty();
        if (!hasToken)
            return Answer::refused(400, "malformed", tr("The URL validation request has no “plainToken”."));
        const std::string plainToken = (*payload)["plainToken"].get<std::string>();
        const QByteArray encrypted = WebhookSignature::encryptedToken(key, QByteArray::fromStdString(plainToken));
        const nlohmann::ordered_json reply = {{"plainToken", plainToken}, {"encryptedToken", encrypted.toStdString()}};
        return {Answer::Kind::Validated, 200, QByteArray::fromStdString(reply.dump()),
                QString::fromStdString(plainToken), 0};
    }

    const QString requestId = QString::fromUtf8(request.value("x-zm-request-id").left(kMaxRequestIdLength));
    auto stored = m_inbox->store(body, event, tsField->get<qint64>(), requestId, m_clock.nowUtc());
    if (!stored) {
        qCWarning(lcReceiver) << "Webhook event" << event << "not stored:" << stored.error().message;
        return Answer::refused(
            500, "storage",
            tr("The event could not be stored (%1); Zoom will send it again.").arg(stored.error().message));
    }
    const bool duplicate = stored.value().kind == WebhookInbox::StoreOutcome::Kind::Duplicate;
    return {duplicate ? Answer::Kind::Duplicate : Answer::Kind::Stored, 200,
            duplicate ? QByteArrayLiteral(R"({"status":"duplicate"})") : QByteArrayLiteral(R"({"status":"stored"})"),
            event, stored.value().id};
}

void WebhookReceiver::respond(QTcpSocket *socket, const Answer &answer, bool lingering)
{
    const QString peer = socket->peerAddress().toString(); // before the socket closes
    // One request per connection: "Connection: close", then the socket is closed once the
    // answer is out, or after a grace period when the client may still be sending.
    QByteArray wire = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + Http::reasonPhrase(answer.status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
        "\r\nConnection: close\r\n";
    if (answer.status == 405)
        wire += "Allow: POST\r\n";
    wire += "\r\n" + answer.body;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->write(wire);
    socket->flush();
    if (lingering)
        QTimer::singleShot(kLingerMs, socket, [socket] { socket->disconnectFromHost(); });
    else
        socket->disconnectFromHost();

    switch (answer.kind) {
    case Answer::Kind::Refused:
        qCInfo(lcReceiver) << "Refused a request from" << peer << "with" << answer.status << answer.detail;
        emit requestRefused(answer.status, answer.detail);
        break;
    case Answer::Kind::Validated:
        qCInfo(lcReceiver) << "Answered Zoom's URL validation from" << peer;
        emit validationAnswered(answer.detail);
        break;
    case Answer::Kind::Stored:
        qCInfo(lcReceiver) << "Stored webhook event" << answer.detail << "as" << answer.id;
        emit eventStored(answer.id, answer.detail);
        break;
    case Answer::Kind::Duplicate:
        qCInfo(lcReceiver) << "Ignored a duplicate of webhook event" << answer.detail;
        emit duplicateIgnored(answer.detail);
        break;
    }
}

} // namespace Roomdesk
