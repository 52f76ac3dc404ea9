// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomcalendarview.h"

#include "bookingtexts.h"
#include "clock.h"

#include <QEvent>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QLocale>
#include <QLoggingCategory>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcCalendar, "roomdesk.ui.calendar", QtInfoMsg)

constexpr qint64 kMsPerHour = 3600 * 1000;
constexpr double kMaxPixelsPerHour = 480.0;
constexpr double kZoomStep = 1.25;
constexpr int kNowLineIntervalMs = 30 * 1000;
constexpr int kHitSlopPx = 3;
constexpr int kNightEndsHour = 7;
constexpr int kNightStartsHour = 20;

QRectF horizontalSpan(qreal x0, qreal x1, const QRectF &lane)
{
    return QRectF(QPointF(x0, lane.top()), QPointF(x1, lane.bottom()));
}

// The pending lane's hatching as an opaque tile: a textured fill costs a fraction of a
// pattern brush blended over the base.
QImage hatchTile(const QColor &base, const QColor &line)
{
    QImage tile(8, 8, QImage::Format_RGB32);
    tile.fill(base);
    for (int i = 0; i < 8; ++i)
        tile.setPixelColor(i, 7 - i, line);
    return tile;
}

} // namespace

RoomCalendarView::RoomCalendarView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_colors(CalendarColors::from(palette()))
    , m_hatch(hatchTile(m_colors.base, m_colors.pendingLane))
    , m_clock(&Clock::system())
    , m_zone(QTimeZone::systemTimeZone())
    , m_nowTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("roomCalendarView"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAutoFillBackground(false);
    horizontalScrollBar()->setObjectName(QStringLiteral("calendarTimeScroll"));
    verticalScrollBar()->setObjectName(QStringLiteral("calendarRowScroll"));

    m_nowTimer->setInterval(kNowLineIntervalMs);
    connect(m_nowTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_nowTimer->start();

    updateMetrics();
    setPeriodStart(periodStartFor(today()), false);
    updateAccessibleText();
}

RoomCalendarView::~RoomCalendarView() = default;

// ---- content -------------------------------------------------------------------------------

void RoomCalendarView::setSnapshot(const RoomPoolSnapshot &snapshot)
{
    m_layout.setSnapshot(snapshot);
    forgetTexts();
    qCDebug(lcCalendar) << "Snapshot:" << m_layout.rowCount() << "rows," << m_layout.bookingCount() << "bookings";
    recount();
    updateMetrics();
    updateAccessibleText();
    viewport()->update();
}

void RoomCalendarView::setFilter(const CalendarFilter &filter)
{
    m_layout.setFilter(filter);
    recount();
    updateMetrics();
    updateAccessibleText();
    viewport()->update();
}

void RoomCalendarView::forgetTexts()
{
    m_bookingTexts.clear();
    m_nameTexts.clear();
}

void RoomCalendarView::setPlaceholderText(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

// ---- time ----------------------------------------------------------------------------------

void RoomCalendarView::setClock(const Clock &clock)
{
    m_clock = &clock;
    viewport()->update();
}

void RoomCalendarView::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    forgetTexts(); // times of day are the zone's
    setPeriodStart(periodStartFor(m_periodStart), true);
    emit rangeChanged(periodStartUtc(), periodEndUtc());
}

QDate RoomCalendarView::today() const
{
    return m_clock->nowUtc().toTimeZone(m_zone).date();
}

QDate RoomCalendarView::periodStartFor(QDate date) const
{
    if (m_scale == Scale::Day)
        return date;
    const int first = static_cast<int>(QLocale().firstDayOfWeek());
    return date.addDays(-((date.dayOfWeek() - first + 7) % 7));
}

void RoomCalendarView::setScale(Scale scale)
{
    if (scale == m_scale)
        return;
    // The day in view stays in view: the selected booking's, today when it is in the week
    // shown, else the first day shown.
    QDate anchor = m_periodStart;
    if (const auto selected = selectedBooking())
        anchor = QDateTime::fromMSecsSinceEpoch(selected->sessionFromMs, m_zone).date();
    else if (m_scale == Scale::Week && anchor <= today() && today() < anchor.addDays(7))
        anchor = today();
    m_scale = scale;
    m_zoom = 1.0;
    setPeriodStart(periodStartFor(anchor), false);
    emit zoomChanged(m_zoom);
    emit rangeChanged(periodStartUtc(), periodEndUtc());
}

void RoomCalendarView::setPeriod(QDate date)
{
    const QDate start = periodStartFor(date);
    if (start == m_periodStart)
        return;
    setPeriodStart(start, true);
    emit rangeChanged(periodStartUtc(), periodEndUtc());
}

void RoomCalendarView::setPeriodStart(QDate start, bool keepScroll)
{
    m_periodStart = start;
    m_periodStartMs = start.startOfDay(m_zone).toMSecsSinceEpoch();
    m_periodEndMs = start.addDays(periodDays()).startOfDay(m_zone).toMSecsSinceEpoch();
    if (!keepScroll)
        horizontalScrollBar()->setValue(0);
    recount();
    rebuildTicks();
    updateScrollBars();
    updateAccessibleText();
    viewport()->update();
}

QDateTime RoomCalendarView::periodStartUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(m_periodStartMs, QTimeZone::utc());
}

QDateTime RoomCalendarView::periodEndUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(m_periodEndMs, QTimeZone::utc());
}

void RoomCalendarView::goToPreviousPeriod()
{
    setPeriod(m_periodStart.addDays(-periodDays()));
}

void RoomCalendarView::goToNextPeriod()
{
    setPeriod(m_periodStart.addDays(periodDays()));
}

