// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/filters.h"

#include <algorithm>

namespace ds::gui {

Filters::Filters(QObject *parent)
    : QObject(parent)
    , m_kinds(allValues<FlowKind>())
    , m_statuses(allValues<DealStatus>()) {
}

bool Filters::shows(FlowKind kind) const {
    return std::find(m_kinds.begin(), m_kinds.end(), kind) != m_kinds.end();
}

bool Filters::shows(DealStatus status) const {
    return std::find(m_statuses.begin(), m_statuses.end(), status) != m_statuses.end();
}

bool Filters::showsDate(int dateKey) const {
    if (!m_years)
        return true;
    const int year = dateKey / 10000;
    return dateKey > 0 && year >= m_years->first && year <= m_years->second;
}

bool Filters::showsAll() const {
    return m_kinds.size() == allValues<FlowKind>().size() &&
           m_statuses.size() == allValues<DealStatus>().size() && !m_years;
}

void Filters::setYears(std::optional<std::pair<int, int>> years) {
    if (years && years->first > years->second)
        std::swap(years->first, years->second);
    if (years == m_years)
        return;
    m_years = years;
    emit changed();
}

void Filters::setShown(FlowKind kind, bool shown) {
    if (shows(kind) == shown)
        return;
    std::vector<FlowKind> next;
    for (FlowKind k : allValues<FlowKind>())
        if ((k == kind && shown) || (k != kind && shows(k)))
            next.push_back(k);
    m_kinds = next;
    emit changed();
}

void Filters::setShown(DealStatus status, bool shown) {
    if (shows(status) == shown)
        return;
    std::vector<DealStatus> next;
    for (DealStatus s : allValues<DealStatus>())
        if ((s == status && shown) || (s != status && shows(s)))
            next.push_back(s);
    m_statuses = next;
    emit changed();
}

void Filters::showAll() {
    if (showsAll())
        return;
    m_kinds = allValues<FlowKind>();
    m_statuses = allValues<DealStatus>();
    m_years.reset();
    emit changed();
}

} // namespace ds::gui
