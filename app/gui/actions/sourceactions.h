// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace ds::gui {

class Document;
class Selection;

/// Editing sources by their details: new, edit and delete, with the source dialog, each change
/// pushed on the document's undo stack. Deleting a source takes its text and claims with it;
/// undo puts them back. (Articles with their text come in through File › Import.)
class SourceActions : public QObject {
    Q_OBJECT
public:
    SourceActions(Document *document, Selection *selection, QWidget *window);

    void addTo(QMenu *menu);
    /// The commands on the selected source (for the Sources list's context menu).
    QList<QAction *> contextActions() const;

public slots:
    void newSource();
    void editSource(ds::Id source);
    void deleteSource(ds::Id source);

private:
    void updateEnabled();

    Document *m_document;
    Selection *m_selection;
    QWidget *m_window;
    QAction *m_newSource;
    QAction *m_editSource;
    QAction *m_deleteSource;
};

} // namespace ds::gui
