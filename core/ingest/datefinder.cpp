// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/datefinder.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace ds::ingest {

namespace {

const QString kMonth =
    QStringLiteral(R"((Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|)"
                   R"(Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))");

int monthNumber(const QString &name) {
    static const QStringList prefixes = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(prefixes.indexOf(name.left(3).toLower())) + 1;
}

int weekdayNumber(const QString &name) {
    static const QStringList days = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return int(days.indexOf(name.left(3).toLower())) + 1;
}

struct Pattern {
    QRegularExpression re;
    enum Kind {
        Iso,
        MonthDayYear,
        DayMonthYear,
        MonthDay,
        MonthYear,
        Year,
        Weekday,
        Relative
    } kind;
};

const std::vector<Pattern> &patterns() {
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const std::vector<Pattern> list = {
        {QRegularExpression(QStringLiteral(R"(\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b)")), Pattern::Iso},
        {QRegularExpression(
             QStringLiteral(R"(\b)") + kMonth +
                 QStringLiteral(R"(\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b)"),
             ci),
         Pattern::MonthDayYear},
        {QRegularExpression(QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th)?(?: of)? )") + kMonth +
                                QStringLiteral(R"(\.?,? ((?:19|20)\d\d)\b)"),
                            ci),
         Pattern::DayMonthYear},
        {QRegularExpression(QStringLiteral(R"(\b)") + kMonth +
                            QStringLiteral(R"(\.? (\d{1,2})(?:st|nd|rd|th)?\b(?!,? \d))")),
         Pattern::MonthDay},
        {QRegularExpression(QStringLiteral(R"(\b)") + kMonth +
                            QStringLiteral(R"(\.?,? (?:of )?((?:19|20)\d\d)\b)")),
         Pattern::MonthYear},
        {QRegularExpression(QStringLiteral(R"((?<![\w$€£.,-])((?:19|20)\d\d)(?![\w%]|[.,]\d|)"
                                           R"(\s*(?:billion|million|trillion|bn)))")),
         Pattern::Year},
        {QRegularExpression(QStringLiteral(R"(\b(?:(last|this|on|next) )?)"
                                           R"((Monday|Tuesday|Wednesday|Thursday|Friday|)"
                                           R"(Saturday|Sunday)\b)")),
         Pattern::Weekday},
        {QRegularExpression(QStringLiteral(R"(\b(yesterday|today|earlier this week)\b)"), ci),
         Pattern::Relative},
    };
    return list;
}

std::optional<PartialDate> resolveRelative(const PartialDate &published, int daysBack, int weekday,
                                           bool strictlyBefore) {
    if (published.isNull())
        return std::nullopt;
    if (published.precision() != PartialDate::Precision::Day) {
        const PartialDate::Precision p = published.precision();
        return p == PartialDate::Precision::Month
                   ? PartialDate::ofMonth(published.year(), published.month(), true)
                   : PartialDate::ofYear(published.year(), true);
    }
    QDate d = published.firstDay().addDays(-daysBack);
    if (weekday > 0) {
        if (strictlyBefore)
            d = d.addDays(-1);
        while (d.dayOfWeek() != weekday)
            d = d.addDays(-1);
    }
    return PartialDate::fromDate(d);
}

std::optional<PartialDate> dayDate(int year, int month, int day) {
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    return PartialDate::ofDay(year, month, day);
}

} // namespace

std::vector<DateMention> findDates(const QString &text, const PartialDate &published) {
    std::vector<DateMention> found;
    auto taken = [&](int start, int end) {
        return std::any_of(found.begin(), found.end(), [&](const DateMention &d) {
            return d.span.overlaps(TextSpan{start, end});
        });
    };
    for (const Pattern &p : patterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const int start = int(m.capturedStart());
            const int end = int(m.capturedEnd());
            if (taken(start, end))
                continue;
            std::optional<PartialDate> date;
            bool relative = false;
            switch (p.kind) {
            case Pattern::Iso:
                date = dayDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
                break;
            case Pattern::MonthDayYear:
                date = dayDate(m.captured(3).toInt(), monthNumber(m.captured(1)),
                               m.captured(2).toInt());
                break;
            case Pattern::DayMonthYear:
                date = dayDate(m.captured(3).toInt(), monthNumber(m.captured(2)),
                               m.captured(1).toInt());
                break;
            case Pattern::MonthDay:
                if (!published.isNull())
                    date = dayDate(published.year(), monthNumber(m.captured(1)),
                                   m.captured(2).toInt());
                relative = true;
                break;
            case Pattern::MonthYear:
                date = PartialDate::ofMonth(m.captured(2).toInt(), monthNumber(m.captured(1)));
                break;
            case Pattern::Year:
                date = PartialDate::ofYear(m.captured(1).toInt());
                break;
            case Pattern::Weekday: {
                const QString which = m.captured(1).toLower();
                date = resolveRelative(published, 0, weekdayNumber(m.captured(2)),
                                       which == QLatin1String("last"));
                relative = true;
                if (which == QLatin1String("next"))
                    date.reset(); // the future is not a deal date
                break;
            }
            case Pattern::Relative: {
                const QString word = m.captured(1).toLower();
                const int back = word == QLatin1String("yesterday") ? 1 : 0;
                date = resolveRelative(published, back, 0, false);
                if (date && word.startsWith(QLatin1String("earlier")))
                    date = PartialDate::ofDay(date->year(), date->month(), date->day(), true);
                relative = true;
                break;
            }
            }
            if (date)
                found.push_back({{start, end}, *date, relative});
        }
    }
    std::sort(found.begin(), found.end(), [](const DateMention &a, const DateMention &b) {
        return a.span.start < b.span.start;
    });
    return found;
}

std::optional<PartialDate> statedPublicationDate(const QString &text) {
    const QString head = text.left(600);
    for (const DateMention &d : findDates(head))
        if (d.date.precision() == PartialDate::Precision::Day && !d.relative)
            return d.date;
    return std::nullopt;
}

} // namespace ds::ingest
