// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/checks.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ds {

namespace {

/// Collects one message per row of a query whose first column is an id.
Status collect(sql::Database &db, const QString &query, Problem::Severity severity,
               const char *messageWithId, std::vector<Problem> &out) {
    auto st = sql::Statement::prepare(db, query);
    if (!st)
        return st.error();
    while (st->next())
        out.push_back(
            {severity, QCoreApplication::translate("ds::Checks", messageWithId).arg(st->int64(0))});
    return st->status();
}

} // namespace

Result<std::vector<Problem>> runChecks(Store &store) {
    sql::Database &db = store.db();
    std::vector<Problem> problems;
    using S = Problem::Severity;

    {
        auto st = sql::Statement::prepare(db, QStringLiteral("PRAGMA integrity_check"));
        if (!st)
            return st.error();
        while (st->next()) {
            const QString line = st->text(0);
            if (line != QLatin1String("ok"))
                problems.push_back(
                    {S::Error,
                     QCoreApplication::translate("ds::Checks", "Database damage: %1").arg(line)});
        }
        if (!st->status())
            return st->status().error();
    }
    {
        auto st = sql::Statement::prepare(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!st)
            return st.error();
        while (st->next())
            problems.push_back(
                {S::Error, QCoreApplication::translate(
                               "ds::Checks", "Row %1 of table %2 refers to a missing row in %3.")
                               .arg(st->int64(1))
                               .arg(st->text(0), st->text(2))});
        if (!st->status())
            return st->status().error();
    }

    const struct {
        const char *query;
        S severity;
        const char *message;
    } simple[] = {
        {"SELECT id FROM claims WHERE source_id IS NULL OR source_id NOT IN (SELECT id FROM "
         "sources)",
         S::Error, QT_TRANSLATE_NOOP("ds::Checks", "Claim %1 has no source.")},
        {"SELECT id FROM claims WHERE usd_max IS NOT NULL AND usd_min > usd_max", S::Error,
         QT_TRANSLATE_NOOP("ds::Checks", "Claim %1: its minimum amount exceeds its maximum.")},
        {"SELECT id FROM claims WHERE attribute IN ('amount','total','valuation') AND usd_min IS "
         "NULL",
         S::Warning, QT_TRANSLATE_NOOP("ds::Checks", "Claim %1 is about an amount but has none.")},
        {"SELECT id FROM claims WHERE orphaned = 1", S::Warning,
         QT_TRANSLATE_NOOP("ds::Checks",
                           "Claim %1 is orphaned: its quote no longer matches its source.")},
        {"SELECT d.id FROM deals d WHERE NOT EXISTS (SELECT 1 FROM flows f WHERE f.deal_id = "
         "d.id) AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.deal_id = d.id)",
         S::Warning, QT_TRANSLATE_NOOP("ds::Checks", "Deal %1 has neither flows nor claims.")},
        {"SELECT id FROM sources WHERE cites_id = id", S::Warning,
         QT_TRANSLATE_NOOP("ds::Checks", "Source %1 cites itself.")},
    };
    for (const auto &check : simple)
        if (Status s = collect(db, QString::fromLatin1(check.query), check.severity, check.message,
                               problems);
            !s)
            return s.error();

    // Quote offsets against the texts we have, source by source.
    auto sources = sql::Statement::prepare(
        db, QStringLiteral("SELECT id, text FROM sources WHERE text IS NOT NULL"));
    auto claims = sql::Statement::prepare(
        db, QStringLiteral("SELECT id, quote, start, \"end\" FROM claims WHERE source_id = ? AND "
                           "start IS NOT NULL AND orphaned = 0"));
    if (!sources)
        return sources.error();
    if (!claims)
        return claims.error();
    while (sources->next()) {
        const QString text = sources->text(1);
        claims->bind(1, sources->int64(0));
        while (claims->next()) {
            const int64_t id = claims->int64(0);
            const QString quote = claims->text(1);
            const int start = claims->integer(2);
            const int end = claims->integer(3);
            if (end > text.size())
                problems.push_back(
                    {S::Error, QCoreApplication::translate(
                                   "ds::Checks", "Claim %1: its quote ends at %2, past the end of "
                                                 "its source's text (%3).")
                                   .arg(id)
                                   .arg(end)
                                   .arg(text.size())});
            else if (!quote.isEmpty() && QStringView(text).mid(start, end - start) != quote)
                problems.push_back(
                    {S::Error,
                     QCoreApplication::translate(
                         "ds::Checks", "Claim %1: its quote does not match its source's text at "
                                       "offsets %2–%3.")
                         .arg(id)
                         .arg(start)
                         .arg(end)});
        }
        if (!claims->status())
            return claims->status().error();
        claims->reset();
    }
    if (!sources->status())
        return sources->status().error();

    // Citation loops (A cites B cites A).
    auto cites = sql::Statement::prepare(
        db, QStringLiteral("SELECT id, cites_id FROM sources WHERE cites_id IS NOT NULL"));
    if (!cites)
        return cites.error();
    QHash<int64_t, int64_t> citesOf;
    while (cites->next())
        citesOf.insert(cites->int64(0), cites->int64(1));
    for (auto it = citesOf.cbegin(); it != citesOf.cend(); ++it) {
        QSet<int64_t> seen{it.key()};
        for (int64_t next = it.value(); citesOf.contains(next); next = citesOf.value(next)) {
            if (seen.contains(next)) {
                if (next == it.key() && it.key() != it.value())
                    problems.push_back(
                        {S::Warning, QCoreApplication::translate(
                                         "ds::Checks", "Source %1 is part of a citation loop.")
                                         .arg(it.key())});
                break;
            }
            seen.insert(next);
        }
    }
    return problems;
}

} // namespace ds
