// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "loader.h"

#include <QAbstractTableModel>
#include <QDockWidget>

#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ds::gui {

class Document;
class Selection;

/// Every disputed figure with its spread and the sources on each side; computed off the GUI
/// thread on a connection of its own.
class DisputesModel : public QAbstractTableModel {
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
    /// Why the figures could not be worked out (empty when they were).
    QString error() const { return m_error; }

signals:
    void loaded();

private:
    void reload();
    static Result<std::vector<Row>> compute(Store &store, const Cancelled &cancelled);

    Document *m_document;
    std::vector<Row> m_rows;
    QString m_error;
    Loader<std::vector<Row>> m_loader;
};

class DisputesDock : public QDockWidget {
    Q_OBJECT
public:
    DisputesDock(Document *document, Selection *selection, QWidget *parent = nullptr);
    DisputesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    DisputesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace ds::gui
