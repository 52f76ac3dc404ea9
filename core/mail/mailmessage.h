// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaddress.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Roomdesk {

struct MailAttachment final
{
    QString fileName; // any Unicode name; RFC 2231-encoded when it is not plain ASCII
    QByteArray mimeType; // "text/csv; charset=utf-8", "text/calendar; method=REQUEST; charset=utf-8"
    QByteArray data;
};

// A message as Roomdesk sends it: one sender, recipients, a subject, a plain-text body and
// optionally an HTML alternative, attachments.
struct MailMessage final
{
    MailAddress from;
    QList<MailAddress> to;
    std::optional<MailAddress> replyTo;
    QString subject;
    QString text; // required
    QString html; // optional: sent as multipart/alternative with `text`
    QList<MailAttachment> attachments;
    QByteArray messageId; // without angle brackets: "…@host"
    QDateTime date; // the Date header, in its own offset
};

// Writes a MailMessage as an Internet message: RFC 5322 headers (Date, From, To, Reply-To,
// Subject, Message-ID, MIME-Version, Auto-Submitted: auto-generated), non-ASCII header text as
// RFC 2047 encoded-words, bodies quoted-printable UTF-8 (RFC 2045), attachments base64 with
// RFC 2231 file names, every line at most 78 characters before CRLF. Roomdesk's own code: there
// is no maintained C++ MIME writer in Debian 12 for Qt 6 (KMime is KDE Frameworks 5/Qt 5,
// VMime pulls its own network stack), and the part we need is small and tested here.
class MimeWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::MimeWriter)

public:
    // Checks every field (MailAddressCheck) and writes the message with CRLF line ends.
    // Error codes "mail.address", "mail.header", "mail.body" (no text body).
    static Result<QByteArray> render(const MailMessage &message);
    // A new globally unique id for a Message-ID header: "<random>.<ms>@<domain>", no brackets.
    static QByteArray newMessageId(const QString &domain);
    // RFC 2047 encoded-words ("=?UTF-8?B?…?=") for text that is not printable ASCII, folded
    // so that no line of the header exceeds 78 characters; `headerNameLength` is the length of
    // "Subject: " etc. on the first line.
    static QByteArray encodeHeaderText(const QString &text, int headerNameLength);
};

} // namespace Roomdesk
