// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QObject>

#include <optional>
#include <vector>

namespace ds::gui {

/// The one selection of the application: the focused company, deal, flow and claim.
/// Views set it and follow it; they never call each other.
class Selection : public QObject {
    Q_OBJECT
public:
    explicit Selection(QObject *parent = nullptr)
        : QObject(parent) {}

    std::optional<Id> company() const { return m_company; }
    std::optional<Id> deal() const { return m_deal; }
    std::optional<Id> flow() const { return m_flow; }
    /// The source last chosen in the sources list or a claim card (what Edit Source acts on).
    std::optional<Id> source() const { return m_source; }

    void setCompany(std::optional<Id> id);
    /// Focuses a flow (and its deal).
    void setFlow(std::optional<Id> flow, std::optional<Id> deal);
    void setSource(std::optional<Id> source);
    /// The flows shown highlighted together (a cycle chosen in the Cycles list); empty: none.
    const std::vector<Id> &highlightedFlows() const { return m_highlighted; }
    void setHighlightedFlows(std::vector<Id> flows);
    void clear();

signals:
    void companyChanged(std::optional<ds::Id> company);
    void flowChanged(std::optional<ds::Id> flow, std::optional<ds::Id> deal);
    void sourceChanged(std::optional<ds::Id> source);
    void highlightChanged(const std::vector<ds::Id> &flows);

private:
    std::optional<Id> m_company;
    std::optional<Id> m_deal;
    std::optional<Id> m_flow;
    std::optional<Id> m_source;
    std::vector<Id> m_highlighted;
};

} // namespace ds::gui
