// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarcolors.h"
#include "calendarlayout.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QTimeZone>

class QTimer;

namespace Roomdesk {

class Clock;

// The room calendar: rooms as rows, time as columns. Sticky room names on the left and a
// sticky time axis on top; each booking is its session with its buffers either side, lighter;
// requests waiting for a room sit in a lane on top. Only what is visible is painted (the
// layout answers "which bookings of this row are in [t0, t1)" by binary search), so hundreds
// of rooms and thousands of bookings scroll smoothly.
//
// Time: a period (one day or one week in the viewer's time zone) spans the viewport at zoom
// 1; zooming in widens it and the horizontal scroll bar moves within it. The view never
// loads anything: it asks for a new range with rangeChanged() and is given snapshots.
class RoomCalendarView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Scale { Day, Week };
    Q_ENUM(Scale)

    explicit RoomCalendarView(QWidget *parent = nullptr);
    ~RoomCalendarView() override;

    // Content
    void setSnapshot(const RoomPoolSnapshot &snapshot);
    void setFilter(const CalendarFilter &filter);
    const CalendarLayout &calendarLayout() const { return m_layout; }
    // Shown in the middle when the period has no booking (already translated; empty: nothing).
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    int bookingsInPeriod() const { return m_periodCount; } // filtered, pending included

    // Time
    void setClock(const Clock &clock); // for the now-line and "today"
    void setTimeZone(const QTimeZone &zone); // the viewer's zone; the system's by default
    QTimeZone timeZone() const { return m_zone; }
    Scale scale() const { return m_scale; }
    void setScale(Scale scale);
    QDate periodStart() const { return m_periodStart; }
    int periodDays() const { return m_scale == Scale::Day ? 1 : 7; }
    // Shows the day, or the week holding `date` (weeks start on the locale's first day).
    void setPeriod(QDate date);
    QDateTime periodStartUtc() const;
    QDateTime periodEndUtc() const;
    QDate today() const;

    // Zoom: 1 fits the period into the viewport.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    double maximumZoom() const;
    // Zooms by `factor` keeping the time under viewport x where it is.
    void zoomAt(double factor, qreal x);
    double pixelsPerHour() const;

    // Geometry in viewport coordinates.
    int nameColumnWidth() const { return m_nameWidth; }
    int headerHeight() const { return m_headerHeight; }
    qreal xForTime(const QDateTime &time) const;
    QDateTime timeAt(qreal x) const;
    QRectF bookingRect(qint64 requestId) const; // buffers included; null when not shown
    QRectF sessionRect(qint64 requestId) const;
    // Scrolls so the time is visible (and, when outside the period, moves the period).
    void ensureVisible(qint64 requestId);

    // Selection
    qint64 selectedId() const { return m_selectedId; }
    void setSelectedId(qint64 id);
    std::optional<CalendarBooking> selectedBooking() const;

    QString toolTipText(qint64 requestId) const;
    QString toolTipAt(const QPoint &viewportPos) const;
    const CalendarColors &colors() const { return m_colors; }

    // Exactly what the viewport shows, sticky headers included, rendered off screen at the
    // given device pixel ratio (for export and benchmarks; being visible is not needed).
    QImage renderImage(qreal devicePixelRatio) const;

public slots:
    void zoomIn();
    void zoomOut();
    void goToPreviousPeriod();
    void goToNextPeriod();
    void goToNow();

signals:
    // The period changed: the range that should be loaded.
    void rangeChanged(const QDateTime &fromUtc, const QDateTime &toUtc);
    void zoomChanged(double zoom);
    void selectionChanged(qint64 requestId); // 0: nothing selected
    void bookingActivated(qint64 requestId); // clicked
    void bookingOpenRequested(qint64 requestId); // double click, Enter or Space

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Tick
    {
        qint64 ms;
        bool dayStart;
    };
    struct Shade
    {
        qint64 fromMs;
        qint64 toMs;
    };
    struct ElidedBooking // texts elided for `width`
    {
        int width = -1;
        QString title;
        QString times;
    };
    struct ElidedRoom
    {
        int nameWidth = -1;
        int emailWidth = -1;
        QString name;
        QString email;
    };

    void paint(QPainter &painter, const QSize &size) const;
    void paintBackground(QPainter &painter, const QRect &area, int firstRow, int lastRow) const;
    void paintGrid(QPainter &painter, const QRect &area) const;
    void paintRow(QPainter &painter, int row, const QRect &area, qint64 t0, qint64 t1) const;
    void paintBooking(QPainter &painter, const CalendarBooking &booking, const QRectF &lane, bool pending) const;
    void paintNames(QPainter &painter, const QSize &size, int firstRow, int lastRow) const;
    void paintHeader(QPainter &painter, const QSize &size) const;
    void paintNowLine(QPainter &painter, const QSize &size) const;
    void paintPlaceholder(QPainter &painter, const QSize &size) const;
    const ElidedBooking &bookingTexts(const CalendarBooking &booking, const QFontMetrics &metrics, int width) const;
    const ElidedRoom &nameTexts(const Room &room, const QFontMetrics &nameMetrics, int nameWidth,
                                const QFontMetrics &emailMetrics, int emailWidth) const;
    void forgetTexts();

    void updateMetrics();
    void updateScrollBars();
    void rebuildTicks();
    void updateAccessibleText();
    void recount();
    void setPeriodStart(QDate start, bool keepScroll);
    QDate periodStartFor(QDate date) const;

    int timeAreaWidth() const;
    qint64 periodStartMs() const { return m_periodStartMs; }
    qint64 periodEndMs() const { return m_periodEndMs; }
    double pixelsPerMs() const;
    qreal xForMs(qint64 ms) const;
    qint64 msAt(qreal x) const;
    QRectF laneRect(int row, int subLane) const; // viewport coordinates
    std::optional<std::pair<int, qsizetype>> hit(const QPoint &viewportPos) const;

    void moveSelection(int key);
    void select(int row, qsizetype index, bool scroll);

    CalendarLayout m_layout;
    CalendarColors m_colors;
    QImage m_hatch; // the pending lane's background tile
    const Clock *m_clock = nullptr;
    QTimeZone m_zone;
    Scale m_scale = Scale::Week;
    QDate m_periodStart;
    qint64 m_periodStartMs = 0;
    qint64 m_periodEndMs = 0;
    double m_zoom = 1.0;
    qint64 m_selectedId = 0;
    int m_periodCount = 0;
    QString m_placeholder;
    int m_nameWidth = 220;
    int m_headerHeight = 44;
    int m_scrolledWidth = 0; // the time area's width the horizontal scroll bar was set for
    int m_tickHours = 1; // hours between labelled ticks
    QString m_tickFormat; // empty: the locale's short time format
    QList<Tick> m_ticks; // labelled ticks and day starts over the period
    QList<Shade> m_offHours; // nights and weekends over the period
    QTimer *m_nowTimer = nullptr;
    mutable QHash<qint64, ElidedBooking> m_bookingTexts; // by request id
    mutable QHash<qint64, ElidedRoom> m_nameTexts; // by room id
};

} // namespace Roomdesk
