// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/proposaljson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace ds::exchange {

namespace {

QJsonValue orNull(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject proposalToJson(const ingest::Proposal &p, const QString &text) {
    QJsonObject o;
    o.insert(QStringLiteral("attribute"), token(p.attribute));
    o.insert(QStringLiteral("amount_text"), text.mid(p.figure.start, p.figure.length()));
    o.insert(QStringLiteral("start"), p.figure.start);
    o.insert(QStringLiteral("end"), p.figure.end);
    if (p.money) {
        o.insert(QStringLiteral("value_usd_min"), double(p.money->minUsd));
        o.insert(QStringLiteral("value_usd_max"),
                 p.money->maxUsd ? QJsonValue(double(*p.money->maxUsd)) : QJsonValue());
        o.insert(QStringLiteral("qualifier"), qualifierToken(p.money->qualifier));
        o.insert(QStringLiteral("currency"), p.money->currency);
    } else {
        o.insert(QStringLiteral("value_usd_min"), QJsonValue());
        o.insert(QStringLiteral("value_usd_max"), QJsonValue());
        o.insert(QStringLiteral("qualifier"), QJsonValue());
        o.insert(QStringLiteral("currency"), QJsonValue());
    }
    o.insert(QStringLiteral("percent"), p.percent ? QJsonValue(*p.percent) : QJsonValue());
    o.insert(QStringLiteral("share_price"), p.measure == ingest::Measure::SharePrice);
    o.insert(QStringLiteral("measure"), ingest::token(p.measure));
    o.insert(QStringLiteral("vague"), p.vague);
    o.insert(QStringLiteral("confidence"), ingest::token(p.confidence()));
    QJsonArray reasons;
    for (const ingest::Reason r : p.reasons)
        reasons.append(ingest::token(r));
    o.insert(QStringLiteral("reasons"), reasons);
    o.insert(QStringLiteral("payer"), orNull(p.payer.name));
    o.insert(QStringLiteral("payee"), orNull(p.payee.name));
    o.insert(QStringLiteral("payer_is_new"), p.payer.isNew());
    o.insert(QStringLiteral("payee_is_new"), p.payee.isNew());
    o.insert(QStringLiteral("kind"), token(p.kind));
    o.insert(QStringLiteral("status"), token(p.status));
    o.insert(QStringLiteral("status_stated"), p.statusStated);
    o.insert(QStringLiteral("date"), orNull(p.date.toString()));
    o.insert(QStringLiteral("quote"), p.quote.exact);
    o.insert(QStringLiteral("quote_start"), p.quote.start.value_or(0));
    o.insert(QStringLiteral("quote_end"), p.quote.end.value_or(0));
    return o;
}

} // namespace ds::exchange
