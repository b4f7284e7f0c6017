// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordactions.h"

#include "claimdialog.h"
#include "commands.h"
#include "dealdialog.h"
#include "document.h"
#include "editdialogs.h"
#include "selection.h"
#include "sourcedialog.h"
#include "store/rowset.h"
#include "store/store.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace ds::gui {

RecordActions::RecordActions(Document *document, Selection *selection, QUndoStack *undo,
                             QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_selection(selection)
    , m_undo(undo)
    , m_window(window) {
    m_newDeal = new QAction(tr("New &Deal…"), this);
    m_newDeal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_newDeal->setStatusTip(tr("Add a deal with its first flow of money"));
    connect(m_newDeal, &QAction::triggered, this, &RecordActions::newDeal);
    m_editDeal = action(tr("Edit Selected D&eal…"),
                        tr("Change the selected deal's title, status or announcement date"),
                        &RecordActions::editDeal, [this] { return selectedDeal(); });
    m_addFlow = action(tr("Add F&low to Selected Deal…"),
                       tr("Add another flow of money to the selected deal"),
                       &RecordActions::addFlow, [this] { return selectedDeal(); });
    m_addClaim = action(tr("Add &Claim to Selected Flow…"),
                        tr("Record what a source says about the selected flow"),
                        &RecordActions::addClaim, [this] { return m_selection->flow(); });
    m_addClaim->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_addDealClaim = action(tr("Add &Headline Total to Selected Deal…"),
                            tr("Record the total a source states for the selected deal"),
                            &RecordActions::addDealClaim, [this] { return selectedDeal(); });
    m_addCompanyClaim =
        action(tr("Add Claim &about Focused Company…"),
               tr("Record a valuation, a stake or a total invested that a source states"),
               &RecordActions::addCompanyClaim, [this] { return m_selection->company(); });
    m_deleteFlow = action(tr("Delete Selected Flo&w"),
                          tr("Delete the selected flow with its claims (its deal too when it is "
                             "the last flow)"),
                          &RecordActions::deleteFlow, [this] { return m_selection->flow(); });
    m_deleteDeal = action(tr("Dele&te Selected Deal"),
                          tr("Delete the selected deal with all its flows and claims"),
                          &RecordActions::deleteDeal, [this] { return selectedDeal(); });
    m_newSource = new QAction(tr("New &Source…"), this);
    m_newSource->setStatusTip(tr("Add a source by its details (an article you do not have the "
                                 "text of)"));
    connect(m_newSource, &QAction::triggered, this, &RecordActions::newSource);
    m_editSource = action(tr("Edit Selected S&ource…"),
                          tr("Change the selected source's title, publisher, date or kind"),
                          &RecordActions::editSource, [this] { return m_selection->source(); });
    m_deleteSource = action(tr("Delete Selected Sou&rce"),
                            tr("Delete the selected source with its text and its claims"),
                            &RecordActions::deleteSource, [this] { return m_selection->source(); });
    connect(m_selection, &Selection::flowChanged, this, &RecordActions::updateEnabled);
    connect(m_selection, &Selection::sourceChanged, this, &RecordActions::updateEnabled);
    connect(m_selection, &Selection::companyChanged, this, &RecordActions::updateEnabled);
    connect(m_document, &Document::opened, this, &RecordActions::updateEnabled);
    updateEnabled();
}

QAction *RecordActions::action(const QString &text, const QString &tip,
                               void (RecordActions::*slot)(Id),
                               std::function<std::optional<Id>()> target) {
    auto *a = new QAction(text, this);
    a->setStatusTip(tip);
    connect(a, &QAction::triggered, this, [this, slot, target] {
        if (const auto id = target())
            (this->*slot)(*id);
    });
    return a;
}

std::optional<Id> RecordActions::selectedDeal() const {
    if (m_selection->deal())
        return m_selection->deal();
    Store *store = m_document->store();
    if (!store || !m_selection->flow())
        return std::nullopt;
    auto flow = store->flow(*m_selection->flow());
    return flow ? std::optional<Id>(flow->dealId) : std::nullopt;
}

void RecordActions::updateEnabled() {
    const bool open = m_document->isOpen();
    m_newDeal->setEnabled(open);
    m_newSource->setEnabled(open);
    m_addCompanyClaim->setEnabled(open && m_selection->company().has_value());
    for (QAction *a : {m_editDeal, m_addFlow, m_addDealClaim, m_deleteDeal})
        a->setEnabled(open && selectedDeal().has_value());
    for (QAction *a : {m_addClaim, m_deleteFlow})
        a->setEnabled(open && m_selection->flow().has_value());
    for (QAction *a : {m_editSource, m_deleteSource})
        a->setEnabled(open && m_selection->source().has_value());
}

void RecordActions::addTo(QMenu *menu) {
    menu->addActions(
        {m_newDeal, m_editDeal, m_addFlow, m_addClaim, m_addDealClaim, m_addCompanyClaim});
    menu->addSeparator();
    menu->addActions({m_deleteFlow, m_deleteDeal});
    menu->addSeparator();
    menu->addActions({m_newSource, m_editSource, m_deleteSource});
}

QList<QAction *> RecordActions::flowActions() const {
    return {m_editDeal, m_addFlow, m_addClaim, m_addDealClaim, m_deleteFlow, m_deleteDeal};
}

QList<QAction *> RecordActions::sourceActions() const {
    return {m_newSource, m_editSource, m_deleteSource};
}

QString RecordActions::flowLabel(Id flow) {
    Store *store = m_document->store();
    auto f = store->flow(flow);
    auto payer = f ? store->company(f->payerId) : Result<Company>(f.error());
    auto payee = f ? store->company(f->payeeId) : Result<Company>(f.error());
    return payer && payee ? QStringLiteral("%1 → %2").arg(payer->name, payee->name) : QString();
}

void RecordActions::newDeal() {
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
    m_undo->push(command); // deleted at once if it fails
}

void RecordActions::editDeal(Id deal) {
    Store *store = m_document->store();
    auto before = store ? store->deal(deal) : Result<Deal>(Error{});
    if (!before)
        return;
    DealDialog dialog(*store, *before, std::nullopt, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.deal())
        return;
    const Deal after = *dialog.deal();
    if (after.title == before->title && after.status == before->status &&
        after.announced == before->announced && after.note == before->note)
        return;
    m_undo->push(
        new DealCommand(m_document, *before, after, tr("Edit deal %1").arg(before->title)));
}

void RecordActions::deleteDeal(Id deal) {
    Store *store = m_document->store();
    auto d = store ? store->deal(deal) : Result<Deal>(Error{});
    if (!d)
        return;
    m_undo->push(new RowsCommand(
        m_document, RowsCommand::Change::Remove,
        [deal](Store &s) { return edits::removeDeal(s, deal); },
        tr("Delete deal %1").arg(d->title)));
    m_selection->setFlow(std::nullopt, std::nullopt);
}

void RecordActions::addFlow(Id deal) {
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
        command->setText(tr("Add flow %1").arg(flowLabel(added)));
        m_selection->setFlow(added, deal);
    });
    m_undo->push(command); // deleted at once if it fails
}

