// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventspage.h"

#include "backend/roompoolservice.h"
#include "clock.h"
#include "events/driftbar.h"
#include "events/eventdetailspanel.h"
#include "events/eventformdialog.h"
#include "events/eventtexts.h"
#include "models/eventtablemodel.h"
#include "widgets/statuslabel.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcEventsPage, "roomdesk.ui.events", QtInfoMsg)

constexpr int kWeeksAhead = 4;

// The period a range shows, in this computer's days: from this week's Monday.
std::pair<QDateTime, QDateTime> periodOf(EventsPage::Range range, const QDateTime &nowUtc)
{
    if (range == EventsPage::Range::All)
        return {};
    const QDate today = nowUtc.toLocalTime().date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const int days = range == EventsPage::Range::ThisWeek ? 7 : 7 * kWeeksAhead;
    return {QDateTime(monday, QTime(0, 0)).toUTC(), QDateTime(monday.addDays(days), QTime(0, 0)).toUTC()};
}

} // namespace

bool EventsPage::confirmWithMessageBox(QWidget *parent, const QString &question, const QString &detail)
{
    QMessageBox box(QMessageBox::Question, question, question, QMessageBox::NoButton, parent);
    box.setInformativeText(detail);
    QPushButton *yes = box.addButton(tr("Cancel the event"), QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

EventsPage::EventsPage(EventService &events, RoomPoolService *pool, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_pool(pool)
    , m_clock(&Clock::system())
    , m_confirm(confirmWithMessageBox)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_model(new EventTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("eventsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(EventTableModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(EventTableModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    const auto button = [this](const char *name, const char *icon) {
        auto *b = new QPushButton(QIcon::fromTheme(QLatin1String(icon)), QString(), this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_new = button("newEvent", "list-add");
    m_edit = button("editEvent", "document-edit");
    m_cancel = button("cancelEvent", "edit-delete");
    m_copyLink = button("copyJoinLink", "edit-copy");
    m_copyLink->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_startLink = button("openStartLink", "media-playback-start");
    m_sync = button("synchronizeEvents", "view-refresh");
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_cancel})
        buttons->addWidget(b);
    buttons->addSpacing(16);
    buttons->addWidget(m_copyLink);
    buttons->addWidget(m_startLink);
    buttons->addStretch(1);
    buttons->addWidget(m_sync);
    layout->addLayout(buttons);

    m_rangeLabel = new QLabel(this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("eventsRange"));
    for (Range range : {Range::ThisWeek, Range::NextWeeks, Range::All})
        m_range->addItem(QString(), int(range));
    m_range->setCurrentIndex(int(Range::NextWeeks));
    m_range->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rangeLabel->setBuddy(m_range);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("eventsSearch"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_rangeLabel);
    filters->addWidget(m_range);
    filters->addSpacing(16);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_message = StatusLabel::create(this, QStringLiteral("eventsMessage"));
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventTableModel::Start, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(EventTableModel::Title, QHeaderView::Stretch);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("eventsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    auto *tableColumn = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableColumn);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_empty);

    // Across the page, where the changes and both buttons fit on a line or two.
    m_driftBar = new DriftBar(this);
    layout->addWidget(m_driftBar);
    m_details = new EventDetailsPanel(this);
    m_details->setMinimumWidth(300);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(tableColumn);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 7);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &EventsPage::openNewEventDialog);
    connect(m_edit, &QPushButton::clicked, this, &EventsPage::openEditEventDialog);
    connect(m_cancel, &QPushButton::clicked, this, &EventsPage::cancelSelected);
    connect(m_copyLink, &QPushButton::clicked, this, &EventsPage::copyJoinLink);
    connect(m_startLink, &QPushButton::clicked, this, &EventsPage::openStartLink);
    connect(m_sync, &QPushButton::clicked, this, &EventsPage::synchronizeNow);
    connect(m_driftBar, &DriftBar::takeZoomRequested, this, &EventsPage::takeZoomValues);
    connect(m_driftBar, &DriftBar::keepOursRequested, this, &EventsPage::keepRoomdeskValues);
    connect(m_table, &QTableView::doubleClicked, this, &EventsPage::openEditEventDialog);
    connect(m_range, &QComboBox::currentIndexChanged, this, &EventsPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSelection();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsPage::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EventsPage::updateSelection);
    connect(&m_events, &EventService::changed, this, &EventsPage::reload);
    connect(&m_events, &EventService::synchronized, this, [this](const QStringList &problems) {
        if (!problems.isEmpty())
            showMessage(StatusLabel::Warning, tr("Synchronizing with Zoom: %1").arg(problems.join(QLatin1Char(' '))));
    });
    if (m_pool)
        connect(m_pool, &RoomPoolService::changed, this, &EventsPage::reload);
    retranslate();
    reload();
}

EventsPage::~EventsPage() = default;

void EventsPage::setClock(const Clock &clock)
{
    m_clock = &clock;
    reload();
}

void EventsPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void EventsPage::retranslate()
{
    m_title->setText(tr("Events"));
    m_intro->setText(tr("Event forms become Zoom meetings and webinars in the first free room. Times are shown in "
                        "each event's own time zone."));
    m_new->setText(tr("New event…"));
    m_edit->setText(tr("Edit…"));
    m_cancel->setText(tr("Cancel event…"));
    m_copyLink->setText(tr("Copy join link"));
    m_copyLink->setToolTip(tr("The link participants use: the group's own link, or the Zoom join link"));
    m_startLink->setText(tr("Open start link"));
    m_startLink->setToolTip(tr("Asks Zoom for a fresh start link (it expires) and opens it as the room's host"));
    m_sync->setText(tr("Synchronize now"));
    m_sync->setToolTip(tr("Sends what waits for Zoom and looks for changes made in Zoom; Roomdesk also does this "
                          "every 10 minutes"));
    m_rangeLabel->setText(tr("&Show:"));
    m_range->setItemText(int(Range::ThisWeek), tr("This week"));
    m_range->setItemText(int(Range::NextWeeks), tr("This week and the next 3"));
    m_range->setItemText(int(Range::All), tr("All events"));
    m_search->setPlaceholderText(tr("Search topic, room, trainer, status…"));
    m_model->retranslate();
    if (m_loaded)
        fitColumns(); // the words have other widths now
    updateSelection();
}

void EventsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventsPage::reload()
{
    const int generation = ++m_generation;
    const auto period = periodOf(Range(m_range->currentData().toInt()), m_clock->nowUtc());
    const QDateTime fromUtc = period.first;
    const QDateTime toUtc = period.second;
    if (m_pool) {
        m_pool->snapshot({}, {}, this, [this](const Result<RoomPoolSnapshot> &snapshot) {
            if (snapshot)
                m_rooms = snapshot.value().rooms;
        });
    }
    m_events.groups(this, [this, generation, fromUtc, toUtc](const Result<QList<ParticipantGroup>> &groups) {
        if (generation != m_generation)
            return;
        if (groups)
            m_model->setGroups(groups.value());
        m_events.list(fromUtc, toUtc, this, [this, generation](const Result<QList<Event>> &events) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            if (!events) {
                showMessage(StatusLabel::Error, events.error().message);
                return;
            }
            qint64 selected = std::exchange(m_selectAfterLoad, 0);
            if (!selected)
                selected = selectedEventId();
            m_model->setEvents(events.value(), m_clock->nowUtc());
            // Nothing chosen yet: the next event to come, so that its details are there.
            for (qsizetype i = 0; !selected && i < events.value().size(); ++i) {
                if (events.value().at(i).endUtc() > m_clock->nowUtc() || i + 1 == events.value().size())
                    selected = events.value().at(i).id;
            }
            if (selected)
                selectEvent(selected);
            fitColumns();
            m_loaded = true;
            updateSelection();
            emit loaded();
        });
    });
}

qint64 EventsPage::selectedEventId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(EventTableModel::EventIdRole).toLongLong();
}

