// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace ds::gui {

class Settings;

/// Edit › Preferences: the language (from the next start), how large amounts are written
/// ("$1.4T" or "$1,400B", at once), and the chart export's starting size and scale.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(Settings *settings, QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }
    QComboBox *numberBox() const { return m_numbers; }
    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QDoubleSpinBox *scaleBox() const { return m_scale; }
    /// Stores the choices (the dialog's OK).
    void apply();

private:
    Settings *m_settings;
    QComboBox *m_language;
    QComboBox *m_numbers;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
};

} // namespace ds::gui
