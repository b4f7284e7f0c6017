// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealtablemodel.h"

#include "analysis/figures.h"
#include "document.h"
#include "store/store.h"
#include "tones.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QtConcurrent>

namespace ds::gui {

namespace {

// Sort keys read without joins: with a million deals a join of flows, deals and companies
// costs seconds, while the default order (date) is read straight from an index.
QString orderBy(int column, Qt::SortOrder order) {
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString key;
    switch (column) {
    case DealTableModel::DealTitle:
        key = QStringLiteral("(SELECT d.title FROM deals d WHERE d.id = f.deal_id) COLLATE NOCASE");
        break;
    case DealTableModel::Payer:
        key = QStringLiteral("(SELECT c.name FROM companies c WHERE c.id = f.payer_id) COLLATE "
                             "NOCASE");
        break;
    case DealTableModel::Payee:
        key = QStringLiteral("(SELECT c.name FROM companies c WHERE c.id = f.payee_id) COLLATE "
                             "NOCASE");
        break;
    case DealTableModel::Kind:
        key = QStringLiteral("f.kind");
        break;
    case DealTableModel::Amount:
        key = QStringLiteral("(SELECT max(coalesce(c.usd_max, c.usd_min)) FROM claims c WHERE "
                             "c.flow_id = f.id AND c.attribute = 'amount')");
        break;
    case DealTableModel::Status:
        key = QStringLiteral("(SELECT d.status FROM deals d WHERE d.id = f.deal_id)");
        break;
    case DealTableModel::Sources:
        key = QStringLiteral("(SELECT count(DISTINCT c.source_id) FROM claims c WHERE c.flow_id "
                             "= f.id)");
        break;
    case DealTableModel::Date:
    default:
        key = QStringLiteral("f.date_sort");
        break;
    }
    return QStringLiteral("%1 %2, f.id %2").arg(key, dir);
}

QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

DealTableModel::DealTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    connect(&m_watcher, &QFutureWatcher<std::vector<Id>>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation)
            return; // a newer query is on its way
        beginResetModel();
        m_ids = m_watcher.result();
        m_pages.clear();
        m_pageOrder.clear();
        endResetModel();
        m_loading = false;
        emit loadingChanged(false);
        emit loaded();
    });
    auto loadSources = [this] {
        m_sources.reset();
        if (Store *store = m_document->store())
            if (auto index = analysis::SourceIndex::load(*store))
                m_sources = std::move(*index);
    };
    connect(document, &Document::opened, this, [this, loadSources] {
        m_rowStatement.reset();
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

DealTableModel::~DealTableModel() {
    m_watcher.waitForFinished();
}

std::vector<Id> DealTableModel::loadIds(const QString &path, const Query &q,
                                        std::shared_ptr<std::atomic<int>> latest, int generation) {
    // A connection of this thread's own; a newer query interrupts this one.
    auto store = Store::open(path, Store::OpenMode::Existing);
    if (!store)
        return {};
    struct Context {
        std::atomic<int> *latest;
        int generation;
    } context{latest.get(), generation};
    store->db().setProgressHandler(
        10000,
        [](void *c) -> int {
            const auto *ctx = static_cast<Context *>(c);
            return ctx->latest->load() != ctx->generation ? 1 : 0;
        },
        &context);
    QStringList where;
    if (!q.text.isEmpty())
        where << QStringLiteral(
            "(f.deal_id IN (SELECT id FROM deals WHERE title LIKE ?1 ESCAPE '\\') OR "
            "f.payer_id IN (SELECT id FROM companies WHERE name LIKE ?1 ESCAPE '\\') OR "
            "f.payee_id IN (SELECT id FROM companies WHERE name LIKE ?1 ESCAPE '\\'))");
    if (q.company)
        where << QStringLiteral("(f.payer_id = ?2 OR f.payee_id = ?2)");
    // Tokens come from the enums, never from the user.
    if (!q.kinds.isEmpty())
        where << QStringLiteral("f.kind IN ('%1')").arg(q.kinds.join(QStringLiteral("','")));
    if (!q.statuses.isEmpty())
        where << QStringLiteral("f.deal_id IN (SELECT id FROM deals WHERE status IN ('%1'))")
                     .arg(q.statuses.join(QStringLiteral("','")));
    if (q.years)
        where << QStringLiteral("f.date_sort BETWEEN %1 AND %2")
                     .arg(q.years->first * 10000)
                     .arg(q.years->second * 10000 + 9999);
    const QString sql =
        QStringLiteral("SELECT f.id FROM flows f %1 ORDER BY %2")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 orderBy(q.column, q.order));
    auto st = sql::Statement::prepare(store->db(), sql);
    if (!st)
        return {};
    if (!q.text.isEmpty())
        st->bind(1, likePattern(q.text));
    if (q.company)
        st->bind(2, *q.company);
    std::vector<Id> ids;
    while (st->next())
        ids.push_back(st->int64(0));
    return ids;
}

void DealTableModel::reload() {
    if (!m_document->isOpen())
        return;
    ++m_generation;
    m_latest->store(m_generation);
    m_loading = true;
    emit loadingChanged(true);
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(QtConcurrent::run(&DealTableModel::loadIds, m_document->path(), m_query,
                                          m_latest, m_generation));
}

void DealTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.column = column;
    m_query.order = order;
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
    QStringList kindTokens, statusTokens;
    if (kinds.size() != allValues<FlowKind>().size())
        for (FlowKind k : kinds)
            kindTokens << token(k);
    if (statuses.size() != allValues<DealStatus>().size())
        for (DealStatus s : statuses)
            statusTokens << token(s);
    // Nothing shown at all: a filter that matches no row.
    if (kinds.empty())
        kindTokens << QStringLiteral("none");
    if (statuses.empty())
        statusTokens << QStringLiteral("none");
    if (kindTokens == m_query.kinds && statusTokens == m_query.statuses && years == m_query.years)
        return;
    m_query.kinds = kindTokens;
    m_query.statuses = statusTokens;
    m_query.years = years;
    reload();
}

int DealTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DealTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int DealTableModel::rowOfFlow(Id flow) const {
    const auto it = std::find(m_ids.begin(), m_ids.end(), flow);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

Id DealTableModel::flowIdAt(int row) const {
    return row >= 0 && size_t(row) < m_ids.size() ? m_ids[size_t(row)] : 0;
}

void DealTableModel::fetchPage(int page) const {
    Store *store = m_document->store();
    if (!store)
        return;
    if (!m_rowStatement) {
        auto st = sql::Statement::prepare(
            store->db(),
            QStringLiteral(
                "SELECT f.id, f.deal_id, f.date, d.title, p.name, q.name, f.kind, "
                "(SELECT c.stated FROM claims c WHERE c.flow_id = f.id AND c.attribute = "
                "'amount' ORDER BY CASE c.rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 "
                "ELSE 2 END, c.stated GLOB '*[0-9]*' DESC, c.id LIMIT 1), "
                "d.status, (SELECT count(DISTINCT c.source_id) FROM claims c WHERE c.flow_id = "
                "f.id), f.payer_id, f.payee_id "
                "FROM flows f JOIN deals d ON d.id = f.deal_id JOIN companies p ON p.id = "
                "f.payer_id JOIN companies q ON q.id = f.payee_id WHERE f.id = ?"));
        if (!st)
            return;
        m_rowStatement = std::move(*st);
    }
    std::vector<Row> rows;
    const size_t first = size_t(page) * kPageSize;
    const size_t last = std::min(m_ids.size(), first + kPageSize);
    rows.reserve(last - first);
    sql::Statement &st = *m_rowStatement;
    for (size_t i = first; i < last; ++i) {
        st.reset();
        st.bind(1, m_ids[i]);
        Row r;
        r.flowId = m_ids[i];
        if (st.next()) {
            r.dealId = st.int64(1);
            r.payerId = st.int64(10);
            r.payeeId = st.int64(11);
            r.date = PartialDate::parse(st.text(2)).value_or(PartialDate());
            r.deal = st.text(3);
            r.payer = st.text(4);
            r.payee = st.text(5);
            r.kind = fromToken<FlowKind>(st.text(6)).value_or(FlowKind::Equity);
            r.amount = st.text(7);
            r.status = fromToken<DealStatus>(st.text(8)).value_or(DealStatus::Announced);
            r.sources = st.integer(9);
        }
        if (m_sources) {
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
    st.reset();
    m_pages[page] = std::move(rows);
    m_pageOrder.push_front(page);
    while (m_pageOrder.size() > kMaxPages) {
        m_pages.erase(m_pageOrder.back());
        m_pageOrder.pop_back();
    }
}

const DealTableModel::Row *DealTableModel::rowAt(int row) const {
    if (row < 0 || size_t(row) >= m_ids.size())
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
