// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/quoteanchor.h"

#include <algorithm>
#include <vector>

namespace ds {

namespace {

/// Text folded for fuzzy comparison, with the position in the original of each character.
struct Folded {
    QString text;
    std::vector<int> origin;
};

QChar foldChar(QChar c) {
    switch (c.unicode()) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
        return QLatin1Char('\'');
    case 0x201C:
    case 0x201D:
    case 0x201F:
    case 0x2033:
        return QLatin1Char('"');
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return QLatin1Char('-');
    default:
        return c.toCaseFolded();
    }
}

Folded fold(const QString &s) {
    Folded f;
    f.text.reserve(s.size());
    bool lastSpace = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            if (!lastSpace && !f.text.isEmpty()) {
                f.text += QLatin1Char(' ');
                f.origin.push_back(i);
            }
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        f.text += foldChar(c);
        f.origin.push_back(i);
    }
    if (f.text.endsWith(QLatin1Char(' '))) {
        f.text.chop(1);
        f.origin.pop_back();
    }
    return f;
}

std::vector<int> occurrences(const QString &haystack, const QString &needle) {
    std::vector<int> found;
    if (needle.isEmpty())
        return found;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        found.push_back(int(at));
    return found;
}

/// How much of the quote's prefix and suffix surround position `at` (in characters).
int contextScore(const QString &text, int at, int length, const Quote &q) {
    int score = 0;
    for (int i = 1; i <= q.prefix.size() && at - i >= 0; ++i) {
        if (text.at(at - i) != q.prefix.at(q.prefix.size() - i))
            break;
        ++score;
    }
    for (int i = 0; i < q.suffix.size() && at + length + i < text.size(); ++i) {
        if (text.at(at + length + i) != q.suffix.at(i))
            break;
        ++score;
    }
    return score;
}

/// Picks among several candidate positions by context; nullopt when it cannot tell.
std::optional<int> byContext(const QString &text, const std::vector<int> &candidates, int length,
                             const Quote &q) {
    int best = -1, bestScore = 0, runnerUp = 0;
    for (int at : candidates) {
        const int score = contextScore(text, at, length, q);
        if (score > bestScore) {
            runnerUp = bestScore;
            bestScore = score;
            best = at;
        } else if (score > runnerUp) {
            runnerUp = score;
        }
    }
    if (best < 0 || bestScore == runnerUp)
        return std::nullopt;
    return best;
}

} // namespace

Anchor anchorQuote(const Quote &quote, const QString &text) {
    Anchor result;
    result.quote = quote;
    const QString &exact = quote.exact;
    if (exact.isEmpty())
        return result;
    const int length = int(exact.size());
    if (quote.start && *quote.start + length <= text.size() &&
        QStringView(text).mid(*quote.start, length) == exact) {
        result.match = AnchorMatch::Unchanged;
        result.quote.end = *quote.start + length;
        return result;
    }
    auto place = [&](int at, AnchorMatch how) {
        result.match = how;
        result.quote.start = at;
        result.quote.end = at + length;
        return result;
    };
    const std::vector<int> found = occurrences(text, exact);
    if (found.size() == 1)
        return place(found.front(), AnchorMatch::Exact);
    if (found.size() > 1) {
        if (auto at = byContext(text, found, length, quote))
            return place(*at, AnchorMatch::Context);
        return result; // several equal places: do not guess
    }

    // Fuzzy: ignore typography (curly quotes, dashes), runs of spaces and case.
    const Folded foldedText = fold(text);
    const Folded foldedQuote = fold(exact);
    const std::vector<int> fuzzy = occurrences(foldedText.text, foldedQuote.text);
    std::optional<int> pick;
    if (fuzzy.size() == 1)
        pick = fuzzy.front();
    else if (fuzzy.size() > 1) {
        const Folded foldedPrefix = fold(quote.prefix);
        const Folded foldedSuffix = fold(quote.suffix);
        Quote foldedContext;
        foldedContext.prefix = foldedPrefix.text;
        foldedContext.suffix = foldedSuffix.text;
        pick = byContext(foldedText.text, fuzzy, int(foldedQuote.text.size()), foldedContext);
    }
    if (!pick || foldedQuote.text.isEmpty())
        return result;
    const int start = foldedText.origin[size_t(*pick)];
    const int end = foldedText.origin[size_t(*pick) + size_t(foldedQuote.text.size()) - 1] + 1;
    result.match = AnchorMatch::Fuzzy;
    result.quote.start = start;
    result.quote.end = end;
    result.quote.exact = text.mid(start, end - start);
    return result;
}

} // namespace ds
