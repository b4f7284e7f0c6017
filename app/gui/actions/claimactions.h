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

/// Editing claims, what a source says about a flow, a deal's headline total or a company: add,
/// edit, change the amount, rank and delete, with their dialogs, each change pushed on the
/// document's undo stack. The source panel's buttons and the Data menu come here.
class ClaimActions : public QObject {
    Q_OBJECT
public:
    ClaimActions(Document *document, Selection *selection, QWidget *window);

    void addTo(QMenu *menu);
    /// The commands on the selected deal and flow (for the views' context menus).
    QList<QAction *> contextActions() const;
    QAction *addClaimAction() const { return m_addClaim; }
    QAction *addCompanyClaimAction() const { return m_addCompanyClaim; }

public slots:
    void addClaim(ds::Id flow);
    /// A headline total stated for a deal.
    void addDealClaim(ds::Id deal);
    /// A valuation, stake or total stated about a company.
    void addCompanyClaim(ds::Id company);
    /// Opens the claim dialog on a claim; OK pushes the change.
    void editClaim(const ds::Claim &claim);
    void editClaimAmount(const ds::Claim &claim);
    void rankClaim(const ds::Claim &claim, ds::Rank rank);
    void deleteClaim(const ds::Claim &claim);

private:
    /// What the claim is about, for the dialogs and the undo texts.
    QString subjectOf(const Claim &claim);
    /// Opens the claim dialog on a new claim (its target set) and pushes it.
    void enterClaim(Claim claim, const QString &what);
    void updateEnabled();

    Document *m_document;
    Selection *m_selection;
    QWidget *m_window;
    QAction *m_addClaim;
    QAction *m_addDealClaim;
    QAction *m_addCompanyClaim;
};

} // namespace ds::gui
