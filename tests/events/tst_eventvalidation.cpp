// SPDX-License-Identifier: GPL-3.0-or-later
// The event form's rules, field by field and at every limit (DESIGN §4).
#include "events/eventsync.h"
#include "events/eventvalidation.h"

#include <QTest>

using namespace Roomdesk;
using Field = EventValidation::Field;

Q_DECLARE_METATYPE(Roomdesk::EventValidation::Field)

namespace {

EventForm validForm()
{
    EventForm form;
    form.title = QStringLiteral("Anatomía I — grupo A");
    form.localStart = QDateTime(QDate(2026, 12, 1), QTime(10, 0));
    form.timeZone = QStringLiteral("Europe/Madrid");
    form.durationMinutes = 90;
    return form;
}

} // namespace

class TestEventValidation final : public QObject
{
    Q_OBJECT

private slots:
    void fields_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<std::function<void(EventForm &)>>("change");
        QTest::addColumn<bool>("valid");
        using Change = std::function<void(EventForm &)>;
        const auto text = [](int n) { return QString(n, QLatin1Char('x')); };

        QTest::newRow("title empty") << Field::Title << Change([](EventForm &f) { f.title = QString(); }) << false;
        QTest::newRow("title blank") << Field::Title << Change([](EventForm &f) { f.title = QStringLiteral("  "); })
                                     << false;
        QTest::newRow("title 1") << Field::Title << Change([](EventForm &f) { f.title = QStringLiteral("A"); }) << true;
        QTest::newRow("title 255") << Field::Title << Change([=](EventForm &f) {
            f.title = text(255);
            f.conferenceName = QStringLiteral("Short");
        }) << true;
        QTest::newRow("title 256") << Field::Title << Change([=](EventForm &f) { f.title = text(256); }) << false;
        QTest::newRow("title line break")
            << Field::Title << Change([](EventForm &f) { f.title = QStringLiteral("a\nb"); }) << false;
        QTest::newRow("title Cyrillic 255") << Field::Title << Change([](EventForm &f) {
            f.title = QString(255, QChar(0x0416));
            f.conferenceName = QStringLiteral("Short");
        }) << true;

        QTest::newRow("conference empty: the topic")
            << Field::ConferenceName << Change([](EventForm &f) { f.conferenceName = QString(); }) << true;
        QTest::newRow("conference 200") << Field::ConferenceName
                                        << Change([=](EventForm &f) { f.conferenceName = text(200); }) << true;
        QTest::newRow("conference 201") << Field::ConferenceName
                                        << Change([=](EventForm &f) { f.conferenceName = text(201); }) << false;
        QTest::newRow("conference empty, topic 201")
            << Field::ConferenceName << Change([=](EventForm &f) { f.title = text(201); }) << false;
        QTest::newRow("conference empty, topic 200")
            << Field::ConferenceName << Change([=](EventForm &f) { f.title = text(200); }) << true;

        QTest::newRow("zone empty") << Field::TimeZone << Change([](EventForm &f) { f.timeZone = QString(); }) << false;
        QTest::newRow("zone unknown") << Field::TimeZone
                                      << Change([](EventForm &f) { f.timeZone = QStringLiteral("Mars/Olympus"); })
                                      << false;
        QTest::newRow("zone offset") << Field::TimeZone
                                     << Change([](EventForm &f) { f.timeZone = QStringLiteral("UTC+03:00"); }) << false;
        QTest::newRow("zone Moscow") << Field::TimeZone
                                     << Change([](EventForm &f) { f.timeZone = QStringLiteral("Europe/Moscow"); })
                                     << true;
        QTest::newRow("zone UTC") << Field::TimeZone << Change([](EventForm &f) { f.timeZone = QStringLiteral("UTC"); })
                                  << true;

        QTest::newRow("start missing") << Field::Start << Change([](EventForm &f) { f.localStart = QDateTime(); })
                                       << false;
        QTest::newRow("start in the past")
            << Field::Start << Change([](EventForm &f) { f.localStart = QDateTime(QDate(2021, 3, 1), QTime(9, 0)); })
            << true;
        QTest::newRow("start in a DST gap")
            << Field::Start << Change([](EventForm &f) { f.localStart = QDateTime(QDate(2026, 3, 29), QTime(2, 30)); })
            << false;
        QTest::newRow("start in the repeated hour")
            << Field::Start << Change([](EventForm &f) { f.localStart = QDateTime(QDate(2026, 10, 25), QTime(2, 30)); })
            << false;
        QTest::newRow("start after the repeated hour")
            << Field::Start << Change([](EventForm &f) { f.localStart = QDateTime(QDate(2026, 10, 25), QTime(3, 0)); })
            << true;
        QTest::newRow("start year 2100") << Field::Start << Change([](EventForm &f) {
            f.localStart = QDateTime(QDate(2100, 1, 1), QTime(9, 0));
        }) << false;

        QTest::newRow("duration 0") << Field::Duration << Change([](EventForm &f) { f.durationMinutes = 0; }) << false;
        QTest::newRow("duration 1") << Field::Duration << Change([](EventForm &f) { f.durationMinutes = 1; }) << true;
        QTest::newRow("duration 23:59") << Field::Duration << Change([](EventForm &f) { f.durationMinutes = 1439; })
                                        << true;
        QTest::newRow("duration 24 h") << Field::Duration << Change([](EventForm &f) { f.durationMinutes = 1440; })
                                       << false;
        QTest::newRow("duration negative")
            << Field::Duration << Change([](EventForm &f) { f.durationMinutes = -5; }) << false;

