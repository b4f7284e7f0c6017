// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/preferencesdialog.h"

#include "document/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace ds::gui {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_numbers(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this)) {
    setWindowTitle(tr("Preferences"));
    // Each language in its own name, so that anyone can find theirs.
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    m_language->setAccessibleName(tr("Language"));
    m_numbers->addItem(tr("$1.4T (the largest unit)"), int(UsdStyle::Compact));
    m_numbers->addItem(tr("$1,400B (in billions)"), int(UsdStyle::Billions));
    m_numbers->setCurrentIndex(m_numbers->findData(int(settings->usdStyle())));
    m_numbers->setAccessibleName(tr("Number format"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 20000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(settings->exportSize().width());
    m_height->setValue(settings->exportSize().height());
    m_width->setAccessibleName(tr("Chart width"));
    m_height->setAccessibleName(tr("Chart height"));
    m_scale->setRange(0.5, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(settings->exportScale());
    m_scale->setAccessibleName(tr("Chart scale"));
    auto *note = new QLabel(tr("A new language shows from the next start."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Amounts"), m_numbers);
    form->addRow(tr("Chart export &width"), m_width);
    form->addRow(tr("Chart export &height"), m_height);
    form->addRow(tr("Chart export &scale"), m_scale);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::apply() {
    m_settings->setLanguage(m_language->currentData().toString());
    const auto style = UsdStyle(m_numbers->currentData().toInt());
    m_settings->setUsdStyle(style);
    setUsdStyle(style);
    m_settings->setExportSize(QSize(m_width->value(), m_height->value()));
    m_settings->setExportScale(m_scale->value());
}

} // namespace ds::gui
