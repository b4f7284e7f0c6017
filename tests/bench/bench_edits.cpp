// SPDX-License-Identifier: GPL-3.0-or-later
// Editing benchmarks: how long one change takes to be written (each is one transaction) on a
// large file, and how long undoing it takes. Deletions take a deal's flows and claims or a
// source's claims with them; undo writes them back with their ids.
//
//   build/default/tests/bench/bench_edits [--db FILE | --deals N --companies M] [--samples K]
#include "benchdata.h"
#include "edit/edits.h"
#include "edit/rowset.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <random>

using namespace ds;

namespace {

struct Timings {
    std::vector<double> ms;
    void add(const QElapsedTimer &t) { ms.push_back(double(t.nsecsElapsed()) / 1e6); }
    void print(const char *what) {
        if (ms.empty())
            return;
        std::sort(ms.begin(), ms.end());
        std::printf("%-52s %8.2f ms  (p90 %.2f ms, max %.2f ms, %zu samples)\n", what,
                    ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.back(), ms.size());
    }
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    bench::DataOptions data;
    data.addTo(parser);
    const QCommandLineOption samples(QStringLiteral("samples"),
                                     QStringLiteral("Edits of each kind."), QStringLiteral("K"),
                                     QStringLiteral("50"));
    parser.addOption(samples);
    parser.process(app);
    QTemporaryDir dir;
    const QString path = data.path(parser, dir);
    if (path.isEmpty())
        return 1;
    auto store = Store::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    const auto counts = store->counts();
    if (!counts || counts->deals == 0 || counts->sources == 0)
        return 1;
    std::printf("%lld deals, %lld flows, %lld claims, %lld sources\n", (long long)counts->deals,
                (long long)counts->flows, (long long)counts->claims, (long long)counts->sources);
    std::mt19937_64 rng(7);
    auto pick = [&](int64_t n) { return Id(1 + int64_t(rng() % uint64_t(n))); };
    const int k = parser.value(samples).toInt();
    Timings removeDeal, restoreDeal, editDeal, addClaim, undoClaim, removeSource, restoreSource;
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    };
    for (int i = 0; i < k; ++i) {
        QElapsedTimer t;
        // Delete a deal with its flows and claims, then undo.
        const Id deal = pick(counts->deals);
        t.start();
        auto rows = edits::removeDeal(*store, deal);
        if (!rows)
            return fail(rows.errorMessage());
        removeDeal.add(t);
        t.restart();
        if (Status s = edits::restoreRows(*store, *rows); !s)
            return fail(s.errorMessage());
        restoreDeal.add(t);
        // Change a deal's status (and back).
        auto d = store->deal(deal);
        if (!d)
            return fail(d.errorMessage());
        Deal changed = *d;
        changed.status =
            d->status == DealStatus::Cancelled ? DealStatus::Completed : DealStatus::Cancelled;
        t.restart();
        if (Status s = edits::updateDeal(*store, changed); !s)
            return fail(s.errorMessage());
        editDeal.add(t);
        (void)edits::updateDeal(*store, *d);
        // Add a claim by hand on a flow of that deal, then undo.
        if (!rows->flows.empty()) {
            Claim claim;
            claim.flowId = rows->flows.front().id;
            claim.sourceId = pick(counts->sources);
            claim.money = Money::parse(QStringLiteral("$3 billion"));
            if (auto text = store->source(claim.sourceId); text && text->text.size() > 200)
                claim.quote.exact = text->text.mid(100, 60); // anchored in the article
            t.restart();
            auto added = edits::addClaim(*store, claim);
            if (!added)
                return fail(added.errorMessage());
            addClaim.add(t);
            t.restart();
            if (Status s = edits::removeRows(*store, *added); !s)
                return fail(s.errorMessage());
            undoClaim.add(t);
        }
        // Delete a source with its text and claims, then undo.
        const Id source = pick(counts->sources);
        t.restart();
        auto removed = edits::removeSource(*store, source);
        if (!removed)
            return fail(removed.errorMessage());
        removeSource.add(t);
        t.restart();
        if (Status s = edits::restoreRows(*store, *removed); !s)
            return fail(s.errorMessage());
        restoreSource.add(t);
    }
    removeDeal.print("delete a deal with its flows and claims");
    restoreDeal.print("undo: write them back with their ids");
    editDeal.print("change a deal's status");
    addClaim.print("add a claim by hand, its quote anchored");
    undoClaim.print("undo: remove it");
    removeSource.print("delete a source with its text and claims");
    restoreSource.print("undo: write them back (text re-indexed)");
    return 0;
}
