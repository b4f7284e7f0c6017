// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/search.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QStringList>

namespace ds::search {

namespace {

QString quoted(const QString &term) {
    QString t = term;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

bool searchable(const QString &term) {
    for (const QChar c : term)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

} // namespace

QString ftsQuery(const QString &input) {
    QStringList quotedTerms;
    for (const QString &t : searchTerms(input))
        quotedTerms << quoted(t);
    return quotedTerms.join(QLatin1Char(' '));
}

std::pair<int, int> firstOccurrence(const QString &text, const QStringList &terms) {
    std::pair<int, int> best{-1, 0};
    for (const QString &t : terms) {
        const int at = int(text.indexOf(t, 0, Qt::CaseInsensitive));
        if (at >= 0 && (best.first < 0 || at < best.first))
            best = {at, int(t.size())};
    }
    return best;
}

QStringList searchTerms(const QString &input) {
    QStringList terms;
    QString current;
    bool inPhrase = false;
    auto flush = [&] {
        const QString t = current.trimmed();
        if (searchable(t))
            terms << t.simplified();
        current.clear();
    };
    for (const QChar c : input) {
        const bool quote =
            c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E);
        if (quote) {
            flush();
            inPhrase = !inPhrase;
        } else if (!inPhrase && c.isSpace()) {
            flush();
        } else if (c.category() != QChar::Other_Control) {
            current += c;
        }
    }
    flush();
    return terms;
}

Result<Results> searchSources(Store &store, const QString &input, int limit) {
    const QString query = ftsQuery(input);
    if (query.isEmpty())
        return Error{QCoreApplication::translate("ds::Search",
                                                 "Type a word or a \"phrase\" to search for.")};
    auto failed = [](const Status &s) {
        return Error{QCoreApplication::translate("ds::Search", "The search could not be run: %1")
                         .arg(s.errorMessage())};
    };
    // Ranking reads every match's positions: with words most articles hold, rank the newest
    // kRankedAtMost matches only (finding where they start is cheap: rowids are in order).
    Results results;
    int64_t firstRanked = 0;
    auto threshold = sql::Statement::prepare(
        store.db(), QStringLiteral("SELECT rowid FROM source_fts WHERE source_fts MATCH ?1 "
                                   "ORDER BY rowid DESC LIMIT 1 OFFSET ?2"));
    if (!threshold)
        return threshold.error();
    threshold->bind(1, query);
    threshold->bind(2, kRankedAtMost - 1);
    if (threshold->next()) {
        firstRanked = threshold->int64(0);
        results.newestOnly = true;
    } else if (!threshold->status()) {
        return failed(threshold->status());
    }
    auto st = sql::Statement::prepare(
        store.db(),
        QStringLiteral("SELECT s.id, highlight(source_fts, 0, char(2), char(3)), "
                       "snippet(source_fts, 1, char(2), char(3), '…', 16), s.publisher, "
                       "s.published FROM source_fts JOIN sources s ON s.id = source_fts.rowid "
                       "WHERE source_fts MATCH ?1 AND source_fts.rowid >= ?3 ORDER BY rank "
                       "LIMIT ?2"));
    if (!st)
        return st.error();
    st->bind(1, query);
    st->bind(2, limit + 1);
    st->bind(3, firstRanked);
    while (st->next()) {
        if (int(results.hits.size()) == limit) {
            results.more = true;
            break;
        }
        Hit h;
        h.sourceId = st->int64(0);
        h.title = st->text(1);
        h.snippet = st->text(2);
        h.publisher = st->text(3);
        h.published = PartialDate::parse(st->text(4)).value_or(PartialDate());
        results.hits.push_back(std::move(h));
    }
    if (!st->status())
        return failed(st->status());
    if (results.newestOnly)
        results.more = true;
    return results;
}

QString replaceMarks(const QString &marked, const QString &start, const QString &end) {
    QString out = marked;
    out.replace(kMatchStart, start);
    out.replace(kMatchEnd, end);
    return out;
}

} // namespace ds::search
