// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QTimer;

namespace ds::gui {

class DealTableModel;
class Document;
class Filters;
class Selection;

/// The deal table with its filter box; follows and sets the selection.
class DealTableView : public QWidget {
    Q_OBJECT
public:
    DealTableView(Document *document, Selection *selection, Filters *filters,
                  QWidget *parent = nullptr);

    DealTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    void focusFilter();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    /// The number of matching flows changed (or loading started/finished).
    void statusChanged(const QString &text);

private:
    void selectFlow(std::optional<Id> flow);
    void onCurrentRowChanged();
    void updateCompanyBar();
    void updateStatus();

    Document *m_document;
    Selection *m_selection;
    DealTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QWidget *m_companyBar;
    QLabel *m_companyLabel;
    QToolButton *m_clearCompany;
    QLabel *m_errorLabel; // why the flows could not be read, when they could not
    std::optional<Id> m_pendingFlow;
    bool m_updatingSelection = false;
};

} // namespace ds::gui
