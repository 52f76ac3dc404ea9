// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSignalSpy>
#include <qt6keychain/keychain.h>

#include <optional>

namespace Roomdesk::Test {

// Reads an entry straight from the Secret Service, past Roomdesk's own code, to check what
// really got stored. nullopt: no such entry.
inline std::optional<QByteArray> keychainEntry(const QString &key)
{
    QKeychain::ReadPasswordJob read(QStringLiteral("org.roomdesk.Roomdesk"));
    read.setAutoDelete(false);
    read.setKey(key);
    QSignalSpy finished(&read, &QKeychain::Job::finished);
    read.start();
    if (!finished.wait(15000) || read.error() != QKeychain::NoError)
        return std::nullopt;
    return read.binaryData();
}

inline bool keychainTestsEnabled()
{
    return qEnvironmentVariableIntValue("ROOMDESK_KEYCHAIN_TESTS") == 1;
}

} // namespace Roomdesk::Test
