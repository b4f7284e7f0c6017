// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/storecommand.h"
#include "domain/types.h"
#include "edit/edits.h"
#include "edit/rowset.h"

namespace ds::gui {

/// How an UpdateCommand writes one kind of row, what it tells the views and whether successive
/// edits of one row merge.
template <typename Row> struct RowEdit;
template <> struct RowEdit<Company> {
    static constexpr auto write = &edits::updateCompany;
    static constexpr Document::Change changes = Document::Change::Companies;
    static constexpr MergeId mergeId = MergeId::CompanyEdit;
};
template <> struct RowEdit<Flow> {
    static constexpr auto write = &edits::updateFlow;
    static constexpr Document::Change changes = Document::Change::Flows;
    static constexpr MergeId mergeId = MergeId::None;
};
template <> struct RowEdit<Deal> {
    static constexpr auto write = &edits::updateDeal;
    static constexpr Document::Change changes = Document::Change::Deals;
    static constexpr MergeId mergeId = MergeId::None;
};
template <> struct RowEdit<Source> {
    static constexpr auto write = &edits::updateSource; // its details, not its text
    static constexpr Document::Change changes = Document::Change::Sources;
    static constexpr MergeId mergeId = MergeId::None;
};

/// Changes one row's values (a company, a flow, a deal, a source's details): redo writes
/// `after`, undo writes `before`, each in one transaction. An edit that changes nothing is
/// obsolete and the stack drops it unrun; edits that merge (a company's) become one step, which
/// is dropped when the last edit returns the row to where the first started.
template <typename Row> class UpdateCommand : public StoreCommand {
public:
    UpdateCommand(Document *document, Row before, Row after, const QString &text)
        : StoreCommand(document, text, RowEdit<Row>::mergeId)
        , m_before(std::move(before))
        , m_after(std::move(after)) {
        setObsolete(m_before == m_after);
    }
    void redo() override { write(m_after); }
    void undo() override { write(m_before); }
    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = dynamic_cast<const UpdateCommand *>(other);
        if (!next || next->m_before.id != m_after.id)
            return false;
        m_after = next->m_after; // one step from the first state to the last
        setText(next->text());
        setObsolete(m_before == m_after);
        return true;
    }

private:
    void write(const Row &row) {
        apply([&row](Store &store) { return RowEdit<Row>::write(store, row); },
              RowEdit<Row>::changes);
    }
    Row m_before;
    Row m_after;
};

using CompanyCommand = UpdateCommand<Company>;
using FlowCommand = UpdateCommand<Flow>;
using DealCommand = UpdateCommand<Deal>;
using SourceCommand = UpdateCommand<Source>;

} // namespace ds::gui
