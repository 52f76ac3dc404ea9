// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpage.h"

#include "backend/roompoolservice.h"
#include "calendar/bookingdialog.h"
#include "calendar/bookingtexts.h"
#include "calendar/calendarlegend.h"
#include "calendar/roomcalendarview.h"
#include "calendar/roomrequestdialog.h"
#include "clock.h"
#include "pages/emptystatepage.h"
#include "rooms/wallclock.h"
#include "uisettings.h"
#include "widgets/prompts.h"
#include "widgets/statuslabel.h"
#include "widgets/timezonecombobox.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStringListModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcCalendarPage, "roomdesk.ui.calendar", QtInfoMsg)

// Loaded around the period, so a booking that starts just outside it is there to move to.
constexpr int kMarginDays = 1;
// An import's problems shown on the page; the rest are counted.
constexpr int kShownProblems = 10;

QToolButton *toolButton(QWidget *parent, const char *name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(name));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}
} // namespace

CalendarPage::CalendarPage(RoomPoolService &pool, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool)
    , m_settings(settings)
    , m_prompts(&Prompts::dialogs())
    , m_clock(&Clock::system())
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_view = new RoomCalendarView(this);
    m_legend = new CalendarLegend(this);
    m_message = StatusLabel::create(this, QStringLiteral("calendarMessage"));
    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("calendarSelection"));
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selection->setForegroundRole(QPalette::PlaceholderText);
    m_noRooms = new EmptyStatePage(PageId::Calendar, this);
    m_noRooms->setObjectName(QStringLiteral("calendarNoRooms"));
    m_body = new QStackedWidget(this);
    m_body->addWidget(m_view);
    m_body->addWidget(m_noRooms);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    createToolbar();
    createFilters();
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(4);
    toolbar->addWidget(m_day);
    toolbar->addWidget(m_week);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_previous);
    toolbar->addWidget(m_today);
    toolbar->addWidget(m_next);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_period, 1);
    toolbar->addWidget(m_zoomOut);
    toolbar->addWidget(m_zoomIn);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_exportICalendarButton);
    toolbar->addWidget(m_exportPngButton);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_roomLabel);
    filters->addWidget(m_roomFilter);
    filters->addSpacing(12);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_typeFilter);
    filters->addSpacing(12);
    filters->addWidget(m_organizerLabel);
    filters->addWidget(m_organizerFilter, 1);
    filters->addStretch(1);
    filters->addWidget(m_requestRoomButton);
    filters->addWidget(m_importRequestsButton);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_legend);
    footer->addStretch(1);
    footer->addWidget(m_selection);
    layout->addLayout(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_body, 1);
    layout->addLayout(footer);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &CalendarPage::reload);
    connect(&m_pool, &RoomPoolService::changed, this, &CalendarPage::scheduleReload);
    connect(m_view, &RoomCalendarView::rangeChanged, this, [this] {
        updatePeriodLabel();
        scheduleReload();
    });
    connect(m_view, &RoomCalendarView::zoomChanged, this, [this](double zoom) {
        m_zoomOut->setEnabled(zoom > 1.0);
        m_zoomIn->setEnabled(zoom < m_view->maximumZoom());
    });
    connect(m_view, &RoomCalendarView::selectionChanged, this, &CalendarPage::updateSelectionSummary);
    connect(m_view, &RoomCalendarView::bookingOpenRequested, this, &CalendarPage::openBooking);
    connect(m_noRooms, &EmptyStatePage::openPageRequested, this, &CalendarPage::openPageRequested);

    if (m_settings && m_settings->value(UiSettingKeys::calendarScale) == QLatin1String("day"))
        m_view->setScale(RoomCalendarView::Scale::Day);
    m_zoomOut->setEnabled(false);
    retranslate();
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::createToolbar()
{
    m_day = toolButton(this, "calendarDay");
    m_week = toolButton(this, "calendarWeek");
    for (QToolButton *button : {m_day, m_week})
        button->setCheckable(true);
    auto *scales = new QButtonGroup(this);
    scales->addButton(m_day);
    scales->addButton(m_week);
    connect(m_day, &QToolButton::clicked, this, [this] {
        m_view->setScale(RoomCalendarView::Scale::Day);
        if (m_settings)
            m_settings->setValue(UiSettingKeys::calendarScale, QStringLiteral("day"));
    });
    connect(m_week, &QToolButton::clicked, this, [this] {
        m_view->setScale(RoomCalendarView::Scale::Week);
        if (m_settings)
            m_settings->setValue(UiSettingKeys::calendarScale, QStringLiteral("week"));
    });

    m_previous = toolButton(this, "calendarPrevious");
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_previous->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_today = toolButton(this, "calendarToday");
    m_next = toolButton(this, "calendarNext");
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(m_previous, &QToolButton::clicked, m_view, &RoomCalendarView::goToPreviousPeriod);
    connect(m_next, &QToolButton::clicked, m_view, &RoomCalendarView::goToNextPeriod);
    connect(m_today, &QToolButton::clicked, m_view, &RoomCalendarView::goToNow);

    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("calendarPeriod"));
    QFont periodFont = m_period->font();
    periodFont.setBold(true);
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.15);
    m_period->setFont(periodFont);

    // Symbols, not words: the same in every language, named in their tooltips.
    m_zoomOut = toolButton(this, "calendarZoomOut");
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn = toolButton(this, "calendarZoomIn");
    m_zoomIn->setText(QStringLiteral("+"));
    for (QToolButton *button : {m_zoomOut, m_zoomIn})
        button->setMinimumWidth(button->sizeHint().height());
    connect(m_zoomOut, &QToolButton::clicked, m_view, &RoomCalendarView::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, m_view, &RoomCalendarView::zoomIn);

    m_exportPng = new QAction(this);
    m_exportPng->setObjectName(QStringLiteral("exportPng"));
    connect(m_exportPng, &QAction::triggered, this, &CalendarPage::chooseExportFile);
    m_exportPngButton = toolButton(this, "exportPngButton");
    m_exportPngButton->setDefaultAction(m_exportPng);

    m_exportICalendar = new QAction(this);
    m_exportICalendar->setObjectName(QStringLiteral("exportICalendar"));
    connect(m_exportICalendar, &QAction::triggered, this, [this] {
        emit iCalendarExportRequested(m_view->periodStartUtc(), m_view->periodEndUtc(),
                                      m_roomFilter->currentData().toLongLong());
    });
    m_exportICalendarButton = toolButton(this, "exportICalendarButton");
    m_exportICalendarButton->setDefaultAction(m_exportICalendar);
    setICalendarExportAvailable(false);

    m_requestRoom = new QAction(this);
    m_requestRoom->setObjectName(QStringLiteral("requestRoom"));
    connect(m_requestRoom, &QAction::triggered, this, &CalendarPage::openRequestDialog);
    m_requestRoomButton = toolButton(this, "requestRoomButton");
    m_requestRoomButton->setDefaultAction(m_requestRoom);
    m_importRequests = new QAction(this);
    m_importRequests->setObjectName(QStringLiteral("importRequests"));
    connect(m_importRequests, &QAction::triggered, this, &CalendarPage::chooseImportFile);
    m_importRequestsButton = toolButton(this, "importRequestsButton");
    m_importRequestsButton->setDefaultAction(m_importRequests);
}

