// SPDX-License-Identifier: GPL-3.0-or-later
// bench_calendar: the room calendar with 500 rooms and 20,000 bookings over four weeks.
// Measures, in the same run:
//   - a frame of the view at week and at day scale, rendered off screen into a QImage while
//     scrolling through the rooms, against a baseline painter that draws every booking and
//     leaves clipping to QPainter;
//   - the layout's visible-range query (binary search per visible row) against a scan of
//     every booking.
// Prints ms per frame (p50/p99), µs per query and the speed-ups. Target: a frame well under
// 16 ms.
//
//   bench_calendar [--rooms N] [--bookings N] [--frames N]
#include "calendar/roomcalendarview.h"
#include "clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>

using namespace Roomdesk;

namespace {

const QDateTime kStart(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc()); // a Monday
constexpr int kDays = 28;

struct Stats
{
    double p50 = 0;
    double p99 = 0;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double q) {
        return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * double(samples.size()))));
    };
    return {at(0.50), at(0.99)};
}

RoomPoolSnapshot makeSnapshot(int roomCount, int bookingCount, int pendingCount)
{
    QRandomGenerator random(2026);
    RoomPoolSnapshot snapshot;
    snapshot.fromUtc = kStart;
    snapshot.toUtc = kStart.addDays(kDays);
    for (int i = 0; i < roomCount; ++i) {
        Room room;
        room.id = i + 1;
        room.name = QStringLiteral("Room %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        room.email = QStringLiteral("room%1@campus.example.edu").arg(i + 1);
        room.webinar = i % 5 == 0;
        room.active = i % 20 != 7;
        room.assignment = i % 20 == 9 ? Room::Assignment::Manual : Room::Assignment::Automatic;
        room.position = i + 1;
        snapshot.rooms.append(room);
    }
    // Each room's bookings one after another with gaps, so rooms stay conflict-free.
    const int perRoom = bookingCount / roomCount;
    const qint64 span = qint64(kDays) * 24 * 3600;
    qint64 id = 1;
    for (const Room &room : std::as_const(snapshot.rooms)) {
        qint64 cursor = random.bounded(0, 6 * 3600);
        for (int b = 0; b < perRoom; ++b) {
            const int minutes = 30 + 15 * random.bounded(0, 11);
            const qint64 start = cursor + 15 * 60 + random.bounded(0, int(span / perRoom));
            if (start + minutes * 60 + 25 * 60 >= span)
                break;
            RoomRequest request;
            request.id = id++;
            request.title = QStringLiteral("Session %1 — Linear algebra, group %2").arg(request.id).arg(b % 7 + 1);
            request.webinar = room.webinar && b % 3 == 0;
            request.startUtc = kStart.addSecs(start);
            request.timeZone = QStringLiteral("Europe/Madrid");
            request.durationMinutes = minutes;
            request.organizer = QStringLiteral("Organizer %1").arg(b % 40);
            request.status = RoomRequest::Status::Allocated;
            request.roomId = room.id;
            request.roomEmail = room.email;
            request.blockedFromUtc = request.startUtc.addSecs(-15 * 60);
            request.blockedToUtc = request.startUtc.addSecs((minutes + 25) * 60);
            snapshot.requests.append(request);
            cursor = start + (minutes + 25) * 60;
        }
    }
    for (int p = 0; p < pendingCount; ++p) {
        RoomRequest request;
        request.id = id++;
        request.title = QStringLiteral("Waiting %1").arg(p);
        request.startUtc = kStart.addSecs(random.bounded(0, int(span - 3 * 3600)));
        request.timeZone = QStringLiteral("America/New_York");
        request.durationMinutes = 60;
        request.reason = QStringLiteral("No room is free then");
        snapshot.requests.append(request);
    }
    return snapshot;
}

// The baseline: every booking of every row painted, leaving the clipping to QPainter.
void paintEverything(QImage &image, const RoomCalendarView &view)
{
    QPainter painter(&image);
    painter.fillRect(image.rect(), view.colors().base);
    const CalendarLayout &layout = view.calendarLayout();
    const qint64 leftMs = view.timeAt(view.nameColumnWidth()).toMSecsSinceEpoch();
    const double perMs = view.pixelsPerHour() / 3600000.0;
    const int top = view.verticalScrollBar()->value();
    const QFontMetrics metrics = view.fontMetrics();
    painter.setClipRect(QRect(view.nameColumnWidth(), view.headerHeight(), image.width(), image.height()));
    for (int row = CalendarLayout::kPendingRow; row < layout.rowCount(); ++row) {
        const int y = view.headerHeight() + layout.rowTop(row) - top;
        for (const CalendarBooking &booking : layout.row(row).bookings) {
            const auto x = [&](qint64 ms) { return view.nameColumnWidth() + double(ms - leftMs) * perMs; };
            const QRectF session(QPointF(x(booking.sessionFromMs), y + 4), QPointF(x(booking.sessionToMs), y + 40));
            painter.fillRect(QRectF(QPointF(x(booking.fromMs), y + 7), QPointF(x(booking.toMs), y + 37)),
                             view.colors().meetingBuffer);
            painter.fillRect(session, view.colors().meeting);
            painter.drawText(session.topLeft() + QPointF(4, metrics.ascent() + 2),
                             metrics.elidedText(booking.request.title, Qt::ElideRight, int(session.width())));
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int rooms = option(QStringLiteral("--rooms"), 500);
    const int bookings = option(QStringLiteral("--bookings"), 20000);
    const int frames = option(QStringLiteral("--frames"), 120);
    const int pending = 300;

    const RoomPoolSnapshot snapshot = makeSnapshot(rooms, bookings, pending);
    ManualClock clock(kStart.addDays(9).addSecs(11 * 3600));
    RoomCalendarView view;
    view.setClock(clock);
    view.setTimeZone(QTimeZone::utc());
    QElapsedTimer timer;
    timer.start();
    view.setSnapshot(snapshot);
    const double layoutMs = double(timer.nsecsElapsed()) / 1e6;
    view.resize(1600, 1000);
    view.show();
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();

    QTextStream out(stdout);
    int shownBookings = 0;
    for (int row = CalendarLayout::kPendingRow; row < view.calendarLayout().rowCount(); ++row)
        shownBookings += int(view.calendarLayout().row(row).bookings.size());
    out << QStringLiteral("bench_calendar rooms=%1 bookings=%2 (%3 waiting) over %4 days, viewport %5x%6\n")
               .arg(rooms)
               .arg(shownBookings)
               .arg(pending)
               .arg(kDays)
               .arg(view.viewport()->width())
               .arg(view.viewport()->height());
    out << QStringLiteral("  layout from the snapshot: %1 ms (once per load)\n").arg(layoutMs, 0, 'f', 1);

    bool targetMet = true;
    for (const auto scale : {RoomCalendarView::Scale::Week, RoomCalendarView::Scale::Day}) {
        view.setScale(scale);
        view.setPeriod(kStart.addDays(9).date());
        if (scale == RoomCalendarView::Scale::Day)
            view.setZoom(2.0); // half a day across: the long titles show
        QScrollBar *rowsBar = view.verticalScrollBar();
        QList<double> viewFrames;
        QList<double> baselineFrames;
        QImage baseline(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        for (int frame = 0; frame < frames; ++frame) {
            // Scroll through the rooms as a user would, a few rows per frame.
            rowsBar->setValue((frame * 7 * view.calendarLayout().rowHeight()) % std::max(1, rowsBar->maximum()));
            timer.restart();
            const QImage image = view.renderImage(1.0);
            viewFrames.append(double(timer.nsecsElapsed()) / 1e6);
            if (image.isNull())
                return 1;
            if (frame % 4 == 0) { // the baseline is slow; fewer samples say enough
                timer.restart();
                paintEverything(baseline, view);
                baselineFrames.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
        const Stats painted = stats(viewFrames);
        const Stats naive = stats(baselineFrames);
        targetMet = targetMet && painted.p99 < 16.0;
        out << QStringLiteral("  %1 scale (%2 px/h): frame p50=%3 ms p99=%4 ms | paint every booking p50=%5 ms "
                              "p99=%6 ms | speed-up x%7\n")
                   .arg(scale == RoomCalendarView::Scale::Week ? QStringLiteral("week") : QStringLiteral("day "))
                   .arg(view.pixelsPerHour(), 0, 'f', 1)
                   .arg(painted.p50, 0, 'f', 2)
                   .arg(painted.p99, 0, 'f', 2)
                   .arg(naive.p50, 0, 'f', 2)
                   .arg(naive.p99, 0, 'f', 2)
                   .arg(naive.p50 / painted.p50, 0, 'f', 1);
    }

    // Queries: 20 visible rows, one day of time, anywhere in the four weeks.
    const CalendarLayout &layout = view.calendarLayout();
    QRandomGenerator random(7);
    QList<double> fast;
    QList<double> scan;
    for (int query = 0; query < 2000; ++query) {
        const int firstRow = random.bounded(0, std::max(1, layout.rowCount() - 20));
        const int lastRow = std::min(layout.rowCount() - 1, firstRow + 19);
        const qint64 t0 = kStart.addSecs(random.bounded(0, (kDays - 1) * 24 * 3600)).toMSecsSinceEpoch();
        const qint64 t1 = t0 + 24LL * 3600 * 1000;
        int found = 0;
        timer.restart();
        for (int row = firstRow; row <= lastRow; ++row)
            layout.forEachVisible(row, t0, t1, [&found](qsizetype) { ++found; });
        fast.append(double(timer.nsecsElapsed()) / 1e3);
        int scanned = 0;
        timer.restart();
        for (int row = 0; row < layout.rowCount(); ++row) {
            for (const CalendarBooking &booking : layout.row(row).bookings)
                scanned += row >= firstRow && row <= lastRow && booking.fromMs < t1 && booking.toMs > t0;
        }
        scan.append(double(timer.nsecsElapsed()) / 1e3);
        if (found != scanned) {
            out << QStringLiteral("  MISMATCH: the layout found %1 bookings, the scan %2\n").arg(found).arg(scanned);
            return 1;
        }
    }
    const Stats query = stats(fast);
    const Stats full = stats(scan);
    out << QStringLiteral("  visible-range query (20 rows x 1 day): p50=%1 us p99=%2 us | scan every booking "
                          "p50=%3 us p99=%4 us | speed-up x%5\n")
               .arg(query.p50, 0, 'f', 2)
               .arg(query.p99, 0, 'f', 2)
               .arg(full.p50, 0, 'f', 1)
               .arg(full.p99, 0, 'f', 1)
               .arg(full.p50 / query.p50, 0, 'f', 0);
    out << (targetMet ? QStringLiteral("  target met: every scale's p99 frame is under 16 ms\n")
                      : QStringLiteral("  TARGET MISSED: a p99 frame took 16 ms or more\n"));
    return 0;
}
