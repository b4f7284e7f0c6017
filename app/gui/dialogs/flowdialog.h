// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace ds {
class Store;
}

namespace ds::gui {

class FlowFields;

/// Edits a flow: payer and payee (known companies), kind, date and note; a payer that is its
/// payee, an unknown company or an impossible date is refused next to the field.
class FlowDialog : public QDialog {
    Q_OBJECT
public:
    FlowDialog(Store &store, Flow flow, QWidget *parent = nullptr);
    FlowFields *fields() const { return m_fields; }
    QLabel *message() const { return m_message; }
    /// The flow as edited; empty while something is wrong.
    std::optional<Flow> flow() const;

private:
    void validate();
    FlowFields *m_fields;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace ds::gui
