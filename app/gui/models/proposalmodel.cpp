// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposalmodel.h"

#include "ingest/importer.h"
#include "widgets/tones.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace ds::gui {

namespace {

// What the review says of a row that has no problem: what an amount is when it is not a
// payment, or that it is vague.
QString noteOf(const ingest::Proposal &p) {
    if (p.measure != ingest::Measure::Payment && p.measure != ingest::Measure::MarketValue)
        return ProposalModel::tr("%1: not a payment between two parties.")
            .arg(ingest::displayName(p.measure));
    if (p.measure == ingest::Measure::MarketValue)
        return ProposalModel::tr("A market value, read as a valuation.");
    if (p.vague)
        return ProposalModel::tr("No number: read as at least two.");
    return {};
}

QString reasonsText(const ingest::Proposal &p) {
    QStringList lines;
    for (const ingest::Reason r : p.reasons)
        lines << QStringLiteral("• ") + ingest::describe(r);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ProposalModel::ProposalModel(const ingest::CompanyDictionary *dictionary, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dictionary(dictionary) {
}

void ProposalModel::setProposals(std::vector<ingest::Proposal> proposals) {
    beginResetModel();
    m_rows.clear();
    for (ingest::Proposal &p : proposals) {
        Row row;
        row.figureText =
            p.money ? p.money->stated
                    : QStringLiteral("%1%").arg(QLocale::c().toString(p.percent.value_or(0)));
        row.dateText = p.date.toString();
        row.proposal = std::move(p);
        // Amounts the extractor is unsure of (a side guessed or missing, a share price,
        // revenue, a vague amount) are shown but start unchecked.
        row.accepted = !row.proposal.unsure();
        validate(row);
        m_rows.push_back(std::move(row));
    }
    endResetModel();
    emit acceptedCountChanged(acceptedCount());
}

std::vector<ingest::Proposal> ProposalModel::accepted() const {
    std::vector<ingest::Proposal> out;
    for (const Row &r : m_rows)
        if (r.accepted && r.problem.isEmpty())
            out.push_back(r.proposal);
    return out;
}

int ProposalModel::acceptedCount() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &r) { return r.accepted && r.problem.isEmpty(); }));
}

void ProposalModel::setAllAccepted(bool accepted) {
    for (Row &r : m_rows)
        r.accepted = accepted;
    if (!m_rows.empty())
        emit dataChanged(index(0, Accept), index(rowCount() - 1, Accept));
    emit acceptedCountChanged(acceptedCount());
}

int ProposalModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProposalModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

ingest::Party ProposalModel::partyNamed(const QString &name) const {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return {};
    if (const auto *entry = m_dictionary ? m_dictionary->lookup(trimmed) : nullptr)
        return {entry->fromDirectory ? std::nullopt : std::optional<Id>(entry->id), entry->name};
    return {std::nullopt, trimmed};
}

