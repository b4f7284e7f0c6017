// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "error.h"

#include <optional>

class QWidget;

namespace ds::gui {

class Document;

/// Attaches a text file to a source and re-anchors its quotes; returns a summary for people
/// (with any warning about the file), or the reason nothing was changed.
Result<QString> attachFileToSource(Document *document, Id source, const QString &path);

/// File › Attach Article Text…: asks for the source (preselected when given) and the file,
/// then attaches it and tells the user what happened to the quotes.
void attachArticleTextInteractively(QWidget *parent, Document *document,
                                    std::optional<Id> preselect);

} // namespace ds::gui