void EventsPage::selectEvent(qint64 id)
{
    const int row = m_model->rowOfEvent(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid() && selectedEventId() != id) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
}

const Event *EventsPage::selectedEvent() const
{
    return m_model->eventAt(m_model->rowOfEvent(selectedEventId()));
}

void EventsPage::updateSelection()
{
    const Event *event = selectedEvent();
    const bool open = event && !event->cancelled;
    const bool drifted = event && (event->sync == Event::Sync::Drifted || event->sync == Event::Sync::DeletedInZoom);
    m_edit->setEnabled(open && event->session == Event::Session::None && !drifted);
    m_edit->setToolTip(drifted ? tr("Settle the changes made in Zoom first") : QString());
    m_cancel->setEnabled(open && event->session != Event::Session::Started);
    m_copyLink->setEnabled(open && event->sync != Event::Sync::DeletedInZoom &&
                           !EventTexts::effectiveLink(*event, m_model->groups()).isEmpty());
    m_startLink->setEnabled(open && event->zoomMeetingId != 0 && event->session != Event::Session::Ended &&
                            event->sync != Event::Sync::DeletedInZoom);
    m_details->setEvent(event, m_model->groups(), m_clock->nowUtc());
    m_driftBar->setEvent(event);

    const bool none = m_loaded && m_proxy->rowCount() == 0;
    m_empty->setVisible(none);
    if (none)
        m_empty->setText(m_model->rowCount() > 0
                             ? tr("No event matches “%1”.").arg(m_search->text().trimmed())
                             : tr("No events in this period. Create one with “New event…”, or show all events."));
}

