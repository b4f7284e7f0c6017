// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/settings.h"

#include "ingest/textfile.h"

#include <QFileInfo>

namespace ds::gui {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kDealHeader = QStringLiteral("dealTable/header");
const QString kRecent = QStringLiteral("files/recent");
const QString kLanguage = QStringLiteral("general/language");
const QString kImportLimit = QStringLiteral("import/maxBytes");
const QString kUsdStyle = QStringLiteral("display/usdStyle");
const QString kExportSize = QStringLiteral("export/size");
const QString kExportScale = QStringLiteral("export/scale");
} // namespace

Settings::Settings() = default;

QByteArray Settings::windowGeometry() const {
    return m_settings.value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &value) {
    m_settings.setValue(kGeometry, value);
}
QByteArray Settings::windowState() const {
    return m_settings.value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray &value) {
    m_settings.setValue(kState, value);
}
QByteArray Settings::dealTableHeader() const {
    return m_settings.value(kDealHeader).toByteArray();
}
void Settings::setDealTableHeader(const QByteArray &value) {
    m_settings.setValue(kDealHeader, value);
}

QStringList Settings::recentFiles() const {
    return m_settings.value(kRecent).toStringList();
}

void Settings::addRecentFile(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.setValue(kRecent, list);
}

void Settings::removeRecentFile(const QString &path) {
    QStringList list = recentFiles();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(kRecent, list);
}

void Settings::clearRecentFiles() {
    m_settings.remove(kRecent);
}

qint64 Settings::importLimitBytes() const {
    bool ok = false;
    const qint64 bytes = m_settings.value(kImportLimit).toLongLong(&ok);
    return ok && bytes > 0 ? bytes : ingest::kDefaultMaxBytes;
}

void Settings::setImportLimitBytes(qint64 bytes) {
    m_settings.setValue(kImportLimit, bytes);
}

UsdStyle Settings::usdStyle() const {
    return m_settings.value(kUsdStyle).toString() == QLatin1String("billions") ? UsdStyle::Billions
                                                                               : UsdStyle::Compact;
}

void Settings::setUsdStyle(UsdStyle style) {
    m_settings.setValue(kUsdStyle, style == UsdStyle::Billions ? QStringLiteral("billions")
                                                               : QStringLiteral("compact"));
}

QSize Settings::exportSize() const {
    const QSize size = m_settings.value(kExportSize).toSize();
    return size.isValid() && size.width() >= 16 && size.height() >= 16 && size.width() <= 20000 &&
                   size.height() <= 20000
               ? size
               : QSize(1600, 900);
}

void Settings::setExportSize(const QSize &size) {
    m_settings.setValue(kExportSize, size);
}

double Settings::exportScale() const {
    bool ok = false;
    const double scale = m_settings.value(kExportScale).toDouble(&ok);
    return ok && scale >= 0.5 && scale <= 8 ? scale : 1.0;
}

void Settings::setExportScale(double scale) {
    m_settings.setValue(kExportScale, scale);
}

QString Settings::language() const {
    return m_settings.value(kLanguage).toString();
}
void Settings::setLanguage(const QString &code) {
    m_settings.setValue(kLanguage, code);
}

} // namespace ds::gui
