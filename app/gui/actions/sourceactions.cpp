// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/sourceactions.h"

#include "actions/targetaction.h"
#include "commands/rowscommand.h"
#include "commands/updatecommand.h"
#include "dialogs/sourcedialog.h"
#include "document/document.h"
#include "document/selection.h"
#include "edit/edits.h"
#include "store/store.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace ds::gui {

namespace {
QString nameOf(const Source &source) {
    return source.title.isEmpty() ? source.publisher : source.title;
}
} // namespace

SourceActions::SourceActions(Document *document, Selection *selection, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_selection(selection)
    , m_window(window) {
    const auto source = [this] { return m_selection->source(); };
    m_newSource = new QAction(tr("New &Source…"), this);
    m_newSource->setStatusTip(tr("Add a source by its details (an article you do not have the "
                                 "text of)"));
    connect(m_newSource, &QAction::triggered, this, &SourceActions::newSource);
    m_editSource = targetAction(this, tr("Edit Selected S&ource…"),
                                tr("Change the selected source's title, publisher, date or kind"),
                                source, [this](Id id) { editSource(id); });
    m_deleteSource = targetAction(this, tr("Delete Selected Sou&rce"),
                                  tr("Delete the selected source with its text and its claims"),
                                  source, [this](Id id) { deleteSource(id); });
    connect(m_selection, &Selection::sourceChanged, this, &SourceActions::updateEnabled);
    connect(m_document, &Document::opened, this, &SourceActions::updateEnabled);
    updateEnabled();
}

void SourceActions::updateEnabled() {
    const bool open = m_document->isOpen();
    m_newSource->setEnabled(open);
    for (QAction *a : {m_editSource, m_deleteSource})
        a->setEnabled(open && m_selection->source().has_value());
}

void SourceActions::addTo(QMenu *menu) {
    menu->addActions(contextActions());
}

QList<QAction *> SourceActions::contextActions() const {
    return {m_newSource, m_editSource, m_deleteSource};
}

void SourceActions::newSource() {
    if (!m_document->store())
        return;
    SourceDialog dialog(Source{}, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.source())
        return;
    const Source source = *dialog.source();
    auto *command = new RowsCommand(
        m_document, RowsCommand::Change::Add,
        [source](Store &s) { return edits::addSource(s, source); },
        tr("Add source %1").arg(nameOf(source)));
    command->onFirstDone(
        [this](const edits::RowSet &rows) { m_selection->setSource(rows.sources.front().id); });
    m_document->undoStack()->push(command); // deleted at once if it fails
}

void SourceActions::editSource(Id source) {
    Store *store = m_document->store();
    auto before = store ? store->source(source) : Result<Source>(Error{});
    if (!before)
        return;
    SourceDialog dialog(*before, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.source())
        return;
    // An edit that changes nothing is dropped by the stack.
    m_document->undoStack()->push(new SourceCommand(m_document, *before, *dialog.source(),
                                                    tr("Edit source %1").arg(nameOf(*before))));
}

void SourceActions::deleteSource(Id source) {
    Store *store = m_document->store();
    auto s = store ? store->source(source) : Result<Source>(Error{});
    if (!s)
        return;
    m_document->undoStack()->push(new RowsCommand(
        m_document, RowsCommand::Change::Remove,
        [source](Store &st) { return edits::removeSource(st, source); },
        tr("Delete source %1").arg(nameOf(*s))));
    m_selection->setSource(std::nullopt);
}

} // namespace ds::gui
