// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/timelinequery.h"

#include "store/store.h"

#include <QStringList>

namespace ds {

namespace {

/// The condition for a filter over `flows f JOIN deals d`: tokens and numbers only, so
/// nothing the user typed reaches the SQL text.
QString timelineWhere(const TimelineFilter &filter) {
    QStringList where{QStringLiteral("f.date_sort > 0")};
    if (!filter.from.isNull())
        where << QStringLiteral("f.date_sort >= %1").arg(filter.from.sortKey());
    if (!filter.to.isNull())
        where << QStringLiteral("f.date_sort <= %1")
                     .arg(filter.to.sortKey() + (filter.to.day()     ? 0
                                                 : filter.to.month() ? 99
                                                                     : 9999));
    if (!filter.kinds.empty()) {
        QStringList kinds;
        for (FlowKind k : filter.kinds)
            kinds << QLatin1Char('\'') + token(k) + QLatin1Char('\'');
        where << QStringLiteral("f.kind IN (%1)").arg(kinds.join(QLatin1Char(',')));
    }
    if (!filter.statuses.empty()) {
        QStringList statuses;
        for (DealStatus s : filter.statuses)
            statuses << QLatin1Char('\'') + token(s) + QLatin1Char('\'');
        where << QStringLiteral("d.status IN (%1)").arg(statuses.join(QLatin1Char(',')));
    }
    if (filter.company)
        where << QStringLiteral("(f.payer_id = %1 OR f.payee_id = %1)").arg(*filter.company);
    return where.join(QStringLiteral(" AND "));
}

} // namespace

Result<int64_t> countTimelineFlows(Store &store, const TimelineFilter &filter) {
    // Join the deals only for a status filter: counting a million flows through the join
    // costs seconds, from the date index alone a fraction of one.
    const QString from = filter.statuses.empty()
                             ? QStringLiteral("flows f")
                             : QStringLiteral("flows f JOIN deals d ON d.id = f.deal_id");
    return store.db().queryInt(
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, timelineWhere(filter)));
}

Result<std::vector<TimelineRow>> timelineRows(Store &store, const TimelineFilter &filter) {
    auto st = sql::Statement::prepare(
        store.db(),
        QStringLiteral("SELECT f.id, f.deal_id, f.date, f.kind, d.status, f.payer_id, "
                       "f.payee_id, p.name, q.name, d.title FROM flows f JOIN deals d ON d.id = "
                       "f.deal_id JOIN companies p ON p.id = f.payer_id JOIN companies q ON q.id "
                       "= f.payee_id WHERE %1 ORDER BY f.date_sort, f.id")
            .arg(timelineWhere(filter)));
    if (!st)
        return st.error();
    std::vector<TimelineRow> rows;
    while (st->next()) {
        TimelineRow r;
        r.flowId = st->int64(0);
        r.dealId = st->int64(1);
        r.date = PartialDate::parse(st->text(2)).value_or(PartialDate());
        r.kind = fromToken<FlowKind>(st->latin1(3)).value_or(FlowKind::Equity);
        r.status = fromToken<DealStatus>(st->latin1(4)).value_or(DealStatus::Announced);
        r.payerId = st->int64(5);
        r.payeeId = st->int64(6);
        r.payer = st->text(7);
        r.payee = st->text(8);
        r.deal = st->text(9);
        rows.push_back(std::move(r));
    }
    if (!st->status())
        return st->status().error();
    return rows;
}

Status scanTimelineFlows(Store &store, const TimelineFilter &filter, Id low, Id high,
                         const std::function<void(const TimelineFlowHead &)> &onFlow) {
    // A scan of the flows in table order with the deals joined by key reads a million flows in
    // under half a second; the date index would visit them in date order, page by page at
    // random, and take several seconds. With a company, its two indexes find the few flows.
    const QString scan =
        filter.company ? QStringLiteral("flows f") : QStringLiteral("flows f NOT INDEXED");
    auto st = sql::Statement::prepare(
        store.db(),
        QStringLiteral("SELECT f.date_sort, f.kind, d.status, f.payer_id, f.payee_id FROM %1 "
                       "JOIN deals d ON d.id = f.deal_id WHERE %2 AND f.id BETWEEN %3 AND %4")
            .arg(scan, timelineWhere(filter))
            .arg(low)
            .arg(high));
    if (!st)
        return st.error();
    while (st->next()) {
        TimelineFlowHead head;
        head.dateSort = int(st->int64(0));
        head.kind = fromToken<FlowKind>(st->latin1(1)).value_or(FlowKind::Partnership);
        head.status = fromToken<DealStatus>(st->latin1(2)).value_or(DealStatus::Announced);
        head.payerId = st->int64(3);
        head.payeeId = st->int64(4);
        onFlow(head);
    }
    return st->status();
}

} // namespace ds
