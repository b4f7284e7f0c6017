// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <utility>

namespace ds {

namespace {

struct QualifierWord {
    const char *words;
    Qualifier qualifier;
};

// Longest first where one is a prefix of another ("no more than" before "more than").
constexpr std::array kQualifierWords = {
    QualifierWord{"no more than", Qualifier::UpTo},
    QualifierWord{"as much as", Qualifier::UpTo},
    QualifierWord{"up to", Qualifier::UpTo},
    QualifierWord{"more than", Qualifier::AtLeast},
    QualifierWord{"in excess of", Qualifier::AtLeast},
    QualifierWord{"upwards of", Qualifier::AtLeast},
    QualifierWord{"at least", Qualifier::AtLeast},
    QualifierWord{"over", Qualifier::AtLeast},
    QualifierWord{"approximately", Qualifier::About},
    QualifierWord{"an estimated", Qualifier::About},
    QualifierWord{"close to", Qualifier::About},
    QualifierWord{"roughly", Qualifier::About},
    QualifierWord{"around", Qualifier::About},
    QualifierWord{"nearly", Qualifier::About},
    QualifierWord{"almost", Qualifier::About},
    QualifierWord{"about", Qualifier::About},
    QualifierWord{"some", Qualifier::About},
    QualifierWord{"~", Qualifier::About},
    QualifierWord{"between", Qualifier::Range},
};

struct Scale {
    const char *unit;
    int64_t factor;
};

constexpr std::array kScales = {
    Scale{"trillion", 1'000'000'000'000},
    Scale{"tn", 1'000'000'000'000},
    Scale{"t", 1'000'000'000'000},
    Scale{"billion", 1'000'000'000},
    Scale{"bn", 1'000'000'000},
    Scale{"b", 1'000'000'000},
    Scale{"million", 1'000'000},
    Scale{"mn", 1'000'000},
    Scale{"m", 1'000'000},
    Scale{"thousand", 1'000},
    Scale{"k", 1'000},
};

// "three hundred", "twenty-five", "one hundred and fifty": a spelled number below a
// thousand, as digits; nullopt when the words are not one.
std::optional<int> spelledNumber(const QString &words) {
    static const QHash<QString, int> units = [] {
        QHash<QString, int> h;
        const char *names[] = {"zero",    "one",     "two",       "three",    "four",
                               "five",    "six",     "seven",     "eight",    "nine",
                               "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                               "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < 20; ++i)
            h.insert(QString::fromLatin1(names[i]), i);
        const char *tens[] = {"twenty", "thirty",  "forty",  "fifty",
                              "sixty",  "seventy", "eighty", "ninety"};
        for (int i = 0; i < 8; ++i)
            h.insert(QString::fromLatin1(tens[i]), 20 + 10 * i);
        h.insert(QStringLiteral("a"), 1);
        return h;
    }();
    QString w = words;
    w.replace(QLatin1Char('-'), QLatin1Char(' '));
    int total = 0;
    int current = 0;
    bool any = false;
    for (const QString &word : w.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("and") && any)
            continue;
        if (word == QLatin1String("hundred")) {
            if (current == 0 || current >= 100)
                return std::nullopt;
            current *= 100;
            continue;
        }
        const auto it = units.constFind(word);
        if (it == units.cend())
            return std::nullopt;
        current += *it;
        any = true;
    }
    total += current;
    return any ? std::optional(total) : std::nullopt;
}

int64_t scaleFactor(const QString &unit) {
    for (const Scale &s : kScales)
        if (unit == QLatin1String(s.unit))
            return s.factor;
    return 1;
}

QString currencyCode(const QString &symbolOrWord) {
    static const std::array<std::pair<const char *, const char *>, 16> table = {{
        {"us$", "USD"},
        {"$", "USD"},
        {"usd", "USD"},
        {"dollar", "USD"},
        {"dollars", "USD"},
        {"€", "EUR"},
        {"eur", "EUR"},
        {"euro", "EUR"},
        {"euros", "EUR"},
        {"£", "GBP"},
        {"gbp", "GBP"},
        {"pound", "GBP"},
        {"pounds", "GBP"},
        {"¥", "JPY"},
        {"jpy", "JPY"},
        {"cny", "CNY"},
    }};
    for (const auto &[key, code] : table)
        if (symbolOrWord == QString::fromUtf8(key))
            return QString::fromLatin1(code);
    return {};
}

std::optional<int64_t> toUsd(const QString &number, int64_t factor, double rate) {
    QString digits = number;
    digits.remove(QLatin1Char(','));
    bool ok = false;
    const long double value = digits.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    const long double usd = value * static_cast<long double>(factor) * rate;
    if (usd > 9.0e18L)
        return std::nullopt;
    return static_cast<int64_t>(std::llround(usd));
}

} // namespace

QString trimmedDecimal(int64_t value, int64_t unit) {
    const int64_t whole = value / unit;
    int64_t frac = value % unit;
    QString text = QString::number(whole);
    if (frac == 0)
        return text;
    QString fracText =
        QString::number(frac).rightJustified(QString::number(unit).size() - 1, QLatin1Char('0'));
    while (fracText.endsWith(QLatin1Char('0')))
        fracText.chop(1);
    return text + QLatin1Char('.') + fracText;
}

QString qualifierToken(Qualifier q) {
    switch (q) {
    case Qualifier::Exact:
        return QStringLiteral("exact");
    case Qualifier::UpTo:
        return QStringLiteral("up_to");
    case Qualifier::AtLeast:
        return QStringLiteral("at_least");
    case Qualifier::About:
        return QStringLiteral("about");
    case Qualifier::Range:
        return QStringLiteral("range");
    }
    return {};
}

std::optional<Qualifier> qualifierFromToken(const QString &token) {
    for (Qualifier q : {Qualifier::Exact, Qualifier::UpTo, Qualifier::AtLeast, Qualifier::About,
                        Qualifier::Range})
        if (qualifierToken(q) == token)
            return q;
    return std::nullopt;
}

std::optional<Qualifier> qualifierFromToken(QLatin1String token) {
    for (Qualifier q : {Qualifier::Exact, Qualifier::UpTo, Qualifier::AtLeast, Qualifier::About,
                        Qualifier::Range})
        if (qualifierToken(q) == token)
            return q;
    return std::nullopt;
}

Money Money::exact(int64_t usd) {
    Money m;
    m.minUsd = usd;
    m.maxUsd = usd;
    return m;
}

Money Money::upTo(int64_t usd) {
    Money m;
    m.minUsd = 0;
    m.maxUsd = usd;
    m.qualifier = Qualifier::UpTo;
    return m;
}

Money Money::atLeast(int64_t usd) {
    Money m;
    m.minUsd = usd;
    m.maxUsd = std::nullopt;
    m.qualifier = Qualifier::AtLeast;
    return m;
}

Money Money::about(int64_t usd) {
    Money m = exact(usd);
    m.qualifier = Qualifier::About;
    return m;
}

Money Money::range(int64_t minUsd, int64_t maxUsd) {
    Money m;
    m.minUsd = std::min(minUsd, maxUsd);
    m.maxUsd = std::max(minUsd, maxUsd);
    m.qualifier = Qualifier::Range;
    return m;
}

std::optional<Money> Money::parse(const QString &text) {
    QString s = text.toLower().simplified();
    s.replace(QChar(0x2013), QLatin1Char('-')); // en dash
    s.replace(QChar(0x2014), QLatin1Char('-')); // em dash
    s.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    s.replace(QStringLiteral(" - "), QStringLiteral("-"));
    if (s.isEmpty())
        return std::nullopt;

    // "multibillion-dollar", "multi-billion dollar": at least two of the unit.
    static const QRegularExpression multi(
        QStringLiteral("^multi-?(billion|million|trillion)(?:[- ]dollars?)?$"));
    // "billions" (of dollars): as vague as "multibillion", and read the same way.
    static const QRegularExpression plural(
        QStringLiteral("^(billion|million|trillion)s(?: of dollars)?$"));
    if (const auto m = plural.match(s); m.hasMatch()) {
        Money money = atLeast(2 * scaleFactor(m.captured(1)));
        money.stated = text.trimmed();
        return money;
    }
    if (const auto m = multi.match(s); m.hasMatch()) {
        Money money = atLeast(2 * scaleFactor(m.captured(1)));
        money.stated = text.trimmed();
        return money;
    }

    // "three hundred billion dollars": the spelled number as digits.
    static const QRegularExpression spelled(QStringLiteral(
        R"(^((?:[a-z]+[- ]){0,5}?[a-z]+) (trillion|billion|million|thousand)( .*)?$)"));
    if (const auto m = spelled.match(s); m.hasMatch()) {
        QString words = m.captured(1);
        QString lead;
        for (const QualifierWord &w : kQualifierWords) {
            const QString q = QString::fromUtf8(w.words);
            if (words.startsWith(q + QLatin1Char(' '))) {
                lead = q + QLatin1Char(' ');
                words = words.mid(q.size() + 1);
                break;
            }
        }
        if (const auto n = spelledNumber(words))
            s = lead + QString::number(*n) + QLatin1Char(' ') + m.captured(2) + m.captured(3);
    }

    std::optional<Qualifier> qualifier;
    for (const QualifierWord &w : kQualifierWords) {
        const QString words = QString::fromUtf8(w.words);
        if (s.startsWith(words) && (words == QLatin1String("~") || s.size() == words.size() ||
                                    !s.at(words.size()).isLetterOrNumber())) {
            qualifier = w.qualifier;
            s = s.mid(words.size()).trimmed();
            break;
        }
    }

    static const QString cur = QStringLiteral(R"((us\$|\$|usd|€|eur|£|gbp|¥|jpy|cny)?\s*)");
    static const QString num = QStringLiteral(R"((\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))");
    static const QString scale =
        QStringLiteral(R"(\s*(trillion|tn|t|billion|bn|b|million|mn|m|thousand|k)?)");
    static const QRegularExpression amount(
        QStringLiteral("^") + cur + num + scale + QStringLiteral(R"((?:\s*(?:-|to|and)\s*)") + cur +
        num + scale + QStringLiteral(R"()?(?:[\s-]*(dollars?|euros?|pounds?|usd|eur|gbp))?$)"));
    const auto m = amount.match(s);
    if (!m.hasMatch())
        return std::nullopt;

    const bool isRange = m.capturedLength(5) > 0;
    QString code = currencyCode(m.captured(1));
    if (code.isEmpty())
        code = currencyCode(m.captured(4));
    if (code.isEmpty())
        code = currencyCode(m.captured(7));
    if (code.isEmpty())
        code = QStringLiteral("USD");
    const std::optional<double> rate = usdPerUnit(code);
    if (!rate)
        return std::nullopt;

    QString unit1 = m.captured(3);
    const QString unit2 = m.captured(6);
    if (isRange && unit1.isEmpty())
        unit1 = unit2; // "$5-10 billion"
    const auto v1 = toUsd(m.captured(2), scaleFactor(unit1), *rate);
    if (!v1)
        return std::nullopt;

    Money money;
    if (isRange) {
        const auto v2 = toUsd(m.captured(5), scaleFactor(unit2), *rate);
        if (!v2)
            return std::nullopt;
        money = range(*v1, *v2);
    } else if (qualifier == Qualifier::Range) {
        return std::nullopt; // "between $5B" without a second bound
    } else {
        switch (qualifier.value_or(Qualifier::Exact)) {
        case Qualifier::UpTo:
            money = upTo(*v1);
            break;
        case Qualifier::AtLeast:
            money = atLeast(*v1);
            break;
        case Qualifier::About:
            money = about(*v1);
            break;
        default:
            money = exact(*v1);
        }
    }
    money.currency = code;
    money.stated = text.trimmed();
    return money;
}

namespace {
std::atomic<UsdStyle> g_usdStyle{UsdStyle::Compact};
} // namespace

void setUsdStyle(UsdStyle style) {
    g_usdStyle = style;
}

UsdStyle usdStyle() {
    return g_usdStyle;
}

QString formatUsdCompact(int64_t usd) {
    static constexpr std::array<std::pair<int64_t, char>, 4> units = {
        {{1'000'000'000'000, 'T'}, {1'000'000'000, 'B'}, {1'000'000, 'M'}, {1'000, 'K'}}};
    const bool negative = usd < 0;
    const int64_t v = negative ? -usd : usd;
    QString body = QString::number(v);
    if (g_usdStyle == UsdStyle::Billions && v >= 1'000'000'000) {
        // "$1,400B": whole billions grouped by thousands, then the decimals.
        const QString decimal = trimmedDecimal(v, 1'000'000'000);
        QString whole = decimal.section(QLatin1Char('.'), 0, 0);
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
        const QString fraction = decimal.section(QLatin1Char('.'), 1);
        body = whole + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction) +
               QLatin1Char('B');
        return (negative ? QStringLiteral("-$") : QStringLiteral("$")) + body;
    }
    for (const auto &[unit, letter] : units) {
        if (v >= unit) {
            body = trimmedDecimal(v, unit) + QLatin1Char(letter);
            break;
        }
    }
    return (negative ? QStringLiteral("-$") : QStringLiteral("$")) + body;
}

QString Money::format() const {
    const QString lo = formatUsdCompact(minUsd);
    const QString hi = maxUsd ? formatUsdCompact(*maxUsd) : QString();
    switch (qualifier) {
    case Qualifier::Exact:
        return lo;
    case Qualifier::UpTo:
        return QStringLiteral("up to ") + hi;
    case Qualifier::AtLeast:
        return QStringLiteral("at least ") + lo;
    case Qualifier::About:
        return QStringLiteral("about ") + lo;
    case Qualifier::Range:
        return lo + QChar(0x2013) + hi;
    }
    return lo;
}

std::optional<double> usdPerUnit(const QString &currency) {
    // Fixed reference rates (2025 averages, rounded); good enough to compare figures.
    static const std::array<std::pair<const char *, double>, 5> rates = {{
        {"USD", 1.0},
        {"EUR", 1.10},
        {"GBP", 1.30},
        {"JPY", 0.0068},
        {"CNY", 0.14},
    }};
    for (const auto &[code, rate] : rates)
        if (currency == QLatin1String(code))
            return rate;
    return std::nullopt;
}
} // namespace ds
