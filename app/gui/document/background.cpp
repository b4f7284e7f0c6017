// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/background.h"

#include <QThreadPool>

namespace ds::gui {

QThreadPool *analysisPool() {
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives until exit; the views wait for their jobs
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

} // namespace ds::gui
