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

} // namespace ds::gui
