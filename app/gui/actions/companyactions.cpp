// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/companyactions.h"

#include "actions/targetaction.h"
#include "commands/companyexistscommand.h"
#include "commands/mergecommand.h"
#include "commands/updatecommand.h"
#include "dialogs/companydialog.h"
#include "document/document.h"
#include "document/selection.h"
#include "store/store.h"
#include "store/summaries.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

namespace ds::gui {

CompanyActions::CompanyActions(Document *document, Selection *selection, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_selection(selection)
    , m_window(window) {
    const auto focused = [this] { return m_selection->company(); };
    m_editCompany = targetAction(this, tr("Edit Focused Com&pany…"),
                                 tr("Rename the focused company, change its kind or aliases"),
                                 focused, [this](Id id) { editCompany(id); });
    m_mergeCompany = targetAction(this, tr("&Merge Focused Company Into…"),
                                  tr("Move a company's flows, claims, name and aliases to another "
                                     "company (for duplicates)"),
                                  focused, [this](Id id) { mergeCompany(id); });
    m_newCompany = new QAction(tr("&New Company…"), this);
    connect(m_newCompany, &QAction::triggered, this, &CompanyActions::newCompany);
    m_deleteCompany = targetAction(this, tr("Delete Focused Compan&y"),
                                   tr("Delete the focused company when no flow or claim "
                                      "refers to it"),
                                   focused, [this](Id id) { deleteCompany(id); });
    connect(m_selection, &Selection::companyChanged, this, &CompanyActions::updateEnabled);
    connect(m_document, &Document::opened, this, &CompanyActions::updateEnabled);
    updateEnabled();
}

void CompanyActions::updateEnabled() {
    const bool open = m_document->isOpen();
    m_newCompany->setEnabled(open);
    for (QAction *a : {m_editCompany, m_mergeCompany, m_deleteCompany})
        a->setEnabled(open && m_selection->company().has_value());
}

void CompanyActions::addTo(QMenu *menu) {
    menu->addActions({m_editCompany, m_mergeCompany, m_newCompany, m_deleteCompany});
}

void CompanyActions::newCompany() {
    Store *store = m_document->store();
    if (!store)
        return;
    CompanyDialog dialog(*store, Company{}, m_window);
    dialog.setWindowTitle(tr("New Company"));
    if (dialog.exec() == QDialog::Accepted)
        m_document->undoStack()->push(new CompanyExistsCommand(
            m_document, dialog.company(), true, tr("Add company %1").arg(dialog.company().name)));
}

void CompanyActions::editCompany(Id company) {
    Store *store = m_document->store();
    auto before = store ? store->company(company) : Result<Company>(Error{});
    if (!before)
        return;
    CompanyDialog dialog(*store, *before, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // An edit that changes nothing is dropped by the stack.
    m_document->undoStack()->push(new CompanyCommand(m_document, *before, dialog.company(),
                                                     tr("Edit company %1").arg(before->name)));
}

void CompanyActions::deleteCompany(Id company) {
    Store *store = m_document->store();
    auto c = store ? store->company(company) : Result<Company>(Error{});
    if (c)
        m_document->undoStack()->push(
            new CompanyExistsCommand(m_document, *c, false, tr("Delete company %1").arg(c->name)));
}

void CompanyActions::mergeCompany(Id company) {
    Store *store = m_document->store();
    if (!store)
        return;
    auto from = store->company(company);
    auto names = companyNames(*store);
    if (!from || !names)
        return;
    names->removeAll(from->name);
    bool ok = false;
    const QString into = QInputDialog::getItem(
        m_window, tr("Merge Company"),
        tr("Merge %1 into (its flows, claims, name and aliases move there):").arg(from->name),
        *names, 0, false, &ok);
    if (!ok || into.isEmpty())
        return;
    auto target = store->companyIdByName(into);
    if (!target || !*target)
        return;
    m_document->undoStack()->push(new MergeCommand(m_document, company, **target,
                                                   tr("Merge %1 into %2").arg(from->name, into)));
}

} // namespace ds::gui
