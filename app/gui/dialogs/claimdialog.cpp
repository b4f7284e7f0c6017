// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/claimdialog.h"

#include "edit/rowset.h"
#include "store/store.h"
#include "widgets/dialogparts.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>

namespace ds::gui {

namespace {

bool statesMoney(ClaimAttribute a) {
    return a == ClaimAttribute::Amount || a == ClaimAttribute::Total ||
           a == ClaimAttribute::Valuation;
}

/// What a claim on a flow, a deal or a company can state.
std::vector<ClaimAttribute> attributesFor(const Claim &claim) {
    if (claim.dealId)
        return {ClaimAttribute::Total};
    if (claim.companyId)
        return {ClaimAttribute::Valuation, ClaimAttribute::Stake, ClaimAttribute::Total};
    return {ClaimAttribute::Amount, ClaimAttribute::Date, ClaimAttribute::Existence};
}

} // namespace

ClaimDialog::ClaimDialog(Store &store, Claim claim, const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_claim(std::move(claim)) {
    setWindowTitle(m_claim.id ? tr("Edit Claim") : tr("Add Claim"));
    QStringList labels;
    int current = -1;
    if (auto sources = store.sources())
        for (const Source &s : *sources) {
            QString label = !s.title.isEmpty()       ? s.title
                            : !s.publisher.isEmpty() ? s.publisher
                                                     : s.key;
            if (!s.publisher.isEmpty() && !s.title.isEmpty())
                label += QStringLiteral(" — ") + s.publisher;
            if (!s.published.isNull())
                label += QStringLiteral(" (%1)").arg(s.published.display());
            if (s.id == m_claim.sourceId)
                current = int(labels.size());
            labels << label;
            m_sourceIds.push_back(s.id);
        }
    m_source = new QComboBox(this);
    m_source->setModel(new QStringListModel(labels, this));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(40); // not measured over every source
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->completer()->setFilterMode(Qt::MatchContains);
    m_source->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_source->setCurrentIndex(current);
    m_source->setAccessibleName(tr("Source"));
    m_attribute = new QComboBox(this);
    for (ClaimAttribute a : attributesFor(m_claim))
        m_attribute->addItem(displayName(a), int(a));
    m_attribute->setAccessibleName(tr("What the source states"));
    m_stance = new QComboBox(this);
    for (Stance st : allValues<Stance>())
        m_stance->addItem(displayName(st), int(st));
    m_stance->setAccessibleName(tr("Stance"));
    m_amount = new QLineEdit(this);
    m_amount->setAccessibleName(tr("Amount as stated"));
    m_amount->setPlaceholderText(tr("e.g. $30 billion, up to $5B, €15 million, $5–10 billion"));
    m_percent = new QLineEdit(this);
    m_percent->setAccessibleName(tr("Stake in percent"));
    m_percent->setPlaceholderText(tr("e.g. 27 or 27.5"));
    // Who a company's figure is about (company claims), or who the source says pays whom when
    // it says so (flow claims: direction and attribution disputes).
    QAbstractItemModel *names = companyNamesModel(store, this); // one list for every box
    m_counterparty = companyBox(names, QString(), this);
    m_counterparty->setAccessibleName(tr("Counterparty"));
    m_counterparty->lineEdit()->setPlaceholderText(
        tr("the company invested in or held (optional)"));
    auto nameOf = [&store](std::optional<Id> id) {
        auto c = id ? store.company(*id) : Result<Company>(Error{});
        return c ? c->name : QString();
    };
    m_statedPayer = companyBox(names, nameOf(m_claim.statedPayerId), this);
    m_statedPayer->setAccessibleName(tr("Payer as the source states it"));
    m_statedPayer->lineEdit()->setPlaceholderText(tr("only when the source says who pays"));
    m_statedPayee = companyBox(names, nameOf(m_claim.statedPayeeId), this);
    m_statedPayee->setAccessibleName(tr("Payee as the source states it"));
    m_statedPayee->lineEdit()->setPlaceholderText(tr("only when the source says who is paid"));
    m_statedStatus = new QComboBox(this);
    m_statedStatus->addItem(tr("not stated"), -1);
    for (DealStatus status : allValues<DealStatus>())
        m_statedStatus->addItem(displayName(status), int(status));
    m_statedStatus->setAccessibleName(tr("The deal's status as the source states it"));
    m_statedStatus->setToolTip(
        tr("What the source says of the deal's stage (“announced plans”, “has finalized”). "
           "Sources that state different stages at the same time make a status dispute."));
    m_statedStatus->setCurrentIndex(std::max(
        0, m_statedStatus->findData(m_claim.statedStatus ? int(*m_claim.statedStatus) : -1)));
    m_date = new QLineEdit(this);
    m_date->setAccessibleName(tr("Date as stated"));
    m_date->setPlaceholderText(tr("2025, 2025-11 or 2025-11-18; ~ when approximate"));
    m_quote = new QPlainTextEdit(this);
    m_quote->setAccessibleName(tr("Quote"));
    m_quote->setPlaceholderText(tr("the sentence of the article that says it (optional)"));
    m_quote->setTabChangesFocus(true);
    m_quote->setFixedHeight(m_quote->fontMetrics().lineSpacing() * 4 + 12);
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Note"));
    if (m_claim.id) { // editing: the claim as it stands
        m_attribute->setCurrentIndex(std::max(0, m_attribute->findData(int(m_claim.attribute))));
        m_stance->setCurrentIndex(m_stance->findData(int(m_claim.stance)));
        if (m_claim.money)
            m_amount->setText(m_claim.money->stated.isEmpty() ? m_claim.money->format()
                                                              : m_claim.money->stated);
        m_date->setText(m_claim.date.toString());
        if (m_claim.percent)
            m_percent->setText(QLocale().toString(*m_claim.percent));
        if (m_claim.counterpartyId)
            if (auto c = store.company(*m_claim.counterpartyId))
                m_counterparty->setCurrentText(c->name);
        m_quote->setPlainText(m_claim.quote.exact);
        m_note->setText(m_claim.note);
    }
    m_message = problemLabel(this);
    auto *buttons = okCancelButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(what.toHtmlEscaped(), this));
    form->addRow(tr("&Source"), m_source);
    form->addRow(tr("Stat&es"), m_attribute);
    form->addRow(tr("S&tance"), m_stance);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Percent"), m_percent);
    form->addRow(tr("&In company"), m_counterparty);
    form->addRow(tr("Says &who pays"), m_statedPayer);
    form->addRow(tr("Says who &receives"), m_statedPayee);
    form->addRow(tr("Says the dea&l is"), m_statedStatus);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Quote"), m_quote);
    form->addRow(tr("&Note"), m_note);
    form->addRow(m_message);
    form->addRow(buttons);
    auto showFields = [this, form] {
        const auto attribute = ClaimAttribute(m_attribute->currentData().toInt());
        form->setRowVisible(m_amount, statesMoney(attribute));
        form->setRowVisible(m_percent, attribute == ClaimAttribute::Stake);
        form->setRowVisible(m_counterparty, m_claim.companyId.has_value() &&
                                                attribute != ClaimAttribute::Valuation);
        form->setRowVisible(m_date, attribute == ClaimAttribute::Date);
        form->setRowVisible(m_statedPayer, m_claim.flowId.has_value());
        form->setRowVisible(m_statedPayee, m_claim.flowId.has_value());
        form->setRowVisible(m_statedStatus, !m_claim.companyId.has_value());
        validate();
    };
    connect(m_attribute, &QComboBox::currentIndexChanged, this, showFields);
    connect(m_source, &QComboBox::currentTextChanged, this, &ClaimDialog::validate);
    connect(m_amount, &QLineEdit::textChanged, this, &ClaimDialog::validate);
    connect(m_date, &QLineEdit::textChanged, this, &ClaimDialog::validate);
    connect(m_percent, &QLineEdit::textChanged, this, &ClaimDialog::validate);
    for (QComboBox *box : {m_counterparty, m_statedPayer, m_statedPayee})
        connect(box, &QComboBox::currentTextChanged, this, &ClaimDialog::validate);
    connect(m_quote, &QPlainTextEdit::textChanged, this, &ClaimDialog::validate);
    showFields();
}

std::optional<Id> ClaimDialog::sourceId() const {
    int row = m_source->currentIndex();
    if (row < 0 || m_source->itemText(row) != m_source->currentText())
        row = m_source->findText(m_source->currentText(), Qt::MatchFixedString);
    if (row < 0 || row >= int(m_sourceIds.size()))
        return std::nullopt;
    return m_sourceIds[size_t(row)];
}

std::optional<double> ClaimDialog::percent() const {
    QString text = m_percent->text().trimmed();
    text.remove(QLatin1Char('%')).remove(QChar(0x00A0));
    text = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

Claim ClaimDialog::entered() const {
    Claim c = m_claim;
    c.sourceId = sourceId().value_or(0);
    c.attribute = ClaimAttribute(m_attribute->currentData().toInt());
    c.stance = Stance(m_stance->currentData().toInt());
    c.money = statesMoney(c.attribute) ? Money::parse(m_amount->text()) : std::nullopt;
    c.percent = c.attribute == ClaimAttribute::Stake ? percent() : std::nullopt;
    c.date = {};
    if (c.attribute == ClaimAttribute::Date)
        c.date = PartialDate::parse(m_date->text().trimmed()).value_or(PartialDate());
    c.counterpartyId.reset();
    if (c.companyId && c.attribute != ClaimAttribute::Valuation)
        if (auto id = m_store.companyIdByName(m_counterparty->currentText()); id && *id)
            c.counterpartyId = **id;
    auto stated = [this](QComboBox *box) -> std::optional<Id> {
        auto id = m_store.companyIdByName(box->currentText());
        return id && *id ? std::optional<Id>(**id) : std::nullopt;
    };
    c.statedPayerId = c.flowId ? stated(m_statedPayer) : std::nullopt;
    c.statedPayeeId = c.flowId ? stated(m_statedPayee) : std::nullopt;
    const int status = m_statedStatus->currentData().toInt();
    c.statedStatus = !c.companyId && status >= 0 ? std::optional(DealStatus(status)) : std::nullopt;
    const QString quote = m_quote->toPlainText().simplified();
    if (quote != m_claim.quote.exact.simplified() || c.sourceId != m_claim.sourceId) {
        c.quote = Quote{}; // a new quote: anchored in the source when it is stored
        c.quote.exact = quote;
        c.orphaned = false;
    }
    c.note = m_note->text().trimmed();
    return c;
}

std::optional<Claim> ClaimDialog::claim() const {
    if (!problem().isEmpty())
        return std::nullopt;
    return entered();
}

QString ClaimDialog::problem() const {
    if (!sourceId())
        return tr("Choose one of the file's sources (New Source… adds one).");
    const auto attribute = ClaimAttribute(m_attribute->currentData().toInt());
    if (statesMoney(attribute) && !Money::parse(m_amount->text()))
        return m_amount->text().trimmed().isEmpty()
                   ? tr("Enter the amount the source states.")
                   : tr("“%1” is not an amount DealScope can read.").arg(m_amount->text());
    if (attribute == ClaimAttribute::Date) {
        if (m_date->text().trimmed().isEmpty())
            return tr("Enter the date the source states.");
        if (const QString p = dateProblem(m_date->text()); !p.isEmpty())
            return p;
    }
    if (attribute == ClaimAttribute::Stake && !percent())
        return tr("“%1” is not a percentage.").arg(m_percent->text());
    std::vector<QComboBox *> named;
    if (m_claim.companyId && attribute != ClaimAttribute::Valuation)
        named.push_back(m_counterparty);
    if (m_claim.flowId)
        named.insert(named.end(), {m_statedPayer, m_statedPayee});
    for (QComboBox *box : named) {
        const QString name = box->currentText().trimmed();
        if (!name.isEmpty())
            if (auto id = m_store.companyIdByName(name); !id || !*id)
                return tr("“%1” is not a company of this file.").arg(name);
    }
    Claim c = entered();
    if (m_claim.id && c.sourceId == m_claim.sourceId &&
        c.quote.exact == m_claim.quote.exact.simplified())
        c.quote.exact.clear(); // the quote as it was (even orphaned) is not questioned again
    return edits::claimProblem(m_store, c);
}

void ClaimDialog::validate() {
    const QString p = problem();
    m_message->setText(p);
    m_ok->setEnabled(p.isEmpty() && claim().has_value());
}

} // namespace ds::gui
