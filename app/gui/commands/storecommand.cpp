// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/storecommand.h"

#include "store/store.h"

namespace ds::gui {

StoreCommand::StoreCommand(Document *document, const QString &text, MergeId mergeId)
    : QUndoCommand(text)
    , m_document(document)
    , m_mergeId(mergeId) {
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

} // namespace ds::gui
