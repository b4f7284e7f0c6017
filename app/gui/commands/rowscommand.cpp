// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/rowscommand.h"
#include "edit/edits.h"
#include <utility>

namespace ds::gui {

RowsCommand::RowsCommand(Document *document, Change change,
                         std::function<Result<edits::RowSet>(Store &)> first, const QString &text)
    : StoreCommand(document, text)
    , m_change(change)
    , m_first(std::move(first)) {
}

void RowsCommand::put() {
    apply([this](Store &store) { return edits::restoreRows(store, m_rows); }, changes());
}

void RowsCommand::take() {
    apply([this](Store &store) { return edits::removeRows(store, m_rows); }, changes());
}

void RowsCommand::redo() {
    if (m_done) {
        m_change == Change::Add ? put() : take();
        return;
    }
    apply(
        [this](Store &store) -> Status {
            auto rows = m_first(store);
            if (!rows)
                return rows.error();
            m_rows = std::move(*rows);
            m_done = true;
            return {};
        },
        [this] { return changes(); });
    if (m_done && m_firstDone)
        std::exchange(m_firstDone, {})(m_rows);
}

Document::Changes RowsCommand::changes() const {
    Document::Changes what;
    if (!m_rows.companies.empty())
        what |= Document::Change::Companies;
    if (!m_rows.sources.empty() || !m_rows.citations.empty())
        what |= Document::Change::Sources;
    if (!m_rows.deals.empty())
        what |= Document::Change::Deals;
    if (!m_rows.flows.empty())
        what |= Document::Change::Flows;
    if (!m_rows.claims.empty())
        what |= Document::Change::Claims;
    return what;
}

void RowsCommand::undo() {
    m_change == Change::Add ? take() : put();
}

} // namespace ds::gui
