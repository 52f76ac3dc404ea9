#include "migrations.h"

#include "appinfo.h"
#include "sqlstatement.h"

#include <QUuid>

namespace Roomdesk {

namespace {

Result<void> execAll(const QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    for (const char *sql : statements) {
        if (auto result = SqlStatement(db, QString::fromLatin1(sql)).exec(); !result)
            return result;
    }
    return {};
}

Result<void> createFoundation(const QSqlDatabase &db)
{
    if (auto result = execAll(db,
                              {
                                  "CREATE TABLE schema_version ("
                                  " version INTEGER PRIMARY KEY,"
                                  " name TEXT NOT NULL,"
                                  " applied_at TEXT NOT NULL)",
                                  "CREATE TABLE app_meta ("
                                  " key TEXT PRIMARY KEY,"
                                  " value TEXT NOT NULL)",
                              });
        !result)
        return result;

    SqlStatement insert(db, QStringLiteral("INSERT INTO app_meta (key, value) VALUES (:key, :value)"));
    insert.bind(QStringLiteral(":key"), QStringLiteral("database_id"))
        .bind(QStringLiteral(":value"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto result = insert.exec(); !result)
        return result;
    insert.bind(QStringLiteral(":key"), QStringLiteral("created_with"))
        .bind(QStringLiteral(":value"), QString::fromLatin1(AppInfo::version));
    return insert.exec();
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, "foundation", &createFoundation},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace Roomdesk
