// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxoptions.h"

#include "zoom/scopecatalog.h"

#include <QRegularExpression>

namespace Roomdesk {

Result<QStringList> SandboxOptions::parseScopes(const QString &spec)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("all"))
        return ScopeCatalog::requiredScopes() + ScopeCatalog::optionalScopes();
    if (trimmed == QLatin1String("required"))
        return ScopeCatalog::requiredScopes();
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    static const QRegularExpression shape(QStringLiteral("^[a-z_]+:[a-z_]+(:[a-z_]+)*$"));
    QStringList scopes;
    for (const QString &scope : trimmed.split(separators, Qt::SkipEmptyParts)) {
        if (!shape.match(scope).hasMatch())
            return Error {QStringLiteral("usage.scope"),
                          tr("“%1” is not a Zoom scope (expected the form product:action:data[:admin]).").arg(scope)};
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

Result<QList<SandboxFault>> SandboxOptions::parseFaults(const QString &spec)
{
    QList<SandboxFault> faults;
    for (const QString &item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        const auto invalid = [&item] {
            return Error {QStringLiteral("usage.faults"),
                          tr("“%1” is not a fault; use latency:P:MSms, 5xx:P, reset:P or truncate:P with P between "
                             "0 and 1.")
                              .arg(item.trimmed())};
        };
        SandboxFault fault;
        const QString kind = parts.value(0).toLower();
        if (kind == QLatin1String("latency"))
            fault.kind = SandboxFault::Kind::Latency;
        else if (kind == QLatin1String("5xx"))
            fault.kind = SandboxFault::Kind::ServerError;
        else if (kind == QLatin1String("reset"))
            fault.kind = SandboxFault::Kind::Reset;
        else if (kind == QLatin1String("truncate"))
            fault.kind = SandboxFault::Kind::Truncate;
        else
            return invalid();
        const qsizetype expected = fault.kind == SandboxFault::Kind::Latency ? 3 : 2;
        if (parts.size() != expected)
            return invalid();
        bool ok = false;
        fault.probability = parts.at(1).toDouble(&ok);
        if (!ok || fault.probability < 0.0 || fault.probability > 1.0)
            return invalid();
        if (fault.kind == SandboxFault::Kind::Latency) {
            QString duration = parts.at(2);
            if (duration.endsWith(QLatin1String("ms")))
                duration.chop(2);
            fault.latencyMs = duration.toInt(&ok);
            if (!ok || fault.latencyMs < 0 || fault.latencyMs > 60000)
                return invalid();
        }
        faults.append(fault);
    }
    return faults;
}

} // namespace Roomdesk