void RoomCalendarView::goToNow()
{
    setPeriod(today());
    // Zoomed in: now a third of the way in, with what comes next in view.
    const qreal x = xForMs(m_clock->nowUtc().toMSecsSinceEpoch());
    QScrollBar *bar = horizontalScrollBar();
    bar->setValue(bar->value() + qRound(x - m_nameWidth - timeAreaWidth() / 3.0));
}

// ---- zoom and geometry ---------------------------------------------------------------------

int RoomCalendarView::timeAreaWidth() const
{
    return std::max(60, viewport()->width() - m_nameWidth);
}

double RoomCalendarView::pixelsPerMs() const
{
    const qint64 span = std::max<qint64>(1, m_periodEndMs - m_periodStartMs);
    return timeAreaWidth() * m_zoom / static_cast<double>(span);
}

double RoomCalendarView::pixelsPerHour() const
{
    return pixelsPerMs() * kMsPerHour;
}

double RoomCalendarView::maximumZoom() const
{
    const double fitted = timeAreaWidth() / (static_cast<double>(m_periodEndMs - m_periodStartMs) / kMsPerHour);
    return std::max(1.0, kMaxPixelsPerHour / fitted);
}

void RoomCalendarView::setZoom(double zoom)
{
    zoomAt(zoom / m_zoom, m_nameWidth + timeAreaWidth() / 2.0);
}

void RoomCalendarView::zoomIn()
{
    zoomAt(kZoomStep, m_nameWidth + timeAreaWidth() / 2.0);
}

void RoomCalendarView::zoomOut()
{
    zoomAt(1.0 / kZoomStep, m_nameWidth + timeAreaWidth() / 2.0);
}

void RoomCalendarView::zoomAt(double factor, qreal x)
{
    const double zoom = std::clamp(m_zoom * factor, 1.0, maximumZoom());
    if (std::abs(zoom - m_zoom) < 1e-9)
        return;
    const qreal anchorX = std::clamp<qreal>(x, m_nameWidth, m_nameWidth + timeAreaWidth());
    const double anchorMs = (anchorX - m_nameWidth + horizontalScrollBar()->value()) / pixelsPerMs();
    m_zoom = zoom;
    rebuildTicks();
    updateScrollBars();
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(anchorMs * pixelsPerMs() - (anchorX - m_nameWidth))));
    emit zoomChanged(m_zoom);
    viewport()->update();
}

qreal RoomCalendarView::xForMs(qint64 ms) const
{
    return m_nameWidth + static_cast<double>(ms - m_periodStartMs) * pixelsPerMs() - horizontalScrollBar()->value();
}

qint64 RoomCalendarView::msAt(qreal x) const
{
    return m_periodStartMs + std::llround((x - m_nameWidth + horizontalScrollBar()->value()) / pixelsPerMs());
}

qreal RoomCalendarView::xForTime(const QDateTime &time) const
{
    return xForMs(time.toMSecsSinceEpoch());
}

QDateTime RoomCalendarView::timeAt(qreal x) const
{
    return QDateTime::fromMSecsSinceEpoch(msAt(x), QTimeZone::utc());
}

QRectF RoomCalendarView::laneRect(int row, int subLane) const
{
    const int top = m_headerHeight + m_layout.rowTop(row) - verticalScrollBar()->value();
    if (row == CalendarLayout::kPendingRow)
        return QRectF(0, top + 4 + subLane * m_layout.subLaneHeight() + 2, 0, m_layout.subLaneHeight() - 4);
    return QRectF(0, top + 4, 0, m_layout.rowHeight() - 8);
}

QRectF RoomCalendarView::bookingRect(qint64 requestId) const
{
    const auto found = m_layout.find(requestId);
    if (!found)
        return {};
    const CalendarBooking &booking = m_layout.booking(found->first, found->second);
    const bool pending = found->first == CalendarLayout::kPendingRow;
    const QRectF lane = laneRect(found->first, booking.subLane);
    return horizontalSpan(xForMs(pending ? booking.sessionFromMs : booking.fromMs),
                          xForMs(pending ? booking.sessionToMs : booking.toMs), lane);
}

QRectF RoomCalendarView::sessionRect(qint64 requestId) const
{
    const auto found = m_layout.find(requestId);
    if (!found)
        return {};
    const CalendarBooking &booking = m_layout.booking(found->first, found->second);
    const qreal x0 = xForMs(booking.sessionFromMs);
    return horizontalSpan(x0, std::max(xForMs(booking.sessionToMs), x0 + 3), laneRect(found->first, booking.subLane));
}

void RoomCalendarView::updateMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    m_layout.setMetrics(std::max(40, 2 * line + 14), line + 12);
    m_headerHeight = 2 * line + 14;

    // Wide enough for the names and addresses in the pool, within reason.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int widest = boldMetrics.horizontalAdvance(tr("Waiting for a room"));
    for (int row = 0; row < m_layout.rowCount(); ++row) {
        const Room &room = *m_layout.row(row).room;
        widest = std::max({widest, boldMetrics.horizontalAdvance(room.name) + (room.webinar ? 70 : 0),
                           metrics.horizontalAdvance(room.email)});
    }
    m_nameWidth = std::clamp(widest + 28, 180, 320);
    rebuildTicks();
    updateScrollBars();
}

