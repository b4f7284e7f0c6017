// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/amountdialog.h"

#include "widgets/dialogparts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ds::gui {

AmountDialog::AmountDialog(const QString &stated, const QString &what, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Edit Amount"));
    m_edit = new QLineEdit(stated, this);
    m_edit->setAccessibleName(tr("Amount as stated"));
    m_edit->setPlaceholderText(tr("e.g. $30 billion, up to $5B, €15 million, $5–10 billion"));
    m_message = problemLabel(this);
    auto *buttons = okCancelButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(what.toHtmlEscaped(), this));
    form->addRow(tr("&Amount"), m_edit);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &AmountDialog::validate);
    validate();
}

std::optional<Money> AmountDialog::money() const {
    return Money::parse(m_edit->text());
}

void AmountDialog::validate() {
    const bool ok = money().has_value();
    m_message->setText(ok ? QString()
                          : tr("“%1” is not an amount DealScope can read.").arg(m_edit->text()));
    m_ok->setEnabled(ok);
}

} // namespace ds::gui
