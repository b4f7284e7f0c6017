// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dealtablemodel.h"

#include "analysis/figures.h"
#include "document/document.h"
#include "store/store.h"
#include "widgets/tones.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QtConcurrent>

namespace ds::gui {

namespace {

FlowQuery::Sort sortOf(int column) {
    switch (column) {
    case DealTableModel::DealTitle:
        return FlowQuery::Sort::Deal;
    case DealTableModel::Payer:
        return FlowQuery::Sort::Payer;
    case DealTableModel::Payee:
        return FlowQuery::Sort::Payee;
    case DealTableModel::Kind:
        return FlowQuery::Sort::Kind;
    case DealTableModel::Amount:
        return FlowQuery::Sort::Amount;
    case DealTableModel::Status:
        return FlowQuery::Sort::Status;
    case DealTableModel::Sources:
        return FlowQuery::Sort::Sources;
    default:
        return FlowQuery::Sort::Date;
    }
}

} // namespace

DealTableModel::DealTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_ids(this, [this](Result<std::vector<Id>> ids) {
        beginResetModel();
        m_error = ids.errorMessage();
        m_flows = ids ? std::move(*ids) : std::vector<Id>();
        m_pages.clear();
        m_pageOrder.clear();
        endResetModel();
        emit loadingChanged(false);
        emit loaded();
    }) {
    auto loadSources = [this] {
        m_sources.reset();
        if (Store *store = m_document->store())
            if (auto index = analysis::SourceIndex::load(*store))
                m_sources = std::move(*index);
    };
    connect(document, &Document::opened, this, [this, loadSources] {
        loadSources();
        reload();
    });
    connect(document, &Document::changed, this, [this, loadSources](Document::Changes what) {
        if (what.testFlag(Document::Change::Sources))
            loadSources();
        reload();
    });
    loadSources();
    if (document->isOpen())
        reload();
}

DealTableModel::~DealTableModel() = default;

void DealTableModel::reload() {
    if (!m_document->isOpen())
        return;
    m_ids.start(m_document->path(), [query = m_query](Store &store, const Cancelled &cancelled) {
        return flowIds(store, query, cancelled);
    });
    emit loadingChanged(true);
}

void DealTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = sortOf(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void DealTableModel::setTextFilter(const QString &text) {
    if (text.trimmed() == m_query.text)
        return;
    m_query.text = text.trimmed();
    reload();
}

void DealTableModel::setCompanyFilter(std::optional<Id> company) {
    if (company == m_query.company)
        return;
    m_query.company = company;
    reload();
}

void DealTableModel::setKindStatusFilter(const std::vector<FlowKind> &kinds,
                                         const std::vector<DealStatus> &statuses,
                                         std::optional<std::pair<int, int>> years) {
    FlowQuery q = m_query;
    // All of them: no condition.
    q.kinds = kinds.size() == allValues<FlowKind>().size() ? std::nullopt : std::optional(kinds);
    q.statuses =
        statuses.size() == allValues<DealStatus>().size() ? std::nullopt : std::optional(statuses);
    q.years = years;
    if (q == m_query)
        return;
    m_query = std::move(q);
    reload();
}

int DealTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_flows.size());
}

int DealTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int DealTableModel::rowOfFlow(Id flow) const {
    const auto it = std::find(m_flows.begin(), m_flows.end(), flow);
    return it == m_flows.end() ? -1 : int(it - m_flows.begin());
}

Id DealTableModel::flowIdAt(int row) const {
    return row >= 0 && size_t(row) < m_flows.size() ? m_flows[size_t(row)] : 0;
}

