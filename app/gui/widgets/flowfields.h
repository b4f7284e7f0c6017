// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace ds {
class Store;
}

namespace ds::gui {

/// The fields of a flow (payer and payee among the file's companies, kind, date, note) with
/// their validation, for the dialogs that edit or add flows.
class FlowFields : public QWidget {
    Q_OBJECT
public:
    FlowFields(Store &store, QAbstractItemModel *companyNames, Flow flow,
               QWidget *parent = nullptr);
    QComboBox *payerBox() const { return m_payer; }
    QComboBox *payeeBox() const { return m_payee; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }
    QFormLayout *form() const { return m_form; }
    /// The flow as entered; empty while something is wrong.
    std::optional<Flow> flow() const;
    /// What is wrong, or an empty string.
    QString problem() const;

signals:
    void changed();

private:
    Store &m_store;
    Flow m_flow;
    QFormLayout *m_form;
    QComboBox *m_payer;
    QComboBox *m_payee;
    QComboBox *m_kind;
    QLineEdit *m_date;
    QLineEdit *m_note;
};

} // namespace ds::gui