void RoomCalendarView::updateScrollBars()
{
    QScrollBar *horizontal = horizontalScrollBar();
    const int width = timeAreaWidth();
    const int periodWidth = static_cast<int>(std::lround(width * m_zoom));
    const double fraction = horizontal->maximum() > 0 ? double(horizontal->value()) / horizontal->maximum() : 0.0;
    const bool resized = width != m_scrolledWidth;
    m_scrolledWidth = width;
    horizontal->setRange(0, std::max(0, periodWidth - width));
    horizontal->setPageStep(width);
    horizontal->setSingleStep(std::max(1, width / 24));
    // A resize keeps the same time in view.
    if (resized)
        horizontal->setValue(static_cast<int>(std::lround(fraction * horizontal->maximum())));

    QScrollBar *vertical = verticalScrollBar();
    const int visibleHeight = std::max(0, viewport()->height() - m_headerHeight);
    vertical->setRange(0, std::max(0, m_layout.contentHeight() - visibleHeight));
    vertical->setPageStep(visibleHeight);
    vertical->setSingleStep(m_layout.rowHeight());
}

void RoomCalendarView::rebuildTicks()
{
    // Labels a little apart: the hour step grows as the hours shrink, and when even a label
    // every 12 hours is too wide, hours alone ("18", "6 PM") make room for more of them.
    const QLocale locale;
    const double hour = pixelsPerHour();
    const auto stepFor = [this, hour, &locale](const QString &format) {
        const QString widest = format.isEmpty() ? locale.toString(QTime(22, 0), QLocale::ShortFormat)
                                                : locale.toString(QTime(22, 0), format);
        const int labelWidth = fontMetrics().horizontalAdvance(widest) + 12;
        for (int step : {1, 2, 3, 4, 6, 12}) {
            if (step * hour >= labelWidth)
                return step;
        }
        return 24;
    };
    m_tickFormat.clear();
    m_tickHours = stepFor(m_tickFormat);
    if (m_tickHours >= 12) {
        const bool twelveHour =
            locale.timeFormat(QLocale::ShortFormat).contains(QLatin1String("ap"), Qt::CaseInsensitive);
        const QString hoursOnly = twelveHour ? QStringLiteral("h AP") : QStringLiteral("HH");
        if (const int step = stepFor(hoursOnly); step < m_tickHours) {
            m_tickHours = step;
            m_tickFormat = hoursOnly;
        }
    }
    m_ticks.clear();
    m_offHours.clear();
    const QList<Qt::DayOfWeek> workdays = locale.weekdays();
    for (int day = 0; day < periodDays(); ++day) {
        const QDate date = m_periodStart.addDays(day);
        const qint64 dayStart = date.startOfDay(m_zone).toMSecsSinceEpoch();
        const qint64 dayEnd = date.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch();
        for (int h = 0; h < 24; h += m_tickHours)
            m_ticks.append({h == 0 ? dayStart : QDateTime(date, QTime(h, 0), m_zone).toMSecsSinceEpoch(), h == 0});
        const auto shade = [this](qint64 from, qint64 to) {
            if (!m_offHours.isEmpty() && m_offHours.constLast().toMs == from)
                m_offHours.last().toMs = to; // a night runs into the next morning
            else
                m_offHours.append({from, to});
        };
        if (!workdays.contains(static_cast<Qt::DayOfWeek>(date.dayOfWeek()))) {
            shade(dayStart, dayEnd);
        } else {
            shade(dayStart, QDateTime(date, QTime(kNightEndsHour, 0), m_zone).toMSecsSinceEpoch());
            shade(QDateTime(date, QTime(kNightStartsHour, 0), m_zone).toMSecsSinceEpoch(), dayEnd);
        }
    }
}

void RoomCalendarView::recount()
{
    m_periodCount = 0;
    for (int row = CalendarLayout::kPendingRow; row < m_layout.rowCount(); ++row)
        m_layout.forEachVisible(row, m_periodStartMs, m_periodEndMs, [this](qsizetype) { ++m_periodCount; });
}

void RoomCalendarView::updateAccessibleText()
{
    setAccessibleName(tr("Room calendar"));
    QString description = tr("%n room(s)", nullptr, m_layout.rowCount()) + QStringLiteral(", ") +
        tr("%n booking(s) in this period", nullptr, m_periodCount) + QStringLiteral(". ");
    if (const auto selected = selectedBooking()) {
        description +=
            tr("Selected: %1, %2.").arg(selected->request.title, BookingTexts::sessionIn(selected->request, m_zone)) +
            QLatin1Char(' ');
    }
    description += tr("Arrow keys move between bookings, Enter opens one, Page Up and Page Down change the period, "
                      "Home goes to now.");
    setAccessibleDescription(description);
}

// ---- painting ------------------------------------------------------------------------------

