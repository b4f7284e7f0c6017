// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/direction.h"

namespace ds::ingest {

namespace {

// How far along the supply of `kind` a company stands; the customer pays the higher one.
int rank(FlowKind kind, Sells sells) {
    if (kind == FlowKind::Compute) {
        switch (sells) {
        case Sells::Capacity:
            return 3;
        case Sells::Cloud:
            return 2;
        case Sells::Chips:
            return 1; // a chipmaker renting capacity pays the cloud
        default:
            return 0;
        }
    }
    if (kind == FlowKind::Chips) {
        switch (sells) {
        case Sells::Chips:
            return 2;
        case Sells::Servers:
            return 1;
        default:
            return 0;
        }
    }
    return 0;
}

} // namespace

Sells sellsOf(const CompanyDictionary::Entry *entry) {
    if (!entry)
        return Sells::Nothing;
    if (entry->sells != Sells::Nothing)
        return entry->sells;
    switch (entry->kind) {
    case CompanyKind::Cloud:
        return Sells::Cloud;
    case CompanyKind::Chipmaker:
        return Sells::Chips;
    case CompanyKind::Lab:
        return Sells::Models;
    case CompanyKind::Investor:
        return Sells::Capital;
    case CompanyKind::Other:
        return Sells::Nothing;
    }
    return Sells::Nothing;
}

bool paidBy(FlowKind kind, const CompanyDictionary::Entry *a, const CompanyDictionary::Entry *b) {
    return rank(kind, sellsOf(a)) > rank(kind, sellsOf(b));
}

bool orientable(FlowKind kind, const CompanyDictionary::Entry *a,
                const CompanyDictionary::Entry *b) {
    return a && b && rank(kind, sellsOf(a)) != rank(kind, sellsOf(b));
}

std::optional<FlowKind> kindFromParties(const CompanyDictionary::Entry *a,
                                        const CompanyDictionary::Entry *b) {
    if (!a || !b)
        return std::nullopt;
    const Sells sa = sellsOf(a), sb = sellsOf(b);
    if ((sa == Sells::Chips) != (sb == Sells::Chips))
        return FlowKind::Chips;
    const auto compute = [](Sells s) { return s == Sells::Cloud || s == Sells::Capacity; };
    if ((compute(sa) || compute(sb)) && sa != sb && sa != Sells::Capital && sb != Sells::Capital)
        return FlowKind::Compute;
    return std::nullopt;
}

} // namespace ds::ingest