void CalendarPage::createFilters()
{
    m_roomLabel = new QLabel(this);
    m_roomFilter = new QComboBox(this);
    m_roomFilter->setObjectName(QStringLiteral("roomFilter"));
    m_roomFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roomFilter->setMaximumWidth(320);
    m_roomFilter->addItem(QString(), 0);
    m_roomLabel->setBuddy(m_roomFilter);

    m_typeLabel = new QLabel(this);
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (CalendarFilter::Kind kind :
         {CalendarFilter::Kind::All, CalendarFilter::Kind::Meeting, CalendarFilter::Kind::Webinar})
        m_typeFilter->addItem(QString(), static_cast<int>(kind));
    m_typeLabel->setBuddy(m_typeFilter);

    m_organizerLabel = new QLabel(this);
    m_organizerFilter = new QLineEdit(this);
    m_organizerFilter->setObjectName(QStringLiteral("organizerFilter"));
    m_organizerFilter->setClearButtonEnabled(true);
    m_organizerFilter->setMinimumWidth(180);
    m_organizerFilter->setMaximumWidth(320);
    m_organizers = new QStringListModel(this);
    auto *completer = new QCompleter(m_organizers, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_organizerFilter->setCompleter(completer);
    m_organizerLabel->setBuddy(m_organizerFilter);

    connect(m_roomFilter, &QComboBox::currentIndexChanged, this, &CalendarPage::applyFilter);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &CalendarPage::applyFilter);
    connect(m_organizerFilter, &QLineEdit::textChanged, this, &CalendarPage::applyFilter);
}

