// SPDX-License-Identifier: GPL-3.0-or-later
#include "disputesview.h"

#include "domain/moneydisplay.h"

#include "analysis/figureset.h"
#include "document.h"
#include "selection.h"
#include "store/store.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "background.h"

#include <map>

namespace ds::gui {

using namespace analysis;

DisputesModel::DisputesModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_loader(
          this,
          [this](Result<std::vector<Row>> rows) {
              beginResetModel();
              m_error = rows.errorMessage();
              m_rows = rows ? std::move(*rows) : std::vector<Row>();
              endResetModel();
              emit loaded();
          },
          analysisPool()) {
    connect(document, &Document::opened, this, &DisputesModel::reload);
    connect(document, &Document::changed, this, &DisputesModel::reload);
    reload();
}

DisputesModel::~DisputesModel() = default; // closing does not wait for a million figures

Result<std::vector<DisputesModel::Row>> DisputesModel::compute(Store &store,
                                                               const Cancelled &cancelled) {
    std::vector<Row> rows;
    auto set = FigureSet::load(store);
    if (!set)
        return set.error();
    const Status walked = set->forEachDisputed(
        [&](const FigureRecord &r) {
            Row row;
            const Figure &f = r.figure;
            if (r.flow) {
                row.subject = QStringLiteral("%1 · %2").arg(set->flowLabel(*r.flow),
                                                            displayName(r.flow->kind));
                row.flowId = r.flow->id;
                if (auto deal = store.deal(r.flow->dealId))
                    row.deal = deal->title;
            } else if (f.subject == Figure::Subject::DealTotal) {
                row.subject = DisputesModel::tr("Headline total");
                row.deal = r.deal ? r.deal->title : QString();
            } else {
                row.subject = QStringLiteral("%1 · %2").arg(set->companyName(f.subjectId),
                                                            displayName(f.attribute));
                row.companyId = f.subjectId;
            }
            QStringList kinds;
            for (Disagreement d : f.disagreements)
                kinds << displayName(d);
            row.disagreements = kinds.join(QStringLiteral(", "));
            if (f.value) {
                row.low = f.value->minUsd;
                row.high = f.value->maxUsd.value_or(f.value->minUsd);
            }
            // The sides: each distinct statement with the sources that make it; the stages of
            // the deal that sources state, apart, when they disagree on it.
            std::map<QString, QStringList> sides, stages;
            const bool statusDisputed = f.disagreements.contains(Disagreement::Status);
            auto add = [&](std::map<QString, QStringList> &into, const QString &statement,
                           const Claim &c) {
                QStringList &who = into[statement];
                const QString label = set->sources().label(c.sourceId);
                if (!who.contains(label))
                    who << label;
            };
            for (const ClaimAssessment &a : f.claims) {
                if (a.verdict == Verdict::NotCounted)
                    continue;
                if (statusDisputed && a.claim.statedStatus)
                    add(stages, displayName(*a.claim.statedStatus), a.claim);
                if (!a.claim.money && statusDisputed && a.claim.statedStatus)
                    continue; // says only the stage
                QString statement =
                    a.claim.money ? displayMoney(*a.claim.money) : displayName(a.claim.attribute);
                if (a.conflicts.contains(Disagreement::Direction) ||
                    a.conflicts.contains(Disagreement::Attribution))
                    statement += DisputesModel::tr(" (%1 pays %2)")
                                     .arg(set->companyName(a.claim.statedPayerId.value_or(0)),
                                          set->companyName(a.claim.statedPayeeId.value_or(0)));
                add(sides, statement, a.claim);
            }
            auto joined = [](const std::map<QString, QStringList> &of) {
                QStringList texts;
                for (const auto &[statement, who] : of)
                    texts << QStringLiteral("%1: %2").arg(statement,
                                                          who.join(QStringLiteral(", ")));
                return texts.join(QStringLiteral(" | "));
            };
            row.sides = joined(sides);
            if (!stages.empty())
                row.sides += (row.sides.isEmpty() ? QString() : QStringLiteral(" · ")) +
                             DisputesModel::tr("status: %1").arg(joined(stages));
            row.explanation = f.explanation;
            rows.push_back(std::move(row));
            return !cancelled();
        },
        cancelled);
    if (!walked)
        return walked.error();
    return rows;
}

void DisputesModel::reload() {
    if (m_document->isOpen())
        m_loader.start(m_document->path(), &DisputesModel::compute);
}

int DisputesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisputesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == FlowIdRole)
        return QVariant::fromValue(qint64(r.flowId));
    if (role == CompanyIdRole)
        return QVariant::fromValue(qint64(r.companyId));
    if (role == SortRole && index.column() == Spread)
        return QVariant::fromValue(qint64(r.high - r.low));
    if (role == Qt::ToolTipRole)
        return r.explanation;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Subject:
        return r.subject;
    case Deal:
        return r.deal;
    case Disagreements:
        return r.disagreements;
    case Spread:
        return r.low == r.high ? displayUsd(r.low)
                               : QStringLiteral("%1–%2").arg(displayUsd(r.low), displayUsd(r.high));
    case Sides:
        return r.sides;
    case Explanation:
        return r.explanation;
    default:
        return {};
    }
}

QVariant DisputesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Subject:
        return tr("Figure");
    case Deal:
        return tr("Deal");
    case Disagreements:
        return tr("Disagree on");
    case Spread:
        return tr("Spread");
    case Sides:
        return tr("Sources on each side");
    case Explanation:
        return tr("Explanation");
    default:
        return {};
    }
}

DisputesDock::DisputesDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Disputes"), parent)
    , m_model(new DisputesModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_status(new QLabel) {
    setObjectName(QStringLiteral("disputesDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DisputesModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DisputesModel::Spread, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(DisputesModel::Sides, QHeaderView::Stretch);
    m_view->setColumnWidth(DisputesModel::Subject, 240);
    m_view->setColumnWidth(DisputesModel::Deal, 220);
    m_view->setColumnWidth(DisputesModel::Disagreements, 110);
    m_view->setColumnHidden(DisputesModel::Explanation, true);
    m_view->setAccessibleName(tr("Disputed figures"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setWidget(body);
    connect(m_model, &DisputesModel::loaded, this, [this] {
        m_status->setText(
            !m_model->error().isEmpty()
                ? tr("The disputes cannot be worked out: %1").arg(m_model->error())
                : tr("%n disputed figure(s) — the sources disagree on an amount, on who pays "
                     "whom, on a date, on the status or on whether a deal exists.",
                     nullptr, m_model->rowCount()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [selection](const QModelIndex &index) {
                const Id flow = index.data(DisputesModel::FlowIdRole).toLongLong();
                const Id company = index.data(DisputesModel::CompanyIdRole).toLongLong();
                if (flow)
                    selection->setFlow(flow, std::nullopt);
                else if (company)
                    selection->setCompany(company);
            });
}

} // namespace ds::gui
