// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxhttpserver.h"

#include "net/httpwords.h"
#include "zoomsandbox.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcSandboxHttp, "roomdesk.core.sandbox.http", QtInfoMsg)

// Zoom's rule (ZOOM_API_FACTS §8): a meeting UUID that starts with "/" or holds "//" must be
// encoded twice; any other is encoded once, a "/" inside as %2F, and is found (that is what
// ZoomClient::segment() sends). The path is split at its real slashes
// and each segment decoded once; one that still holds escapes was encoded twice and is decoded
// again. A once-decoded value loses its leading "/" and has "//" merged into "/", as a gateway
// that merges slashes would: that reproduces the 404 Zoom answers when such a UUID is encoded
// only once (how Zoom's gateway arrives at it is not documented).
QStringList decodedSegments(const QUrl &url)
{
    QStringList segments = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &segment : segments) {
        QString once = QUrl::fromPercentEncoding(segment.toUtf8());
        if (once.contains(QLatin1Char('%'))) {
            segment = QUrl::fromPercentEncoding(once.toUtf8());
            continue;
        }
        while (once.contains(QLatin1String("//")))
            once.replace(QLatin1String("//"), QLatin1String("/"));
        if (once.startsWith(QLatin1Char('/')))
            once.remove(0, 1);
        segment = once;
    }
    return segments;
}

struct Wire
{
    QByteArray head;
    QByteArray body;
};

Wire serialize(const SandboxResponse &response)
{
    Wire wire;
    if (!response.rawBody.isEmpty())
        wire.body = response.rawBody;
    else if (response.body)
        wire.body = QByteArray::fromStdString(response.body->dump());
    else if (response.status >= 500) // a gateway's page, not JSON, as a failing proxy sends
        wire.body = "<html><body><h1>" + QByteArray::number(response.status) + ' ' +
            Http::reasonPhrase(response.status) + "</h1></body></html>";
    wire.head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + Http::reasonPhrase(response.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : response.headers) {
        wire.head += name + ": " + value + "\r\n";
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!wire.body.isEmpty() && !hasContentType)
        wire.head += "Content-Type: application/json;charset=UTF-8\r\n";
    wire.head += "Content-Length: " + QByteArray::number(wire.body.size()) + "\r\n\r\n";
    return wire;
}

} // namespace

SandboxHttpServer::SandboxHttpServer(ZoomSandbox *sandbox)
    : QAbstractHttpServer(sandbox)
    , m_sandbox(sandbox)
{}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest sandboxRequest;
    sandboxRequest.method = Http::methodName(request.method());
    sandboxRequest.segments = decodedSegments(request.url());
    sandboxRequest.query = request.query();
    for (const auto &[name, value] : request.headers())
        sandboxRequest.headers.insert(name.toLower(), value);
    sandboxRequest.body = request.body();

    // Faults apply to Zoom's API and token endpoint, never to the sandbox's own controls.
    const bool faultable = sandboxRequest.segments.value(0) != QLatin1String("_sandbox");
    QRandomGenerator *random = QRandomGenerator::global();
    int delayMs = 0;
    std::optional<SandboxFault::Kind> fault;
    if (faultable) {
        for (const SandboxFault &candidate : m_sandbox->options().faults) {
            if (random->generateDouble() >= candidate.probability)
                continue;
            if (candidate.kind == SandboxFault::Kind::Latency)
                delayMs += candidate.latencyMs;
            else if (!fault)
                fault = candidate.kind;
        }
    }

    // A server error or a reset strikes before or after the operation took effect, so a
    // client cannot tell whether a create happened: the case it must reconcile.
    bool beforeEffect = random->bounded(2) == 0;
    bool skipEffect = fault == SandboxFault::Kind::ServerError && beforeEffect;
    if (faultable) {
        if (const auto scripted = m_sandbox->takeScriptedFault(sandboxRequest)) {
            if (scripted->kind == SandboxFault::Kind::Latency) {
                delayMs += scripted->latencyMs;
            } else {
                fault = scripted->kind;
                beforeEffect = !scripted->afterEffect;
                skipEffect = beforeEffect;
            }
        }
    }
    SandboxResponse response;
    if (skipEffect && fault == SandboxFault::Kind::ServerError) {
        response = {503, std::nullopt, {{"Content-Type", "text/html"}}, {}};
    } else if (skipEffect) {
        response = {500, std::nullopt, {}, {}}; // never sent: the connection breaks first
    } else {
        response = m_sandbox->handle(sandboxRequest);
        if (fault == SandboxFault::Kind::ServerError)
            response = {502, std::nullopt, {{"Content-Type", "text/html"}}, {}};
    }
    const Wire wire = serialize(response);
    qCDebug(lcSandboxHttp) << sandboxRequest.method << request.url().path() << response.status;

    // No Nagle delay: answers are written whole, and a waiting client should get them now.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QPointer<QTcpSocket> guarded(socket);
    auto deliver = [guarded, wire, fault]() {
        if (!guarded)
            return;
        if (fault == SandboxFault::Kind::Reset) {
            guarded->abort();
            return;
        }
        if (fault == SandboxFault::Kind::Truncate) {
            guarded->write(wire.head + wire.body.left(wire.body.size() / 2));
            guarded->flush();
            guarded->disconnectFromHost();
            return;
        }
        guarded->write(wire.head + wire.body);
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, deliver);
    else
        deliver();
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
}

} // namespace Roomdesk
