// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/disputesmodel.h"

#include "analysis/figureset.h"
#include "document/background.h"
#include "document/document.h"
#include "domain/moneydisplay.h"
#include "store/store.h"

#include <map>

namespace ds::gui {

using namespace analysis;

DisputesModel::DisputesModel(Document *document, QObject *parent)
    : ResultTableModel(parent)
    , m_document(document)
    , m_loader(
          this, [this](Result<std::vector<Row>> rows) { adopt(m_rows, std::move(rows)); },
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

} // namespace ds::gui
