// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/sentences.h"

#include <QSet>

#include <algorithm>

namespace ds::ingest {

namespace {

bool isAbbreviation(const QString &text, int dot) {
    static const QSet<QString> words = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),    QStringLiteral("ms"),
        QStringLiteral("dr"),   QStringLiteral("prof"),   QStringLiteral("inc"),
        QStringLiteral("corp"), QStringLiteral("co"),     QStringLiteral("ltd"),
        QStringLiteral("st"),   QStringLiteral("vs"),     QStringLiteral("no"),
        QStringLiteral("jan"),  QStringLiteral("feb"),    QStringLiteral("mar"),
        QStringLiteral("apr"),  QStringLiteral("jun"),    QStringLiteral("jul"),
        QStringLiteral("aug"),  QStringLiteral("sep"),    QStringLiteral("sept"),
        QStringLiteral("oct"),  QStringLiteral("nov"),    QStringLiteral("dec"),
        QStringLiteral("e.g"),  QStringLiteral("i.e"),    QStringLiteral("u.s"),
        QStringLiteral("u.k"),  QStringLiteral("approx"), QStringLiteral("est"),
    };
    int begin = dot;
    while (begin > 0 && (text.at(begin - 1).isLetter() || text.at(begin - 1) == QLatin1Char('.')))
        --begin;
    const QString word = text.mid(begin, dot - begin).toLower();
    if (words.contains(word))
        return true;
    // A single capital letter: an initial ("J. Smith").
    return word.size() == 1 && text.at(begin).isUpper();
}

bool startsSentence(QChar c) {
    return c.isUpper() || c.isDigit() || c == QLatin1Char('"') || c == QChar(0x201C) ||
           c == QLatin1Char('\'') || c == QChar(0x2018) || c == QLatin1Char('(') ||
           c == QLatin1Char('$') || c.category() == QChar::Letter_Other;
}

void addTrimmed(const QString &text, int start, int end, std::vector<TextSpan> &out) {
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end > start)
        out.push_back({start, end});
}

} // namespace

std::vector<TextSpan> splitSentences(const QString &text) {
    std::vector<TextSpan> out;
    const int n = int(text.size());
    int start = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            addTrimmed(text, start, i, out);
            start = i + 1;
            continue;
        }
        const bool cjkStop = c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F);
        if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?') && !cjkStop)
            continue;
        int end = i + 1;
        // Closing quotes and brackets belong to the sentence.
        while (end < n && (text.at(end) == QLatin1Char('"') || text.at(end) == QChar(0x201D) ||
                           text.at(end) == QChar(0x2019) || text.at(end) == QLatin1Char(')')))
            ++end;
        if (cjkStop) {
            addTrimmed(text, start, end, out);
            start = end;
            continue;
        }
        if (end >= n || !text.at(end).isSpace())
            continue; // "$1.4", "Amazon.com", "U.S."
        int next = end;
        while (next < n && text.at(next).isSpace() && text.at(next) != QLatin1Char('\n'))
            ++next;
        if (next < n && text.at(next) != QLatin1Char('\n') && !startsSentence(text.at(next)))
            continue;
        if (c == QLatin1Char('.') && isAbbreviation(text, i) && next < n &&
            text.at(next) != QLatin1Char('\n') && !text.at(next).isDigit())
            continue;
        addTrimmed(text, start, end, out);
        start = end;
    }
    addTrimmed(text, start, n, out);
    return out;
}

int sentenceAt(const std::vector<TextSpan> &sentences, int offset) {
    const auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                     [](int o, const TextSpan &s) { return o < s.start; });
    return it == sentences.begin() ? 0 : int(it - sentences.begin()) - 1;
}

} // namespace ds::ingest
