// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QTimeZone>

#include <utility>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Roomdesk {

// How many people were present during a session, as steps over time (from
// AttendanceReport::presence()), with the time axis in a chosen zone — the event's, so that
// it reads like the event's own schedule.
class AttendanceChart final : public QChartView
{
    Q_OBJECT

public:
    explicit AttendanceChart(QWidget *parent = nullptr);

    // (epoch seconds, people present from then on), in time order, ending with a zero.
    void setPresence(const QList<std::pair<qint64, int>> &steps, const QTimeZone &zone);
    void clear();

    QLineSeries *line() const { return m_line; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *countAxis() const { return m_countAxis; }
    int peak() const { return m_peak; }

    // QDateTimeAxis labels its values in this computer's zone: a moment is placed where
    // this computer's clock shows what `zone`'s clock shows then.
    static qint64 axisMsecs(qint64 epochSecs, const QTimeZone &zone);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    // A time range and ticks on round minutes (every 5, 10, 15, 30 minutes, hours …) that
    // cover the session, as many as the width holds.
    void fitTimeAxis();

    QLineSeries *m_line = nullptr;
    QAreaSeries *m_area = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QTimeZone m_zone = QTimeZone::utc();
    int m_peak = 0;
    qint64 m_firstMsecs = 0; // the session on the axis (see axisMsecs)
    qint64 m_lastMsecs = 0;
};

} // namespace Roomdesk
