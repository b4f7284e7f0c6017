// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reviewdialog.h"

#include "commands/rowscommand.h"
#include "document/document.h"
#include "models/proposalmodel.h"
#include "store/store.h"
#include "widgets/proposaldelegate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ds::gui {

namespace {

// Highlight colours that read on light and dark palettes (text drawn in black on them).
const QColor kMoneyColour(0xff, 0xd5, 0x4f);
const QColor kCompanyColour(0x90, 0xca, 0xf9);
const QColor kDateColour(0xa5, 0xd6, 0xa7);

QTextEdit::ExtraSelection highlight(QPlainTextEdit *edit, const ingest::TextSpan &span,
                                    const QColor &colour) {
    QTextEdit::ExtraSelection s;
    s.cursor = QTextCursor(edit->document());
    s.cursor.setPosition(span.start);
    s.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
    s.format.setBackground(colour);
    s.format.setForeground(Qt::black);
    return s;
}

QString swatch(const QColor &colour, const QString &label) {
    return QStringLiteral("<span style=\"background:%1;color:black\">&nbsp;%2&nbsp;</span>")
        .arg(colour.name(), label.toHtmlEscaped());
}

} // namespace

ReviewDialog::ReviewDialog(Document *document, ingest::Article article, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_article(std::move(article)) {
    setWindowTitle(tr("Review Article — %1").arg(m_article.name));
    setAccessibleName(tr("Review article"));
    resize(1100, 700);
    auto dictionary = std::make_shared<ingest::CompanyDictionary>();
    QStringList names;
    if (Store *store = m_document->store()) {
        // One read of the companies serves the dictionary and the payer/payee lists.
        if (auto companies = store->companies())
            for (const Company &c : *companies) {
                dictionary->add(c);
                names << c.name;
            }
        if (auto dup = store->sourceIdByTextHash(ingest::textHash(m_article.text)); dup && *dup)
            m_duplicateOf = **dup;
    }
    // The directory's companies too: what the file does not know yet is still found.
    dictionary->addDirectory();
    m_dictionary = dictionary;
    m_model = new ProposalModel(m_dictionary.get(), this);
    m_model->setJoinFinder([this](const ingest::Proposal &p) -> std::optional<ProposalModel::Join> {
        Store *store = m_document->store();
        if (!store)
            return std::nullopt;
        auto match = ingest::flowFor(*store, p);
        if (!match || !*match)
            return std::nullopt;
        return ProposalModel::Join{ingest::describeMatch(*store, **match), (*match)->reversed};
    });

    // Metadata.
    const ingest::ArticleMetadata &meta = m_article.proposed;
    m_title = new QLineEdit(meta.title.isEmpty() ? m_article.name : meta.title, this);
    m_publisher = new QLineEdit(meta.publisher, this);
    m_publisher->setPlaceholderText(tr("unknown"));
    m_author = new QLineEdit(meta.author, this);
    m_author->setPlaceholderText(tr("unknown"));
    m_cites = new QLineEdit(meta.cites, this);
    m_cites->setPlaceholderText(tr("the outlet the article reports, if any"));
    m_url = new QLineEdit(meta.url, this);
    m_url->setPlaceholderText(tr("unknown (nothing is fetched)"));
    m_published = new QLineEdit(meta.published.toString(), this);
    m_published->setPlaceholderText(tr("e.g. 2025-11-18, 2025-11 or 2025-11~"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Publisher"), m_publisher);
    form->addRow(tr("A&uthor"), m_author);
    form->addRow(tr("&Relies on"), m_cites);
    form->addRow(tr("&Address"), m_url);
    form->addRow(tr("Pu&blished"), m_published);
    // The language the page declares, kept with the source; its name beside the code.
    m_language = new QLineEdit(meta.language, this);
    m_language->setPlaceholderText(tr("unknown"));
    m_language->setAccessibleName(tr("Language"));
    auto *languageName = new QLabel(this);
    auto showLanguage = [this, languageName] {
        const QLocale language(m_language->text().trimmed());
        languageName->setText(m_language->text().trimmed().isEmpty() ||
                                      language.language() == QLocale::C
                                  ? QString()
                                  : QLocale::languageToString(language.language()));
    };
    showLanguage();
    connect(m_language, &QLineEdit::textChanged, this, showLanguage);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageName, 1);
    form->addRow(tr("&Language"), languageRow);
    m_title->setAccessibleName(tr("Title"));
    m_publisher->setAccessibleName(tr("Publisher"));
    m_author->setAccessibleName(tr("Author"));
    m_cites->setAccessibleName(tr("Relies on"));
    m_url->setAccessibleName(tr("Address"));
    m_published->setAccessibleName(tr("Publication date"));

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    QStringList notices = m_article.warnings;
    if (m_duplicateOf) {
        int claims = 0;
        if (Store *store = m_document->store())
            if (auto existing = store->claimsOfSource(*m_duplicateOf))
                claims = int(existing->size());
        notices << tr("This article is already in the file (source %1, with %2 claims): it is "
                      "not added twice; checked figures are added to it.")
                       .arg(*m_duplicateOf)
                       .arg(claims);
        for (QLineEdit *edit :
             {m_title, m_publisher, m_author, m_cites, m_url, m_published, m_language})
            edit->setReadOnly(true);
    }
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());

    // The text and the table side by side.
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setPlainText(m_article.text);
    m_text->setAccessibleName(tr("Article text"));
    auto *legend = new QLabel(tr("Found: %1 %2 %3")
                                  .arg(swatch(kMoneyColour, tr("amounts")),
                                       swatch(kCompanyColour, tr("companies")),
                                       swatch(kDateColour, tr("dates"))),
                              this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_text);
    leftLayout->addWidget(legend);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ProposalDelegate(names, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Proposed claims"));
    auto *all = new QPushButton(tr("Check &All"), this);
    auto *none = new QPushButton(tr("Check &None"), this);
    m_status = new QLabel(tr("Finding figures…"), this);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(all);
    tableButtons->addWidget(none);
    tableButtons->addWidget(m_status, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(tableButtons);
    rightLayout->addWidget(m_table, 1);
    // Why the selected row says what it says, and what it would join.
    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->setAccessibleName(tr("Why this figure"));
    rightLayout->addWidget(m_why);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(this);
    m_acceptButton = buttons->addButton(m_duplicateOf ? tr("Add &Checked Figures to It")
                                                      : tr("Add Article and &Checked Figures"),
                                        QDialogButtonBox::AcceptRole);
    m_acceptButton->setDefault(true);
    m_acceptButton->setToolTip(tr("Ctrl+Return"));
    m_onlyButton = buttons->addButton(tr("Add Article &Only"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(all, &QPushButton::clicked, this, [this] { m_model->setAllAccepted(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->setAllAccepted(false); });
    connect(m_model, &ProposalModel::acceptedCountChanged, this, &ReviewDialog::updateButtons);
    connect(m_model, &ProposalModel::dataChanged, this, [this] { m_edited = true; });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFigure(current.row()); });
    connect(m_acceptButton, &QPushButton::clicked, this, [this] {
        if (importAccepted())
            accept();
    });
    connect(m_onlyButton, &QPushButton::clicked, this, [this] {
        if (importArticleOnly())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, m_acceptButton, &QPushButton::click);
    connect(&m_watcher, &QFutureWatcher<ingest::Extraction>::finished, this,
            &ReviewDialog::showExtraction);
    // Relative dates ("on Tuesday") depend on the publication date: find them again when it
    // changes, unless the user has already edited proposals.
    connect(m_published, &QLineEdit::editingFinished, this, [this] {
        if (!m_edited && PartialDate::parse(m_published->text().trimmed()))
            startExtraction();
    });
    startExtraction();
}

ReviewDialog::~ReviewDialog() {
    m_watcher.waitForFinished();
}

void ReviewDialog::startExtraction() {
    if (m_watcher.isRunning())
        return;
    ingest::ExtractionOptions options;
    options.published = PartialDate::parse(m_published->text().trimmed()).value_or(PartialDate());
    m_status->setText(tr("Finding figures…"));
    m_acceptButton->setEnabled(false);
    m_watcher.setFuture(
        QtConcurrent::run([text = m_article.text, dictionary = m_dictionary, options] {
            return ingest::extract(text, *dictionary, options);
        }));
}

void ReviewDialog::showExtraction() {
    m_extraction = m_watcher.result();
    m_model->setProposals(m_extraction.proposals);
    m_edited = false;
    m_table->resizeColumnsToContents();
    QList<QTextEdit::ExtraSelection> selections;
    for (const ingest::CompanyMention &c : m_extraction.companies)
        selections << highlight(m_text, c.span, kCompanyColour);
    for (const ingest::DateMention &d : m_extraction.dates)
        selections << highlight(m_text, d.span, kDateColour);
    for (const ingest::MoneyMention &m : m_extraction.money)
        selections << highlight(m_text, m.span, kMoneyColour);
    for (const ingest::PercentMention &p : m_extraction.percents)
        if (p.stake)
            selections << highlight(m_text, p.span, kMoneyColour);
    m_text->setExtraSelections(selections);
    updateButtons();
    emit extracted();
}

void ReviewDialog::showFigure(int row) {
    if (row < 0 || row >= m_model->rowCount()) {
        m_why->clear();
        return;
    }
    const ingest::Proposal &p = m_model->proposal(row);
    QStringList why{tr("%1: %2").arg(ingest::displayName(p.confidence()),
                                     m_model->index(row, ProposalModel::Figure).data().toString())};
    for (const ingest::Reason r : p.reasons)
        why << QStringLiteral("• ") + ingest::describe(r);
    if (const QString joins = m_model->index(row, ProposalModel::Joins).data().toString();
        !joins.isEmpty())
        why << tr("Joins: %1").arg(joins);
    m_why->setText(why.join(QLatin1Char('\n')));
    QTextCursor cursor(m_text->document());
    cursor.setPosition(p.quote.start.value_or(p.figure.start));
    cursor.setPosition(p.quote.end.value_or(p.figure.end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void ReviewDialog::updateButtons() {
    const int checked = m_model->acceptedCount();
    const int total = m_model->rowCount();
    m_status->setText(tr("Figures found: %L1; checked: %L2").arg(total).arg(checked));
    m_acceptButton->setEnabled(!m_watcher.isRunning() && (!m_duplicateOf || checked > 0));
    m_onlyButton->setVisible(!m_duplicateOf);
}

std::optional<ingest::ArticleMetadata> ReviewDialog::metadata() {
    ingest::ArticleMetadata meta;
    meta.title = m_title->text().trimmed();
    meta.publisher = m_publisher->text().trimmed();
    meta.cites = m_cites->text().trimmed();
    meta.author = m_author->text().trimmed();
    meta.url = m_url->text().trimmed();
    meta.language = m_language->text().trimmed();
    const auto published = PartialDate::parse(m_published->text().trimmed());
    if (!published) {
        m_notice->setText(tr("“%1” is not a date: use 2025, 2025-11 or 2025-11-18, with ~ when "
                             "approximate.")
                              .arg(m_published->text()));
        m_notice->setVisible(true);
        m_published->setFocus();
        return std::nullopt;
    }
    meta.published = *published;
    return meta;
}

bool ReviewDialog::import(const std::vector<ingest::Proposal> &proposals) {
    Store *store = m_document->store();
    const auto meta = metadata();
    if (!store || !meta)
        return false;
    Result<ingest::ImportResult> result = Error{};
    if (m_duplicateOf) {
        auto outcomes = ingest::acceptProposals(*store, *m_duplicateOf, proposals);
        if (outcomes)
            result = ingest::ImportResult{{*m_duplicateOf, true}, std::move(*outcomes)};
        else
            result = outcomes.error();
    } else {
        result = ingest::importArticle(*store, m_article, *meta, proposals);
    }
    if (!result) {
        m_notice->setText(tr("Nothing was added: %1").arg(result.errorMessage()));
        m_notice->setVisible(true);
        return false;
    }
    m_result = std::move(*result);
    // Written: on the undo stack as one step, so that Ctrl+Z takes the article and what it
    // created back.
    auto rows = ingest::addedRows(*store, m_result);
    if (!rows || !m_document->undoStack()) {
        m_document->notifyChanged();
        return true;
    }
    const QString title = meta->title.isEmpty() ? meta->publisher : meta->title;
    m_document->undoStack()->push(new RowsCommand(
        m_document, RowsCommand::Change::Add,
        [written = std::move(*rows)](Store &) -> Result<edits::RowSet> { return written; },
        m_result.source.duplicate
            ? tr("Add %n claim(s) to a source", nullptr, int(m_result.outcomes.size()))
            : tr("Import article %1").arg(title)));
    return true;
}

bool ReviewDialog::importAccepted() {
    return import(m_model->accepted());
}

bool ReviewDialog::importArticleOnly() {
    return import({});
}

} // namespace ds::gui