void DealTableModel::fetchPage(int page) const {
    Store *store = m_document->store();
    if (!store)
        return;
    const size_t first = size_t(page) * kPageSize;
    const size_t last = std::min(m_flows.size(), first + kPageSize);
    auto read = flowRows(*store, std::vector<Id>(m_flows.begin() + qsizetype(first),
                                                 m_flows.begin() + qsizetype(last)));
    if (!read)
        return; // the rows stay empty; the next page asked for tries again
    std::vector<Row> rows;
    rows.reserve(read->size());
    for (FlowRow &flowRow : *read) {
        Row r;
        static_cast<FlowRow &>(r) = std::move(flowRow);
        if (m_sources && r.dealId) {
            // The figure rules decide whether the row's figure is disputed.
            if (auto claims = store->claimsOfFlow(r.flowId); claims && !claims->empty()) {
                Flow flow;
                flow.id = r.flowId;
                flow.payerId = r.payerId;
                flow.payeeId = r.payeeId;
                flow.date = r.date;
                const analysis::Figure figure =
                    analysis::deriveFlowFigure(flow, *claims, *m_sources);
                r.disputed = figure.disputed;
                r.statusDisputed = figure.disagreements.contains(analysis::Disagreement::Status);
                r.explanation = figure.explanation;
            }
        }
        rows.push_back(std::move(r));
    }
    m_pages[page] = std::move(rows);
    m_pageOrder.push_front(page);
    while (m_pageOrder.size() > kMaxPages) {
        m_pages.erase(m_pageOrder.back());
        m_pageOrder.pop_back();
    }
}

const DealTableModel::Row *DealTableModel::rowAt(int row) const {
    if (row < 0 || size_t(row) >= m_flows.size())
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        fetchPage(page);
        it = m_pages.find(page);
        if (it == m_pages.end())
            return nullptr;
    } else if (m_pageOrder.front() != page) {
        m_pageOrder.remove(page);
        m_pageOrder.push_front(page);
    }
    const size_t offset = size_t(row % kPageSize);
    return offset < it->second.size() ? &it->second[offset] : nullptr;
}

QVariant DealTableModel::data(const QModelIndex &index, int role) const {
    const Row *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == FlowIdRole)
        return QVariant::fromValue(qint64(r->flowId));
    if (role == DealIdRole)
        return QVariant::fromValue(qint64(r->dealId));
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Sources))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == DisputedRole)
        return r->disputed;
    if (role == Qt::ToolTipRole && index.column() == Date && r->date.isApproximate())
        return tr("Approximate date");
    if (role == Qt::ToolTipRole && index.column() == Amount && r->disputed)
        return tr("Disputed: %1").arg(r->explanation);
    if (role == Qt::ToolTipRole && index.column() == Status && r->statusDisputed)
        return tr("The sources disagree on the status: %1").arg(r->explanation);
    if (role == Qt::ForegroundRole && index.column() == Status && r->statusDisputed)
        return toneColor(Tone::Bad, QGuiApplication::palette());
    if (role == Qt::ForegroundRole && index.column() == Amount && r->disputed)
        return toneColor(Tone::Bad, QGuiApplication::palette());
    if (role == Qt::ForegroundRole && index.column() == Amount && r->amount.isEmpty())
        return toneColor(Tone::Muted, QGuiApplication::palette());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return r->date.display();
    case DealTitle:
        return r->deal;
    case Payer:
        return r->payer;
    case Payee:
        return r->payee;
    case Kind:
        return displayName(r->kind);
    case Amount: {
        const QString amount = r->amount.isEmpty() ? tr("no amount") : r->amount;
        return r->disputed ? tr("⚠ %1").arg(amount) : amount;
    }
    case Status:
        return r->statusDisputed ? tr("⚠ %1").arg(displayName(r->status)) : displayName(r->status);
    case Sources:
        return r->sources;
    default:
        return {};
    }
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case DealTitle:
        return tr("Deal");
    case Payer:
        return tr("Payer");
    case Payee:
        return tr("Payee");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount (as stated)");
    case Status:
        return tr("Status");
    case Sources:
        return tr("Sources");
    default:
        return {};
    }
}

} // namespace ds::gui
