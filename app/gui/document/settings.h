// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QString>
#include <QStringList>

namespace ds::gui {

/// Typed access to the application's settings; the keys live here and nowhere else.
class Settings {
public:
    Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    QByteArray dealTableHeader() const;
    void setDealTableHeader(const QByteArray &value);

    /// Most recent first, at most kMaxRecent entries.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();
    static constexpr int kMaxRecent = 8;

    /// Articles larger than this are refused on import (default 10 MB).
    qint64 importLimitBytes() const;
    void setImportLimitBytes(qint64 bytes);

    /// How large amounts are written ("$1.4T" or "$1,400B").
    UsdStyle usdStyle() const;
    void setUsdStyle(UsdStyle style);

    /// The chart export dialog's starting size and scale.
    QSize exportSize() const;
    void setExportSize(const QSize &size);
    double exportScale() const;
    void setExportScale(double scale);

    /// Empty: follow the system locale.
    QString language() const;
    void setLanguage(const QString &code);

private:
    mutable QSettings m_settings;
};

} // namespace ds::gui
