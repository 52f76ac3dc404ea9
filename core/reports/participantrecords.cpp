#include "participantrecords.h"

#include "participantpagesparser.h"
#include "zoom/zoomtypes.h"

namespace Roomdesk {

Result<ParticipantRecords> ParticipantRecords::fromPages(QByteArray json, qsizetype twoThreadsFrom)
{
    ParticipantRecords records;
    records.m_source = std::move(json);
    records.m_records.reserve(size_t(records.m_source.size() / 200 + 16)); // Zoom's rows are ~250 bytes
    if (auto parsed = ParticipantPagesParser(records, twoThreadsFrom).parse(); !parsed)
        return parsed.error();
    return records;
}

std::string_view ParticipantRecords::keep(std::string text)
{
    if (text.empty())
        return {};
    return m_kept.emplace_back(std::move(text));
}

void ParticipantRecords::add(const ZoomParticipant &participant)
{
    ParticipantRecord record;
    const QString &id =
        participant.participantUserId.isEmpty() ? participant.zoomUserId : participant.participantUserId;
    record.userId = keep(id.toStdString());
    record.name = keep(participant.name.toStdString());
    record.email = keep(participant.email.toStdString());
    record.joinSecs = participant.joinUtc.toSecsSinceEpoch();
    record.leaveSecs = participant.leaveUtc.isValid() ? participant.leaveUtc.toSecsSinceEpoch()
                                                      : record.joinSecs + std::max(participant.durationSeconds, 0);
    record.leaveSecs = std::max(record.leaveSecs, record.joinSecs);
    record.waitingRoom = participant.waitingRoom;
    m_records.push_back(record);
}

} // namespace Roomdesk