void ProposalModel::validate(Row &row) const {
    ingest::Proposal &p = row.proposal;
    row.problem.clear();
    if (p.attribute == ClaimAttribute::Stake) {
        QString text = row.figureText.trimmed();
        text.remove(QLatin1Char('%'));
        bool ok = false;
        const double value = QLocale::c().toDouble(text.trimmed(), &ok);
        p.money.reset();
        p.percent = ok ? std::optional(value) : std::nullopt;
        if (!ok)
            row.problem = tr("“%1” is not a percentage.").arg(row.figureText);
    } else {
        p.percent.reset();
        p.money = Money::parse(row.figureText);
        if (!p.money)
            row.problem = tr("“%1” is not an amount DealScope can read (e.g. $30 billion, up to "
                             "$5B, €15 million).")
                              .arg(row.figureText);
    }
    const auto date = PartialDate::parse(row.dateText.trimmed());
    if (!date)
        row.problem = tr("“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when "
                         "approximate).")
                          .arg(row.dateText);
    else
        p.date = *date;
    if (row.problem.isEmpty())
        row.problem = ingest::proposalProblem(p);
    if (m_joinFinder && row.problem.isEmpty() && p.attribute == ClaimAttribute::Amount) {
        ingest::Proposal joining = p;
        joining.newDeal = false;
        row.join = m_joinFinder(joining);
    } else {
        row.join.reset();
    }
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const ingest::Proposal &p = r.proposal;
    auto partyText = [](const ingest::Party &party) {
        if (party.isEmpty())
            return QString();
        return party.isNew() ? tr("%1 (new)").arg(party.name) : party.name;
    };
    const bool flowClaim = p.attribute == ClaimAttribute::Amount;
    if (role == Qt::CheckStateRole && index.column() == Accept)
        return r.accepted && r.problem.isEmpty() ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::CheckStateRole && index.column() == Joins && flowClaim && r.join)
        return p.newDeal ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Figure:
            return r.figureText;
        case Attribute:
            return int(p.attribute);
        case Payer:
            return p.payer.name;
        case Payee:
            return p.payee.name;
        case Kind:
            return int(p.kind);
        case Status:
            return int(p.status);
        case Date:
            return r.dateText;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Figure:
            return r.figureText;
        case Attribute:
            return p.measure != ingest::Measure::Payment ? ingest::displayName(p.measure)
                                                         : displayName(p.attribute);
        case Payer:
            return partyText(p.payer);
        case Payee:
            return partyText(p.payee);
        case Kind:
            return flowClaim ? displayName(p.kind) : QString();
        case Status:
            return flowClaim ? displayName(p.status) : QString();
        case Date:
            return p.date.isNull() ? QString() : p.date.display();
        case Confidence:
            return ingest::displayName(p.confidence());
        case Joins:
            if (!flowClaim)
                return QString();
            if (!r.join || p.newDeal)
                return tr("New deal");
            return r.join->reversed ? tr("%1 (direction dispute)").arg(r.join->flow) : r.join->flow;
        case Problem:
            return !r.problem.isEmpty() ? r.problem : noteOf(p);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Confidence)
            return reasonsText(p);
        if (index.column() == Joins && flowClaim)
            return !r.join ? tr("No flow of the file matches: accepting makes a new deal.")
                   : p.newDeal
                       ? tr("Check to add it to the existing flow %1 instead.").arg(r.join->flow)
                       : tr("Adds to the existing flow %1; uncheck to make a new deal instead.")
                             .arg(r.join->flow);
        if (index.column() == Status && flowClaim)
            return p.statusStated
                       ? tr("The sentence states it: the claim records this status, and a "
                            "source that states another makes a status dispute.")
                       : tr("Assumed: the sentence does not state the status, so the claim "
                            "records none. Choose one to record it.");
        if (index.column() == Problem || !r.problem.isEmpty())
            return r.problem.isEmpty() ? noteOf(p) : r.problem;
        if (index.column() == Payer)
            return p.attribute == ClaimAttribute::Amount ? tr("Who pays")
                                                         : tr("The company the figure is about");
        if (index.column() == Payee)
            return p.attribute == ClaimAttribute::Amount ? tr("Who is paid")
                                                         : tr("The counterparty, if any");
        return p.quote.exact;
    }
    if (role == Qt::ForegroundRole && index.column() == Problem)
        return toneColor(r.problem.isEmpty() ? Tone::Muted : Tone::Bad, QGuiApplication::palette());
    if (role == Qt::ForegroundRole && index.column() == Status && !p.statusStated)
        return toneColor(Tone::Muted, QGuiApplication::palette());
    if (role == Qt::ForegroundRole && index.column() == Confidence &&
        p.confidence() == ingest::Confidence::Low)
        return toneColor(Tone::Bad, QGuiApplication::palette());
    if (role == Qt::AccessibleTextRole && index.column() == Accept)
        return r.accepted ? tr("Accepted") : tr("Not accepted");
    return {};
}

bool ProposalModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    Row &r = m_rows[size_t(index.row())];
    ingest::Proposal &p = r.proposal;
    if (role == Qt::CheckStateRole && index.column() == Accept) {
        r.accepted = value.toInt() == Qt::Checked;
    } else if (role == Qt::CheckStateRole && index.column() == Joins) {
        p.newDeal = value.toInt() != Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Figure:
            r.figureText = value.toString();
            break;
        case Attribute:
            p.attribute = ClaimAttribute(value.toInt());
            p.measure = ingest::Measure::Payment; // the user says what it is
            if (p.attribute == ClaimAttribute::Stake && !r.figureText.contains(QLatin1Char('%')))
                r.figureText += QLatin1Char('%');
            break;
        case Payer:
            p.payer = partyNamed(value.toString());
            break;
        case Payee:
            p.payee = partyNamed(value.toString());
            break;
        case Kind:
            p.kind = FlowKind(value.toInt());
            break;
        case Status:
            p.status = DealStatus(value.toInt());
            p.statusStated = true; // the reviewer says so: the claim records it
            break;
        case Date:
            r.dateText = value.toString();
            break;
        default:
            return false;
        }
        // Editing a row means the user wants it.
        r.accepted = true;
    } else {
        return false;
    }
    validate(r);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit acceptedCountChanged(acceptedCount());
    return true;
}

Qt::ItemFlags ProposalModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Row &r = m_rows[size_t(index.row())];
    const bool flowClaim = r.proposal.attribute == ClaimAttribute::Amount;
    switch (index.column()) {
    case Accept:
        if (r.problem.isEmpty())
            f |= Qt::ItemIsUserCheckable;
        break;
    case Kind:
    case Status:
        if (flowClaim)
            f |= Qt::ItemIsEditable;
        break;
    case Joins:
        if (flowClaim && r.join)
            f |= Qt::ItemIsUserCheckable;
        break;
    case Problem:
    case Confidence:
        break;
    default:
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ProposalModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Accept:
        return tr("Accept");
    case Figure:
        return tr("Figure");
    case Attribute:
        return tr("What");
    case Payer:
        return tr("Payer / company");
    case Payee:
        return tr("Payee / counterparty");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Date:
        return tr("Date");
    case Confidence:
        return tr("Confidence");
    case Joins:
        return tr("Joins");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace ds::gui
