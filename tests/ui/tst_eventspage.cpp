// SPDX-License-Identifier: GPL-3.0-or-later
// The Events page on the offscreen platform, over the real event service and the Zoom
// sandbox: the list and details, cancelling after a confirmation, start and join links,
// search, and settling a change made in Zoom from the inline bar.
#include "events/driftbar.h"
#include "events/eventdetailspanel.h"
#include "events/eventformdialog.h"
#include "eventsfixture.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "models/eventtablemodel.h"
#include "pages/eventspage.h"
#include "testgrab.h"
#include "typetext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>

using namespace Roomdesk;
using namespace Roomdesk::Test;

static void initResources()
{
    Q_INIT_RESOURCE(roomdesk);
}

class TestEventsPage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EventsFixture> m_fixture;
    std::unique_ptr<EventsPage> m_page;
    QStringList m_questions; // what the page asked before acting
    bool m_answer = true;

    QPushButton *button(const char *name) const { return m_page->findChild<QPushButton *>(QLatin1String(name)); }

    bool openPage()
    {
        m_page = std::make_unique<EventsPage>(*m_fixture->events, m_fixture->pool.get());
        m_page->setRange(EventsPage::Range::All);
        m_page->setConfirmation([this](QWidget *, const QString &question, const QString &) {
            m_questions << question;
            return m_answer;
        });
        m_page->resize(1100, 700);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get()) && QTest::qWaitFor([this] { return m_page->hasLoaded(); });
    }

    // Waits for the page to show `id` in the state `ready` describes.
    bool waitFor(qint64 id, const std::function<bool(const Event &)> &ready)
    {
        return QTest::qWaitFor(
            [&] {
                const Event *event = m_page->model()->eventAt(m_page->model()->rowOfEvent(id));
                return event && ready(*event);
            },
            30000);
    }

    bool clickAndWait(const char *name)
    {
        QSignalSpy finished(m_page.get(), &EventsPage::actionFinished);
        QPushButton *target = button(name);
        if (!target || !target->isEnabled())
            return false;
        QTest::mouseClick(target, Qt::LeftButton);
        return finished.wait(30000);
    }

