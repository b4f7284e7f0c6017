// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actions/articleimport.h"
#include "actions/claimactions.h"
#include "actions/companyactions.h"
#include "actions/exchangeactions.h"
#include "actions/flowactions.h"
#include "actions/sourceactions.h"
#include "dialogs/preferencesdialog.h"
#include "docks/searchdock.h"
#include "ingest/article.h"
#include "store/search.h"

#include "dialogs/articlereader.h"
#include "dialogs/attachdialog.h"
#include "dialogs/exportdialog.h"
#include "docks/companydock.h"
#include "docks/cyclesdock.h"
#include "docks/disputesdock.h"
#include "docks/sourcepanel.h"
#include "docks/sourcesdock.h"
#include "docks/stakesdock.h"
#include "document/document.h"
#include "document/filters.h"
#include "document/selection.h"
#include "document/settings.h"
#include "views/dealtableview.h"
#include "views/networkview.h"
#include "views/timelineview.h"
#include "widgets/claimcard.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QTabWidget>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace ds::gui {

namespace {
QString fileFilter() {
    return MainWindow::tr("DealScope files (*.dealscope);;All files (*)");
}
} // namespace

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_document(new Document(this))
    , m_selection(new Selection(this))
    , m_filters(new Filters(this))
    , m_dealTable(new DealTableView(m_document, m_selection, m_filters, this))
    , m_companyDock(new CompanyDock(m_document, m_selection, this))
    , m_sourcePanel(new SourcePanel(m_document, m_selection, this))
    , m_disputesDock(new DisputesDock(m_document, m_selection, this))
    , m_sourcesDock(new SourcesDock(m_document, this))
    , m_timeline(new TimelineView(m_document, m_selection, m_filters, this))
    , m_network(new NetworkView(m_document, m_selection, m_filters, this))
    , m_stakesDock(new StakesDock(m_document, m_selection, this))
    , m_cyclesDock(new CyclesDock(m_document, m_selection, this))
    , m_searchDock(new SearchDock(m_document, this))
    , m_flowActions(new FlowActions(m_document, m_selection, this))
    , m_claimActions(new ClaimActions(m_document, m_selection, this))
    , m_sourceActions(new SourceActions(m_document, m_selection, this))
    , m_companyActions(new CompanyActions(m_document, m_selection, this))
    , m_views(new QTabWidget(this))
    , m_countsLabel(new QLabel(this))
    , m_tableStatus(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_views->addTab(m_dealTable, tr("Deals"));
    m_views->addTab(m_timeline, tr("Timeline"));
    m_views->addTab(m_network, tr("Network"));
    m_views->setDocumentMode(true);
    setCentralWidget(m_views);
    addDockWidget(Qt::LeftDockWidgetArea, m_companyDock);
    addDockWidget(Qt::RightDockWidgetArea, m_sourcePanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_disputesDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_cyclesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_stakesDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    setAcceptDrops(true);
    tabifyDockWidget(m_disputesDock, m_sourcesDock);
    tabifyDockWidget(m_sourcesDock, m_cyclesDock);
    tabifyDockWidget(m_sourcePanel, m_stakesDock);
    tabifyDockWidget(m_cyclesDock, m_searchDock);
    m_sourcePanel->raise();
    connect(m_stakesDock, &StakesDock::exportChartRequested, this,
            [this] { exportPlot(m_stakesDock->chart(), QString(), tr("the stakes chart")); });
    m_disputesDock->raise();
    connect(m_sourcesDock, &SourcesDock::openSourceRequested, this,
            [this](Id source) { openSource(source); });
    connect(m_searchDock, &SearchDock::openSourceRequested, this, &MainWindow::openSource);
    connect(m_sourcePanel, &SourcePanel::amountEditRequested, m_claimActions,
            &ClaimActions::editClaimAmount);
    connect(m_sourcePanel, &SourcePanel::claimEditRequested, m_claimActions,
            &ClaimActions::editClaim);
    connect(m_sourcePanel, &SourcePanel::rankRequested, m_claimActions, &ClaimActions::rankClaim);
    connect(m_sourcePanel, &SourcePanel::deleteRequested, m_claimActions,
            &ClaimActions::deleteClaim);
    connect(m_companyDock, &CompanyDock::editRequested, m_companyActions,
            &CompanyActions::editCompany);
    connect(m_document, &Document::editFailed, this,
            [this](const QString &message) { showError(tr("The change was not made"), message); });
    // Say what an edit, an undo or a redo did, and how to take it back (Delete acts at once).
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            [this, last = m_document->undoStack()->index()](int index) mutable {
                QUndoStack *stack = m_document->undoStack();
                const QString message =
                    index > last ? tr("Done: %1. Ctrl+Z takes it back.").arg(stack->undoText())
                    : index < last
                        ? tr("Undone: %1. Ctrl+Shift+Z makes it again.").arg(stack->redoText())
                        : QString();
                last = index;
                if (!message.isEmpty())
                    statusBar()->showMessage(message, 6000);
            });
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_tableStatus);
    createActions();

    connect(m_document, &Document::opened, this, [this] {
        m_selection->clear();
        m_settings->addRecentFile(m_document->path());
        updateRecentMenu();
        updateTitleAndCounts();
    });
    connect(m_document, &Document::changed, this, &MainWindow::updateTitleAndCounts);
    connect(m_document, &Document::changedOutside, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_dealTable, &DealTableView::statusChanged, m_tableStatus, &QLabel::setText);

    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1400, 880);
    if (!restoreState(m_settings->windowState())) {
        resizeDocks({m_companyDock, m_sourcePanel}, {160, 380}, Qt::Horizontal);
        resizeDocks({m_disputesDock}, {170}, Qt::Vertical);
    }
    m_dealTable->restoreHeaderState(m_settings->dealTableHeader());
    updateTitleAndCounts();
}

