// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sourcesmodel.h"

#include "widgets/dialogparts.h"

#include "analysis/sources.h"
#include "document/background.h"
#include "document/document.h"
#include "store/store.h"
#include "store/summaries.h"

#include <QHash>

namespace ds::gui {

SourcesModel::SourcesModel(Document *document, QObject *parent)
    : ResultTableModel(parent)
    , m_document(document)
    , m_loader(
          this, [this](Result<std::vector<Row>> rows) { adopt(m_rows, std::move(rows)); },
          analysisPool()) {
    connect(document, &Document::opened, this, &SourcesModel::reload);
    connect(document, &Document::changed, this, [this](Document::Changes what) {
        if (what & (Document::Change::Sources | Document::Change::Claims))
            reload(); // the sources and their claims' counts
    });
    reload();
}

SourcesModel::~SourcesModel() = default;

bool SourcesModel::isLoading() const {
    return m_loader.isLoading();
}

void SourcesModel::reload() {
    if (m_document->isOpen())
        m_loader.start(m_document->path(), &SourcesModel::compute);
}

Result<std::vector<SourcesModel::Row>> SourcesModel::compute(Store &store, const Cancelled &) {
    // Counting claims per source reads the whole claims index, a second or so on a million
    // deals: on a worker.
    auto sources = store.sources(false);
    if (!sources)
        return sources.error();
    auto uses = sourceUses(store);
    if (!uses)
        return uses.error();
    std::vector<Row> rows;
    analysis::SourceIndex index;
    for (const Source &s : *sources)
        index.add(s);
    for (const Source &s : *sources) {
        Row row;
        row.source = s;
        const SourceUse use = uses->value(s.id);
        row.claims = use.claims;
        row.orphaned = use.orphaned;
        row.hasText = use.hasText;
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

} // namespace ds::gui
