// SPDX-License-Identifier: GPL-3.0-or-later
// The room calendar widget on the offscreen platform, fed with snapshots that the real room
// pool service read from a seeded SQLite file: clicks, keys, tooltips, zoom and the now-line.
#include "calendar/roomcalendarview.h"
#include "calendarseed.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Roomdesk;
using Roomdesk::Test::CalendarSeed;
using Roomdesk::Test::RoomPoolFixture;

class TestCalendarView final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RoomPoolFixture> m_fixture;
    CalendarSeed m_seed;
    std::unique_ptr<RoomCalendarView> m_view;

    RoomCalendarView &view() { return *m_view; }

    void click(qint64 id)
    {
        const QRectF rect = view().sessionRect(id);
        QVERIFY2(!rect.isNull(), qPrintable(QString::number(id)));
        QTest::mouseClick(view().viewport(), Qt::LeftButton, {}, rect.center().toPoint());
    }

    void key(int key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(&view(), static_cast<Qt::Key>(key), modifiers);
    }

    // How many pixels of `image` inside `rect` (logical coordinates) have `colour`.
    static int count(const QImage &image, const QRectF &rect, const QColor &colour)
    {
        const qreal ratio = image.devicePixelRatio();
        const QRect pixels = QRectF(rect.topLeft() * ratio, rect.size() * ratio).toAlignedRect() & image.rect();
        int n = 0;
        for (int y = pixels.top(); y <= pixels.bottom(); ++y)
            for (int x = pixels.left(); x <= pixels.right(); ++x)
                n += image.pixelColor(x, y).rgb() == colour.rgb();
        return n;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // weeks start on Monday
    }

    void init()
    {
        m_fixture = std::make_unique<RoomPoolFixture>(CalendarSeed::now);
        QVERIFY(m_seed.seed(*m_fixture));
        m_view = std::make_unique<RoomCalendarView>();
        view().setClock(m_fixture->clock);
        view().setTimeZone(QTimeZone::utc());
        view().setScale(RoomCalendarView::Scale::Week);
        view().setPeriod(CalendarSeed::now.date());
        view().setSnapshot(m_fixture->snapshot(view().periodStartUtc(), view().periodEndUtc()));
        view().resize(1200, 600);
        view().show();
        QVERIFY(QTest::qWaitForWindowExposed(&view()));
    }

    void cleanup()
    {
        m_view.reset();
        m_fixture.reset();
    }

    void rowsAreRoomsInAllocationOrder()
    {
        const CalendarLayout &layout = view().calendarLayout();
        QCOMPARE(layout.rowCount(), 4);
        QCOMPARE(layout.row(0).room->id, m_seed.a);
        QCOMPARE(layout.row(3).room->id, m_seed.d);
        QCOMPARE(layout.row(0).bookings.size(), 4); // Alpha, Bravo, Charlie, Golf
        QCOMPARE(layout.row(CalendarLayout::kPendingRow).bookings.size(), 1);
        QCOMPARE(view().bookingsInPeriod(), 7);
        QCOMPARE(view().periodStart(), QDate(2026, 11, 23));
        QVERIFY(view().accessibleName().contains("calendar"));
        QVERIFY(view().accessibleDescription().contains("4 room"));
    }

    void clickingABookingEmitsItsId_data()
    {
        QTest::addColumn<int>("scale");
        QTest::newRow("week") << int(RoomCalendarView::Scale::Week);
        QTest::newRow("day") << int(RoomCalendarView::Scale::Day);
    }

    void clickingABookingEmitsItsId()
    {
        QFETCH(int, scale);
        view().setScale(static_cast<RoomCalendarView::Scale>(scale));
        view().setPeriod(CalendarSeed::now.date());
        QSignalSpy activated(&view(), &RoomCalendarView::bookingActivated);
        QSignalSpy opened(&view(), &RoomCalendarView::bookingOpenRequested);
        // Monday's bookings are in both scales; Alpha, Delta and Foxtrot share their hour.
        for (const RoomRequest &request : {m_seed.alpha, m_seed.delta, m_seed.foxtrot, m_seed.bravo}) {
            click(request.id);
            QCOMPARE(activated.constLast().constFirst().toLongLong(), request.id);
            QCOMPARE(view().selectedId(), request.id);
        }
        QCOMPARE(opened.count(), 0); // a click selects; opening is a double click or Enter
        QTest::mouseDClick(view().viewport(), Qt::LeftButton, {},
                           view().sessionRect(m_seed.delta.id).center().toPoint());
        QCOMPARE(opened.constLast().constFirst().toLongLong(), m_seed.delta.id);

        // An empty cell (room c has nothing) clears the selection and emits nothing.
        const int before = int(activated.count());
        const QRectF alpha = view().sessionRect(m_seed.alpha.id);
        const int rowC = view().headerHeight() + view().calendarLayout().rowTop(2) + 10;
        QTest::mouseClick(view().viewport(), Qt::LeftButton, {}, QPoint(int(alpha.center().x()), rowC));
        QCOMPARE(activated.count(), before);
        QCOMPARE(view().selectedId(), 0);
    }

    void keyboardMovesTheSelection()
    {
        view().setFocus();
        QSignalSpy opened(&view(), &RoomCalendarView::bookingOpenRequested);
        view().setSelectedId(m_seed.alpha.id);
        key(Qt::Key_Right);
        QCOMPARE(view().selectedId(), m_seed.bravo.id);
        key(Qt::Key_Right);
        QCOMPARE(view().selectedId(), m_seed.charlie.id);
        key(Qt::Key_Left);
        QCOMPARE(view().selectedId(), m_seed.bravo.id);
        // Down: the next row's booking nearest in time (Delta on Monday, not Wednesday's webinar).
        key(Qt::Key_Down);
        QCOMPARE(view().selectedId(), m_seed.delta.id);
        // Rows c and d have nothing: Down stays.
        key(Qt::Key_Down);
        QCOMPARE(view().selectedId(), m_seed.delta.id);
        key(Qt::Key_Up);
        QCOMPARE(view().selectedId(), m_seed.alpha.id);
        // Above the first room: the lane of requests waiting for a room.
        key(Qt::Key_Up);
        QCOMPARE(view().selectedId(), m_seed.foxtrot.id);
        key(Qt::Key_Up);
        QCOMPARE(view().selectedId(), m_seed.foxtrot.id);
        key(Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.constLast().constFirst().toLongLong(), m_seed.foxtrot.id);
        key(Qt::Key_Down);
        key(Qt::Key_Space);
        QCOMPARE(opened.constLast().constFirst().toLongLong(), m_seed.alpha.id);
        key(Qt::Key_Escape);
        QCOMPARE(view().selectedId(), 0);

        // A week forward and back; Home is "now".
        QSignalSpy ranges(&view(), &RoomCalendarView::rangeChanged);
        key(Qt::Key_PageDown);
        QCOMPARE(view().periodStart(), QDate(2026, 11, 30));
        QCOMPARE(ranges.constLast().at(0).toDateTime(), QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc()));
        key(Qt::Key_PageDown);
        key(Qt::Key_PageUp);
        QCOMPARE(view().periodStart(), QDate(2026, 11, 30));
        key(Qt::Key_Home);
        QCOMPARE(view().periodStart(), QDate(2026, 11, 23));
        QCOMPARE(ranges.count(), 4);
        view().setScale(RoomCalendarView::Scale::Day);
        QCOMPARE(view().periodStart(), QDate(2026, 11, 23)); // today, the day in the week in view
        key(Qt::Key_PageDown);
        QCOMPARE(view().periodStart(), QDate(2026, 11, 24));
    }

    void tabEntersWithAFocusIndicator()
    {
        QWidget window;
        auto *before = new QLineEdit(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        m_view->setParent(&window);
        layout->addWidget(m_view.get());
        window.resize(1200, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        before->setFocus();
        QTRY_VERIFY(before->hasFocus());
        QTest::keyClick(before, Qt::Key_Tab);
        QTRY_VERIFY(view().hasFocus());
        QVERIFY(view().selectedId() != 0); // something to move from at once
        // The focus frame: the viewport's edge in the highlight colour.
        const QImage shown = view().viewport()->grab().toImage();
        QCOMPARE(shown.pixelColor(shown.width() / 2, 1).rgb(), view().palette().color(QPalette::Highlight).rgb());
        m_view->setParent(nullptr);
    }

    void toolTipsGiveBothZones()
    {
        // Golf: Thursday 15:00 UTC, asked in New York (10:00 there); seen from Tokyo it is Friday.
        view().setTimeZone(QTimeZone("Asia/Tokyo"));
        view().setPeriod(QDate(2026, 11, 27));
        view().setSnapshot(m_fixture->snapshot(view().periodStartUtc(), view().periodEndUtc()));
        const QString text = view().toolTipText(m_seed.golf.id);
        QVERIFY2(text.contains("Thursday, 26 November 2026, 10:00 – 11:00 (America/New_York)"), qPrintable(text));
        QVERIFY2(text.contains("Friday, 27 November 2026, 00:00 – 01:00 (Asia/Tokyo)"), qPrintable(text));
        QVERIFY2(text.contains("23:45 – Friday, 27 November 2026, 01:25 (Asia/Tokyo)"), qPrintable(text)); // blocked
        QVERIFY(text.contains("a@u.example"));
        QVERIFY(text.contains("Meeting"));

        // Over the booking, the viewport shows the same text.
        const QPoint pos = view().sessionRect(m_seed.golf.id).center().toPoint();
        QCOMPARE(view().toolTipAt(pos), text);
        QHelpEvent help(QEvent::ToolTip, pos, view().viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view().viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), text);

        // A waiting request says why it waits.
        view().setTimeZone(QTimeZone::utc());
        view().setPeriod(CalendarSeed::now.date());
        view().setSnapshot(m_fixture->snapshot(view().periodStartUtc(), view().periodEndUtc()));
        const QString waiting = view().toolTipText(m_seed.foxtrot.id);
        QVERIFY(waiting.contains("Waiting for a room"));
        QVERIFY2(waiting.contains(m_seed.foxtrot.reason.toHtmlEscaped()), qPrintable(waiting));
        QVERIFY(!m_seed.foxtrot.reason.isEmpty());
    }

    void zoomKeepsTheTimeUnderTheCursor()
    {
        view().setScale(RoomCalendarView::Scale::Day);
        view().setPeriod(CalendarSeed::now.date());
        const double fitted = view().pixelsPerHour();
        QVERIFY(qAbs(fitted * 24 - (view().viewport()->width() - view().nameColumnWidth())) < 1);

        const qreal x = view().nameColumnWidth() + 300;
        const QDateTime under = view().timeAt(x);
        view().zoomAt(2.0, x);
        QVERIFY(qFuzzyCompare(view().pixelsPerHour(), 2 * fitted));
        QVERIFY2(qAbs(view().timeAt(x).secsTo(under)) <= 60, qPrintable(view().timeAt(x).toString(Qt::ISODate)));

        // Ctrl+wheel around another point.
        const QPointF at(view().nameColumnWidth() + 650, 200);
        const QDateTime underWheel = view().timeAt(at.x());
        QWheelEvent wheel(at, view().viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view().viewport(), &wheel);
        QVERIFY(qFuzzyCompare(view().pixelsPerHour(), 2 * 1.25 * fitted));
        QVERIFY(qAbs(view().timeAt(at.x()).secsTo(underWheel)) <= 60);
        QVERIFY(qAbs(view().xForTime(underWheel) - at.x()) <= 1.0); // the same pixel, give or take rounding
        // Keys zoom around the middle; zooming out stops at the fitted period.
        key(Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(qFuzzyCompare(view().pixelsPerHour(), 2 * fitted));
        for (int i = 0; i < 10; ++i)
            key(Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(qFuzzyCompare(view().pixelsPerHour(), fitted));
        QCOMPARE(view().horizontalScrollBar()->maximum(), 0);
        key(Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(qFuzzyCompare(view().pixelsPerHour(), 1.25 * fitted));
    }

    void wheelScrollsRowsAndShiftWheelTime()
    {
        view().resize(1200, 220); // room for fewer rows than there are
        QTRY_VERIFY(view().verticalScrollBar()->maximum() > 0);
        view().zoomAt(4.0, view().nameColumnWidth());
        const QPointF at(view().nameColumnWidth() + 100, 120);
        QWheelEvent down(at, view().viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view().viewport(), &down);
        QVERIFY(view().verticalScrollBar()->value() > 0);
        const int time = view().horizontalScrollBar()->value();
        QWheelEvent later(at, view().viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::ShiftModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view().viewport(), &later);
        QVERIFY(view().horizontalScrollBar()->value() > time);
    }

    void nowLineFollowsTheClock()
    {
        view().setScale(RoomCalendarView::Scale::Day);
        view().setPeriod(CalendarSeed::now.date());
        const QColor red = view().colors().nowLine;
        // Row c (inactive) is empty, so only the now-line can be red there.
        const int y = view().headerHeight() + view().calendarLayout().rowTop(2) + 8;
        for (int hours : {0, 3}) {
            m_fixture->clock.setNowUtc(CalendarSeed::now.addSecs(hours * 3600));
            const QImage image = view().renderImage(1.0);
            const qreal expected = view().xForTime(m_fixture->clock.nowUtc());
            QVERIFY(qAbs(expected - (view().xForTime(CalendarSeed::now) + hours * view().pixelsPerHour())) < 0.01);
            QList<int> redColumns;
            for (int x = view().nameColumnWidth(); x < image.width(); ++x) {
                if (image.pixelColor(x, y).rgb() == red.rgb())
                    redColumns.append(x);
            }
            QVERIFY2(!redColumns.isEmpty(), "no now-line");
            QVERIFY2(qAbs(redColumns.constFirst() - expected) <= 1.5 && qAbs(redColumns.constLast() - expected) <= 1.5,
                     qPrintable(QStringLiteral("%1…%2 vs %3")
                                    .arg(redColumns.constFirst())
                                    .arg(redColumns.constLast())
                                    .arg(expected)));
        }
    }

    void filtersReduceRowsAndBookings()
    {
        CalendarFilter webinars;
        webinars.kind = CalendarFilter::Kind::Webinar;
        view().setFilter(webinars);
        QCOMPARE(view().calendarLayout().rowCount(), 4);
        QCOMPARE(view().bookingsInPeriod(), 1);
        QVERIFY(view().sessionRect(m_seed.alpha.id).isNull());
        QVERIFY(!view().sessionRect(m_seed.webinar.id).isNull());

        CalendarFilter roomA;
        roomA.roomIds = {m_seed.a};
        roomA.organizer = QStringLiteral("LUCÍA");
        view().setFilter(roomA);
        QCOMPARE(view().calendarLayout().rowCount(), 1);
        QCOMPARE(view().bookingsInPeriod(), 2); // Alpha and Charlie
    }

    void rendersAtHighDensity()
    {
        const QImage image = view().renderImage(2.0);
        QCOMPARE(image.size(), view().viewport()->size() * 2);
        QCOMPARE(image.devicePixelRatio(), 2.0);
        // The session is painted in device pixels where its logical rectangle says.
        const QRectF alpha = view().sessionRect(m_seed.alpha.id);
        QVERIFY(count(image, alpha.adjusted(1, 1, -1, -1), view().colors().meeting) > 0);
    }
};

QTEST_MAIN(TestCalendarView)
#include "tst_calendarview.moc"
