// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scoring extracted article text the way the article-extraction benchmark's evaluate.py does:
// tokens are runs of word characters; 4-token shingles of the kept text are matched against
// those of the checked body; each page's true and false positives and misses are normalised
// to sum to one; precision and recall are the means over pages; F1 is their harmonic mean.
// Shared by tests/bench/bench_extraction and the regression test.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <zlib.h>

#include <optional>
#include <vector>

namespace ds::testing {

/// The bytes of a gzip file, or nullopt.
inline std::optional<QByteArray> gunzipFile(const QString &path) {
    gzFile f = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!f)
        return std::nullopt;
    QByteArray out;
    char buf[65536];
    int n = 0;
    while ((n = gzread(f, buf, sizeof buf)) > 0)
        out.append(buf, n);
    const bool ok = n == 0;
    gzclose(f);
    return ok ? std::optional<QByteArray>(out) : std::nullopt;
}

struct PageMatch {
    double tp = 0, fp = 0, fn = 0; // normalised
};

inline QStringList benchmarkTokens(const QString &text) {
    static const QRegularExpression word(QStringLiteral("\\w+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList tokens;
    for (auto it = word.globalMatch(text); it.hasNext();)
        tokens << it.next().captured(0);
    return tokens;
}

inline QHash<QString, int> shingles(const QString &text) {
    const QStringList t = benchmarkTokens(text);
    QHash<QString, int> out;
    const qsizetype n = std::max<qsizetype>(1, t.size() - 4 + 1);
    for (qsizetype i = 0; i < n; ++i) {
        const QString s = t.mid(i, 4).join(QChar(0x1F));
        if (!s.isEmpty())
            ++out[s];
    }
    return out;
}

inline PageMatch matchPage(const QString &truth, const QString &kept) {
    const auto a = shingles(truth);
    const auto b = shingles(kept);
    PageMatch m;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const int p = b.value(it.key(), 0);
        m.tp += std::min(it.value(), p);
        m.fn += std::max(0, it.value() - p);
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        m.fp += std::max(0, it.value() - a.value(it.key(), 0));
    const double s = m.tp + m.fp + m.fn;
    if (s > 0) {
        m.tp /= s;
        m.fp /= s;
        m.fn /= s;
    }
    return m;
}

struct BenchmarkScore {
    double precision = 0, recall = 0, f1 = 0;
};

inline BenchmarkScore score(const std::vector<PageMatch> &pages) {
    double p = 0, r = 0;
    int np = 0, nr = 0;
    for (const PageMatch &m : pages) {
        if (m.tp + m.fp > 0) {
            p += (m.fp == 0 && m.fn == 0) ? 1.0 : m.tp / (m.tp + m.fp);
            ++np;
        }
        if (m.tp + m.fn > 0) {
            r += (m.fp == 0 && m.fn == 0) ? 1.0 : m.tp / (m.tp + m.fn);
            ++nr;
        }
    }
    BenchmarkScore s;
    s.precision = np ? p / np : 0;
    s.recall = nr ? r / nr : 0;
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
    return s;
}

} // namespace ds::testing