void MainWindow::addContextActions() {
    // Delete acts on what has the keyboard focus: a flow in the table, a source in its list.
    auto deleteKey = [this](QWidget *view, const QString &text, const std::function<void()> &run) {
        auto *action = new QAction(text, view);
        action->setShortcut(QKeySequence::Delete);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, run);
        return action;
    };
    QTableView *table = m_dealTable->view();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions(m_flowActions->contextActions());
    table->addActions(m_claimActions->contextActions());
    table->addAction(deleteKey(table, tr("Delete Flow"), [this] {
        if (const auto flow = m_selection->flow())
            m_flowActions->deleteFlow(*flow);
    }));
    QTableView *sources = m_sourcesDock->view();
    sources->setContextMenuPolicy(Qt::ActionsContextMenu);
    sources->addActions(m_sourceActions->contextActions());
    sources->addAction(deleteKey(sources, tr("Delete Source"), [this] {
        if (const auto source = m_selection->source())
            m_sourceActions->deleteSource(*source);
    }));
    connect(m_sourcesDock, &SourcesDock::currentSourceChanged, m_selection, &Selection::setSource);
    m_sourcePanel->setAddClaimActions(m_claimActions->addClaimAction(),
                                      m_claimActions->addCompanyClaimAction());
}

MainWindow::~MainWindow() = default;

