// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/swapcommand.h"
#include "edit/edits.h"
#include <utility>

namespace ds::gui {

SwapCommand::SwapCommand(Document *document, edits::RowSet before, edits::RowSet after,
                         Document::Changes what, const QString &text)
    : StoreCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_what(what) {
}

void SwapCommand::redo() {
    if (std::exchange(m_written, false))
        return m_document->notifyChanged(m_what);
    apply([this](Store &store) { return edits::replaceRows(store, m_before, m_after); }, m_what);
}

void SwapCommand::undo() {
    apply([this](Store &store) { return edits::replaceRows(store, m_after, m_before); }, m_what);
}

} // namespace ds::gui
