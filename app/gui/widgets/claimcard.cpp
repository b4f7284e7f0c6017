// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/claimcard.h"

#include "widgets/tones.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace ds::gui {

using namespace analysis;

namespace {

QString verdictColor(Verdict v) {
    switch (v) {
    case Verdict::Agrees:
        return toneHtml(Tone::Good);
    case Verdict::Disagrees:
        return toneHtml(Tone::Bad);
    case Verdict::NotCounted:
    case Verdict::NoValue:
        return toneHtml(Tone::Muted);
    }
    return {};
}

} // namespace

QString ClaimCard::quoteHtml(const Claim &claim) {
    const QString quote = claim.quote.exact;
    if (quote.isEmpty())
        return {};
    QString body = quote.toHtmlEscaped();
    if (claim.money && !claim.money->stated.isEmpty()) {
        const qsizetype at = quote.indexOf(claim.money->stated);
        if (at >= 0)
            body = quote.left(at).toHtmlEscaped() +
                   QStringLiteral(
                       "<span style=\"background-color:#ffe082; color:#000\"><b>%1</b></span>")
                       .arg(claim.money->stated.toHtmlEscaped()) +
                   quote.mid(at + claim.money->stated.size()).toHtmlEscaped();
    }
    const QString grey = QStringLiteral("<span style=\"color:%1\">%2</span>")
                             .arg(toneHtml(Tone::Muted), QStringLiteral("%1"));
    QString html;
    if (!claim.quote.prefix.isEmpty())
        html += grey.arg(QStringLiteral("…") + claim.quote.prefix.toHtmlEscaped());
    html += QStringLiteral("“") + body + QStringLiteral("”");
    if (!claim.quote.suffix.isEmpty())
        html += grey.arg(claim.quote.suffix.toHtmlEscaped() + QStringLiteral("…"));
    return html;
}

ClaimCard::ClaimCard(const ClaimAssessment &a, const Source *source, QWidget *parent)
    : QFrame(parent)
    , m_claim(a.claim) {
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setObjectName(QStringLiteral("claimCard"));

    const QString date =
        source && !source->published.isNull() ? source->published.display() : tr("date unknown");
    auto *sourceLabel = new QLabel(
        QStringLiteral("<b>%1</b> · %2").arg(a.source.toHtmlEscaped(), date.toHtmlEscaped()));
    sourceLabel->setWordWrap(true);
    if (source && !source->title.isEmpty() && source->publisher.isEmpty() == false)
        sourceLabel->setToolTip(source->title);

    QStringList conflicts;
    for (Disagreement d : a.conflicts)
        conflicts << displayName(d);
    QString stated = m_claim.money ? m_claim.money->stated : displayName(m_claim.attribute);
    if (m_claim.statedStatus)
        stated = tr("%1 · status: %2").arg(stated, displayName(*m_claim.statedStatus));
    QString verdict = displayName(a.verdict);
    if (!conflicts.isEmpty())
        verdict = tr("%1 on the %2").arg(verdict, conflicts.join(tr(", ")));
    auto *valueLabel = new QLabel(
        QStringLiteral("%1 — <span style=\"color:%2\">%3</span>%4")
            .arg(stated.toHtmlEscaped(), verdictColor(a.verdict), verdict.toHtmlEscaped(),
                 m_claim.orphaned
                     ? QStringLiteral(" · <span style=\"color:%1\">%2</span>")
                           .arg(toneHtml(Tone::Bad), tr("orphaned quote").toHtmlEscaped())
                     : QString()));
    valueLabel->setWordWrap(true);

    auto *quoteLabel = new QLabel(quoteHtml(m_claim));
    quoteLabel->setWordWrap(true);
    quoteLabel->setTextFormat(Qt::RichText);

    auto *copy = new QToolButton;
    copy->setText(tr("Copy citation"));
    copy->setToolTip(tr("Copy a plain-text citation of this claim (publisher, title, date, "
                        "quote)"));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this, [this] { emit copyCitationRequested(m_claim); });
    auto *open = new QToolButton;
    open->setText(tr("Open article"));
    open->setAutoRaise(true);
    connect(open, &QToolButton::clicked, this, [this] { emit openRequested(m_claim); });

    // Editing the claim: its amount, its rank, or removing it (each undoable).
    auto *edit = new QToolButton;
    edit->setText(tr("Edit"));
    edit->setAutoRaise(true);
    edit->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(edit);
    QAction *amount =
        menu->addAction(tr("Edit &Amount…"), this, [this] { emit amountEditRequested(m_claim); });
    amount->setEnabled(m_claim.money.has_value());
    QAction *whole =
        menu->addAction(tr("Edit &Claim…"), this, [this] { emit claimEditRequested(m_claim); });
    whole->setStatusTip(tr("Change the source, what it states, the stance or the quote"));

    QMenu *rank = menu->addMenu(tr("&Rank"));
    for (Rank r : allValues<Rank>()) {
        QAction *a =
            rank->addAction(displayName(r), this, [this, r] { emit rankRequested(m_claim, r); });
        a->setCheckable(true);
        a->setChecked(m_claim.rank == r);
    }
    menu->addSeparator();
    menu->addAction(tr("&Delete Claim"), this, [this] { emit deleteRequested(m_claim); });
    edit->setMenu(menu);
    edit->setAccessibleName(tr("Edit the claim"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(edit);
    buttons->addWidget(open);
    buttons->addWidget(copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(3);
    layout->addWidget(sourceLabel);
    layout->addWidget(valueLabel);
    if (!m_claim.quote.exact.isEmpty())
        layout->addWidget(quoteLabel);
    else
        delete quoteLabel;
    if (!m_claim.note.isEmpty()) {
        auto *note = new QLabel(QStringLiteral("<i>%1</i>").arg(m_claim.note.toHtmlEscaped()));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(buttons);
    setAccessibleName(tr("Claim from %1: %2").arg(a.source, stated));
}

void ClaimCard::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit openRequested(m_claim);
    QFrame::mouseReleaseEvent(event);
}

void ClaimCard::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit openRequested(m_claim);
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        emit copyCitationRequested(m_claim);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace ds::gui
