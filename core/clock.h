// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Roomdesk {

// Everything that depends on "now" asks a Clock, so tests can control time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide wall clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// A clock that only moves when told to. For tests and the sandbox's virtual time.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &nowUtc);

    QDateTime nowUtc() const override { return m_now; }
    void setNowUtc(const QDateTime &nowUtc);
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace Roomdesk
