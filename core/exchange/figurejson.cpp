// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/figurejson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ds::json {

using namespace analysis;

namespace {

QJsonValue moneyJson(const std::optional<Money> &m) {
    if (!m)
        return QJsonValue();
    QJsonObject o;
    o[QStringLiteral("value_usd_min")] = qint64(m->minUsd);
    o[QStringLiteral("value_usd_max")] = m->maxUsd ? QJsonValue(qint64(*m->maxUsd)) : QJsonValue();
    o[QStringLiteral("qualifier")] = qualifierToken(m->qualifier);
    o[QStringLiteral("text")] = m->format();
    return o;
}

QJsonValue nameOrNull(const FigureSet &set, const std::optional<Id> &id) {
    return id ? QJsonValue(set.companyName(*id)) : QJsonValue();
}

QString subjectToken(Figure::Subject s) {
    switch (s) {
    case Figure::Subject::Flow:
        return QStringLiteral("flow");
    case Figure::Subject::DealTotal:
        return QStringLiteral("deal_total");
    case Figure::Subject::Company:
        return QStringLiteral("company");
    }
    return {};
}

} // namespace

QJsonObject figureToJson(const FigureRecord &r, const FigureSet &set, const QString &dealTitle) {
    const Figure &f = r.figure;
    QJsonObject o;
    o[QStringLiteral("subject")] = subjectToken(f.subject);
    o[QStringLiteral("attribute")] = token(f.attribute);
    if (r.flow) {
        o[QStringLiteral("flow_id")] = qint64(r.flow->id);
        o[QStringLiteral("deal_id")] = qint64(r.flow->dealId);
        o[QStringLiteral("payer")] = set.companyName(r.flow->payerId);
        o[QStringLiteral("payee")] = set.companyName(r.flow->payeeId);
        o[QStringLiteral("kind")] = token(r.flow->kind);
        o[QStringLiteral("date")] =
            r.flow->date.isNull() ? QJsonValue() : QJsonValue(r.flow->date.toString());
    }
    if (f.subject == Figure::Subject::DealTotal)
        o[QStringLiteral("deal_id")] = qint64(f.subjectId);
    if (!dealTitle.isEmpty())
        o[QStringLiteral("deal")] = dealTitle;
    if (f.subject == Figure::Subject::Company) {
        o[QStringLiteral("company")] = set.companyName(f.subjectId);
        o[QStringLiteral("counterparty")] = nameOrNull(set, f.counterpartyId);
    }
    o[QStringLiteral("figure")] = moneyJson(f.value);
    o[QStringLiteral("disputed")] = f.disputed;
    QJsonArray disagreements;
    for (Disagreement d : f.disagreements)
        disagreements.append(token(d));
    o[QStringLiteral("disagreements")] = disagreements;
    o[QStringLiteral("explanation")] = f.explanation;
    o[QStringLiteral("sources")] = f.sources;
    o[QStringLiteral("independent_sources")] = f.independentSources;

    QJsonArray claims;
    for (const ClaimAssessment &a : f.claims) {
        const Claim &c = a.claim;
        QJsonObject co;
        co[QStringLiteral("id")] = qint64(c.id);
        const Source *s = set.sources().find(c.sourceId);
        co[QStringLiteral("source")] = s ? s->key : QString();
        co[QStringLiteral("source_label")] = a.source;
        co[QStringLiteral("attribute")] = token(c.attribute);
        co[QStringLiteral("stated")] = c.money ? QJsonValue(c.money->stated) : QJsonValue();
        co[QStringLiteral("value")] = moneyJson(c.money);
        co[QStringLiteral("stated_payer")] = nameOrNull(set, c.statedPayerId);
        co[QStringLiteral("stated_payee")] = nameOrNull(set, c.statedPayeeId);
        co[QStringLiteral("stated_status")] =
            c.statedStatus ? QJsonValue(token(*c.statedStatus)) : QJsonValue();
        co[QStringLiteral("date")] = c.date.isNull() ? QJsonValue() : QJsonValue(c.date.toString());
        co[QStringLiteral("stance")] = token(c.stance);
        co[QStringLiteral("rank")] = token(c.rank);
        co[QStringLiteral("verdict")] = token(a.verdict);
        QJsonArray conflicts;
        for (Disagreement d : a.conflicts)
            conflicts.append(token(d));
        co[QStringLiteral("conflicts")] = conflicts;
        co[QStringLiteral("quote")] =
            c.quote.exact.isEmpty() ? QJsonValue() : QJsonValue(c.quote.exact);
        co[QStringLiteral("start")] = c.quote.start ? QJsonValue(*c.quote.start) : QJsonValue();
        co[QStringLiteral("end")] = c.quote.end ? QJsonValue(*c.quote.end) : QJsonValue();
        co[QStringLiteral("orphaned")] = c.orphaned;
        claims.append(co);
    }
    o[QStringLiteral("claims")] = claims;

    if (!r.reconciliations.empty()) {
        QJsonArray recs;
        for (const Reconciliation &rec : r.reconciliations) {
            QJsonObject ro;
            ro[QStringLiteral("claim_id")] = qint64(rec.claimId);
            ro[QStringLiteral("total_usd")] = qint64(rec.totalUsd);
            ro[QStringLiteral("matched")] = rec.matched;
            ro[QStringLiteral("text")] = rec.text;
            QJsonArray parts;
            for (const ReconciliationPart &p : rec.parts) {
                QJsonObject po;
                po[QStringLiteral("flow_id")] = qint64(p.flowId);
                po[QStringLiteral("flow")] = p.label;
                po[QStringLiteral("value_usd")] = qint64(p.usd);
                parts.append(po);
            }
            ro[QStringLiteral("parts")] = parts;
            recs.append(ro);
        }
        o[QStringLiteral("reconciliation")] = recs;
    }
    return o;
}

