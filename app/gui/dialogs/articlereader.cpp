// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/articlereader.h"

#include "widgets/claimcard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBlock>
#include <QVBoxLayout>

namespace ds::gui {

ArticleReader::ArticleReader(QWidget *parent)
    : QDialog(parent)
    , m_header(new QLabel(this))
    , m_browser(new SafeTextBrowser(this)) {
    setObjectName(QStringLiteral("articleReader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_browser->setAccessibleName(tr("Article text"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 620);
}

void ArticleReader::showClaim(const Source &source, const Claim &claim) {
    const QString title = !source.title.isEmpty() ? source.title : source.key;
    setWindowTitle(tr("Article: %1").arg(title));
    QStringList facts;
    facts << (source.publisher.isEmpty() ? tr("publisher unknown") : source.publisher);
    facts << (source.published.isNull() ? tr("date unknown") : source.published.display());
    m_header->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(title.toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_highlight = {-1, -1};

    if (source.text.isEmpty()) {
        // Only the quote and its context: rich text built from escaped pieces.
        m_browser->setHtml(
            QStringLiteral("<p><i>%1</i></p><p>%2</p>")
                .arg(tr("DealScope does not have this article's text. Attach it with File › "
                        "Attach Article Text… to read the quote in place.")
                         .toHtmlEscaped(),
                     ClaimCard::quoteHtml(claim)));
        return;
    }
    m_browser->setPlainText(source.text);
    if (!claim.quote.start || !claim.quote.end || claim.orphaned ||
        *claim.quote.end > source.text.size())
        return;
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(*claim.quote.start);
    cursor.setPosition(*claim.quote.end, QTextCursor::KeepAnchor);
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xe0, 0x82));
    format.setForeground(Qt::black);
    cursor.mergeCharFormat(format);
    m_highlight = {*claim.quote.start, *claim.quote.end};
    // Scroll so that the quote is in view.
    QTextCursor at(m_browser->document());
    at.setPosition(*claim.quote.end);
    m_browser->setTextCursor(at);
    m_browser->ensureCursorVisible();
    at.setPosition(*claim.quote.start);
    m_browser->setTextCursor(at);
    m_browser->ensureCursorVisible();
}

} // namespace ds::gui
