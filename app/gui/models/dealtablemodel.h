// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sources.h"
#include "document/loader.h"
#include "domain/types.h"
#include "store/flowquery.h"

#include <QAbstractTableModel>

#include <list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ds::gui {

class Document;

/// The deal table: one row per flow (date, deal, payer, payee, kind, amount as stated — the
/// preferred claim's, one with a number before a vague one —, status, number of sources). Lazy at
/// any size: it holds the ordered flow ids of the current sort and filter (computed off the GUI
/// thread on a connection of its own) and reads rows in pages as the view asks for them, keeping a
/// few pages cached.
class DealTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, DealTitle, Payer, Payee, Kind, Amount, Status, Sources, ColumnCount };
    enum Role { FlowIdRole = Qt::UserRole + 1, DealIdRole, DisputedRole };

    explicit DealTableModel(Document *document, QObject *parent = nullptr);
    ~DealTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Shows only flows whose deal, payer or payee contains the text (case-insensitive).
    void setTextFilter(const QString &text);
    /// Shows only flows paid or received by the company.
    void setCompanyFilter(std::optional<Id> company);
    /// Shows only flows of these kinds in deals of these statuses (empty: all).
    void setKindStatusFilter(const std::vector<FlowKind> &kinds,
                             const std::vector<DealStatus> &statuses,
                             std::optional<std::pair<int, int>> years = std::nullopt);

    /// The row of a flow in the current order, or -1.
    int rowOfFlow(Id flow) const;
    Id flowIdAt(int row) const;
    /// True while the ordered ids are being computed.
    bool isLoading() const { return m_ids.isLoading(); }
    /// Why the flows could not be read (empty when they were).
    QString error() const { return m_error; }
    /// Number of flows matching the filters (the row count once loaded).
    int64_t matchCount() const { return int64_t(m_flows.size()); }

signals:
    void loadingChanged(bool loading);
    void loaded();

private:
    struct Row : FlowRow {
        bool disputed = false;
        bool statusDisputed = false; // the sources state different stages of the deal
        QString explanation;         // why the figure is disputed
    };

    void reload();
    const Row *rowAt(int row) const;
    void fetchPage(int page) const;

    Document *m_document;
    FlowQuery m_query;
    std::vector<Id> m_flows; // the ordered ids of the current sort and filter
    QString m_error;
    Loader<std::vector<Id>> m_ids;

    static constexpr int kPageSize = 128;
    static constexpr size_t kMaxPages = 64;
    mutable std::unordered_map<int, std::vector<Row>> m_pages;
    mutable std::list<int> m_pageOrder;             // most recent first
    std::optional<analysis::SourceIndex> m_sources; // for the figure rules
};

} // namespace ds::gui
