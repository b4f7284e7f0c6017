// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/loader.h"
#include "domain/types.h"
#include "models/resulttablemodel.h"

#include <vector>

namespace ds::gui {

class Document;

/// The sources with their number of claims and the chain of sources they rely on.
class SourcesModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column {
        Title,
        Publisher,
        Published,
        Kind,
        Claims,
        Orphaned,
        HasText,
        Cites,
        ColumnCount
    };
    enum Role { SourceIdRole = Qt::UserRole + 1, SortRole };

    explicit SourcesModel(Document *document, QObject *parent = nullptr);
    ~SourcesModel() override;
    bool isLoading() const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        Source source;
        int claims = 0;
        int orphaned = 0;
        bool hasText = false;
        QString chain;
    };
    void reload();
    static Result<std::vector<Row>> compute(Store &store, const Cancelled &cancelled);

    Document *m_document;
    std::vector<Row> m_rows;
    Loader<std::vector<Row>> m_loader;
};

} // namespace ds::gui
