// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ds::gui {

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

} // namespace ds::gui
