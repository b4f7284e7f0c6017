// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extraction.h"

#include "ingest/datefinder.h"
#include "ingest/direction.h"
#include "ingest/measures.h"
#include "ingest/parties.h"
#include "ingest/references.h"
#include "ingest/sentences.h"

#include "ingest/patterns.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ds::ingest {

namespace {

FlowKind kindNear(const QString &sentence, int figureStart, int figureEnd,
                  std::optional<CompanyKind> payeeKind, bool *found) {
    static const std::vector<std::pair<QRegularExpression, FlowKind>> words = {
        {ci(QStringLiteral(R"(\b(comput(e|ing)|cloud|azure|capacity|data ?cent(er|re)s?|)"
                           R"(servers?|infrastructure|hosting|training workloads?)\b)")),
         FlowKind::Compute},
        {ci(QStringLiteral(R"(\b(chips?|gpus?|processors?|accelerators?|semiconductors?|)"
                           R"(silicon)\b)")),
         FlowKind::Chips},
        {ci(QStringLiteral(R"(\b(acquir(e|es|ed|ing)|acquisition|buyout|takeover|take over|)"
                           R"(merger)\b)")),
         FlowKind::Acquisition},
        // "agreed to purchase cloud security firm Wiz": buying a company.
        {ci(QStringLiteral(
             R"(\b(buy|buys|bought|buying|purchas\w*)\s+(?:[\w-]+\s+){0,4}?(firm|)"
             R"(company|startup|start-up|business|developer|maker|rival|competitor)\b)")),
         FlowKind::Acquisition},
        {ci(QStringLiteral(
             R"(\b(loans?|debt|credit|lend(s|ing)?|lent|bonds?|borrow(s|ed|ing)?)\b)")),
         FlowKind::Loan},
        {ci(QStringLiteral(R"(\b(licens(e|es|ed|ing)|royalt(y|ies))\b)")), FlowKind::Licensing},
        {ci(QStringLiteral(
             R"(\b(invest(s|ed|ing|ment|ments|or|ors)?|stake|funding|round|)"
             R"(equity|valuation|shares|backing|financing|inject(s|ed|ing|ion|ions)?)\b)")),
         FlowKind::Equity},
    };
    int best = std::numeric_limits<int>::max();
    FlowKind kind = FlowKind::Equity;
    for (const auto &[re, k] : words) {
        auto it = re.globalMatch(sentence);
        while (it.hasNext()) {
            const auto m = it.next();
            const int s = int(m.capturedStart());
            const int e = int(m.capturedEnd());
            const int distance = e <= figureStart ? figureStart - e
                                 : s >= figureEnd ? s - figureEnd
                                                  : 0;
            // A word right after the figure names what it is ("$30 billion worth of
            // compute", "$4 billion stake"): it wins over words before.
            const int score = s >= figureEnd && s - figureEnd <= 30 ? distance - 1000 : distance;
            if (score < best) {
                best = score;
                kind = k;
            }
        }
    }
    *found = best != std::numeric_limits<int>::max();
    if (*found)
        return kind;
    if (payeeKind == CompanyKind::Cloud)
        return FlowKind::Compute;
    if (payeeKind == CompanyKind::Chipmaker)
        return FlowKind::Chips;
    return FlowKind::Equity;
}

// The status a sentence states in so many words ("in talks", "has finalized", "announced"),
// if any: what the source claims of the deal's stage.
std::optional<DealStatus> statedStatusOf(const QString &sentence) {
    static const QRegularExpression cancelled = ci(QStringLiteral(
        R"(\b(called off|scrapped|cancell?ed|abandoned|walked away from|pulled out of|)"
        R"(terminated|collapsed)\b)"));
    static const QRegularExpression talks = ci(
        QStringLiteral(R"(\b(in (advanced |early )?(talks|discussions|negotiations)|negotiat\w*|)"
                       R"(discuss(es|ed|ing)|in talks)\b)"));
    static const QRegularExpression done = ci(QStringLiteral(
        R"(\b(closed|completed|finali[sz]ed|sealed|has invested|have invested)\b|)"
        R"(\b(close|closes|closing|complete|completes|finali[sz]es?|seal|seals)\b(?!\s+(to|in)\b))"
        R"(\s+(\S+\s+){0,5}?)"
        R"((deal|round|acquisition|investment|funding|transaction|purchase)s?\b)"));
    static const QRegularExpression rumour =
        ci(QStringLiteral(R"(\b(reportedly|rumou?r\w*|is said to|are said to|people familiar|)"
                          R"(according to (people|sources))\b)"));
    static const QRegularExpression announced = ci(QStringLiteral(
        R"(\b(announced|announces|announcing|unveil(s|ed)?|agreed to|signed|plans? to|)"
        R"(planning to)\b)"));
    if (cancelled.match(sentence).hasMatch())
        return DealStatus::Cancelled;
    if (talks.match(sentence).hasMatch())
        return DealStatus::InTalks;
    if (done.match(sentence).hasMatch())
        return DealStatus::Completed;
    if (rumour.match(sentence).hasMatch())
        return DealStatus::Rumoured;
    if (announced.match(sentence).hasMatch())
        return DealStatus::Announced;
    return std::nullopt;
}

// The deal's status for a sentence: the one it states; else completed where a regulator has
// approved it, a rumour where it hedges ("could", "is expected to", "potential"), or announced.
DealStatus statusOf(const QString &sentence, bool *stated) {
    const std::optional<DealStatus> status = statedStatusOf(sentence);
    *stated = status.has_value();
    if (status)
        return *status;
    static const QRegularExpression hedged = ci(QStringLiteral(
        R"(\b(consider(s|ed|ing)?|could|would|may|might|potential(ly)?|expected to|aims? to|)"
        R"(seeks? to|seeking)\b)"));
    static const QRegularExpression approved =
        ci(QStringLiteral(R"(\b(greenlit|cleared|approved)\b)"));
    if (approved.match(sentence).hasMatch())
        return DealStatus::Completed;
    return hedged.match(sentence).hasMatch() ? DealStatus::Rumoured : DealStatus::Announced;
}

// The sentence, or around a long one the clause of the figure (at most ~300 characters).
TextSpan quoteSpan(const QString &text, const TextSpan &sentence, const TextSpan &figure) {
    if (sentence.length() <= 300)
        return sentence;
    int start = figure.start;
    int end = figure.end;
    auto isBreak = [&](int i) {
        const QChar c = text.at(i);
        return c == QLatin1Char(';') || c == QLatin1Char(':') || c == QChar(0x2014) ||
               c == QLatin1Char(',');
    };
    while (start > sentence.start && figure.start - start < 150 && !isBreak(start - 1))
        --start;
    while (end < sentence.end && end - figure.end < 150 && !isBreak(end))
        ++end;
    while (start < figure.start && text.at(start).isSpace())
        ++start;
    return {start, end};
}

std::optional<DateMention> dateIn(const std::vector<DateMention> &dates, const TextSpan &sentence,
                                  const TextSpan &figure) {
    std::optional<DateMention> best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const DateMention &d : dates) {
        if (d.span.start < sentence.start || d.span.end > sentence.end)
            continue;
        const int distance = std::abs(d.span.start - figure.start);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = d;
        }
    }
    return best;
}

