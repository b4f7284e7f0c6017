// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDockWidget>

#include <optional>

class QLabel;
class QTableView;
class QSortFilterProxyModel;

namespace ds::gui {

class Document;
class SourcesModel;

/// The Sources dock: each source with its claims and what it relies on; Enter opens one.
class SourcesDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SourcesDock(Document *document, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    SourcesModel *model() const { return m_model; }

signals:
    void openSourceRequested(ds::Id source);
    /// The row with the keyboard focus changed (empty when there is none).
    void currentSourceChanged(std::optional<ds::Id> source);

private:
    SourcesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_error; // why the sources could not be read, when they could not
};

} // namespace ds::gui
