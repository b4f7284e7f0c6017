// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "store/store.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <functional>
#include <memory>

namespace ds::gui {

/// Tells a long read on a worker that a newer one has started (or the view has gone).
class Cancelled {
public:
    Cancelled(std::shared_ptr<std::atomic<int>> latest, int generation)
        : m_latest(std::move(latest))
        , m_generation(generation) {}
    bool operator()() const { return m_latest->load() != m_generation; }

private:
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_generation;
};

/// The one way the views read at length: the work runs on a worker thread with a store of
/// its own on the document's file (one Store per thread), and brings back a value or an
/// error. Starting again drops what an older run would bring (it is told to stop through
/// `Cancelled`); only the latest run's result reaches `done`, on the GUI thread.
template <typename T> class Loader {
public:
    using Work = std::function<Result<T>(Store &store, const Cancelled &cancelled)>;
    using Done = std::function<void(Result<T> result)>;

    /// `context` receives the result (its thread, its lifetime); `pool` is where the work runs
    /// (the global pool when null).
    Loader(QObject *context, Done done, QThreadPool *pool = nullptr)
        : m_done(std::move(done))
        , m_pool(pool ? pool : QThreadPool::globalInstance()) {
        QObject::connect(&m_watcher, &QFutureWatcher<Result<T>>::finished, context, [this] {
            if (m_watcher.property("generation").toInt() != m_generation ||
                m_watcher.future().resultCount() == 0)
                return; // a newer run is on its way
            m_loading = false;
            m_done(m_watcher.result());
        });
    }
    ~Loader() {
        cancel();
        m_watcher.waitForFinished();
    }
    Loader(const Loader &) = delete;
    Loader &operator=(const Loader &) = delete;

    /// Runs `work` on the file at `path`.
    void start(const QString &path, Work work) {
        ++m_generation;
        m_latest->store(m_generation);
        m_loading = true;
        m_watcher.setProperty("generation", m_generation);
        m_watcher.setFuture(
            QtConcurrent::run(m_pool,
                              [path, work = std::move(work),
                               cancelled = Cancelled(m_latest, m_generation)]() -> Result<T> {
                                  auto store = Store::open(path, Store::OpenMode::Existing);
                                  if (!store)
                                      return store.error();
                                  return work(*store, cancelled);
                              }));
    }
    /// Drops the running work's result.
    void cancel() {
        ++m_generation;
        m_latest->store(m_generation);
        m_loading = false;
    }
    bool isLoading() const { return m_loading; }

private:
    Done m_done;
    QThreadPool *m_pool;
    QFutureWatcher<Result<T>> m_watcher;
    int m_generation = 0;
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    bool m_loading = false;
};

} // namespace ds::gui
