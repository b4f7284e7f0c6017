// SPDX-License-Identifier: GPL-3.0-or-later
// A proposal's reasons and confidence, and their words.
#include "ingest/extraction.h"

#include <QCoreApplication>

#include <algorithm>

namespace ds::ingest {

void Proposal::addReason(Reason r) {
    if (!has(r))
        reasons.push_back(r);
}

bool Proposal::has(Reason r) const {
    return std::find(reasons.begin(), reasons.end(), r) != reasons.end();
}

Confidence Proposal::confidence() const {
    for (Reason r : {Reason::OtherName, Reason::ArticlePair, Reason::NoPayer, Reason::NoPayee,
                     Reason::NewCompany, Reason::NotPayment, Reason::Vague})
        if (has(r))
            return Confidence::Low;
    for (Reason r : {Reason::DealKinds, Reason::Reference, Reason::Subject, Reason::Repeated,
                     Reason::LeadInvestor, Reason::Conversion})
        if (has(r))
            return Confidence::Medium;
    return Confidence::High;
}

QString describe(Reason reason) {
    switch (reason) {
    case Reason::Wording:
        return QCoreApplication::translate("ds::ingest",
                                           "The sentence’s wording says who pays whom.");
    case Reason::DealKinds:
        return QCoreApplication::translate(
            "ds::ingest", "The wording does not say who pays: the customer is taken to pay the "
                          "provider (compute, chips).");
    case Reason::Reference:
        return QCoreApplication::translate(
            "ds::ingest", "A party is named by description (“the ChatGPT maker”, “the cloud "
                          "provider”) and was resolved.");
    case Reason::Subject:
        return QCoreApplication::translate(
            "ds::ingest", "A party is “it”, “the company” or “the startup” of an earlier "
                          "sentence.");
    case Reason::Repeated:
        return QCoreApplication::translate(
            "ds::ingest", "The parties come from an earlier figure of the article.");
    case Reason::LeadInvestor:
        return QCoreApplication::translate("ds::ingest", "The payer is the round’s lead investor.");
    case Reason::Conversion:
        return QCoreApplication::translate("ds::ingest",
                                           "The same amount in another currency, in brackets.");
    case Reason::ArticlePair:
        return QCoreApplication::translate(
            "ds::ingest", "One side is guessed: the company the article pairs with the other.");
    case Reason::OtherName:
        return QCoreApplication::translate(
            "ds::ingest", "One side is guessed: the sentence’s other company, which nothing "
                          "joins to the figure.");
    case Reason::NoPayer:
        return QCoreApplication::translate("ds::ingest", "The text does not say who pays.");
    case Reason::NoPayee:
        return QCoreApplication::translate("ds::ingest", "The text does not say who is paid.");
    case Reason::NewCompany:
        return QCoreApplication::translate(
            "ds::ingest", "A party is a name DealScope does not know: check it is a company.");
    case Reason::NotPayment:
        return QCoreApplication::translate("ds::ingest", "Not a payment between two parties.");
    case Reason::Vague:
        return QCoreApplication::translate("ds::ingest",
                                           "The amount has no number; read as at least two.");
    }
    return {};
}

QString token(Confidence confidence) {
    switch (confidence) {
    case Confidence::Low:
        return QStringLiteral("low");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::High:
        return QStringLiteral("high");
    }
    return {};
}

QString token(Reason reason) {
    switch (reason) {
    case Reason::Wording:
        return QStringLiteral("wording");
    case Reason::DealKinds:
        return QStringLiteral("deal_kinds");
    case Reason::Reference:
        return QStringLiteral("reference");
    case Reason::Subject:
        return QStringLiteral("subject");
    case Reason::Repeated:
        return QStringLiteral("repeated");
    case Reason::LeadInvestor:
        return QStringLiteral("lead_investor");
    case Reason::Conversion:
        return QStringLiteral("conversion");
    case Reason::ArticlePair:
        return QStringLiteral("article_pair");
    case Reason::OtherName:
        return QStringLiteral("other_name");
    case Reason::NoPayer:
        return QStringLiteral("no_payer");
    case Reason::NoPayee:
        return QStringLiteral("no_payee");
    case Reason::NewCompany:
        return QStringLiteral("new_company");
    case Reason::NotPayment:
        return QStringLiteral("not_payment");
    case Reason::Vague:
        return QStringLiteral("vague");
    }
    return {};
}

QString token(Measure measure) {
    switch (measure) {
    case Measure::Payment:
        return QStringLiteral("payment");
    case Measure::SharePrice:
        return QStringLiteral("share_price");
    case Measure::MarketValue:
        return QStringLiteral("market_value");
    case Measure::Revenue:
        return QStringLiteral("revenue");
    case Measure::Price:
        return QStringLiteral("price");
    case Measure::Spending:
        return QStringLiteral("spending");
    }
    return {};
}

QString displayName(Confidence confidence) {
    switch (confidence) {
    case Confidence::Low:
        return QCoreApplication::translate("ds::ingest", "Unsure");
    case Confidence::Medium:
        return QCoreApplication::translate("ds::ingest", "Likely");
    case Confidence::High:
        return QCoreApplication::translate("ds::ingest", "Stated");
    }
    return {};
}

QString displayName(Measure measure) {
    switch (measure) {
    case Measure::Payment:
        return QCoreApplication::translate("ds::ingest", "Payment");
    case Measure::SharePrice:
        return QCoreApplication::translate("ds::ingest", "Share price");
    case Measure::MarketValue:
        return QCoreApplication::translate("ds::ingest", "Market value");
    case Measure::Revenue:
        return QCoreApplication::translate("ds::ingest", "Revenue");
    case Measure::Price:
        return QCoreApplication::translate("ds::ingest", "Price");
    case Measure::Spending:
        return QCoreApplication::translate("ds::ingest", "Spending plan");
    }
    return {};
}

} // namespace ds::ingest
