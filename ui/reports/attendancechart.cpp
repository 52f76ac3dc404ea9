// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancechart.h"

#include "events/eventtexts.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetrics>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace Roomdesk {

namespace {

const QColor kLine(0x3f, 0x6f, 0xb0); // the sidebar's blue
constexpr int kLabelGap = 24; // pixels between two time labels
constexpr int kCountAxisWidth = 64; // the people axis, its title and the margins

// A tick step that gives at most about six whole-number ticks: 1, 2, 5, 10, 20, 50 …
int tickStep(int peak)
{
    int step = 1;
    for (int scale = 1;; scale *= 10) {
        for (int factor : {1, 2, 5}) {
            step = factor * scale;
            if (peak / step <= 6)
                return step;
        }
    }
}

} // namespace

AttendanceChart::AttendanceChart(QWidget *parent)
    : QChartView(parent)
    , m_line(new QLineSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_countAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("attendanceChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->setBackgroundRoundness(0);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    // The line is the area's upper edge: the same points, drawn once with a light fill below.
    m_area = new QAreaSeries(m_line);
    m_area->setPen(QPen(kLine, 2));
    QColor fill = kLine;
    fill.setAlpha(60);
    m_area->setBrush(fill);
    chart->addSeries(m_area);

    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTickType(QValueAxis::TicksDynamic);
    m_countAxis->setTickAnchor(0);
    m_countAxis->setMinorTickCount(0);
    m_timeAxis->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_area->attachAxis(m_timeAxis);
    m_area->attachAxis(m_countAxis);
    setChart(chart);
    clear();
    retranslate();
}

qint64 AttendanceChart::axisMsecs(qint64 epochSecs, const QTimeZone &zone)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(epochSecs, QTimeZone::utc());
    const int shift = zone.offsetFromUtc(utc) - utc.toLocalTime().offsetFromUtc();
    return (epochSecs + shift) * 1000;
}

void AttendanceChart::setPresence(const QList<std::pair<qint64, int>> &steps, const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    if (steps.isEmpty()) {
        clear();
        retranslate();
        return;
    }
    // Steps, not slopes: each change is a vertical jump at its moment.
    QList<QPointF> points;
    points.reserve(steps.size() * 2 + 1);
    int present = 0;
    m_peak = 0;
    for (const auto &[at, count] : steps) {
        const qreal x = qreal(axisMsecs(at, m_zone));
        points.append(QPointF(x, present));
        points.append(QPointF(x, count));
        present = count;
        m_peak = std::max(m_peak, count);
    }
    m_line->replace(points);

    const qint64 first = steps.constFirst().first;
    const qint64 last = std::max(steps.constLast().first, first + 60);
    m_firstMsecs = axisMsecs(first, m_zone);
    m_lastMsecs = axisMsecs(last, m_zone);
    const QLocale locale;
    // Over most of a day the day matters too.
    m_timeAxis->setFormat(last - first > 18 * 3600 ? locale.dateTimeFormat(QLocale::ShortFormat)
                                                   : locale.timeFormat(QLocale::ShortFormat));
    fitTimeAxis();
    const int step = tickStep(std::max(m_peak, 1));
    m_countAxis->setTickInterval(step);
    m_countAxis->setRange(0, qreal((std::max(m_peak, 1) + step - 1) / step * step));
    retranslate();
}

void AttendanceChart::clear()
{
    m_line->clear();
    m_peak = 0;
    m_countAxis->setTickInterval(1);
    m_countAxis->setRange(0, 1);
    m_lastMsecs = QDateTime::currentMSecsSinceEpoch();
    m_firstMsecs = m_lastMsecs - 3600 * 1000;
    fitTimeAxis();
}

void AttendanceChart::fitTimeAxis()
{
    constexpr qint64 kMinute = 60 * 1000;
    static constexpr int kSteps[] = {1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440};
    // As many labels as the width holds, measured on the widest time of the day.
    const QString widest = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(22, 44)), m_timeAxis->format());
    const int perTick = QFontMetrics(m_timeAxis->labelsFont()).horizontalAdvance(widest) + kLabelGap;
    const int maxTicks = std::clamp((width() - kCountAxisWidth) / std::max(perTick, 1) + 1, 2, 12);
    // The axis shows its values on this computer's clock: round there.
    const auto localOffset = [](qint64 msecs) {
        return qint64(QDateTime::fromMSecsSinceEpoch(msecs).offsetFromUtc()) * 1000;
    };
    for (const int minutes : kSteps) {
        const qint64 step = minutes * kMinute;
        const qint64 offset = localOffset(m_firstMsecs);
        const qint64 from = (m_firstMsecs + offset) / step * step - offset;
        const qint64 intervals = std::max<qint64>(1, (m_lastMsecs - from + step - 1) / step);
        if (intervals + 1 <= maxTicks || minutes == 1440) {
            m_timeAxis->setTickCount(int(std::min<qint64>(intervals + 1, 64)));
            m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from),
                                 QDateTime::fromMSecsSinceEpoch(from + intervals * step));
            return;
        }
    }
}

void AttendanceChart::retranslate()
{
    chart()->setTitle(tr("Attendance over time"));
    m_timeAxis->setTitleText(
        m_zone == QTimeZone::utc()
            ? tr("Time (UTC)")
            : tr("Time (%1)", "time zone's city").arg(EventTexts::zoneCity(QString::fromUtf8(m_zone.id()))));
    m_countAxis->setTitleText(tr("People present"));
}

void AttendanceChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitTimeAxis(); // as many time labels as fit without eliding
}

void AttendanceChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace Roomdesk
