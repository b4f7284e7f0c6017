// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/storecommand.h"
#include "domain/types.h"

#include <optional>

namespace ds::gui {

/// Adds, changes or deletes one claim (its value, rank or quote): `before` empty adds `after`,
/// `after` empty deletes `before`. A change that leaves the claim as it was is obsolete: the
/// stack drops it unrun. With a merge id, the next command with the same id on the same claim
/// merges into this one, and the merged step is dropped when it returns to the start (ranking
/// a claim up and back down leaves nothing to undo).
class ClaimCommand : public StoreCommand {
public:
    ClaimCommand(Document *document, std::optional<Claim> before, std::optional<Claim> after,
                 const QString &text, MergeId mergeId = MergeId::None);
    void redo() override;
    void undo() override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void write(const std::optional<Claim> &from, const std::optional<Claim> &to);
    std::optional<Claim> m_before;
    std::optional<Claim> m_after;
};

} // namespace ds::gui
