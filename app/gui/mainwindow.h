// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QMainWindow>

class QCustomPlot;
class QLabel;
class QMenu;
class QUndoStack;

namespace ds::gui {

class CompanyDock;
class DealTableView;
class DisputesDock;
class Filters;
class SourcePanel;
class SourcesDock;
class TimelineView;
class NetworkView;
class StakesDock;
class CyclesDock;
class SearchDock;
class ClaimActions;
class CompanyActions;
class FlowActions;
class SourceActions;
class Document;
class Selection;
class Settings;

/// The main window: menus, the deal table in the centre, docks around it, the status bar.
/// It wires views to the document and the selection; the views never call each other.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    Selection *selection() const { return m_selection; }
    Filters *filters() const { return m_filters; }
    DealTableView *dealTable() const { return m_dealTable; }
    CompanyDock *companyDock() const { return m_companyDock; }
    SourcePanel *sourcePanel() const { return m_sourcePanel; }
    DisputesDock *disputesDock() const { return m_disputesDock; }
    SourcesDock *sourcesDock() const { return m_sourcesDock; }
    TimelineView *timeline() const { return m_timeline; }
    NetworkView *network() const { return m_network; }
    StakesDock *stakesDock() const { return m_stakesDock; }
    CyclesDock *cyclesDock() const { return m_cyclesDock; }
    SearchDock *searchDock() const { return m_searchDock; }
    /// The editing of the file's data: the Edit menu's commands and the undo stack.
    QUndoStack *undoStack() const;
    /// Shows the deal table (0) or the timeline (1).
    void showView(int index);

    /// Opens a file; on failure tells the user (unless quiet) and keeps the current one.
    bool openFile(const QString &path, bool quiet = false);
    /// The message of the last failed open (for the command line).
    QString lastError() const { return m_lastError; }

    /// Imports article files or folders (one file opens for review; several are imported in
    /// the background and reported).
    void importArticles(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    /// The data commands on the deal table's and the sources list's context menus, with Delete.
    void addContextActions();
    void newFile();
    void openFileDialog();
    void saveCopy();
    void about();
    void attachText();
    void importArticleDialog();
    void importFolderDialog();
    void pasteArticle();
    void exportChart();
    void chooseYears();
    void exportPlot(QCustomPlot *plot, const QString &caption, const QString &what);
    /// Opens a source in the reader, the first of `words` highlighted.
    void openSource(Id source, const QStringList &words = {});
    void updateRecentMenu();
    void updateTitleAndCounts();
    void showError(const QString &title, const QString &message);

    Settings *m_settings;
    Document *m_document;
    Selection *m_selection;
    Filters *m_filters;
    DealTableView *m_dealTable;
    CompanyDock *m_companyDock;
    SourcePanel *m_sourcePanel;
    DisputesDock *m_disputesDock;
    SourcesDock *m_sourcesDock;
    TimelineView *m_timeline;
    NetworkView *m_network;
    StakesDock *m_stakesDock;
    CyclesDock *m_cyclesDock;
    SearchDock *m_searchDock;
    FlowActions *m_flowActions;
    ClaimActions *m_claimActions;
    SourceActions *m_sourceActions;
    CompanyActions *m_companyActions;
    class QTabWidget *m_views;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_countsLabel;
    QLabel *m_tableStatus;
    QString m_lastError;
};

} // namespace ds::gui
