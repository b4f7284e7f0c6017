// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/companylistmodel.h"

#include "document/document.h"

namespace ds::gui {

CompanyListModel::CompanyListModel(Document *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_loader(this,
               [this](Result<std::vector<Company>> companies) { adopt(std::move(companies)); }) {
    connect(document, &Document::opened, this, &CompanyListModel::reload);
    connect(document, &Document::changed, this, [this](Document::Changes what) {
        if (what.testFlag(Document::Change::Companies))
            reload();
    });
    reload();
}

CompanyListModel::~CompanyListModel() = default;

Result<std::vector<Company>> CompanyListModel::readSorted(Store &store) {
    auto companies = store.companies();
    if (!companies)
        return companies.error();
    std::sort(companies->begin(), companies->end(), [](const Company &a, const Company &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return std::move(*companies);
}

void CompanyListModel::reload() {
    m_loader.cancel();
    Store *store = m_document->store();
    if (!store)
        return adopt(std::vector<Company>());
    if (m_document->counts().companies <= kSyncLimit)
        return adopt(readSorted(*store));
    m_loader.start(m_document->path(),
                   [](Store &own, const Cancelled &) { return readSorted(own); });
}

void CompanyListModel::adopt(Result<std::vector<Company>> companies) {
    beginResetModel();
    m_error = companies.errorMessage();
    m_companies = companies ? std::move(*companies) : std::vector<Company>();
    endResetModel();
    emit loaded();
}

int CompanyListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_companies.size());
}

int CompanyListModel::rowOf(Id company) const {
    for (size_t i = 0; i < m_companies.size(); ++i)
        if (m_companies[i].id == company)
            return int(i);
    return -1;
}

QVariant CompanyListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_companies.size())
        return {};
    const Company &c = m_companies[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return c.name;
    case Qt::ToolTipRole:
        return c.aliases.isEmpty()
                   ? displayName(c.kind)
                   : tr("%1 — also known as %2")
                         .arg(displayName(c.kind), c.aliases.join(QStringLiteral(", ")));
    case CompanyIdRole:
        return QVariant::fromValue(qint64(c.id));
    case SearchTextRole:
        return QString(c.name + QLatin1Char(' ') + c.aliases.join(QLatin1Char(' ')));
    default:
        return {};
    }
}

} // namespace ds::gui
