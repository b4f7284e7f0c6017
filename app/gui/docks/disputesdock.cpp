// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/disputesdock.h"

#include "document/selection.h"
#include "models/disputesmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ds::gui {

DisputesDock::DisputesDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Disputes"), parent)
    , m_model(new DisputesModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_status(new QLabel) {
    setObjectName(QStringLiteral("disputesDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DisputesModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DisputesModel::Spread, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(DisputesModel::Sides, QHeaderView::Stretch);
    m_view->setColumnWidth(DisputesModel::Subject, 240);
    m_view->setColumnWidth(DisputesModel::Deal, 220);
    m_view->setColumnWidth(DisputesModel::Disagreements, 110);
    m_view->setColumnHidden(DisputesModel::Explanation, true);
    m_view->setAccessibleName(tr("Disputed figures"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setWidget(body);
    connect(m_model, &DisputesModel::loaded, this, [this] {
        m_status->setText(
            !m_model->error().isEmpty()
                ? tr("The disputes cannot be worked out: %1").arg(m_model->error())
                : tr("%n disputed figure(s) — the sources disagree on an amount, on who pays "
                     "whom, on a date, on the status or on whether a deal exists.",
                     nullptr, m_model->rowCount()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [selection](const QModelIndex &index) {
                const Id flow = index.data(DisputesModel::FlowIdRole).toLongLong();
                const Id company = index.data(DisputesModel::CompanyIdRole).toLongLong();
                if (flow)
                    selection->setFlow(flow, std::nullopt);
                else if (company)
                    selection->setCompany(company);
            });
}

} // namespace ds::gui
