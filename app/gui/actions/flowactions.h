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

/// Editing deals and their flows: new, edit and delete, with their dialogs, each change pushed
/// on the document's undo stack. Deleting a deal takes its flows and claims with it, deleting
/// a flow its claims (and its deal when it was the last flow); undo puts all of it back with
/// the same ids.
class FlowActions : public QObject {
    Q_OBJECT
public:
    FlowActions(Document *document, Selection *selection, QWidget *window);

    void addTo(QMenu *menu);
    /// The commands on the selected deal and flow (for the views' context menus).
    QList<QAction *> contextActions() const;
    QAction *editFlowAction() const { return m_editFlow; }

public slots:
    void newDeal();
    void editDeal(ds::Id deal);
    void deleteDeal(ds::Id deal);
    void addFlow(ds::Id deal);
    /// Opens the Edit Flow dialog; OK pushes the change.
    void editFlow(ds::Id flow);
    void deleteFlow(ds::Id flow);

private:
    void updateEnabled();

    Document *m_document;
    Selection *m_selection;
    QWidget *m_window;
    QAction *m_newDeal;
    QAction *m_editDeal;
    QAction *m_addFlow;
    QAction *m_editFlow;
    QAction *m_deleteFlow;
    QAction *m_deleteDeal;
};

} // namespace ds::gui
