// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/moneyfinder.h"

#include <QRegularExpression>

namespace ds::ingest {

namespace {

// The qualifiers Money::parse reads; "between" only with "and" (see below).
const QString kQualifier =
    QStringLiteral(R"((?<q>up to|as much as|no more than|more than|in excess of|upwards of|)"
                   R"(at least|over|approximately|an estimated|close to|roughly|around|nearly|)"
                   R"(almost|about|some|between)\s+)");
const QString kNumber = QStringLiteral(R"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)");
const QString kScale =
    QStringLiteral(R"((?:trillion|billion|million|thousand|tn|bn|mn|[tbmk])(?![\w]))");
const QString kSpelledWord =
    QStringLiteral(R"((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|)"
                   R"(thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|)"
                   R"(thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a))");
const QString kSpelled = QStringLiteral(R"(\b)") + kSpelledWord +
                         QStringLiteral(R"((?:(?:[\s-]|\sand\s))") + kSpelledWord +
                         QStringLiteral(R"(){0,4})");
const QString kSymbol = QStringLiteral(R"((?:US\$|\$|€|£|¥|(?:USD|EUR|GBP)\s?))");

const QRegularExpression &moneyPattern() {
    // 1. a currency symbol or code, a number, an optional scale, optionally a second bound;
    // 2. a number and a scale followed by a currency word ("45 billion dollar");
    // 3. "multibillion-dollar"; 4. "billions" (of dollars), both vague; 5. a spelled number
    // with a scale and a currency word ("three hundred billion dollars").
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w$€£¥.,]))") + QStringLiteral("(?:") + kQualifier +
            QStringLiteral(")?(?:") +
            // 1
            kSymbol + QStringLiteral(R"(\s?(?:)") + kNumber + QStringLiteral(R"()(?:\s?)") +
            kScale + QStringLiteral(R"()?(?:(?<conn>\s?[-–—]\s?|\s+to\s+|\s+and\s+))") + kSymbol +
            QStringLiteral(R"(?\s?(?:)") + kNumber + QStringLiteral(R"()(?:\s?)") + kScale +
            QStringLiteral(R"()?)?(?:[\s-](?:dollars?|euros?)(?![\w]))?)") + QStringLiteral("|") +
            // 2
            QStringLiteral("(?:") + kNumber + QStringLiteral(R"()(?:\s?[-–]\s?(?:)") + kNumber +
            QStringLiteral(R"())?\s?(?:trillion|billion|million|bn|tn|mn)[\s-]?)") +
            QStringLiteral(R"((?:dollars?|euros?|pounds?|USD|EUR|GBP)(?![\w]))") +
            QStringLiteral("|") +
            // 3, 4
            QStringLiteral(R"((?<vague>multi-?(?:billion|million|trillion)(?:[\s-]dollars?)?)") +
            QStringLiteral(R"((?![\w])|(?:billions|millions|trillions)(?:\s+of\s+dollars)?)") +
            QStringLiteral(R"((?![\w])))") + QStringLiteral("|") +
            // 5: "three hundred billion dollars", "ten billion euros"
            kSpelled + QStringLiteral(R"(\s(?:trillion|billion|million)[\s-])") +
            QStringLiteral(R"((?:dollars?|euros?|pounds?)(?![\w]))") + QStringLiteral(")"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// "billions of people": a plural scale word only means money when it is not followed by a
// countable noun.
bool countsThings(const QString &text, int end) {
    static const QRegularExpression things(
        QStringLiteral(R"(^\s+(?:of\s+(?!dollars|euros|pounds|yuan|yen)\w|people|users|)"
                       R"(parameters|tokens|devices|years|transistors|words|images|queries|)"
                       R"(downloads|views))"),
        QRegularExpression::CaseInsensitiveOption);
    return things.match(text.mid(end, 40)).hasMatch();
}

bool followedByShare(const QString &text, int end) {
    static const QRegularExpression share(QStringLiteral(R"(^\s*(?:a|per|each)\s+shares?\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return share.match(text.mid(end, 20)).hasMatch();
}

} // namespace

std::vector<MoneyMention> findMoney(const QString &text, const MoneyFinderOptions &options) {
    std::vector<MoneyMention> found;
    int from = 0;
    while (from < text.size()) {
        const QRegularExpressionMatch m = moneyPattern().match(text, from);
        if (!m.hasMatch())
            break;
        from = int(m.capturedEnd());
        int start = int(m.capturedStart());
        int end = int(m.capturedEnd());
        const QString qualifier = m.captured(QStringLiteral("q")).toLower();
        const QString connector = m.captured(QStringLiteral("conn")).trimmed().toLower();
        // "$4 billion and $5 billion" are two amounts unless the text says "between".
        if (connector == QLatin1String("and") && qualifier != QLatin1String("between")) {
            end = int(m.capturedStart(QStringLiteral("conn")));
            from = end; // the second amount is looked at on its own
        }
        QString stated = text.mid(start, end - start);
        std::optional<Money> money = Money::parse(stated);
        if (!money && !qualifier.isEmpty()) {
            // "between $5B" without a second bound, "some billions": drop the qualifier.
            start = int(m.capturedEnd(QStringLiteral("q")));
            stated = text.mid(start, end - start);
            money = Money::parse(stated);
        }
        if (!money)
            continue;
        if (stated.endsWith(QLatin1Char('s')) && countsThings(text, end))
            continue;
        MoneyMention mention{{start, end}, *money, followedByShare(text, end)};
        mention.vague = m.capturedLength(QStringLiteral("vague")) > 0;
        if (mention.sharePrice && options.skipSharePrices)
            continue;
        found.push_back(std::move(mention));
    }
    return found;
}

std::vector<PercentMention> findPercents(const QString &text) {
    static const QRegularExpression percent(
        QStringLiteral(R"((?<![\w.,])(\d+(?:\.\d+)?)\s?(?:%|percent(?!\w)|per cent(?!\w)))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression stake(
        QStringLiteral(R"(^(?:\s+[\w-]+){0,3}?\s+(?:stake|interest|ownership|of the (?:shares|)"
                       R"(company|equity)|equity stake)(?!\w))"),
        QRegularExpression::CaseInsensitiveOption);
    std::vector<PercentMention> found;
    auto it = percent.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int end = int(m.capturedEnd());
        found.push_back({{int(m.capturedStart()), end},
                         m.captured(1).toDouble(),
                         stake.match(text.mid(end, 60)).hasMatch()});
    }
    return found;
}

} // namespace ds::ingest
