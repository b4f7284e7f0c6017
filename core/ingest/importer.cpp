// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/importer.h"

#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>
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

// A completed deal and a cancelled one have both gone as far as they will.
int statusRank(DealStatus s) {
    return std::min(stageOf(s), stageOf(DealStatus::Completed));
}

// Whether a proposal of `status` at `date` can be news of the flow: compatible dates, and a
// proposal that says less than the deal (talks against a completed deal) only before it.
bool compatible(const Flow &flow, DealStatus dealStatus, const PartialDate &date,
                DealStatus status) {
    if (!datesCompatible(flow.date, date))
        return false;
    if (statusRank(status) >= statusRank(dealStatus))
        return true;
    return !flow.date.isNull() && !date.isNull() && date.firstDay() <= flow.date.lastDay();
}

// The flow a proposal adds to, either way round; the closest in time when several match.
Result<std::optional<FlowMatch>> matchingFlow(Store &store, Id payer, Id payee, FlowKind kind,
                                              const PartialDate &date, DealStatus status) {
    std::optional<FlowMatch> best;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (const bool reversed : {false, true}) {
        auto flows = reversed ? store.flowsBetween(payee, payer) : store.flowsBetween(payer, payee);
        if (!flows)
            return flows.error();
        for (const Flow &f : *flows) {
            if (f.kind != kind)
                continue;
            auto deal = store.deal(f.dealId);
            if (!deal)
                return deal.error();
            if (!compatible(f, deal->status, date, status))
                continue;
            // The same direction first, then the closest in time.
            const qint64 distance = (f.date.isNull() || date.isNull()
                                         ? std::numeric_limits<qint64>::max() / 2
                                         : std::llabs(f.date.midDay().daysTo(date.midDay()))) +
                                    (reversed ? std::numeric_limits<qint64>::max() / 4 : 0);
            if (!best || distance < bestDistance) {
                best = FlowMatch{f, reversed};
                bestDistance = distance;
            }
        }
    }
    return best;
}

// Proposals of one batch for the same two companies, kind and amount: the direction most of
// them state (the first stated on a tie) leads, so that its flow is made first.
std::vector<size_t> writingOrder(const std::vector<Proposal> &proposals,
                                 const std::vector<std::pair<Id, std::optional<Id>>> &ids) {
    std::vector<size_t> order(proposals.size());
    std::vector<int> votes(proposals.size(), 0);
    for (size_t i = 0; i < proposals.size(); ++i) {
        order[i] = i;
        for (size_t j = 0; j < proposals.size(); ++j) {
            const Proposal &a = proposals[i], &b = proposals[j];
            if (a.attribute != ClaimAttribute::Amount || b.attribute != ClaimAttribute::Amount ||
                a.kind != b.kind || !a.money || !b.money || !a.money->sameValue(*b.money) ||
                !ids[i].second || !ids[j].second)
                continue;
            if (ids[i] == ids[j])
                ++votes[i];
            else if (ids[i].first == *ids[j].second && *ids[i].second == ids[j].first)
                --votes[i];
        }
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return votes[a] > 0 && votes[b] <= 0; });
    return order;
}

} // namespace

bool datesCompatible(const PartialDate &a, const PartialDate &b) {
    if (a.isNull() || b.isNull())
        return true;
    return a.firstDay() <= b.lastDay() && b.firstDay() <= a.lastDay();
}

Result<std::optional<FlowMatch>> flowFor(Store &store, const Proposal &p) {
    if (p.attribute != ClaimAttribute::Amount || p.newDeal || p.payer.isEmpty() ||
        p.payee.isEmpty())
        return std::optional<FlowMatch>();
    auto idOf = [&](const Party &party) -> Result<std::optional<Id>> {
        if (party.companyId)
            return std::optional<Id>(*party.companyId);
        return store.companyIdByName(party.name);
    };
    auto payer = idOf(p.payer);
    if (!payer)
        return payer.error();
    auto payee = idOf(p.payee);
    if (!payee)
        return payee.error();
    if (!*payer || !*payee)
        return std::optional<FlowMatch>(); // a new company has no flows yet
    return matchingFlow(store, **payer, **payee, p.kind, p.date, p.status);
}

