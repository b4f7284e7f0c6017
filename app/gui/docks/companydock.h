// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace ds::gui {

class CompanyListModel;
class Document;
class Selection;

/// A dock listing the companies with a search box; clicking one focuses it.
class CompanyDock : public QDockWidget {
    Q_OBJECT
public:
    CompanyDock(Document *document, Selection *selection, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListView *view() const { return m_view; }

signals:
    void editRequested(ds::Id company);

private:
    /// Selects the focused company's row (none when no company is focused).
    void showFocused();
    Selection *m_selection;
    CompanyListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_view;
    QLabel *m_error; // why the companies could not be read, when they could not
};

} // namespace ds::gui
