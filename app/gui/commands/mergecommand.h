// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/storecommand.h"
#include "domain/types.h"
#include "edit/edits.h"

namespace ds::gui {

/// Merges one company into another (its flows, claims, name and aliases move over).
class MergeCommand : public StoreCommand {
public:
    MergeCommand(Document *document, Id from, Id into, const QString &text);
    void redo() override;
    void undo() override;

private:
    Id m_from;
    Id m_into;
    edits::Merge m_merge;
};

} // namespace ds::gui
