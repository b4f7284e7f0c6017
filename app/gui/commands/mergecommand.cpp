// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/mergecommand.h"

namespace ds::gui {

MergeCommand::MergeCommand(Document *document, Id from, Id into, const QString &text)
    : StoreCommand(document, text)
    , m_from(from)
    , m_into(into) {
}

void MergeCommand::redo() {
    apply(
        [this](Store &store) -> Status {
            auto merge = edits::mergeCompanies(store, m_from, m_into);
            if (!merge)
                return merge.error();
            m_merge = std::move(*merge);
            return {};
        },
        Document::Change::Everything); // flows and claims move, names become aliases
}

void MergeCommand::undo() {
    apply([this](Store &store) { return edits::unmergeCompanies(store, m_merge); },
          Document::Change::Everything);
}

} // namespace ds::gui
