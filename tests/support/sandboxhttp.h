// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/zoomsandbox.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace Roomdesk::Test {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    nlohmann::json json() const { return nlohmann::json::parse(body.toStdString(), nullptr, true); }
};

// Waits (an event loop, 20 s at most) for `reply` and collects what it brought.
inline HttpResult finishReply(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

// Plain HTTP against a sandbox over loopback, one request at a time, for tests that look at
// Zoom's wire format itself rather than through the client.
class SandboxHttp final
{
public:
    explicit SandboxHttp(ZoomSandbox *sandbox)
        : m_sandbox(sandbox)
    {}

    HttpResult request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(m_sandbox->origin().toString() + pathAndQuery, QUrl::StrictMode));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setRawHeader("Content-Type", "application/json");
        return finishReply(m_network.sendCustomRequest(request, method, body));
    }

    QByteArray token()
    {
        const QByteArray basic =
            (m_sandbox->clientId() + QLatin1Char(':') + m_sandbox->clientSecret()).toUtf8().toBase64();
        const HttpResult result = request(
            "POST", QStringLiteral("/oauth/token?grant_type=account_credentials&account_id=") + m_sandbox->accountId(),
            {}, {{"Authorization", "Basic " + basic}});
        return QByteArray::fromStdString(result.json().value("access_token", std::string()));
    }

    HttpResult api(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        if (m_token.isEmpty())
            m_token = token();
        return request(method, QStringLiteral("/v2") + path, body, {{"Authorization", "Bearer " + m_token}});
    }

private:
    ZoomSandbox *m_sandbox;
    QNetworkAccessManager m_network;
    QByteArray m_token;
};

} // namespace Roomdesk::Test
