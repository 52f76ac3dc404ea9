// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stand-in for Zoom over loopback HTTP for answers the sandbox does not give: a token for
// any token request, and for every other path the answer set for it (status, headers, body),
// else 404 with Zoom's 3001. Enough HTTP/1.1 for QNetworkAccessManager: one request per
// connection, then closed.
#include "zoom/scopecatalog.h"

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace Roomdesk::Test {

class ZoomStub final : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }

    QUrl origin() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    // The answer to GET `path` (below /v2, as the client sends it), from now on.
    void answer(const QString &path, Answer answer) { m_answers.insert(path, std::move(answer)); }
    int requestsTo(const QString &path) const { return m_requests.value(path); }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_buffers[socket] += socket->readAll();
            const QByteArray &buffer = m_buffers[socket];
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headEnd + 4 + length)
                return;
            const QByteArray target = buffer.left(buffer.indexOf('\r')).split(' ').value(1);
            m_buffers.remove(socket);
            const QString path = QUrl(QString::fromLatin1(target)).path();
            respond(socket, path);
        });
    }

    void respond(QTcpSocket *socket, const QString &path)
    {
        Answer answer;
        if (path.startsWith(QLatin1String("/oauth/token"))) {
            const QStringList scopes = ScopeCatalog::requiredScopes() + ScopeCatalog::optionalScopes();
            answer.body = R"({"access_token":"stub-token","token_type":"bearer","expires_in":3600,"scope":")" +
                scopes.join(QLatin1Char(' ')).toUtf8() + R"(","api_url":")" + origin().toString().toUtf8() + "\"}";
        } else {
            const QString below = path.startsWith(QLatin1String("/v2")) ? path.mid(3) : path;
            ++m_requests[below];
            answer = m_answers.value(below, {404, {}, R"({"code":3001,"message":"Meeting does not exist."})"});
        }
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Stub\r\n";
        response += "Content-Type: application/json\r\nConnection: close\r\n";
        for (const auto &[name, value] : std::as_const(answer.headers))
            response += name + ": " + value + "\r\n";
        response += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QString, Answer> m_answers;
    QHash<QString, int> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Roomdesk::Test
