// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Roomdesk {

struct ScopeInfo final
{
    QString name;
    bool required = false;
    QString purpose; // translated: what Roomdesk uses it for, or the feature it unlocks
};

// The 24 granular scopes administrators add to the Server-to-Server OAuth app (the Escal8
// procedure, in its order) and the optional extras that unlock further features.
class ScopeCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ScopeCatalog)

public:
    static const QStringList &requiredScopes();
    static const QStringList &optionalScopes();
    static QList<ScopeInfo> all();
    static QString purpose(const QString &scope);
    static bool isRequired(const QString &scope) { return requiredScopes().contains(scope); }
};

} // namespace Roomdesk
