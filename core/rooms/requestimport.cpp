// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestimport.h"

#include "csv/csvreader.h"
#include "requestform.h"
#include "wallclock.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace Roomdesk {

namespace {

const QStringList &knownColumns()
{
    // The first four are required.
    static const QStringList known = {
        QStringLiteral("title"),   QStringLiteral("start"),     QStringLiteral("tz"),       QStringLiteral("duration"),
        QStringLiteral("webinar"), QStringLiteral("admission"), QStringLiteral("organizer")};
    return known;
}

} // namespace

QString RequestImport::Problem::text() const
{
    return tr("line %1: %2").arg(line).arg(message);
}

int RequestImport::Outcome::allocated() const
{
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [](const RoomRequest &r) { return r.status == RoomRequest::Status::Allocated; }));
}

int RequestImport::Outcome::pending() const
{
    return int(requests.size()) - allocated();
}

QString RequestImport::Outcome::summary() const
{
    return tr("%n request(s) imported", nullptr, int(requests.size())) + QStringLiteral(": ") +
        tr("%n allocated", nullptr, allocated()) + QStringLiteral(", ") + tr("%n pending", nullptr, pending()) +
        QLatin1Char('.');
}

Result<RequestImport::Rows> RequestImport::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("import.read"), tr("“%1” cannot be read: %2").arg(path, file.errorString())};
    return parse(file.readAll(), path);
}

Result<RequestImport::Rows> RequestImport::parse(const QByteArray &bytes, const QString &path)
{
    auto rows = CsvReader::parse(bytes);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error {QStringLiteral("import.empty"), tr("“%1” has no header line.").arg(path)};
    QHash<QString, qsizetype> column;
    const QStringList header = rows.value().constFirst().fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!knownColumns().contains(name))
            return Error {QStringLiteral("import.header"),
                          tr("Unknown column “%1”; the columns are title, start, tz, duration and, "
                             "optionally, webinar, admission and organizer.")
                              .arg(header.at(i))};
        column.insert(name, i);
    }
    for (const QString &needed : knownColumns().mid(0, 4)) {
        if (!column.contains(needed))
            return Error {QStringLiteral("import.header"), tr("The column “%1” is missing.").arg(needed)};
    }
    const auto cell = [&column](const CsvReader::Row &row, const QString &name) {
        return column.contains(name) ? row.fields.value(column.value(name)).trimmed() : QString();
    };
    Rows checked;
    for (const CsvReader::Row &row : rows.value().mid(1)) {
        const auto problem = [&](const QString &message) { checked.problems.append({row.line, message}); };
        RequestForm form;
        form.title = cell(row, QStringLiteral("title"));
        form.localStart = cell(row, QStringLiteral("start"));
        form.timeZone = cell(row, QStringLiteral("tz"));
        // One problem a row, in this order: the start in its zone, the columns a form has no
        // field for, then the form's own rules.
        if (auto start = WallClock::toUtc(form.localStart, form.timeZone); !start) {
            problem(start.error().message);
            continue;
        }
        bool ok = false;
        form.durationMinutes = cell(row, QStringLiteral("duration")).toInt(&ok);
        if (!ok) {
            problem(tr("the duration “%1” is not whole minutes.").arg(cell(row, QStringLiteral("duration"))));
            continue;
        }
        const QString webinar = cell(row, QStringLiteral("webinar")).toLower();
        if (!QStringList {QString(), QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("true"),
                          QStringLiteral("false"), QStringLiteral("1"), QStringLiteral("0")}
                 .contains(webinar)) {
            problem(tr("webinar is yes or no, not “%1”.").arg(webinar));
            continue;
        }
        form.webinar =
            webinar == QLatin1String("yes") || webinar == QLatin1String("true") || webinar == QLatin1String("1");
        const QString admission = cell(row, QStringLiteral("admission")).toLower();
        if (!QStringList {QString(), QStringLiteral("waiting-room"), QStringLiteral("auto-admit")}.contains(
                admission)) {
            problem(tr("admission is waiting-room or auto-admit, not “%1”.").arg(admission));
            continue;
        }
        form.waitingRoom = admission != QLatin1String("auto-admit");
        form.organizer = cell(row, QStringLiteral("organizer"));
        auto spec = form.toSpec();
        if (!spec) {
            problem(spec.error().message);
            continue;
        }
        checked.specs.append(spec.value());
    }
    return checked;
}

Error RequestImport::refusal(const QList<Problem> &problems)
{
    return {QStringLiteral("import.invalid"),
            tr("%n row(s) to fix; nothing was imported.", nullptr, static_cast<int>(problems.size()))};
}

Result<RequestImport::Outcome> RequestImport::book(const Database &database, const QList<RoomRequestSpec> &specs,
                                                   const QDateTime &nowUtc)
{
    // One transaction: the whole file is booked, or nothing when the database refuses.
    auto made = Allocator(database).requestAll(specs, nowUtc);
    if (!made)
        return made.error();
    Outcome outcome;
    outcome.requests = made.value();
    return outcome;
}

Result<RequestImport::Outcome> RequestImport::importFile(const Database &database, const QString &path,
                                                         const QDateTime &nowUtc)
{
    auto rows = read(path);
    if (!rows)
        return rows.error();
    if (!rows.value().problems.isEmpty())
        return Outcome {rows.value().problems, {}};
    return book(database, rows.value().specs, nowUtc);
}

} // namespace Roomdesk
