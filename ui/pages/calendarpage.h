// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/calendarlayout.h"
#include "pagecatalog.h"
#include "rooms/requestimport.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QStringListModel;
class QTimer;
class QToolButton;

namespace Roomdesk {

class BookingDialog;
class CalendarLegend;
class Clock;
class EmptyStatePage;
class Prompts;
class RoomCalendarView;
class RoomPoolService;
class RoomRequestDialog;
class Settings;

// The Calendar page: the room calendar with its period and zoom controls, filters, legend,
// and exports; room requests without a Zoom event, one by one or imported from a CSV file.
// Everything it shows comes from RoomPoolService snapshots of the shown period (plus a day
// either side), loaded off the UI thread; a reply that a newer request has overtaken is
// dropped.
class CalendarPage final : public QWidget
{
    Q_OBJECT

public:
    CalendarPage(RoomPoolService &pool, Settings *settings, QWidget *parent = nullptr);
    ~CalendarPage() override;

    RoomCalendarView *view() const { return m_view; }
    CalendarLegend *legend() const { return m_legend; }
    void setClock(const Clock &clock);
    // True once a snapshot has been shown (and loaded() was emitted).
    bool hasLoaded() const { return m_loaded; }
    // The shown part of the calendar, sticky names and time axis included, as a PNG at the
    // screen's pixel ratio; rendered off screen. False with a message shown on failure.
    bool exportPng(const QString &path);
    // Opens the booking's dialog (one at a time); null when the booking is not shown.
    BookingDialog *openBooking(qint64 requestId);
    // The "Export iCalendar…" action, hidden until an exporter is connected to
    // iCalendarExportRequested().
    QAction *exportICalendarAction() const { return m_exportICalendar; }
    void setICalendarExportAvailable(bool available);
    // Where the import's file dialog comes from (tests answer it); the page does not own it.
    void setPrompts(Prompts *prompts) { m_prompts = prompts; }
    QAction *requestRoomAction() const { return m_requestRoom; }
    QAction *importRequestsAction() const { return m_importRequests; }
    // Opens the room request dialog (one at a time), starting in the shown period.
    RoomRequestDialog *openRequestDialog();
    // Imports the CSV file's requests off the UI thread; importFinished() follows.
    void importRequestsFrom(const QString &path);

public slots:
    void reload(); // at once
    void scheduleReload(); // soon, coalescing bursts of changes
    void chooseExportFile();
    void chooseImportFile();

signals:
    void loaded(); // a snapshot was applied
    void importFinished(); // an import was answered (stored or refused), its message shown
    void openPageRequested(Roomdesk::PageId page);
    // The shown period (and the chosen room, 0 for all) for an iCalendar export.
    void iCalendarExportRequested(const QDateTime &fromUtc, const QDateTime &toUtc, qint64 roomId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createToolbar();
    void createFilters();
    void retranslate();
    void apply(const RoomPoolSnapshot &snapshot);
    void applyFilter();
    void updatePeriodLabel();
    void updatePlaceholder();
    void updateSelectionSummary();
    void fillRoomFilter(const QList<Room> &rooms);
    // The next full hour when the period holds it, else 09:00 on the period's first day.
    QDateTime suggestedStart() const;
    // Moves to the request's day and selects it once loaded.
    void showRequest(const RoomRequest &request);
    void reportRequest(const RoomRequest &request);
    void reportImport(const QString &path, const Result<RequestImport::Outcome> &result);

    RoomPoolService &m_pool;
    Settings *m_settings = nullptr;
    Prompts *m_prompts = nullptr;
    const Clock *m_clock = nullptr;
    qint64 m_selectWhenLoaded = 0; // a request just made, selected once the calendar has it
    quint64 m_generation = 0; // of the newest snapshot asked for
    bool m_loaded = false;
    bool m_stale = true; // something changed while hidden
    bool m_loadFailed = false; // the message says the last load failed
    QTimer *m_reloadTimer = nullptr;
    QPointer<BookingDialog> m_dialog;
    QPointer<RoomRequestDialog> m_requestDialog;

    QToolButton *m_day = nullptr;
    QToolButton *m_week = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_today = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_period = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_exportPngButton = nullptr;
    QToolButton *m_exportICalendarButton = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportICalendar = nullptr;
    QToolButton *m_requestRoomButton = nullptr;
    QToolButton *m_importRequestsButton = nullptr;
    QAction *m_requestRoom = nullptr;
    QAction *m_importRequests = nullptr;
    QLabel *m_roomLabel = nullptr;
    QComboBox *m_roomFilter = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QLabel *m_organizerLabel = nullptr;
    QLineEdit *m_organizerFilter = nullptr;
    QStringListModel *m_organizers = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_body = nullptr;
    RoomCalendarView *m_view = nullptr;
    EmptyStatePage *m_noRooms = nullptr;
    CalendarLegend *m_legend = nullptr;
    QLabel *m_selection = nullptr;
};

} // namespace Roomdesk