QUndoStack *MainWindow::undoStack() const {
    return m_document->undoStack();
}

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, &MainWindow::newFile);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openFileDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    QAction *copyAction = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *exportAction = file->addAction(tr("&Export Chart…"), this, &MainWindow::exportChart);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Export the timeline as PNG, SVG or PDF"));
    file->addSeparator();
    QAction *importArticle =
        file->addAction(tr("&Import Articles…"), this, &MainWindow::importArticleDialog);
    importArticle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importArticle->setStatusTip(tr("Add news articles (text, Markdown or HTML) and review the "
                                   "figures found in them"));
    QAction *importFolder =
        file->addAction(tr("Import a &Folder of Articles…"), this, &MainWindow::importFolderDialog);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *attach = file->addAction(tr("&Attach Article Text…"), this, &MainWindow::attachText);
    file->addSeparator();
    file->addAction(tr("Import &JSON…"), this,
                    [this] { importJsonInteractively(this, m_document); })
        ->setStatusTip(tr("Add what a DealScope JSON export holds to this file"));
    file->addAction(tr("Import Flows from C&SV…"), this,
                    [this] { importCsvInteractively(this, m_document); })
        ->setStatusTip(tr("Add flows from a spreadsheet, one per row"));
    file->addAction(tr("Export &Table as CSV…"), this,
                    [this] { exportCsvInteractively(this, m_document); })
        ->setStatusTip(tr("Write deals, flows or claims as CSV for a spreadsheet"));
    attach->setStatusTip(tr("Attach the full text of an article to its source and re-anchor "
                            "its quotes"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addActions({undo, redo});
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Deals"), m_dealTable, &DealTableView::focusFilter);
    find->setShortcut(QKeySequence::Find);
    QAction *findCompany = edit->addAction(tr("Find &Company"), this, [this] {
        m_companyDock->show();
        m_companyDock->raise();
        m_companyDock->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    findCompany->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *paste = edit->addAction(tr("Paste Ar&ticle"), this, &MainWindow::pasteArticle);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setStatusTip(tr("Review the article on the clipboard and add it"));
    QAction *searchArticles =
        edit->addAction(tr("Search &Articles"), m_searchDock, &SearchDock::focusQuery);
    searchArticles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(m_settings, this);
        if (dialog.exec() == QDialog::Accepted)
            m_document->notifyChanged(); // amounts are written in the chosen style
    });
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    QAction *clear = edit->addAction(tr("Clear &Selection"), m_selection, &Selection::clear);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_dealTable->view()->addAction(clear);

    QMenu *data = menuBar()->addMenu(tr("&Data"));
    m_flowActions->addTo(data);
    data->addSeparator();
    m_claimActions->addTo(data);
    data->addSeparator();
    m_sourceActions->addTo(data);
    data->addSeparator();
    m_companyActions->addTo(data);
    addContextActions();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *deals = view->addAction(tr("D&eal Table"), this, [this] { showView(0); });
    deals->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *timeline = view->addAction(tr("&Timeline"), this, [this] { showView(1); });
    timeline->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction *network = view->addAction(tr("&Network"), this, [this] { showView(2); });
    network->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    view->addSeparator();
    QAction *companies = m_companyDock->toggleViewAction();
    companies->setText(tr("&Companies"));
    companies->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(companies);
    QAction *panel = m_sourcePanel->toggleViewAction();
    panel->setText(tr("&Sources of the Figure"));
    panel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(panel);
    QAction *disputes = m_disputesDock->toggleViewAction();
    disputes->setText(tr("&Disputes"));
    disputes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addAction(disputes);
    QAction *sources = m_sourcesDock->toggleViewAction();
    sources->setText(tr("S&ources"));
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addAction(sources);
    QAction *stakes = m_stakesDock->toggleViewAction();
    stakes->setText(tr("Company Sta&kes"));
    stakes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addAction(stakes);
    QAction *cycles = m_cyclesDock->toggleViewAction();
    cycles->setText(tr("C&ycles"));
    cycles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    view->addAction(cycles);
    QAction *searchDock = m_searchDock->toggleViewAction();
    searchDock->setText(tr("Se&arch Articles"));
    searchDock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    view->addAction(searchDock);

    // Kinds and statuses shown, shared by the table and the timeline.
    QMenu *filter = menuBar()->addMenu(tr("F&ilter"));
    QMenu *kinds = filter->addMenu(tr("&Kinds"));
    for (FlowKind k : allValues<FlowKind>()) {
        QAction *a = kinds->addAction(displayName(k));
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, m_filters,
                [this, k](bool on) { m_filters->setShown(k, on); });
        connect(m_filters, &Filters::changed, a,
                [this, a, k] { a->setChecked(m_filters->shows(k)); });
    }
    QMenu *statuses = filter->addMenu(tr("&Statuses"));
    for (DealStatus st : allValues<DealStatus>()) {
        QAction *a = statuses->addAction(displayName(st));
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, m_filters,
                [this, st](bool on) { m_filters->setShown(st, on); });
        connect(m_filters, &Filters::changed, a,
                [this, a, st] { a->setChecked(m_filters->shows(st)); });
    }
    QAction *years = filter->addAction(tr("&Years…"), this, &MainWindow::chooseYears);
    years->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    years->setStatusTip(tr("Show only the flows dated within some years"));
    filter->addSeparator();
    QAction *showAll =
        filter->addAction(tr("Show &All Kinds, Statuses and Years"), m_filters, &Filters::showAll);
    showAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DealScope"), this, &MainWindow::about);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openFile(const QString &path, bool quiet) {
    if (Status s = m_document->open(path); !s) {
        m_lastError = s.errorMessage();
        if (!quiet)
            showError(tr("Cannot open the file"), s.errorMessage());
        return false;
    }
    m_lastError.clear();
    return true;
}

