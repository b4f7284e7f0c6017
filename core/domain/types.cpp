// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/types.h"

#include <QCoreApplication>

namespace ds {

namespace {

template <typename E> struct Names;

template <> struct Names<CompanyKind> {
    static QString token(CompanyKind v) {
        switch (v) {
        case CompanyKind::Lab:
            return QStringLiteral("lab");
        case CompanyKind::Cloud:
            return QStringLiteral("cloud");
        case CompanyKind::Chipmaker:
            return QStringLiteral("chipmaker");
        case CompanyKind::Investor:
            return QStringLiteral("investor");
        case CompanyKind::Other:
            return QStringLiteral("other");
        }
        return {};
    }
    static QString display(CompanyKind v) {
        switch (v) {
        case CompanyKind::Lab:
            return QCoreApplication::translate("ds::Types", "AI lab");
        case CompanyKind::Cloud:
            return QCoreApplication::translate("ds::Types", "Cloud provider");
        case CompanyKind::Chipmaker:
            return QCoreApplication::translate("ds::Types", "Chipmaker");
        case CompanyKind::Investor:
            return QCoreApplication::translate("ds::Types", "Investor");
        case CompanyKind::Other:
            return QCoreApplication::translate("ds::Types", "Other");
        }
        return {};
    }
    static inline const std::vector<CompanyKind> all = {CompanyKind::Lab, CompanyKind::Cloud,
                                                        CompanyKind::Chipmaker,
                                                        CompanyKind::Investor, CompanyKind::Other};
};

template <> struct Names<DealStatus> {
    static QString token(DealStatus v) {
        switch (v) {
        case DealStatus::Rumoured:
            return QStringLiteral("rumoured");
        case DealStatus::InTalks:
            return QStringLiteral("in_talks");
        case DealStatus::Announced:
            return QStringLiteral("announced");
        case DealStatus::Completed:
            return QStringLiteral("completed");
        case DealStatus::Cancelled:
            return QStringLiteral("cancelled");
        }
        return {};
    }
    static QString display(DealStatus v) {
        switch (v) {
        case DealStatus::Rumoured:
            return QCoreApplication::translate("ds::Types", "Rumoured");
        case DealStatus::InTalks:
            return QCoreApplication::translate("ds::Types", "In talks");
        case DealStatus::Announced:
            return QCoreApplication::translate("ds::Types", "Announced");
        case DealStatus::Completed:
            return QCoreApplication::translate("ds::Types", "Completed");
        case DealStatus::Cancelled:
            return QCoreApplication::translate("ds::Types", "Cancelled");
        }
        return {};
    }
    static inline const std::vector<DealStatus> all = {DealStatus::Rumoured, DealStatus::InTalks,
                                                       DealStatus::Announced, DealStatus::Completed,
                                                       DealStatus::Cancelled};
};

template <> struct Names<FlowKind> {
    static QString token(FlowKind v) {
        switch (v) {
        case FlowKind::Equity:
            return QStringLiteral("equity");
        case FlowKind::Compute:
            return QStringLiteral("compute");
        case FlowKind::Chips:
            return QStringLiteral("chips");
        case FlowKind::Loan:
            return QStringLiteral("loan");
        case FlowKind::Acquisition:
            return QStringLiteral("acquisition");
        case FlowKind::Licensing:
            return QStringLiteral("licensing");
        case FlowKind::Partnership:
            return QStringLiteral("partnership");
        }
        return {};
    }
    static QString display(FlowKind v) {
        switch (v) {
        case FlowKind::Equity:
            return QCoreApplication::translate("ds::Types", "Equity investment");
        case FlowKind::Compute:
            return QCoreApplication::translate("ds::Types", "Compute commitment");
        case FlowKind::Chips:
            return QCoreApplication::translate("ds::Types", "Chip purchase");
        case FlowKind::Loan:
            return QCoreApplication::translate("ds::Types", "Loan");
        case FlowKind::Acquisition:
            return QCoreApplication::translate("ds::Types", "Acquisition");
        case FlowKind::Licensing:
            return QCoreApplication::translate("ds::Types", "Licensing");
        case FlowKind::Partnership:
            return QCoreApplication::translate("ds::Types", "Partnership");
        }
        return {};
    }
    static inline const std::vector<FlowKind> all = {
        FlowKind::Equity,      FlowKind::Compute,   FlowKind::Chips,      FlowKind::Loan,
        FlowKind::Acquisition, FlowKind::Licensing, FlowKind::Partnership};
};

template <> struct Names<ClaimAttribute> {
    static QString token(ClaimAttribute v) {
        switch (v) {
        case ClaimAttribute::Amount:
            return QStringLiteral("amount");
        case ClaimAttribute::Date:
            return QStringLiteral("date");
        case ClaimAttribute::Existence:
            return QStringLiteral("existence");
        case ClaimAttribute::Total:
            return QStringLiteral("total");
        case ClaimAttribute::Valuation:
            return QStringLiteral("valuation");
        case ClaimAttribute::Stake:
            return QStringLiteral("stake");
        }
        return {};
    }
    static QString display(ClaimAttribute v) {
        switch (v) {
        case ClaimAttribute::Amount:
            return QCoreApplication::translate("ds::Types", "Amount");
        case ClaimAttribute::Date:
            return QCoreApplication::translate("ds::Types", "Date");
        case ClaimAttribute::Existence:
            return QCoreApplication::translate("ds::Types", "Existence");
        case ClaimAttribute::Total:
            return QCoreApplication::translate("ds::Types", "Total");
        case ClaimAttribute::Valuation:
            return QCoreApplication::translate("ds::Types", "Valuation");
        case ClaimAttribute::Stake:
            return QCoreApplication::translate("ds::Types", "Stake");
        }
        return {};
    }
    static inline const std::vector<ClaimAttribute> all = {
        ClaimAttribute::Amount, ClaimAttribute::Date,      ClaimAttribute::Existence,
        ClaimAttribute::Total,  ClaimAttribute::Valuation, ClaimAttribute::Stake};
};

template <> struct Names<Stance> {
    static QString token(Stance v) {
        return v == Stance::Supports ? QStringLiteral("supports") : QStringLiteral("contradicts");
    }
    static QString display(Stance v) {
        return v == Stance::Supports ? QCoreApplication::translate("ds::Types", "Supports")
                                     : QCoreApplication::translate("ds::Types", "Contradicts");
    }
    static inline const std::vector<Stance> all = {Stance::Supports, Stance::Contradicts};
};

template <> struct Names<Rank> {
    static QString token(Rank v) {
        switch (v) {
        case Rank::Preferred:
            return QStringLiteral("preferred");
        case Rank::Normal:
            return QStringLiteral("normal");
        case Rank::Deprecated:
            return QStringLiteral("deprecated");
        }
        return {};
    }
    static QString display(Rank v) {
        switch (v) {
        case Rank::Preferred:
            return QCoreApplication::translate("ds::Types", "Preferred");
        case Rank::Normal:
            return QCoreApplication::translate("ds::Types", "Normal");
        case Rank::Deprecated:
            return QCoreApplication::translate("ds::Types", "Deprecated");
        }
        return {};
    }
    static inline const std::vector<Rank> all = {Rank::Preferred, Rank::Normal, Rank::Deprecated};
};

} // namespace

#define DS_ENUM_FUNCTIONS(E)                                                                       \
    QString token(E v) {                                                                           \
        return Names<E>::token(v);                                                                 \
    }                                                                                              \
    QString displayName(E v) {                                                                     \
        return Names<E>::display(v);                                                               \
    }                                                                                              \
    template <> std::optional<E> fromToken<E>(const QString &t) {                                  \
        for (E v : Names<E>::all)                                                                  \
            if (Names<E>::token(v) == t)                                                           \
                return v;                                                                          \
        return std::nullopt;                                                                       \
    }                                                                                              \
    template <> std::optional<E> fromToken<E>(QLatin1String t) {                                   \
        for (E v : Names<E>::all)                                                                  \
            if (Names<E>::token(v) == t)                                                           \
                return v;                                                                          \
        return std::nullopt;                                                                       \
    }                                                                                              \
    template <> const std::vector<E> &allValues<E>() {                                             \
        return Names<E>::all;                                                                      \
    }

DS_ENUM_FUNCTIONS(CompanyKind)
DS_ENUM_FUNCTIONS(DealStatus)
DS_ENUM_FUNCTIONS(FlowKind)
DS_ENUM_FUNCTIONS(ClaimAttribute)
DS_ENUM_FUNCTIONS(Stance)
DS_ENUM_FUNCTIONS(Rank)

#undef DS_ENUM_FUNCTIONS

int stageOf(DealStatus status) {
    switch (status) {
    case DealStatus::Rumoured:
        return 0;
    case DealStatus::InTalks:
        return 1;
    case DealStatus::Announced:
        return 2;
    case DealStatus::Completed:
        return 3;
    case DealStatus::Cancelled:
        return 4;
    }
    return 2;
}

QString flowLabel(const QString &payer, const QString &payee) {
    return QStringLiteral("%1 → %2").arg(payer, payee);
}

} // namespace ds
