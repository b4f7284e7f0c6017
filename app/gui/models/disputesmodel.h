// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/loader.h"
#include "domain/types.h"
#include "models/resulttablemodel.h"

#include <vector>

namespace ds::gui {

class Document;

/// Every disputed figure with its spread and the sources on each side; computed off the GUI
/// thread on a connection of its own.
class DisputesModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { Subject, Deal, Disagreements, Spread, Sides, Explanation, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FlowIdRole, CompanyIdRole };
    struct Row {
        QString subject;
        QString deal;
        QString disagreements;
        int64_t low = 0;
        int64_t high = 0;
        QString sides;
        QString explanation;
        Id flowId = 0;
        Id companyId = 0;
    };

    explicit DisputesModel(Document *document, QObject *parent = nullptr);
    ~DisputesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool isLoading() const { return m_loader.isLoading(); }

private:
    void reload();
    static Result<std::vector<Row>> compute(Store &store, const Cancelled &cancelled);

    Document *m_document;
    std::vector<Row> m_rows;
    Loader<std::vector<Row>> m_loader;
};

} // namespace ds::gui
