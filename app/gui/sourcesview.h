// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include "loader.h"
#include <QAbstractTableModel>
#include <QDockWidget>

#include <vector>

class QLabel;
class QTableView;
class QSortFilterProxyModel;

namespace ds::gui {

class Document;

/// The sources with their number of claims and the chain of sources they rely on.
class SourcesModel : public QAbstractTableModel {
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
    /// Why the sources could not be read (empty when they were).
    QString error() const { return m_error; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loaded();

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
    QString m_error;
    Loader<std::vector<Row>> m_loader;
};

class SourcesDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SourcesDock(Document *document, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    SourcesModel *model() const { return m_model; }

signals:
    void openSourceRequested(ds::Id source);
    /// The row with the keyboard focus changed (empty when there is none).
    void currentSourceChanged(std::optional<ds::Id> source);

private:
    SourcesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_error; // why the sources could not be read, when they could not
};

} // namespace ds::gui
