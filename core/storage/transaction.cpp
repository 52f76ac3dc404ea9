// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "sqlstatement.h"

#include <QElapsedTimer>
#include <QThread>

namespace Roomdesk::Transaction {

namespace {
constexpr int kBusyRetryMs = 10000;
}

Result<void> begin(const Database &database)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        SqlStatement statement(database.connection(), QStringLiteral("BEGIN IMMEDIATE"));
        auto began = statement.exec();
        if (began || !isBusyError(statement.query().lastError()) || waited.elapsed() > kBusyRetryMs)
            return began;
        QThread::msleep(5);
    }
}

Result<void> finish(const Database &database, bool commit)
{
    const QString finish = commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK");
    if (auto done = SqlStatement(database.connection(), finish).exec(); !done) {
        (void)SqlStatement(database.connection(), QStringLiteral("ROLLBACK")).exec();
        return done;
    }
    return {};
}

} // namespace Roomdesk::Transaction
