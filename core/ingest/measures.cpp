// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/measures.h"

#include "ingest/patterns.h"

#include <QRegularExpression>

namespace ds::ingest {

namespace {

bool matches(const QRegularExpression &re, const QString &s) {
    return re.match(s).hasMatch();
}

} // namespace

AmountReading readAmount(const QString &text, const TextSpan &sentence, const TextSpan &figure,
                         bool sharePrice) {
    const int from = std::max(sentence.start, figure.start - 60);
    const QString before = text.mid(from, figure.start - from);
    const QString after = text.mid(figure.end, std::min(40, sentence.end - figure.end));
    AmountReading r;
    if (sharePrice) {
        r.measure = Measure::SharePrice;
        return r;
    }
    static const QRegularExpression marketBefore = ci(QStringLiteral(
        R"(\bmarket[- ](value|cap\w*)(\s+\w+){0,2}\s+(of|at|to|near|above|past|over)?\s*(~|about |)"
        R"(roughly |nearly |more than |over )?$)"));
    static const QRegularExpression marketAfter = ci(QStringLiteral(
        R"(^\)?\s*((to|of|in|from)\s+(its\s+|the\s+|their\s+)?)?market[- ](value|cap\w*))"));
    static const QRegularExpression revenueBefore = ci(QStringLiteral(
        R"(\b(revenues?|sales|backlog|bookings|run[- ]rate|arr|profits?|earnings|net income|)"
        R"(remaining performance obligations?|rpo)(\s+[\w-]+){0,3}?\s+(of|to|at|by|reach\w*|hit|)"
        R"(top\w*|exceed\w*|was|is|were|near|past|over|above)?\s*(~|about |roughly |nearly |)"
        R"(more than |over |some )?$)"));
    static const QRegularExpression revenueAfter = ci(QStringLiteral(
        R"(^\s*((in|of)\s+)?(annual\w*\s+|annualis\w+\s+|annualiz\w+\s+|recurring\s+|)"
        R"(quarterly\s+|yearly\s+|future\s+(contract\s+)?)?(revenues?|sales|backlog|bookings|)"
        R"(run[- ]rate|profits?)\b)"));
    static const QRegularExpression priceAfter = ci(QStringLiteral(
        R"(^\s*((a|per|each|every)\s+|/\s*)(month|mo|year|yr|week|user|seat|day|hour|ticket|)"
        R"(subscriber|head)\b)"));
    static const QRegularExpression priceBefore = ci(QStringLiteral(
        R"(\b(priced at|costs?|costing|subscription(\s+\w+)?\s+(of|at|for)|fee of)\s*$)"));
    static const QRegularExpression spendingBefore = ci(QStringLiteral(
        R"(\b(capex|capital expenditures?|capital spending|capital investment)(\s+[\w-]+){0,3}?)"
        R"(\s+(of|to|at|reach\w*|near|over|above)?\s*(~|about |roughly |nearly |more than |)"
        R"(over |some )?$)"));
    static const QRegularExpression spendingAfter = ci(
        QStringLiteral(R"(^\s*((in|of|on)\s+)?(capex|capital expenditures?|capital spending)\b)"));
    if (matches(marketBefore, before) || matches(marketAfter, after)) {
        r.measure = Measure::MarketValue;
        r.attribute = ClaimAttribute::Valuation;
        return r;
    }
    if (matches(revenueBefore, before) || matches(revenueAfter, after)) {
        r.measure = Measure::Revenue;
        return r;
    }
    if (matches(priceAfter, after) || matches(priceBefore, before)) {
        r.measure = Measure::Price;
        return r;
    }
    if (matches(spendingBefore, before) || matches(spendingAfter, after)) {
        r.measure = Measure::Spending;
        return r;
    }

    // A deal's value is its amount: "The Broadcom deal is valued at over $10 billion".
    static const QRegularExpression dealValued = ci(QStringLiteral(
        R"(\b(deal|agreement|contract|pact|partnership|order|transaction|arrangement|)"
        R"(investment|acquisition|commitment)s?\b[^.;]{0,30}\b(valued at|worth|value of)\s*)"
        R"((~|about |roughly |nearly |up to |more than |over |some |around )?$)"));
    static const QRegularExpression valuationBefore = ci(QStringLiteral(
        R"((valuation of|valued at|valu(e|es|ing) (it|the company|the startup|\w+) at|value of)\s*$)"));
    static const QRegularExpression valuationAfter =
        ci(QStringLiteral(R"(^\s*(pre-money |post-money )?valuation\b)"));
    static const QRegularExpression totalBefore =
        ci(QStringLiteral(R"((\btotal(ling|ing)?( \w+){0,2} (to|of|at)|a total of|in total|)"
                          R"(cumulative( \w+){0,2} (to|of)|altogether)\s*$)"));
    static const QRegularExpression totalAfter =
        ci(QStringLiteral(R"(^\s*(in total|in all|altogether)\b)"));
    if (matches(dealValued, before))
        return r;
    if (matches(valuationBefore, before) || matches(valuationAfter, after))
        r.attribute = ClaimAttribute::Valuation;
    else if (matches(totalBefore, before) || matches(totalAfter, after))
        r.attribute = ClaimAttribute::Total;
    return r;
}

bool spendsOnProjects(const QString &after) {
    static const QRegularExpression projects = ci(QStringLiteral(
        R"(^\s*([\w-]+\s+){0,3}?(on|in|into|toward|towards)\s+((new|its|their|the|ai|more|)"
        R"(u\.s\.|us|american|domestic|global|additional|[\w-]+-related)\s+){0,3}(infrastructure|)"
        R"(data[- ]?cent(er|re)s?|capacity|facilities|projects|buildout|build-out|campuses|)"
        R"(manufacturing|factories|plants|research|r&d)\b)"));
    return matches(projects, after);
}

} // namespace ds::ingest
