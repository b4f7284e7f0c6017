// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/generator.h"

#include "store/bulkload.h"
#include "store/store.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <random>

namespace ds::gen {

namespace {

/// Small deterministic helpers over one 64-bit Mersenne Twister.
class Random {
public:
    explicit Random(uint64_t seed)
        : m_engine(seed) {}

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    int64_t below(int64_t n) { return int64_t(uniform() * double(n)) % n; }
    bool chance(double p) { return uniform() < p; }
    /// Zipf-like (P(k) ~ 1/k) index in [0, n): a few hubs, a long tail.
    int64_t zipf(int64_t n) {
        return std::min(n - 1, int64_t(std::exp(uniform() * std::log(double(n) + 1.0))) - 1);
    }
    /// Pareto amount in dollars, rounded to three significant digits.
    int64_t amount() {
        const double raw = 5e6 * std::pow(1.0 - uniform(), -1.0 / 1.1);
        const double capped = std::min(raw, 2e12);
        const double magnitude = std::pow(10.0, std::floor(std::log10(capped)) - 2);
        return int64_t(std::round(capped / magnitude) * magnitude);
    }

private:
    std::mt19937_64 m_engine;
};

constexpr std::array kWords = {
    "the",       "company",    "said",     "investment", "cloud",      "compute",   "model",
    "training",  "chips",      "deal",     "billion",    "partners",   "announced", "agreement",
    "data",      "centre",     "capacity", "revenue",    "startup",    "funding",   "round",
    "investors", "valuation",  "GPU",      "clusters",   "inference",  "customers", "market",
    "analysts",  "expect",     "growth",   "years",      "commitment", "spend",     "servers",
    "power",     "energy",     "supply",   "demand",     "research",   "lab",       "frontier",
    "systems",   "regulators", "review",   "stake",      "shares",     "board",     "strategy",
    "and",       "of",         "to",       "in",         "a",          "with",      "for",
    "on",        "its",        "will",     "has",        "more",       "than",      "from",
};

QString sentence(Random &rng) {
    const int n = 8 + int(rng.below(12));
    QString s;
    for (int i = 0; i < n; ++i) {
        QString w = QString::fromLatin1(kWords[size_t(rng.below(int64_t(kWords.size())))]);
        if (i == 0)
            w[0] = w[0].toUpper();
        else
            s += QLatin1Char(' ');
        s += w;
    }
    return s + QStringLiteral(". ");
}

QString articleText(Random &rng, int size) {
    QString text;
    text.reserve(size + 200);
    while (text.size() < size)
        text += sentence(rng);
    return text.trimmed();
}

PartialDate randomDate(Random &rng) {
    const QDate first(2000, 1, 1);
    const QDate date = first.addDays(rng.below(first.daysTo(QDate(2026, 12, 31)) + 1));
    const double p = rng.uniform();
    const bool approximate = rng.chance(0.05);
    if (p < 0.05)
        return PartialDate::ofYear(date.year(), approximate);
    if (p < 0.15)
        return PartialDate::ofMonth(date.year(), date.month(), approximate);
    return PartialDate::ofDay(date.year(), date.month(), date.day(), approximate);
}

DealStatus randomStatus(Random &rng) {
    const double p = rng.uniform();
    if (p < 0.05)
        return DealStatus::Rumoured;
    if (p < 0.15)
        return DealStatus::InTalks;
    if (p < 0.30)
        return DealStatus::Completed;
    if (p < 0.32)
        return DealStatus::Cancelled;
    return DealStatus::Announced;
}

FlowKind randomKind(Random &rng) {
    const double p = rng.uniform();
    if (p < 0.40)
        return FlowKind::Equity;
    if (p < 0.65)
        return FlowKind::Compute;
    if (p < 0.80)
        return FlowKind::Chips;
    if (p < 0.85)
        return FlowKind::Loan;
    if (p < 0.90)
        return FlowKind::Acquisition;
    if (p < 0.95)
        return FlowKind::Licensing;
    return FlowKind::Partnership;
}

CompanyKind randomCompanyKind(Random &rng) {
    const double p = rng.uniform();
    if (p < 0.30)
        return CompanyKind::Lab;
    if (p < 0.40)
        return CompanyKind::Cloud;
    if (p < 0.50)
        return CompanyKind::Chipmaker;
    if (p < 0.80)
        return CompanyKind::Investor;
    return CompanyKind::Other;
}

/// A claim's amount: usually the flow's own, sometimes a disagreeing or "up to" one.
Money claimAmount(Random &rng, int64_t base, bool first) {
    if (!first && rng.chance(0.15)) {
        const double factor = 0.5 + rng.uniform() * 1.5;
        return Money::exact(int64_t(double(base) * factor));
    }
    if (rng.chance(0.1))
        return Money::upTo(base);
    if (rng.chance(0.05))
        return Money::about(base);
    return Money::exact(base);
}

/// UTF-8 tokens of an enum, made once, bound without copying.
template <typename E> const QByteArray &utf8Token(E value) {
    static const std::vector<QByteArray> tokens = [] {
        std::vector<QByteArray> list;
        for (E v : allValues<E>())
            list.push_back(token(v).toUtf8());
        return list;
    }();
    return tokens[size_t(value)];
}

const QByteArray &utf8Qualifier(Qualifier q) {
    static const std::array<QByteArray, 5> tokens = {
        qualifierToken(Qualifier::Exact).toUtf8(), qualifierToken(Qualifier::UpTo).toUtf8(),
        qualifierToken(Qualifier::AtLeast).toUtf8(), qualifierToken(Qualifier::About).toUtf8(),
        qualifierToken(Qualifier::Range).toUtf8()};
    return tokens[size_t(q)];
}

} // namespace

Status generate(Store &store, const Options &o, const Progress &progress) {
    if (o.deals < 1 || o.companies < 2)
        return Error{QCoreApplication::translate(
            "ds::gen", "A synthetic dataset needs at least one deal and two companies.")};
    auto counts = store.counts();
    if (!counts)
        return counts.error();
    if (counts->companies + counts->deals + counts->sources > 0)
        return Error{QCoreApplication::translate(
            "ds::gen", "Synthetic data can only be generated into an empty file.")};

    auto load = BulkLoad::begin(store);
    if (!load)
        return load.error();
    BulkLoad &bulk = **load;

    Random rng(o.seed);
    const int64_t nSources = o.sources > 0 ? o.sources : std::max<int64_t>(20, o.deals / 100);
    const int64_t totalSteps = o.companies + nSources + o.deals;
    int64_t done = 0;
    int lastPercent = -1;
    auto tick = [&](int64_t steps) {
        done += steps;
        const int percent = int(done * 90 / totalSteps);
        if (percent != lastPercent) {
            lastPercent = percent;
            if (progress && !progress(percent))
                return false;
        }
        return true;
    };
    const Error cancelled{QCoreApplication::translate("ds::gen", "Generation was cancelled.")};
    const QByteArray synthetic("synthetic");

    for (int64_t i = 1; i <= o.companies; ++i) {
        BulkCompany company;
        company.id = i;
        company.name = "Synthetic Co " + QByteArray::number(i).rightJustified(6, '0');
        company.kind = utf8Token(randomCompanyKind(rng));
        company.note = synthetic;
        if (Status r = bulk.add(company); !r)
            return r;
        if ((i & 1023) == 0 && !tick(1024))
            return cancelled;
    }

    const QByteArray publisher("DealScope generator (synthetic data)");
    const QByteArray sourceNote = QStringLiteral("Generated by dealscope-cli generate (seed %1); "
                                                 "not a real article.")
                                      .arg(o.seed)
                                      .toUtf8();
    std::vector<int> textLengths(size_t(nSources) + 1, 0);
    for (int64_t i = 1; i <= nSources; ++i) {
        const QString text = articleText(rng, o.textSize);
        textLengths[size_t(i)] = int(text.size());
        BulkSource source;
        source.id = i;
        source.key = "synthetic-" + QByteArray::number(i);
        source.title = "Synthetic article " + QByteArray::number(i);
        source.publisher = publisher;
        source.published = randomDate(rng).toString().toLatin1();
        source.kind = synthetic;
        source.text = text.toUtf8();
        source.synthetic = true;
        source.note = sourceNote;
        if (Status r = bulk.add(source); !r)
            return r;
        if ((i & 255) == 0 && !tick(256))
            return cancelled;
    }

    int64_t flowId = 0;
    for (int64_t d = 1; d <= o.deals; ++d) {
        const int64_t payer = 1 + rng.zipf(o.companies);
        int64_t payee = 1 + rng.zipf(o.companies);
        if (payee == payer)
            payee = payer % o.companies + 1;
        const PartialDate date = randomDate(rng);
        const QByteArray dateText = date.toString().toLatin1();
        BulkDeal deal;
        deal.id = d;
        deal.title = "Synthetic deal " + QByteArray::number(d);
        deal.status = utf8Token(randomStatus(rng));
        deal.announced = dateText;
        deal.announcedSort = date.sortKey();
        if (Status r = bulk.add(deal); !r)
            return r;

        // One to three flows: the main one, often a return flow (a round trip), sometimes a
        // third party.
        const int nFlows = rng.chance(0.5) ? 1 : (rng.chance(0.7) ? 2 : 3);
        for (int f = 0; f < nFlows; ++f) {
            int64_t from = payer, to = payee;
            FlowKind kind = randomKind(rng);
            if (f == 1) {
                std::swap(from, to);
                kind = FlowKind::Compute;
            } else if (f == 2) {
                from = 1 + rng.zipf(o.companies);
                if (from == to)
                    from = to % o.companies + 1;
            }
            BulkFlow flow;
            flow.id = ++flowId;
            flow.deal = d;
            flow.payer = from;
            flow.payee = to;
            flow.kind = utf8Token(kind);
            flow.date = dateText;
            flow.dateSort = date.sortKey();
            if (Status r = bulk.add(flow); !r)
                return r;

            const bool hasAmount = kind != FlowKind::Partnership;
            const int64_t base = hasAmount ? rng.amount() : 0;
            const int nClaims = rng.chance(0.55) ? 1 : 2 + int(rng.below(3));
            for (int c = 0; c < nClaims; ++c) {
                const int64_t source = 1 + rng.zipf(nSources);
                const int length = textLengths[size_t(source)];
                const int quoteLength = std::min(40, length);
                const int start = int(rng.below(std::max(1, length - quoteLength)));
                BulkClaim claim;
                claim.source = source;
                claim.flow = flowId;
                if (hasAmount) {
                    const Money m = claimAmount(rng, base, c == 0);
                    claim.attribute = utf8Token(ClaimAttribute::Amount);
                    claim.usdMin = m.minUsd;
                    claim.usdMax = m.maxUsd;
                    claim.qualifier = utf8Qualifier(m.qualifier);
                    claim.stated = m.format().toUtf8();
                } else {
                    claim.attribute = utf8Token(ClaimAttribute::Existence);
                }
                // The quote's text is read from the article at its offsets.
                claim.start = start;
                claim.end = start + quoteLength;
                if (Status r = bulk.add(claim); !r)
                    return r;
            }
        }
        if ((d & 4095) == 0 && !tick(4096))
            return cancelled;
    }
    if (progress && !progress(90))
        return cancelled;
    if (Status s = bulk.finish(); !s)
        return s;
    if (progress && !progress(99))
        return cancelled;
    if (Status s = bulk.commit(); !s)
        return s;
    if (progress)
        progress(100);
    return {};
}

} // namespace ds::gen
