// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QTimeZone>

namespace Roomdesk {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &nowUtc)
    : m_now(nowUtc.toUTC())
{}

void ManualClock::setNowUtc(const QDateTime &nowUtc)
{
    m_now = nowUtc.toUTC();
}

} // namespace Roomdesk