void MainWindow::newFile() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New DealScope File"), QString(), fileFilter());
    if (path.isEmpty())
        return;
    const QString target =
        QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".dealscope") : path;
    // The dialog has already asked about replacing an existing file; never replace the
    // open one.
    if (QFileInfo(target) == QFileInfo(m_document->path())) {
        showError(tr("Cannot create the file"), tr("This is the file that is open."));
        return;
    }
    if (QFileInfo::exists(target))
        Store::removeFiles(target);
    if (Status s = m_document->create(target); !s)
        showError(tr("Cannot create the file"), s.errorMessage());
}

void MainWindow::openFileDialog() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open DealScope File"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy() {
    if (!m_document->isOpen())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a Copy"), QString(), fileFilter());
    if (path.isEmpty())
        return;
    if (Status s = m_document->saveCopy(path); !s)
        showError(tr("Cannot save a copy"), s.errorMessage());
    else
        statusBar()->showMessage(tr("Saved a copy to %1").arg(path), 5000);
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About DealScope"),
        tr("<h3>DealScope %1</h3><p>Explore who funds whom in the AI industry: deals, money "
           "flows and the sources behind every figure.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::attachText() {
    std::optional<Id> preselect;
    const QList<ClaimCard *> cards = m_sourcePanel->cards();
    if (!cards.isEmpty())
        preselect = cards.first()->claim().sourceId;
    attachArticleTextInteractively(this, m_document, preselect);
}

void MainWindow::importArticles(const QStringList &paths) {
    importPaths(this, m_document, paths, m_settings->importLimitBytes());
}

void MainWindow::importArticleDialog() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QString(),
        tr("Articles (%1);;All files (*)")
            .arg(ingest::articleFilePatterns().join(QLatin1Char(' '))));
    if (!paths.isEmpty())
        importArticles(paths);
}

void MainWindow::importFolderDialog() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import a Folder of Articles"));
    if (!folder.isEmpty())
        importArticles({folder});
}

