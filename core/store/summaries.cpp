// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/summaries.h"

#include "store/store.h"

namespace ds {

Result<QHash<Id, SourceUse>> sourceUses(Store &store) {
    QHash<Id, SourceUse> uses;
    auto counts = sql::Statement::prepare(
        store.db(), QStringLiteral("SELECT source_id, count(*), sum(orphaned) FROM claims "
                                   "GROUP BY source_id"));
    if (!counts)
        return counts.error();
    while (counts->next()) {
        SourceUse &use = uses[counts->int64(0)];
        use.claims = counts->integer(1);
        use.orphaned = counts->integer(2);
    }
    if (!counts->status())
        return counts->status().error();
    auto texts = sql::Statement::prepare(
        store.db(), QStringLiteral("SELECT id FROM sources WHERE text IS NOT NULL"));
    if (!texts)
        return texts.error();
    while (texts->next())
        uses[texts->int64(0)].hasText = true;
    if (!texts->status())
        return texts->status().error();
    return uses;
}

Result<QStringList> companyNames(Store &store) {
    auto st = sql::Statement::prepare(
        store.db(), QStringLiteral("SELECT name FROM companies ORDER BY name COLLATE NOCASE"));
    if (!st)
        return st.error();
    QStringList names;
    while (st->next())
        names << st->text(0);
    if (!st->status())
        return st->status().error();
    return names;
}

Result<int64_t> flowCountOfCompany(Store &store, Id company) {
    auto st = sql::Statement::prepare(
        store.db(), QStringLiteral("SELECT (SELECT count(*) FROM flows WHERE payer_id = ?1) + "
                                   "(SELECT count(*) FROM flows WHERE payee_id = ?1)"));
    if (!st)
        return st.error();
    st->bind(1, company);
    if (!st->next())
        return st->status() ? Result<int64_t>(int64_t(0)) : Result<int64_t>(st->status().error());
    return st->int64(0);
}

QString flowLabel(Store &store, Id flow) {
    auto f = store.flow(flow);
    auto payer = f ? store.company(f->payerId) : Result<Company>(f.error());
    auto payee = f ? store.company(f->payeeId) : Result<Company>(f.error());
    return payer && payee ? flowLabel(payer->name, payee->name) : QString();
}

} // namespace ds