// Articles repeat their main figures without naming the parties again ("the $45 billion
// fuels ..."): a flow figure with no party takes those of the nearest earlier figure of the
// same value; one with a single party takes the earlier pair that party belongs to.
// A figure naming only its payer (or payee) in a story about one deal continues it ("SoftBank
// invested about $500 million"): the other side is the nearest earlier figure's.
void carryOverParties(std::vector<Proposal> &proposals) {
    auto hasPair = [](const Proposal &q) {
        return q.attribute != ClaimAttribute::Valuation && !q.payer.isEmpty() && !q.payee.isEmpty();
    };
    for (size_t i = 0; i < proposals.size(); ++i) {
        Proposal &p = proposals[i];
        if (p.attribute == ClaimAttribute::Valuation || hasPair(p) || p.measure != Measure::Payment)
            continue;
        const bool none = p.payer.isEmpty() && p.payee.isEmpty();
        const Party known = p.payer.isEmpty() ? p.payee : p.payer;
        bool done = false;
        for (size_t j = i; j-- > 0 && !done;) {
            const Proposal &q = proposals[j];
            if (!hasPair(q))
                continue;
            const bool sameValue = none && p.money && q.money && p.money->sameValue(*q.money);
            // The same kind of deal with one of the same companies.
            const bool sharesParty = !none && p.kind == q.kind &&
                                     (sameParty(known, q.payer) || sameParty(known, q.payee));
            if (!sameValue && !sharesParty)
                continue;
            p.payer = q.payer;
            p.payee = q.payee;
            if (sameValue)
                p.kind = q.kind;
            p.addReason(Reason::Repeated);
            done = true;
        }
        if (done || none || p.attribute == ClaimAttribute::Total)
            continue;
        for (size_t j = i; j-- > 0;) {
            const Proposal &q = proposals[j];
            if (!hasPair(q))
                continue;
            Party &missing = p.payer.isEmpty() ? p.payer : p.payee;
            const Party &other = p.payer.isEmpty() ? q.payer : q.payee;
            if (!sameParty(other, known)) {
                missing = other;
                p.addReason(Reason::Repeated);
            }
            break;
        }
    }
}

