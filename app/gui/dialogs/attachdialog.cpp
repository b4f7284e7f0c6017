// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/attachdialog.h"

#include "analysis/sources.h"
#include "commands/swapcommand.h"
#include "document/document.h"
#include "edit/rowset.h"
#include "ingest/anchor.h"
#include "ingest/textfile.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

namespace ds::gui {

Result<QString> attachFileToSource(Document *document, Id source, const QString &path) {
    Store *store = document->store();
    if (!store)
        return Error{QCoreApplication::translate("ds::gui::Attach", "No file is open.")};
    auto loaded = ingest::readTextFile(path);
    if (!loaded)
        return loaded.error();
    auto before = edits::sourceRows(*store, source); // to take the new text back
    auto summary = ingest::attachText(*store, source, loaded->text);
    if (!summary)
        return summary.error();
    auto after = before ? edits::sourceRows(*store, source) : Result<edits::RowSet>(Error{});
    if (before && after && document->undoStack()) {
        const Source &s = after->sources.front();
        document->undoStack()->push(
            new SwapCommand(document, std::move(*before), std::move(*after),
                            Document::Change::Sources | Document::Change::Claims,
                            QCoreApplication::translate("ds::gui::Attach", "Attach a text to %1")
                                .arg(s.title.isEmpty() ? s.publisher : s.title)));
    } else {
        document->notifyChanged();
    }
    QStringList lines = loaded->warnings;
    lines << QCoreApplication::translate(
                 "ds::gui::Attach",
                 "Quotes in place: %1. Moved to where they now stand: %2. Found by their "
                 "context: %3. Found ignoring typography and spacing: %4.")
                 .arg(summary->unchanged)
                 .arg(summary->exact)
                 .arg(summary->context)
                 .arg(summary->fuzzy);
    if (summary->orphaned > 0)
        lines << QCoreApplication::translate(
            "ds::gui::Attach",
            "%n quote(s) no longer match the text: they keep their place and are "
            "flagged as orphaned.",
            nullptr, summary->orphaned);
    return lines.join(QLatin1Char('\n'));
}

void attachArticleTextInteractively(QWidget *parent, Document *document,
                                    std::optional<Id> preselect) {
    Store *store = document->store();
    if (!store)
        return;
    auto sources = store->sources(false);
    if (!sources || sources->empty()) {
        QMessageBox::information(
            parent, QCoreApplication::translate("ds::gui::Attach", "Attach Article Text"),
            QCoreApplication::translate("ds::gui::Attach",
                                        "This file has no sources to attach a text to."));
        return;
    }
    analysis::SourceIndex index;
    for (const Source &s : *sources)
        index.add(s);
    QStringList items;
    int current = 0;
    for (size_t i = 0; i < sources->size(); ++i) {
        const Source &s = (*sources)[i];
        items << QStringLiteral("%1 — %2").arg(index.label(s.id), s.key);
        if (preselect && s.id == *preselect)
            current = int(i);
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(
        parent, QCoreApplication::translate("ds::gui::Attach", "Attach Article Text"),
        QCoreApplication::translate("ds::gui::Attach", "Source whose text you have:"), items,
        current, false, &ok);
    if (!ok)
        return;
    const Id source = (*sources)[size_t(items.indexOf(item))].id;
    const QString path = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("ds::gui::Attach", "Article Text"), QString(),
        QCoreApplication::translate("ds::gui::Attach", "Text files (*.txt *.md);;All files (*)"));
    if (path.isEmpty())
        return;
    auto result = attachFileToSource(document, source, path);
    if (!result)
        QMessageBox::warning(
            parent, QCoreApplication::translate("ds::gui::Attach", "Cannot attach the text"),
            result.errorMessage());
    else
        QMessageBox::information(
            parent, QCoreApplication::translate("ds::gui::Attach", "Text attached"), *result);
}

} // namespace ds::gui