void MainWindow::pasteArticle() {
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || (!data->hasText() && !data->hasHtml() && !data->hasUrls())) {
        statusBar()->showMessage(tr("The clipboard holds no text to import."), 5000);
        return;
    }
    reviewMimeData(this, m_document, data, m_settings->importLimitBytes());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    const QMimeData *data = event->mimeData();
    if (m_document->isOpen() && (data->hasUrls() || data->hasText() || data->hasHtml()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    event->acceptProposedAction();
    // Copy what was dropped: the review runs its own event loop after the drop has ended.
    auto *copy = new QMimeData;
    if (event->mimeData()->hasUrls())
        copy->setUrls(event->mimeData()->urls());
    if (event->mimeData()->hasHtml())
        copy->setHtml(event->mimeData()->html());
    if (event->mimeData()->hasText())
        copy->setText(event->mimeData()->text());
    QTimer::singleShot(0, this, [this, copy] {
        reviewMimeData(this, m_document, copy, m_settings->importLimitBytes());
        delete copy;
    });
}

void MainWindow::chooseYears() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Years"));
    auto *all = new QCheckBox(tr("All years (and undated flows)"), &dialog);
    auto *from = new QSpinBox(&dialog);
    auto *to = new QSpinBox(&dialog);
    for (QSpinBox *box : {from, to})
        box->setRange(1900, 2100);
    const auto current = m_filters->years();
    all->setChecked(!current);
    from->setValue(current ? current->first : QDate::currentDate().year() - 2);
    to->setValue(current ? current->second : QDate::currentDate().year());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(all);
    form->addRow(tr("From"), from);
    form->addRow(tr("to"), to);
    form->addRow(buttons);
    connect(all, &QCheckBox::toggled, from, &QWidget::setDisabled);
    connect(all, &QCheckBox::toggled, to, &QWidget::setDisabled);
    from->setDisabled(all->isChecked());
    to->setDisabled(all->isChecked());
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_filters->setYears(all->isChecked() ? std::nullopt
                                         : std::optional(std::pair(from->value(), to->value())));
}

void MainWindow::showView(int index) {
    m_views->setCurrentIndex(index);
}

void MainWindow::exportChart() {
    exportPlot(m_timeline->plot(), m_timeline->sourcesCaption(), tr("the timeline"));
}

void MainWindow::exportPlot(QCustomPlot *plot, const QString &caption, const QString &what) {
    ExportDialog dialog(caption, this);
    dialog.setDefaults(m_settings->exportSize(), m_settings->exportScale());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = gui::exportChart(plot, dialog.path(), dialog.options()); !s)
        showError(tr("Cannot export the chart"), s.errorMessage());
    else
        statusBar()->showMessage(tr("Exported %1 to %2").arg(what, dialog.path()), 5000);
}

void MainWindow::openSource(Id source, const QStringList &words) {
    Store *store = m_document->store();
    if (!store)
        return;
    auto s = store->source(source);
    if (!s)
        return;
    Claim at; // the first word searched for, shown like a quote
    if (const auto [start, length] = search::firstOccurrence(s->text, words); start >= 0) {
        at.quote.exact = s->text.mid(start, length);
        at.quote.start = start;
        at.quote.end = start + length;
    }
    m_sourcePanel->reader()->showClaim(*s, at);
    m_sourcePanel->reader()->show();
    m_sourcePanel->reader()->raise();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] {
                if (!QFileInfo::exists(path)) {
                    showError(tr("Cannot open the file"),
                              tr("%1 no longer exists; it is removed from the list.").arg(path));
                    m_settings->removeRecentFile(path);
                    updateRecentMenu();
                    return;
                }
                openFile(path);
            });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
        m_settings->clearRecentFiles();
        updateRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitleAndCounts() {
    if (!m_document->isOpen()) {
        setWindowTitle(tr("DealScope"));
        m_countsLabel->clear();
        return;
    }
    setWindowFilePath(m_document->path());
    setWindowTitle(tr("%1 — DealScope").arg(QFileInfo(m_document->path()).fileName()));
    const Counts c = m_document->counts();
    m_countsLabel->setText(
        tr("%1 companies · %2 sources · %3 deals · %4 flows · %5 claims")
            .arg(QLocale().toString(qlonglong(c.companies)),
                 QLocale().toString(qlonglong(c.sources)), QLocale().toString(qlonglong(c.deals)),
                 QLocale().toString(qlonglong(c.flows)), QLocale().toString(qlonglong(c.claims))));
}

void MainWindow::showError(const QString &title, const QString &message) {
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setDealTableHeader(m_dealTable->saveHeaderState());
    event->accept();
}

} // namespace ds::gui
