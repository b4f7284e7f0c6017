#include "claimdialog.h"

#include "dialogparts.h"
#include "store/rowset.h"
#include "store/store.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>

namespace ds::gui {

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
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->completer()->setFilterMode(Qt::MatchContains);
    m_source->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_source->setCurrentIndex(current);
    m_source->setAccessibleName(tr("Source"));
    m_attribute = new QComboBox(this);
    for (ClaimAttribute a :
         {ClaimAttribute::Amount, ClaimAttribute::Date, ClaimAttribute::Existence})
        m_attribute->addItem(displayName(a), int(a));
    m_attribute->setAccessibleName(tr("What the source states"));
    m_stance = new QComboBox(this);
    for (Stance st : allValues<Stance>())
        m_stance->addItem(displayName(st), int(st));
    m_stance->setAccessibleName(tr("Stance"));
    m_amount = new QLineEdit(this);
    m_amount->setAccessibleName(tr("Amount as stated"));
    m_amount->setPlaceholderText(tr("e.g. $30 billion, up to $5B, €15 million, $5–10 billion"));
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
        m_quote->setPlainText(m_claim.quote.exact);
        m_note->setText(m_claim.note);
    }
    m_message = problemLabel(this);
    auto *buttons = okCancelButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(what.toHtmlEscaped(), this));
    form->addRow(tr("&Source"), m_source);
    form->addRow(tr("&States"), m_attribute);
    form->addRow(tr("S&tance"), m_stance);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Quote"), m_quote);
    form->addRow(tr("&Note"), m_note);
    form->addRow(m_message);
    form->addRow(buttons);
    auto showFields = [this, form] {
        const auto attribute = ClaimAttribute(m_attribute->currentData().toInt());
        form->setRowVisible(m_amount, attribute == ClaimAttribute::Amount);
        form->setRowVisible(m_date, attribute == ClaimAttribute::Date);
        validate();
    };
    connect(m_attribute, &QComboBox::currentIndexChanged, this, showFields);
    connect(m_source, &QComboBox::currentTextChanged, this, &ClaimDialog::validate);
    connect(m_amount, &QLineEdit::textChanged, this, &ClaimDialog::validate);
    connect(m_date, &QLineEdit::textChanged, this, &ClaimDialog::validate);
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

std::optional<Claim> ClaimDialog::claim() const {
    Claim c = m_claim;
    const auto source = sourceId();
    if (!source)
        return std::nullopt;
    c.sourceId = *source;
    c.attribute = ClaimAttribute(m_attribute->currentData().toInt());
    c.stance = Stance(m_stance->currentData().toInt());
    c.money.reset();
    c.date = {};
    if (c.attribute == ClaimAttribute::Amount) {
        c.money = Money::parse(m_amount->text());
        if (!c.money)
            return std::nullopt;
    } else if (c.attribute == ClaimAttribute::Date) {
        const auto date = PartialDate::parse(m_date->text().trimmed());
        if (!date || date->isNull())
            return std::nullopt;
        c.date = *date;
    }
    const QString quote = m_quote->toPlainText().simplified();
    if (quote != m_claim.quote.exact.simplified() || c.sourceId != m_claim.sourceId) {
        c.quote = Quote{}; // a new quote: anchored in the source when it is stored
        c.quote.exact = quote;
        c.orphaned = false;
    }
    c.note = m_note->text().trimmed();
    if (!problem().isEmpty())
        return std::nullopt;
    return c;
}

QString ClaimDialog::problem() const {
    if (!sourceId())
        return tr("Choose one of the file's sources (New Source… adds one).");
    const auto attribute = ClaimAttribute(m_attribute->currentData().toInt());
    if (attribute == ClaimAttribute::Amount && !Money::parse(m_amount->text()))
        return m_amount->text().trimmed().isEmpty()
                   ? tr("Enter the amount the source states.")
                   : tr("“%1” is not an amount DealScope can read.").arg(m_amount->text());
    if (attribute == ClaimAttribute::Date) {
        if (m_date->text().trimmed().isEmpty())
            return tr("Enter the date the source states.");
        if (const QString p = dateProblem(m_date->text()); !p.isEmpty())
            return p;
    }
    Claim c = m_claim;
    c.sourceId = *sourceId();
    c.quote.exact = m_quote->toPlainText().simplified();
    if (m_claim.id && c.sourceId == m_claim.sourceId &&
        c.quote.exact == m_claim.quote.exact.simplified())
        c.quote.exact.clear(); // the quote as it was (even orphaned) is not questioned again
    c.money = Money::exact(1);
    c.date = PartialDate::ofYear(2000);
    c.attribute = ClaimAttribute::Existence;
    return edits::claimProblem(m_store, c); // the source and the quote
}

void ClaimDialog::validate() {
    const QString p = problem();
    m_message->setText(p);
    m_ok->setEnabled(p.isEmpty() && claim().has_value());
}

} // namespace ds::gui
