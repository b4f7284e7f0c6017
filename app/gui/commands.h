// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "domain/types.h"
#include "error.h"
#include "store/edits.h"
#include "store/rowset.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace ds {
class Store;
}

namespace ds::gui {

class Document;

/// An edit of the open file as an undoable command: each step is written at once, in one
/// transaction (there is no save step). A step that cannot be written changes nothing and is
/// reported through Document::editFailed; a command whose first step fails leaves the stack.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(Document *document, const QString &text);

protected:
    /// Runs a step; `what` tells the views which kinds of rows it changed (asked after the step
    /// ran, when the step finds that out).
    void apply(const std::function<Status(Store &)> &step,
               const std::function<Document::Changes()> &what);
    void apply(const std::function<Status(Store &)> &step, Document::Changes what) {
        apply(step, [what] { return what; });
    }
    Document *m_document;
};

/// Adds, changes or deletes one claim (its value, rank or quote): `before` empty adds `after`,
/// `after` empty deletes `before`.
class ClaimCommand : public StoreCommand {
public:
    ClaimCommand(Document *document, std::optional<Claim> before, std::optional<Claim> after,
                 const QString &text);
    void redo() override;
    void undo() override;

private:
    void write(const std::optional<Claim> &from, const std::optional<Claim> &to);
    std::optional<Claim> m_before;
    std::optional<Claim> m_after;
};

/// Changes one row's values (a company, a flow, a deal, a source's details): redo writes
/// `after`, undo writes `before`, each with `write` in one transaction.
template <typename Row> class UpdateCommand : public StoreCommand {
public:
    using Write = Status (*)(Store &, const Row &);
    UpdateCommand(Document *document, Row before, Row after, Write write, Document::Changes what,
                  const QString &text)
        : StoreCommand(document, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_write(write)
        , m_what(what) {}
    void redo() override {
        apply([this](Store &store) { return m_write(store, m_after); }, m_what);
    }
    void undo() override {
        apply([this](Store &store) { return m_write(store, m_before); }, m_what);
    }

protected:
    Row m_before;
    Row m_after;

private:
    Write m_write;
    Document::Changes m_what;
};

/// Changes a company's name, kind, aliases, country or note. Successive edits of the same
/// company merge into one step.
class CompanyCommand : public UpdateCommand<Company> {
public:
    CompanyCommand(Document *document, Company before, Company after, const QString &text)
        : UpdateCommand(document, std::move(before), std::move(after), &edits::updateCompany,
                        Document::Change::Companies, text) {}
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;
};

/// Changes a flow's payer, payee, kind, date or note.
class FlowCommand : public UpdateCommand<Flow> {
public:
    FlowCommand(Document *document, Flow before, Flow after, const QString &text)
        : UpdateCommand(document, std::move(before), std::move(after), &edits::updateFlow,
                        Document::Change::Flows, text) {}
};

/// Changes a deal's title, status, announcement date or note.
class DealCommand : public UpdateCommand<Deal> {
public:
    DealCommand(Document *document, Deal before, Deal after, const QString &text)
        : UpdateCommand(document, std::move(before), std::move(after), &edits::updateDeal,
                        Document::Change::Deals, text) {}
};

/// Changes a source's details (not its text).
class SourceCommand : public UpdateCommand<Source> {
public:
    SourceCommand(Document *document, Source before, Source after, const QString &text)
        : UpdateCommand(document, std::move(before), std::move(after), &edits::updateSource,
                        Document::Change::Sources, text) {}
};

/// Adds a company (`create`) or deletes one that nothing refers to; the inverse on undo, with
/// the same id.
class CompanyExistsCommand : public StoreCommand {
public:
    CompanyExistsCommand(Document *document, Company company, bool create, const QString &text);
    void redo() override;
    void undo() override;
    Id companyId() const { return m_company.id; }

private:
    void add();
    void remove();
    Company m_company;
    bool m_create;
};

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
