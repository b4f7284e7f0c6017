// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/searchdock.h"

#include "document/document.h"
#include "store/search.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ds::gui {

namespace {

constexpr int kLimit = 50;

QString markedHtml(const QString &marked) {
    // Escape first, then turn the marks (control characters, untouched by escaping) into a
    // highlight that reads on light and dark palettes.
    return search::replaceMarks(marked.toHtmlEscaped(),
                                QStringLiteral("<span style=\"background:#ffd54f;color:black\">"),
                                QStringLiteral("</span>"));
}

} // namespace

SearchDock::SearchDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Search Articles"), parent)
    , m_document(document) {
    setObjectName(QStringLiteral("SearchDock"));
    auto *body = new QWidget(this);
    m_query = new QLineEdit(body);
    m_query->setPlaceholderText(tr("Search the articles' titles and texts"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search articles"));
    m_query->setToolTip(tr("Every word must occur; \"quoted words\" must occur together."));
    m_results = new QListWidget(body);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->viewport()->installEventFilter(this);
    m_status = new QLabel(body);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    setWidget(body);

    m_delay.setSingleShot(true);
    m_delay.setInterval(250);
    connect(&m_delay, &QTimer::timeout, this, &SearchDock::searchNow);
    connect(m_query, &QLineEdit::textEdited, this, [this] { m_delay.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_delay.stop();
        searchNow();
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus();
        }
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openItem(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openItem(m_results->row(item)); });
    connect(m_document, &Document::opened, this, &SearchDock::searchNow);
    connect(m_document, &Document::changed, this, [this](Document::Changes what) {
        if (what.testFlag(Document::Change::Sources) && !m_query->text().trimmed().isEmpty())
            searchNow(); // only sources' titles and texts are searched
    });
}

QString SearchDock::statusText() const {
    return m_status->text();
}

void SearchDock::focusQuery() {
    show();
    raise();
    m_query->setFocus();
    m_query->selectAll();
}

void SearchDock::searchNow() {
    m_results->clear();
    Store *store = m_document->store();
    const QString input = m_query->text();
    if (!store || input.trimmed().isEmpty()) {
        m_status->setText(tr("Type words to search for."));
        return;
    }
    QElapsedTimer clock;
    clock.start();
    auto found = search::searchSources(*store, input, kLimit);
    if (!found) {
        m_status->setText(found.errorMessage());
        return;
    }
    for (const search::Hit &hit : found->hits) {
        auto *item = new QListWidgetItem(m_results);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(hit.sourceId));
        const QString title = search::replaceMarks(hit.title, {}, {});
        item->setData(Qt::AccessibleTextRole, title);
        auto *label = new QLabel(
            QStringLiteral("<div><b>%1</b> <span style=\"color:palette(mid)\">%2</span></div>"
                           "<div>%3</div>")
                .arg(hit.title.isEmpty() ? tr("(untitled)").toHtmlEscaped() : markedHtml(hit.title),
                     QStringList{hit.publisher, hit.published.display()}
                         .filter(QRegularExpression(QStringLiteral("\\S")))
                         .join(QStringLiteral(" · "))
                         .toHtmlEscaped(),
                     markedHtml(hit.snippet)),
            m_results);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setContentsMargins(4, 4, 4, 4);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_results->setItemWidget(item, label);
    }
    fitItems();
    const int n = int(found->hits.size());
    if (n == 0)
        m_status->setText(tr("No article contains all of these words."));
    else if (found->newestOnly)
        m_status->setText(tr("These words are in most articles: the best %L1 matches among the "
                             "newest %L2 (%L3 ms). Add words to narrow the search.")
                              .arg(n)
                              .arg(search::kRankedAtMost)
                              .arg(clock.elapsed()));
    else if (found->more)
        m_status->setText(tr("The best %L1 matches (%L2 ms).").arg(n).arg(clock.elapsed()));
    else
        m_status->setText(tr("%Ln article(s) (%1 ms).", "", n).arg(clock.elapsed()));
}

void SearchDock::fitItems() {
    const int width = std::max(120, m_results->viewport()->width());
    for (int i = 0; i < m_results->count(); ++i) {
        QListWidgetItem *item = m_results->item(i);
        if (auto *label = qobject_cast<QLabel *>(m_results->itemWidget(item)))
            item->setSizeHint(QSize(0, label->heightForWidth(width) + 4));
    }
}

bool SearchDock::eventFilter(QObject *watched, QEvent *event) {
    // The results rewrap when the dock changes width.
    if (watched == m_results->viewport() && event->type() == QEvent::Resize)
        fitItems();
    return QDockWidget::eventFilter(watched, event);
}

void SearchDock::openItem(int row) {
    QListWidgetItem *item = m_results->item(row);
    if (item)
        emit openSourceRequested(item->data(Qt::UserRole).toLongLong(),
                                 search::searchTerms(m_query->text()));
}

} // namespace ds::gui
