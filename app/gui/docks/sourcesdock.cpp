// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/sourcesdock.h"

#include "models/sourcesmodel.h"
#include "widgets/dialogparts.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ds::gui {

SourcesDock::SourcesDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Sources"), parent)
    , m_model(new SourcesModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_error(problemLabel(nullptr)) {
    setObjectName(QStringLiteral("sourcesDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SourcesModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SourcesModel::Claims, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SourcesModel::Title, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Sources"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    setWidget(body);
    m_error->hide();
    connect(m_model, &SourcesModel::loaded, this, [this] {
        m_error->setText(tr("The sources cannot be read: %1").arg(m_model->error()));
        m_error->setVisible(!m_model->error().isEmpty());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openSourceRequested(index.data(SourcesModel::SourceIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentSourceChanged(
                    current.isValid()
                        ? std::optional<Id>(current.data(SourcesModel::SourceIdRole).toLongLong())
                        : std::nullopt);
            });
}

} // namespace ds::gui
