// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "document.h"
#include "store/edits.h"
#include "store/store.h"

#include <utility>

namespace ds::gui {

StoreCommand::StoreCommand(Document *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document) {
}

void StoreCommand::apply(const std::function<Status(Store &)> &step,
                         const std::function<Document::Changes()> &what) {
    Store *store = m_document->store();
    const Status s = store ? step(*store) : Status(Error{QStringLiteral("No file is open.")});
    if (!s) {
        setObsolete(true); // nothing was written: the step leaves the stack
        emit m_document->editFailed(s.errorMessage());
        return;
    }
    m_document->notifyChanged(what());
}

ClaimCommand::ClaimCommand(Document *document, std::optional<Claim> before,
                           std::optional<Claim> after, const QString &text)
    : StoreCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
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

bool CompanyCommand::mergeWith(const QUndoCommand *other) {
    const auto *next = dynamic_cast<const CompanyCommand *>(other);
    if (!next || next->m_before.id != m_after.id)
        return false;
    m_after = next->m_after; // one step from the first state to the last
    setText(next->text());
    return true;
}

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

CompanyExistsCommand::CompanyExistsCommand(Document *document, Company company, bool create,
                                           const QString &text)
    : StoreCommand(document, text)
    , m_company(std::move(company))
    , m_create(create) {
}

void CompanyExistsCommand::add() {
    apply(
        [this](Store &store) -> Status {
            auto id = edits::addCompany(store, m_company);
            if (!id)
                return id.error();
            m_company.id = *id; // a redo adds it again with the same id
            return {};
        },
        Document::Change::Companies);
}

void CompanyExistsCommand::remove() {
    apply([this](Store &store) { return edits::deleteCompany(store, m_company.id); },
          Document::Change::Companies);
}

void CompanyExistsCommand::redo() {
    m_create ? add() : remove();
}

void CompanyExistsCommand::undo() {
    m_create ? remove() : add();
}

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