void RoomCalendarView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    paint(painter, viewport()->size());
    if (hasFocus()) {
        painter.setClipping(false);
        painter.setPen(QPen(m_colors.selection, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    }
}

QImage RoomCalendarView::renderImage(qreal devicePixelRatio) const
{
    const QSize size = viewport()->size();
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    paint(painter, size);
    return image;
}

void RoomCalendarView::paint(QPainter &painter, const QSize &size) const
{
    const QRect content(m_nameWidth, m_headerHeight, size.width() - m_nameWidth, size.height() - m_headerHeight);
    const qint64 t0 = msAt(content.left());
    const qint64 t1 = msAt(content.right() + 1) + 1;

    const int top = verticalScrollBar()->value();
    const auto first = m_layout.rowAt(top);
    const int firstRow = first.value_or(m_layout.rowCount());
    const int lastRow = m_layout.rowAt(top + content.height() - 1).value_or(m_layout.rowCount() - 1);

    painter.save();
    painter.setClipRect(content);
    paintBackground(painter, content, firstRow, lastRow);
    paintGrid(painter, content);
    for (int row = firstRow; row <= lastRow; ++row)
        paintRow(painter, row, content, t0, t1);
    paintPlaceholder(painter, size);
    paintNowLine(painter, size);
    painter.restore();

    paintNames(painter, size, firstRow, lastRow);
    paintHeader(painter, size);
}

void RoomCalendarView::paintBackground(QPainter &painter, const QRect &area, int firstRow, int lastRow) const
{
    // Opaque fills only: blending a translucent shade over the whole area costs more than
    // all the bookings together.
    const auto shaded = [&](const QRect &band, const QColor &day, const QColor &off) {
        painter.fillRect(band, day);
        for (const Shade &shade : m_offHours) {
            const int x0 = std::max(qRound(xForMs(shade.fromMs)), band.left());
            const int x1 = std::min(qRound(xForMs(shade.toMs)), band.right() + 1);
            if (x1 > x0)
                painter.fillRect(QRect(x0, band.top(), x1 - x0, band.height()), off);
        }
    };
    const int top = verticalScrollBar()->value();
    for (int row = firstRow; row <= lastRow; ++row) {
        const QRect band(area.left(), m_headerHeight + m_layout.rowTop(row) - top, area.width(),
                         m_layout.rowHeight(row));
        if (row == CalendarLayout::kPendingRow) {
            painter.fillRect(band, QBrush(m_hatch));
        } else if (row % 2 == 1) {
            shaded(band, m_colors.alternateRow, m_colors.offHoursAlternate);
        } else {
            shaded(band, m_colors.base, m_colors.offHours);
        }
    }
    const int bottom = std::max(area.top(), m_headerHeight + m_layout.contentHeight() - top);
    if (bottom <= area.bottom())
        shaded(QRect(area.left(), bottom, area.width(), area.bottom() + 1 - bottom), m_colors.base, m_colors.offHours);
}

void RoomCalendarView::paintGrid(QPainter &painter, const QRect &area) const
{
    // One-pixel fills: as crisp as lines and much cheaper for the raster engine.
    const auto vertical = [&](qint64 ms, const QColor &colour) {
        const int x = static_cast<int>(std::floor(xForMs(ms)));
        if (x >= area.left() && x <= area.right())
            painter.fillRect(QRect(x, area.top(), 1, area.height()), colour);
    };
    const auto horizontal = [&](int y, const QColor &colour) {
        if (y >= area.top() && y <= area.bottom())
            painter.fillRect(QRect(area.left(), y, area.width(), 1), colour);
    };
    if (m_tickHours > 1 && pixelsPerHour() >= 16) {
        // Every hour, faintly, between the labelled ones, where hours are wide enough to tell apart.
        for (qint64 ms = m_periodStartMs; ms < m_periodEndMs; ms += kMsPerHour)
            vertical(ms, m_colors.grid);
    }
    for (const Tick &tick : m_ticks)
        vertical(tick.ms, tick.dayStart ? m_colors.gridStrong : m_colors.grid);
    const int top = verticalScrollBar()->value();
    const int pendingBottom = m_headerHeight + m_layout.rowHeight(CalendarLayout::kPendingRow) - top;
    const int lastBottom = std::min(area.bottom() + 1, m_headerHeight + m_layout.contentHeight() - top);
    const int firstBottom =
        pendingBottom + m_layout.rowHeight() * std::max(1, (area.top() - pendingBottom) / m_layout.rowHeight() + 1);
    for (int y = firstBottom; y <= lastBottom; y += m_layout.rowHeight())
        horizontal(y - 1, m_colors.grid);
    horizontal(pendingBottom - 1, m_colors.gridStrong);
}

void RoomCalendarView::paintRow(QPainter &painter, int row, const QRect &area, qint64 t0, qint64 t1) const
{
    const bool pending = row == CalendarLayout::kPendingRow;
    const auto &bookings = m_layout.row(row).bookings;
    m_layout.forEachVisible(row, t0, t1, [&](qsizetype i) {
        const CalendarBooking &booking = bookings.at(i);
        QRectF lane = laneRect(row, booking.subLane);
        lane.setLeft(area.left());
        lane.setRight(area.right());
        paintBooking(painter, booking, lane, pending);
    });
}

void RoomCalendarView::paintBooking(QPainter &painter, const CalendarBooking &booking, const QRectF &lane,
                                    bool pending) const
{
    const RoomRequest &request = booking.request;
    const qreal s0 = xForMs(booking.sessionFromMs);
    const qreal s1 = std::max(xForMs(booking.sessionToMs), s0 + 3);
    const QRectF session = horizontalSpan(s0, s1, lane);
    const QColor kind = request.webinar ? m_colors.webinar : m_colors.meeting;
    QColor textColour;
    painter.setRenderHint(QPainter::Antialiasing, false);

    QRectF whole = session;
    if (pending) {
        painter.fillRect(session, m_colors.pendingFill);
        painter.setPen(QPen(m_colors.pending, 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(session.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.fillRect(QRectF(session.left(), session.top(), std::min<qreal>(4, session.width()), session.height()),
                         kind);
        textColour = m_colors.text;
    } else {
        const QColor buffer = request.webinar ? m_colors.webinarBuffer : m_colors.meetingBuffer;
        const qreal b0 = xForMs(booking.fromMs);
        const qreal b1 = xForMs(booking.toMs);
        const QRectF inner = lane.adjusted(0, 3, 0, -3);
        if (b0 < s0)
            painter.fillRect(horizontalSpan(b0, s0, inner), buffer);
        if (b1 > s1)
            painter.fillRect(horizontalSpan(s1, b1, inner), buffer);
        painter.fillRect(session, kind);
        whole = horizontalSpan(std::min(b0, s0), std::max(b1, s1), lane);
        textColour = request.webinar ? m_colors.webinarText : m_colors.meetingText;
        if (booking.conflict) {
            painter.setPen(QPen(m_colors.conflict, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(whole.adjusted(1, 1, -1, -1));
        }
    }
    if (request.id == m_selectedId) {
        painter.setPen(QPen(m_colors.base, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(whole.adjusted(-1.5, -1.5, 1.5, 1.5));
        painter.setPen(QPen(m_colors.selection, 2));
        painter.drawRect(whole.adjusted(-3, -3, 3, 3));
    }

    // The title stays readable when the session starts left of the view.
    const qreal textLeft = std::max(session.left(), lane.left()) + (pending ? 8 : 5);
    const qreal textWidth = session.right() - textLeft - 4;
    if (textWidth < 14)
        return;
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(textColour);
    const bool twoLines = session.height() >= 2 * metrics.height() + 2;
    const ElidedBooking &texts = bookingTexts(booking, metrics, static_cast<int>(textWidth));
    const qreal firstBaseline = twoLines
        ? session.top() + (session.height() - 2 * metrics.height()) / 2 + metrics.ascent()
        : session.center().y() - metrics.height() / 2.0 + metrics.ascent();
    painter.drawText(QPointF(textLeft, firstBaseline), texts.title);
    if (twoLines && textWidth > 40)
        painter.drawText(QPointF(textLeft, firstBaseline + metrics.height()), texts.times);
}

// Eliding is the costliest part of painting a booking; a booking keeps its texts until the
// width it has changes (scrolling rows or repainting the now-line elides nothing).
const RoomCalendarView::ElidedBooking &RoomCalendarView::bookingTexts(const CalendarBooking &booking,
                                                                      const QFontMetrics &metrics, int width) const
{
    ElidedBooking &texts = m_bookingTexts[booking.request.id];
    if (texts.width == width)
        return texts;
    texts.width = width;
    const QString title = booking.request.title.isEmpty() ? tr("(untitled)") : booking.request.title;
    texts.title = metrics.elidedText(title, Qt::ElideRight, width);
    // "09:00–10:30" when it fits, else the start alone.
    const QLocale locale;
    const QString start =
        locale.toString(QDateTime::fromMSecsSinceEpoch(booking.sessionFromMs, m_zone).time(), QLocale::ShortFormat);
    QString times = start + QStringLiteral("–") +
        locale.toString(QDateTime::fromMSecsSinceEpoch(booking.sessionToMs, m_zone).time(), QLocale::ShortFormat);
    if (metrics.horizontalAdvance(times) > width)
        times = start;
    texts.times = metrics.elidedText(times, Qt::ElideRight, width);
    return texts;
}

const RoomCalendarView::ElidedRoom &RoomCalendarView::nameTexts(const Room &room, const QFontMetrics &nameMetrics,
                                                                int nameWidth, const QFontMetrics &emailMetrics,
                                                                int emailWidth) const
{
    ElidedRoom &texts = m_nameTexts[room.id];
    if (texts.nameWidth == nameWidth && texts.emailWidth == emailWidth)
        return texts;
    texts.nameWidth = nameWidth;
    texts.emailWidth = emailWidth;
    texts.name = nameMetrics.elidedText(room.name.isEmpty() ? room.email : room.name, Qt::ElideRight, nameWidth);
    texts.email = emailMetrics.elidedText(room.email, Qt::ElideMiddle, emailWidth);
    return texts;
}

void RoomCalendarView::paintNames(QPainter &painter, const QSize &size, int firstRow, int lastRow) const
{
    const QRect column(0, m_headerHeight, m_nameWidth, size.height() - m_headerHeight);
    painter.save();
    painter.setClipRect(column);
    painter.fillRect(column, m_colors.header);
    const QFontMetrics metrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const int top = verticalScrollBar()->value();
    const int padding = 10;

    for (int row = firstRow; row <= lastRow; ++row) {
        const QRect cell(0, m_headerHeight + m_layout.rowTop(row) - top, m_nameWidth, m_layout.rowHeight(row));
        const int textWidth = m_nameWidth - 2 * padding;
        if (row == CalendarLayout::kPendingRow) {
            painter.fillRect(cell, m_colors.pendingLane);
            painter.setFont(bold);
            painter.setPen(m_colors.text);
            const int count = static_cast<int>(m_layout.row(row).bookings.size());
            const QString title = boldMetrics.elidedText(tr("Waiting for a room"), Qt::ElideRight, textWidth);
            painter.drawText(QPointF(padding, cell.top() + 4 + boldMetrics.ascent()), title);
            painter.setFont(small);
            painter.setPen(m_colors.mutedText);
            painter.drawText(QPointF(padding, cell.top() + 4 + boldMetrics.height() + smallMetrics.ascent()),
                             smallMetrics.elidedText(tr("%n request(s)", nullptr, count), Qt::ElideRight, textWidth));
            painter.setPen(QPen(m_colors.gridStrong, 0));
            painter.drawLine(QPointF(0, cell.bottom() + 0.5), QPointF(m_nameWidth, cell.bottom() + 0.5));
            continue;
        }
        const Room &room = *m_layout.row(row).room;
        const bool usable = room.active && room.assignment == Room::Assignment::Automatic;
        if (row % 2 == 1)
            painter.fillRect(cell, m_colors.nameAlternate);

        // Badges on the right of the first line: what sets this room apart for allocation.
        QList<std::pair<QString, QColor>> badges;
        if (!room.active)
            badges.append({tr("inactive"), m_colors.mutedText});
        else if (room.assignment == Room::Assignment::Manual)
            badges.append({tr("by hand"), m_colors.mutedText});
        if (room.webinar)
            badges.append({tr("webinar"), m_colors.webinar});
        int badgeRight = m_nameWidth - padding;
        painter.setFont(small);
        const int lineTop = cell.top() + (cell.height() - metrics.height() - smallMetrics.height() - 2) / 2;
        for (const auto &[badge, fill] : std::as_const(badges)) {
            const int width = smallMetrics.horizontalAdvance(badge) + 8;
            const QRectF pill(badgeRight - width, lineTop + 1, width, smallMetrics.height());
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(pill, 4, 4);
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.setPen(CalendarColors::textOn(fill));
            painter.drawText(pill, Qt::AlignCenter, badge);
            badgeRight -= width + 4;
        }
        const QFontMetrics &nameMetrics = usable ? boldMetrics : metrics;
        const ElidedRoom &texts = nameTexts(room, nameMetrics, badgeRight - padding - 2, smallMetrics, textWidth);
        painter.setFont(usable ? bold : font());
        painter.setPen(usable ? m_colors.text : m_colors.mutedText);
        painter.drawText(QPointF(padding, lineTop + nameMetrics.ascent()), texts.name);
        painter.setFont(small);
        painter.setPen(m_colors.mutedText);
        painter.drawText(QPointF(padding, lineTop + metrics.height() + 2 + smallMetrics.ascent()), texts.email);
    }
    painter.setPen(QPen(m_colors.gridStrong, 0));
    painter.drawLine(QPointF(m_nameWidth - 0.5, column.top()), QPointF(m_nameWidth - 0.5, column.bottom() + 1));
    painter.restore();
}

void RoomCalendarView::paintHeader(QPainter &painter, const QSize &size) const
{
    const QRect header(0, 0, size.width(), m_headerHeight);
    painter.save();
    painter.fillRect(header, m_colors.header);
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const int line = metrics.height();
    const QRect timeArea(m_nameWidth, 0, size.width() - m_nameWidth, m_headerHeight);

    painter.setClipRect(timeArea);
    const QDate current = today();
    for (int day = 0; day < periodDays(); ++day) {
        const QDate date = m_periodStart.addDays(day);
        const qreal x0 = xForMs(date.startOfDay(m_zone).toMSecsSinceEpoch());
        const qreal x1 = xForMs(date.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch());
        if (x1 < timeArea.left() || x0 > timeArea.right())
            continue;
        // Sticky: the day's name stays at the left edge while any of the day is in view.
        const qreal left = std::max<qreal>(x0, timeArea.left()) + 6;
        const int width = int(x1 - left - 4);
        if (width < 12)
            continue;
        QString label = locale.toString(date, QLocale::LongFormat);
        if (metrics.horizontalAdvance(label) > width)
            label = locale.toString(date, QStringLiteral("ddd d MMM"));
        painter.setFont(date == current ? bold : font());
        painter.setPen(date == current ? m_colors.nowLine : m_colors.text);
        painter.drawText(QPointF(left, 5 + metrics.ascent()), metrics.elidedText(label, Qt::ElideRight, width));
        painter.setPen(QPen(m_colors.gridStrong, 0));
        painter.drawLine(QPointF(std::floor(x0) + 0.5, 2), QPointF(std::floor(x0) + 0.5, m_headerHeight));
    }
    painter.setFont(font());
    for (const Tick &tick : m_ticks) {
        const qreal x = std::floor(xForMs(tick.ms)) + 0.5;
        if (x < timeArea.left() - 80 || x > timeArea.right())
            continue;
        painter.setPen(QPen(m_colors.grid, 0));
        painter.drawLine(QPointF(x, m_headerHeight - 6), QPointF(x, m_headerHeight));
        painter.setPen(m_colors.mutedText);
        const QTime time = QDateTime::fromMSecsSinceEpoch(tick.ms, m_zone).time();
        painter.drawText(QPointF(x + 4, 7 + line + metrics.ascent()),
                         m_tickFormat.isEmpty() ? locale.toString(time, QLocale::ShortFormat)
                                                : locale.toString(time, m_tickFormat));
    }
    painter.setClipping(false);

    // The corner: how many rooms, and in which zone the axis is.
    painter.setPen(m_colors.text);
    painter.setFont(bold);
    const int cornerWidth = m_nameWidth - 20;
    painter.drawText(
        QPointF(10, 5 + metrics.ascent()),
        QFontMetrics(bold).elidedText(tr("%n room(s)", nullptr, m_layout.rowCount()), Qt::ElideRight, cornerWidth));
    painter.setFont(font());
    painter.setPen(m_colors.mutedText);
    painter.drawText(
        QPointF(10, 7 + line + metrics.ascent()),
        metrics.elidedText(tr("Times in %1").arg(BookingTexts::zoneName(m_zone)), Qt::ElideMiddle, cornerWidth));
    painter.setPen(QPen(m_colors.gridStrong, 0));
    painter.drawLine(QPointF(0, m_headerHeight - 0.5), QPointF(size.width(), m_headerHeight - 0.5));
    painter.drawLine(QPointF(m_nameWidth - 0.5, 0), QPointF(m_nameWidth - 0.5, m_headerHeight));

    // Where "now" is on the axis.
    const qreal now = xForMs(m_clock->nowUtc().toMSecsSinceEpoch());
    if (now >= m_nameWidth && now < size.width()) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_colors.nowLine);
        QPainterPath marker;
        marker.moveTo(now - 5, m_headerHeight - 7);
        marker.lineTo(now + 5, m_headerHeight - 7);
        marker.lineTo(now, m_headerHeight);
        marker.closeSubpath();
        painter.drawPath(marker);
    }
    painter.restore();
}

void RoomCalendarView::paintNowLine(QPainter &painter, const QSize &size) const
{
    const qreal x = xForMs(m_clock->nowUtc().toMSecsSinceEpoch());
    if (x < m_nameWidth || x >= size.width())
        return;
    painter.setPen(QPen(m_colors.nowLine, 2));
    painter.drawLine(QPointF(x, m_headerHeight), QPointF(x, size.height()));
}

void RoomCalendarView::paintPlaceholder(QPainter &painter, const QSize &size) const
{
    if (m_placeholder.isEmpty() || m_periodCount > 0)
        return;
    const QFontMetrics metrics = fontMetrics();
    const int width = std::min(metrics.horizontalAdvance(m_placeholder) + 32, size.width() - m_nameWidth - 20);
    const QRectF box(
        m_nameWidth + (size.width() - m_nameWidth - width) / 2.0,
        m_headerHeight +
            std::max(m_layout.rowHeight(CalendarLayout::kPendingRow) + 24, (size.height() - m_headerHeight) / 3),
        width, metrics.height() + 20);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(m_colors.gridStrong, 1));
    painter.setBrush(m_colors.base);
    painter.drawRoundedRect(box, 6, 6);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(m_colors.mutedText);
    painter.drawText(box, Qt::AlignCenter, metrics.elidedText(m_placeholder, Qt::ElideRight, width - 16));
}

// ---- interaction ---------------------------------------------------------------------------

std::optional<std::pair<int, qsizetype>> RoomCalendarView::hit(const QPoint &pos) const
{
    if (pos.x() < m_nameWidth || pos.y() < m_headerHeight)
        return std::nullopt;
    const int y = pos.y() - m_headerHeight + verticalScrollBar()->value();
    const auto row = m_layout.rowAt(y);
    if (!row)
        return std::nullopt;
    const int subLane = *row == CalendarLayout::kPendingRow ? m_layout.subLaneAt(y - m_layout.rowTop(*row)) : -1;
    const auto slop = static_cast<qint64>(kHitSlopPx / pixelsPerMs());
    const qsizetype index = m_layout.bookingAt(*row, msAt(pos.x()), slop, subLane);
    if (index < 0)
        return std::nullopt;
    return std::pair {*row, index};
}

std::optional<CalendarBooking> RoomCalendarView::selectedBooking() const
{
    if (m_selectedId == 0)
        return std::nullopt;
    const auto found = m_layout.find(m_selectedId);
    if (!found)
        return std::nullopt;
    return m_layout.booking(found->first, found->second);
}

void RoomCalendarView::setSelectedId(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    updateAccessibleText();
    viewport()->update();
    emit selectionChanged(id);
}

void RoomCalendarView::select(int row, qsizetype index, bool scroll)
{
    const qint64 id = m_layout.booking(row, index).request.id;
    setSelectedId(id);
    if (scroll)
        ensureVisible(id);
}

void RoomCalendarView::ensureVisible(qint64 requestId)
{
    const auto found = m_layout.find(requestId);
    if (!found)
        return;
    const CalendarBooking &booking = m_layout.booking(found->first, found->second);
    if (booking.sessionFromMs < m_periodStartMs || booking.sessionFromMs >= m_periodEndMs)
        setPeriod(QDateTime::fromMSecsSinceEpoch(booking.sessionFromMs, m_zone).date());

    const qreal x0 = xForMs(booking.sessionFromMs);
    const qreal x1 = xForMs(booking.sessionToMs);
    const int right = m_nameWidth + timeAreaWidth();
    QScrollBar *horizontal = horizontalScrollBar();
    if (x0 < m_nameWidth || x1 > right) {
        const qreal target = (x1 - x0) > timeAreaWidth() ? m_nameWidth + 8 : m_nameWidth + timeAreaWidth() / 4.0;
        horizontal->setValue(horizontal->value() + qRound(x0 - target));
    }
    const int rowTop = m_layout.rowTop(found->first);
    const int rowBottom = rowTop + m_layout.rowHeight(found->first);
    QScrollBar *vertical = verticalScrollBar();
    const int visible = viewport()->height() - m_headerHeight;
    if (rowTop < vertical->value())
        vertical->setValue(rowTop);
    else if (rowBottom > vertical->value() + visible)
        vertical->setValue(rowBottom - visible);
}

void RoomCalendarView::moveSelection(int key)
{
    const auto current = m_selectedId ? m_layout.find(m_selectedId) : std::nullopt;
    if (!current) {
        // Nothing selected yet: of the first visible row with a booking in view, the booking
        // nearest the middle of the view.
        const qint64 t0 = msAt(m_nameWidth);
        const qint64 t1 = msAt(m_nameWidth + timeAreaWidth());
        const qint64 middle = (t0 + t1) / 2;
        const int top = verticalScrollBar()->value();
        for (int row = m_layout.rowAt(top).value_or(m_layout.rowCount()); row < m_layout.rowCount(); ++row) {
            qsizetype best = -1;
            qint64 bestDistance = std::numeric_limits<qint64>::max();
            m_layout.forEachVisible(row, t0, t1, [&](qsizetype i) {
                const qint64 distance = std::abs(m_layout.booking(row, i).sessionFromMs - middle);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = i;
                }
            });
            if (best >= 0) {
                select(row, best, true);
                return;
            }
        }
        return;
    }
    const auto [row, index] = *current;
    const auto &bookings = m_layout.row(row).bookings;
    switch (key) {
    case Qt::Key_Left:
        if (index > 0)
            select(row, index - 1, true);
        return;
    case Qt::Key_Right:
        if (index + 1 < bookings.size())
            select(row, index + 1, true);
        return;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = key == Qt::Key_Down ? 1 : -1;
        const qint64 reference = bookings.at(index).sessionFromMs;
        for (int next = row + step; next >= CalendarLayout::kPendingRow && next < m_layout.rowCount(); next += step) {
            if (const qsizetype nearest = m_layout.nearest(next, reference); nearest >= 0) {
                select(next, nearest, true);
                return;
            }
        }
        return;
    }
    default:
        return;
    }
}

void RoomCalendarView::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveSelection(event->key());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (selectedBooking())
            emit bookingOpenRequested(m_selectedId);
        return;
    case Qt::Key_Escape:
        setSelectedId(0);
        return;
    case Qt::Key_Home:
        goToNow();
        return;
    case Qt::Key_PageUp:
        goToPreviousPeriod();
        return;
    case Qt::Key_PageDown:
        goToNextPeriod();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (control) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (control) {
            zoomOut();
            return;
        }
        break;
    case Qt::Key_0:
        if (control) {
            setZoom(1.0);
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void RoomCalendarView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const int amount = delta.y() != 0 ? delta.y() : delta.x();
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        zoomAt(std::pow(kZoomStep, amount / 120.0), event->position().x());
        event->accept();
        return;
    }
    if (event->modifiers().testFlag(Qt::ShiftModifier)) {
        QScrollBar *horizontal = horizontalScrollBar();
        horizontal->setValue(horizontal->value() - amount * horizontal->singleStep() / 40);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void RoomCalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const auto found = hit(event->position().toPoint());
    if (!found) {
        setSelectedId(0);
        return;
    }
    select(found->first, found->second, false);
    emit bookingActivated(m_selectedId);
}

void RoomCalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    // The press did the work; the release of a left click is ours too.
    event->setAccepted(event->button() == Qt::LeftButton);
}

void RoomCalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto found = hit(event->position().toPoint())) {
        select(found->first, found->second, false);
        emit bookingOpenRequested(m_selectedId);
    }
}

