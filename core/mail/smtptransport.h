// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Roomdesk {

// How the connection to the mail server is protected.
enum class SmtpSecurity {
    StartTls, // submission, usually 587: STARTTLS is required, never a silent fallback to plain
    Tls, // SMTPS, usually 465: TLS from the first byte
    NoneLocalOnly, // plain text, only to a loopback address (a relay on this machine)
};

enum class SmtpAuth {
    None, // no AUTH (a local relay)
    Password, // AUTH PLAIN or LOGIN, whichever the server offers
    OAuth2, // AUTH XOAUTH2 with a bearer token the administrator supplies
};

// Where and how to connect. Nothing secret: the password or token is passed separately.
struct SmtpServer final
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    SmtpAuth auth = SmtpAuth::Password;
    QString user;
    QString caFile; // PEM bundle to verify the server with; empty: the system's store
    int connectTimeoutMs = 15000;
    int timeoutMs = 60000; // a whole message, from MAIL FROM to the reply to the data
};

// One message as the server is asked to take it: envelope sender, envelope recipients, and the
// rendered message (CRLF line ends, MimeWriter).
struct SmtpEnvelope final
{
    QByteArray from;
    QList<QByteArray> recipients;
    QByteArray data;
};

// What the server (or the connection) said about one message.
struct SmtpReply final
{
    enum class Kind {
        Accepted, // 250 after the data: the server took responsibility
        Temporary, // 4xx, connection lost, timeout, DNS: try again later
        Permanent, // 5xx (unknown recipient, refused sender), authentication or certificate
    };
    Kind kind = Kind::Accepted;
    int code = 0; // the server's last reply code; 0 when there was none
    QString serverText; // the server's own words ("550 5.1.1 <x@y>: user unknown"), as sent
    QString message; // translated: what failed, for the administrator, including serverText
};

// A connection to one mail server through libcurl, kept open for a batch of messages (one
// handle, curl's connection reuse). Blocking: run it on a worker thread, never the UI or data
// thread. Not thread-safe; one session per thread.
class SmtpSession final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::SmtpSession)

public:
    // `secret`: the password (SmtpAuth::Password) or the bearer token (SmtpAuth::OAuth2); it is
    // handed to libcurl and never logged. Refuses NoneLocalOnly for a host that is not loopback
    // with error code "mail.insecure".
    static Result<std::unique_ptr<SmtpSession>> open(const SmtpServer &server, const QByteArray &secret);
    ~SmtpSession();
    SmtpSession(const SmtpSession &) = delete;
    SmtpSession &operator=(const SmtpSession &) = delete;

    // Sends one message over the session's connection (opening it at the first message, and
    // again after the server closed it).
    SmtpReply send(const SmtpEnvelope &envelope);

    // Whether the last connection used TLS (STARTTLS or SMTPS).
    bool usedTls() const;

    static bool isLoopbackHost(const QString &host);

private:
    SmtpSession();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Roomdesk
