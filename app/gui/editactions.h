// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace ds::gui {

class Document;
class Selection;

/// Editing the open file: the Edit menu's commands (undo and redo, a claim's amount, rank or
/// deletion, companies and flows) with their dialogs, each change pushed as an undoable command
/// on one stack. The window wires the views' requests here; this class asks and pushes.
class EditActions : public QObject {
    Q_OBJECT
public:
    EditActions(Document *document, Selection *selection, QWidget *window);

    QUndoStack *undoStack() const { return m_undo; }
    QAction *editFlowAction() const { return m_editFlow; }
    /// Adds Undo and Redo to a menu.
    void addUndoTo(QMenu *edit);
    /// Adds the commands on companies and flows to a menu.
    void addTo(QMenu *menu);

public slots:
    void editClaimAmount(const ds::Claim &claim);
    /// Opens the claim dialog on a flow's claim; OK pushes the change.
    void editClaim(const ds::Claim &claim);
    void rankClaim(const ds::Claim &claim, ds::Rank rank);
    void deleteClaim(const ds::Claim &claim);
    /// Opens the Edit Company dialog; OK pushes the change.
    void editCompany(ds::Id company);
    /// Opens the Edit Flow dialog; OK pushes the change.
    void editFlow(ds::Id flow);
    /// Asks which company to merge this one into, and merges.
    void mergeCompany(ds::Id company);

private:
    QString flowLabel(const Claim &claim);

    Document *m_document;
    Selection *m_selection;
    QWidget *m_window;
    QUndoStack *m_undo;
    QAction *m_editFlow;
};

} // namespace ds::gui
