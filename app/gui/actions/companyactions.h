// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace ds::gui {

class Document;
class Selection;

/// Editing companies: new, edit (name, kind, aliases), merge a duplicate into another, and
/// delete one nothing refers to, with their dialogs, each change pushed on the document's undo
/// stack. Successive edits of one company are one undo step.
class CompanyActions : public QObject {
    Q_OBJECT
public:
    CompanyActions(Document *document, Selection *selection, QWidget *window);

    void addTo(QMenu *menu);

public slots:
    void newCompany();
    /// Opens the Edit Company dialog; OK pushes the change.
    void editCompany(ds::Id company);
    /// Asks which company to merge this one into, and merges.
    void mergeCompany(ds::Id company);
    void deleteCompany(ds::Id company);

private:
    void updateEnabled();

    Document *m_document;
    Selection *m_selection;
    QWidget *m_window;
    QAction *m_newCompany;
    QAction *m_editCompany;
    QAction *m_mergeCompany;
    QAction *m_deleteCompany;
};

} // namespace ds::gui