void EventsPage::fitColumns()
{
    // Type and status are short words and are shown whole in every language (the Status
    // column also says when Zoom's copy needs something; the details panel has the rest).
    // A start in another zone, long room names and groups are elided, their tooltips say it
    // all; the topic takes what is left and gives way first, down to a readable width.
    constexpr int kMaxStartWidth = 170;
    constexpr int kMaxNameWidth = 200; // rooms and groups: names of any length
    constexpr int kMinTitleWidth = 160;
    const bool anyGroup = std::any_of(m_model->events().cbegin(), m_model->events().cend(),
                                      [](const Event &event) { return event.form.groupId.has_value(); });
    m_table->setColumnHidden(EventTableModel::Sync, true);
    m_table->setColumnHidden(EventTableModel::Group, !anyGroup);
    int others = 0;
    for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
        if (column == EventTableModel::Title || m_table->isColumnHidden(column))
            continue;
        m_table->resizeColumnToContents(column);
        if (column == EventTableModel::Start)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kMaxStartWidth));
        else if (column == EventTableModel::Room || column == EventTableModel::Group)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kMaxNameWidth));
        others += m_table->columnWidth(column);
    }
    // A narrow window shrinks the other columns once the topic is at its narrowest.
    const int room = m_table->viewport()->width() - kMinTitleWidth;
    if (others > 0 && room > 0 && others > room) {
        for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
            if (column != EventTableModel::Title && !m_table->isColumnHidden(column))
                m_table->setColumnWidth(column, std::max(48, m_table->columnWidth(column) * room / others));
        }
    }
}

void EventsPage::showMessage(int kind, const QString &text)
{
    StatusLabel::show(m_message, StatusLabel::Kind(kind), text);
}

void EventsPage::showOutcome(const Result<EventSync::Outcome> &result, const QString &done)
{
    if (!result) {
        showMessage(StatusLabel::Error, result.error().message);
    } else {
        const QStringList lines = QStringList {done} + result.value().warnings;
        showMessage(result.value().warnings.isEmpty() ? StatusLabel::Good : StatusLabel::Warning,
                    lines.join(QLatin1Char(' ')));
        selectEvent(result.value().event.id);
    }
    emit actionFinished();
}

