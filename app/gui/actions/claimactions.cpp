// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/claimactions.h"

#include "actions/targetaction.h"
#include "commands/claimcommand.h"
#include "commands/rowscommand.h"
#include "dialogs/amountdialog.h"
#include "dialogs/claimdialog.h"
#include "document/document.h"
#include "document/selection.h"
#include "edit/edits.h"
#include "edit/rowset.h"
#include "store/store.h"
#include "store/summaries.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace ds::gui {

ClaimActions::ClaimActions(Document *document, Selection *selection, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_selection(selection)
    , m_window(window) {
    m_addClaim = targetAction(
        this, tr("Add &Claim to Selected Flow…"),
        tr("Record what a source says about the selected flow"),
        [this] { return m_selection->flow(); }, [this](Id flow) { addClaim(flow); });
    m_addClaim->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_addDealClaim = targetAction(
        this, tr("Add &Headline Total to Selected Deal…"),
        tr("Record the total a source states for the selected deal"),
        [this] { return selectedDeal(m_document, m_selection); },
        [this](Id deal) { addDealClaim(deal); });
    m_addCompanyClaim = targetAction(
        this, tr("Add Claim &about Focused Company…"),
        tr("Record a valuation, a stake or a total invested that a source states"),
        [this] { return m_selection->company(); },
        [this](Id company) { addCompanyClaim(company); });
    connect(m_selection, &Selection::flowChanged, this, &ClaimActions::updateEnabled);
    connect(m_selection, &Selection::companyChanged, this, &ClaimActions::updateEnabled);
    connect(m_document, &Document::opened, this, &ClaimActions::updateEnabled);
    updateEnabled();
}

void ClaimActions::updateEnabled() {
    const bool open = m_document->isOpen();
    m_addClaim->setEnabled(open && m_selection->flow().has_value());
    m_addDealClaim->setEnabled(open && selectedDeal(m_document, m_selection).has_value());
    m_addCompanyClaim->setEnabled(open && m_selection->company().has_value());
}

void ClaimActions::addTo(QMenu *menu) {
    menu->addActions({m_addClaim, m_addDealClaim, m_addCompanyClaim});
}

QList<QAction *> ClaimActions::contextActions() const {
    return {m_addClaim, m_addDealClaim};
}

QString ClaimActions::subjectOf(const Claim &claim) {
    Store *store = m_document->store();
    if (store && claim.dealId)
        if (auto deal = store->deal(*claim.dealId))
            return tr("the headline total of %1").arg(deal->title);
    if (store && claim.companyId)
        if (auto company = store->company(*claim.companyId))
            return company->name;
    if (!store || !claim.flowId)
        return tr("a figure");
    const QString label = flowLabel(*store, *claim.flowId);
    return label.isEmpty() ? tr("a flow") : label;
}

void ClaimActions::enterClaim(Claim claim, const QString &what) {
    Store *store = m_document->store();
    if (!store)
        return;
    claim.sourceId = m_selection->source().value_or(0);
    ClaimDialog dialog(*store, claim, what, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.claim())
        return;
    const Claim entered = *dialog.claim();
    m_document->undoStack()->push(new RowsCommand(
        m_document, RowsCommand::Change::Add,
        [entered](Store &s) { return edits::addClaim(s, entered); },
        tr("Add a claim on %1").arg(what)));
}

void ClaimActions::addClaim(Id flow) {
    Store *store = m_document->store();
    if (!store || !store->flow(flow))
        return;
    Claim claim;
    claim.flowId = flow;
    enterClaim(claim, flowLabel(*store, flow));
}

void ClaimActions::addDealClaim(Id deal) {
    Store *store = m_document->store();
    auto d = store ? store->deal(deal) : Result<Deal>(Error{});
    if (!d)
        return;
    Claim claim;
    claim.dealId = deal;
    claim.attribute = ClaimAttribute::Total;
    enterClaim(claim, tr("the headline total of %1").arg(d->title));
}

void ClaimActions::addCompanyClaim(Id company) {
    Store *store = m_document->store();
    auto c = store ? store->company(company) : Result<Company>(Error{});
    if (!c)
        return;
    Claim claim;
    claim.companyId = company;
    claim.attribute = ClaimAttribute::Valuation;
    enterClaim(claim, c->name);
}

void ClaimActions::editClaimAmount(const Claim &claim) {
    if (!claim.money)
        return;
    const QString what = subjectOf(claim);
    AmountDialog dialog(claim.money->stated.isEmpty() ? claim.money->format() : claim.money->stated,
                        what, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.money())
        return;
    Claim edited = claim;
    edited.money = dialog.money();
    m_document->undoStack()->push(
        new ClaimCommand(m_document, claim, edited, tr("Change amount of %1").arg(what)));
}

void ClaimActions::editClaim(const Claim &claim) {
    Store *store = m_document->store();
    if (!store)
        return;
    const QString what = subjectOf(claim);
    ClaimDialog dialog(*store, claim, what, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.claim() || *dialog.claim() == claim)
        return; // nothing changed, nothing to anchor again
    m_document->undoStack()->push(new ClaimCommand(m_document, claim,
                                                   edits::anchoredClaim(*store, *dialog.claim()),
                                                   tr("Edit a claim on %1").arg(what)));
}

void ClaimActions::rankClaim(const Claim &claim, Rank rank) {
    Claim edited = claim;
    edited.rank = rank;
    // Successive rank changes of one claim are one step; back at the start, none.
    m_document->undoStack()->push(new ClaimCommand(
        m_document, claim, edited,
        tr("Rank a claim on %1 %2").arg(subjectOf(claim), displayName(rank)), MergeId::ClaimRank));
}

void ClaimActions::deleteClaim(const Claim &claim) {
    m_document->undoStack()->push(new ClaimCommand(
        m_document, claim, std::nullopt, tr("Delete a claim on %1").arg(subjectOf(claim))));
}

} // namespace ds::gui
