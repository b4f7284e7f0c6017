// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesview.h"

#include "analysis/sources.h"
#include "dialogparts.h"
#include "document.h"
#include "store/store.h"

#include <QHash>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtConcurrent>

#include "background.h"

namespace ds::gui {

SourcesModel::SourcesModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    connect(&m_watcher, &QFutureWatcher<std::vector<Row>>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation ||
            m_watcher.future().resultCount() == 0)
            return; // a newer computation is on its way
        beginResetModel();
        m_rows = m_watcher.result();
        endResetModel();
        emit loaded();
    });
    connect(document, &Document::opened, this, &SourcesModel::reload);
    connect(document, &Document::changed, this, [this](Document::Changes what) {
        if (what & (Document::Change::Sources | Document::Change::Claims))
            reload(); // the sources and their claims' counts
    });
    reload();
}

SourcesModel::~SourcesModel() {
    // A job not started yet is dropped, rather than run on this thread by waitForFinished().
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool SourcesModel::isLoading() const {
    return m_watcher.isRunning();
}

void SourcesModel::reload() {
    if (!m_document->isOpen())
        return;
    ++m_generation;
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(
        QtConcurrent::run(analysisPool(), &SourcesModel::compute, m_document->path()));
}

std::vector<SourcesModel::Row> SourcesModel::compute(const QString &path) {
    // On a connection of this thread's own: counting claims per source reads the whole claims
    // index, a second or so on a million deals.
    std::vector<Row> rows;
    auto store = Store::open(path, Store::OpenMode::Existing);
    if (!store)
        return rows;
    auto sources = store->sources(false);
    if (!sources)
        return rows;
    QHash<Id, int> claims, orphaned;
    QHash<Id, bool> texts;
    auto count = [&](const QString &sql, QHash<Id, int> &into) {
        if (auto st = sql::Statement::prepare(store->db(), sql))
            while (st->next())
                into.insert(st->int64(0), st->integer(1));
    };
    count(QStringLiteral("SELECT source_id, count(*) FROM claims GROUP BY source_id"), claims);
    count(QStringLiteral("SELECT source_id, count(*) FROM claims WHERE orphaned = 1 GROUP BY "
                         "source_id"),
          orphaned);
    if (auto withText = sql::Statement::prepare(
            store->db(), QStringLiteral("SELECT id FROM sources WHERE text IS NOT NULL")))
        while (withText->next())
            texts.insert(withText->int64(0), true);
    analysis::SourceIndex index;
    for (const Source &s : *sources)
        index.add(s);
    for (const Source &s : *sources) {
        Row row;
        row.source = s;
        row.claims = claims.value(s.id);
        row.orphaned = orphaned.value(s.id);
        row.hasText = texts.value(s.id);
        QStringList chain;
        std::optional<Id> next = s.citesId;
        for (int guard = 0; next && guard < 16; ++guard) {
            chain << index.label(*next);
            const Source *cited = index.find(*next);
            next = cited ? cited->citesId : std::nullopt;
        }
        row.chain = chain.join(QStringLiteral(" → "));
        rows.push_back(std::move(row));
    }
    return rows;
}

int SourcesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == SourceIdRole)
        return QVariant::fromValue(qint64(r.source.id));
    if (role == SortRole) {
        if (index.column() == Claims)
            return r.claims;
        if (index.column() == Orphaned)
            return r.orphaned;
        if (index.column() == Published)
            return r.source.published.sortKey();
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return r.source.note.isEmpty() ? r.source.key : r.source.note;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Title:
        return r.source.title.isEmpty() ? tr("(untitled: %1)").arg(r.source.key) : r.source.title;
    case Publisher:
        return r.source.publisher.isEmpty() ? tr("unknown") : r.source.publisher;
    case Published:
        return r.source.published.isNull() ? tr("unknown") : r.source.published.display();
    case Kind:
        return sourceKindName(r.source.kind);
    case Claims:
        return r.claims;
    case Orphaned:
        return r.orphaned;
    case HasText:
        return r.hasText ? tr("yes") : tr("no");
    case Cites:
        return r.chain;
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Publisher:
        return tr("Publisher");
    case Published:
        return tr("Published");
    case Kind:
        return tr("Kind");
    case Claims:
        return tr("Claims");
    case Orphaned:
        return tr("Orphaned");
    case HasText:
        return tr("Text");
    case Cites:
        return tr("Relies on");
    default:
        return {};
    }
}

SourcesDock::SourcesDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Sources"), parent)
    , m_model(new SourcesModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView) {
    setObjectName(QStringLiteral("sourcesDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SourcesModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SourcesModel::Claims, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SourcesModel::Title, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Sources"));
    setWidget(m_view);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openSourceRequested(index.data(SourcesModel::SourceIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentSourceChanged(
                    current.isValid()
                        ? std::optional<Id>(current.data(SourcesModel::SourceIdRole).toLongLong())
                        : std::nullopt);
            });
}

} // namespace ds::gui
