// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "zoom/ratelimits.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace Roomdesk {

// A fault the sandbox injects into a share of its answers, as a real network and a real
// Zoom sometimes do.
struct SandboxFault final
{
    enum class Kind { Latency, ServerError, Reset, Truncate };
    Kind kind = Kind::Latency;
    double probability = 0.0; // 0..1
    int latencyMs = 0; // Latency only
};

struct SandboxOptions final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::SandboxOptions)

public:
    quint16 port = 0; // 0: any free port
    quint64 seed = 1;
    ZoomPlan plan = ZoomPlan::Business;
    QStringList grantedScopes; // what tokens grant
    int users = 8;
    int tokenTtlSeconds = 3600;
    QList<SandboxFault> faults;
    QUrl webhookUrl;
    QByteArray webhookSecret;

    // The scopes of `--scopes all|required|LIST` (LIST: comma- or space-separated).
    static Result<QStringList> parseScopes(const QString &spec);
    // `--faults` as comma-separated KIND:PROBABILITY items; latency takes a duration too:
    // "latency:0.3:250ms,5xx:0.1,reset:0.05,truncate:0.05".
    static Result<QList<SandboxFault>> parseFaults(const QString &spec);
};

} // namespace Roomdesk
