// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <functional>
#include <optional>

class QAction;
class QObject;

namespace ds::gui {

class Document;
class Selection;

/// An action that runs `run` on the row `target` names when triggered (the selected deal, flow
/// or source, the focused company), and does nothing when it names none.
QAction *targetAction(QObject *owner, const QString &text, const QString &tip,
                      std::function<std::optional<Id>()> target, std::function<void(Id)> run);

/// The selected flow's deal (also when the flow was selected without its deal).
std::optional<Id> selectedDeal(Document *document, Selection *selection);

} // namespace ds::gui
