// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/figures.h"

#include <QFrame>

namespace ds::gui {

/// One claim as a card: its source, the value as stated, whether it agrees with the figure,
/// and the quote with the figure highlighted in a little context. Clicking it asks for the
/// article; its button copies a citation.
class ClaimCard : public QFrame {
    Q_OBJECT
public:
    ClaimCard(const analysis::ClaimAssessment &assessment, const Source *source,
              QWidget *parent = nullptr);

    const Claim &claim() const { return m_claim; }
    /// The quote as rich text, the stated amount highlighted (HTML-escaped).
    static QString quoteHtml(const Claim &claim);

signals:
    void openRequested(const ds::Claim &claim);
    void copyCitationRequested(const ds::Claim &claim);
    void amountEditRequested(const ds::Claim &claim);
    void claimEditRequested(const ds::Claim &claim);
    void rankRequested(const ds::Claim &claim, ds::Rank rank);
    void deleteRequested(const ds::Claim &claim);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Claim m_claim;
};

} // namespace ds::gui
