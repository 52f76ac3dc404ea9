// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksignature.h"

#include <QMessageAuthenticationCode>

namespace Roomdesk::WebhookSignature {

namespace {
QByteArray hmacHex(const QByteArray &secret, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}
} // namespace

QByteArray sign(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    return "v0=" + hmacHex(secret, "v0:" + QByteArray::number(timestamp) + ':' + body);
}

Verdict verify(const QByteArray &secret, const QByteArray &timestampHeader, const QByteArray &signatureHeader,
               const QByteArray &body, const QDateTime &nowUtc, qint64 maxSkewSeconds)
{
    bool ok = false;
    const qint64 timestamp = timestampHeader.trimmed().toLongLong(&ok);
    if (!ok || !signatureHeader.startsWith("v0="))
        return Verdict::Malformed;
    // The distance in unsigned arithmetic: a timestamp near either end of 64 bits (a forged
    // header) must not overflow a signed subtraction.
    const qint64 now = nowUtc.toSecsSinceEpoch();
    const quint64 distance = timestamp < now ? static_cast<quint64>(now) - static_cast<quint64>(timestamp)
                                             : static_cast<quint64>(timestamp) - static_cast<quint64>(now);
    if (maxSkewSeconds < 0 || distance > static_cast<quint64>(maxSkewSeconds))
        return Verdict::Stale;
    return constantTimeEquals(sign(secret, timestamp, body), signatureHeader.trimmed()) ? Verdict::Valid
                                                                                        : Verdict::BadSignature;
}

QByteArray encryptedToken(const QByteArray &secret, const QByteArray &plainToken)
{
    return hmacHex(secret, plainToken);
}

} // namespace Roomdesk::WebhookSignature