// A proposal being made, with what the later passes need to know of it.
struct Draft {
    Proposal p;
    int sentence = 0;             // index into the article's sentences
    bool kindFromWords = false;   // the sentence's words say what kind of deal it is
    bool explicitWording = false; // a verb of paying says who pays
};

bool hasDealWord(const QString &sentence) {
    static const QRegularExpression deal = ci(QStringLiteral(
        R"(\b(deals?|agreements?|contracts?|pacts?|partnerships?|arrangements?|collaborations?|)"
        R"(orders?|commitments?|tie-?ups?)\b)"));
    return deal.match(sentence).hasMatch();
}

bool isFlowPayment(const Proposal &p) {
    return p.attribute == ClaimAttribute::Amount && p.measure == Measure::Payment && !p.vague;
}

// "1.3 billion euros ($1.5 billion)": the bracketed amount is the same money.
void carryConversions(std::vector<Draft> &drafts, const QString &text) {
    static const QRegularExpression bracket =
        ci(QStringLiteral(R"(^\s*[(\[]\s*(?:about |roughly |around |approximately |some |~)?$)"));
    for (size_t i = 1; i < drafts.size(); ++i) {
        const Proposal &a = drafts[i - 1].p;
        Proposal &b = drafts[i].p;
        if (!a.money || !b.money ||
            !bracket.match(slice(text, a.figure.end, b.figure.start)).hasMatch())
            continue;
        b.attribute = a.attribute;
        b.measure = a.measure;
        b.payer = a.payer;
        b.payee = a.payee;
        b.kind = a.kind;
        b.status = a.status;
        b.statusStated = a.statusStated;
        b.reasons = a.reasons;
        b.addReason(Reason::Conversion);
        drafts[i].kindFromWords = drafts[i - 1].kindFromWords;
        drafts[i].explicitWording = drafts[i - 1].explicitWording;
    }
}

// "The contract could grow to $19.4 billion", "This deal is worth …": a figure with no party in
// a sentence that starts by naming the deal belongs to the latest deal of the article, within
// the three sentences before.
void carryTheDeal(std::vector<Draft> &drafts, const QString &text,
                  const std::vector<TextSpan> &sentences) {
    static const QRegularExpression theDeal = ci(QStringLiteral(
        R"(^(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:deal|contract|agreement|pact|)"
        R"(partnership|order|commitment|arrangement|investment|transaction)s?\b)"));
    for (size_t i = 0; i < drafts.size(); ++i) {
        Proposal &p = drafts[i].p;
        const TextSpan &sentence = sentences[size_t(drafts[i].sentence)];
        if (!isFlowPayment(p) || !p.payer.isEmpty() || !p.payee.isEmpty() ||
            !theDeal.match(slice(text, sentence.start, sentence.end)).hasMatch())
            continue;
        for (size_t j = i; j-- > 0;) {
            const Draft &q = drafts[j];
            if (drafts[i].sentence - q.sentence > 3)
                break;
            if (!isFlowPayment(q.p) || q.p.payer.isEmpty() || q.p.payee.isEmpty())
                continue;
            p.payer = q.p.payer;
            p.payee = q.p.payee;
            p.kind = q.p.kind;
            // The same deal: its status and, where the sentence gives no date, its date ("The
            // contract could grow to …" is not a rumour of another deal).
            p.status = q.p.status;
            p.statusStated = q.p.statusStated;
            if (!p.dateSpan) {
                p.date = q.p.date;
                p.dateSpan = q.p.dateSpan;
            }
            drafts[i].kindFromWords = q.kindFromWords;
            drafts[i].explicitWording = q.explicitWording;
            p.addReason(Reason::Repeated);
            break;
        }
    }
}

