// SPDX-License-Identifier: GPL-3.0-or-later
// The Calendar page over a seeded SQLite file through the real room pool service: loading,
// filters, export, the booking dialog's actions, reloads and overtaken replies, room requests
// without a Zoom event and their import from CSV.
#include "calendar/bookingdialog.h"
#include "calendar/calendarlegend.h"
#include "calendar/roomcalendarview.h"
#include "calendar/roomrequestdialog.h"
#include "calendarseed.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "pages/calendarpage.h"
#include "pages/emptystatepage.h"
#include "scriptedprompts.h"
#include "testgrab.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QToolButton>

using namespace Roomdesk;
using Roomdesk::Test::CalendarSeed;
using Roomdesk::Test::RoomPoolFixture;
using Roomdesk::Test::ScriptedPrompts;
using Field = Roomdesk::RequestForm::Field;

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
    LanguageManager m_languages; // English plurals, as the application has them

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

    QLabel *message() const { return m_page->findChild<QLabel *>("calendarMessage"); }

    QString writeCsv(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    }

    // Imports through the page's action, the file dialog answered with `path`.
    bool importThroughTheAction(const QString &path)
    {
        ScriptedPrompts prompts;
        prompts.files << path;
        m_page->setPrompts(&prompts);
        QSignalSpy finished(m_page.get(), &CalendarPage::importFinished);
        m_page->importRequestsAction()->trigger();
        const bool answered = finished.wait(10000);
        m_page->setPrompts(nullptr);
        return answered && prompts.asked == QStringList {QStringLiteral("Import room requests from CSV")};
    }

    // Requests in [from, to) as stored, waiting ones included.
    QList<RoomRequest> storedBetween(const QDateTime &fromUtc, const QDateTime &toUtc)
    {
        return m_fixture->snapshot(fromUtc, toUtc).requests;
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
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // a language switch sets it
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

    void requestDialogChecksEachFieldAsItIsTyped()
    {
        QVERIFY(openPage());
        RoomRequestDialog *dialog = m_page->openRequestDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(m_page->openRequestDialog(), dialog); // one at a time
        // The next full hour of the shown week, in the zone the calendar shows.
        QCOMPARE(dialog->form().localStart, QStringLiteral("2026-11-23T09:00"));
        QCOMPARE(dialog->form().timeZone, QStringLiteral("UTC"));
        QCOMPARE(dialog->form().durationMinutes, 60);
        QVERIFY(dialog->form().waitingRoom);
        // The empty title keeps Request off, and is not pointed out before it is typed.
        QVERIFY(!dialog->requestButton()->isEnabled());
        QCOMPARE(dialog->requestButton()->toolTip(), QStringLiteral("A request needs a title."));
        QCOMPARE(dialog->fieldMessage(Field::Title), QString());
        auto *title = dialog->findChild<QLineEdit *>("requestTitle");
        QTest::keyClicks(title, "x");
        QTest::keyClick(title, Qt::Key_Backspace);
        QCOMPARE(dialog->fieldMessage(Field::Title), QStringLiteral("A request needs a title."));
        QTest::keyClicks(title, "Tutoria");
        QCOMPARE(dialog->fieldMessage(Field::Title), QString());
        QVERIFY(dialog->requestButton()->isEnabled());

        // The messages are the command line's (request add), field by field.
        auto *zone = dialog->findChild<QComboBox *>("requestTimeZone");
        zone->setCurrentText(QStringLiteral("Mars/Olympus"));
        QCOMPARE(dialog->fieldMessage(Field::TimeZone),
                 QStringLiteral("“Mars/Olympus” is not a time zone; use an IANA name such as Europe/Madrid or "
                                "America/Bogota."));
        QCOMPARE(dialog->fieldMessage(Field::Start), QString()); // no time can be placed in it
        QVERIFY(!dialog->requestButton()->isEnabled());
        zone->setCurrentText(QStringLiteral("Europe/Madrid"));
        QCOMPARE(dialog->fieldMessage(Field::TimeZone), QString());
        dialog->findChild<QDateEdit *>("requestDate")->setDate(QDate(2026, 3, 29));
        dialog->findChild<QTimeEdit *>("requestTime")->setTime(QTime(2, 30));
        QCOMPARE(dialog->fieldMessage(Field::Start),
                 QStringLiteral("2026-03-29T02:30 does not exist in Europe/Madrid: the clocks skip it for daylight "
                                "saving time. Choose a time after the change."));
        QVERIFY(!dialog->requestButton()->isEnabled());
        dialog->findChild<QTimeEdit *>("requestTime")->setTime(QTime(9, 30));
        QCOMPARE(dialog->fieldMessage(Field::Start), QString());

        dialog->findChild<QSpinBox *>("requestDurationHours")->setValue(0);
        QCOMPARE(dialog->fieldMessage(Field::Duration),
                 QStringLiteral("The duration must be from 1 minute to 23 h 59 min (1439 minutes), not 0."));
        dialog->findChild<QSpinBox *>("requestDurationMinutes")->setValue(45);
        QCOMPARE(dialog->fieldMessage(Field::Duration), QString());

        auto *organizer = dialog->findChild<QLineEdit *>("requestOrganizer");
        organizer->setText(QString(201, QLatin1Char('o')));
        QTest::keyClick(organizer, Qt::Key_End); // textEdited comes from typing only
        QTest::keyClicks(organizer, "o");
        QCOMPARE(dialog->fieldMessage(Field::Organizer),
                 QStringLiteral("An organizer's name has at most 200 characters; this one has 202."));
        QVERIFY(!dialog->requestButton()->isEnabled());
        organizer->clear();
        QTest::keyClicks(organizer, "Ana");
        QVERIFY(dialog->requestButton()->isEnabled());
        dialog->findChild<QRadioButton *>("requestAutoAdmit")->setChecked(true);

        const RequestForm form = dialog->form();
        QCOMPARE(form.title, QStringLiteral("Tutoria"));
        QCOMPARE(form.localStart, QStringLiteral("2026-03-29T09:30"));
        QCOMPARE(form.timeZone, QStringLiteral("Europe/Madrid"));
        QCOMPARE(form.durationMinutes, 45);
        QVERIFY(!form.waitingRoom);
        QCOMPARE(form.organizer, QStringLiteral("Ana"));
        Roomdesk::Test::grabIfAsked(dialog, QStringLiteral("room-request-dialog"));
    }

    void aRequestGetsTheFirstFreeRoomAndIsShown()
    {
        QVERIFY(openPage());
        RoomRequestDialog *dialog = m_page->openRequestDialog();
        QTest::keyClicks(dialog->findChild<QLineEdit *>("requestTitle"), "Hotel");
        dialog->findChild<QDateEdit *>("requestDate")->setDate(QDate(2026, 12, 1));
        dialog->findChild<QTimeEdit *>("requestTime")->setTime(QTime(14, 0));
        QList<RoomRequest> requested;
        connect(dialog, &RoomRequestDialog::requested, this, [&](const RoomRequest &r) { requested.append(r); });
        QPointer<RoomRequestDialog> guard(dialog);
        QTest::mouseClick(dialog->requestButton(), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QTRY_VERIFY(!guard);
        QCOMPARE(requested.size(), 1);
        const RoomRequest made = requested.constFirst();
        QCOMPARE(made.status, RoomRequest::Status::Allocated);
        QCOMPARE(made.roomEmail, QStringLiteral("a@u.example"));
        QCOMPARE(made.startUtc, QDateTime(QDate(2026, 12, 1), QTime(14, 0), QTimeZone::utc()));
        QCOMPARE(message()->property("status").toString(), "good");
        QVERIFY2(message()->text().startsWith(QStringLiteral("“Hotel” has room a@u.example, blocked ")),
                 qPrintable(message()->text()));
        // The calendar goes to its week and selects it.
        QTRY_COMPARE(m_page->view()->selectedId(), made.id);
        QCOMPARE(m_page->view()->periodStart(), QDate(2026, 11, 30));
        QCOMPARE(layout().find(made.id)->first, rowOf(m_seed.a));
        Roomdesk::Test::grabIfAsked(m_page.get(), QStringLiteral("calendar-requested"));
    }

    void aRequestNoRoomCanTakeWaitsWithTheReason()
    {
        QVERIFY(openPage());
        RoomRequestDialog *dialog = m_page->openRequestDialog();
        // Monday 10:00: b, the only webinar room, has Delta.
        QTest::keyClicks(dialog->findChild<QLineEdit *>("requestTitle"), "Webinar 2");
        dialog->findChild<QComboBox *>("requestType")->setCurrentIndex(1);
        dialog->findChild<QTimeEdit *>("requestTime")->setTime(QTime(10, 0));
        QList<RoomRequest> requested;
        connect(dialog, &RoomRequestDialog::requested, this, [&](const RoomRequest &r) { requested.append(r); });
        dialog->submit();
        QTRY_COMPARE(requested.size(), 1);
        const RoomRequest made = requested.constFirst();
        QCOMPARE(made.status, RoomRequest::Status::Pending);
        QVERIFY(made.webinar);
        QCOMPARE(message()->property("status").toString(), "warning");
        QCOMPARE(message()->text(), QStringLiteral("“Webinar 2” is waiting for a room: %1").arg(made.reason));
        QTRY_COMPARE(m_page->view()->selectedId(), made.id);
        QCOMPARE(layout().find(made.id)->first, CalendarLayout::kPendingRow);
    }

    void importingAFileBooksEveryRowAndSaysHowItWent()
    {
        QVERIFY(openPage());
        // As Excel saves it in a Spanish locale: BOM, semicolons, CRLF.
        const QString csv = writeCsv("semester.csv",
                                     "\xEF\xBB\xBFtitle;start;tz;duration;webinar;admission;organizer\r\n"
                                     "Uno;2026-12-01T10:00;UTC;60;no;waiting-room;Ana\r\n"
                                     "Dos;2026-12-01T10:00;UTC;60;;auto-admit;\r\n"
                                     "Tres;2026-12-01T10:00;UTC;60;yes;;\r\n");
        QVERIFY(importThroughTheAction(csv));
        QCOMPARE(message()->property("status").toString(), "warning");
        QCOMPARE(message()->text(),
                 QStringLiteral("“semester.csv”: 3 requests imported: 2 allocated, 1 pending. "
                                "Requests waiting for a room are in the top lane, with the reason."));
        const QList<RoomRequest> stored =
            storedBetween(CalendarSeed::monday(0).addDays(8), CalendarSeed::monday(0).addDays(9));
        QCOMPARE(stored.size(), 3);
        // The calendar shows the file's first session, selected.
        QTRY_COMPARE(m_page->view()->periodStart(), QDate(2026, 11, 30));
        QTRY_VERIFY(m_page->view()->selectedId() != 0);
        QCOMPARE(m_page->view()->selectedBooking()->request.title, QStringLiteral("Uno"));
        QCOMPARE(layout().find(m_page->view()->selectedId())->first, rowOf(m_seed.a));
        QVERIFY(m_page->importRequestsAction()->isEnabled());
        Roomdesk::Test::grabIfAsked(m_page.get(), QStringLiteral("calendar-imported"));
    }

    void aBadRowImportsNothingAndEveryProblemIsNamedByLine()
    {
        QVERIFY(openPage());
        const QString csv = writeCsv("bad.csv",
                                     "title,start,tz,duration\n"
                                     "X,2026-03-29T02:30,Europe/Madrid,60\n"
                                     "Y,2026-12-01T09:30,Europe/Madrid,abc\n"
                                     "Z,2026-12-01T09:30,UTC,30\n");
        QVERIFY(importThroughTheAction(csv));
        QCOMPARE(message()->property("status").toString(), "error");
        QCOMPARE(message()->text(),
                 QStringLiteral("“bad.csv”: 2 rows to fix; nothing was imported.\n"
                                "line 2: 2026-03-29T02:30 does not exist in Europe/Madrid: the clocks skip it for "
                                "daylight saving time. Choose a time after the change.\n"
                                "line 3: the duration “abc” is not whole minutes."));
        Roomdesk::Test::grabIfAsked(m_page.get(), QStringLiteral("calendar-import-problems"));
        QVERIFY(storedBetween(CalendarSeed::monday(0).addDays(8), CalendarSeed::monday(0).addDays(9)).isEmpty());
        QCOMPARE(m_page->view()->periodStart(), QDate(2026, 11, 23)); // nothing to go to

        // Many problems: the first ten, and how many more.
        QByteArray many = "title,start,tz,duration\n";
        for (int i = 0; i < 13; ++i)
            many += "T,2026-12-01T09:30,UTC,long\n";
        QVERIFY(importThroughTheAction(writeCsv("many.csv", many)));
        const QStringList lines = message()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1 + 10 + 1);
        QCOMPARE(lines.first(), QStringLiteral("“many.csv”: 13 rows to fix; nothing was imported."));
        QCOMPARE(lines.at(1), QStringLiteral("line 2: the duration “long” is not whole minutes."));
        QCOMPARE(lines.last(), QStringLiteral("… and 3 more."));

        // What makes the whole file unusable is said as the command line says it.
        QVERIFY(importThroughTheAction(writeCsv("header.csv", "title,begin,tz,duration\n")));
        QVERIFY2(message()->text().startsWith(QStringLiteral("Unknown column “begin”")), qPrintable(message()->text()));
        const QString missing = m_dir.filePath("missing.csv");
        QVERIFY(importThroughTheAction(missing));
        QVERIFY2(message()->text().startsWith(QStringLiteral("“%1” cannot be read: ").arg(missing)),
                 qPrintable(message()->text()));
        QCOMPARE(message()->property("status").toString(), "error");
    }

    void theImportSpeaksTheAdministratorsLanguage()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        QVERIFY(openPage());
        QCOMPARE(m_page->importRequestsAction()->text(), QStringLiteral("Importar solicitudes…"));
        const QString csv = writeCsv("malo.csv", "title,start,tz,duration\nY,2026-12-01T09:30,UTC,abc\n");
        ScriptedPrompts prompts;
        prompts.files << csv;
        m_page->setPrompts(&prompts);
        QSignalSpy finished(m_page.get(), &CalendarPage::importFinished);
        m_page->importRequestsAction()->trigger();
        QVERIFY(finished.wait(10000));
        m_page->setPrompts(nullptr);
        QCOMPARE(message()->text(),
                 QStringLiteral("«malo.csv»: 1 fila por corregir; no se importó nada.\n"
                                "línea 2: la duración «abc» no son minutos enteros."));
    }

    void cancellingTheFileDialogImportsNothing()
    {
        QVERIFY(openPage());
        ScriptedPrompts prompts; // no file: the dialog is cancelled
        m_page->setPrompts(&prompts);
        QSignalSpy finished(m_page.get(), &CalendarPage::importFinished);
        m_page->findChild<QToolButton *>("importRequestsButton")->click();
        QCOMPARE(prompts.asked, QStringList {QStringLiteral("Import room requests from CSV")});
        QVERIFY(!finished.wait(300));
        QVERIFY(!message()->isVisible());
        m_page->setPrompts(nullptr);
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
