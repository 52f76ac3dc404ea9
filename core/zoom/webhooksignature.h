// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Roomdesk::WebhookSignature {

// Zoom's webhook signature (ZOOM_API_FACTS §6.1): "v0=" + hex HMAC-SHA256 over
// "v0:{x-zm-request-timestamp}:{raw body}" keyed with the app's Secret Token.
QByteArray sign(const QByteArray &secret, qint64 timestamp, const QByteArray &body);

enum class Verdict { Valid, BadSignature, Stale, Malformed };

// Constant-time comparison; timestamps further than maxSkewSeconds from now are refused.
Verdict verify(const QByteArray &secret, const QByteArray &timestampHeader, const QByteArray &signatureHeader,
               const QByteArray &body, const QDateTime &nowUtc, qint64 maxSkewSeconds = 300);

// The answer to endpoint.url_validation: hex HMAC-SHA256 of plainToken with the secret.
QByteArray encryptedToken(const QByteArray &secret, const QByteArray &plainToken);

} // namespace Roomdesk::WebhookSignature
