// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

#include <QString>
#include <QStringList>

#include <utility>

#include <vector>

namespace ds {
class Store;
}

namespace ds::search {

/// Marks around matched words in titles and snippets (control characters that no article
/// text holds); callers turn them into bold, brackets or colour.
inline constexpr QChar kMatchStart = QChar(0x02);
inline constexpr QChar kMatchEnd = QChar(0x03);

/// A full-text query built from what a person typed: every word (or "quoted phrase") is
/// searched for literally, all of them must occur. Quotes, "-", ":", "*", "^", parentheses and
/// the words AND, OR, NOT, NEAR are never operators. Empty when nothing searchable remains.
QString ftsQuery(const QString &input);

/// The words and phrases of what a person typed, as ftsQuery reads them (for highlighting).
QStringList searchTerms(const QString &input);

/// Where the first of the terms stands in a text (case-insensitive), or (-1, 0).
std::pair<int, int> firstOccurrence(const QString &text, const QStringList &terms);

struct Hit {
    Id sourceId = 0;
    QString title;   ///< with match marks
    QString snippet; ///< a few words around the best match, with match marks
    QString publisher;
    PartialDate published;
};

struct Results {
    std::vector<Hit> hits; ///< best first
    bool more = false;     ///< there are more than the limit
    /// The words are so common that only the newest kRankedAtMost matching sources were
    /// ranked (ranking every match of a word that most articles hold would take too long).
    bool newestOnly = false;
};

/// How many matching sources are ranked at most; beyond, the newest of them are.
inline constexpr int kRankedAtMost = 10000;

/// Searches the titles and texts of the sources, best match first (BM25).
Result<Results> searchSources(Store &store, const QString &input, int limit = 50);

/// A marked text with the marks replaced (e.g. by "<b>" and "</b>" after HTML escaping).
QString replaceMarks(const QString &marked, const QString &start, const QString &end);

} // namespace ds::search
