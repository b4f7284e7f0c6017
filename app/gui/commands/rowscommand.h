// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/storecommand.h"
#include "edit/rowset.h"

#include <functional>

namespace ds::gui {

/// Adds rows (a deal with its first flow, a flow, a source, a claim, an imported article with
/// what it created) or deletes them with
/// everything that depends on them. The first redo runs `first`, which writes and returns the
/// rows it added or took away; later steps write them back or take them away again with the
/// same ids.
class RowsCommand : public StoreCommand {
public:
    enum class Change { Add, Remove };
    RowsCommand(Document *document, Change change,
                std::function<Result<edits::RowSet>(Store &)> first, const QString &text);
    void redo() override;
    void undo() override;
    const edits::RowSet &rows() const { return m_rows; }
    /// Called once, when the first redo has written the rows (to select what was added). A
    /// command whose first redo fails is deleted by the stack: do not use it after push().
    void onFirstDone(std::function<void(const edits::RowSet &)> done) {
        m_firstDone = std::move(done);
    }

private:
    /// The kinds of rows m_rows holds.
    Document::Changes changes() const;
    void put();
    void take();
    Change m_change;
    std::function<Result<edits::RowSet>(Store &)> m_first;
    std::function<void(const edits::RowSet &)> m_firstDone;
    edits::RowSet m_rows;
    bool m_done = false;
};

} // namespace ds::gui
