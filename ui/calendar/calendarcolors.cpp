// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarcolors.h"

#include <QPalette>

#include <cmath>

namespace Roomdesk {

namespace {

qreal channel(qreal value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

qreal luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

QColor CalendarColors::mix(const QColor &a, const QColor &b, qreal amount)
{
    const auto blend = [amount](qreal x, qreal y) { return x * amount + y * (1.0 - amount); };
    return QColor::fromRgbF(static_cast<float>(blend(a.redF(), b.redF())),
                            static_cast<float>(blend(a.greenF(), b.greenF())),
                            static_cast<float>(blend(a.blueF(), b.blueF())));
}

QColor CalendarColors::textOn(const QColor &fill)
{
    const qreal l = luminance(fill);
    const qreal onWhite = 1.05 / (l + 0.05);
    const qreal onBlack = (l + 0.05) / 0.05;
    return onWhite >= onBlack ? QColor(Qt::white) : QColor(Qt::black);
}

CalendarColors CalendarColors::from(const QPalette &palette)
{
    CalendarColors c;
    c.base = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    const bool dark = c.base.lightness() < 128;
    // Kind colours keep white text readable (contrast ≥ 4.5) on light themes and stand out
    // from a dark base on dark ones, where they take dark text instead.
    c.meeting = dark ? QColor(0x6f, 0x9f, 0xe0) : QColor(0x2f, 0x62, 0xa8);
    c.webinar = dark ? QColor(0xc0, 0x8f, 0xe8) : QColor(0x7a, 0x3f, 0xa8);
    c.meetingText = textOn(c.meeting);
    c.webinarText = textOn(c.webinar);
    c.meetingBuffer = mix(c.meeting, c.base, dark ? 0.38 : 0.30);
    c.webinarBuffer = mix(c.webinar, c.base, dark ? 0.38 : 0.30);
    c.pending = dark ? QColor(0xf0, 0xb0, 0x40) : QColor(0xb0, 0x6a, 0x00);
    c.pendingFill = mix(c.pending, c.base, dark ? 0.30 : 0.20);
    c.pendingLane = mix(c.pending, c.base, dark ? 0.22 : 0.16);
    c.conflict = dark ? QColor(0xff, 0x6b, 0x5b) : QColor(0xc0, 0x20, 0x20);
    c.nowLine = dark ? QColor(0xff, 0x52, 0x52) : QColor(0xe0, 0x1b, 0x24);
    c.grid = mix(c.text, c.base, 0.10);
    c.gridStrong = mix(c.text, c.base, 0.28);
    // Opaque, and so cheap to fill; nights and weekends still show which rows alternate.
    const qreal alternate = 0.035;
    const qreal off = dark ? 0.07 : 0.045;
    c.alternateRow = mix(c.text, c.base, alternate);
    c.offHours = mix(c.text, c.base, off);
    c.offHoursAlternate = mix(c.text, c.base, alternate + off);
    c.header = palette.color(QPalette::Window);
    c.nameAlternate = mix(c.text, c.header, alternate);
    c.mutedText = mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.68);
    c.selection = palette.color(QPalette::Highlight);
    return c;
}

} // namespace Roomdesk
