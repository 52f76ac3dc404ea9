// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Roomdesk {

// Follows the bytes of one HTTP/1.1 request as they arrive on a connection, so that a request
// too large for its purpose is refused after its head instead of being read whole. Qt 6.4's
// HTTP server keeps every byte of a request in memory until it is complete, whatever its size.
//
// The connection carries a single request (the webhook receiver closes it after answering),
// so every byte after the head counts as body, whatever Content-Length or chunked framing
// says; a declared Content-Length beyond the limit is refused before any body byte arrives.
class RequestSizeGuard final
{
public:
    enum class Verdict {
        Within, // nothing beyond the limits so far
        BodyTooLarge, // declared or received body beyond maxBodyBytes
        HeadTooLarge, // no end of the head within maxHeadBytes
    };

    explicit RequestSizeGuard(qint64 maxBodyBytes, qint64 maxHeadBytes = 16LL * 1024);

    // The next bytes received; once a verdict other than Within is reached it stays.
    Verdict feed(QByteArrayView bytes);
    Verdict verdict() const { return m_verdict; }

    bool headComplete() const { return m_headComplete; }
    // From the request line, once the head is complete.
    QByteArray method() const { return m_method; }
    QByteArray path() const { return m_path; } // without the query
    qint64 declaredLength() const { return m_declaredLength; } // -1: no Content-Length
    qint64 bodyBytes() const { return m_bodyBytes; }

private:
    void parseHead(QByteArrayView head);

    qint64 m_maxBodyBytes;
    qint64 m_maxHeadBytes;
    QByteArray m_head;
    bool m_headComplete = false;
    QByteArray m_method;
    QByteArray m_path;
    qint64 m_declaredLength = -1;
    qint64 m_bodyBytes = 0;
    Verdict m_verdict = Verdict::Within;
};

} // namespace Roomdesk
