// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartexport.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace ds::gui {

/// Asks where and how to export a chart: the file (PNG, SVG or PDF by its suffix), the size,
/// the scale and whether to add a caption naming the sources.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString &caption, QWidget *parent = nullptr);

    QString path() const;
    ExportOptions options() const;
    void setPath(const QString &path);
    /// The size and scale it starts with (the preferences').
    void setDefaults(const QSize &size, double scale);

private:
    void browse();

    QString m_caption;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QCheckBox *m_withCaption;
};

} // namespace ds::gui
