// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ds {
class Store;
}

namespace ds::gui {

class FlowFields;

/// Edits a deal (title, status, announcement date, note), or, given a first flow, makes a new
/// one: a deal is shown through its flows, so a new deal comes with its first.
class DealDialog : public QDialog {
    Q_OBJECT
public:
    DealDialog(Store &store, Deal deal, std::optional<Flow> firstFlow, QWidget *parent = nullptr);
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *announcedEdit() const { return m_announced; }
    FlowFields *flowFields() const { return m_flow; }
    QLabel *message() const { return m_message; }
    /// The deal as entered; empty while something is wrong.
    std::optional<Deal> deal() const;
    /// The first flow (new deals only); empty while something is wrong.
    std::optional<Flow> firstFlow() const;

private:
    void validate();
    Deal m_deal;
    QLineEdit *m_title;
    QComboBox *m_status;
    QLineEdit *m_announced;
    QLineEdit *m_note;
    FlowFields *m_flow = nullptr;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace ds::gui
