// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/selection.h"

namespace ds::gui {

void Selection::setCompany(std::optional<Id> id) {
    if (id == m_company)
        return;
    m_company = id;
    emit companyChanged(id);
}

void Selection::setFlow(std::optional<Id> flow, std::optional<Id> deal) {
    if (flow == m_flow && deal == m_deal)
        return;
    m_flow = flow;
    m_deal = deal;
    emit flowChanged(flow, deal);
}

void Selection::setSource(std::optional<Id> source) {
    if (source == m_source)
        return;
    m_source = source;
    emit sourceChanged(source);
}

void Selection::setHighlightedFlows(std::vector<Id> flows) {
    if (flows == m_highlighted)
        return;
    m_highlighted = std::move(flows);
    emit highlightChanged(m_highlighted);
}

void Selection::clear() {
    setFlow(std::nullopt, std::nullopt);
    setCompany(std::nullopt);
    setSource(std::nullopt);
    setHighlightedFlows({});
}

} // namespace ds::gui
