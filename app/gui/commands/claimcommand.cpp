// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/claimcommand.h"

#include "edit/edits.h"

namespace ds::gui {

ClaimCommand::ClaimCommand(Document *document, std::optional<Claim> before,
                           std::optional<Claim> after, const QString &text, MergeId mergeId)
    : StoreCommand(document, text, mergeId)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setObsolete(m_before == m_after);
}

void ClaimCommand::write(const std::optional<Claim> &from, const std::optional<Claim> &to) {
    apply(
        [&](Store &store) {
            if (from && to)
                return edits::replaceClaim(store, *to);
            if (to)
                return edits::restoreClaim(store, *to);
            return edits::deleteClaim(store, from->id);
        },
        Document::Change::Claims);
}

void ClaimCommand::redo() {
    write(m_before, m_after);
}

void ClaimCommand::undo() {
    write(m_after, m_before);
}

bool ClaimCommand::mergeWith(const QUndoCommand *other) {
    const auto *next = dynamic_cast<const ClaimCommand *>(other);
    if (!next || !m_before || !m_after || !next->m_before || !next->m_after ||
        next->m_before->id != m_after->id)
        return false;
    m_after = next->m_after; // one step from the first state to the last
    setText(next->text());
    setObsolete(m_before == m_after);
    return true;
}

} // namespace ds::gui
