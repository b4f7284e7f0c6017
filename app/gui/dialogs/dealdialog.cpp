// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/dealdialog.h"

#include "edit/rowset.h"
#include "widgets/dialogparts.h"
#include "widgets/flowfields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ds::gui {

DealDialog::DealDialog(Store &store, Deal deal, std::optional<Flow> firstFlow, QWidget *parent)
    : QDialog(parent)
    , m_deal(std::move(deal)) {
    setWindowTitle(firstFlow ? tr("New Deal") : tr("Edit Deal"));
    setFormWidth(this);
    m_title = new QLineEdit(m_deal.title, this);
    m_title->setAccessibleName(tr("Deal title"));
    m_title->setPlaceholderText(tr("e.g. Microsoft invests in OpenAI"));
    m_status = new QComboBox(this);
    for (DealStatus st : allValues<DealStatus>())
        m_status->addItem(displayName(st), int(st));
    m_status->setCurrentIndex(m_status->findData(int(m_deal.status)));
    m_status->setAccessibleName(tr("Status"));
    m_announced = new QLineEdit(m_deal.announced.toString(), this);
    m_announced->setPlaceholderText(tr("2025, 2025-11 or 2025-11-18; ~ when approximate"));
    m_announced->setAccessibleName(tr("Announced"));
    m_note = new QLineEdit(m_deal.note, this);
    m_note->setAccessibleName(tr("Deal note"));
    m_message = problemLabel(this);
    auto *buttons = okCancelButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Announced"), m_announced);
    form->addRow(tr("&Note"), m_note);
    layout->addLayout(form);
    if (firstFlow) {
        auto *group = new QGroupBox(tr("First flow of money"), this);
        auto *groupLayout = new QVBoxLayout(group);
        m_flow = new FlowFields(store, companyNamesModel(store, this), *firstFlow, group);
        groupLayout->addWidget(m_flow);
        layout->addWidget(group);
        connect(m_flow, &FlowFields::changed, this, &DealDialog::validate);
    }
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_title, &QLineEdit::textChanged, this, &DealDialog::validate);
    connect(m_announced, &QLineEdit::textChanged, this, &DealDialog::validate);
    validate();
}

std::optional<Deal> DealDialog::deal() const {
    Deal d = m_deal;
    const auto announced = PartialDate::parse(m_announced->text().trimmed());
    if (!announced)
        return std::nullopt;
    d.title = m_title->text().simplified();
    d.status = DealStatus(m_status->currentData().toInt());
    d.announced = *announced;
    d.note = m_note->text().trimmed();
    if (!edits::dealProblem(d).isEmpty())
        return std::nullopt;
    return d;
}

std::optional<Flow> DealDialog::firstFlow() const {
    return m_flow ? m_flow->flow() : std::nullopt;
}

void DealDialog::validate() {
    QString problem = dateProblem(m_announced->text());
    if (problem.isEmpty() && m_title->text().simplified().isEmpty())
        problem = edits::dealProblem(Deal{});
    if (problem.isEmpty() && m_flow)
        problem = m_flow->problem();
    m_message->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace ds::gui
