// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QObject>

#include <optional>
#include <utility>
#include <vector>

namespace ds::gui {

/// The kinds, statuses and years shown, shared by the deal table, the timeline and the network.
class Filters : public QObject {
    Q_OBJECT
public:
    explicit Filters(QObject *parent = nullptr);

    const std::vector<FlowKind> &kinds() const { return m_kinds; }
    const std::vector<DealStatus> &statuses() const { return m_statuses; }
    bool shows(FlowKind kind) const;
    bool shows(DealStatus status) const;
    /// The years shown (both ends included); empty: every date, undated flows too.
    std::optional<std::pair<int, int>> years() const { return m_years; }
    /// Whether a flow dated so (PartialDate::sortKey, 0 for undated) is shown.
    bool showsDate(int dateKey) const;
    /// True when nothing is hidden.
    bool showsAll() const;

    void setShown(FlowKind kind, bool shown);
    void setShown(DealStatus status, bool shown);
    void setYears(std::optional<std::pair<int, int>> years);
    void showAll();

signals:
    void changed();

private:
    std::vector<FlowKind> m_kinds;      // shown, in the enum's order
    std::vector<DealStatus> m_statuses; // shown
    std::optional<std::pair<int, int>> m_years;
};

} // namespace ds::gui
