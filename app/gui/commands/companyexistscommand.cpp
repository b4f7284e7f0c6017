// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/companyexistscommand.h"
#include "edit/edits.h"

namespace ds::gui {

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

} // namespace ds::gui
