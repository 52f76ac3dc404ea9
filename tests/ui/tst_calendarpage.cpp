// The Calendar page over a seeded SQLite file through the real room pool service: loading,
// filters, export, the booking dialog's actions, reloads and overtaken replies.
#include "calendar/bookingdialog.h"
#include "calendar/calendarlegend.h"
#include "calendar/roomcalendarview.h"
#include "calendarseed.h"
#include "mainwindow.h"
#include "pages/calendarpage.h"
#include "pages/emptystatepage.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Roomdesk;
using Roomdesk::Test::CalendarSeed;
using Roomdesk::Test::RoomPoolFixture;

static void initResources()
{
    Q_INIT_RESOURCE(roomdesk);
}

class TestCalendarPage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RoomPoolFixture> m_fixture;
    CalendarSeed m_seed;
    std::unique_ptr<CalendarPage> m_page;
    QTemporaryDir m_dir;

    const CalendarLayout &layout() const { return m_page->view()->calendarLayout(); }

    bool openPage(bool seeded = true)
    {
        m_fixture = std::make_unique<RoomPoolFixture>(CalendarSeed::now);
        if (seeded && !m_seed.seed(*m_fixture))
            return false;
        m_page = std::make_unique<CalendarPage>(*m_fixture->pool, nullptr);
        m_page->view()->setTimeZone(QTimeZone::utc());
        m_page->setClock(m_fixture->clock);
        m_page->resize(1280, 800);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get()) && QTest::qWaitFor([this] { return m_page->hasLoaded(); });
    }

    // The row of the room with this id, -1 when it is not shown.
    int rowOf(qint64 roomId) const
    {
        for (int row = 0; row < layout().rowCount(); ++row) {
            if (layout().row(row).room->id == roomId)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        initResources();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void loadsTheRoomsAndBookingsOfTheWeek()
    {
        QVERIFY(openPage());
        QCOMPARE(layout().rowCount(), 4);
        QCOMPARE(m_page->view()->bookingsInPeriod(), 7);
        QCOMPARE(m_page->view()->periodStart(), QDate(2026, 11, 23));
        // The snapshot covers the week and a day either side.
        QCOMPARE(layout().snapshot().fromUtc, QDateTime(QDate(2026, 11, 22), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(layout().snapshot().toUtc, QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(m_page->findChild<QLabel *>("calendarPeriod")->text(), QStringLiteral("23 Nov – 29 Nov 2026"));
        QCOMPARE(m_page->legend()->labels().size(), 6);
        QVERIFY(m_page->legend()->labels().contains("Waiting for a room"));
        QVERIFY(m_page->view()->isVisible());
        QVERIFY(!m_page->findChild<EmptyStatePage *>("calendarNoRooms")->isVisible());
        QVERIFY(!m_page->exportICalendarAction()->isVisible()); // until the lead wires an exporter
    }

    void withoutRoomsPointsToTheRoomsPage()
    {
        QVERIFY(openPage(false));
        auto *empty = m_page->findChild<EmptyStatePage *>("calendarNoRooms");
        QVERIFY(empty->isVisible());
        QSignalSpy open(m_page.get(), &CalendarPage::openPageRequested);
        auto *button = empty->findChild<QPushButton *>("emptyStateAction");
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.constFirst().constFirst().value<PageId>(), PageId::Rooms);

        // A room appears: the page reloads by itself and shows the calendar.
        QVERIFY(m_fixture->addRoom(QStringLiteral("first@u.example")));
        QTRY_VERIFY(m_page->view()->isVisible());
        QCOMPARE(layout().rowCount(), 1);
        QCOMPARE(m_page->view()->placeholderText(), QStringLiteral("No bookings in this period"));
    }

    void movingThePeriodReloads()
    {
        QVERIFY(openPage());
        QSignalSpy loaded(m_page.get(), &CalendarPage::loaded);
        m_page->findChild<QToolButton *>("calendarNext")->click();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(layout().snapshot().fromUtc, QDateTime(QDate(2026, 11, 29), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(m_page->view()->bookingsInPeriod(), 0);
        QCOMPARE(m_page->view()->placeholderText(), QStringLiteral("No bookings in this period"));
        m_page->findChild<QToolButton *>("calendarToday")->click();
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(m_page->view()->bookingsInPeriod(), 7);
        m_page->findChild<QToolButton *>("calendarDay")->click();
        QTRY_COMPARE(loaded.count(), 3);
        QCOMPARE(m_page->view()->scale(), RoomCalendarView::Scale::Day);
        QCOMPARE(m_page->view()->bookingsInPeriod(), 4); // Monday: Alpha, Bravo, Delta, Foxtrot
        QCOMPARE(m_page->findChild<QLabel *>("calendarPeriod")->text(),
                 QLocale().toString(QDate(2026, 11, 23), QLocale::LongFormat));
    }

    void filtersReduceRowsAndBookings()
    {
        QVERIFY(openPage());
        auto *rooms = m_page->findChild<QComboBox *>("roomFilter");
        auto *types = m_page->findChild<QComboBox *>("typeFilter");
        auto *organizer = m_page->findChild<QLineEdit *>("organizerFilter");
        QCOMPARE(rooms->count(), 5); // all rooms and each room
        QCOMPARE(rooms->itemText(0), QStringLiteral("All rooms"));

        rooms->setCurrentIndex(rooms->findData(m_seed.b));
        QCOMPARE(layout().rowCount(), 1);
        QCOMPARE(m_page->view()->bookingsInPeriod(), 3); // Delta, the webinar and the waiting Foxtrot
        types->setCurrentIndex(types->findData(int(CalendarFilter::Kind::Webinar)));
        QCOMPARE(m_page->view()->bookingsInPeriod(), 1);
        rooms->setCurrentIndex(0);
        types->setCurrentIndex(0);
        QCOMPARE(layout().rowCount(), 4);
        QCOMPARE(m_page->view()->bookingsInPeriod(), 7);

        // Organizer: any part, any case; the completer knows every organizer.
        QTest::keyClicks(organizer, "LUC");
        QCOMPARE(m_page->view()->bookingsInPeriod(), 2);
        QCOMPARE(organizer->completer()->model()->rowCount(), 4);
        organizer->setText("nobody");
        QCOMPARE(m_page->view()->bookingsInPeriod(), 0);
        QCOMPARE(m_page->view()->placeholderText(), QStringLiteral("No bookings match the filters in this period"));

        // A reload keeps the filters.
        QSignalSpy loaded(m_page.get(), &CalendarPage::loaded);
        m_page->reload();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(m_page->view()->bookingsInPeriod(), 0);
    }

    void exportsTheVisibleRangeAsPng()
    {
        QVERIFY(openPage());
        m_page->view()->setScale(RoomCalendarView::Scale::Day);
        QSignalSpy loaded(m_page.get(), &CalendarPage::loaded);
        QTRY_VERIFY(loaded.count() >= 1);
        const QString path = m_dir.filePath("calendar.png");
        const QSize viewport = m_page->view()->viewport()->size();
        QVERIFY(m_page->exportPng(path));
        const QImage image(path);
        const qreal ratio = m_page->devicePixelRatioF();
        QCOMPARE(image.size(), viewport * ratio);

        // Alpha's session is in the meeting colour where the view puts it, its buffers lighter.
        const QRectF session = m_page->view()->sessionRect(m_seed.alpha.id);
        const QRectF whole = m_page->view()->bookingRect(m_seed.alpha.id);
        QVERIFY(whole.width() > session.width());
        const auto colourAt = [&](qreal x, qreal y) {
            return image.pixelColor(QPointF(x * ratio, y * ratio).toPoint());
        };
        QCOMPARE(colourAt(session.right() - 3, session.bottom() - 2).rgb(), m_page->view()->colors().meeting.rgb());
        QCOMPARE(colourAt(whole.left() + 2, session.center().y()).rgb(), m_page->view()->colors().meetingBuffer.rgb());
        QVERIFY(colourAt(session.right() + 30, session.center().y()).rgb() != m_page->view()->colors().meeting.rgb());
        // The sticky headers are part of the picture: the room names' column is there.
        const int firstRoom = m_page->view()->headerHeight() + m_page->view()->calendarLayout().rowTop(0);
        QCOMPARE(colourAt(3, firstRoom + 2).rgb(), m_page->view()->colors().header.rgb());
        QCOMPARE(colourAt(3, m_page->view()->headerHeight() + 2).rgb(), m_page->view()->colors().pendingLane.rgb());
        QCOMPARE(m_page->findChild<QLabel *>("calendarMessage")->property("status").toString(), "good");

        // Hidden, the page renders the same picture (nothing is grabbed from the screen).
        const QString visiblePath = m_dir.filePath("visible.png");
        QVERIFY(m_page->exportPng(visiblePath));
        m_page->hide();
        const QString hiddenPath = m_dir.filePath("hidden.png");
        QVERIFY(m_page->exportPng(hiddenPath));
        QCOMPARE(QImage(hiddenPath), QImage(visiblePath));
        QVERIFY(!m_page->exportPng(m_dir.filePath("missing/folder/x.png")));
        QCOMPARE(m_page->findChild<QLabel *>("calendarMessage")->property("status").toString(), "error");
    }

    void cancellingFreesTheRoomForAWaitingRequest()
    {
        QVERIFY(openPage());
        BookingDialog *dialog = m_page->openBooking(m_seed.alpha.id);
        QVERIFY(dialog && dialog->isVisible());
        QString asked;
        dialog->setConfirmation([&asked](QWidget *, const QString &question, const QString &) {
            asked = question;
            return true;
        });
        QSignalSpy loaded(m_page.get(), &CalendarPage::loaded);
        QPointer<BookingDialog> guard(dialog);
        dialog->findChild<QPushButton *>("cancelRequest")->click();
        QCOMPARE(asked, QStringLiteral("Cancel “Alpha”?"));
        QTRY_VERIFY(!guard || !guard->isVisible());
        QTRY_VERIFY(loaded.count() >= 1);
        // Alpha is gone; Foxtrot, which was waiting, has Alpha's room now.
        QVERIFY(!layout().find(m_seed.alpha.id));
        const auto foxtrot = layout().find(m_seed.foxtrot.id);
        QVERIFY(foxtrot);
        QCOMPARE(foxtrot->first, rowOf(m_seed.a));
        QCOMPARE(layout().row(CalendarLayout::kPendingRow).bookings.size(), 0);
        QVERIFY(m_page->findChild<QLabel *>("calendarMessage")->text().contains("Alpha"));
    }

    void declinedConfirmationChangesNothing()
    {
        QVERIFY(openPage());
        BookingDialog *dialog = m_page->openBooking(m_seed.alpha.id);
        dialog->setConfirmation([](QWidget *, const QString &, const QString &) { return false; });
        dialog->findChild<QPushButton *>("cancelRequest")->click();
        QTest::qWait(200);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->request().status, RoomRequest::Status::Allocated);
        QVERIFY(layout().find(m_seed.alpha.id));
    }

    void assigningShowsARefusalInline()
    {
        QVERIFY(openPage());
        BookingDialog *dialog = m_page->openBooking(m_seed.foxtrot.id);
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>("assignRoom")->click();
        auto *choice = dialog->findChild<QComboBox *>("assignRoomChoice");
        QVERIFY(choice->isVisible());
        QCOMPARE(choice->count(), 4);

        // Room a is busy then: refused with the reason, the dialog stays.
        dialog->assignRoom(m_seed.a);
        QTRY_COMPARE(dialog->findChild<QLabel *>("bookingStatus")->property("status").toString(), "error");
        QVERIFY2(dialog->statusText().contains("a@u.example"), qPrintable(dialog->statusText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->request().status, RoomRequest::Status::Pending);

        // Room d is assigned by hand only, and free: the administrator may put it there.
        QSignalSpy loaded(m_page.get(), &CalendarPage::loaded);
        choice->setCurrentIndex(choice->findData(m_seed.d));
        dialog->findChild<QPushButton *>("assignRoomConfirm")->click();
        QTRY_COMPARE(dialog->request().status, RoomRequest::Status::Allocated);
        QVERIFY(dialog->statusText().startsWith("Assigned to d"));
        QTRY_VERIFY(loaded.count() >= 1);
        QTRY_COMPARE(layout().find(m_seed.foxtrot.id)->first, rowOf(m_seed.d));
    }

    void overtakenRepliesAreDropped()
    {
        QVERIFY(openPage());
        QSignalSpy loaded(m_page.get(), &CalendarPage::loaded);
        // Two loads in flight: this week's, then next week's. The worker answers in order, so
        // this week's reply arrives first and must not be shown.
        m_page->reload();
        m_page->view()->goToNextPeriod();
        m_page->reload();
        QTRY_COMPARE(loaded.count(), 1);
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(layout().snapshot().fromUtc, QDateTime(QDate(2026, 11, 29), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(m_page->view()->bookingsInPeriod(), 0);
    }

    void reloadsWhenThePoolChanges()
    {
        QVERIFY(openPage());
        const RoomRequest hotel = m_fixture->request("Hotel", CalendarSeed::monday(18).addDays(1), 45);
        QCOMPARE(hotel.status, RoomRequest::Status::Allocated);
        QTRY_VERIFY(layout().find(hotel.id));
        QCOMPARE(m_page->view()->bookingsInPeriod(), 8);
    }

    void mainWindowShowsTheCalendarWithARoomPool()
    {
        m_fixture = std::make_unique<RoomPoolFixture>(CalendarSeed::now);
        QVERIFY(m_seed.seed(*m_fixture));
        MainWindowContext context;
        context.databasePath = m_fixture->path();
        context.rememberGeometry = false;
        context.roomPool = m_fixture->pool.get();
        MainWindow window(context);
        QVERIFY(window.calendarPage());
        window.showPage(PageId::Calendar);
        window.show();
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.calendarPage());
        QCOMPARE(window.calendarPage()->objectName(), QStringLiteral("calendarPage"));
        QTRY_VERIFY(window.calendarPage()->hasLoaded());
        QCOMPARE(window.calendarPage()->view()->calendarLayout().rowCount(), 4);
        // Rooms and Calendar have content; the calendar keeps an empty state of its own ("no rooms").
        QVERIFY(window.roomsPage());
        QCOMPARE(window.findChildren<EmptyStatePage *>().size(), 6 + 1);
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
