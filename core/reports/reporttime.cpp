// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttime.h"

#include <QDateTime>

#include <limits>

namespace Roomdesk::ReportTime {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool digits(std::string_view text, size_t at, size_t count, int &value)
{
    if (at + count > text.size())
        return false;
    value = 0;
    for (size_t i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

void appendPadded(std::string &out, qint64 value, int width)
{
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    quint64 v = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v > 0);
    while (end - p < width)
        *--p = '0';
    if (value < 0)
        *--p = '-';
    out.append(p, size_t(end - p));
}

// Two digits, for values from 0 to 99.
char *twoDigits(char *out, int value)
{
    out[0] = char('0' + value / 10);
    out[1] = char('0' + value % 10);
    return out + 2;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

std::optional<qint64> parseIso(std::string_view text)
{
    int year, month, day, hour, minute, second;
    int offset = 0;
    // YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM|±HHMM)
    if (!digits(text, 0, 4, year) || text.size() < 19 || text[4] != '-' || !digits(text, 5, 2, month) ||
        text[7] != '-' || !digits(text, 8, 2, day) || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') ||
        !digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':' ||
        !digits(text, 17, 2, second))
        return std::nullopt;
    size_t at = 19;
    if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
        ++at;
        const size_t start = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9')
            ++at;
        if (at == start)
            return std::nullopt;
    }
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int sign = text[at] == '-' ? -1 : 1;
        int oh, om;
        if (!digits(text, at + 1, 2, oh))
            return std::nullopt;
        at += 3;
        if (at < text.size() && text[at] == ':')
            ++at;
        if (!digits(text, at, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        at += 2;
        offset = sign * (oh * 3600 + om * 60);
    } else {
        return std::nullopt; // a time without its offset is not an instant
    }
    if (at != text.size())
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 +
        std::min(second, 59) - offset;
}

std::string duration(qint64 seconds)
{
    std::string out;
    if (seconds < 0)
        seconds = 0;
    appendPadded(out, seconds / 3600, 1);
    out.push_back(':');
    appendPadded(out, seconds / 60 % 60, 2);
    out.push_back(':');
    appendPadded(out, seconds % 60, 2);
    return out;
}

ZoneFormatter::ZoneFormatter(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
{}

int ZoneFormatter::offsetAt(qint64 utcSecs)
{
    if (utcSecs >= m_from && utcSecs < m_to)
        return m_offset;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSecs, QTimeZone::utc());
    m_offset = m_zone.offsetFromUtc(at);
    // The offset holds from the last transition up to the next one.
    m_from = std::numeric_limits<qint64>::min();
    m_to = std::numeric_limits<qint64>::max();
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addSecs(1));
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (previous.atUtc.isValid())
            m_from = previous.atUtc.toSecsSinceEpoch();
        if (next.atUtc.isValid())
            m_to = next.atUtc.toSecsSinceEpoch();
        if (m_from > utcSecs || m_to <= utcSecs) { // not trusted: look up every time near here
            m_from = utcSecs;
            m_to = utcSecs + 1;
        }
    }
    return m_offset;
}

void ZoneFormatter::append(std::string &out, qint64 utcSecs)
{
    const int offset = offsetAt(utcSecs);
    const qint64 local = utcSecs + offset;
    qint64 days = local / 86400;
    qint64 rest = local % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    qint64 y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    // "-MM-DDTHH:MM:SS+HH:MM" after the year, written whole.
    const int seconds = int(rest);
    const int magnitude = offset < 0 ? -offset : offset;
    char text[21];
    char *p = text;
    *p++ = '-';
    p = twoDigits(p, int(m));
    *p++ = '-';
    p = twoDigits(p, int(d));
    *p++ = 'T';
    p = twoDigits(p, seconds / 3600);
    *p++ = ':';
    p = twoDigits(p, seconds / 60 % 60);
    *p++ = ':';
    p = twoDigits(p, seconds % 60);
    *p++ = offset < 0 ? '-' : '+';
    p = twoDigits(p, magnitude / 3600);
    *p++ = ':';
    p = twoDigits(p, magnitude / 60 % 60);
    appendPadded(out, y, 4);
    out.append(text, size_t(p - text));
}

std::string ZoneFormatter::format(qint64 utcSecs)
{
    std::string out;
    append(out, utcSecs);
    return out;
}

} // namespace Roomdesk::ReportTime
