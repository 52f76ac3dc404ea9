// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/roompoolservice.h"
#include "widgets/statuslabel.h"

#include <QDialog>
#include <QTimeZone>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace Roomdesk {

// One booking or waiting request, read-only, with what an administrator can do about it:
// cancel it (after a confirmation) or assign it a room by hand. The room pool service does
// both off the UI thread; a refusal (a conflict, a missing webinar licence) is shown inline
// and the dialog stays open.
class BookingDialog final : public QDialog
{
    Q_OBJECT

public:
    // Asks a yes/no question before something that cannot be undone; tests answer it.
    using Confirmation = std::function<bool(QWidget *parent, const QString &question, const QString &detail)>;

    BookingDialog(RoomPoolService &pool, RoomRequest request, QList<Room> rooms, QTimeZone viewerZone,
                  QWidget *parent = nullptr);

    const RoomRequest &request() const { return m_request; }
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    QString statusText() const;

public slots:
    void cancelRequest();
    void showAssignment(); // the room chooser
    void assignRoom(qint64 roomId);

signals:
    void requestChanged(const Roomdesk::RoomRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    static bool confirmWithMessageBox(QWidget *parent, const QString &question, const QString &detail);

    enum Field { Kind, Status, Organizer, RoomField, Session, SessionLocal, Blocked, Admission, Number };

    void retranslate();
    void showRequest();
    void fillRooms();
    void setBusy(bool busy);
    void fitContent();
    void showStatus(StatusLabel::Kind kind, const QString &text);
    QString roomText(qint64 roomId) const;

    RoomPoolService &m_pool;
    RoomRequest m_request;
    QList<Room> m_rooms;
    QTimeZone m_zone;
    Confirmation m_confirm;
    bool m_busy = false;

    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
    QLabel *m_reason = nullptr; // why it waits: wraps, so not in the form
    QLabel *m_status = nullptr;
    QWidget *m_assignPanel = nullptr;
    QLabel *m_assignLabel = nullptr;
    QComboBox *m_roomChoice = nullptr;
    QPushButton *m_assignConfirm = nullptr;
    QPushButton *m_cancelRequest = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Roomdesk
