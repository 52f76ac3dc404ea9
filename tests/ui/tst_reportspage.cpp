// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page on the offscreen platform, over the real event service, a real SQLite file
// and the Zoom sandbox over loopback: an event that ended with attendees is listed and ready
// once fetched, its people, totals and chart are shown, "Fetch again" takes Zoom's newest
// answer, exports write the CSV files (and a cancel stops them), and a report without
// attendees says why.
#include "eventsfixture.h"
#include "groups/grouprepository.h"
#include "i18n/languagemanager.h"
#include "models/attendeetablemodel.h"
#include "models/reporttablemodel.h"
#include "pages/reportspage.h"
#include "reports/attendancechart.h"
#include "reports/reportrepository.h"
#include "reports/reporttexts.h"
#include "testgrab.h"
#include "typetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace Roomdesk;
using namespace Roomdesk::Test;

static void initResources()
{
    Q_INIT_RESOURCE(roomdesk);
}

class TestReportsPage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EventsFixture> m_fixture;
    std::unique_ptr<ReportsPage> m_page;
    QTemporaryDir m_out;
    QStringList m_asked; // the titles of the file dialogs the page opened

    QPushButton *button(const char *name) const { return m_page->findChild<QPushButton *>(QLatin1String(name)); }
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    // An event of Carmen's that started `daysAgo` days ago at 10:00 in `zone`, in Zoom.
    std::optional<Event> pastEvent(const QString &title, int daysAgo = 1,
                                   const QString &zone = QStringLiteral("Europe/Madrid"))
    {
        EventForm form = EventsFixture::form(title, -daysAgo, 10);
        form.timeZone = zone;
        auto event = m_fixture->create(form);
        if (!event || event->zoomMeetingId == 0)
            return std::nullopt;
        return event;
    }

    // The session takes place in the sandbox with the plan's attendees (besides the host).
    bool endInZoom(const Event &event, const QByteArray &plan)
    {
        const SandboxResponse response =
            m_fixture->sandbox->handle({"POST",
                                        {QStringLiteral("_sandbox"), QStringLiteral("meetings"),
                                         QString::number(event.zoomMeetingId), QStringLiteral("end")},
                                        {},
                                        {},
                                        plan});
        return response.status == 200;
    }

    static QByteArray plan(int attendees, int waiting = 0, int rejoins = 0, int twoDevices = 0)
    {
        return QStringLiteral(R"({"attendees":%1,"waiting_room":%2,"rejoins":%3,"two_devices":%4,"without_email":1})")
            .arg(attendees)
            .arg(waiting)
            .arg(rejoins)
            .arg(twoDevices)
            .toUtf8();
    }

    // What the report fetcher does after each synchronization, asked for now.
    bool fetchDue()
    {
        std::optional<Result<ReportFetcher::Sweep>> sweep;
        m_fixture->events->fetchDueReports(this, [&sweep](const auto &result) { sweep.emplace(result); });
        return QTest::qWaitFor([&] { return sweep.has_value(); }, 60000) && *sweep;
    }

    std::optional<StoredReport> stored(qint64 eventId) const
    {
        auto found = ReportRepository(*m_fixture->database).find(eventId);
        return found && found.value() ? found.value() : std::nullopt;
    }

    bool openPage()
    {
        m_page = std::make_unique<ReportsPage>(*m_fixture->events);
        m_page->setFileChooser([this](QWidget *, const QString &title, const QString &suggested) {
            m_asked << title;
            return m_out.filePath(QFileInfo(suggested).fileName());
        });
        m_page->setFolderChooser([this](QWidget *, const QString &title, const QString &) {
            m_asked << title;
            return m_out.filePath(QStringLiteral("range"));
        });
        m_page->resize(1100, 760);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get()) && QTest::qWaitFor([this] { return m_page->hasLoaded(); });
    }

    // Waits for the page to list `id` in `state`.
    bool waitForState(qint64 id, StoredReport::State state)
    {
        return QTest::qWaitFor(
            [&] {
                const ReportEntry *entry = m_page->model()->entryAt(m_page->model()->rowOfEvent(id));
                return entry && entry->report.state == state;
            },
            30000);
    }

    // Selects `id` and waits until its report area is filled.
    bool show(qint64 id)
    {
        m_page->selectEvent(id);
        return QTest::qWaitFor([&] { return m_page->selectedEventId() == id && m_page->shownEventId() == id; }, 30000);
    }

    bool clickAndWait(const char *name)
    {
        QSignalSpy finished(m_page.get(), &ReportsPage::actionFinished);
        QPushButton *target = button(name);
        if (!target || !target->isEnabled())
            return false;
        QTest::mouseClick(target, Qt::LeftButton);
        return finished.wait(60000);
    }

    static QStringList csvLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        initResources();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_out.isValid());
    }

    void init()
    {
        m_fixture = std::make_unique<EventsFixture>();
        QVERIFY(m_fixture->start());
        m_fixture->addRoom(kCarmen);
        m_asked.clear();
        QDir(m_out.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_out.path()));
    }

    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void anEndedEventIsListedAndItsReportShown()
    {
        const auto event = pastEvent(QStringLiteral("Anatomía · repaso"));
        QVERIFY(event);
        QVERIFY(endInZoom(*event, plan(6, 1, 1, 1)));
        QVERIFY(openPage());
        QVERIFY(fetchDue());
        QVERIFY(waitForState(event->id, StoredReport::State::Ready));
        QVERIFY(show(event->id));
        const auto report = stored(event->id);
        QVERIFY(report);
        QCOMPARE(report->attendees, 6);

        const int row = m_page->model()->rowOfEvent(event->id);
        QCOMPARE(m_page->model()->index(row, ReportTableModel::State).data().toString(), QStringLiteral("Ready"));
        QCOMPARE(m_page->model()->index(row, ReportTableModel::Attendees).data().toString(), QStringLiteral("6"));
        QCOMPARE(m_page->model()->index(row, ReportTableModel::Room).data().toString(), QStringLiteral("carmen.ruiz"));

        QCOMPARE(m_page->attendeeModel()->rowCount(), 6);
        QCOMPARE(m_page->attendeeTable()->model()->rowCount(), 6);
        QCOMPARE(m_page->totalText(ReportsPage::Attendees), QStringLiteral("6"));
        QCOMPARE(m_page->totalText(ReportsPage::TotalTime), ReportTexts::duration(report->totalSeconds));
        QCOMPARE(m_page->totalText(ReportsPage::Average), ReportTexts::duration(report->totalSeconds / 6));
        // The host's row and the one from the waiting room were read and left out.
        QCOMPARE(m_page->totalText(ReportsPage::Records),
                 QStringLiteral("%1 records; not counted: 1 of the host, 1 in the waiting room").arg(report->records));
        QVERIFY(m_page->totalText(ReportsPage::Span).contains(QStringLiteral(" – ")));
        QVERIFY(child<QLabel>("reportTitle")->text() == QStringLiteral("Anatomía · repaso"));
        QCOMPARE(child<QLabel>("reportState")->property("status").toString(), QStringLiteral("good"));
        QVERIFY(!m_page->explanationLabel()->isVisible());

        // Attendance over time: steps that rise from and fall back to nobody.
        AttendanceChart *chart = m_page->chart();
        QVERIFY(chart->isVisible());
        QVERIFY(chart->line()->count() >= 4);
        QCOMPARE(chart->line()->at(0).y(), 0.0);
        QCOMPARE(chart->line()->at(chart->line()->count() - 1).y(), 0.0);
        QVERIFY(chart->peak() >= 1 && chart->peak() <= 6);

        // Searching the people by name or e-mail.
        QString email;
        for (const Attendee &attendee : m_page->attendeeModel()->attendees())
            email = email.isEmpty() ? attendee.email : email;
        QVERIFY(!email.isEmpty());
        typeText(child<QLineEdit>("attendeeSearch"), email.toUpper());
        QCOMPARE(m_page->attendeeTable()->model()->rowCount(), 1);
        grabIfAsked(m_page.get(), QStringLiteral("reports-ready"));
    }

    void fetchAgainTakesZoomsNewestAnswer()
    {
        const auto event = pastEvent(QStringLiteral("Bioquímica"));
        QVERIFY(event);
        QVERIFY(endInZoom(*event, plan(3)));
        QVERIFY(openPage());
        QVERIFY(fetchDue());
        QVERIFY(waitForState(event->id, StoredReport::State::Ready));
        QVERIFY(show(event->id));
        QCOMPARE(m_page->attendeeModel()->rowCount(), 3);

        // Held again in the same Zoom meeting: Zoom's latest instance now has more people.
        QVERIFY(endInZoom(*event, plan(5)));
        QVERIFY(clickAndWait("fetchReport"));
        QCOMPARE(m_page->messageLabel()->property("status").toString(), QStringLiteral("good"));
        QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("5 attendee")),
                 qPrintable(m_page->messageLabel()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->attendeeModel()->rowCount(), 5, 30000);
        QCOMPARE(stored(event->id)->attendees, 5);
        QCOMPARE(m_page->totalText(ReportsPage::Attendees), QStringLiteral("5"));
    }

    void exportsTheSelectedReportToTheChosenFile()
    {
        const auto event = pastEvent(QStringLiteral("Histología"));
        QVERIFY(event);
        QVERIFY(endInZoom(*event, plan(4)));
        QVERIFY(openPage());
        QVERIFY(fetchDue());
        QVERIFY(waitForState(event->id, StoredReport::State::Ready));
        QVERIFY(show(event->id));
        QTRY_VERIFY(button("exportReport")->isEnabled());
        child<QComboBox>("csvDelimiter")->setCurrentIndex(0); // comma
        QVERIFY(child<QCheckBox>("csvBom")->isChecked()); // for Excel, by default

        QVERIFY(clickAndWait("exportReport"));
        QCOMPARE(m_asked, QStringList {QStringLiteral("Export the report")});
        QCOMPARE(m_page->messageLabel()->property("status").toString(), QStringLiteral("good"));
        const ReportEntry *entry = m_page->model()->entryAt(m_page->model()->rowOfEvent(event->id));
        const QString path = m_out.filePath(ReportExport::fileName(*entry));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
        const QStringList lines = csvLines(path);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(), QStringLiteral("name,email,first_join,last_leave,duration_seconds,duration,segments"));
        // Times in the event's zone, with its offset (Madrid: +01:00 or +02:00).
        QVERIFY2(lines.at(1).contains(QStringLiteral("+01:00")) || lines.at(1).contains(QStringLiteral("+02:00")),
                 qPrintable(lines.at(1)));
    }

    void exportsTheRangeIntoAFolder()
    {
        const auto ready = pastEvent(QStringLiteral("Fisiología"), 2);
        const auto nobody = pastEvent(QStringLiteral("Farmacología"), 1);
        QVERIFY(ready && nobody);
        QVERIFY(endInZoom(*ready, plan(7, 2, 1)));
        QVERIFY(endInZoom(*nobody, plan(0, 0)));
        QVERIFY(openPage());
        QVERIFY(fetchDue());
        QVERIFY(waitForState(ready->id, StoredReport::State::Ready));
        QVERIFY(waitForState(nobody->id, StoredReport::State::NoAttendees));
        child<QComboBox>("csvDelimiter")->setCurrentIndex(1); // semicolon
        child<QCheckBox>("csvBom")->setChecked(false);
        child<QComboBox>("csvZone")->setCurrentIndex(int(ReportsPage::Zone::Utc));

        QVERIFY(clickAndWait("exportReports"));
        QCOMPARE(m_asked, QStringList {QStringLiteral("Export the reports into a folder")});
        const ReportExport::Summary &summary = m_page->lastExport();
        QCOMPARE(summary.written.size(), 1);
        QVERIFY(!summary.cancelled);
        // The one without attendees is listed with its state instead.
        QCOMPARE(summary.skipped.size(), 1);
        QVERIFY(summary.skipped.first().contains(QStringLiteral("Farmacología")));
        QVERIFY(summary.skipped.first().contains(QStringLiteral("No attendees")));
        const QString message = m_page->messageLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("1 file")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("No attendees")));
        QCOMPARE(m_page->messageLabel()->property("status").toString(), QStringLiteral("warning"));

        const QString path = summary.written.first();
        QCOMPARE(QFileInfo(path).dir().dirName(), QStringLiteral("range"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.peek(3).startsWith("\xEF\xBB\xBF"));
        const QStringList lines = csvLines(path);
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.first(), QStringLiteral("name;email;first_join;last_leave;duration_seconds;duration;segments"));
        QVERIFY2(lines.at(1).contains(QStringLiteral("+00:00;")), qPrintable(lines.at(1))); // UTC times
        QVERIFY(!child<QWidget>("exportProgress")->isVisible());
    }

    void cancellingAnExportWritesFewerFiles()
    {
        // Two zones: with each event's own zone, two exports one after the other.
        QList<Event> events;
        for (int i = 0; i < 4; ++i) {
            const auto event =
                pastEvent(QStringLiteral("Sesión %1").arg(i + 1), i / 2 + 1,
                          i % 2 ? QStringLiteral("America/Mexico_City") : QStringLiteral("Europe/Madrid"));
            QVERIFY(event);
            QVERIFY(endInZoom(*event, plan(2 + i)));
            events << *event;
        }
        QVERIFY(openPage());
        QVERIFY(fetchDue());
        for (const Event &event : events)
            QVERIFY(waitForState(event.id, StoredReport::State::Ready));
        QCOMPARE(child<QComboBox>("csvZone")->currentIndex(), int(ReportsPage::Zone::Event));

        // Cancelled as soon as the first progress arrives.
        QSignalSpy finished(m_page.get(), &ReportsPage::actionFinished);
        connect(m_page.get(), &ReportsPage::exportProgress, m_page.get(), [this] {
            if (auto *cancel = button("cancelExport"); cancel->isVisible() && cancel->isEnabled())
                QTest::mouseClick(cancel, Qt::LeftButton);
        });
        m_page->exportRangeTo(m_out.filePath(QStringLiteral("cancelled")));
        QVERIFY(m_page->isExporting());
        grabIfAsked(m_page.get(), QStringLiteral("reports-exporting"));
        QVERIFY(finished.wait(60000));
        const ReportExport::Summary &summary = m_page->lastExport();
        QVERIFY(summary.cancelled);
        QVERIFY2(summary.written.size() < 4, qPrintable(QString::number(summary.written.size())));
        const QStringList files = QDir(m_out.filePath(QStringLiteral("cancelled"))).entryList(QDir::Files);
        QCOMPARE(files.size(), summary.written.size());
        QVERIFY(m_page->messageLabel()->text().startsWith(QStringLiteral("Export cancelled.")));
        QVERIFY(!m_page->isExporting());
    }

    void aGroupOnAnotherPlatformFailsWithTheReason()
    {
        ParticipantGroup group;
        group.name = QStringLiteral("Tutorías");
        group.platform = LinkPlatform::GoogleMeet;
        group.link = QStringLiteral("https://meet.google.com/abc-defg-hij");
        const auto added = GroupRepository(*m_fixture->database)
                               .addGroup(QStringLiteral("Máster"), group, QDateTime::currentDateTimeUtc());
        QVERIFY(added);
        EventForm form = EventsFixture::form(QStringLiteral("Tutoría en Meet"), -1, 10);
        form.groupId = added.value().id;
        const auto event = m_fixture->create(form);
        QVERIFY(event && event->zoomMeetingId != 0);
        QVERIFY(endInZoom(*event, plan(0, 0)));
        QVERIFY(openPage());
        QVERIFY(fetchDue());
        QVERIFY(waitForState(event->id, StoredReport::State::Failed));
        QVERIFY(show(event->id));
        const int row = m_page->model()->rowOfEvent(event->id);
        const QString reason = m_page->model()->index(row, ReportTableModel::State).data(Qt::ToolTipRole).toString();
        QVERIFY2(reason.contains(QStringLiteral("Google Meet")), qPrintable(reason));
        QVERIFY(m_page->explanationLabel()->isVisible());
        QVERIFY(m_page->explanationLabel()->text().contains(reason));
        QCOMPARE(child<QLabel>("reportState")->property("status").toString(), QStringLiteral("error"));
        QVERIFY(!button("exportReport")->isEnabled());
        grabIfAsked(m_page.get(), QStringLiteral("reports-failed"));
    }

    void aWaitingReportSaysWhenZoomIsAskedAgain()
    {
        // Not held in Zoom (yet): asking for its report now leaves it waiting.
        const auto event = pastEvent(QStringLiteral("Sesión sin cerrar"));
        QVERIFY(event);
        std::optional<Result<StoredReport>> fetched;
        m_fixture->events->fetchReport(event->id, this, [&fetched](const auto &result) { fetched.emplace(result); });
        QVERIFY(QTest::qWaitFor([&] { return fetched.has_value(); }, 60000));
        QVERIFY(*fetched);
        QCOMPARE(fetched->value().state, StoredReport::State::Waiting);
        QVERIFY(openPage());
        QVERIFY(waitForState(event->id, StoredReport::State::Waiting));
        QVERIFY(show(event->id));
        const QString next =
            QLocale().toString(fetched->value().nextAttemptUtc.toLocalTime().time(), QLocale::ShortFormat);
        const QString text = m_page->explanationLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Roomdesk asks again at %1.").arg(next)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Last answer: ")));
        QCOMPARE(child<QLabel>("reportState")->property("status").toString(), QStringLiteral("warning"));
        grabIfAsked(m_page.get(), QStringLiteral("reports-waiting"));
    }

    // A ready report's people are still on their way when another event is chosen: they are
    // dropped, not shown under the other event's header.
    void aLateReportIsNotShownUnderAnotherEvent()
    {
        const auto ready = pastEvent(QStringLiteral("Bioquímica"));
        const auto waiting = pastEvent(QStringLiteral("Sesión pendiente"), 2);
        QVERIFY(ready && waiting);
        QVERIFY(endInZoom(*ready, plan(4)));
        std::optional<Result<StoredReport>> fetched;
        m_fixture->events->fetchReport(waiting->id, this, [&fetched](const auto &result) { fetched.emplace(result); });
        QVERIFY(QTest::qWaitFor([&] { return fetched.has_value(); }, 60000));
        QVERIFY(openPage());
        QVERIFY(fetchDue());
        QVERIFY(waitForState(ready->id, StoredReport::State::Ready));
        QVERIFY(waitForState(waiting->id, StoredReport::State::Waiting));
        QVERIFY(show(waiting->id));

        m_page->selectEvent(ready->id); // its people are asked for…
        m_page->selectEvent(waiting->id); // …and another event is chosen before they arrive
        QTest::qWait(1000);
        QCOMPARE(m_page->selectedEventId(), waiting->id);
        QCOMPARE(m_page->shownEventId(), waiting->id);
        QCOMPARE(m_page->attendeeModel()->rowCount(), 0);
        QCOMPARE(child<QLabel>("reportTitle")->text(), QStringLiteral("Sesión pendiente"));
        QVERIFY(show(ready->id));
        QCOMPARE(m_page->attendeeModel()->rowCount(), 4);
    }

    void followsALanguageChange()
    {
        const auto event = pastEvent(QStringLiteral("Genética"));
        QVERIFY(event);
        QVERIFY(endInZoom(*event, plan(3)));
        QVERIFY(openPage());
        QVERIFY(fetchDue());
        QVERIFY(waitForState(event->id, StoredReport::State::Ready));
        QVERIFY(show(event->id));
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("ru")));
        QTRY_COMPARE(child<QLabel>("reportsTitle")->text(), QStringLiteral("Отчёты о посещаемости"));
        // The report is written again in the new language, people and chart included.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->shownEventId(), event->id, 30000);
        QCOMPARE(m_page->attendeeModel()->rowCount(), 3);
        QVERIFY(m_page->chart()->line()->count() > 0);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(child<QLabel>("reportsTitle")->text(), QStringLiteral("Attendance reports"));
    }

    void aReportWithoutAttendeesSaysWhy()
    {
        const auto event = pastEvent(QStringLiteral("Tutoría vacía"));
        QVERIFY(event);
        QVERIFY(endInZoom(*event, plan(0, 0)));
        QVERIFY(openPage());
        QVERIFY(fetchDue());
        QVERIFY(waitForState(event->id, StoredReport::State::NoAttendees));
        QVERIFY(show(event->id));
        QVERIFY(m_page->explanationLabel()->isVisible());
        QCOMPARE(m_page->explanationLabel()->text(), QStringLiteral("Only the host attended, so there is no report."));
        QVERIFY(!m_page->chart()->isVisible());
        QCOMPARE(m_page->attendeeModel()->rowCount(), 0);
        QVERIFY(!button("exportReport")->isEnabled());
        QVERIFY(button("fetchReport")->isEnabled());
        QVERIFY(child<QLabel>("reportState")->text().startsWith(QStringLiteral("No attendees")));

        // The state filter shows only such reports, or says there are none of a kind.
        auto *state = child<QComboBox>("reportsState");
        state->setCurrentIndex(state->findData(QStringLiteral("ready")));
        QCOMPARE(m_page->table()->model()->rowCount(), 0);
        QVERIFY(child<QLabel>("reportsEmpty")->isVisible());
        state->setCurrentIndex(state->findData(QStringLiteral("no_attendees")));
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        grabIfAsked(m_page.get(), QStringLiteral("reports-no-attendees"));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
