// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/eventservice.h"
#include "rooms/room.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace Roomdesk {

class Clock;
class DriftBar;
class EventDetailsPanel;
class EventFormDialog;
class EventTableModel;
class RoomPoolService;

// The Events page: the events of a period in a table with search, the selected one's
// details, and what an administrator does with them — create, edit, cancel, copy the join
// link, open a fresh start link, synchronize with Zoom, and settle changes made in Zoom.
// Everything goes through EventService, off the UI thread; results land in the message bar.
class EventsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Range { ThisWeek, NextWeeks, All };
    // Asks a yes/no question before something that cannot be undone; tests answer it.
    using Confirmation = std::function<bool(QWidget *parent, const QString &question, const QString &detail)>;
    using UrlOpener = std::function<bool(const QUrl &url)>;

    EventsPage(EventService &events, RoomPoolService *pool, QWidget *parent = nullptr);
    ~EventsPage() override;

    void setClock(const Clock &clock);
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setRange(Range range);

    EventTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EventDetailsPanel *details() const { return m_details; }
    DriftBar *driftBar() const { return m_driftBar; }
    QLabel *messageLabel() const { return m_message; }
    bool hasLoaded() const { return m_loaded; }
    qint64 selectedEventId() const;
    void selectEvent(qint64 id);

public slots:
    void reload();
    EventFormDialog *openNewEventDialog();
    EventFormDialog *openEditEventDialog();
    void cancelSelected();
    void copyJoinLink();
    void openStartLink();
    void synchronizeNow();
    void takeZoomValues();
    void keepRoomdeskValues();

signals:
    void loaded(); // a list has been shown
    void actionFinished(); // an action was answered, its message shown

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSelection();
    void fitColumns();
    void showMessage(int kind, const QString &text);
    void showOutcome(const Result<EventSync::Outcome> &result, const QString &done);
    void resolve(EventSync::DriftChoice choice);
    const Event *selectedEvent() const;
    static bool confirmWithMessageBox(QWidget *parent, const QString &question, const QString &detail);

    EventService &m_events;
    RoomPoolService *m_pool = nullptr;
    const Clock *m_clock = nullptr;
    Confirmation m_confirm;
    UrlOpener m_openUrl;
    QList<Room> m_rooms;
    QPointer<EventFormDialog> m_dialog;
    int m_generation = 0; // answers to older reloads are dropped
    qint64 m_selectAfterLoad = 0; // an event just saved, selected once the list has it
    bool m_loaded = false;

    EventTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copyLink = nullptr;
    QPushButton *m_startLink = nullptr;
    QPushButton *m_sync = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QComboBox *m_range = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    DriftBar *m_driftBar = nullptr;
    EventDetailsPanel *m_details = nullptr;
};

} // namespace Roomdesk
