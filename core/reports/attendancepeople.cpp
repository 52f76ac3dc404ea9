#include "attendancepeople.h"

#include "keyfolder.h"
#include "keytable.h"
#include "prefetch.h"
#include "twohalves.h"

#include <algorithm>
#include <bit>

namespace Roomdesk {

namespace {

using CaselessTable = KeyTable<true>;
using ExactTable = KeyTable<false>;
constexpr size_t ahead = prefetchAhead;

// What every row's keys come to, worked out in one pass over the rows.
struct RowKeys
{
    static constexpr int noName = -2; // in nameEnds: the row has no name

    std::vector<std::string_view> emailKeys; // empty without an e-mail
    std::vector<quint64> emailHashes;
    std::vector<quint64> idHashes;
    std::vector<int> nameEnds; // KeyFolder::quickEnds() of the name, or noName
};

RowKeys rowKeys(const std::vector<ParticipantRecord> &records, KeyFolder (&folders)[2])
{
    RowKeys keys;
    keys.emailKeys.resize(records.size());
    keys.emailHashes.resize(records.size());
    keys.idHashes.resize(records.size());
    keys.nameEnds.resize(records.size());
    inTwoHalves(records.size(), [&](size_t from, size_t to, int half) {
        for (size_t i = from; i < to; ++i) {
            if (i + 2 * ahead < to) {
                prefetchText(records[i + 2 * ahead].userId);
                prefetchText(records[i + 2 * ahead].name);
                prefetchText(records[i + 2 * ahead].email);
            }
            const ParticipantRecord &r = records[i];
            const std::string_view name = KeyFolder::trimmed(r.name);
            keys.nameEnds[i] = name.empty() ? RowKeys::noName : KeyFolder::quickEnds(name);
            if (!r.userId.empty())
                keys.idHashes[i] = ExactTable::hash(r.userId);
            if (!r.email.empty()) {
                keys.emailKeys[i] = folders[half].key(r.email);
                keys.emailHashes[i] = CaselessTable::hash(keys.emailKeys[i]);
            }
        }
    });
    return keys;
}

// The person of each counted row with an id or an e-mail: by id (tying e-mails to it), then
// by e-mail. A person is known here by the row that made them: their first row with an id,
// or else their first row with an e-mail.
void identifyByIdAndEmail(const std::vector<ParticipantRecord> &records, const std::vector<char> &counted,
                          const RowKeys &keys, std::vector<int> &personOf)
{
    std::vector<int> idRows; // counted rows with an id
    std::vector<int> emailRows; // counted rows with an e-mail but no id
    for (size_t i = 0; i < records.size(); ++i) {
        if (counted[i] && !records[i].userId.empty())
            idRows.push_back(int(i));
        else if (counted[i] && !keys.emailKeys[i].empty())
            emailRows.push_back(int(i));
    }

    // An e-mail tied to an id matters only when some row goes by that e-mail alone, so only
    // those e-mails are kept (unowned until a row claims them), and a bitmap of their hashes
    // spares most rows with an id the lookup.
    constexpr int unowned = -1;
    CaselessTable byEmail(emailRows.size() / 2);
    const size_t filterBits = std::max<size_t>(size_t(1) << 16, std::bit_ceil(emailRows.size() * 16));
    std::vector<bool> emailFilter(filterBits);
    const auto filterBit = [filterBits](quint64 hashed) { return size_t(hashed >> 24) & (filterBits - 1); };
    const auto prefetchEmailRow = [&](size_t k) {
        if (k + 2 * ahead < emailRows.size())
            byEmail.prefetchSlot(keys.emailHashes[size_t(emailRows[k + 2 * ahead])]);
        if (k + ahead < emailRows.size()) {
            byEmail.prefetchKey(keys.emailHashes[size_t(emailRows[k + ahead])]);
            prefetchText(keys.emailKeys[size_t(emailRows[k + ahead])]);
        }
    };
    for (size_t k = 0; k < emailRows.size(); ++k) {
        prefetchEmailRow(k);
        const auto i = size_t(emailRows[k]);
        byEmail.tryEmplace(keys.emailKeys[i], keys.emailHashes[i], unowned);
        emailFilter[filterBit(keys.emailHashes[i])] = true;
    }

    // Ids in two parts by their hash's top bit, each in its own table on its own thread. The
    // e-mails a part's rows would claim are noted and claimed afterwards in row order: the
    // first row with an id and that e-mail owns it.
    struct Claim
    {
        int row;
        int *owner; // in byEmail, which no longer changes
    };
    std::vector<Claim> claims[2];
    inTwoParts(idRows.size() >= twoThreadsFrom, [&](int part) {
        ExactTable byId(idRows.size() / 8);
        const auto inPart = [&](size_t k) { return int(keys.idHashes[size_t(idRows[k])] >> 63) == part; };
        for (size_t k = 0; k < idRows.size(); ++k) {
            if (k + ahead < idRows.size() && inPart(k + ahead)) // Zoom's ids are short enough to be kept in slots
                byId.prefetchSlot(keys.idHashes[size_t(idRows[k + ahead])]);
            if (!inPart(k))
                continue;
            const auto i = size_t(idRows[k]);
            personOf[i] = byId.tryEmplace(records[i].userId, keys.idHashes[i], int(i)).value;
            if (!keys.emailKeys[i].empty() && emailFilter[filterBit(keys.emailHashes[i])]) {
                if (int *owner = byEmail.find(keys.emailKeys[i], keys.emailHashes[i]))
                    claims[part].push_back({int(i), owner});
            }
        }
    });
    std::vector<Claim> inOrder(claims[0].size() + claims[1].size());
    std::merge(claims[0].begin(), claims[0].end(), claims[1].begin(), claims[1].end(), inOrder.begin(),
               [](const Claim &a, const Claim &b) { return a.row < b.row; });
    for (const Claim &claim : inOrder) {
        if (*claim.owner == unowned)
            *claim.owner = personOf[size_t(claim.row)];
    }

    for (size_t k = 0; k < emailRows.size(); ++k) {
        prefetchEmailRow(k);
        const auto i = size_t(emailRows[k]);
        int &owner = *byEmail.find(keys.emailKeys[i], keys.emailHashes[i]);
        if (owner == unowned)
            owner = int(i);
        personOf[i] = owner;
    }
}

// The person of each counted row that goes by its name alone: the one person already known
// by that name, else (nobody or several) the person the name makes, known by its first row.
void identifyByName(const std::vector<ParticipantRecord> &records, const std::vector<char> &counted,
                    const RowKeys &keys, KeyFolder (&folders)[2], std::vector<int> &personOf)
{
    KeyFolder &folder = folders[0];
    std::vector<size_t> loneRows;
    for (size_t i = 0; i < records.size(); ++i) {
        if (counted[i] && personOf[i] < 0)
            loneRows.push_back(i);
    }
    if (loneRows.empty())
        return;

    // Only the names that rows go by alone matter, so those are gathered first (each numbered),
    // with the first and last bytes of each, which settle most other rows at a glance.
    std::vector<std::string_view> loneKeys(loneRows.size());
    std::vector<quint64> loneHashes(loneRows.size());
    CaselessTable byKnownName;
    int names = 0;
    std::vector<bool> loneEnds(size_t(1) << 16);
    for (size_t k = 0; k < loneRows.size(); ++k) {
        if (k + 2 * ahead < loneRows.size())
            prefetchText(records[loneRows[k + 2 * ahead]].name);
        loneKeys[k] = folder.key(records[loneRows[k]].name);
        if (!loneKeys[k].empty()) {
            loneHashes[k] = CaselessTable::hash(loneKeys[k]);
            names += byKnownName.tryEmplace(loneKeys[k], loneHashes[k], names).added;
            loneEnds[size_t(KeyFolder::endsOf(loneKeys[k]))] = true;
        }
    }
    // Who is known by each of those names, found in two halves of the rows: the person, noOne,
    // or several (-1).
    constexpr int noOne = -2;
    const auto together = [](int a, int b) { return a == noOne ? b : (b == noOne || a == b ? a : -1); };
    std::vector<int> known[2];
    inTwoHalves(records.size(), [&](size_t from, size_t to, int half) {
        known[half].assign(size_t(names), noOne);
        for (size_t i = from; i < to; ++i) {
            const int ends = keys.nameEnds[i];
            if (personOf[i] < 0 || ends == RowKeys::noName || (ends >= 0 && !loneEnds[size_t(ends)]))
                continue;
            if (const int *name = byKnownName.find(folders[half].transientKey(records[i].name))) {
                int &person = known[half][size_t(*name)];
                person = together(person, personOf[i]);
            }
        }
    });
    for (size_t name = 0; !known[1].empty() && name < size_t(names); ++name)
        known[0][name] = together(known[0][name], known[1][name]);

    CaselessTable byName;
    for (size_t k = 0; k < loneRows.size(); ++k) {
        if (k + ahead < loneRows.size())
            prefetchText(loneKeys[k + ahead]);
        const size_t i = loneRows[k];
        if (loneKeys[k].empty()) { // nothing to recognise them by: a person of their own
            personOf[i] = int(i);
            continue;
        }
        if (const int person = known[0][size_t(*byKnownName.find(loneKeys[k], loneHashes[k]))]; person >= 0) {
            personOf[i] = person;
            continue;
        }
        personOf[i] = byName.tryEmplace(loneKeys[k], loneHashes[k], int(i)).value;
    }
}

// People renumbered from 0 in the order of the rows that made them. Returns how many there are.
int numberPeople(std::vector<int> &personOf)
{
    std::vector<int> number(personOf.size());
    int people = 0;
    for (size_t i = 0; i < personOf.size(); ++i) {
        if (personOf[i] == int(i))
            number[i] = people++;
    }
    for (int &person : personOf) {
        if (person >= 0)
            person = number[size_t(person)];
    }
    return people;
}

} // namespace

AttendancePeople AttendancePeople::identify(const std::vector<ParticipantRecord> &records, const ReportHost &host)
{
    AttendancePeople people;
    KeyFolder folders[2]; // one for each half of the rows
    KeyFolder &folder = folders[0];
    std::vector<std::string> hostIds;
    for (const QString &id : host.ids) {
        if (!id.trimmed().isEmpty())
            hostIds.push_back(id.trimmed().toStdString());
    }
    const std::string hostEmailText = host.email.trimmed().toStdString();
    const std::string_view hostEmail = hostEmailText.empty() ? std::string_view() : folder.key(hostEmailText);
    const auto isHostEmail = [hostEmail](std::string_view key) {
        return !hostEmail.empty() && !key.empty() && CaselessTable::same(key, hostEmail);
    };

    // Each row's keys, once; the host's rows tell the host's ids.
    const RowKeys keys = rowKeys(records, folders);
    for (size_t i = 0; i < records.size(); ++i) {
        const std::string_view id = records[i].userId;
        if (isHostEmail(keys.emailKeys[i]) && !id.empty() &&
            std::find(hostIds.begin(), hostIds.end(), id) == hostIds.end())
            hostIds.emplace_back(id);
    }
    std::vector<quint64> hostIdHashes;
    hostIdHashes.reserve(hostIds.size());
    for (const std::string &id : hostIds)
        hostIdHashes.push_back(ExactTable::hash(id));
    const auto isHostId = [&](size_t i) {
        for (size_t h = 0; h < hostIds.size(); ++h) {
            if (hostIdHashes[h] == keys.idHashes[i] && hostIds[h] == records[i].userId)
                return true;
        }
        return false;
    };
    std::vector<char> counted(records.size(), 0);
    for (size_t i = 0; i < records.size(); ++i) {
        if (records[i].waitingRoom)
            ++people.waitingRoomRows;
        else if (isHostEmail(keys.emailKeys[i]) || (!records[i].userId.empty() && isHostId(i)))
            ++people.hostRows;
        else
            counted[i] = 1;
    }

    people.personOf.assign(records.size(), -1);
    identifyByIdAndEmail(records, counted, keys, people.personOf);
    identifyByName(records, counted, keys, folders, people.personOf);
    people.count = numberPeople(people.personOf);
    return people;
}

} // namespace Roomdesk
