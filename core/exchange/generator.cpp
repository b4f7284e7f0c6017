// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/generator.h"

#include "store/batchinsert.h"
#include "store/schema.h"

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

    sql::Database &db = store.db();
    // Bulk-load settings, restored when done: a large page cache, no per-row foreign key or
    // CHECK evaluation (the rows are consistent by construction), and a rollback journal in
    // memory instead of the WAL, so that each page is written once (a new file has no old
    // pages to journal) while a cancelled run still rolls back.
    QString journalMode = QStringLiteral("wal");
    if (auto mode = sql::Statement::prepare(db, QStringLiteral("PRAGMA journal_mode"));
        mode && mode->next())
        journalMode = mode->text(0);
    if (Status s = db.exec(
            QStringLiteral("PRAGMA cache_size=-2097152; PRAGMA temp_store=MEMORY; "
                           "PRAGMA foreign_keys=OFF; PRAGMA synchronous=OFF; PRAGMA threads=2; "
                           "PRAGMA ignore_check_constraints=ON; PRAGMA journal_mode=MEMORY"));
        !s)
        return s;
    struct RestoreSettings {
        sql::Database &db;
        QString journalMode;
        ~RestoreSettings() {
            (void)db.exec(
                QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; "
                               "PRAGMA ignore_check_constraints=OFF; PRAGMA temp_store=DEFAULT; "
                               "PRAGMA cache_size=-2000; PRAGMA journal_mode=%1")
                    .arg(journalMode));
        }
    } restoreSettings{db, journalMode};
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const QString &drop :
         schema::dropRandomOrderIndexStatements() + schema::dropRevisionTriggerStatements())
        if (Status s = db.exec(drop); !s)
            return s;
    auto companies = sql::BatchInsert::prepare(db, QStringLiteral("companies"),
                                               {QStringLiteral("id"), QStringLiteral("name"),
                                                QStringLiteral("kind"), QStringLiteral("note")});
    auto sources = sql::BatchInsert::prepare(
        db, QStringLiteral("sources"),
        {QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("title"),
         QStringLiteral("publisher"), QStringLiteral("published"), QStringLiteral("kind"),
         QStringLiteral("text"), QStringLiteral("synthetic"), QStringLiteral("note")},
        16);
    auto deals = sql::BatchInsert::prepare(db, QStringLiteral("deals"),
                                           {QStringLiteral("id"), QStringLiteral("title"),
                                            QStringLiteral("status"), QStringLiteral("announced"),
                                            QStringLiteral("announced_sort")});
    auto flows = sql::BatchInsert::prepare(db, QStringLiteral("flows"),
                                           {QStringLiteral("id"), QStringLiteral("deal_id"),
                                            QStringLiteral("payer_id"), QStringLiteral("payee_id"),
                                            QStringLiteral("kind"), QStringLiteral("date"),
                                            QStringLiteral("date_sort")});
    auto claims = sql::BatchInsert::prepare(
        db, QStringLiteral("claims"),
        {QStringLiteral("source_id"), QStringLiteral("flow_id"), QStringLiteral("attribute"),
         QStringLiteral("usd_min"), QStringLiteral("usd_max"), QStringLiteral("qualifier"),
         QStringLiteral("stated"), QStringLiteral("start"), QStringLiteral("end")});
    for (auto *batch : {&companies, &sources, &deals, &flows, &claims})
        if (!*batch)
            return batch->error();

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
        companies->add(i)
            .add("Synthetic Co " + QByteArray::number(i).rightJustified(6, '0'))
            .add(utf8Token(randomCompanyKind(rng)))
            .add(synthetic);
        if (Status r = companies->endRow(); !r)
            return r;
        if ((i & 1023) == 0 && !tick(1024))
            return cancelled;
    }
    if (Status r = companies->flush(); !r)
        return r;

    const QByteArray publisher("DealScope generator (synthetic data)");
    const QByteArray sourceNote = QStringLiteral("Generated by dealscope-cli generate (seed %1); "
                                                 "not a real article.")
                                      .arg(o.seed)
                                      .toUtf8();
    std::vector<int> textLengths(size_t(nSources) + 1, 0);
    for (int64_t i = 1; i <= nSources; ++i) {
        const QString text = articleText(rng, o.textSize);
        textLengths[size_t(i)] = int(text.size());
        sources->add(i)
            .add("synthetic-" + QByteArray::number(i))
            .add("Synthetic article " + QByteArray::number(i))
            .add(publisher)
            .add(randomDate(rng).toString().toLatin1())
            .add(synthetic)
            .add(text.toUtf8())
            .add(int64_t(1))
            .add(sourceNote);
        if (Status r = sources->endRow(); !r)
            return r;
        if ((i & 255) == 0 && !tick(256))
            return cancelled;
    }
    if (Status r = sources->flush(); !r)
        return r;

    int64_t flowId = 0;
    for (int64_t d = 1; d <= o.deals; ++d) {
        const int64_t payer = 1 + rng.zipf(o.companies);
        int64_t payee = 1 + rng.zipf(o.companies);
        if (payee == payer)
            payee = payer % o.companies + 1;
        const PartialDate date = randomDate(rng);
        const QByteArray dateText = date.toString().toLatin1();
        deals->add(d)
            .add("Synthetic deal " + QByteArray::number(d))
            .add(utf8Token(randomStatus(rng)))
            .add(dateText)
            .add(int64_t(date.sortKey()));
        if (Status r = deals->endRow(); !r)
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
            flows->add(++flowId)
                .add(d)
                .add(from)
                .add(to)
                .add(utf8Token(kind))
                .add(dateText)
                .add(int64_t(date.sortKey()));
            if (Status r = flows->endRow(); !r)
                return r;

            const bool hasAmount = kind != FlowKind::Partnership;
            const int64_t base = hasAmount ? rng.amount() : 0;
            const int nClaims = rng.chance(0.55) ? 1 : 2 + int(rng.below(3));
            for (int c = 0; c < nClaims; ++c) {
                const int64_t source = 1 + rng.zipf(nSources);
                const int length = textLengths[size_t(source)];
                const int quoteLength = std::min(40, length);
                const int start = int(rng.below(std::max(1, length - quoteLength)));
                claims->add(source).add(flowId);
                if (hasAmount) {
                    const Money m = claimAmount(rng, base, c == 0);
                    claims->add(utf8Token(ClaimAttribute::Amount))
                        .add(m.minUsd)
                        .add(m.maxUsd)
                        .add(utf8Qualifier(m.qualifier))
                        .add(m.format().toUtf8());
                } else {
                    claims->add(utf8Token(ClaimAttribute::Existence))
                        .addNull()
                        .addNull()
                        .addNull()
                        .addNull();
                }
                // The quote's text is read from the article at its offsets.
                claims->add(int64_t(start)).add(int64_t(start + quoteLength));
                if (Status r = claims->endRow(); !r)
                    return r;
            }
        }
        if ((d & 4095) == 0 && !tick(4096))
            return cancelled;
    }
    for (auto *batch : {&deals, &flows, &claims})
        if (Status r = (*batch)->flush(); !r)
            return r;

    if (progress && !progress(90))
        return cancelled;
    // Indexes sort millions of keys: a small page cache and temporary files let SQLite's
    // sorter make sorted runs and merge them on both threads; one in-memory list was three
    // times slower (pointer chasing through 3 million entries).
    if (Status s = db.exec(QStringLiteral("PRAGMA temp_store=FILE; PRAGMA cache_size=-8192")); !s)
        return s;
    for (const QString &create : schema::indexStatements() + schema::revisionTriggerStatements())
        if (Status s = db.exec(create); !s)
            return s;
    if (Status s = db.exec(QStringLiteral("UPDATE revisions SET n = n + 1")); !s)
        return s;
    if (progress && !progress(99))
        return cancelled;
    if (Status s = tx.commit(); !s)
        return s;
    if (progress)
        progress(100);
    return {};
}

} // namespace ds::gen
