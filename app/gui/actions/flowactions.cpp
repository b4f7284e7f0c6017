// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/flowactions.h"

#include "actions/targetaction.h"
#include "commands/rowscommand.h"
#include "commands/updatecommand.h"
#include "dialogs/dealdialog.h"
#include "dialogs/flowdialog.h"
#include "document/document.h"
#include "document/selection.h"
#include "edit/edits.h"
#include "store/store.h"
#include "store/summaries.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace ds::gui {

FlowActions::FlowActions(Document *document, Selection *selection, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_selection(selection)
    , m_window(window) {
    const auto deal = [this] { return selectedDeal(m_document, m_selection); };
    const auto flow = [this] { return m_selection->flow(); };
    m_newDeal = new QAction(tr("New &Deal…"), this);
    m_newDeal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_newDeal->setStatusTip(tr("Add a deal with its first flow of money"));
    connect(m_newDeal, &QAction::triggered, this, &FlowActions::newDeal);
    m_editDeal = targetAction(this, tr("Edit Selected D&eal…"),
                              tr("Change the selected deal's title, status or announcement date"),
                              deal, [this](Id id) { editDeal(id); });
    m_addFlow = targetAction(this, tr("Add F&low to Selected Deal…"),
                             tr("Add another flow of money to the selected deal"), deal,
                             [this](Id id) { addFlow(id); });
    m_editFlow = targetAction(this, tr("Edit Selected &Flow…"),
                              tr("Change the selected flow's payer, payee, kind or date"), flow,
                              [this](Id id) { editFlow(id); });
    m_deleteFlow = targetAction(this, tr("Delete Selected Flo&w"),
                                tr("Delete the selected flow with its claims (its deal too when "
                                   "it is the last flow)"),
                                flow, [this](Id id) { deleteFlow(id); });
    m_deleteDeal = targetAction(this, tr("Dele&te Selected Deal"),
                                tr("Delete the selected deal with all its flows and claims"), deal,
                                [this](Id id) { deleteDeal(id); });
    connect(m_selection, &Selection::flowChanged, this, &FlowActions::updateEnabled);
    connect(m_document, &Document::opened, this, &FlowActions::updateEnabled);
    updateEnabled();
}

void FlowActions::updateEnabled() {
    const bool open = m_document->isOpen();
    m_newDeal->setEnabled(open);
    const bool deal = open && selectedDeal(m_document, m_selection).has_value();
    for (QAction *a : {m_editDeal, m_addFlow, m_deleteDeal})
        a->setEnabled(deal);
    for (QAction *a : {m_editFlow, m_deleteFlow})
        a->setEnabled(open && m_selection->flow().has_value());
}

void FlowActions::addTo(QMenu *menu) {
    menu->addActions({m_newDeal, m_editDeal, m_addFlow, m_editFlow});
    menu->addSeparator();
    menu->addActions({m_deleteFlow, m_deleteDeal});
}

QList<QAction *> FlowActions::contextActions() const {
    return {m_editFlow, m_editDeal, m_addFlow, m_deleteFlow, m_deleteDeal};
}

void FlowActions::newDeal() {
    Store *store = m_document->store();
    if (!store)
        return;
    Flow first;
    if (const auto company = m_selection->company())
        first.payeeId = *company; // the focused company is the likeliest party
    DealDialog dialog(*store, Deal{}, first, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.deal() || !dialog.firstFlow())
        return;
    const Deal deal = *dialog.deal();
    const Flow flow = *dialog.firstFlow();
    auto *command = new RowsCommand(
        m_document, RowsCommand::Change::Add,
        [deal, flow](Store &s) { return edits::addDeal(s, deal, flow); },
        tr("Add deal %1").arg(deal.title));
    command->onFirstDone([this](const edits::RowSet &rows) {
        m_selection->setFlow(rows.flows.front().id, rows.flows.front().dealId);
    });
    m_document->undoStack()->push(command); // deleted at once if it fails
}

void FlowActions::editDeal(Id deal) {
    Store *store = m_document->store();
    auto before = store ? store->deal(deal) : Result<Deal>(Error{});
    if (!before)
        return;
    DealDialog dialog(*store, *before, std::nullopt, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.deal())
        return;
    // An edit that changes nothing is dropped by the stack.
    m_document->undoStack()->push(new DealCommand(m_document, *before, *dialog.deal(),
                                                  tr("Edit deal %1").arg(before->title)));
}

void FlowActions::deleteDeal(Id deal) {
    Store *store = m_document->store();
    auto d = store ? store->deal(deal) : Result<Deal>(Error{});
    if (!d)
        return;
    m_document->undoStack()->push(new RowsCommand(
        m_document, RowsCommand::Change::Remove,
        [deal](Store &s) { return edits::removeDeal(s, deal); },
        tr("Delete deal %1").arg(d->title)));
    m_selection->setFlow(std::nullopt, std::nullopt);
}

void FlowActions::addFlow(Id deal) {
    Store *store = m_document->store();
    if (!store || !store->deal(deal))
        return;
    Flow flow;
    flow.dealId = deal;
    if (const auto selected = m_selection->flow())
        if (auto f = store->flow(*selected)) {
            flow.kind = f->kind;
            flow.date = f->date;
        }
    FlowDialog dialog(*store, flow, m_window);
    dialog.setWindowTitle(tr("Add Flow"));
    if (dialog.exec() != QDialog::Accepted || !dialog.flow())
        return;
    const Flow entered = *dialog.flow();
    auto *command = new RowsCommand(
        m_document, RowsCommand::Change::Add,
        [entered](Store &s) { return edits::addFlow(s, entered); }, tr("Add a flow"));
    command->onFirstDone([this, command, deal](const edits::RowSet &rows) {
        const Id added = rows.flows.front().id;
        if (Store *s = m_document->store())
            command->setText(tr("Add flow %1").arg(flowLabel(*s, added)));
        m_selection->setFlow(added, deal);
    });
    m_document->undoStack()->push(command); // deleted at once if it fails
}

void FlowActions::editFlow(Id flow) {
    Store *store = m_document->store();
    if (!store)
        return;
    auto before = store->flow(flow);
    if (!before)
        return;
    FlowDialog dialog(*store, *before, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.flow())
        return;
    m_document->undoStack()->push(new FlowCommand(m_document, *before, *dialog.flow(),
                                                  tr("Edit flow %1").arg(flowLabel(*store, flow))));
}

void FlowActions::deleteFlow(Id flow) {
    Store *store = m_document->store();
    if (!store)
        return;
    const QString label = flowLabel(*store, flow);
    m_document->undoStack()->push(new RowsCommand(
        m_document, RowsCommand::Change::Remove,
        [flow](Store &s) { return edits::removeFlow(s, flow); }, tr("Delete flow %1").arg(label)));
    m_selection->setFlow(std::nullopt, std::nullopt);
}

} // namespace ds::gui
