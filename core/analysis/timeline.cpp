// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timeline.h"

#include "analysis/figures.h"
#include "analysis/sources.h"
#include "store/store.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace ds::analysis {

double markerDiameter(int64_t usd) {
    if (usd <= 0)
        return 7;
    const double billions = double(usd) / 1e9;
    return std::clamp(10.0 + 6.5 * std::log10(std::max(billions, 0.01)), 6.0, 40.0);
}

double toAxisTime(const PartialDate &date) {
    const QDate day = date.midDay();
    return double(QDateTime(day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
}

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

Result<int64_t> countTimeline(Store &store, const TimelineFilter &filter) {
    // Join the deals only for a status filter: counting a million flows through the join
    // costs seconds, from the date index alone a fraction of one.
    const QString from = filter.statuses.empty()
                             ? QStringLiteral("flows f")
                             : QStringLiteral("flows f JOIN deals d ON d.id = f.deal_id");
    return store.db().queryInt(
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, timelineWhere(filter)));
}

Result<std::vector<TimelinePoint>> loadTimeline(Store &store, const TimelineFilter &filter) {
    auto sources = SourceIndex::load(store);
    if (!sources)
        return sources.error();
    auto st = sql::Statement::prepare(
        store.db(),
        QStringLiteral("SELECT f.id, f.deal_id, f.date, f.kind, d.status, f.payer_id, "
                       "f.payee_id, p.name, q.name, d.title FROM flows f JOIN deals d ON d.id = "
                       "f.deal_id JOIN companies p ON p.id = f.payer_id JOIN companies q ON q.id "
                       "= f.payee_id WHERE %1 ORDER BY f.date_sort, f.id")
            .arg(timelineWhere(filter)));
    if (!st)
        return st.error();
    std::vector<TimelinePoint> points;
    while (st->next()) {
        TimelinePoint p;
        p.flowId = st->int64(0);
        p.dealId = st->int64(1);
        p.date = PartialDate::parse(st->text(2)).value_or(PartialDate());
        p.kind = fromToken<FlowKind>(st->latin1(3)).value_or(FlowKind::Equity);
        p.status = fromToken<DealStatus>(st->latin1(4)).value_or(DealStatus::Announced);
        p.payerId = st->int64(5);
        p.payeeId = st->int64(6);
        p.payer = st->text(7);
        p.payee = st->text(8);
        p.deal = st->text(9);
        points.push_back(std::move(p));
    }
    if (!st->status())
        return st->status().error();
    for (TimelinePoint &p : points) {
        auto claims = store.claimsOfFlow(p.flowId);
        if (!claims)
            return claims.error();
        Flow flow;
        flow.id = p.flowId;
        flow.payerId = p.payerId;
        flow.payeeId = p.payeeId;
        flow.date = p.date;
        const Figure figure = deriveFlowFigure(flow, *claims, *sources, {}, Detail::Summary);
        p.figure = figure.value;
        p.disputed = figure.disputed;
        p.sources = figure.sources;
    }
    return points;
}

} // namespace ds::analysis
