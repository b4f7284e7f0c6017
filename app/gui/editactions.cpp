// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "claimdialog.h"
#include "commands.h"
#include "document.h"
#include "editdialogs.h"
#include "selection.h"
#include "store/rowset.h"
#include "store/store.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

namespace ds::gui {

EditActions::EditActions(Document *document, Selection *selection, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_selection(selection)
    , m_window(window)
    , m_undo(document->undoStack()) {
    m_editFlow = new QAction(tr("Edit Selected &Flow…"), this);
    m_editFlow->setStatusTip(tr("Change the selected flow's payer, payee, kind or date"));
    m_editFlow->setEnabled(false);
    connect(m_editFlow, &QAction::triggered, this, [this] {
        if (m_selection->flow())
            editFlow(*m_selection->flow());
    });
    connect(m_selection, &Selection::flowChanged, m_editFlow,
            [this](std::optional<Id> flow) { m_editFlow->setEnabled(flow.has_value()); });
}

void EditActions::addUndoTo(QMenu *edit) {
    QAction *undo = m_undo->createUndoAction(edit, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
}

void EditActions::addTo(QMenu *edit) {
    edit->addAction(m_editFlow);
    edit->addSeparator();
    QAction *editCompanyAction = edit->addAction(tr("Edit Focused Com&pany…"), this, [this] {
        if (m_selection->company())
            editCompany(*m_selection->company());
    });
    editCompanyAction->setStatusTip(tr("Rename the focused company, change its kind or aliases"));
    editCompanyAction->setEnabled(false);
    QAction *mergeAction = edit->addAction(tr("&Merge Focused Company Into…"), this, [this] {
        if (m_selection->company())
            mergeCompany(*m_selection->company());
    });
    mergeAction->setStatusTip(tr("Move a company's flows, claims, name and aliases to another "
                                 "company (for duplicates)"));
    mergeAction->setEnabled(false);
    edit->addAction(tr("&New Company…"), this, [this] {
        Store *store = m_document->store();
        if (!store)
            return;
        CompanyDialog dialog(*store, Company{}, m_window);
        dialog.setWindowTitle(tr("New Company"));
        if (dialog.exec() == QDialog::Accepted)
            m_undo->push(new CompanyExistsCommand(m_document, dialog.company(), true,
                                                  tr("Add company %1").arg(dialog.company().name)));
    });
    QAction *deleteCompanyAction = edit->addAction(tr("Delete Focused Compan&y"), this, [this] {
        Store *store = m_document->store();
        if (!store || !m_selection->company())
            return;
        auto company = store->company(*m_selection->company());
        if (company)
            m_undo->push(new CompanyExistsCommand(m_document, *company, false,
                                                  tr("Delete company %1").arg(company->name)));
    });
    deleteCompanyAction->setStatusTip(tr("Delete the focused company when no flow or claim "
                                         "refers to it"));
    deleteCompanyAction->setEnabled(false);
    connect(m_selection, &Selection::companyChanged, deleteCompanyAction,
            [deleteCompanyAction](std::optional<Id> company) {
                deleteCompanyAction->setEnabled(company.has_value());
            });
    connect(
        m_selection, &Selection::companyChanged, mergeAction,
        [mergeAction](std::optional<Id> company) { mergeAction->setEnabled(company.has_value()); });
    connect(m_selection, &Selection::companyChanged, editCompanyAction,
            [editCompanyAction](std::optional<Id> company) {
                editCompanyAction->setEnabled(company.has_value());
            });
}

QString EditActions::flowLabel(const Claim &claim) {
    Store *store = m_document->store();
    if (store && claim.dealId)
        if (auto deal = store->deal(*claim.dealId))
            return tr("the headline total of %1").arg(deal->title);
    if (store && claim.companyId)
        if (auto company = store->company(*claim.companyId))
            return company->name;
    if (!store || !claim.flowId)
        return tr("a figure");
    auto flow = store->flow(*claim.flowId);
    auto payer = flow ? store->company(flow->payerId) : Result<Company>(flow.error());
    auto payee = flow ? store->company(flow->payeeId) : Result<Company>(flow.error());
    return payer && payee ? QStringLiteral("%1 → %2").arg(payer->name, payee->name) : tr("a flow");
}

void EditActions::editClaimAmount(const Claim &claim) {
    if (!claim.money)
        return;
    const QString what = flowLabel(claim);
    AmountDialog dialog(claim.money->stated.isEmpty() ? claim.money->format() : claim.money->stated,
                        what, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.money())
        return;
    Claim edited = claim;
    edited.money = dialog.money();
    m_undo->push(new ClaimCommand(m_document, claim, edited, tr("Change amount of %1").arg(what)));
}

void EditActions::editClaim(const Claim &claim) {
    Store *store = m_document->store();
    if (!store)
        return;
    const QString what = flowLabel(claim);
    ClaimDialog dialog(*store, claim, what, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.claim())
        return;
    const Claim edited = edits::anchoredClaim(*store, *dialog.claim());
    const bool sameMoney = edited.money.has_value() == claim.money.has_value() &&
                           (!edited.money || (edited.money->sameValue(*claim.money) &&
                                              edited.money->stated == claim.money->stated));
    if (sameMoney && edited.sourceId == claim.sourceId && edited.attribute == claim.attribute &&
        edited.stance == claim.stance && edited.date == claim.date &&
        edited.percent == claim.percent && edited.counterpartyId == claim.counterpartyId &&
        edited.statedPayerId == claim.statedPayerId &&
        edited.statedPayeeId == claim.statedPayeeId && edited.statedStatus == claim.statedStatus &&
        edited.quote.exact == claim.quote.exact && edited.note == claim.note)
        return; // nothing changed
    m_undo->push(new ClaimCommand(m_document, claim, edited, tr("Edit a claim on %1").arg(what)));
}

void EditActions::rankClaim(const Claim &claim, Rank rank) {
    if (claim.rank == rank)
        return;
    Claim edited = claim;
    edited.rank = rank;
    m_undo->push(
        new ClaimCommand(m_document, claim, edited,
                         tr("Rank a claim on %1 %2").arg(flowLabel(claim), displayName(rank))));
}

void EditActions::deleteClaim(const Claim &claim) {
    m_undo->push(new ClaimCommand(m_document, claim, std::nullopt,
                                  tr("Delete a claim on %1").arg(flowLabel(claim))));
}

void EditActions::editCompany(Id company) {
    Store *store = m_document->store();
    if (!store)
        return;
    auto before = store->company(company);
    if (!before)
        return;
    CompanyDialog dialog(*store, *before, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Company after = dialog.company();
    if (after.name == before->name && after.kind == before->kind &&
        after.aliases == before->aliases)
        return;
    m_undo->push(
        new CompanyCommand(m_document, *before, after, tr("Edit company %1").arg(before->name)));
}

void EditActions::editFlow(Id flow) {
    Store *store = m_document->store();
    if (!store)
        return;
    auto before = store->flow(flow);
    if (!before)
        return;
    FlowDialog dialog(*store, *before, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.flow())
        return;
    const Flow after = *dialog.flow();
    if (after.payerId == before->payerId && after.payeeId == before->payeeId &&
        after.kind == before->kind && after.date == before->date && after.note == before->note)
        return;
    auto payer = store->company(before->payerId);
    auto payee = store->company(before->payeeId);
    m_undo->push(new FlowCommand(
        m_document, *before, after,
        tr("Edit flow %1 → %2")
            .arg(payer ? payer->name : QString(), payee ? payee->name : QString())));
}

void EditActions::mergeCompany(Id company) {
    Store *store = m_document->store();
    if (!store)
        return;
    auto from = store->company(company);
    auto companies = store->companies();
    if (!from || !companies)
        return;
    QStringList names;
    for (const Company &c : *companies)
        if (c.id != company)
            names << c.name;
    names.sort(Qt::CaseInsensitive);
    bool ok = false;
    const QString into = QInputDialog::getItem(
        m_window, tr("Merge Company"),
        tr("Merge %1 into (its flows, claims, name and aliases move there):").arg(from->name),
        names, 0, false, &ok);
    if (!ok || into.isEmpty())
        return;
    auto target = store->companyIdByName(into);
    if (!target || !*target)
        return;
    m_undo->push(new MergeCommand(m_document, company, **target,
                                  tr("Merge %1 into %2").arg(from->name, into)));
}

} // namespace ds::gui
