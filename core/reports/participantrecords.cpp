// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantrecords.h"

#include "participantpages.h"
#include "zoom/zoomtypes.h"

namespace Roomdesk {

Result<ParticipantRecords> ParticipantRecords::fromPages(const QByteArray &json)
{
    return ParticipantPages::read(json);
}

void ParticipantRecords::add(const ZoomParticipant &participant)
{
    ParticipantRecord record;
    const QString &id =
        participant.participantUserId.isEmpty() ? participant.zoomUserId : participant.participantUserId;
    record.userId = id.toStdString();
    record.name = participant.name.toStdString();
    record.email = participant.email.toStdString();
    record.joinSecs = participant.joinUtc.toSecsSinceEpoch();
    record.leaveSecs = participant.leaveUtc.isValid() ? participant.leaveUtc.toSecsSinceEpoch()
                                                      : record.joinSecs + std::max(participant.durationSeconds, 0);
    record.leaveSecs = std::max(record.leaveSecs, record.joinSecs);
    record.waitingRoom = participant.waitingRoom;
    m_records.push_back(std::move(record));
}

} // namespace Roomdesk