private slots:
    void initTestCase()
    {
        initResources();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        m_fixture = std::make_unique<EventsFixture>();
        QVERIFY(m_fixture->start());
        m_questions.clear();
        m_answer = true;
    }

    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void listsTheEventsAndShowsTheSelectedOnesDetails()
    {
        m_fixture->addRoom(kCarmen);
        const auto first = m_fixture->create(EventsFixture::form(QStringLiteral("Anatomía"), 7, 9));
        const auto second = m_fixture->create(EventsFixture::form(QStringLiteral("Bioquímica"), 8, 9));
        QVERIFY(first && second);
        QVERIFY(openPage());
        QCOMPARE(m_page->model()->rowCount(), 2);
        // The next event is chosen: its details and links are there at once.
        QCOMPARE(m_page->selectedEventId(), first->id);
        EventDetailsPanel *details = m_page->details();
        QCOMPARE(details->value(EventDetailsPanel::Type), QStringLiteral("Meeting"));
        QVERIFY(details->value(EventDetailsPanel::JoinLink).contains(first->joinUrl));
        QCOMPARE(details->value(EventDetailsPanel::ZoomId), QString::number(first->zoomMeetingId));
        QCOMPARE(details->value(EventDetailsPanel::Sync), QStringLiteral("In Zoom"));
        QVERIFY(!m_page->driftBar()->isVisible());

        typeText(m_page->findChild<QLineEdit *>(QStringLiteral("eventsSearch")), QStringLiteral("bioq"));
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        m_page->table()->selectRow(0);
        QCOMPARE(m_page->selectedEventId(), second->id);
        typeText(m_page->findChild<QLineEdit *>(QStringLiteral("eventsSearch")), QStringLiteral("xyz"));
        QCOMPARE(m_page->table()->model()->rowCount(), 0);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("eventsEmpty"))->isVisible());
    }

    void newEventFromThePage()
    {
        m_fixture->addRoom(kCarmen);
        QVERIFY(openPage());
        QVERIFY(QTest::qWaitFor([this] { return m_page->model()->rowCount() == 0; }));
        QTRY_VERIFY(button("newEvent")->isEnabled());
        EventFormDialog *dialog = m_page->openNewEventDialog();
        QVERIFY(dialog);
        QSignalSpy finished(m_page.get(), &EventsPage::actionFinished);
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("eventTitle")), QStringLiteral("Genética"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->messageLabel()->property("status").toString(), QStringLiteral("good"));
        QCOMPARE(m_page->model()->events().first().sync, Event::Sync::Synced);
    }

    void cancellingAsksFirstThenShowsCancelled()
    {
        m_fixture->addRoom(kCarmen);
        const auto event = m_fixture->create(EventsFixture::form(QStringLiteral("Fisiología")));
        QVERIFY(event);
        QVERIFY(openPage());
        QCOMPARE(m_page->selectedEventId(), event->id);

        m_answer = false; // "Keep it"
        QTest::mouseClick(button("cancelEvent"), Qt::LeftButton);
        QCOMPARE(m_questions, QStringList {QStringLiteral("Cancel “Fisiología”?")});
        QVERIFY(m_fixture->zoomMeeting(event->zoomMeetingId));

        m_answer = true;
        QVERIFY(clickAndWait("cancelEvent"));
        QVERIFY(waitFor(event->id, [](const Event &e) { return e.cancelled; }));
        const int row = m_page->model()->rowOfEvent(event->id);
        QCOMPARE(m_page->model()->index(row, EventTableModel::Status).data().toString(), QStringLiteral("Cancelled"));
        QCOMPARE(m_fixture->zoomMeeting(event->zoomMeetingId).error().kind, ZoomError::Kind::NotFound);
        QVERIFY(!button("cancelEvent")->isEnabled());
        QVERIFY(!button("editEvent")->isEnabled());
    }

    void startAndJoinLinks()
    {
        m_fixture->addRoom(kCarmen);
        const auto event = m_fixture->create(EventsFixture::form(QStringLiteral("Histología")));
        QVERIFY(event);
        QVERIFY(openPage());
        QList<QUrl> opened;
        m_page->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QVERIFY(clickAndWait("openStartLink"));
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().toString().contains(QStringLiteral("zak=")));
        // The link signs in as the host: it is never shown.
        QVERIFY(!m_page->messageLabel()->text().contains(QStringLiteral("zak=")));

        QTest::mouseClick(button("copyJoinLink"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), event->joinUrl);
    }

    void aChangeInZoomShowsTheBarAndCanBeTaken()
    {
        m_fixture->addRoom(kCarmen);
        const auto event = m_fixture->create(EventsFixture::form(QStringLiteral("Patología")));
        QVERIFY(event);
        QVERIFY(m_fixture->renameInZoom(event->zoomMeetingId, QStringLiteral("Patología — cambiado en Zoom")));
        QVERIFY(openPage());
        QVERIFY(clickAndWait("synchronizeEvents"));
        QCOMPARE(m_page->messageLabel()->property("status").toString(), QStringLiteral("warning"));
        QVERIFY(waitFor(event->id, [](const Event &e) { return e.sync == Event::Sync::Drifted; }));
        m_page->selectEvent(event->id);
        DriftBar *bar = m_page->driftBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("Patología — cambiado en Zoom")), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(QStringLiteral("Conference name")));
        grabIfAsked(m_page.get(), QStringLiteral("events-drifted"));
        QVERIFY(!button("editEvent")->isEnabled()); // settle first

        QSignalSpy finished(m_page.get(), &EventsPage::actionFinished);
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("driftTakeZoom")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(waitFor(event->id, [](const Event &e) { return e.sync == Event::Sync::Synced; }));
        QTRY_VERIFY(!bar->isVisible());
        QCOMPARE(m_page->details()->value(EventDetailsPanel::ConferenceName),
                 QStringLiteral("Patología — cambiado en Zoom"));
        QCOMPARE(m_fixture->stored(event->id)->form.conferenceName, QStringLiteral("Patología — cambiado en Zoom"));
    }

    void aDeletionInZoomCanBeUndone()
    {
        m_fixture->addRoom(kCarmen);
        const auto event = m_fixture->create(EventsFixture::form(QStringLiteral("Cirugía")));
        QVERIFY(event);
        std::optional<bool> deleted;
        m_fixture->api->deleteMeeting(event->zoomMeetingId, false, this,
                                      [&deleted](const Result<void, ZoomError> &r) { deleted = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return deleted.has_value(); }, 30000) && *deleted);
        QVERIFY(openPage());
        QVERIFY(clickAndWait("synchronizeEvents"));
        QVERIFY(waitFor(event->id, [](const Event &e) { return e.sync == Event::Sync::DeletedInZoom; }));
        m_page->selectEvent(event->id);
        QVERIFY(m_page->driftBar()->isVisible());
        QVERIFY(m_page->driftBar()->text().contains(QStringLiteral("deleted")));
        grabIfAsked(m_page.get(), QStringLiteral("events-deleted-in-zoom"));
        QVERIFY(!button("openStartLink")->isEnabled());
        QVERIFY(!button("copyJoinLink")->isEnabled()); // that link is dead

        QSignalSpy finished(m_page.get(), &EventsPage::actionFinished);
        QTest::mouseClick(m_page->driftBar()->findChild<QPushButton *>(QStringLiteral("driftKeepOurs")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(waitFor(event->id, [&](const Event &e) {
            return e.sync == Event::Sync::Synced && e.zoomMeetingId != event->zoomMeetingId;
        }));
    }

    void typeRoomAndStatusAreShownWholeIn1280By800()
    {
        m_fixture->addRoom(kCarmen);
        m_fixture->addRoom(kLucia, true);
        // Scheduled meetings and a webinar, one waiting for a room, one whose start has passed.
        QVERIFY(m_fixture->create(EventsFixture::form(QStringLiteral("Anatomía"), 2, 9)));
        QVERIFY(m_fixture->create(EventsFixture::form(QStringLiteral("Bioquímica"), 2, 9)));
        QVERIFY(m_fixture->create(EventsFixture::form(QStringLiteral("Citología"), 2, 9)));
        EventForm webinar = EventsFixture::form(QStringLiteral("Jornada de puertas abiertas"), 3, 17);
        webinar.webinar = true;
        QVERIFY(m_fixture->create(webinar));
        EventForm past = EventsFixture::form(QStringLiteral("Repaso"), 0, 0);
        const QDateTime madrid = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Madrid")).addSecs(-600);
        past.localStart = QDateTime(madrid.date(), QTime(madrid.time().hour(), madrid.time().minute()));
        QVERIFY(m_fixture->create(past));

        LanguageManager languages;
        MainWindowContext context;
        context.languages = &languages;
        context.databasePath = m_fixture->path();
        context.rememberGeometry = false;
        context.roomPool = m_fixture->pool.get();
        context.events = m_fixture->events.get();
        MainWindow window(context);
        window.resize(1280, 800);
        window.showPage(PageId::Events);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EventsPage *page = window.eventsPage();
        page->setRange(EventsPage::Range::All);
        QTRY_VERIFY(page->hasLoaded() && page->model()->rowCount() == 5);
        QTableView *table = page->table();
        const QStringList statuses = {QStringLiteral("Scheduled"), QStringLiteral("Pending room"),
                                      QStringLiteral("Not started yet")};
        const QList<std::pair<QString, QString>> languagesAndRoom = {{QStringLiteral("en"), QStringLiteral("Room")},
                                                                     {QStringLiteral("es"), QStringLiteral("Sala")},
                                                                     {QStringLiteral("ru"), QStringLiteral("Комната")}};
        for (const auto &[language, roomHeader] : languagesAndRoom) {
            QVERIFY(languages.setLanguage(language));
            QTRY_COMPARE(page->model()->headerData(EventTableModel::Room, Qt::Horizontal).toString(), roomHeader);
            QCoreApplication::processEvents(); // the page's own retranslation and the layouts
            QSet<QString> seen;
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                for (int column : {EventTableModel::Type, EventTableModel::Room, EventTableModel::Status}) {
                    const QModelIndex index = table->model()->index(row, column);
                    const QString text = index.data().toString();
                    // What a cell has for its text: its width less the grid line and the margins.
                    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
                    const int room = table->columnWidth(column) - 1 - 2 * margin;
                    const int needed = table->fontMetrics().horizontalAdvance(text);
                    QVERIFY2(
                        !table->isColumnHidden(column) && needed <= room,
                        qPrintable(
                            QStringLiteral("%1: “%2” needs %3 px, has %4").arg(language, text).arg(needed).arg(room)));
                    seen.insert(text);
                }
            }
            if (language == QLatin1String("en")) {
                for (const QString &status : statuses)
                    QVERIFY2(seen.contains(status), qPrintable(status));
            }
            // The topic keeps a readable width.
            QVERIFY(table->columnWidth(EventTableModel::Title) >= 160);
            grabIfAsked(&window, QStringLiteral("events-1280-") + language);
        }
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

QTEST_MAIN(TestEventsPage)
#include "tst_eventspage.moc"