QString figureToText(const FigureRecord &r, const FigureSet &set, const QString &dealTitle) {
    const Figure &f = r.figure;
    QString head;
    if (r.flow)
        head = QStringLiteral("%1 · %2").arg(set.flowLabel(*r.flow), displayName(r.flow->kind));
    else if (f.subject == Figure::Subject::DealTotal)
        head = QCoreApplication::translate("ds::json", "Headline total");
    else
        head = f.counterpartyId ? QStringLiteral("%1 · %2 · %3")
                                      .arg(set.companyName(f.subjectId), displayName(f.attribute),
                                           set.companyName(*f.counterpartyId))
                                : QStringLiteral("%1 · %2").arg(set.companyName(f.subjectId),
                                                                displayName(f.attribute));
    if (!dealTitle.isEmpty())
        head += QStringLiteral(" · %1").arg(dealTitle);
    QStringList disagreements;
    for (Disagreement d : f.disagreements)
        disagreements << displayName(d);
    QString text = head + QLatin1Char('\n');
    text += QStringLiteral("  %1 %2\n")
                .arg(formatFigureValue(f),
                     f.disputed ? QCoreApplication::translate("ds::json", "DISPUTED (%1)")
                                      .arg(disagreements.join(QStringLiteral(", ")))
                                : QString());
    text += QStringLiteral("  %1\n").arg(f.explanation);
    for (const ClaimAssessment &a : f.claims) {
        QStringList conflicts;
        for (Disagreement d : a.conflicts)
            conflicts << displayName(d);
        text += QStringLiteral("  - %1 — %2 — %3%4: “%5”\n")
                    .arg(a.claim.money ? a.claim.money->stated : displayName(a.claim.attribute),
                         a.source, displayName(a.verdict),
                         conflicts.isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(conflicts.join(QStringLiteral(", "))),
                         a.claim.quote.exact);
    }
    for (const Reconciliation &rec : r.reconciliations)
        text += QStringLiteral("  ⇒ %1\n").arg(rec.text);
    return text;
}

} // namespace ds::json
