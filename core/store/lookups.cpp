// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/lookups.h"

#include "store/store.h"

namespace ds {

Result<std::vector<CompanyHead>> companyHeads(Store &store) {
    auto st = sql::Statement::prepare(
        store.db(), QStringLiteral("SELECT id, name, kind FROM companies ORDER BY id"));
    if (!st)
        return st.error();
    std::vector<CompanyHead> heads;
    while (st->next())
        heads.push_back({st->int64(0), st->text(1),
                         fromToken<CompanyKind>(st->latin1(2)).value_or(CompanyKind::Other)});
    if (!st->status())
        return st->status().error();
    return heads;
}

Result<QHash<Id, QString>> companyNamesById(Store &store) {
    auto st = sql::Statement::prepare(store.db(), QStringLiteral("SELECT id, name FROM companies"));
    if (!st)
        return st.error();
    QHash<Id, QString> names;
    while (st->next())
        names.insert(st->int64(0), st->text(1));
    if (!st->status())
        return st->status().error();
    return names;
}

Result<std::unordered_map<Id, DealStatus>> dealStatuses(Store &store) {
    auto st = sql::Statement::prepare(store.db(), QStringLiteral("SELECT id, status FROM deals"));
    if (!st)
        return st.error();
    std::unordered_map<Id, DealStatus> statuses;
    while (st->next())
        statuses.emplace(st->int64(0),
                         fromToken<DealStatus>(st->latin1(1)).value_or(DealStatus::Announced));
    if (!st->status())
        return st->status().error();
    return statuses;
}

Result<IdRange> flowIdRange(Store &store) {
    auto st = sql::Statement::prepare(
        store.db(), QStringLiteral("SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM flows"));
    if (!st)
        return st.error();
    if (!st->next())
        return st->status().ok() ? IdRange{} : Result<IdRange>(st->status().error());
    return IdRange{st->int64(0), st->int64(1)};
}

Result<Lookups> Lookups::prepare(Store &store) {
    Lookups l;
    auto name = sql::Statement::prepare(store.db(),
                                        QStringLiteral("SELECT name FROM companies WHERE id = ?"));
    auto deal = sql::Statement::prepare(
        store.db(), QStringLiteral("SELECT status, title FROM deals WHERE id = ?"));
    auto pairStake = sql::Statement::prepare(
        store.db(),
        QStringLiteral("SELECT percent FROM claims WHERE attribute = 'stake' AND percent IS "
                       "NOT NULL AND rank <> 'deprecated' AND ((company_id = ?1 AND "
                       "counterparty_id = ?2) OR (company_id = ?2 AND counterparty_id = ?1)) "
                       "ORDER BY rank = 'preferred' DESC, id"));
    if (!name)
        return name.error();
    if (!deal)
        return deal.error();
    if (!pairStake)
        return pairStake.error();
    l.m_name = std::move(*name);
    l.m_deal = std::move(*deal);
    l.m_pairStake = std::move(*pairStake);
    return l;
}

QString Lookups::companyName(Id company) {
    m_name.reset();
    m_name.bind(1, company);
    return m_name.next() ? m_name.text(0) : QString();
}

std::optional<DealHead> Lookups::deal(Id deal) {
    m_deal.reset();
    m_deal.bind(1, deal);
    if (!m_deal.next())
        return std::nullopt;
    return DealHead{fromToken<DealStatus>(m_deal.latin1(0)).value_or(DealStatus::Announced),
                    m_deal.text(1)};
}

std::optional<double> Lookups::pairStakePercent(Id a, Id b) {
    m_pairStake.reset();
    m_pairStake.bind(1, a);
    m_pairStake.bind(2, b);
    if (!m_pairStake.next())
        return std::nullopt;
    return m_pairStake.real(0);
}

} // namespace ds