void CalendarPage::setClock(const Clock &clock)
{
    m_clock = &clock;
    m_view->setClock(clock);
    m_view->goToNow();
}

void CalendarPage::setICalendarExportAvailable(bool available)
{
    m_exportICalendar->setVisible(available);
    m_exportICalendarButton->setVisible(available);
}

void CalendarPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        scheduleReload();
}

void CalendarPage::scheduleReload()
{
    // Hidden, the page only notes that it is out of date and catches up when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_reloadTimer->start();
}

void CalendarPage::reload()
{
    m_stale = false;
    m_reloadTimer->stop();
    const quint64 generation = ++m_generation;
    const QDateTime from = m_view->periodStartUtc().addDays(-kMarginDays);
    const QDateTime to = m_view->periodEndUtc().addDays(kMarginDays);
    if (!m_loaded)
        m_view->setPlaceholderText(tr("Loading…"));
    m_pool.snapshot(from, to, this, [this, generation](const Result<RoomPoolSnapshot> &snapshot) {
        if (generation != m_generation) {
            qCDebug(lcCalendarPage) << "Dropped an overtaken snapshot" << generation << "of" << m_generation;
            return;
        }
        if (!snapshot) {
            qCWarning(lcCalendarPage) << "Snapshot failed:" << snapshot.error().code;
            StatusLabel::show(m_message, StatusLabel::Error,
                              tr("The calendar could not be loaded: %1").arg(snapshot.error().message));
            m_loadFailed = true;
            return;
        }
        apply(snapshot.value());
    });
}

void CalendarPage::apply(const RoomPoolSnapshot &snapshot)
{
    // A load that failed is over; what an action said (an import's problems) stays.
    if (std::exchange(m_loadFailed, false))
        StatusLabel::show(m_message, StatusLabel::Info, QString());
    fillRoomFilter(snapshot.rooms);
    m_view->setSnapshot(snapshot);
    m_organizers->setStringList(m_view->calendarLayout().organizers());
    m_body->setCurrentWidget(snapshot.rooms.isEmpty() ? static_cast<QWidget *>(m_noRooms) : m_view);
    m_loaded = true;
    updatePlaceholder();
    updateSelectionSummary();
    m_zoomIn->setEnabled(m_view->zoom() < m_view->maximumZoom());
    if (m_selectWhenLoaded != 0 && m_view->calendarLayout().find(m_selectWhenLoaded)) {
        m_view->setSelectedId(m_selectWhenLoaded);
        m_view->ensureVisible(m_selectWhenLoaded);
        m_selectWhenLoaded = 0;
    }
    emit loaded();
}

void CalendarPage::fillRoomFilter(const QList<Room> &rooms)
{
    const qint64 chosen = m_roomFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_roomFilter);
    while (m_roomFilter->count() > 1)
        m_roomFilter->removeItem(1);
    for (const Room &room : rooms)
        m_roomFilter->addItem(room.name.isEmpty() ? room.email : room.name, room.id);
    const int index = m_roomFilter->findData(chosen);
    m_roomFilter->setCurrentIndex(std::max(0, index));
    if (index < 0 && chosen != 0)
        applyFilter(); // the chosen room is gone
}

void CalendarPage::applyFilter()
{
    CalendarFilter filter;
    if (const qint64 room = m_roomFilter->currentData().toLongLong(); room != 0)
        filter.roomIds.insert(room);
    filter.kind = static_cast<CalendarFilter::Kind>(m_typeFilter->currentData().toInt());
    filter.organizer = m_organizerFilter->text();
    m_view->setFilter(filter);
    updatePlaceholder();
}

void CalendarPage::updatePlaceholder()
{
    if (!m_loaded)
        return;
    m_view->setPlaceholderText(m_view->calendarLayout().filter().isActive()
                                   ? tr("No bookings match the filters in this period")
                                   : tr("No bookings in this period"));
}

