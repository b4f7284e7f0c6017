#pragma once

#include "domain/types.h"

#include <QObject>

#include <vector>

namespace ds::gui {

/// The kinds and statuses shown, shared by the deal table and the timeline.
class Filters : public QObject {
    Q_OBJECT
public:
    explicit Filters(QObject *parent = nullptr);

    const std::vector<FlowKind> &kinds() const { return m_kinds; }
    const std::vector<DealStatus> &statuses() const { return m_statuses; }
    bool shows(FlowKind kind) const;
    bool shows(DealStatus status) const;
    /// True when nothing is hidden.
    bool showsAll() const;

    void setShown(FlowKind kind, bool shown);
    void setShown(DealStatus status, bool shown);
    void showAll();

signals:
    void changed();

private:
    std::vector<FlowKind> m_kinds;      // shown, in the enum's order
    std::vector<DealStatus> m_statuses; // shown
};

} // namespace ds::gui
