// SPDX-License-Identifier: GPL-3.0-or-later
// The event form on the offscreen platform, over the real event service and the Zoom
// sandbox: each field checked as it is typed, saving with progress, a refusal kept inline.
#include "events/eventformdialog.h"
#include "eventsfixture.h"
#include "testgrab.h"
#include "typetext.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>

using namespace Roomdesk;
using namespace Roomdesk::Test;
using Field = EventValidation::Field;

class TestEventFormDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EventsFixture> m_fixture;
    std::unique_ptr<EventFormDialog> m_dialog;

    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    void openNew(const QList<Room> &rooms = {})
    {
        m_dialog = std::make_unique<EventFormDialog>(*m_fixture->events, rooms, QList<ParticipantGroup> {});
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    // A valid event a week ahead in Madrid, typed as an administrator types it.
    void fillIn(const QString &title)
    {
        typeText(child<QLineEdit>("eventTitle"), title);
        child<QComboBox>("eventTimeZone")->setCurrentText(QStringLiteral("Europe/Madrid"));
        child<QDateEdit>("eventDate")->setDate(QDate::currentDate().addDays(7));
        child<QTimeEdit>("eventTime")->setTime(QTime(10, 0));
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<EventsFixture>();
        QVERIFY(m_fixture->start());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_fixture.reset();
    }

    void anEmptyOrTooLongTopicIsExplainedAndBlocksSave()
    {
        openNew();
        auto *title = child<QLineEdit>("eventTitle");
        // Untouched, an empty topic keeps Save off without scolding.
        QCOMPARE(m_dialog->fieldMessage(Field::Title), QString());
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        typeText(title, QStringLiteral("Anatomía"));
        QVERIFY(m_dialog->saveButton()->isEnabled());
        title->selectAll();
        QTest::keyClick(title, Qt::Key_Backspace);
        QCOMPARE(m_dialog->fieldMessage(Field::Title), QStringLiteral("Enter the event topic."));
        QVERIFY(child<QLabel>("message-title")->isVisible());
        QVERIFY(!m_dialog->saveButton()->isEnabled());

        typeText(title, QString(256, QLatin1Char('x')));
        QVERIFY2(m_dialog->fieldMessage(Field::Title).contains(QStringLiteral("has 256 character")),
                 qPrintable(m_dialog->fieldMessage(Field::Title)));
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        QTest::keyClick(title, Qt::Key_Backspace);
        QCOMPARE(m_dialog->fieldMessage(Field::Title), QString());
        // 255 fit the topic, but an empty conference name takes the topic, over Zoom's 200.
        QVERIFY(m_dialog->fieldMessage(Field::ConferenceName).contains(QStringLiteral("200")));
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        typeText(child<QLineEdit>("eventConferenceName"), QStringLiteral("Anatomía"));
        QCOMPARE(m_dialog->fieldMessage(Field::ConferenceName), QString());
        QVERIFY(m_dialog->saveButton()->isEnabled());
    }

    void aZeroDurationIsRefused()
    {
        openNew();
        fillIn(QStringLiteral("Tutoría"));
        QVERIFY(m_dialog->saveButton()->isEnabled());
        child<QSpinBox>("eventDurationHours")->setValue(0);
        child<QSpinBox>("eventDurationMinutes")->setValue(0);
        QVERIFY(m_dialog->fieldMessage(Field::Duration).contains(QStringLiteral("1 minute to 23 h 59 min")));
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        child<QSpinBox>("eventDurationMinutes")->setValue(1);
        QVERIFY(m_dialog->fieldMessage(Field::Duration).isEmpty());
        QVERIFY(m_dialog->saveButton()->isEnabled());
        QCOMPARE(m_dialog->form().durationMinutes, 1);
    }

    void aStartInADaylightSavingGapIsRefused()
    {
        openNew();
        fillIn(QStringLiteral("Clase"));
        // Madrid skips 02:00–03:00 on the last Sunday of March 2026.
        child<QDateEdit>("eventDate")->setDate(QDate(2026, 3, 29));
        child<QTimeEdit>("eventTime")->setTime(QTime(2, 30));
        QVERIFY2(m_dialog->fieldMessage(Field::Start).contains(QStringLiteral("does not exist in Europe/Madrid")),
                 qPrintable(m_dialog->fieldMessage(Field::Start)));
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        child<QSpinBox>("eventDurationHours")->setValue(0);
        child<QSpinBox>("eventDurationMinutes")->setValue(0);
        grabIfAsked(m_dialog.get(), QStringLiteral("event-form-invalid"));
        child<QSpinBox>("eventDurationHours")->setValue(1);
        // The same wall-clock time exists in another zone.
        child<QComboBox>("eventTimeZone")->setCurrentText(QStringLiteral("Europe/London"));
        QVERIFY(m_dialog->fieldMessage(Field::Start).isEmpty());
        QVERIFY(m_dialog->saveButton()->isEnabled());
    }

    void aTimeZoneMustBeIana()
    {
        openNew();
        fillIn(QStringLiteral("Clase"));
        auto *zone = child<QComboBox>("eventTimeZone");
        zone->lineEdit()->selectAll();
        typeText(zone->lineEdit(), QStringLiteral("Madrid"));
        QVERIFY(m_dialog->fieldMessage(Field::TimeZone).contains(QStringLiteral("not an IANA time zone")));
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        // Completion offers the zones that contain what was typed.
        QVERIFY(zone->completer());
        zone->completer()->setCompletionPrefix(QStringLiteral("Madrid"));
        QCOMPARE(zone->completer()->currentCompletion(), QStringLiteral("Europe/Madrid"));
    }

    void theDescriptionCountsAsItIsTyped()
    {
        openNew();
        fillIn(QStringLiteral("Clase"));
        auto *description = child<QPlainTextEdit>("eventDescription");
        typeText(description, QStringLiteral("Tema 4"));
        QCOMPARE(child<QLabel>("eventDescriptionCount")->text(), QStringLiteral("6 / 2000"));
        description->setPlainText(QString(2001, QLatin1Char('a')));
        QCOMPARE(child<QLabel>("eventDescriptionCount")->text(), QStringLiteral("2001 / 2000"));
        QVERIFY(m_dialog->fieldMessage(Field::Description).contains(QStringLiteral("at most 2000")));
        QVERIFY(!m_dialog->saveButton()->isEnabled());
    }

    void capacityIsEmptyOrAWholeNumber()
    {
        openNew();
        fillIn(QStringLiteral("Clase"));
        auto *capacity = child<QLineEdit>("eventCapacity");
        QCOMPARE(m_dialog->form().capacity, std::nullopt);
        typeText(capacity, QStringLiteral("4x0"));
        QCOMPARE(capacity->text(), QStringLiteral("40")); // letters never get in
        QCOMPARE(m_dialog->form().capacity, 40);
        capacity->selectAll();
        typeText(capacity, QStringLiteral("0"));
        QVERIFY(m_dialog->fieldMessage(Field::Capacity).contains(QStringLiteral("from 1 to 100000")));
        QVERIFY(!m_dialog->saveButton()->isEnabled());
    }

    void savingCreatesTheMeetingInZoom()
    {
        const Room room = m_fixture->addRoom(kCarmen);
        openNew({room});
        fillIn(QStringLiteral("Fisiología · grupo B"));
        typeText(child<QLineEdit>("eventConferenceName"), QStringLiteral("Fisiología (B)"));
        child<QSpinBox>("eventDurationHours")->setValue(1);
        child<QSpinBox>("eventDurationMinutes")->setValue(30);
        typeText(child<QLineEdit>("eventTrainer"), QStringLiteral("Dr. Gil"));
        child<QRadioButton>("eventAutoAdmit")->setChecked(true);
        typeText(child<QPlainTextEdit>("eventDescription"), QStringLiteral("Tema 2"));
        QCOMPARE(child<QComboBox>("eventRoom")->count(), 2); // automatic and Carmen's room

        QSignalSpy saved(m_dialog.get(), &EventFormDialog::saved);
        QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
        // While Zoom is asked, the dialog says so and waits.
        QVERIFY(m_dialog->isBusy());
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        QVERIFY(!m_dialog->statusText().isEmpty());
        QVERIFY(saved.wait(30000));
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        const qint64 id = saved.first().first().toLongLong();
        const std::optional<Event> event = m_fixture->stored(id);
        QVERIFY(event);
        QCOMPARE(event->sync, Event::Sync::Synced);
        QCOMPARE(event->roomEmail, kCarmen);
        auto zoom = m_fixture->zoomMeeting(event->zoomMeetingId);
        QVERIFY(zoom);
        QCOMPARE(zoom.value().topic, QStringLiteral("Fisiología (B)"));
        QCOMPARE(zoom.value().durationMinutes, 90);
        QCOMPARE(zoom.value().timezone, QStringLiteral("Europe/Madrid"));
        QCOMPARE(zoom.value().startTimeUtc,
                 QDateTime(QDate::currentDate().addDays(7), QTime(10, 0), QTimeZone("Europe/Madrid")).toUTC());
        QVERIFY(!zoom.value().waitingRoom);
        QCOMPARE(event->form.trainer, QStringLiteral("Dr. Gil"));
    }

    void aRefusalStaysInTheDialogWithEverythingTyped()
    {
        const Room basic = m_fixture->addRoom(kPablo); // a Basic Zoom user: cannot host
        openNew({basic});
        fillIn(QStringLiteral("Clase de repaso"));
        typeText(child<QLineEdit>("eventTrainer"), QStringLiteral("Marta López"));
        QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, 30000));
        QVERIFY(m_dialog->isVisible());
        QVERIFY2(m_dialog->statusText().contains(QStringLiteral("Basic")), qPrintable(m_dialog->statusText()));
        grabIfAsked(m_dialog.get(), QStringLiteral("event-form-refused"));
        QCOMPARE(child<QLabel>("eventFormStatus")->property("status").toString(), QStringLiteral("error"));
        QCOMPARE(child<QLineEdit>("eventTitle")->text(), QStringLiteral("Clase de repaso"));
        QCOMPARE(child<QLineEdit>("eventTrainer")->text(), QStringLiteral("Marta López"));
        QVERIFY(m_dialog->saveButton()->isEnabled()); // to try again once the room is fixed
        QVERIFY(EventRepository(*m_fixture->database).list().value().isEmpty());

        // A webinar with no webinar-capable room is refused before Zoom is asked.
        child<QComboBox>("eventType")->setCurrentIndex(1);
        QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, 30000));
        QVERIFY2(m_dialog->statusText().contains(QStringLiteral("webinar licence")),
                 qPrintable(m_dialog->statusText()));
        QVERIFY(m_dialog->isVisible());
    }

    void editingKeepsTypeAndRoom()
    {
        m_fixture->addRoom(kCarmen);
        const std::optional<Event> event = m_fixture->create(EventsFixture::form(QStringLiteral("Histología")));
        QVERIFY(event);
        m_dialog =
            std::make_unique<EventFormDialog>(*m_fixture->events, *event, QList<Room> {}, QList<ParticipantGroup> {});
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        auto *type = child<QComboBox>("eventType");
        QVERIFY(!type->isEnabled());
        QCOMPARE(type->toolTip(), EventValidation::conversionRefused(true).message);
        QVERIFY(!child<QComboBox>("eventRoom")->isEnabled());
        QVERIFY(child<QComboBox>("eventRoom")->currentText().contains(kCarmen));
        QCOMPARE(child<QLineEdit>("eventTitle")->text(), QStringLiteral("Histología"));
        QCOMPARE(child<QTimeEdit>("eventTime")->time(), QTime(10, 0));

        child<QSpinBox>("eventDurationMinutes")->setValue(15); // 1 h 15 min
        QSignalSpy saved(m_dialog.get(), &EventFormDialog::saved);
        QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QCOMPARE(m_fixture->zoomMeeting(event->zoomMeetingId).value().durationMinutes, 75);
    }
};

QTEST_MAIN(TestEventFormDialog)
#include "tst_eventformdialog.moc"
