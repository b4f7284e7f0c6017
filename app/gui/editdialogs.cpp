#include "editdialogs.h"

#include "store/edits.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>

namespace ds::gui {

namespace {

QLabel *errorLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828"));
    label->setAccessibleName(QObject::tr("Problem"));
    return label;
}

} // namespace

AmountDialog::AmountDialog(const QString &stated, const QString &what, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Edit Amount"));
    m_edit = new QLineEdit(stated, this);
    m_edit->setAccessibleName(tr("Amount as stated"));
    m_edit->setPlaceholderText(tr("e.g. $30 billion, up to $5B, €15 million, $5–10 billion"));
    m_message = errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(what.toHtmlEscaped(), this));
    form->addRow(tr("&Amount"), m_edit);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &AmountDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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

CompanyDialog::CompanyDialog(Store &store, Company company, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_company(std::move(company)) {
    setWindowTitle(tr("Edit Company"));
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
    m_message = errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Aliases"), m_aliases);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &CompanyDialog::validate);
    connect(m_aliases, &QLineEdit::textChanged, this, &CompanyDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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

FlowDialog::FlowDialog(Store &store, Flow flow, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_flow(std::move(flow)) {
    setWindowTitle(tr("Edit Flow"));
    QStringList names;
    if (auto companies = store.companies())
        for (const Company &c : *companies)
            names << c.name;
    names.sort(Qt::CaseInsensitive);
    // One list model for both boxes (a file may name a hundred thousand companies).
    auto *model = new QStringListModel(names, this);
    auto companyBox = [&](Id current) {
        auto *box = new QComboBox(this);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setModel(model);
        if (auto c = store.company(current))
            box->setCurrentText(c->name);
        return box;
    };
    m_payer = companyBox(m_flow.payerId);
    m_payee = companyBox(m_flow.payeeId);
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
    m_message = errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Payer"), m_payer);
    form->addRow(tr("Pa&yee"), m_payee);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Note"), m_note);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_payer, &QComboBox::currentTextChanged, this, &FlowDialog::validate);
    connect(m_payee, &QComboBox::currentTextChanged, this, &FlowDialog::validate);
    connect(m_date, &QLineEdit::textChanged, this, &FlowDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

std::optional<Flow> FlowDialog::flow() const {
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

void FlowDialog::validate() {
    QString problem;
    auto known = [&](const QString &name) {
        auto id = m_store.companyIdByName(name);
        return id && *id;
    };
    if (!known(m_payer->currentText()))
        problem = tr("“%1” is not a company of this file.").arg(m_payer->currentText());
    else if (!known(m_payee->currentText()))
        problem = tr("“%1” is not a company of this file.").arg(m_payee->currentText());
    else if (!PartialDate::parse(m_date->text().trimmed()))
        problem = tr("“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when "
                     "approximate).")
                      .arg(m_date->text());
    else if (const auto f = flow(); !f)
        problem = tr("A flow's payer cannot be its payee.");
    m_message->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace ds::gui
