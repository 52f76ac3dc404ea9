// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportspage.h"

#include "clock.h"
#include "events/eventtexts.h"
#include "models/attendeetablemodel.h"
#include "models/reporttablemodel.h"
#include "pagecatalog.h"
#include "reports/attendancechart.h"
#include "reports/csvwriter.h"
#include "reports/reporttexts.h"
#include "widgets/statuslabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcReportsPage, "roomdesk.ui.reports", QtInfoMsg)

constexpr int kDefaultDays = 30;

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

// The same report, in the same state: what is shown of it still holds.
bool sameReport(const StoredReport &a, const StoredReport &b)
{
    return a.eventId == b.eventId && a.state == b.state && a.attempts == b.attempts && a.fetchedUtc == b.fetchedUtc &&
        a.nextAttemptUtc == b.nextAttemptUtc && a.reason == b.reason;
}

QLabel *caption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

// One "Export range…": the reports go out one time-zone group after the other (each event's
// own zone means one exportReports call per zone), and a cancel stops between groups too.
struct ReportsPage::ExportRun
{
    QString folder;
    QList<std::pair<QList<qint64>, AttendanceCsvOptions>> groups;
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
    int total = 0;
    int done = 0;
    ReportExport::Summary summary;
};

ReportsPage::ReportsPage(EventService &events, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_clock(&Clock::system())
    , m_chooseFile([](QWidget *owner, const QString &title, const QString &suggested) {
        QFileDialog dialog(owner, title, suggested, tr("CSV files (*.csv)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("csv")); // a name typed without it still opens in a spreadsheet
        return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
    })
    , m_chooseFolder([](QWidget *owner, const QString &title, const QString &start) {
        return QFileDialog::getExistingDirectory(owner, title, start);
    })
    , m_lastFolder(documentsFolder())
    , m_model(new ReportTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_attendees(new AttendeeTableModel(this))
    , m_attendeeProxy(new QSortFilterProxyModel(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ReportTableModel::StateRole);
    m_proxy->setSortRole(ReportTableModel::SortRole);
    m_attendeeProxy->setSourceModel(m_attendees);
    m_attendeeProxy->setFilterRole(AttendeeTableModel::SearchRole);
    m_attendeeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_attendeeProxy->setSortRole(AttendeeTableModel::SortRole);
    m_attendeeProxy->setSortLocaleAware(true);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportsTitle"));
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
    m_fetch = button("fetchReport", "view-refresh");
    m_exportOne = button("exportReport", "document-save-as");
    m_exportRange = button("exportReports", "folder");

    // The period and the state filter, next to the actions.
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    const auto dateEdit = [this](const char *name, const QDate &date) {
        auto *edit = new QDateEdit(date, this);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        return edit;
    };
    m_fromLabel = new QLabel(this);
    m_from = dateEdit("reportsFrom", today.addDays(-kDefaultDays));
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = dateEdit("reportsTo", today);
    m_toLabel->setBuddy(m_to);
    m_stateLabel = new QLabel(this);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("reportsState"));
    m_state->addItem(QString(), QString());
    for (auto state : {StoredReport::State::Ready, StoredReport::State::NoAttendees, StoredReport::State::Waiting,
                       StoredReport::State::Failed})
        m_state->addItem(QString(), StoredReport::stateName(state));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateLabel->setBuddy(m_state);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_fetch, m_exportOne, m_exportRange})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_fromLabel);
    actions->addWidget(m_from);
    actions->addWidget(m_toLabel);
    actions->addWidget(m_to);
    actions->addSpacing(12);
    actions->addWidget(m_stateLabel);
    actions->addWidget(m_state);
    layout->addLayout(actions);

    // How CSV files are written: compact, always in sight, used by both exports.
    m_optionsLabel = new QLabel(this);
    m_delimiterLabel = new QLabel(this);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("csvDelimiter"));
    for (const char16_t c : {u',', u';', u'\t'})
        m_delimiter->addItem(QString(), int(c));
    m_delimiter->setCurrentIndex(m_delimiter->findData(int(CsvWriter::defaultDelimiter(QLocale()).unicode())));
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiterLabel->setBuddy(m_delimiter);
    m_bom = new QCheckBox(this);
    m_bom->setObjectName(QStringLiteral("csvBom"));
    m_bom->setChecked(true);
    m_zoneLabel = new QLabel(this);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("csvZone"));
    for (Zone zone : {Zone::Event, Zone::System, Zone::Utc})
        m_zone->addItem(QString(), int(zone));
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_zoneLabel->setBuddy(m_zone);
    auto *options = new QHBoxLayout;
    options->addWidget(m_optionsLabel);
    options->addSpacing(8);
    options->addWidget(m_delimiterLabel);
    options->addWidget(m_delimiter);
    options->addSpacing(12);
    options->addWidget(m_bom);
    options->addSpacing(12);
    options->addWidget(m_zoneLabel);
    options->addWidget(m_zone);
    options->addStretch(1);
    layout->addLayout(options);

    m_message = StatusLabel::create(this, QStringLiteral("reportsMessage"));
    layout->addWidget(m_message);
    m_progressRow = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_cancel = new QPushButton(m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);

    // The list of reports.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportTableModel::Start, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ReportTableModel::Title, QHeaderView::Stretch);
    m_listEmpty = new QLabel(this);
    m_listEmpty->setObjectName(QStringLiteral("reportsEmpty"));
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setAlignment(Qt::AlignCenter);
    m_listEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_listEmpty->hide();
    auto *listColumn = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_listEmpty);

    // The selected report: a header, then its totals, people and chart, or why it has none.
    auto *reportArea = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportArea);
    reportLayout->setContentsMargins(0, 8, 0, 0);
    reportLayout->setSpacing(4);
    m_reportTitle = new QLabel(reportArea);
    m_reportTitle->setObjectName(QStringLiteral("reportTitle"));
    m_reportTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont reportFont = m_reportTitle->font();
    reportFont.setPointSizeF(reportFont.pointSizeF() * 1.25);
    reportFont.setBold(true);
    m_reportTitle->setFont(reportFont);
    m_reportMeta = new QLabel(reportArea);
    m_reportMeta->setObjectName(QStringLiteral("reportMeta"));
    m_reportMeta->setWordWrap(true);
    m_reportMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportState = StatusLabel::create(reportArea, QStringLiteral("reportState"));
    reportLayout->addWidget(m_reportTitle);
    reportLayout->addWidget(m_reportMeta);
    reportLayout->addWidget(m_reportState);

    m_reportStack = new QStackedWidget(reportArea);
    m_explanation = new QLabel(m_reportStack);
    m_explanation->setObjectName(QStringLiteral("reportExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    m_explanation->setMargin(24);
    m_reportStack->addWidget(m_explanation);

    auto *content = new QWidget(m_reportStack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 0, 0);
    auto *totals = new QHBoxLayout;
    totals->setSpacing(28);
    for (int total = 0; total < TotalCount; ++total) {
        auto *cell = new QVBoxLayout;
        cell->setSpacing(0);
        QLabel *name = caption(content);
        auto *value = new QLabel(content);
        value->setObjectName(QStringLiteral("reportTotal%1").arg(total));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (total == Records)
            value->setWordWrap(true);
        cell->addWidget(name);
        cell->addWidget(value);
        totals->addLayout(cell, total == Records ? 1 : 0);
        m_totalNames.append(name);
        m_totalValues.append(value);
    }
    contentLayout->addLayout(totals);

    auto *people = new QWidget(content);
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(people);
    m_search->setObjectName(QStringLiteral("attendeeSearch"));
    m_search->setClearButtonEnabled(true);
    m_attendeeTable = new QTableView(people);
    m_attendeeTable->setObjectName(QStringLiteral("attendeeTable"));
    m_attendeeTable->setModel(m_attendeeProxy);
    m_attendeeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendeeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendeeTable->setAlternatingRowColors(true);
    m_attendeeTable->setWordWrap(false);
    m_attendeeTable->setSortingEnabled(true);
    m_attendeeTable->sortByColumn(AttendeeTableModel::FirstJoin, Qt::AscendingOrder);
    m_attendeeTable->verticalHeader()->hide();
    m_attendeeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_attendeeTable->horizontalHeader()->setSectionResizeMode(AttendeeTableModel::Email, QHeaderView::Stretch);
    peopleLayout->addWidget(m_search);
    peopleLayout->addWidget(m_attendeeTable, 1);
    m_chart = new AttendanceChart(content);
    auto *detailSplitter = new QSplitter(Qt::Horizontal, content);
    detailSplitter->setChildrenCollapsible(false);
    detailSplitter->addWidget(people);
    detailSplitter->addWidget(m_chart);
    detailSplitter->setStretchFactor(0, 1);
    detailSplitter->setStretchFactor(1, 1);
    detailSplitter->setSizes({660, 360}); // scaled to the width there is
    contentLayout->addWidget(detailSplitter, 1);
    m_reportStack->addWidget(content);
    reportLayout->addWidget(m_reportStack, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listColumn);
    splitter->addWidget(reportArea);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({200, 500}); // five or six reports, the rest for the selected one
    layout->addWidget(splitter, 1);

    connect(m_fetch, &QPushButton::clicked, this, &ReportsPage::fetchSelected);
    connect(m_exportOne, &QPushButton::clicked, this, &ReportsPage::exportSelected);
    connect(m_exportRange, &QPushButton::clicked, this, &ReportsPage::exportRange);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        m_to->setMinimumDate(from); // a period never ends before it starts; "to" moves along
        scheduleReload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::scheduleReload);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QString state = m_state->currentData().toString();
        m_proxy->setFilterRegularExpression(
            state.isEmpty() ? QString() : QLatin1Char('^') + QRegularExpression::escape(state) + QLatin1Char('$'));
        updateSelection();
    });
    connect(m_delimiter, &QComboBox::activated, this, [this] { m_delimiterChosen = true; });
    // Tables and chart follow the zone the CSV would be written in.
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] { refreshShownReport(Rows::Same); });
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_attendeeProxy->setFilterFixedString(text.trimmed()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReportsPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportsPage::updateSelection);
    connect(m_reloadTimer, &QTimer::timeout, this, &ReportsPage::reload);
    connect(&m_events, &EventService::reportsChanged, this, &ReportsPage::scheduleReload);
    connect(&m_events, &EventService::changed, this, &ReportsPage::scheduleReload);
    retranslate();
    reload();
}