// A round's figure with no payer: the lead investor of this sentence or the one before
// ("OpenAI’s latest funding round, which has been led by SoftBank. That fund-raising effort
// could pump $40 billion into the start-up").
void carryLeadInvestors(std::vector<Draft> &drafts, const QString &text,
                        const std::vector<TextSpan> &sentences,
                        const std::vector<CompanyMention> &companies) {
    for (Draft &d : drafts) {
        Proposal &p = d.p;
        if (!isFlowPayment(p) || p.kind != FlowKind::Equity || !p.payer.isEmpty())
            continue;
        const TextSpan range{sentences[size_t(std::max(0, d.sentence - 1))].start,
                             sentences[size_t(d.sentence)].end};
        if (const auto lead = leadInvestorIn(text, range, companies);
            lead && !sameParty(*lead, p.payee)) {
            p.payer = *lead;
            p.addReason(Reason::LeadInvestor);
        }
    }
}

// A payment with one side still unknown: the company the article names most often in the
// same sentences as the known side (the first sentence, usually the headline, counts
// twice), when it does so at least twice.
void carryArticlePairs(std::vector<Draft> &drafts, const QString &text,
                       const std::vector<TextSpan> &sentences,
                       const std::vector<CompanyMention> &companies,
                       const CompanyDictionary &dictionary) {
    if (std::none_of(drafts.begin(), drafts.end(), [](const Draft &d) {
            return isFlowPayment(d.p) && d.p.payer.isEmpty() != d.p.payee.isEmpty();
        }))
        return; // nothing to pair: spare reading every sentence's companies
    // The companies of each sentence (hardware mentions left out), built once.
    std::vector<std::vector<Party>> bySentence(sentences.size());
    for (const CompanyMention &c : companies) {
        const int s = sentenceAt(sentences, c.span.start);
        if (c.span.end <= sentences[size_t(s)].end &&
            !namedForHardware(text, sentences[size_t(s)], c, dictionary))
            bySentence[size_t(s)].push_back(partyOf(c));
    }
    QHash<QString, std::optional<Party>> partners;
    auto partnerOf = [&](const Party &known) -> std::optional<Party> {
        const QString knownKey = phraseKey(known.name);
        if (const auto it = partners.constFind(knownKey); it != partners.cend())
            return *it;
        QHash<QString, int> weight;
        QHash<QString, Party> party;
        for (size_t s = 0; s < bySentence.size(); ++s) {
            const auto &here = bySentence[s];
            if (std::none_of(here.begin(), here.end(),
                             [&](const Party &p) { return sameParty(p, known); }))
                continue;
            QSet<QString> counted;
            for (const Party &other : here) {
                const QString key = phraseKey(other.name);
                // A name DealScope does not know is not guessed as a counterpart.
                if (sameParty(other, known) || counted.contains(key) ||
                    !dictionary.entryOf(other.companyId, other.name))
                    continue;
                counted.insert(key);
                weight[key] += s == 0 ? 2 : 1;
                party.insert(key, other);
            }
        }
        QString best;
        for (auto it = weight.cbegin(); it != weight.cend(); ++it)
            if (best.isEmpty() || it.value() > weight.value(best) ||
                (it.value() == weight.value(best) && it.key() < best))
                best = it.key();
        const std::optional<Party> partner = best.isEmpty() || weight.value(best) < 2
                                                 ? std::nullopt
                                                 : std::optional(party.value(best));
        partners.insert(knownKey, partner);
        return partner;
    };
    for (Draft &d : drafts) {
        Proposal &p = d.p;
        if (!isFlowPayment(p) || p.payer.isEmpty() == p.payee.isEmpty())
            continue;
        const Party known = p.payer.isEmpty() ? p.payee : p.payer;
        if (const auto partner = partnerOf(known)) {
            (p.payer.isEmpty() ? p.payer : p.payee) = *partner;
            p.addReason(Reason::ArticlePair);
        }
    }
}

