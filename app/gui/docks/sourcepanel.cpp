// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/sourcepanel.h"

#include "analysis/citation.h"
#include "dialogs/articlereader.h"
#include "document/document.h"
#include "document/selection.h"
#include "widgets/claimcard.h"
#include "widgets/tones.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMainWindow>
#include <QScrollArea>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ds::gui {

using namespace analysis;

SourcePanel::SourcePanel(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Sources of the Figure"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_scroll(new QScrollArea(this))
    , m_reader(new ArticleReader(this)) {
    setObjectName(QStringLiteral("sourcePanel"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Claims behind the selected figure"));
    setWidget(m_scroll);
    // The sources and company names are read when the data changes, not on every click.
    connect(document, &Document::opened, this, &SourcePanel::reloadData);
    connect(document, &Document::changed, this, [this](Document::Changes what) {
        // The figures' sources and company names are kept; other rows are read per figure.
        if (what & (Document::Change::Sources | Document::Change::Companies))
            reloadData();
        else
            reload();
    });
    // The panel shows what was focused last: a flow, or a company.
    connect(selection, &Selection::flowChanged, this, [this](std::optional<Id> flow) {
        m_showCompany = !flow && m_selection->company();
        reload();
    });
    connect(selection, &Selection::companyChanged, this, [this](std::optional<Id> company) {
        m_showCompany = company.has_value();
        reload();
    });
    reloadData();
}

SourcePanel::~SourcePanel() = default;

QList<ClaimCard *> SourcePanel::cards() const {
    return m_body ? m_body->findChildren<ClaimCard *>() : QList<ClaimCard *>();
}

QString SourcePanel::headerText() const {
    if (!m_body)
        return {};
    QStringList texts;
    for (QLabel *label : m_body->findChildren<QLabel *>(QStringLiteral("figureHeader")))
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

void SourcePanel::reloadData() {
    m_figures.reset();
    if (Store *store = m_document->store()) {
        auto set = FigureSet::load(*store, FigureSet::Names::OnDemand);
        if (set)
            m_figures.emplace(std::move(*set));
    }
    reload();
}

void SourcePanel::reload() {
    if (!m_figures)
        return clear(tr("No file is open."));
    if (m_showCompany && m_selection->company())
        showCompany(*m_selection->company());
    else if (auto flow = m_selection->flow())
        showFlow(*flow);
    else if (auto company = m_selection->company())
        showCompany(*company);
    else
        clear(tr("Select a flow in the table, or a company, to see the sources behind its "
                 "figure."));
}

void SourcePanel::clear(const QString &message) {
    m_body = new QWidget;
    m_layout = new QVBoxLayout(m_body);
    m_layout->setAlignment(Qt::AlignTop);
    if (!message.isEmpty())
        addLabel(QStringLiteral("<i>%1</i>").arg(message.toHtmlEscaped()))
            ->setObjectName(QStringLiteral("placeholder"));
    m_scroll->setWidget(m_body); // deletes the previous body
}

QLabel *SourcePanel::addLabel(const QString &html) {
    auto *label = new QLabel(html);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(label);
    return label;
}

void SourcePanel::addFigure(const FigureRecord &record, const QString &title) {
    const Figure &f = record.figure;
    QStringList kinds;
    for (Disagreement d : f.disagreements)
        kinds << displayName(d);
    const QString badge =
        f.disputed
            ? QStringLiteral(
                  " <span style=\"color:#fff; background-color:#c62828\">&nbsp;%1&nbsp;</span>")
                  .arg(tr("Disputed: %1").arg(kinds.join(tr(", "))).toHtmlEscaped())
            : QStringLiteral(" <span style=\"color:%1\">%2</span>")
                  .arg(toneHtml(Tone::Good), tr("undisputed").toHtmlEscaped());
    QLabel *header = addLabel(
        QStringLiteral("<b>%1</b><br><span style=\"font-size:large\"><b>%2</b></span>%3<br>%4")
            .arg(title.toHtmlEscaped(), formatFigureValue(f).toHtmlEscaped(), badge,
                 f.explanation.toHtmlEscaped()));
    header->setObjectName(QStringLiteral("figureHeader"));
    for (const Reconciliation &r : record.reconciliations)
        addLabel(QStringLiteral("%1 %2").arg(r.matched ? QStringLiteral("✔") : QStringLiteral("✘"),
                                             r.text.toHtmlEscaped()))
            ->setObjectName(QStringLiteral("reconciliation"));
    for (const ClaimAssessment &a : f.claims) {
        auto *card = new ClaimCard(a, m_figures->sources().find(a.claim.sourceId));
        connect(card, &ClaimCard::openRequested, this, &SourcePanel::openClaim);
        connect(card, &ClaimCard::copyCitationRequested, this, &SourcePanel::copyCitation);
        connect(card, &ClaimCard::amountEditRequested, this, &SourcePanel::amountEditRequested);
        connect(card, &ClaimCard::claimEditRequested, this, &SourcePanel::claimEditRequested);
        connect(card, &ClaimCard::rankRequested, this, &SourcePanel::rankRequested);
        connect(card, &ClaimCard::deleteRequested, this, &SourcePanel::deleteRequested);
        m_layout->addWidget(card);
    }
}

void SourcePanel::showFlow(Id flowId) {
    auto record = m_figures->flowFigure(flowId);
    if (!record)
        return clear(record.errorMessage());
    clear({});
    const Flow &flow = *record->flow;
    QString title =
        QStringLiteral("%1 · %2").arg(m_figures->flowLabel(flow), displayName(flow.kind));
    if (record->deal)
        title += QStringLiteral(" · %1").arg(record->deal->title);
    addFigure(*record, title);
    if (record->deal) {
        auto total = m_figures->dealTotal(record->deal->id);
        if (total && *total)
            addFigure(**total, tr("Headline total of “%1”").arg(record->deal->title));
    }
    addActionButtonAndStretch(m_addFlowClaim);
}

void SourcePanel::addActionButtonAndStretch(QAction *action) {
    if (action) {
        auto *add = new QToolButton(m_body);
        add->setDefaultAction(action);
        add->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_layout->addWidget(add, 0, Qt::AlignLeft);
    }
    m_layout->addStretch(1);
}

void SourcePanel::showCompany(Id companyId) {
    auto figures = m_figures->companyFigures(companyId);
    if (!figures)
        return clear(figures.errorMessage());
    const QString name = m_figures->companyName(companyId);
    if (figures->empty()) {
        clear(tr("No source states a valuation, stake or total for %1. Select one of its "
                 "flows in the table to see the sources behind it.")
                  .arg(name));
        return addActionButtonAndStretch(m_addCompanyClaim);
    }
    clear({});
    for (const FigureRecord &r : *figures) {
        QString title = QStringLiteral("%1 · %2").arg(name, displayName(r.figure.attribute));
        if (r.figure.counterpartyId) {
            const QString other = m_figures->companyName(*r.figure.counterpartyId);
            title = r.figure.attribute == ClaimAttribute::Stake
                        ? tr("%1 · stake in %2").arg(name, other)
                        : tr("%1 · total invested in %2").arg(name, other);
        }
        addFigure(r, title);
    }
    addActionButtonAndStretch(m_addCompanyClaim);
}

void SourcePanel::openClaim(const Claim &claim) {
    const std::optional<Source> source = sourceOf(claim);
    if (!source)
        return;
    m_selection->setSource(source->id); // what Edit Selected Source and Add Claim act on
    m_reader->showClaim(*source, claim);
    m_reader->show();
    m_reader->raise();
    m_reader->activateWindow();
}

std::optional<Source> SourcePanel::sourceOf(const Claim &claim) const {
    Store *store = m_document->store();
    if (!store)
        return std::nullopt;
    auto source = store->source(claim.sourceId);
    return source ? std::optional<Source>(*source) : std::nullopt;
}

void SourcePanel::copyCitation(const Claim &claim) {
    const std::optional<Source> source = sourceOf(claim);
    if (!source)
        return;
    QApplication::clipboard()->setText(citationText(*source, claim));
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
        window->statusBar()->showMessage(tr("Citation copied"), 3000);
}

} // namespace ds::gui
