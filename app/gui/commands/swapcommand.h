// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/storecommand.h"
#include "edit/rowset.h"

namespace ds::gui {

/// Swaps one state of some rows for another (a source's text with its re-anchored claims): the
/// change was written already when the command is made; undo and redo swap the states.
class SwapCommand : public StoreCommand {
public:
    SwapCommand(Document *document, edits::RowSet before, edits::RowSet after,
                Document::Changes what, const QString &text);
    void redo() override;
    void undo() override;

private:
    edits::RowSet m_before;
    edits::RowSet m_after;
    Document::Changes m_what;
    bool m_written = true; // the first redo only tells the views
};

} // namespace ds::gui
