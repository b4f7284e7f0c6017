// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/safetextbrowser.h"

namespace ds::gui {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &) {
    return {};
}

} // namespace ds::gui