EventFormDialog *EventsPage::openNewEventDialog()
{
    if (m_dialog)
        return m_dialog;
    m_dialog = new EventFormDialog(m_events, m_rooms, m_model->groups(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &EventFormDialog::saved, this, [this](qint64 id, const QStringList &warnings) {
        const QStringList lines = QStringList {tr("Event saved.")} + warnings;
        showMessage(warnings.isEmpty() ? StatusLabel::Good : StatusLabel::Warning, lines.join(QLatin1Char(' ')));
        // Selected when the list with it arrives; outside the shown period, everything is shown
        // rather than losing it from sight.
        m_selectAfterLoad = id;
        const auto period = periodOf(Range(m_range->currentData().toInt()), m_clock->nowUtc());
        if (m_dialog && m_dialog->outcome() && period.first.isValid()) {
            const Event &saved = m_dialog->outcome()->event;
            if (saved.endUtc() <= period.first || saved.startUtc >= period.second)
                m_range->setCurrentIndex(int(Range::All));
        }
        emit actionFinished();
    });
    m_dialog->open();
    return m_dialog;
}

EventFormDialog *EventsPage::openEditEventDialog()
{
    const Event *event = selectedEvent();
    if (m_dialog || !event || !m_edit->isEnabled())
        return m_dialog;
    m_dialog = new EventFormDialog(m_events, *event, m_rooms, m_model->groups(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &EventFormDialog::saved, this, [this](qint64 id, const QStringList &warnings) {
        const QStringList lines = QStringList {tr("Changes saved.")} + warnings;
        showMessage(warnings.isEmpty() ? StatusLabel::Good : StatusLabel::Warning, lines.join(QLatin1Char(' ')));
        m_selectAfterLoad = id;
        emit actionFinished();
    });
    m_dialog->open();
    return m_dialog;
}

void EventsPage::cancelSelected()
{
    const Event *event = selectedEvent();
    if (!event || !m_cancel->isEnabled())
        return;
    const qint64 id = event->id;
    const QString detail = event->zoomMeetingId != 0
        ? tr("The meeting is deleted in Zoom, its join link stops working and the room is freed for waiting "
             "events. This cannot be undone.")
        : tr("Its room request is withdrawn. This cannot be undone.");
    if (!m_confirm(this, tr("Cancel “%1”?").arg(event->form.title), detail))
        return;
    m_cancel->setEnabled(false);
    showMessage(StatusLabel::Busy, tr("Cancelling the event…"));
    m_events.cancel(id, this, [this](const Result<EventSync::Outcome> &result) {
        showOutcome(result, tr("Event cancelled; its room is free again."));
    });
}

void EventsPage::copyJoinLink()
{
    const Event *event = selectedEvent();
    if (!event)
        return;
    const QString link = EventTexts::effectiveLink(*event, m_model->groups());
    if (link.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(link);
    showMessage(StatusLabel::Good, tr("Join link copied: %1").arg(link));
}

void EventsPage::openStartLink()
{
    const Event *event = selectedEvent();
    if (!event || !m_startLink->isEnabled())
        return;
    showMessage(StatusLabel::Busy, tr("Asking Zoom for a fresh start link…"));
    m_events.startUrl(event->id, this, [this](const Result<QString> &url) {
        if (!url) {
            showMessage(StatusLabel::Error, url.error().message);
        } else if (!m_openUrl(QUrl(url.value()))) {
            showMessage(StatusLabel::Error, tr("The start link could not be opened: no web browser answered."));
        } else {
            // The link signs in as the room's host: it is never shown or logged.
            showMessage(StatusLabel::Good,
                        tr("The start link opened in your web browser, signed in as the room's "
                           "host. It expires after about two hours."));
        }
        emit actionFinished();
    });
}

void EventsPage::synchronizeNow()
{
    m_sync->setEnabled(false);
    showMessage(StatusLabel::Busy, tr("Synchronizing with Zoom…"));
    m_events.synchronize(true, this, [this](const Result<EventSync::SyncReport> &result) {
        m_sync->setEnabled(true);
        if (!result) {
            showMessage(StatusLabel::Error, result.error().message);
            emit actionFinished();
            return;
        }
        const EventSync::SyncReport &report = result.value();
        QStringList lines {tr("Synchronized with Zoom.")};
        if (report.operationsFinished > 0)
            lines << tr("%n pending operation(s) finished.", nullptr, report.operationsFinished);
        if (report.created > 0)
            lines << tr("%n waiting event(s) created in Zoom.", nullptr, report.created);
        if (report.drifted > 0)
            lines << tr("%n event(s) were changed in Zoom; select them to settle the changes.", nullptr,
                        report.drifted);
        if (report.deletedInZoom > 0)
            lines << tr("%n event(s) were deleted in Zoom.", nullptr, report.deletedInZoom);
        if (report.ended > 0)
            lines << tr("%n session(s) ended.", nullptr, report.ended);
        lines << report.problems;
        const bool attention = report.drifted > 0 || report.deletedInZoom > 0 || !report.problems.isEmpty();
        showMessage(attention ? StatusLabel::Warning : StatusLabel::Good, lines.join(QLatin1Char(' ')));
        qCInfo(lcEventsPage) << "Synchronized:" << report.operationsFinished << "finished," << report.created
                             << "created," << report.drifted << "drifted," << report.problems.size() << "problems";
        emit actionFinished();
    });
}

void EventsPage::resolve(EventSync::DriftChoice choice)
{
    const Event *event = selectedEvent();
    if (!event)
        return;
    m_driftBar->setBusy(true);
    showMessage(StatusLabel::Busy, tr("Settling the changes made in Zoom…"));
    const bool takeZoom = choice == EventSync::DriftChoice::TakeZoom;
    m_events.resolveDrift(event->id, choice, this, [this, takeZoom](const Result<EventSync::Outcome> &result) {
        m_driftBar->setBusy(false);
        showOutcome(result, takeZoom ? tr("Zoom's values taken.") : tr("Roomdesk's values sent to Zoom."));
    });
}

void EventsPage::takeZoomValues()
{
    resolve(EventSync::DriftChoice::TakeZoom);
}

void EventsPage::keepRoomdeskValues()
{
    resolve(EventSync::DriftChoice::PushOurs);
}

} // namespace Roomdesk
