// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/extraction.h"

#include <QAbstractTableModel>

#include <functional>

namespace ds::gui {

/// The figures proposed from one article, for review: each can be edited (amount as stated,
/// what it is, payer, payee, kind, status, date), checked for accepting or unchecked. Edits
/// are validated at once: a row that cannot become a claim says why in its last column and
/// cannot be checked.
class ProposalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Accept,
        Confidence, ///< how sure the extractor is; the tooltip says why
        Figure,
        Attribute, ///< what the figure is: an amount, a valuation… or a share price, revenue
        Payer,
        Payee,
        Kind,
        Status,
        Date,
        Joins, ///< the existing flow the row joins (checked), or a new deal
        Problem,
        ColumnCount
    };

    /// The existing flow a proposal would join: its description, and whether the proposal
    /// states the other direction (a direction dispute); nothing for a new deal.
    struct Join {
        QString flow;
        bool reversed = false;
    };
    using JoinFinder = std::function<std::optional<Join>(const ingest::Proposal &)>;

    ProposalModel(const ingest::CompanyDictionary *dictionary, QObject *parent = nullptr);
    /// How rows find the flow they join (the file's flows); without it every row is new.
    void setJoinFinder(JoinFinder finder) { m_joinFinder = std::move(finder); }

    void setProposals(std::vector<ingest::Proposal> proposals);
    const ingest::Proposal &proposal(int row) const { return m_rows[size_t(row)].proposal; }
    /// The checked proposals, in text order.
    std::vector<ingest::Proposal> accepted() const;
    int acceptedCount() const;
    void setAllAccepted(bool accepted);
    /// Why the row cannot become a claim as it stands, or an empty string.
    QString problem(int row) const { return m_rows[size_t(row)].problem; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void acceptedCountChanged(int count);

private:
    struct Row {
        ingest::Proposal proposal;
        QString figureText; // as the user typed it (or as the article states it)
        QString dateText;
        bool accepted = true;
        QString problem;
        std::optional<Join> join; // what it would join, were it not a new deal
    };
    void validate(Row &row) const;
    ingest::Party partyNamed(const QString &name) const;

    const ingest::CompanyDictionary *m_dictionary;
    JoinFinder m_joinFinder;
    std::vector<Row> m_rows;
};

} // namespace ds::gui
