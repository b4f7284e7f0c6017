#pragma once

#include "store/store.h"

#include <QObject>

#include <optional>

namespace ds::gui {

/// The open DealScope file on the GUI thread: owns its Store and tells views when another
/// file is opened or the data changes. Worker threads open their own connection on path().
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    /// Opens an existing file; on failure the current file stays open and the message is
    /// returned.
    Status open(const QString &path);
    /// Creates a new, empty file and opens it.
    Status create(const QString &path);
    /// Writes a copy of the open file (SQLite's online backup; the file stays open).
    Status saveCopy(const QString &path);

    /// Tells the views that the open file's data changed (after an edit or an import).
    void notifyChanged();

    bool isOpen() const { return m_store.has_value(); }
    QString path() const;
    Store *store() { return m_store ? &*m_store : nullptr; }
    Counts counts() const { return m_counts; }

signals:
    /// Another file was opened (or the first one).
    void opened();
    /// The data of the open file changed.
    void changed();
    /// An edit could not be written (the message says why); nothing changed.
    void editFailed(const QString &message);

private:
    void adopt(Store store);

    std::optional<Store> m_store;
    Counts m_counts;
};

} // namespace ds::gui
