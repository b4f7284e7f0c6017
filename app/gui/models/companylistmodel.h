// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include "document/loader.h"
#include <QAbstractListModel>

#include <vector>

namespace ds {
class Store;
}

namespace ds::gui {

class Document;

/// All companies of the open file, by name, with their kind and aliases (for search). A large
/// file's list (more than kSyncLimit companies) is read and sorted on a worker thread, so that
/// an edit never waits for it; a small one is read at once.
class CompanyListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CompanyIdRole = Qt::UserRole + 1, SearchTextRole };

    static constexpr int64_t kSyncLimit = 20'000;

    explicit CompanyListModel(Document *document, QObject *parent = nullptr);
    ~CompanyListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The row of a company, or -1.
    int rowOf(Id company) const;
    /// Why the companies could not be read (empty when they were).
    QString error() const { return m_error; }

signals:
    /// The list was replaced (after a reload on the worker thread too).
    void loaded();

private:
    void reload();
    void adopt(Result<std::vector<Company>> companies);
    static Result<std::vector<Company>> readSorted(Store &store);

    Document *m_document;
    std::vector<Company> m_companies;
    QString m_error;
    Loader<std::vector<Company>> m_loader;
};

} // namespace ds::gui
