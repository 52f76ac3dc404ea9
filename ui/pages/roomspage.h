// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/roompoolservice.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Roomdesk {

class BufferPolicyForm;
class ConnectionService;
class RoomTableModel;

// The Rooms page: the pool in allocation order (activation, automatic or manual assignment,
// webinar licence, per-room buffers, drag to reorder), adding rooms by e-mail or from Zoom's
// user list, and the buffer policy. Everything is stored through RoomPoolService, off the UI
// thread; every change re-checks the bookings and says what it did.
class RoomsPage final : public QWidget
{
    Q_OBJECT

public:
    RoomsPage(RoomPoolService *pool, ConnectionService *connection, QWidget *parent = nullptr);

    RoomTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    BufferPolicyForm *policyForm() const { return m_policyForm; }
    QLabel *messageLabel() const { return m_message; }
    bool isLoaded() const { return m_loaded; }

public slots:
    void reload();
    void addRoom(const Roomdesk::Room &room);
    void openAddRoomDialog();
    void openZoomImport();
    void moveSelected(int delta);
    void removeSelected();

signals:
    void loaded(); // a snapshot has been shown
    void changeFinished(); // a change was answered (stored or refused), its message shown

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    qint64 selectedRoomId() const;
    // Shows what a change did, or why it was refused (then the table shows what is stored).
    void report(const Result<PoolChangeOutcome> &result, const QString &done);

    RoomPoolService *m_pool = nullptr;
    ConnectionService *m_connection = nullptr;
    RoomTableModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QGroupBox *m_policyBox = nullptr;
    BufferPolicyForm *m_policyForm = nullptr;
    int m_generation = 0; // answers to older reloads are dropped
    bool m_loaded = false;
    bool m_showsNoRoomsHint = false; // the message is the empty pool's hint
};

} // namespace Roomdesk
