// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/storecommand.h"
#include "domain/types.h"

namespace ds::gui {

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

} // namespace ds::gui