ReportsPage::~ReportsPage()
{
    // A running export stops before its next file; its answer finds no page and is dropped.
    if (m_export)
        m_export->cancel->store(true);
}

void ReportsPage::setClock(const Clock &clock)
{
    m_clock = &clock;
    setPeriod(clock.nowUtc().toLocalTime().date().addDays(-kDefaultDays), clock.nowUtc().toLocalTime().date());
}

void ReportsPage::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setMinimumDate(from);
    m_to->setDate(to);
    reload();
}

void ReportsPage::retranslate()
{
    m_title->setText(PageCatalog::texts(PageId::Reports).title);
    m_intro->setText(tr("Who attended each ended session and for how long. Rejoins and second devices count once; "
                        "the host and the waiting room do not count."));
    m_fetch->setText(tr("Fetch again"));
    m_fetch->setToolTip(tr("Asks Zoom for the selected event's attendance now, whatever its state"));
    m_exportOne->setText(tr("Export…"));
    m_exportRange->setText(tr("Export range…"));
    m_exportRange->setToolTip(tr("Saves every report in the list as a CSV file into a folder; reports that are not "
                                 "ready are named in the message instead"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("t&o:", "a period: from … to …"));
    m_stateLabel->setText(tr("&Show:"));
    m_state->setItemText(0, tr("All reports"));
    for (int i = 1; i < m_state->count(); ++i)
        m_state->setItemText(i, StoredReport::stateText(*StoredReport::stateFromName(m_state->itemData(i).toString())));
    m_optionsLabel->setText(tr("CSV files:"));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_delimiter->setItemText(0, tr("Comma (,)"));
    m_delimiter->setItemText(1, tr("Semicolon (;)"));
    m_delimiter->setItemText(2, tr("Tab"));
    if (!m_delimiterChosen) // the new language's spreadsheets may expect another one
        m_delimiter->setCurrentIndex(m_delimiter->findData(int(CsvWriter::defaultDelimiter(QLocale()).unicode())));
    m_bom->setText(tr("&BOM for Excel"));
    m_bom->setToolTip(tr("Starts each file with a byte order mark, so that Excel reads accents and Cyrillic "
                         "letters correctly"));
    m_zoneLabel->setText(tr("&Times in:"));
    m_zone->setItemText(int(Zone::Event), tr("Each event's time zone"));
    m_zone->setItemText(int(Zone::System),
                        tr("This computer's time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    m_zone->setItemText(int(Zone::Utc), tr("UTC"));
    m_cancel->setText(tr("Cancel"));
    m_totalNames.at(Attendees)->setText(tr("Attendees"));
    m_totalNames.at(TotalTime)->setText(tr("Total attended time"));
    m_totalNames.at(Average)->setText(tr("Average per attendee"));
    m_totalNames.at(Span)->setText(tr("First join – last leave"));
    m_totalNames.at(Records)->setText(tr("Zoom's records"));
    m_search->setPlaceholderText(tr("Search name or e-mail…"));
    m_model->retranslate();
    m_attendees->retranslate();
    updateSelection(); // the report area is written again in the new language
    refreshShownReport(Rows::New);
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPage::scheduleReload()
{
    m_reloadTimer->start();
}

void ReportsPage::reload()
{
    m_reloadTimer->stop();
    const int generation = ++m_generation;
    // This computer's days: the period an administrator picked in its calendar.
    const QDateTime fromUtc = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    const QDateTime toUtc = QDateTime(std::max(m_from->date(), m_to->date()).addDays(1), QTime(0, 0)).toUTC();
    m_events.reports(fromUtc, toUtc, this, [this, generation](const Result<QList<ReportEntry>> &entries) {
        if (generation != m_generation)
            return; // a newer reload is on its way
        if (!entries) {
            showMessage(StatusLabel::Error, entries.error().message);
            return;
        }
        qint64 selected = std::exchange(m_selectAfterLoad, 0);
        if (!selected)
            selected = selectedEventId();
        // New rows may empty the selection for a moment; the report area waits for it to come back.
        m_settingEntries = true;
        m_model->setEntries(entries.value());
        // Nothing chosen yet: the newest ready report, so that there is something to look at.
        for (int row = 0; !selected && row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(ReportTableModel::StateRole).toString() ==
                StoredReport::stateName(StoredReport::State::Ready))
                selected = index.data(ReportTableModel::EventIdRole).toLongLong();
        }
        if (!selected && m_proxy->rowCount() > 0)
            selected = m_proxy->index(0, 0).data(ReportTableModel::EventIdRole).toLongLong();
        if (selected)
            selectEvent(selected);
        m_settingEntries = false;
        fitColumns();
        m_loaded = true;
        updateSelection();
        emit loaded();
    });
}

qint64 ReportsPage::selectedEventId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(ReportTableModel::EventIdRole).toLongLong();
}

void ReportsPage::selectEvent(qint64 eventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid() && selectedEventId() != eventId) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
}

const ReportEntry *ReportsPage::selectedEntry() const
{
    return m_model->entryAt(m_model->rowOfEvent(selectedEventId()));
}

QList<const ReportEntry *> ReportsPage::shownEntries() const
{
    QList<const ReportEntry *> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->entryAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return shown;
}

QTimeZone ReportsPage::zoneFor(const ReportEntry &entry) const
{
    switch (Zone(m_zone->currentData().toInt())) {
    case Zone::System:
        return QTimeZone::systemTimeZone();
    case Zone::Utc:
        return QTimeZone::utc();
    case Zone::Event:
        break;
    }
    return ReportTexts::zoneOf(entry.timeZone);
}

AttendanceCsvOptions ReportsPage::csvOptions(const ReportEntry &entry) const
{
    AttendanceCsvOptions options;
    options.delimiter = QChar(char16_t(m_delimiter->currentData().toInt()));
    options.bom = m_bom->isChecked();
    options.zone = zoneFor(entry);
    return options;
}

QString ReportsPage::totalText(Total total) const
{
    return m_reportStack->currentIndex() == 1 ? m_totalValues.at(total)->text() : QString();
}

void ReportsPage::updateButtons()
{
    const ReportEntry *entry = selectedEntry();
    const bool busy = m_export != nullptr;
    m_fetch->setEnabled(entry && !m_fetching);
    const bool ready = entry && entry->report.state == StoredReport::State::Ready;
    m_exportOne->setEnabled(ready && m_shownEventId == entry->eventId && !m_saving && !busy);
    m_exportOne->setToolTip(entry && !ready ? tr("Only a ready report can be exported")
                                            : tr("Saves the selected report as a CSV file"));
    m_exportRange->setEnabled(m_proxy->rowCount() > 0 && !busy);
}

void ReportsPage::updateSelection()
{
    if (m_settingEntries)
        return;
    const bool none = m_loaded && m_proxy->rowCount() == 0;
    m_listEmpty->setVisible(none);
    if (none)
        m_listEmpty->setText(m_model->rowCount() > 0
                                 ? tr("No report in this period is “%1”.").arg(m_state->currentText())
                                 : tr("No ended events in this period. A report appears here once an event with a "
                                      "Zoom meeting or webinar has ended."));
    showEntry(selectedEntry());
    updateButtons();
}

void ReportsPage::showExplanation(const QString &text)
{
    m_explanation->setText(text);
    m_reportStack->setCurrentIndex(0);
}

void ReportsPage::showEntry(const ReportEntry *entry)
{
    const bool ready = entry && entry->report.state == StoredReport::State::Ready;
    const bool loading = ready && m_loadingEventId == entry->eventId && sameReport(m_loadingState, entry->report);
    if (!loading) { // an answer on its way is for a report no longer asked for
        ++m_reportGeneration;
        m_loadingEventId = 0;
    }
    if (!entry) {
        m_shownEventId = 0;
        m_reportTitle->clear();
        m_reportMeta->clear();
        StatusLabel::show(m_reportState, StatusLabel::Info, QString());
        m_attendees->clear();
        m_chart->clear();
        showExplanation(m_loaded && m_proxy->rowCount() > 0 ? tr("Select a report to see who attended.") : QString());
        return;
    }
    const QTimeZone zone = ReportTexts::zoneOf(entry->timeZone);
    m_reportTitle->setText(entry->title);
    const QDateTime end = entry->startUtc.addSecs(qint64(entry->durationMinutes) * 60);
    const QString when =
        tr("%1 – %2 (%3)", "start – end (time zone)")
            .arg(EventTexts::dateTime(entry->startUtc, zone),
                 QLocale().toString(end.toTimeZone(zone).time(), QLocale::ShortFormat), entry->timeZone);
    QStringList meta {when, EventTexts::kind(entry->webinar)};
    if (!entry->roomName.isEmpty() || !entry->roomEmail.isEmpty())
        meta << tr("Room: %1").arg(entry->roomName.isEmpty() ? entry->roomEmail : entry->roomName);
    m_reportMeta->setText(meta.join(QStringLiteral(" · ")));

    const StoredReport &report = entry->report;
    const QString detail = ReportTexts::stateDetail(report);
    const QString state = detail.isEmpty()
        ? StoredReport::stateText(report.state)
        : tr("%1 — %2", "report state — what it means").arg(StoredReport::stateText(report.state), detail);
    StatusLabel::show(m_reportState, ReportTexts::statusKind(report.state), state);

    if (!ready) {
        m_report = {};
        m_attendees->clear();
        m_chart->clear();
        showExplanation(ReportTexts::explanation(report));
        m_shownEventId = entry->eventId;
        m_shownState = report;
        return;
    }
    if (loading || (m_shownEventId == entry->eventId && sameReport(m_shownState, report)))
        return; // on its way, or already there
    // Its people come from the database, off the UI thread.
    m_shownEventId = 0;
    m_attendees->clear();
    m_chart->clear();
    showExplanation(tr("Loading the report…"));
    m_loadingEventId = entry->eventId;
    m_loadingState = report;
    const int generation = m_reportGeneration;
    const ReportEntry shown = *entry;
    m_events.report(entry->eventId, this, [this, generation, shown](const Result<AttendanceReport> &loaded) {
        if (generation != m_reportGeneration)
            return; // another report was chosen meanwhile
        m_loadingEventId = 0;
        if (!loaded) {
            showExplanation(loaded.error().message);
            return;
        }
        m_report = loaded.value();
        showReport(shown, m_report, Rows::New);
        updateButtons();
    });
}

void ReportsPage::refreshShownReport(Rows rows)
{
    if (const ReportEntry *entry = selectedEntry();
        entry && m_shownEventId == entry->eventId && entry->report.state == StoredReport::State::Ready)
        showReport(*entry, m_report, rows);
}

void ReportsPage::showReport(const ReportEntry &entry, const AttendanceReport &report, Rows rows)
{
    const QTimeZone zone = zoneFor(entry);
    m_shownEventId = entry.eventId;
    m_shownState = entry.report;
    const QLocale locale;
    const int people = int(report.attendees().size());
    const qint64 total = report.totalSeconds();
    m_totalValues.at(Attendees)->setText(locale.toString(people));
    m_totalValues.at(TotalTime)->setText(ReportTexts::duration(total));
    m_totalValues.at(TotalTime)->setToolTip(ReportTexts::clock(total));
    m_totalValues.at(Average)->setText(people > 0 ? ReportTexts::duration(total / people) : QString());
    m_totalValues.at(Average)->setToolTip(people > 0 ? ReportTexts::clock(total / people) : QString());
    m_totalValues.at(Span)->setText(people > 0 ? tr("%1 – %2", "from – to")
                                                     .arg(ReportTexts::time(report.firstJoinSecs(), zone),
                                                          ReportTexts::time(report.lastLeaveSecs(), zone))
                                               : QString());
    m_totalValues.at(Records)->setText(tr("%1 records; not counted: %2 of the host, %3 in the waiting room")
                                           .arg(locale.toString(entry.report.records),
                                                locale.toString(entry.report.hostRecords),
                                                locale.toString(entry.report.waitingRoomRecords)));
    if (rows == Rows::New) {
        m_attendees->setAttendees(report.attendees(), zone);
        fitAttendeeColumns();
    } else {
        m_attendees->setZone(zone); // the selection and the scroll position stay
    }
    m_chart->setPresence(report.presence(), zone);
    m_reportStack->setCurrentIndex(1);
}

void ReportsPage::fitColumns()
{
    // Long room names are elided, so that the topic keeps most of the width; a start in
    // another zone is elided too, its tooltip says it all.
    constexpr int kMaxColumnWidth = 160;
    constexpr int kMaxStartWidth = 220;
    for (int column = 0; column < ReportTableModel::ColumnCount; ++column) {
        if (column == ReportTableModel::Title)
            continue;
        m_table->resizeColumnToContents(column);
        const int widest = column == ReportTableModel::Start ? kMaxStartWidth : kMaxColumnWidth;
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
}

void ReportsPage::fitAttendeeColumns()
{
    // The e-mail takes what is left; a longer header in another language is elided rather
    // than pushing the addresses out of sight.
    constexpr int kMaxNameWidth = 180;
    constexpr int kMaxColumnWidth = 110;
    for (int column = 0; column < AttendeeTableModel::ColumnCount; ++column) {
        if (column == AttendeeTableModel::Email)
            continue;
        m_attendeeTable->resizeColumnToContents(column);
        const int widest = column == AttendeeTableModel::Name ? kMaxNameWidth : kMaxColumnWidth;
        m_attendeeTable->setColumnWidth(column, std::min(m_attendeeTable->columnWidth(column), widest));
    }
}

void ReportsPage::showMessage(int kind, const QString &text)
{
    StatusLabel::show(m_message, StatusLabel::Kind(kind), text);
}

void ReportsPage::fetchSelected()
{
    const ReportEntry *entry = selectedEntry();
    if (!entry || m_fetching)
        return;
    const qint64 id = entry->eventId;
    const QString title = entry->title;
    m_fetching = true;
    updateButtons();
    showMessage(StatusLabel::Busy, tr("Asking Zoom for the attendance of “%1”…").arg(title));
    m_events.fetchReport(id, this, [this, id, title](const Result<StoredReport> &stored) {
        m_fetching = false;
        if (!stored) {
            showMessage(StatusLabel::Error, stored.error().message);
        } else {
            const StoredReport &report = stored.value();
            const QString detail = ReportTexts::stateDetail(report);
            const StatusLabel::Kind kind = ReportTexts::statusKind(report.state);
            if (report.state == StoredReport::State::Ready)
                showMessage(kind,
                            tr("The report of “%1” is ready: %n attendee(s).", nullptr, report.attendees).arg(title));
            else if (report.state == StoredReport::State::Failed)
                showMessage(kind, tr("The report of “%1” failed: %2").arg(title, detail));
            else
                showMessage(kind, tr("“%1”: %2").arg(title, detail));
            qCInfo(lcReportsPage) << "Report of event" << id
                                  << "fetched again:" << StoredReport::stateName(report.state);
        }
        m_selectAfterLoad = id;
        reload();
        updateButtons();
        emit actionFinished();
    });
}

void ReportsPage::exportSelected()
{
    const ReportEntry *entry = selectedEntry();
    if (!entry || !m_exportOne->isEnabled())
        return;
    const QString path =
        m_chooseFile(this, tr("Export the report"), QDir(m_lastFolder).filePath(ReportExport::fileName(*entry)));
    if (!path.isEmpty())
        exportSelectedTo(path);
}

void ReportsPage::exportSelectedTo(const QString &path)
{
    const ReportEntry *entry = selectedEntry();
    if (!entry || m_shownEventId != entry->eventId || entry->report.state != StoredReport::State::Ready || m_saving)
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    m_saving = true;
    updateButtons();
    showMessage(StatusLabel::Busy, tr("Saving the report…"));
    // The CSV is built and written off the UI thread: a large report takes a moment.
    const AttendanceReport report = m_report;
    const AttendanceCsvOptions options = csvOptions(*entry);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_saving = false;
        if (error.isEmpty())
            showMessage(StatusLabel::Good, tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
        else
            showMessage(StatusLabel::Error, error);
        updateButtons();
        emit actionFinished();
    });
    watcher->setFuture(QtConcurrent::run([report, options, path]() -> QString {
        const auto saved = CsvWriter::saveFile(path, attendanceCsv(report, options));
        return saved ? QString() : saved.error().message;
    }));
}

void ReportsPage::exportRange()
{
    if (!m_exportRange->isEnabled())
        return;
    const QString folder = m_chooseFolder(this, tr("Export the reports into a folder"), m_lastFolder);
    if (!folder.isEmpty())
        exportRangeTo(folder);
}

void ReportsPage::exportRangeTo(const QString &folder)
{
    const QList<const ReportEntry *> entries = shownEntries();
    if (m_export || entries.isEmpty())
        return;
    m_lastFolder = folder;
    m_export = std::make_unique<ExportRun>();
    m_export->folder = folder;
    m_export->total = int(entries.size());
    // One group per zone the files are written in (several only with each event's own zone).
    QMap<QString, qsizetype> groupOfZone;
    for (const ReportEntry *entry : entries) {
        const AttendanceCsvOptions options = csvOptions(*entry);
        const QString zone = QString::fromUtf8(options.zone.id());
        auto at = groupOfZone.constFind(zone);
        if (at == groupOfZone.cend()) {
            at = groupOfZone.insert(zone, m_export->groups.size());
            m_export->groups.append({{}, options});
        }
        m_export->groups[*at].first.append(entry->eventId);
    }
    m_progress->setRange(0, m_export->total);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_progressRow->show();
    updateButtons();
    showMessage(StatusLabel::Busy, tr("Exporting %n report(s)…", nullptr, m_export->total));
    runNextExport();
}

void ReportsPage::runNextExport()
{
    if (m_export->groups.isEmpty() || m_export->cancel->load()) {
        m_export->summary.cancelled = m_export->summary.cancelled || m_export->cancel->load();
        return finishExport();
    }
    const auto [ids, options] = m_export->groups.takeFirst();
    const int offset = m_export->done;
    m_events.exportReports(
        ids, m_export->folder, options, m_export->cancel,
        [this, offset](int done, int) {
            if (!m_export)
                return;
            m_progress->setValue(offset + done);
            emit exportProgress(offset + done, m_export->total);
        },
        this,
        [this, count = int(ids.size())](const Result<ReportExport::Summary> &summary) {
            if (!m_export)
                return;
            if (!summary)
                return finishExport(summary.error().message);
            m_export->summary.written += summary.value().written;
            m_export->summary.skipped += summary.value().skipped;
            m_export->summary.cancelled = m_export->summary.cancelled || summary.value().cancelled;
            m_export->done += count;
            runNextExport();
        });
}

void ReportsPage::finishExport(const QString &error)
{
    const std::unique_ptr<ExportRun> run = std::move(m_export);
    m_lastExport = run->summary;
    m_progressRow->hide();
    updateButtons();
    const ReportExport::Summary &summary = run->summary;
    QStringList lines;
    if (!error.isEmpty())
        lines << error;
    else if (summary.cancelled)
        lines << tr("Export cancelled.");
    lines << tr("%n file(s) written to %1.", nullptr, int(summary.written.size()))
                 .arg(QDir::toNativeSeparators(run->folder));
    if (!summary.skipped.isEmpty())
        lines << tr("Not exported: %1.").arg(summary.skipped.join(QStringLiteral("; ")));
    const StatusLabel::Kind kind = !error.isEmpty()                                    ? StatusLabel::Error
        : summary.cancelled || !summary.skipped.isEmpty() || summary.written.isEmpty() ? StatusLabel::Warning
                                                                                       : StatusLabel::Good;
    showMessage(kind, lines.join(QLatin1Char(' ')));
    qCInfo(lcReportsPage) << "Exported" << summary.written.size() << "reports," << summary.skipped.size()
                          << "skipped, cancelled:" << summary.cancelled;
    emit actionFinished();
}

void ReportsPage::cancelExport()
{
    if (!m_export)
        return;
    m_export->cancel->store(true);
    m_cancel->setEnabled(false);
    showMessage(StatusLabel::Busy, tr("Cancelling the export…"));
}

} // namespace Roomdesk
