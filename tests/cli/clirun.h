// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs dealscope-cli (DEALSCOPE_CLI, set by CMake) as a user would, in English, and gives
// back its exit code (-2 when it crashed or did not finish) and what it printed.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ds::test {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList &args, int timeoutMs = 120000) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DEALSCOPE_CLI), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, {}};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace ds::test