        QTest::newRow("room automatic") << Field::Room << Change([](EventForm &f) { f.roomEmail = QString(); }) << true;
        QTest::newRow("room e-mail") << Field::Room
                                     << Change([](EventForm &f) { f.roomEmail = QStringLiteral("sala1@uni.example"); })
                                     << true;
        QTest::newRow("room not an e-mail")
            << Field::Room << Change([](EventForm &f) { f.roomEmail = QStringLiteral("sala1"); }) << false;
        QTest::newRow("room two at signs")
            << Field::Room << Change([](EventForm &f) { f.roomEmail = QStringLiteral("a@b@c"); }) << false;

        QTest::newRow("location 255") << Field::Location << Change([=](EventForm &f) { f.location = text(255); })
                                      << true;
        QTest::newRow("location 256") << Field::Location << Change([=](EventForm &f) { f.location = text(256); })
                                      << false;

        QTest::newRow("capacity unlimited")
            << Field::Capacity << Change([](EventForm &f) { f.capacity = std::nullopt; }) << true;
        QTest::newRow("capacity 0") << Field::Capacity << Change([](EventForm &f) { f.capacity = 0; }) << false;
        QTest::newRow("capacity 1") << Field::Capacity << Change([](EventForm &f) { f.capacity = 1; }) << true;
        QTest::newRow("capacity 100000") << Field::Capacity << Change([](EventForm &f) { f.capacity = 100000; })
                                         << true;
        QTest::newRow("capacity 100001") << Field::Capacity << Change([](EventForm &f) { f.capacity = 100001; })
                                         << false;

        QTest::newRow("trainer any name")
            << Field::Trainer << Change([](EventForm &f) { f.trainer = QStringLiteral("Дмитрий Соколов"); }) << true;
        QTest::newRow("trainer 256") << Field::Trainer << Change([=](EventForm &f) { f.trainer = text(256); }) << false;

        QTest::newRow("description 2000")
            << Field::Description << Change([=](EventForm &f) { f.description = text(2000); }) << true;
        QTest::newRow("description 2001")
            << Field::Description << Change([=](EventForm &f) { f.description = text(2001); }) << false;
        QTest::newRow("description line breaks")
            << Field::Description << Change([](EventForm &f) { f.description = QStringLiteral("a\n\nb"); }) << true;
    }

    void fields()
    {
        QFETCH(Field, field);
        QFETCH(std::function<void(EventForm &)>, change);
        QFETCH(bool, valid);
        EventForm form = validForm();
        QVERIFY(!EventValidation::check(field, form));
        change(form);
        const auto problem = EventValidation::check(field, form);
        QCOMPARE(!problem.has_value(), valid);
        if (problem)
            QVERIFY(!problem->isEmpty());
        // The whole form agrees with its field.
        QCOMPARE(bool(EventValidation::validate(form)), valid);
        if (!valid)
            QCOMPARE(EventValidation::validate(form).error().code, QStringLiteral("event.invalid"));
    }

    void everyProblemIsListed()
    {
        EventForm form;
        form.durationMinutes = 0;
        form.capacity = 0;
        const auto problems = EventValidation::problems(form);
        QList<Field> fields;
        for (const auto &p : problems)
            fields << p.field;
        QVERIFY(fields.contains(Field::Title));
        QVERIFY(fields.contains(Field::TimeZone));
        QVERIFY(fields.contains(Field::Start));
        QVERIFY(fields.contains(Field::Duration));
        QVERIFY(fields.contains(Field::Capacity));
    }

    void conferenceNameDefaultsToTheTopic()
    {
        EventForm form = validForm();
        QCOMPARE(form.effectiveConferenceName(), form.title);
        form.conferenceName = QStringLiteral("  Sala de Anatomía  ");
        QCOMPARE(form.effectiveConferenceName(), QStringLiteral("Sala de Anatomía"));
    }

    void theMarkerFitsOrStaysOut()
    {
        const QString marker = QStringLiteral("abcdefghijkm");
        QCOMPARE(EventSync::agendaFor(QString(), marker), QStringLiteral("[roomdesk:abcdefghijkm]"));
        const QString agenda = EventSync::agendaFor(QStringLiteral("Temario"), marker);
        QCOMPARE(agenda, QStringLiteral("Temario\n\n[roomdesk:abcdefghijkm]"));
        QCOMPARE(EventSync::descriptionFrom(agenda), QStringLiteral("Temario"));
        // Zoom's 2000 characters are the administrator's first.
        const QString full(2000, QLatin1Char('x'));
        QCOMPARE(EventSync::agendaFor(full, marker), full);
        const QString almost(1975, QLatin1Char('x'));
        QCOMPARE(EventSync::agendaFor(almost, marker).size(), 2000);
        QCOMPARE(EventSync::descriptionFrom(QStringLiteral("Plain agenda")), QStringLiteral("Plain agenda"));
    }

    void refusalsSayWhy()
    {
        QCOMPARE(EventValidation::personalMeetingIdRefused().code, QStringLiteral("event.pmi_refused"));
        QCOMPARE(EventValidation::recurrenceRefused().code, QStringLiteral("event.recurrence_refused"));
        QVERIFY(EventValidation::conversionRefused(true).message != EventValidation::conversionRefused(false).message);
    }
};

QTEST_GUILESS_MAIN(TestEventValidation)
#include "tst_eventvalidation.moc"
