// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"
#include "groups/participantgroup.h"

#include <QScrollArea>

class QLabel;

namespace Roomdesk {

// Everything about the selected event, read-only: the form's fields, the room, both links,
// Zoom's identifiers, and how the event stands against Zoom with the last error. Each value
// sits under its caption, short ones two to a row, so that a narrow panel wraps nothing
// into a column of its own.
class EventDetailsPanel final : public QScrollArea
{
    Q_OBJECT

public:
    explicit EventDetailsPanel(QWidget *parent = nullptr);

    void setEvent(const Event *event, const QList<ParticipantGroup> &groups, const QDateTime &nowUtc);
    // The text shown for a field (tests), empty when the row is hidden.
    QString value(int field) const;

    enum Field {
        ConferenceName,
        Type,
        Start,
        StartHere,
        Duration,
        Room,
        Location,
        Capacity,
        Trainer,
        Admission,
        Group,
        Description,
        Status,
        Sync,
        SyncError,
        Waiting,
        JoinLink,
        EffectiveLink,
        ZoomId,
        ZoomUuid,
        ZoomHost,
        FieldCount
    };

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill(const QStringList &values);

    std::optional<Event> m_event;
    QList<ParticipantGroup> m_groups;
    QDateTime m_now;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_fields = nullptr;
    QList<QWidget *> m_cells; // a caption over its value, per field
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
};

} // namespace Roomdesk
