// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "participantrecords.h"

#include <QCoreApplication>

namespace Roomdesk {

// Zoom's participant pages as saved from Zoom — one page object, or a list of them — read
// into records. Each participant goes through the Zoom client's own row parser
// (ZoomApi::parseParticipant) and ParticipantRecords::add, as fetched rows do, so a page
// saved from Zoom and the same page fetched give the same report. The JSON is read by
// nlohmann/json's SAX parser without building the whole document. What is not such pages is
// refused with the line and column: broken JSON, a page without "participants", a row
// without a join time, a time without its offset, text fields that are not text.
class ParticipantPages final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ParticipantPages)

public:
    static Result<ParticipantRecords> read(const QByteArray &json);
};

} // namespace Roomdesk
