// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancepeople.h"

#include <QHash>

#include <unordered_map>
#include <unordered_set>

namespace Roomdesk {

namespace {

// A key for matching e-mails and names without regard to case: the text without the spaces
// and tabs around it, case-folded.
QString keyOf(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return QString::fromUtf8(text.data(), qsizetype(text.size())).toCaseFolded();
}

constexpr int nobody = -1;

// The person of each counted row with an id or an e-mail: by id, then by e-mail. An e-mail
// that some row goes by alone belongs to the first row with an id that gives it. A person is
// known here by the row that made them: their first row with an id, or else with an e-mail.
void identifyByIdAndEmail(const std::vector<ParticipantRecord> &records, const std::vector<char> &counted,
                          const std::vector<QString> &emailKeys, std::vector<int> &personOf)
{
    QHash<QString, int> byEmail; // the e-mails rows go by alone, and whose they are
    for (size_t i = 0; i < records.size(); ++i) {
        if (counted[i] && records[i].userId.empty() && !emailKeys[i].isEmpty())
            byEmail.insert(emailKeys[i], nobody);
    }
    std::unordered_map<std::string, int> byId;
    for (size_t i = 0; i < records.size(); ++i) {
        if (!counted[i] || records[i].userId.empty())
            continue;
        personOf[i] = byId.try_emplace(records[i].userId, int(i)).first->second;
        if (const auto owner = byEmail.find(emailKeys[i]); owner != byEmail.end() && *owner == nobody)
            *owner = personOf[i];
    }
    for (size_t i = 0; i < records.size(); ++i) {
        if (!counted[i] || !records[i].userId.empty() || emailKeys[i].isEmpty())
            continue;
        int &owner = byEmail[emailKeys[i]];
        if (owner == nobody)
            owner = int(i);
        personOf[i] = owner;
    }
}

// The person of each counted row that goes by its name alone: the one person already known
// by that name, else (nobody or several) the person the name makes, known by its first row.
void identifyByName(const std::vector<ParticipantRecord> &records, const std::vector<char> &counted,
                    std::vector<int> &personOf)
{
    std::vector<size_t> loneRows;
    for (size_t i = 0; i < records.size(); ++i) {
        if (counted[i] && personOf[i] < 0)
            loneRows.push_back(i);
    }
    if (loneRows.empty())
        return;
    // Who else is known by the names these rows go by: one person, several (-1) or noOne.
    constexpr int noOne = -2;
    QHash<QString, int> known;
    std::vector<QString> loneKeys;
    loneKeys.reserve(loneRows.size());
    for (const size_t i : loneRows) {
        loneKeys.push_back(keyOf(records[i].name));
        if (!loneKeys.back().isEmpty())
            known.insert(loneKeys.back(), noOne);
    }
    for (size_t i = 0; i < records.size(); ++i) {
        if (personOf[i] < 0 || records[i].name.empty())
            continue;
        if (const auto person = known.find(keyOf(records[i].name)); person != known.end())
            *person = *person == noOne || *person == personOf[i] ? personOf[i] : -1;
    }
    QHash<QString, int> byName;
    for (size_t k = 0; k < loneRows.size(); ++k) {
        const size_t i = loneRows[k];
        if (loneKeys[k].isEmpty()) { // nothing to recognise them by: a person of their own
            personOf[i] = int(i);
            continue;
        }
        if (const int person = known.value(loneKeys[k]); person >= 0) {
            personOf[i] = person;
            continue;
        }
        auto made = byName.find(loneKeys[k]);
        if (made == byName.end())
            made = byName.insert(loneKeys[k], int(i));
        personOf[i] = *made;
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
    std::vector<QString> emailKeys(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        if (!records[i].email.empty())
            emailKeys[i] = keyOf(records[i].email);
    }
    // The host: by e-mail, and by the ids given and those of the rows with the host's e-mail.
    const QString hostEmail = keyOf(host.email.trimmed().toStdString());
    const auto isHostEmail = [&hostEmail](const QString &key) { return !hostEmail.isEmpty() && key == hostEmail; };
    std::unordered_set<std::string> hostIds;
    for (const QString &id : host.ids) {
        if (!id.trimmed().isEmpty())
            hostIds.insert(id.trimmed().toStdString());
    }
    for (size_t i = 0; i < records.size(); ++i) {
        if (isHostEmail(emailKeys[i]) && !records[i].userId.empty())
            hostIds.insert(records[i].userId);
    }
    std::vector<char> counted(records.size(), 0);
    for (size_t i = 0; i < records.size(); ++i) {
        if (records[i].waitingRoom)
            ++people.waitingRoomRows;
        else if (isHostEmail(emailKeys[i]) || (!records[i].userId.empty() && hostIds.count(records[i].userId)))
            ++people.hostRows;
        else
            counted[i] = 1;
    }

    people.personOf.assign(records.size(), -1);
    identifyByIdAndEmail(records, counted, emailKeys, people.personOf);
    identifyByName(records, counted, people.personOf);
    people.count = numberPeople(people.personOf);
    return people;
}

} // namespace Roomdesk
