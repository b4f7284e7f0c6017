// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/companydialog.h"

#include "edit/edits.h"
#include "store/store.h"
#include "widgets/dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ds::gui {

CompanyDialog::CompanyDialog(Store &store, Company company, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_company(std::move(company)) {
    setWindowTitle(tr("Edit Company"));
    setFormWidth(this);
    m_name = new QLineEdit(m_company.name, this);
    m_name->setAccessibleName(tr("Company name"));
    m_kind = new QComboBox(this);
    for (CompanyKind k : allValues<CompanyKind>())
        m_kind->addItem(displayName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(m_company.kind)));
    m_kind->setAccessibleName(tr("Company kind"));
    m_aliases = new QLineEdit(m_company.aliases.join(QStringLiteral(", ")), this);
    m_aliases->setAccessibleName(tr("Aliases"));
    m_aliases->setPlaceholderText(tr("other names, separated by commas (e.g. AWS, Amazon.com)"));
    m_message = problemLabel(this);
    auto *buttons = okCancelButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Aliases"), m_aliases);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &CompanyDialog::validate);
    connect(m_aliases, &QLineEdit::textChanged, this, &CompanyDialog::validate);
    validate();
}

Company CompanyDialog::company() const {
    Company c = m_company;
    c.name = m_name->text().simplified();
    c.kind = CompanyKind(m_kind->currentData().toInt());
    c.aliases.clear();
    for (const QString &a : m_aliases->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!a.simplified().isEmpty())
            c.aliases << a.simplified();
    return c;
}

void CompanyDialog::validate() {
    const QString problem = edits::companyProblem(m_store, company());
    m_message->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace ds::gui
