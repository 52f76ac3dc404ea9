// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rooms/room.h"
#include "zoom/zoomtypes.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace Roomdesk {

class ConnectionService;
class ZoomApi;
class ZoomClient;

// Rooms from the Zoom account's licensed users (GET /users, scope user:read:list_users:admin):
// the administrator ticks the users to add and which of them hold a webinar licence. Users
// already in the pool are shown but cannot be added twice; Basic users cannot host rooms.
class ZoomUserImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { Add, Name, Email, Webinar, ColumnCount };

    ZoomUserImportDialog(ConnectionService *connection, const QList<Room> &existing, QWidget *parent = nullptr);
    ~ZoomUserImportDialog() override;

    QTableWidget *table() const { return m_table; }
    QLabel *stateLabel() const { return m_state; }
    QList<Room> chosenRooms() const;

signals:
    void usersLoaded(); // the list arrived, or the reason it did not
    void roomsChosen(const QList<Roomdesk::Room> &rooms);

private:
    void load();
    void showUsers(const QList<ZoomUser> &users);

    ConnectionService *m_connection = nullptr;
    QStringList m_existingEmails;
    std::unique_ptr<ZoomClient> m_client;
    ZoomApi *m_api = nullptr;
    QList<ZoomUser> m_users; // one per table row
    QLabel *m_state = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Roomdesk
