// SPDX-License-Identifier: GPL-3.0-or-later
#include "bufferpolicy.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"

namespace Roomdesk {

Result<BufferPolicy> BufferPolicyStore::load(const Database &database)
{
    SqlStatement select(database.connection(),
                        QStringLiteral("SELECT prep_minutes, courtesy_minutes, post_minutes, lead_minutes, "
                                       "end_warning_minutes, report_deadline_minutes FROM buffer_policy WHERE id = 1"));
    if (auto result = select.exec(); !result)
        return result.error();
    BufferPolicy policy;
    if (!select.next())
        return policy;
    policy.prepMinutes = select.value(0).toInt();
    policy.courtesyMinutes = select.value(1).toInt();
    policy.postMinutes = select.value(2).toInt();
    policy.leadMinutes = select.value(3).toInt();
    policy.endWarningMinutes = select.value(4).toInt();
    policy.reportDeadlineMinutes = select.value(5).toInt();
    return policy;
}

std::optional<QString> BufferPolicyStore::problem(const BufferPolicy &policy)
{
    const QList<std::pair<int, QString>> values = {
        {policy.prepMinutes, tr("preparation")},       {policy.courtesyMinutes, tr("courtesy")},
        {policy.postMinutes, tr("post-processing")},   {policy.leadMinutes, tr("credentials lead time")},
        {policy.endWarningMinutes, tr("end warning")}, {policy.reportDeadlineMinutes, tr("report deadline")},
    };
    for (const auto &[minutes, name] : values) {
        if (minutes < 0 || minutes > BufferPolicy::kMaxMinutes)
            return tr("The %1 must be between 0 and %2 minutes, not %3.")
                .arg(name)
                .arg(BufferPolicy::kMaxMinutes)
                .arg(minutes);
    }
    return std::nullopt;
}

Result<void> BufferPolicyStore::save(const Database &database, const BufferPolicy &policy)
{
    if (auto bad = problem(policy))
        return Error {QStringLiteral("policy.invalid"), *bad};
    SqlStatement upsert(
        database.connection(),
        QStringLiteral("INSERT INTO buffer_policy VALUES (1, :prep, :courtesy, :post, :lead, :warning, "
                       ":deadline) ON CONFLICT (id) DO UPDATE SET prep_minutes = excluded.prep_minutes, "
                       "courtesy_minutes = excluded.courtesy_minutes, post_minutes = "
                       "excluded.post_minutes, lead_minutes = excluded.lead_minutes, "
                       "end_warning_minutes = excluded.end_warning_minutes, report_deadline_minutes = "
                       "excluded.report_deadline_minutes"));
    upsert.bind(QStringLiteral(":prep"), policy.prepMinutes)
        .bind(QStringLiteral(":courtesy"), policy.courtesyMinutes)
        .bind(QStringLiteral(":post"), policy.postMinutes)
        .bind(QStringLiteral(":lead"), policy.leadMinutes)
        .bind(QStringLiteral(":warning"), policy.endWarningMinutes)
        .bind(QStringLiteral(":deadline"), policy.reportDeadlineMinutes);
    return upsert.exec();
}

} // namespace Roomdesk
