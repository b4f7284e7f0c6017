// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/flowdialog.h"

#include "widgets/dialogparts.h"
#include "widgets/flowfields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ds::gui {

FlowDialog::FlowDialog(Store &store, Flow flow, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Edit Flow"));
    setFormWidth(this);
    m_fields = new FlowFields(store, companyNamesModel(store, this), std::move(flow), this);
    m_message = problemLabel(this);
    auto *buttons = okCancelButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_fields, &FlowFields::changed, this, &FlowDialog::validate);
    validate();
}

std::optional<Flow> FlowDialog::flow() const {
    return m_fields->flow();
}

void FlowDialog::validate() {
    const QString problem = m_fields->problem();
    m_message->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace ds::gui
