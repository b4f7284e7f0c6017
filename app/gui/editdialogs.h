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

/// Edits the amount of a claim as the source states it ("up to $5 billion"): the message next
/// to the field says what does not parse, and OK stays off until it does.
class AmountDialog : public QDialog {
    Q_OBJECT
public:
    AmountDialog(const QString &stated, const QString &what, QWidget *parent = nullptr);
    QLineEdit *edit() const { return m_edit; }
    QLabel *message() const { return m_message; }
    std::optional<Money> money() const;

private:
    void validate();
    QLineEdit *m_edit;
    QLabel *m_message;
    QPushButton *m_ok;
};

/// Edits a company: name, kind and aliases (comma-separated); names and aliases of other
/// companies are refused next to the field.
class CompanyDialog : public QDialog {
    Q_OBJECT
public:
    CompanyDialog(Store &store, Company company, QWidget *parent = nullptr);
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *aliasesEdit() const { return m_aliases; }
    QComboBox *kindBox() const { return m_kind; }
    QLabel *message() const { return m_message; }
    Company company() const;

private:
    void validate();
    Store &m_store;
    Company m_company;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_aliases;
    QLabel *m_message;
    QPushButton *m_ok;
};

/// Edits a flow: payer and payee (known companies), kind, date and note; a payer that is its
/// payee, an unknown company or an impossible date is refused next to the field.
class FlowDialog : public QDialog {
    Q_OBJECT
public:
    FlowDialog(Store &store, Flow flow, QWidget *parent = nullptr);
    FlowFields *fields() const { return m_fields; }
    QLabel *message() const { return m_message; }
    /// The flow as edited; empty while something is wrong.
    std::optional<Flow> flow() const;

private:
    void validate();
    FlowFields *m_fields;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace ds::gui
