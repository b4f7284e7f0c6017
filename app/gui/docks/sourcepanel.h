// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/figureset.h"

#include <QDockWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace ds::gui {

class ArticleReader;
class ClaimCard;
class Document;
class Selection;

/// A dock that follows the selection: for the focused flow (or company) it shows the figure,
/// whether it is disputed and why, and every claim behind it as a card. For a flow whose deal
/// states a headline total, the total and how it reconciles with the flows follow.
class SourcePanel : public QDockWidget {
    Q_OBJECT
public:
    SourcePanel(Document *document, Selection *selection, QWidget *parent = nullptr);
    ~SourcePanel() override;

    QList<ClaimCard *> cards() const;
    QString headerText() const;
    ArticleReader *reader() const { return m_reader; }
    /// Opens the reader on a claim's article.
    void openClaim(const Claim &claim);
    void copyCitation(const Claim &claim);
    /// Shows these actions (adding a claim on the selected flow or the focused company) under
    /// the claims they add to.
    void setAddClaimActions(QAction *onFlow, QAction *onCompany) {
        m_addFlowClaim = onFlow;
        m_addCompanyClaim = onCompany;
    }

signals:
    void amountEditRequested(const ds::Claim &claim);
    void claimEditRequested(const ds::Claim &claim);
    void rankRequested(const ds::Claim &claim, ds::Rank rank);
    void deleteRequested(const ds::Claim &claim);

private:
    void reloadData();
    void reload();
    std::optional<Source> sourceOf(const Claim &claim) const;
    void showFlow(Id flow);
    void showCompany(Id company);
    void clear(const QString &message);
    void addFigure(const analysis::FigureRecord &record, const QString &title);
    QLabel *addLabel(const QString &html);
    /// A button for `action` (when set) under the claims, and the space below.
    void addActionButtonAndStretch(QAction *action);

    Document *m_document;
    Selection *m_selection;
    std::optional<analysis::FigureSet> m_figures;
    QScrollArea *m_scroll;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_layout = nullptr;
    ArticleReader *m_reader;
    bool m_showCompany = false;
    QAction *m_addFlowClaim = nullptr;
    QAction *m_addCompanyClaim = nullptr;
};

} // namespace ds::gui
