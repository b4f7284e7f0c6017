// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dealtableview.h"

#include "document/document.h"
#include "document/filters.h"
#include "document/selection.h"
#include "models/dealtablemodel.h"
#include "store/store.h"
#include "widgets/dialogparts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ds::gui {

DealTableView::DealTableView(Document *document, Selection *selection, Filters *filters,
                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new DealTableModel(document, this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
    , m_companyBar(new QWidget(this))
    , m_companyLabel(new QLabel(m_companyBar))
    , m_clearCompany(new QToolButton(m_companyBar))
    , m_errorLabel(problemLabel(this)) {
    m_errorLabel->hide();
    m_filter->setPlaceholderText(tr("Filter by deal, payer or payee (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Deal filter"));
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
            [this] { m_model->setTextFilter(m_filter->text()); });

    m_clearCompany->setText(tr("Show all companies"));
    m_clearCompany->setAutoRaise(true);
    auto *barLayout = new QHBoxLayout(m_companyBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_companyLabel, 1);
    barLayout->addWidget(m_clearCompany);
    m_companyBar->hide();
    connect(m_clearCompany, &QToolButton::clicked, this,
            [this] { m_selection->setCompany(std::nullopt); });

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Deal table"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(DealTableModel::Date, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(DealTableModel::DealTitle,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    // Room for the values, and at least for the header in the language shown (with its sort
    // arrow): "Betrag (wie angegeben)" is longer than "Amount (as stated)".
    const QFontMetrics headerFont = m_view->horizontalHeader()->fontMetrics();
    for (auto [column, width] :
         {std::pair{DealTableModel::Date, 92}, std::pair{DealTableModel::Payer, 92},
          std::pair{DealTableModel::Payee, 92}, std::pair{DealTableModel::Kind, 140},
          std::pair{DealTableModel::Amount, 135}, std::pair{DealTableModel::Status, 88},
          std::pair{DealTableModel::Sources, 58}}) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, std::max(width, headerFont.horizontalAdvance(header) + 28));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_companyBar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DealTableView::onCurrentRowChanged);
    connect(m_model, &DealTableModel::loaded, this, [this] {
        // The model was reset: select the focused flow again.
        selectFlow(m_pendingFlow ? m_pendingFlow : m_selection->flow());
        m_pendingFlow.reset();
        updateStatus();
    });
    connect(m_model, &DealTableModel::loadingChanged, this, &DealTableView::updateStatus);
    connect(m_selection, &Selection::flowChanged, this,
            [this](std::optional<Id> flow) { selectFlow(flow); });
    connect(m_selection, &Selection::companyChanged, this, [this](std::optional<Id> company) {
        m_model->setCompanyFilter(company);
        updateCompanyBar();
    });
    connect(filters, &Filters::changed, this, [this, filters] {
        m_model->setKindStatusFilter(filters->kinds(), filters->statuses(), filters->years());
    });
    connect(m_document, &Document::opened, this, [this] {
        m_model->setCompanyFilter(std::nullopt);
        updateCompanyBar();
    });
}

void DealTableView::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray DealTableView::saveHeaderState() const {
    return m_view->horizontalHeader()->saveState();
}

void DealTableView::restoreHeaderState(const QByteArray &state) {
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void DealTableView::selectFlow(std::optional<Id> flow) {
    if (m_model->isLoading()) {
        m_pendingFlow = flow;
        return;
    }
    const int row = flow ? m_model->rowOfFlow(*flow) : -1;
    const QModelIndex current = m_view->currentIndex();
    if (row >= 0 && current.isValid() && current.row() == row)
        return;
    m_updatingSelection = true;
    if (row < 0) {
        m_view->clearSelection();
    } else {
        const QModelIndex index = m_model->index(row, DealTableModel::DealTitle);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    m_updatingSelection = false;
}

void DealTableView::onCurrentRowChanged() {
    if (m_updatingSelection)
        return;
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const Id flow = index.data(DealTableModel::FlowIdRole).toLongLong();
    const Id deal = index.data(DealTableModel::DealIdRole).toLongLong();
    m_selection->setFlow(flow, deal);
}

void DealTableView::updateCompanyBar() {
    const std::optional<Id> company = m_selection->company();
    Store *store = m_document->store();
    if (!company || !store) {
        m_companyBar->hide();
        return;
    }
    auto found = store->company(*company);
    const QString name = found ? found->name : QString();
    m_companyLabel->setText(
        tr("Showing the flows paid or received by <b>%1</b>").arg(name.toHtmlEscaped()));
    m_companyBar->show();
}

void DealTableView::updateStatus() {
    m_errorLabel->setVisible(!m_model->isLoading() && !m_model->error().isEmpty());
    if (m_errorLabel->isVisible())
        m_errorLabel->setText(tr("The flows cannot be read: %1").arg(m_model->error()));
    if (m_model->isLoading())
        emit statusChanged(tr("Loading flows…"));
    else
        emit statusChanged(tr("%n flow(s) shown", nullptr, int(m_model->matchCount())));
}

} // namespace ds::gui
