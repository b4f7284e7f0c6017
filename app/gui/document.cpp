#include "document.h"

namespace ds::gui {

Document::Document(QObject *parent)
    : QObject(parent) {
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
    return m_store->db().backupTo(path);
}

void Document::notifyChanged(Changes what) {
    if (!m_store)
        return;
    auto counts = m_store->counts();
    m_counts = counts ? *counts : Counts{};
    emit changed(what);
}

void Document::adopt(Store store) {
    m_store.reset();
    m_store.emplace(std::move(store));
    auto counts = m_store->counts();
    m_counts = counts ? *counts : Counts{};
    emit opened();
}

} // namespace ds::gui
