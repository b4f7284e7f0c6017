// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/proposaldelegate.h"

#include "domain/types.h"
#include "models/proposalmodel.h"

#include <QComboBox>
#include <QCompleter>

namespace ds::gui {

namespace {

template <typename E> QComboBox *enumCombo(QWidget *parent, const std::vector<E> &values) {
    auto *combo = new QComboBox(parent);
    for (E v : values)
        combo->addItem(displayName(v), int(v));
    return combo;
}

} // namespace

ProposalDelegate::ProposalDelegate(QStringList companyNames, QObject *parent)
    : QStyledItemDelegate(parent) {
    companyNames.sort(Qt::CaseInsensitive);
    m_companies = new QStringListModel(companyNames, this);
}

QWidget *ProposalDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const {
    switch (index.column()) {
    case ProposalModel::Attribute:
        return enumCombo(
            parent, std::vector<ClaimAttribute>{ClaimAttribute::Amount, ClaimAttribute::Valuation,
                                                ClaimAttribute::Total, ClaimAttribute::Stake});
    case ProposalModel::Kind:
        return enumCombo(parent, allValues<FlowKind>());
    case ProposalModel::Status:
        return enumCombo(parent, allValues<DealStatus>());
    case ProposalModel::Payer:
    case ProposalModel::Payee: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setModel(m_companies);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->setToolTip(tr("A known company, or a new name to add as a company"));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ProposalDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    if (combo->isEditable())
        combo->setEditText(value.toString());
    else
        combo->setCurrentIndex(std::max(0, combo->findData(value.toInt())));
}

void ProposalDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const {
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index,
                   combo->isEditable() ? QVariant(combo->currentText()) : combo->currentData());
}

} // namespace ds::gui
