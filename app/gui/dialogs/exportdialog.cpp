// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ds::gui {

ExportDialog::ExportDialog(const QString &caption, QWidget *parent)
    : QDialog(parent)
    , m_caption(caption)
    , m_path(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_withCaption(new QCheckBox(tr("Add a caption naming the sources"), this)) {
    setWindowTitle(tr("Export Chart"));
    m_path->setPlaceholderText(tr("chart.png, chart.svg or chart.pdf"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 20000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(900);
    m_scale->setRange(0.5, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(1);
    m_scale->setToolTip(tr("Pixels per point in PNG files (2 for sharp images on high-DPI "
                           "screens)"));
    m_withCaption->setChecked(!caption.isEmpty());
    m_withCaption->setEnabled(!caption.isEmpty());
    m_withCaption->setToolTip(caption);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(QString(), m_withCaption);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_path->text().trimmed().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ExportDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), m_path->text(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::setDefaults(const QSize &size, double scale) {
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_scale->setValue(scale);
}

QString ExportDialog::path() const {
    return m_path->text().trimmed();
}
void ExportDialog::setPath(const QString &path) {
    m_path->setText(path);
}

ExportOptions ExportDialog::options() const {
    ExportOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    if (m_withCaption->isChecked())
        o.caption = m_caption;
    return o;
}

} // namespace ds::gui
