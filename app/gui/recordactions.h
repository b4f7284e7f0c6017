// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace ds::gui {

class Document;
class Selection;

/// Adding and deleting deals, flows, sources and claims, and editing deals and sources: the
/// Data menu's commands with their dialogs, each change pushed on the one undo stack. Deleting
/// takes everything that depends on the row with it (a deal's flows and claims, a source's
/// claims), and undo puts all of it back with the same ids.
class RecordActions : public QObject {
    Q_OBJECT
public:
    RecordActions(Document *document, Selection *selection, QUndoStack *undo, QWidget *window);

    void addTo(QMenu *menu);
    /// The commands on the selected deal and flow (for the views' context menus).
    QList<QAction *> flowActions() const;
    /// The commands on the selected source.
    QList<QAction *> sourceActions() const;
    QAction *addClaimAction() const { return m_addClaim; }
    QAction *addCompanyClaimAction() const { return m_addCompanyClaim; }

public slots:
    void newDeal();
    void editDeal(ds::Id deal);
    void deleteDeal(ds::Id deal);
    void addFlow(ds::Id deal);
    void deleteFlow(ds::Id flow);
    void addClaim(ds::Id flow);
    /// A headline total stated for a deal.
    void addDealClaim(ds::Id deal);
    /// A valuation, stake or total stated about a company.
    void addCompanyClaim(ds::Id company);
    void newSource();
    void editSource(ds::Id source);
    void deleteSource(ds::Id source);

private:
    QAction *action(const QString &text, const QString &tip, void (RecordActions::*slot)(Id),
                    std::function<std::optional<Id>()> target);
    /// The selected flow's deal (also when the flow was selected without its deal).
    std::optional<Id> selectedDeal() const;
    QString flowLabel(Id flow);
    void updateEnabled();
    /// Opens the claim dialog on a new claim (its target set) and pushes it.
    void enterClaim(Claim claim, const QString &what);

    Document *m_document;
    Selection *m_selection;
    QUndoStack *m_undo;
    QWidget *m_window;
    QAction *m_newDeal;
    QAction *m_editDeal;
    QAction *m_addFlow;
    QAction *m_addClaim;
    QAction *m_addDealClaim;
    QAction *m_addCompanyClaim;
    QAction *m_deleteFlow;
    QAction *m_deleteDeal;
    QAction *m_newSource;
    QAction *m_editSource;
    QAction *m_deleteSource;
};

} // namespace ds::gui
