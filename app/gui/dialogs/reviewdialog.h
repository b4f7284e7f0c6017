// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/article.h"
#include "ingest/importer.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ds::gui {

class Document;
class ProposalModel;

/// Reviewing an article before it joins the file: its metadata (proposed, editable), its text
/// with the figures, companies and dates found highlighted, and a table of proposed claims to
/// edit, accept or reject. Accepting adds the article and the accepted claims in one
/// transaction; each claim joins an existing flow when payer, payee, kind and date match.
class ReviewDialog : public QDialog {
    Q_OBJECT
public:
    ReviewDialog(Document *document, ingest::Article article, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    ProposalModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *textView() const { return m_text; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *publishedEdit() const { return m_published; }
    bool isExtracting() const { return m_watcher.isRunning(); }
    /// After accepting: the source and what each claim did.
    const ingest::ImportResult &importResult() const { return m_result; }

    /// Adds the article and the checked claims (the dialog's main button).
    bool importAccepted();
    /// Adds the article without claims.
    bool importArticleOnly();

signals:
    void extracted();

private:
    void startExtraction();
    void showExtraction();
    void showFigure(int row);
    void updateButtons();
    bool import(const std::vector<ingest::Proposal> &proposals);
    std::optional<ingest::ArticleMetadata> metadata();

    Document *m_document;
    ingest::Article m_article;
    std::shared_ptr<const ingest::CompanyDictionary> m_dictionary;
    std::optional<Id> m_duplicateOf;
    ProposalModel *m_model;
    QLineEdit *m_title;
    QLineEdit *m_publisher;
    QLineEdit *m_cites;
    QLineEdit *m_author;
    QLineEdit *m_url;
    QLineEdit *m_published;
    QLabel *m_notice;
    QLabel *m_status;
    QLabel *m_why = nullptr;
    QLineEdit *m_language = nullptr;
    QPlainTextEdit *m_text;
    QTableView *m_table;
    QPushButton *m_acceptButton;
    QPushButton *m_onlyButton;
    QFutureWatcher<ingest::Extraction> m_watcher;
    ingest::Extraction m_extraction;
    ingest::ImportResult m_result;
    bool m_edited = false;
};

} // namespace ds::gui
