// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "domain/partialdate.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace ds {

using Id = int64_t;

enum class CompanyKind { Lab, Cloud, Chipmaker, Investor, Other };
enum class DealStatus { Rumoured, InTalks, Announced, Completed, Cancelled };
enum class FlowKind { Equity, Compute, Chips, Loan, Acquisition, Licensing, Partnership };
/// What a claim is about. Flow: amount, date, existence. Deal: total. Company: valuation,
/// stake (a percentage), total (all of a company's investments in a counterparty).
enum class ClaimAttribute { Amount, Date, Existence, Total, Valuation, Stake };
enum class Stance { Supports, Contradicts };
enum class Rank { Preferred, Normal, Deprecated };

// Stable tokens used in the database and in JSON ("lab", "in_talks", "compute", ...).
QString token(CompanyKind v);
QString token(DealStatus v);
QString token(FlowKind v);
QString token(ClaimAttribute v);
QString token(Stance v);
QString token(Rank v);
template <typename E> std::optional<E> fromToken(const QString &token);
template <typename E> std::optional<E> fromToken(QLatin1String token);
template <typename E> const std::vector<E> &allValues();

// Translated names for display.
QString displayName(CompanyKind v);
QString displayName(DealStatus v);
QString displayName(FlowKind v);
QString displayName(ClaimAttribute v);
QString displayName(Stance v);
QString displayName(Rank v);

/// A flow as people name it: "payer → payee" (the one way every view, export and message
/// writes it).
QString flowLabel(const QString &payer, const QString &payee);

/// How far along a deal a status is: rumoured 0, in talks 1, announced 2, completed 3,
/// cancelled 4. A later source may state a further stage without contradicting an earlier one.
int stageOf(DealStatus status);

struct Company {
    Id id = 0;
    QString name;
    CompanyKind kind = CompanyKind::Other;
    QStringList aliases;
    QString country;
    QString note;

    /// Every field equal (an edit that returns here changes nothing).
    bool operator==(const Company &) const = default;
};

struct Source {
    Id id = 0;
    QString key; // stable identifier in exchange files, e.g. "000_3d48807f31588108"
    QString title;
    QString publisher;
    QString author;
    QString url;
    PartialDate published;
    QString kind; // "news", "blog", "commentary", "press_release", "report", "synthetic"
    std::optional<Id> citesId;
    QString text; // empty when the user does not have the article's text
    QString textHash;
    bool synthetic = false;
    QString note;
    QString language; // the language the source declares, as a code ("en", "de-CH"); or empty

    /// Every field equal (an edit that returns here changes nothing).
    bool operator==(const Source &) const = default;
};

struct Deal {
    Id id = 0;
    QString title;
    DealStatus status = DealStatus::Announced;
    PartialDate announced;
    QString note;

    /// Every field equal (an edit that returns here changes nothing).
    bool operator==(const Deal &) const = default;
};

struct Flow {
    Id id = 0;
    Id dealId = 0;
    Id payerId = 0;
    Id payeeId = 0;
    FlowKind kind = FlowKind::Equity;
    PartialDate date;
    QString note;

    /// Every field equal (an edit that returns here changes nothing).
    bool operator==(const Flow &) const = default;
};

/// Where in the source a claim's quote stands (W3C TextQuoteSelector + TextPositionSelector).
/// Offsets are UTF-16 code units into the source text, end exclusive.
struct Quote {
    QString exact;
    QString prefix;
    QString suffix;
    std::optional<int> start;
    std::optional<int> end;
    bool operator==(const Quote &) const = default;
};

struct Claim {
    Id id = 0;
    Id sourceId = 0;
    // Exactly one target: a flow, a deal or a company.
    std::optional<Id> flowId;
    std::optional<Id> dealId;
    std::optional<Id> companyId;
    std::optional<Id> counterpartyId; // for company totals: "Amazon's investment in Anthropic"
    ClaimAttribute attribute = ClaimAttribute::Amount;
    std::optional<Money> money;
    PartialDate date;
    std::optional<double> percent;
    // Who the source says pays and is paid, when it differs or is stated (direction and
    // attribution disputes); empty when the source says nothing about it.
    std::optional<Id> statedPayerId;
    std::optional<Id> statedPayeeId;
    // The deal's status as the source states it ("announced plans", "has finalized"); empty
    // when the source says nothing of it. Sources that disagree make a status dispute.
    std::optional<DealStatus> statedStatus;
    Stance stance = Stance::Supports;
    Rank rank = Rank::Normal;
    Quote quote;
    bool orphaned = false;
    QString note;

    /// Every field equal (an edit that returns here changes nothing).
    bool operator==(const Claim &) const = default;
};

} // namespace ds
