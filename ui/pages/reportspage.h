// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/eventservice.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Roomdesk {

class AttendanceChart;
class AttendeeTableModel;
class Clock;
class ReportTableModel;

// The Reports page: the ended events of a period with the state of their attendance reports,
// and the selected one's people, totals and attendance over time. From here an administrator
// asks Zoom again and exports reports as CSV (one to a chosen file, or every shown one into a
// folder). Everything goes through EventService, off the UI thread; results land in the
// page's message bar.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    enum Total { Attendees, TotalTime, Average, Span, Records, TotalCount };
    enum class Zone { Event, System, Utc }; // where the times of the tables, chart and CSV are
    // Where to save a file / which folder to export into; empty: cancelled. Tests answer them.
    using FileChooser = std::function<QString(QWidget *parent, const QString &title, const QString &suggestedPath)>;
    using FolderChooser = std::function<QString(QWidget *parent, const QString &title, const QString &startFolder)>;

    explicit ReportsPage(EventService &events, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // Also sets the period back to the last 30 days of that clock.
    void setClock(const Clock &clock);
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    // The events that started on these days (this computer's), both included.
    void setPeriod(const QDate &from, const QDate &to);
    // The options every export uses, for the report of `entry`.
    AttendanceCsvOptions csvOptions(const ReportEntry &entry) const;

    ReportTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AttendeeTableModel *attendeeModel() const { return m_attendees; }
    QTableView *attendeeTable() const { return m_attendeeTable; }
    AttendanceChart *chart() const { return m_chart; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *explanationLabel() const { return m_explanation; }
    QString totalText(Total total) const;
    bool hasLoaded() const { return m_loaded; }
    bool isExporting() const { return m_export != nullptr; }
    qint64 selectedEventId() const;
    // The event whose report the report area shows in full (its attendees loaded).
    qint64 shownEventId() const { return m_shownEventId; }
    const ReportExport::Summary &lastExport() const { return m_lastExport; }
    void selectEvent(qint64 eventId);

public slots:
    void reload();
    void fetchSelected();
    void exportSelected();
    void exportSelectedTo(const QString &path);
    void exportRange();
    void exportRangeTo(const QString &folder);
    void cancelExport();

signals:
    void loaded(); // a list has been shown
    void actionFinished(); // an action was answered, its message shown
    void exportProgress(int done, int total);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ExportRun;

    void retranslate();
    void scheduleReload();
    void updateSelection();
    void updateButtons();
    void showEntry(const ReportEntry *entry);
    enum class Rows { New, Same }; // Same: only the zone or the texts around the attendees changed
    void showReport(const ReportEntry &entry, const AttendanceReport &report, Rows rows);
    void refreshShownReport(Rows rows);
    void showExplanation(const QString &text);
    void fitColumns();
    void fitAttendeeColumns();
    void showMessage(int kind, const QString &text);
    void runNextExport();
    void finishExport(const QString &error = {});
    const ReportEntry *selectedEntry() const;
    QTimeZone zoneFor(const ReportEntry &entry) const;
    QList<const ReportEntry *> shownEntries() const;

    EventService &m_events;
    const Clock *m_clock = nullptr;
    FileChooser m_chooseFile;
    FolderChooser m_chooseFolder;
    QString m_lastFolder;
    int m_generation = 0; // answers to older reloads are dropped
    int m_reportGeneration = 0; // answers for reports no longer asked for are dropped
    qint64 m_loadingEventId = 0; // the report whose people are on their way
    StoredReport m_loadingState;
    bool m_settingEntries = false; // new rows are going in: the selection comes back after
    qint64 m_selectAfterLoad = 0;
    qint64 m_shownEventId = 0;
    StoredReport m_shownState; // the state the shown report was loaded in
    AttendanceReport m_report; // the shown report's people
    bool m_loaded = false;
    bool m_fetching = false;
    bool m_saving = false;
    bool m_delimiterChosen = false; // by hand: a language change keeps it
    std::unique_ptr<ExportRun> m_export;
    ReportExport::Summary m_lastExport;

    ReportTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    AttendeeTableModel *m_attendees = nullptr;
    QSortFilterProxyModel *m_attendeeProxy = nullptr;
    QTimer *m_reloadTimer = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_exportOne = nullptr;
    QPushButton *m_exportRange = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_stateLabel = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_optionsLabel = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_bom = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_listEmpty = nullptr;
    QLabel *m_reportTitle = nullptr;
    QLabel *m_reportMeta = nullptr;
    QLabel *m_reportState = nullptr;
    QStackedWidget *m_reportStack = nullptr;
    QLabel *m_explanation = nullptr;
    QList<QLabel *> m_totalNames;
    QList<QLabel *> m_totalValues;
    QLineEdit *m_search = nullptr;
    QTableView *m_attendeeTable = nullptr;
    AttendanceChart *m_chart = nullptr;
};

} // namespace Roomdesk