QString describeMatch(Store &store, const FlowMatch &match) {
    auto name = [&](Id id) {
        auto c = store.company(id);
        return c ? c->name : QString::number(id);
    };
    return Importer::tr("%1 → %2, %3, %4")
        .arg(name(match.flow.payerId), name(match.flow.payeeId), displayName(match.flow.kind),
             match.flow.date.isNull() ? Importer::tr("no date") : match.flow.date.display());
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
    s.language = meta.language.trimmed();
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
    std::vector<AcceptOutcome> outcomes(proposals.size());
    std::vector<std::pair<Id, std::optional<Id>>> ids(proposals.size());
    for (size_t i = 0; i < proposals.size(); ++i) {
        auto payer = companyFor(store, proposals[i].payer, outcomes[i].createdCompanies);
        if (!payer)
            return payer.error();
        ids[i].first = *payer;
        if (!proposals[i].payee.isEmpty()) {
            auto id = companyFor(store, proposals[i].payee, outcomes[i].createdCompanies);
            if (!id)
                return id.error();
            ids[i].second = *id;
        }
    }
    for (const size_t i : writingOrder(proposals, ids)) {
        const Proposal &p = proposals[i];
        AcceptOutcome &outcome = outcomes[i];
        const Id payer = ids[i].first;
        const std::optional<Id> payee = ids[i].second;
        Claim claim;
        claim.sourceId = sourceId;
        claim.attribute = p.attribute;
        claim.money = p.money;
        claim.percent = p.percent;
        claim.quote = p.quote;
        claim.date = p.date;
        if (p.statusStated && p.attribute == ClaimAttribute::Amount) // a flow's: a deal's stage
            claim.statedStatus = p.status;
        const QString payerName = p.payer.name;
        const QString payeeName = p.payee.name;
        if (p.attribute == ClaimAttribute::Amount) {
            Result<std::optional<FlowMatch>> match = std::optional<FlowMatch>();
            if (!p.newDeal)
                match = matchingFlow(store, payer, *payee, p.kind, p.date, p.status);
            if (!match)
                return match.error();
            if (*match) {
                const Flow &flow = (*match)->flow;
                outcome.kind = AcceptOutcome::Kind::LinkedToFlow;
                outcome.flowId = flow.id;
                outcome.dealId = flow.dealId;
                if ((*match)->reversed) {
                    // The article says the other way round: a direction dispute on the flow.
                    claim.statedPayerId = payer;
                    claim.statedPayeeId = *payee;
                    outcome.message =
                        Importer::tr("Added to the existing flow %1 as a direction dispute "
                                     "(this article says %2 pays %3).")
                            .arg(describeMatch(store, **match), payerName, payeeName);
                } else {
                    outcome.message = Importer::tr("Added to the existing flow %1.")
                                          .arg(describeMatch(store, **match));
                }
            } else {
                Deal deal;
                deal.title = QStringLiteral("%1: %2").arg(flowLabel(payerName, payeeName),
                                                          displayName(p.kind));
                deal.status = p.status;
                deal.announced = p.date;
                auto dealId = store.addDeal(deal);
                if (!dealId)
                    return dealId.error();
                Flow flow;
                flow.dealId = *dealId;
                flow.payerId = payer;
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
            claim.companyId = payer;
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
    }
    return outcomes;
}

} // namespace

Result<std::vector<AcceptOutcome>> acceptProposals(Store &store, Id sourceId,
                                                   const std::vector<Proposal> &proposals) {
    if (Status s = checkProposals(proposals); !s)
        return s.error();
    Transaction tx(store);
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
    Transaction tx(store);
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
