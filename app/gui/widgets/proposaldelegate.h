// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringListModel>
#include <QStyledItemDelegate>

namespace ds::gui {

/// Editors for the proposal table: lists for what a figure is, its kind and status; a list of
/// the known companies (any other name proposes a new company) for payer and payee.
class ProposalDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ProposalDelegate(QStringList companyNames, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringListModel *m_companies; // shared by every editor: one list, not one copy each
};

} // namespace ds::gui
