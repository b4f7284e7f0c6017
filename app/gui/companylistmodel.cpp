#include "companylistmodel.h"

#include "document.h"

namespace ds::gui {

CompanyListModel::CompanyListModel(Document *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document) {
    connect(document, &Document::opened, this, &CompanyListModel::reload);
    connect(document, &Document::changed, this, &CompanyListModel::reload);
    reload();
}

void CompanyListModel::reload() {
    beginResetModel();
    m_companies.clear();
    if (Store *store = m_document->store()) {
        if (auto companies = store->companies()) {
            m_companies = std::move(*companies);
            std::sort(m_companies.begin(), m_companies.end(),
                      [](const Company &a, const Company &b) {
                          return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                      });
        }
    }
    endResetModel();
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
