// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ds {
class Store;
}

namespace ds::gui {

/// Enters or edits a claim by hand: which source says it, what it says, whether it supports or
/// contradicts, and the sentence it says it in. On a flow: an amount, a date or that the flow
/// exists, and who the source says pays whom when it says so; on a deal: its headline total;
/// on a company: its valuation, a stake (a percentage, with the company held) or a total
/// invested (with the company invested in). A quote must stand in the source's text when the
/// source has one.
class ClaimDialog : public QDialog {
    Q_OBJECT
public:
    /// `claim` gives the target (its flow, deal or company) and may preselect a source; a claim
    /// with an id is edited (its values fill the fields).
    ClaimDialog(Store &store, Claim claim, const QString &what, QWidget *parent = nullptr);
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *attributeBox() const { return m_attribute; }
    QComboBox *stanceBox() const { return m_stance; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *percentEdit() const { return m_percent; }
    QComboBox *counterpartyBox() const { return m_counterparty; }
    QComboBox *statedPayerBox() const { return m_statedPayer; }
    QComboBox *statedPayeeBox() const { return m_statedPayee; }
    QComboBox *statedStatusBox() const { return m_statedStatus; }
    QPlainTextEdit *quoteEdit() const { return m_quote; }
    QLabel *message() const { return m_message; }
    /// The claim as entered; empty while something is wrong.
    std::optional<Claim> claim() const;

private:
    void validate();
    std::optional<Id> sourceId() const;
    std::optional<double> percent() const;
    /// The fields as a claim, whether or not they are valid.
    Claim entered() const;
    QString problem() const;

    Store &m_store;
    Claim m_claim;
    std::vector<Id> m_sourceIds; // by row of the source box
    QComboBox *m_source;
    QComboBox *m_attribute;
    QComboBox *m_stance;
    QLineEdit *m_amount;
    QLineEdit *m_date;
    QLineEdit *m_percent;
    QComboBox *m_counterparty;
    QComboBox *m_statedPayer;
    QComboBox *m_statedPayee;
    QComboBox *m_statedStatus; // the deal's status as the source states it, or "not stated"
    QPlainTextEdit *m_quote;
    QLineEdit *m_note;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace ds::gui
