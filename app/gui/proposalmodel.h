// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/extraction.h"

#include <QAbstractTableModel>

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
        Figure,
        Attribute,
        Payer,
        Payee,
        Kind,
        Status,
        Date,
        Confidence, ///< how sure the extractor is; the tooltip says why
        Problem,
        ColumnCount
    };

    ProposalModel(const ingest::CompanyDictionary *dictionary, QObject *parent = nullptr);

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
    };
    void validate(Row &row) const;
    ingest::Party partyNamed(const QString &name) const;

    const ingest::CompanyDictionary *m_dictionary;
    std::vector<Row> m_rows;
};

} // namespace ds::gui
