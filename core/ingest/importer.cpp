// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/importer.h"

#include "store/store.h"

#include <QCoreApplication>

#include <cstdlib>
#include <set>

namespace ds::ingest {

namespace {

// The translation context of the importer's messages.
struct Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

Result<Id> companyFor(Store &store, const Party &party, QStringList &created) {
    if (party.companyId)
        return *party.companyId;
    auto existing = store.companyIdByName(party.name);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    Company c;
    c.name = party.name.simplified();
    c.kind = CompanyKind::Other;
    auto id = store.addCompany(c);
    if (id)
        created << c.name;
    return id;
}

// The flow a proposal adds to: same payer, payee and kind, and a compatible date; the closest
// in time when several are.
Result<std::optional<Flow>> matchingFlow(Store &store, Id payer, Id payee, FlowKind kind,
                                         const PartialDate &date) {
    auto flows = store.flowsBetween(payer, payee);
    if (!flows)
        return flows.error();
    std::optional<Flow> best;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (const Flow &f : *flows) {
        if (f.kind != kind || !datesCompatible(f.date, date))
            continue;
        const qint64 distance = f.date.isNull() || date.isNull()
                                    ? std::numeric_limits<qint64>::max() - 1
                                    : std::llabs(f.date.midDay().daysTo(date.midDay()));
        if (!best || distance < bestDistance) {
            best = f;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

bool datesCompatible(const PartialDate &a, const PartialDate &b) {
    if (a.isNull() || b.isNull())
        return true;
    return a.firstDay() <= b.lastDay() && b.firstDay() <= a.lastDay();
}

Result<AddedSource> addArticle(Store &store, const Article &article, const ArticleMetadata &meta) {
    const QString hash = textHash(article.text);
    auto existing = store.sourceIdByTextHash(hash);
    if (!existing)
        return existing.error();
    if (*existing)
        return AddedSource{**existing, true};
    Source s;
    s.key = QStringLiteral("import-") + hash.left(16);
    s.title = meta.title.trimmed().isEmpty() ? article.name : meta.title.trimmed();
    s.publisher = meta.publisher.trimmed();
    s.author = meta.author.trimmed();
    s.url = meta.url.trimmed();
    s.published = meta.published;
    s.kind =
        article.format == ArticleFormat::Pdf ? QStringLiteral("report") : QStringLiteral("news");
    s.text = article.text;
    s.textHash = hash;
    if (!meta.cites.trimmed().isEmpty()) {
        auto cited = store.sourceIdByPublisher(meta.cites.trimmed());
        if (!cited)
            return cited.error();
        if (*cited)
            s.citesId = **cited;
        else
            s.note = Importer::tr("Relies on %1 (not in the database).").arg(meta.cites.trimmed());
    }
    auto id = store.addSource(s);
    if (!id)
        return id.error();
    return AddedSource{*id, false};
}

QString proposalProblem(const Proposal &p) {
    const bool flowClaim = p.attribute == ClaimAttribute::Amount;
    if (p.payer.isEmpty())
        return flowClaim ? Importer::tr("Say who pays.")
                         : Importer::tr("Say which company the figure is about.");
    if (flowClaim && p.payee.isEmpty())
        return Importer::tr("Say who is paid.");
    if ((flowClaim || p.attribute == ClaimAttribute::Stake) && !p.payee.isEmpty() &&
        (p.payer.companyId && p.payee.companyId
             ? *p.payer.companyId == *p.payee.companyId
             : phraseKey(p.payer.name) == phraseKey(p.payee.name)))
        return Importer::tr("The payer and the payee are the same company.");
    if (p.attribute == ClaimAttribute::Stake ? !p.percent : !p.money)
        return Importer::tr("The figure has no value.");
    if (p.attribute == ClaimAttribute::Stake && (*p.percent <= 0 || *p.percent > 100))
        return Importer::tr("A stake is a percentage between 0 and 100.");
    return {};
}

namespace {

Status checkProposals(const std::vector<Proposal> &proposals) {
    for (size_t i = 0; i < proposals.size(); ++i)
        if (const QString problem = proposalProblem(proposals[i]); !problem.isEmpty())
            return Error{
                Importer::tr("Figure %1 (%2): %3")
                    .arg(i + 1)
                    .arg(proposals[i].money
                             ? proposals[i].money->stated
                             : QString::number(proposals[i].percent.value_or(0)) + QLatin1Char('%'),
                         problem)};
    return {};
}

// Writes the claims; the caller holds the transaction.
Result<std::vector<AcceptOutcome>> writeProposals(Store &store, Id sourceId,
                                                  const std::vector<Proposal> &proposals) {
    std::vector<AcceptOutcome> outcomes;
    for (const Proposal &p : proposals) {
        AcceptOutcome outcome;
        auto payer = companyFor(store, p.payer, outcome.createdCompanies);
        if (!payer)
            return payer.error();
        std::optional<Id> payee;
        if (!p.payee.isEmpty()) {
            auto id = companyFor(store, p.payee, outcome.createdCompanies);
            if (!id)
                return id.error();
            payee = *id;
        }
        Claim claim;
        claim.sourceId = sourceId;
        claim.attribute = p.attribute;
        claim.money = p.money;
        claim.percent = p.percent;
        claim.quote = p.quote;
        claim.date = p.date;
        const QString payerName = p.payer.name;
        const QString payeeName = p.payee.name;
        if (p.attribute == ClaimAttribute::Amount) {
            auto match = matchingFlow(store, *payer, *payee, p.kind, p.date);
            if (!match)
                return match.error();
            if (*match) {
                outcome.kind = AcceptOutcome::Kind::LinkedToFlow;
                outcome.flowId = (*match)->id;
                outcome.dealId = (*match)->dealId;
                outcome.message = Importer::tr("Added to the existing flow %1 → %2 (%3, %4).")
                                      .arg(payerName, payeeName, displayName(p.kind),
                                           (*match)->date.isNull() ? Importer::tr("no date")
                                                                   : (*match)->date.display());
            } else {
                Deal deal;
                deal.title =
                    QStringLiteral("%1 → %2: %3").arg(payerName, payeeName, displayName(p.kind));
                deal.status = p.status;
                deal.announced = p.date;
                auto dealId = store.addDeal(deal);
                if (!dealId)
                    return dealId.error();
                Flow flow;
                flow.dealId = *dealId;
                flow.payerId = *payer;
                flow.payeeId = *payee;
                flow.kind = p.kind;
                flow.date = p.date;
                auto flowId = store.addFlow(flow);
                if (!flowId)
                    return flowId.error();
                outcome.kind = AcceptOutcome::Kind::CreatedFlow;
                outcome.flowId = *flowId;
                outcome.dealId = *dealId;
                outcome.message =
                    Importer::tr("Created the deal “%1” with its flow.").arg(deal.title);
            }
            claim.flowId = outcome.flowId;
            claim.date = {};
        } else {
            outcome.kind = AcceptOutcome::Kind::CompanyClaim;
            claim.companyId = *payer;
            claim.counterpartyId = payee;
            outcome.message = payee ? Importer::tr("Added a %1 claim on %2 about %3.")
                                          .arg(displayName(p.attribute), payerName, payeeName)
                                    : Importer::tr("Added a %1 claim on %2.")
                                          .arg(displayName(p.attribute), payerName);
        }
        auto claimId = store.addClaim(claim);
        if (!claimId)
            return claimId.error();
        outcome.claimId = *claimId;
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

} // namespace

Result<std::vector<AcceptOutcome>> acceptProposals(Store &store, Id sourceId,
                                                   const std::vector<Proposal> &proposals) {
    if (Status s = checkProposals(proposals); !s)
        return s.error();
    sql::Transaction tx(store.db());
    if (!tx.begun())
        return tx.begun().error();
    auto outcomes = writeProposals(store, sourceId, proposals);
    if (!outcomes)
        return outcomes.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcomes;
}

Result<ImportResult> importArticle(Store &store, const Article &article,
                                   const ArticleMetadata &meta,
                                   const std::vector<Proposal> &proposals) {
    if (Status s = checkProposals(proposals); !s)
        return s.error();
    sql::Transaction tx(store.db());
    if (!tx.begun())
        return tx.begun().error();
    auto added = addArticle(store, article, meta);
    if (!added)
        return added.error();
    if (added->duplicate)
        return ImportResult{*added, {}}; // already there: nothing is added twice
    auto outcomes = writeProposals(store, added->sourceId, proposals);
    if (!outcomes)
        return outcomes.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ImportResult{*added, std::move(*outcomes)};
}

Result<edits::RowSet> addedRows(Store &store, const ImportResult &result) {
    edits::RowSet rows;
    const Id sourceId = result.source.sourceId;
    if (!result.source.duplicate) {
        auto source = store.source(sourceId);
        if (!source)
            return source.error();
        rows.sources.push_back(*source);
    }
    std::set<Id> claimIds, flowIds, dealIds;
    QStringList companies;
    for (const AcceptOutcome &o : result.outcomes) {
        claimIds.insert(o.claimId);
        if (o.kind == AcceptOutcome::Kind::CreatedFlow && o.flowId && o.dealId) {
            flowIds.insert(*o.flowId);
            dealIds.insert(*o.dealId);
        }
        companies << o.createdCompanies;
    }
    auto claims = store.claimsOfSource(sourceId);
    if (!claims)
        return claims.error();
    for (const Claim &c : *claims)
        if (claimIds.count(c.id))
            rows.claims.push_back(c);
    for (Id id : dealIds) {
        auto deal = store.deal(id);
        if (!deal)
            return deal.error();
        rows.deals.push_back(*deal);
    }
    for (Id id : flowIds) {
        auto flow = store.flow(id);
        if (!flow)
            return flow.error();
        rows.flows.push_back(*flow);
    }
    companies.removeDuplicates();
    for (const QString &name : companies) {
        auto id = store.companyIdByName(name);
        if (!id || !*id)
            continue;
        auto company = store.company(**id);
        if (!company)
            return company.error();
        rows.companies.push_back(*company);
    }
    return rows;
}

} // namespace ds::ingest