// Deals whose wording does not say who pays ("signed a deal with", "expanded its agreement"):
// the kind from what the parties sell when the words give none, and for compute and chips
// the customer pays the provider.
void orientByWhatTheySell(std::vector<Draft> &drafts, const CompanyDictionary &dictionary,
                          const QString &text, const std::vector<TextSpan> &sentences) {
    for (Draft &d : drafts) {
        Proposal &p = d.p;
        if (!isFlowPayment(p) || p.payer.isEmpty() || p.payee.isEmpty())
            continue;
        const auto *payer = dictionary.entryOf(p.payer.companyId, p.payer.name);
        const auto *payee = dictionary.entryOf(p.payee.companyId, p.payee.name);
        const TextSpan &sentence = sentences[size_t(d.sentence)];
        const auto partiesKind = kindFromParties(payer, payee);
        if (!d.kindFromWords && hasDealWord(slice(text, sentence.start, sentence.end)) &&
            partiesKind)
            p.kind = *partiesKind;
        // GPUs "deployed for Microsoft" by a GPU cloud: neither makes chips, so the deal is
        // for compute.
        if (p.kind == FlowKind::Chips && partiesKind == FlowKind::Compute)
            p.kind = FlowKind::Compute;
        if ((p.kind == FlowKind::Compute || p.kind == FlowKind::Chips) && !d.explicitWording &&
            paidBy(p.kind, payer, payee)) {
            std::swap(p.payer, p.payee);
            p.addReason(Reason::DealKinds);
        }
    }
}

// What is still missing or guessed, for the review.
void finalReasons(Proposal &p, const CompanyDictionary &dictionary) {
    if (p.vague)
        p.addReason(Reason::Vague);
    if (p.measure != Measure::Payment && p.measure != Measure::MarketValue)
        p.addReason(Reason::NotPayment);
    if (p.payer.isEmpty())
        p.addReason(Reason::NoPayer);
    if (p.payee.isEmpty() && (p.attribute == ClaimAttribute::Amount) &&
        p.measure == Measure::Payment)
        p.addReason(Reason::NoPayee);
    for (const Party *party : {&p.payer, &p.payee})
        if (party->isNew() && !dictionary.lookup(party->name))
            p.addReason(Reason::NewCompany);
    if (!p.payer.isEmpty() && (!p.payee.isEmpty() || p.attribute != ClaimAttribute::Amount) &&
        !p.has(Reason::Repeated) && !p.has(Reason::ArticlePair) && !p.has(Reason::OtherName) &&
        !p.has(Reason::LeadInvestor) && !p.has(Reason::DealKinds))
        p.reasons.insert(p.reasons.begin(), Reason::Wording);
}

} // namespace

Quote quoteFor(const QString &text, const TextSpan &span) {
    Quote q;
    q.exact = text.mid(span.start, span.length());
    const int prefixStart = std::max(0, span.start - 32);
    q.prefix = text.mid(prefixStart, span.start - prefixStart);
    q.suffix = text.mid(span.end, 32);
    q.start = span.start;
    q.end = span.end;
    return q;
}

