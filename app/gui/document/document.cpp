// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

#include <QStringList>
#include <QTimer>
#include <QUndoStack>

namespace ds::gui {

namespace {
constexpr int kWatchIntervalMs = 1000;
} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_graphLoader(this,
                    [this](Result<std::shared_ptr<const graph::MoneyGraph>> graph) {
                        m_graphError = graph.errorMessage();
                        m_graph = graph ? std::move(*graph) : nullptr;
                        emit graphChanged();
                    })
    , m_watch(new QTimer(this)) {
    m_watch->setInterval(kWatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &Document::checkForOutsideChanges);
    // Connected first, so that the views hear of a change with the graph already dropped.
    connect(this, &Document::changed, this, [this](Changes what) {
        if (what & (Change::Companies | Change::Deals | Change::Flows | Change::Claims))
            loadGraph();
    });
}

Document::~Document() {
    m_undoStack->blockSignals(true);
}

void Document::requestGraph() {
    m_graphWanted = true;
    if (!m_graph && !m_graphLoader.isLoading() && m_graphError.isEmpty())
        loadGraph();
}

void Document::loadGraph() {
    const bool had = m_graph || !m_graphError.isEmpty();
    m_graph.reset();
    m_graphError.clear();
    if (!m_store || !m_graphWanted) {
        m_graphLoader.cancel();
        if (had)
            emit graphChanged();
        return;
    }
    m_graphLoader.start(
        path(),
        [](Store &store, const Cancelled &) -> Result<std::shared_ptr<const graph::MoneyGraph>> {
            auto graph = graph::MoneyGraph::load(store);
            if (!graph)
                return graph.error();
            return std::make_shared<const graph::MoneyGraph>(std::move(*graph));
        });
    if (had)
        emit graphChanged();
}

QString Document::path() const {
    return m_store ? m_store->path() : QString();
}

Status Document::open(const QString &path) {
    auto store = Store::open(path, Store::OpenMode::Existing);
    if (!store)
        return store.error();
    adopt(std::move(*store));
    return {};
}

Status Document::create(const QString &path) {
    auto store = Store::open(path, Store::OpenMode::CreateNew);
    if (!store)
        return store.error();
    adopt(std::move(*store));
    return {};
}

Status Document::saveCopy(const QString &path) {
    if (!m_store)
        return Error{tr("No file is open.")};
    if (path == m_store->path())
        return Error{tr("Choose another name: this is the open file.")};
    return m_store->backupTo(path);
}

void Document::notifyChanged(Changes what) {
    if (!m_store)
        return;
    if (auto version = m_store->dataVersion())
        m_dataVersion = *version;
    what |= takeRevisionChanges();
    auto counts = m_store->counts();
    m_counts = counts ? *counts : Counts{};
    emit changed(what);
}

void Document::checkForOutsideChanges() {
    if (!m_store)
        return;
    auto version = m_store->dataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    const Changes what = takeRevisionChanges();
    if (!what)
        return;
    auto counts = m_store->counts();
    m_counts = counts ? *counts : Counts{};
    emit changed(what);
    QStringList kinds;
    if (what & Change::Companies)
        kinds << tr("companies");
    if (what & Change::Sources)
        kinds << tr("sources");
    if (what & Change::Deals)
        kinds << tr("deals");
    if (what & Change::Flows)
        kinds << tr("flows");
    if (what & Change::Claims)
        kinds << tr("claims");
    emit changedOutside(tr("Another program changed this file (%1); the views show it now.")
                            .arg(kinds.join(tr(", "))));
}

Document::Changes Document::takeRevisionChanges() {
    auto now = m_store->revisions();
    if (!now)
        return Change::Everything; // cannot tell what changed: reload all of it
    Changes what;
    if (now->companies != m_revisions.companies)
        what |= Change::Companies;
    if (now->sources != m_revisions.sources)
        what |= Change::Sources;
    if (now->deals != m_revisions.deals)
        what |= Change::Deals;
    if (now->flows != m_revisions.flows)
        what |= Change::Flows;
    if (now->claims != m_revisions.claims)
        what |= Change::Claims;
    m_revisions = *now;
    return what;
}

void Document::adopt(Store store) {
    m_store.reset();
    m_store.emplace(std::move(store));
    auto counts = m_store->counts();
    m_counts = counts ? *counts : Counts{};
    auto version = m_store->dataVersion();
    m_dataVersion = version ? *version : 0;
    auto revisions = m_store->revisions();
    m_revisions = revisions ? *revisions : Revisions{};
    m_watch->start();
    m_undoStack->clear(); // another file's edits cannot be undone here
    loadGraph();
    emit opened();
}

} // namespace ds::gui
