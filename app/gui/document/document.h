// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/loader.h"
#include "graph/moneygraph.h"
#include "store/store.h"

#include <QObject>

class QTimer;
class QUndoStack;

#include <memory>
#include <optional>

namespace ds::gui {

/// The open DealScope file on the GUI thread: owns its Store, the undo stack of its edits and
/// the money graph the network, Cycles and Stakes share, and tells views when another file is
/// opened or the data changes. Worker threads open their own connection on path().
class Document : public QObject {
    Q_OBJECT
public:
    /// What an edit changed, so that views reload only what depends on it.
    enum class Change {
        Companies = 0x1, ///< names, kinds, aliases, companies added or removed
        Sources = 0x2,   ///< sources' details, texts, sources added or removed
        Deals = 0x4,
        Flows = 0x8,
        Claims = 0x10,
        Everything = 0x1f
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit Document(QObject *parent = nullptr);
    /// The undo stack goes with the document unheard: its end is not an undo.
    ~Document() override;

    /// Opens an existing file; on failure the current file stays open and the message is
    /// returned.
    Status open(const QString &path);
    /// Creates a new, empty file and opens it.
    Status create(const QString &path);
    /// Writes a copy of the open file (SQLite's online backup; the file stays open).
    Status saveCopy(const QString &path);

    /// Tells the views that the open file's data changed (after an edit or an import). What
    /// another program changed meanwhile is reloaded with it.
    void notifyChanged(Changes what = Change::Everything);
    /// Looks whether another program (or another window) committed to the file since the
    /// last look, and if so reloads the kinds of rows it changed. Runs every second on its
    /// own; public for tests.
    void checkForOutsideChanges();

    bool isOpen() const { return m_store.has_value(); }
    /// The one undo stack of the file's edits (cleared when another file is opened).
    QUndoStack *undoStack() const { return m_undoStack; }

    /// The money graph of the open file: null until it is first asked for and read (on a
    /// worker), and again while it is read after a change of companies, deals, flows or claims.
    std::shared_ptr<const graph::MoneyGraph> graph() const { return m_graph; }
    /// Asks for the graph: reads it unless it is at hand or on its way; from then on it is read
    /// again after every change that touches it. graphChanged() says when it is there.
    void requestGraph();
    bool isGraphLoading() const { return m_graphLoader.isLoading(); }
    /// Why the graph could not be read (empty when it could).
    QString graphError() const { return m_graphError; }
    QString path() const;
    Store *store() { return m_store ? &*m_store : nullptr; }
    Counts counts() const { return m_counts; }

signals:
    /// Another file was opened (or the first one).
    void opened();
    /// The data of the open file changed (`what` says which kinds of rows).
    void changed(ds::gui::Document::Changes what);
    /// An edit could not be written (the message says why); nothing changed.
    void editFailed(const QString &message);
    /// Another program changed the open file and the views were told (a sentence for the
    /// status bar).
    void changedOutside(const QString &message);
    /// The money graph was read (or could not be: graphError()), or dropped (graph() is null
    /// while it is read again).
    void graphChanged();

private:
    void adopt(Store store);
    /// The kinds whose revision counters moved since the last reading (and takes the new one).
    Changes takeRevisionChanges();
    void loadGraph();

    std::optional<Store> m_store;
    QUndoStack *m_undoStack;
    std::shared_ptr<const graph::MoneyGraph> m_graph;
    QString m_graphError;
    bool m_graphWanted = false; // some view asked for it: read it again after changes
    Loader<std::shared_ptr<const graph::MoneyGraph>> m_graphLoader;
    Counts m_counts;
    Revisions m_revisions;
    int64_t m_dataVersion = 0;
    QTimer *m_watch = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Document::Changes)

} // namespace ds::gui
