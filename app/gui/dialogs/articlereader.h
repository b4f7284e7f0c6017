// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include "widgets/safetextbrowser.h"
#include <QDialog>

class QLabel;

namespace ds::gui {

/// Shows an article: its full text scrolled to the quote and highlighted when DealScope has the
/// text, otherwise the quote with its context. The text is shown as plain text: nothing in an
/// article is run, loaded or followed.
class ArticleReader : public QDialog {
    Q_OBJECT
public:
    explicit ArticleReader(QWidget *parent = nullptr);

    void showClaim(const Source &source, const Claim &claim);
    QTextBrowser *browser() const { return m_browser; }
    /// The highlighted range in the shown text (start, end), or (-1, -1).
    std::pair<int, int> highlight() const { return m_highlight; }

private:
    QLabel *m_header;
    SafeTextBrowser *m_browser;
    std::pair<int, int> m_highlight{-1, -1};
};

} // namespace ds::gui