Extraction extract(const QString &text, const CompanyDictionary &dictionary,
                   const ExtractionOptions &options) {
    Extraction out;
    out.money = findMoney(text, options.money);
    out.percents = findPercents(text);
    out.dates = findDates(text, options.published);
    const std::vector<CompanyMention> names = findCompanies(text, dictionary);
    const std::vector<TextSpan> sentences = splitSentences(text);
    if (sentences.empty())
        return out;
    // Names, and the phrases that stand for them ("the ChatGPT maker", "the cloud provider").
    std::vector<CompanyMention> companies = names;
    for (CompanyMention &r : findReferences(text, names, sentences, dictionary))
        companies.push_back(std::move(r));
    std::sort(companies.begin(), companies.end(),
              [](const CompanyMention &a, const CompanyMention &b) {
                  return a.span.start < b.span.start;
              });

    auto contextOf = [&](const TextSpan &figure, int *index) {
        *index = sentenceAt(sentences, figure.start);
        SentenceContext ctx{text, dictionary, sentences[size_t(*index)], {}, {}};
        for (const CompanyMention &c : companies)
            if (c.span.start >= ctx.sentence.start && c.span.end <= ctx.sentence.end)
                ctx.companies.push_back(&c);
        ctx.antecedent = antecedentOf(text, ctx.sentence, companies, dictionary);
        return ctx;
    };
    auto parties = [&](Proposal &p, const Attribution &a) {
        p.payer = a.payer;
        p.payee = a.payee;
        for (PartySource s : {a.payerSource, a.payeeSource}) {
            if (s == PartySource::OtherName)
                p.addReason(Reason::OtherName);
            else if (s == PartySource::Subject)
                p.addReason(Reason::Subject);
        }
        if (a.viaReference)
            p.addReason(Reason::Reference);
    };
    auto finish = [&](Draft &d, const SentenceContext &ctx) {
        Proposal &p = d.p;
        const QString sentenceText = text.mid(ctx.sentence.start, ctx.sentence.length());
        const auto payeeEntry = dictionary.entryOf(p.payee.companyId, p.payee.name);
        p.kind = kindNear(
            sentenceText, p.figure.start - ctx.sentence.start, p.figure.end - ctx.sentence.start,
            payeeEntry ? std::optional(payeeEntry->kind) : std::nullopt, &d.kindFromWords);
        p.status = statusOf(sentenceText, &p.statusStated);
        d.explicitWording = explicitPayment(slice(text, ctx.sentence.start, p.figure.start));
        if (const auto date = dateIn(out.dates, ctx.sentence, p.figure)) {
            p.date = date->date;
            p.dateSpan = date->span;
        } else if (!options.published.isNull()) {
            const PartialDate &pub = options.published;
            p.date = pub.precision() == PartialDate::Precision::Day
                         ? PartialDate::ofDay(pub.year(), pub.month(), pub.day(), true)
                     : pub.precision() == PartialDate::Precision::Month
                         ? PartialDate::ofMonth(pub.year(), pub.month(), true)
                         : PartialDate::ofYear(pub.year(), true);
        }
        p.quote = quoteFor(text, quoteSpan(text, ctx.sentence, p.figure));
    };

    std::vector<Draft> drafts;
    for (const MoneyMention &m : out.money) {
        Draft d;
        const SentenceContext ctx = contextOf(m.span, &d.sentence);
        Proposal &p = d.p;
        p.figure = m.span;
        p.money = m.money;
        p.vague = m.vague;
        const Attribution a = attributeParties(ctx, m.span);
        parties(p, a);
        const AmountReading reading = readAmount(text, ctx.sentence, m.span, m.sharePrice);
        p.measure = reading.measure;
        if (reading.attribute) {
            p.attribute = *reading.attribute;
            if (*reading.attribute == ClaimAttribute::Valuation) {
                // The company valued: the one the sentence says receives money, else the
                // subject, else the nearest.
                if (!p.payee.isEmpty() && a.payeeSource != PartySource::OtherName)
                    p.payer = p.payee;
                p.payee = {};
                p.reasons.erase(std::remove(p.reasons.begin(), p.reasons.end(), Reason::OtherName),
                                p.reasons.end());
                if (p.payer.isEmpty() && !ctx.companies.empty())
                    p.payer = partyOf(*ctx.companies.back());
            }
        } else if (p.measure == Measure::Payment &&
                   (p.payee.isEmpty() || a.payeeSource == PartySource::OtherName) &&
                   spendsOnProjects(text.mid(m.span.end, 80))) {
            p.measure = Measure::Spending;
            p.payee = {};
            p.reasons.erase(std::remove(p.reasons.begin(), p.reasons.end(), Reason::OtherName),
                            p.reasons.end());
        }
        finish(d, ctx);
        drafts.push_back(std::move(d));
    }
    for (const PercentMention &pm : out.percents) {
        if (!pm.stake)
            continue;
        Draft d;
        const SentenceContext ctx = contextOf(pm.span, &d.sentence);
        Proposal &p = d.p;
        p.attribute = ClaimAttribute::Stake;
        p.figure = pm.span;
        p.percent = pm.percent;
        parties(p, attributeParties(ctx, pm.span));
        finish(d, ctx);
        drafts.push_back(std::move(d));
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const Draft &a, const Draft &b) { return a.p.figure.start < b.p.figure.start; });
    carryLeadInvestors(drafts, text, sentences, companies);
    carryTheDeal(drafts, text, sentences);
    {
        std::vector<Proposal> proposals;
        for (Draft &d : drafts)
            proposals.push_back(std::move(d.p));
        carryOverParties(proposals);
        for (size_t i = 0; i < drafts.size(); ++i)
            drafts[i].p = std::move(proposals[i]);
    }
    carryConversions(drafts, text);
    carryArticlePairs(drafts, text, sentences, companies, dictionary);
    orientByWhatTheySell(drafts, dictionary, text, sentences);
    for (Draft &d : drafts) {
        finalReasons(d.p, dictionary);
        out.proposals.push_back(std::move(d.p));
    }

    // Known companies, and the new names that proposals use.
    QSet<QString> used;
    for (const Proposal &p : out.proposals)
        for (const Party *party : {&p.payer, &p.payee})
            if (party->isNew())
                used.insert(phraseKey(party->name));
    for (const CompanyMention &c : names)
        if (c.companyId || used.contains(phraseKey(c.name)))
            out.companies.push_back(c);
    return out;
}

} // namespace ds::ingest
