// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QAbstractTableModel>

#include <vector>

namespace ds::gui {

/// A table model whose rows a loader brings back: it takes them, or the reason they could not
/// be read, in one reset, and says so with loaded().
class ResultTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    /// Why the rows could not be read (empty when they were).
    QString error() const { return m_error; }

signals:
    void loaded();

protected:
    template <typename Row> void adopt(std::vector<Row> &rows, Result<std::vector<Row>> result) {
        beginResetModel();
        m_error = result.errorMessage();
        rows = result ? std::move(*result) : std::vector<Row>();
        endResetModel();
        emit loaded();
    }

private:
    QString m_error;
};

} // namespace ds::gui
