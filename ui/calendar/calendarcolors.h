// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace Roomdesk {

// The calendar's colours, derived from the widget palette so light and dark themes both
// read well. The view and its legend take them from here, so the two always agree.
struct CalendarColors final
{
    QColor meeting;
    QColor webinar;
    QColor meetingText; // on a meeting's colour
    QColor webinarText;
    QColor meetingBuffer;
    QColor webinarBuffer;
    QColor pending; // outline of a waiting request
    QColor pendingFill;
    QColor pendingLane; // the lane's hatching
    QColor conflict;
    QColor nowLine;
    QColor grid;
    QColor gridStrong;
    QColor alternateRow; // every other room
    QColor offHours; // nights and weekends
    QColor offHoursAlternate; // nights and weekends of every other room
    QColor nameAlternate; // every other room's name
    QColor header;
    QColor text;
    QColor mutedText;
    QColor selection;
    QColor base;

    static CalendarColors from(const QPalette &palette);
    // Black or white, whichever contrasts more with `fill` (WCAG relative luminance).
    static QColor textOn(const QColor &fill);
    // `a` over `b` at `amount` (0: b, 1: a).
    static QColor mix(const QColor &a, const QColor &b, qreal amount);
};

} // namespace Roomdesk
