// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/targetaction.h"

#include "document/document.h"
#include "document/selection.h"
#include "store/store.h"

#include <QAction>

namespace ds::gui {

QAction *targetAction(QObject *owner, const QString &text, const QString &tip,
                      std::function<std::optional<Id>()> target, std::function<void(Id)> run) {
    auto *action = new QAction(text, owner);
    action->setStatusTip(tip);
    QObject::connect(action, &QAction::triggered, owner,
                     [target = std::move(target), run = std::move(run)] {
                         if (const auto id = target())
                             run(*id);
                     });
    return action;
}

std::optional<Id> selectedDeal(Document *document, Selection *selection) {
    if (selection->deal())
        return selection->deal();
    Store *store = document->store();
    if (!store || !selection->flow())
        return std::nullopt;
    auto flow = store->flow(*selection->flow());
    return flow ? std::optional<Id>(flow->dealId) : std::nullopt;
}

} // namespace ds::gui
