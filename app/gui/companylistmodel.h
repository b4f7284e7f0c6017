#pragma once

#include "domain/types.h"

#include <QAbstractListModel>

#include <vector>

namespace ds::gui {

class Document;

/// All companies of the open file, by name, with their kind and aliases (for search).
class CompanyListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CompanyIdRole = Qt::UserRole + 1, SearchTextRole };

    explicit CompanyListModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The row of a company, or -1.
    int rowOf(Id company) const;

private:
    void reload();

    Document *m_document;
    std::vector<Company> m_companies;
};

} // namespace ds::gui