void CalendarPage::updatePeriodLabel()
{
    const QLocale locale;
    const QDate first = m_view->periodStart();
    m_day->setChecked(m_view->scale() == RoomCalendarView::Scale::Day);
    m_week->setChecked(m_view->scale() == RoomCalendarView::Scale::Week);
    if (m_view->scale() == RoomCalendarView::Scale::Day) {
        m_period->setText(locale.toString(first, QLocale::LongFormat));
        return;
    }
    const QDate last = first.addDays(m_view->periodDays() - 1);
    //: A week: its first and last day
    m_period->setText(tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                                        locale.toString(last, QStringLiteral("d MMM yyyy"))));
}

void CalendarPage::updateSelectionSummary()
{
    const auto booking = m_view->selectedBooking();
    if (!booking) {
        m_selection->clear();
        return;
    }
    const QLocale locale;
    const QDateTime start = booking->request.startUtc.toTimeZone(m_view->timeZone());
    m_selection->setText(tr("%1, %2 — Enter or double-click opens it")
                             .arg(booking->request.title, locale.toString(start, QLocale::ShortFormat)));
}

BookingDialog *CalendarPage::openBooking(qint64 requestId)
{
    const auto found = m_view->calendarLayout().find(requestId);
    if (!found)
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    const RoomRequest request = m_view->calendarLayout().booking(found->first, found->second).request;
    m_dialog = new BookingDialog(m_pool, request, m_view->calendarLayout().snapshot().rooms, m_view->timeZone(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &BookingDialog::requestChanged, this, [this](const RoomRequest &changed) {
        if (changed.status == RoomRequest::Status::Cancelled)
            StatusLabel::show(m_message, StatusLabel::Good, tr("“%1” was cancelled.").arg(changed.title));
    });
    m_dialog->show();
    return m_dialog;
}

QDateTime CalendarPage::suggestedStart() const
{
    const QDateTime now = m_clock->nowUtc().toTimeZone(m_view->timeZone());
    const QDateTime nextHour = QDateTime(now.date(), QTime(now.time().hour(), 0), now.timeZone()).addSecs(3600);
    const QDate first = m_view->periodStart();
    const QDate date = nextHour.date();
    if (date >= first && date < first.addDays(m_view->periodDays()))
        return QDateTime(date, nextHour.time(), QTimeZone::utc());
    return QDateTime(first, QTime(9, 0), QTimeZone::utc());
}

RoomRequestDialog *CalendarPage::openRequestDialog()
{
    if (m_requestDialog) {
        m_requestDialog->raise();
        m_requestDialog->activateWindow();
        return m_requestDialog;
    }
    // The start is read in the zone the calendar shows, so it lands where the administrator looks.
    const QString shown = QString::fromUtf8(m_view->timeZone().id());
    const QString zone = WallClock::zone(shown) ? shown : TimeZoneComboBox::systemZone();
    m_requestDialog = new RoomRequestDialog(m_pool, suggestedStart(), zone, this);
    m_requestDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_requestDialog->setWindowModality(Qt::WindowModal);
    connect(m_requestDialog, &RoomRequestDialog::requested, this, &CalendarPage::reportRequest);
    m_requestDialog->show();
    return m_requestDialog;
}

void CalendarPage::reportRequest(const RoomRequest &request)
{
    if (request.status == RoomRequest::Status::Allocated)
        StatusLabel::show(
            m_message, StatusLabel::Good,
            tr("“%1” has room %2, blocked %3.")
                .arg(request.title, request.roomEmail, BookingTexts::blockedIn(request, m_view->timeZone())));
    else
        StatusLabel::show(m_message, StatusLabel::Warning,
                          tr("“%1” is waiting for a room: %2").arg(request.title, request.reason));
    showRequest(request);
}

void CalendarPage::showRequest(const RoomRequest &request)
{
    m_selectWhenLoaded = request.id;
    const QDate day = request.startUtc.toTimeZone(m_view->timeZone()).date();
    if (day < m_view->periodStart() || day >= m_view->periodStart().addDays(m_view->periodDays()))
        m_view->setPeriod(day); // the new period's snapshot selects it
    else
        scheduleReload();
}

void CalendarPage::chooseImportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto path =
        m_prompts->openFile(this, tr("Import room requests from CSV"), folder, tr("CSV files (*.csv);;All files (*)"));
    if (path)
        importRequestsFrom(*path);
}

