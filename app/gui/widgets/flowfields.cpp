// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/flowfields.h"

#include "edit/edits.h"
#include "store/store.h"
#include "widgets/dialogparts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ds::gui {

FlowFields::FlowFields(Store &store, QAbstractItemModel *companyNames, Flow flow, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_flow(std::move(flow)) {
    auto nameOf = [&](Id id) {
        auto c = store.company(id);
        return c ? c->name : QString();
    };
    m_payer = companyBox(companyNames, nameOf(m_flow.payerId), this);
    m_payee = companyBox(companyNames, nameOf(m_flow.payeeId), this);
    m_payer->setAccessibleName(tr("Payer"));
    m_payee->setAccessibleName(tr("Payee"));
    m_kind = new QComboBox(this);
    for (FlowKind k : allValues<FlowKind>())
        m_kind->addItem(displayName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(m_flow.kind)));
    m_kind->setAccessibleName(tr("Kind"));
    m_date = new QLineEdit(m_flow.date.toString(), this);
    m_date->setPlaceholderText(tr("2025, 2025-11 or 2025-11-18; ~ when approximate"));
    m_date->setAccessibleName(tr("Date"));
    m_note = new QLineEdit(m_flow.note, this);
    m_note->setAccessibleName(tr("Note"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Payer"), m_payer);
    m_form->addRow(tr("Pa&yee"), m_payee);
    m_form->addRow(tr("&Kind"), m_kind);
    m_form->addRow(tr("&Date"), m_date);
    m_form->addRow(tr("N&ote"), m_note);
    connect(m_payer, &QComboBox::currentTextChanged, this, &FlowFields::changed);
    connect(m_payee, &QComboBox::currentTextChanged, this, &FlowFields::changed);
    connect(m_date, &QLineEdit::textChanged, this, &FlowFields::changed);
}

std::optional<Flow> FlowFields::flow() const {
    Flow f = m_flow;
    auto payer = m_store.companyIdByName(m_payer->currentText());
    auto payee = m_store.companyIdByName(m_payee->currentText());
    const auto date = PartialDate::parse(m_date->text().trimmed());
    if (!payer || !*payer || !payee || !*payee || !date)
        return std::nullopt;
    f.payerId = **payer;
    f.payeeId = **payee;
    f.kind = FlowKind(m_kind->currentData().toInt());
    f.date = *date;
    f.note = m_note->text().trimmed();
    if (!edits::flowProblem(f).isEmpty())
        return std::nullopt;
    return f;
}

QString FlowFields::problem() const {
    auto known = [&](const QString &name) {
        auto id = m_store.companyIdByName(name);
        return id && *id;
    };
    if (!known(m_payer->currentText()))
        return tr("“%1” is not a company of this file.").arg(m_payer->currentText());
    if (!known(m_payee->currentText()))
        return tr("“%1” is not a company of this file.").arg(m_payee->currentText());
    if (const QString problem = dateProblem(m_date->text()); !problem.isEmpty())
        return problem;
    if (!flow())
        return tr("A flow's payer cannot be its payee.");
    return {};
}

} // namespace ds::gui
