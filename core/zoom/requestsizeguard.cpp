// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestsizeguard.h"

#include <QList>

namespace Roomdesk {

RequestSizeGuard::RequestSizeGuard(qint64 maxBodyBytes, qint64 maxHeadBytes)
    : m_maxBodyBytes(maxBodyBytes)
    , m_maxHeadBytes(maxHeadBytes)
{}

RequestSizeGuard::Verdict RequestSizeGuard::feed(QByteArrayView bytes)
{
    if (m_verdict != Verdict::Within || bytes.isEmpty())
        return m_verdict;
    if (!m_headComplete) {
        // Only the head is kept, and only up to its limit (plus the bytes of this read).
        const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
        m_head.append(bytes.data(), bytes.size());
        qsizetype end = m_head.indexOf("\r\n\r\n", searchFrom);
        qsizetype separator = 4;
        if (end < 0) { // bare line feeds, which Qt's parser tolerates too
            end = m_head.indexOf("\n\n", searchFrom);
            separator = 2;
        }
        if (end < 0) {
            if (m_head.size() > m_maxHeadBytes)
                m_verdict = Verdict::HeadTooLarge;
            return m_verdict;
        }
        if (end > m_maxHeadBytes) {
            m_verdict = Verdict::HeadTooLarge;
            return m_verdict;
        }
        m_headComplete = true;
        parseHead(QByteArrayView(m_head).first(end));
        m_bodyBytes = m_head.size() - end - separator;
        m_head.clear();
        m_head.squeeze();
        if (m_declaredLength > m_maxBodyBytes)
            m_verdict = Verdict::BodyTooLarge;
    } else {
        m_bodyBytes += bytes.size();
    }
    if (m_bodyBytes > m_maxBodyBytes)
        m_verdict = Verdict::BodyTooLarge;
    return m_verdict;
}

void RequestSizeGuard::parseHead(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    m_method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype query = target.indexOf('?');
    m_path = query < 0 ? target : target.left(query);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        // An unreadable length is for Qt's parser to refuse; several lengths count as the largest.
        if (ok && length > m_declaredLength)
            m_declaredLength = length;
    }
}

} // namespace Roomdesk