void RoomCalendarView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    // Tabbing in lands on a booking at once, so the arrows have something to move.
    if ((event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) && !selectedBooking())
        moveSelection(Qt::Key_Right);
    viewport()->update();
}

void RoomCalendarView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void RoomCalendarView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    rebuildTicks();
    updateScrollBars();
}

void RoomCalendarView::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool RoomCalendarView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void RoomCalendarView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
        m_colors = CalendarColors::from(palette());
        m_hatch = hatchTile(m_colors.base, m_colors.pendingLane);
        viewport()->update();
        break;
    case QEvent::FontChange:
        forgetTexts();
        updateMetrics();
        viewport()->update();
        break;
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        forgetTexts();
        updateMetrics();
        updateAccessibleText();
        viewport()->update();
        break;
    default:
        break;
    }
    QAbstractScrollArea::changeEvent(event);
}

// ---- tooltips ------------------------------------------------------------------------------

QString RoomCalendarView::toolTipAt(const QPoint &pos) const
{
    if (const auto found = hit(pos))
        return toolTipText(m_layout.booking(found->first, found->second).request.id);
    if (pos.x() >= m_nameWidth || pos.y() < m_headerHeight)
        return {};
    const auto row = m_layout.rowAt(pos.y() - m_headerHeight + verticalScrollBar()->value());
    if (!row || *row == CalendarLayout::kPendingRow)
        return row ? tr("Requests that no room could take yet, with the reason for each.") : QString();
    const Room &room = *m_layout.row(*row).room;
    QStringList lines {QStringLiteral("<b>%1</b>").arg(room.name.toHtmlEscaped()), room.email.toHtmlEscaped()};
    lines.append(room.active ? tr("Active") : tr("Inactive: gets no bookings"));
    lines.append(room.assignment == Room::Assignment::Manual ? tr("Assigned by hand only")
                                                             : tr("Assigned automatically"));
    lines.append(room.webinar ? tr("Webinar licence") : tr("Meetings only"));
    return QStringLiteral("<p style='white-space:pre'>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QString RoomCalendarView::toolTipText(qint64 requestId) const
{
    const auto found = m_layout.find(requestId);
    if (!found)
        return {};
    const CalendarBooking &booking = m_layout.booking(found->first, found->second);
    const RoomRequest &request = booking.request;
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(request.title.toHtmlEscaped()));
    lines.append(BookingTexts::kind(request) + QStringLiteral(" · ") + BookingTexts::status(request));
    lines.append(tr("Organizer: %1").arg(BookingTexts::organizer(request).toHtmlEscaped()));
    if (found->first != CalendarLayout::kPendingRow) {
        const Room &room = *m_layout.row(found->first).room;
        lines.append(tr("Room: %1 (%2)").arg(room.name.toHtmlEscaped(), room.email.toHtmlEscaped()));
    }
    lines.append(tr("Session: %1").arg(BookingTexts::sessionInOwnZone(request).toHtmlEscaped()));
    lines.append(tr("Your time: %1").arg(BookingTexts::sessionIn(request, m_zone).toHtmlEscaped()));
    if (const QString blocked = BookingTexts::blockedIn(request, m_zone); !blocked.isEmpty())
        lines.append(tr("Room blocked, buffers included: %1").arg(blocked.toHtmlEscaped()));
    if (booking.conflict)
        lines.append(QStringLiteral("<b>%1</b>").arg(tr("Overlaps another booking of this room.").toHtmlEscaped()));
    // The facts line by line; the reason, which can be long, wraps below them.
    QString text =
        QStringLiteral("<p style='white-space:pre'>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    if (request.status == RoomRequest::Status::Pending && !request.reason.isEmpty())
        text +=
            QStringLiteral("<p>") + tr("Why it waits: %1").arg(request.reason.toHtmlEscaped()) + QStringLiteral("</p>");
    return text;
}

} // namespace Roomdesk