void CalendarPage::importRequestsFrom(const QString &path)
{
    m_importRequests->setEnabled(false);
    StatusLabel::show(m_message, StatusLabel::Busy, tr("Checking and importing “%1”…").arg(QFileInfo(path).fileName()));
    m_pool.importRequests(path, this, [this, path](const Result<RequestImport::Outcome> &result) {
        m_importRequests->setEnabled(true);
        reportImport(path, result);
        emit importFinished();
    });
}

void CalendarPage::reportImport(const QString &path, const Result<RequestImport::Outcome> &result)
{
    if (!result) {
        qCInfo(lcCalendarPage) << "Import refused:" << result.error().code;
        StatusLabel::show(m_message, StatusLabel::Error, result.error().message);
        return;
    }
    const RequestImport::Outcome &outcome = result.value();
    const QString file = QFileInfo(path).fileName();
    if (!outcome.problems.isEmpty()) {
        // The file's name, what was done (nothing), then each row to fix by its line.
        QStringList lines {tr("“%1”: %2").arg(file, RequestImport::refusal(outcome.problems).message)};
        for (const RequestImport::Problem &problem : outcome.problems.mid(0, kShownProblems))
            lines.append(problem.text());
        if (const auto more = outcome.problems.size() - kShownProblems; more > 0)
            lines.append(tr("… and %n more.", nullptr, int(more)));
        StatusLabel::show(m_message, StatusLabel::Error, lines.join(QLatin1Char('\n')));
        return;
    }
    QString text = tr("“%1”: %2").arg(file, outcome.summary());
    if (outcome.pending() > 0)
        text += QLatin1Char(' ') + tr("Requests waiting for a room are in the top lane, with the reason.");
    StatusLabel::show(m_message, outcome.pending() > 0 ? StatusLabel::Warning : StatusLabel::Good, text);
    if (!outcome.requests.isEmpty()) {
        const auto first =
            std::min_element(outcome.requests.cbegin(), outcome.requests.cend(),
                             [](const RoomRequest &a, const RoomRequest &b) { return a.startUtc < b.startUtc; });
        showRequest(*first);
    }
}

bool CalendarPage::exportPng(const QString &path)
{
    const QImage image = m_view->renderImage(devicePixelRatioF());
    if (image.isNull() || !image.save(path, "PNG")) {
        StatusLabel::show(m_message, StatusLabel::Error,
                          tr("The calendar could not be saved to “%1”.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    StatusLabel::show(m_message, StatusLabel::Good, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CalendarPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("room-calendar-%1.png").arg(m_view->periodStart().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the calendar as PNG"), suggested, tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}

void CalendarPage::retranslate()
{
    m_day->setText(tr("Day"));
    m_week->setText(tr("Week"));
    m_day->setToolTip(tr("One day across the view"));
    m_week->setToolTip(tr("Seven days across the view"));
    m_previous->setToolTip(tr("Previous period (Page Up)"));
    m_previous->setAccessibleName(tr("Previous period"));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Go to now (Home)"));
    m_next->setToolTip(tr("Next period (Page Down)"));
    m_next->setAccessibleName(tr("Next period"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+−, Ctrl+wheel)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++, Ctrl+wheel)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportPng->setToolTip(tr("Save the visible part of the calendar as a PNG image"));
    m_exportICalendar->setText(tr("Export iCalendar…"));
    m_exportICalendar->setToolTip(tr("Save the bookings of this period as an iCalendar (.ics) file"));
    m_requestRoom->setText(tr("Request a room…"));
    m_requestRoom->setToolTip(tr("Book a room for a session without a Zoom meeting; it waits for a room when "
                                 "none is free"));
    m_importRequests->setText(tr("Import requests…"));
    m_importRequests->setToolTip(tr("Request rooms for every row of a CSV file (title, start, tz, duration, "
                                    "optional webinar, admission and organizer); nothing is stored if a row is "
                                    "wrong"));
    m_roomLabel->setText(tr("&Room:"));
    m_roomFilter->setItemText(0, tr("All rooms"));
    m_typeLabel->setText(tr("&Type:"));
    m_typeFilter->setItemText(0, tr("Meetings and webinars"));
    m_typeFilter->setItemText(1, tr("Meetings"));
    m_typeFilter->setItemText(2, tr("Webinars"));
    m_organizerLabel->setText(tr("&Organizer:"));
    m_organizerFilter->setPlaceholderText(tr("Any organizer"));
    updatePeriodLabel();
    updatePlaceholder();
    updateSelectionSummary();
}

void CalendarPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Roomdesk
