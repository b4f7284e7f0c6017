// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/companydock.h"

#include "document/selection.h"
#include "models/companylistmodel.h"
#include "widgets/dialogparts.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace ds::gui {

CompanyDock::CompanyDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Companies"), parent)
    , m_selection(selection)
    , m_model(new CompanyListModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_view(new QListView)
    , m_error(problemLabel(nullptr)) {
    setObjectName(QStringLiteral("companyDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CompanyListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search companies"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Company search"));
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Company list"));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    m_error->hide();
    setWidget(body);

    auto focus = [this](const QModelIndex &index) {
        if (index.isValid())
            m_selection->setCompany(index.data(CompanyListModel::CompanyIdRole).toLongLong());
    };
    // Edit Company… on the list's context menu (and F2).
    auto *editAction = new QAction(tr("&Edit Company…"), m_view);
    editAction->setShortcut(QKeySequence(Qt::Key_F2));
    editAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(editAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(editAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            emit editRequested(index.data(CompanyListModel::CompanyIdRole).toLongLong());
    });
    connect(m_view, &QListView::activated, this, focus);
    connect(m_view, &QListView::clicked, this, focus);
    connect(m_selection, &Selection::companyChanged, this, &CompanyDock::showFocused);
    // A reloaded list (after an edit) shows the focused company again.
    connect(m_model, &CompanyListModel::loaded, this, &CompanyDock::showFocused);
    connect(m_model, &CompanyListModel::loaded, this, [this] {
        m_error->setText(tr("The companies cannot be read: %1").arg(m_model->error()));
        m_error->setVisible(!m_model->error().isEmpty());
    });
}

void CompanyDock::showFocused() {
    const auto company = m_selection->company();
    const int row = company ? m_model->rowOf(*company) : -1;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        m_view->clearSelection();
    else if (m_view->currentIndex() != index)
        m_view->setCurrentIndex(index);
}

} // namespace ds::gui
