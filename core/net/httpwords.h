// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpServerRequest>

namespace Roomdesk::Http {

// The words of HTTP/1.1 that Roomdesk's servers (the sandbox, the webhook receiver) write
// themselves.
QByteArray reasonPhrase(int status); // "Not Found"; "Status" for codes it does not name
QByteArray methodName(QHttpServerRequest::Method method); // "POST"; "OTHER" for the rest

} // namespace Roomdesk::Http
