// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "error.h"

#include <QUndoCommand>

#include <functional>

namespace ds {
class Store;
}

namespace ds::gui {

/// The ids by which successive commands on the same row merge into one undo step
/// (QUndoCommand::id()); commands without one never merge.
enum class MergeId : int {
    None = -1,
    CompanyEdit = 1, ///< successive edits of one company
    ClaimRank,       ///< successive rank changes of one claim
};

/// An edit of the open file as an undoable command: each step is written at once, in one
/// transaction (there is no save step). A step that cannot be written changes nothing and is
/// reported through Document::editFailed; a command whose first step fails leaves the stack.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(Document *document, const QString &text, MergeId mergeId = MergeId::None);
    int id() const override { return int(m_mergeId); }

protected:
    /// Runs a step; `what` tells the views which kinds of rows it changed (asked after the step
    /// ran, when the step finds that out).
    void apply(const std::function<Status(Store &)> &step,
               const std::function<Document::Changes()> &what);
    void apply(const std::function<Status(Store &)> &step, Document::Changes what) {
        apply(step, [what] { return what; });
    }
    Document *m_document;

private:
    MergeId m_mergeId;
};

} // namespace ds::gui
