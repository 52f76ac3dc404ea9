// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomresponses_target.h"

#include "zoom/tokensource.h"
#include "zoom/webhooksignature.h"
#include "zoom/zoomapi.h"
#include "zoom/zoomclient.h"
#include "zoom/zoomerror.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Roomdesk;

int roomdeskFuzzZoomResponse(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
    switch (data[0] % 6) {
    case 0: {
        const auto token = TokenSource::parseResponse(input, now);
        if (token) { // whatever was accepted must be usable
            if (token.value().accessToken.isEmpty() || token.value().lifetimeSeconds < 1 ||
                !token.value().apiUrl.isValid())
                __builtin_trap();
        }
        break;
    }
    case 1: {
        const auto body = nlohmann::json::parse(input.toStdString(), nullptr, false);
        const auto page = ZoomClient::parsePage(body, QStringLiteral("participants"));
        if (page && !page.value().items.is_array())
            __builtin_trap();
        if (page) {
            for (const auto &item : page.value().items) {
                const auto participant = ZoomApi::parseParticipant(item);
                if (participant && !participant.value().joinUtc.isValid())
                    __builtin_trap();
            }
        }
        break;
    }
    case 2: {
        const int status = 400 + static_cast<int>(input.size() % 200);
        const qsizetype split = input.indexOf('\n');
        const ZoomError error = ZoomError::fromResponse(status, split < 0 ? input : input.left(split),
                                                        split < 0 ? QByteArray() : input.mid(split + 1), now);
        if (error.explanation.isEmpty() || error.code().isEmpty())
            __builtin_trap();
        break;
    }
    case 3:
        (void)parseRetryAfter(input, now);
        break;
    case 5: {
        const auto body = nlohmann::json::parse(input.toStdString(), nullptr, false);
        const auto meeting = ZoomApi::parseMeeting(body, (input.size() & 1) != 0);
        if (meeting && meeting.value().id <= 0)
            __builtin_trap();
        (void)ZoomApi::parseRecording(body);
        (void)ZoomApi::parseUser(body);
        (void)ZoomApi::parsePastMeeting(body);
        (void)ZoomApi::parseRegistrant(body);
        break;
    }
    case 4: {
        const qsizetype a = input.indexOf('|');
        const qsizetype b = a < 0 ? -1 : input.indexOf('|', a + 1);
        if (b > 0)
            (void)WebhookSignature::verify("secret", input.left(a), input.mid(a + 1, b - a - 1), input.mid(b + 1), now);
        break;
    }
    default:
        break;
    }
    return 0;
}