void RecordActions::deleteFlow(Id flow) {
    if (!m_document->store())
        return;
    m_undo->push(new RowsCommand(
        m_document, RowsCommand::Change::Remove,
        [flow](Store &s) { return edits::removeFlow(s, flow); },
        tr("Delete flow %1").arg(flowLabel(flow))));
    m_selection->setFlow(std::nullopt, std::nullopt);
}

void RecordActions::enterClaim(Claim claim, const QString &what) {
    Store *store = m_document->store();
    if (!store)
        return;
    claim.sourceId = m_selection->source().value_or(0);
    ClaimDialog dialog(*store, claim, what, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.claim())
        return;
    const Claim entered = *dialog.claim();
    m_undo->push(new RowsCommand(
        m_document, RowsCommand::Change::Add,
        [entered](Store &s) { return edits::addClaim(s, entered); },
        tr("Add a claim on %1").arg(what)));
}

void RecordActions::addClaim(Id flow) {
    Store *store = m_document->store();
    if (!store || !store->flow(flow))
        return;
    Claim claim;
    claim.flowId = flow;
    enterClaim(claim, flowLabel(flow));
}

void RecordActions::addDealClaim(Id deal) {
    Store *store = m_document->store();
    auto d = store ? store->deal(deal) : Result<Deal>(Error{});
    if (!d)
        return;
    Claim claim;
    claim.dealId = deal;
    claim.attribute = ClaimAttribute::Total;
    enterClaim(claim, tr("the headline total of %1").arg(d->title));
}

void RecordActions::addCompanyClaim(Id company) {
    Store *store = m_document->store();
    auto c = store ? store->company(company) : Result<Company>(Error{});
    if (!c)
        return;
    Claim claim;
    claim.companyId = company;
    claim.attribute = ClaimAttribute::Valuation;
    enterClaim(claim, c->name);
}

void RecordActions::newSource() {
    if (!m_document->store())
        return;
    SourceDialog dialog(Source{}, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.source())
        return;
    const Source source = *dialog.source();
    auto *command = new RowsCommand(
        m_document, RowsCommand::Change::Add,
        [source](Store &s) { return edits::addSource(s, source); },
        tr("Add source %1").arg(source.title.isEmpty() ? source.publisher : source.title));
    command->onFirstDone(
        [this](const edits::RowSet &rows) { m_selection->setSource(rows.sources.front().id); });
    m_undo->push(command); // deleted at once if it fails
}

void RecordActions::editSource(Id source) {
    Store *store = m_document->store();
    auto before = store ? store->source(source) : Result<Source>(Error{});
    if (!before)
        return;
    SourceDialog dialog(*before, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.source())
        return;
    const Source after = *dialog.source();
    const Source &b = *before;
    if (after.title == b.title && after.publisher == b.publisher && after.author == b.author &&
        after.url == b.url && after.published == b.published && after.kind == b.kind &&
        after.note == b.note)
        return;
    m_undo->push(new SourceCommand(
        m_document, b, after, tr("Edit source %1").arg(b.title.isEmpty() ? b.publisher : b.title)));
}

void RecordActions::deleteSource(Id source) {
    Store *store = m_document->store();
    auto s = store ? store->source(source) : Result<Source>(Error{});
    if (!s)
        return;
    m_undo->push(new RowsCommand(
        m_document, RowsCommand::Change::Remove,
        [source](Store &st) { return edits::removeSource(st, source); },
        tr("Delete source %1").arg(s->title.isEmpty() ? s->publisher : s->title)));
    m_selection->setSource(std::nullopt);
}

} // namespace ds::gui
