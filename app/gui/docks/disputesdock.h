// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ds::gui {

class Document;
class DisputesModel;
class Selection;

/// The Disputes dock: every disputed figure, largest spread first; choosing one selects its
/// flow or company.
class DisputesDock : public QDockWidget {
    Q_OBJECT
public:
    DisputesDock(Document *document, Selection *selection, QWidget *parent = nullptr);
    DisputesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    DisputesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace ds::gui
