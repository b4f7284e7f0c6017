// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDockWidget>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;

namespace ds::gui {

class Document;

/// Full-text search over the sources' titles and texts: type, and the best matches appear
/// with the matching words highlighted; Enter or a click opens the article. What is typed is
/// always searched for literally (no operators), and a query that finds nothing or cannot be
/// searched says so here, never in a dialog.
class SearchDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SearchDock(Document *document, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *results() const { return m_results; }
    QString statusText() const;
    /// Runs the search now (otherwise it runs shortly after typing stops).
    void searchNow();
    void focusQuery();

signals:
    /// `words` are the words searched for, to highlight the first in the article.
    void openSourceRequested(ds::Id source, const QStringList &words);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openItem(int row);
    void fitItems();

    Document *m_document;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_status;
    QTimer m_delay;
};

} // namespace ds::gui
