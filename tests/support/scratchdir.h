// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A temporary folder that tests write input files into.

#include <QFile>
#include <QTemporaryDir>

namespace ds::testing {

class ScratchDir {
public:
    /// Writes `bytes` to a file of that name in the folder and returns its path.
    QString write(const QString &name, const QByteArray &bytes) const {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(p));
        return p;
    }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace ds::testing
