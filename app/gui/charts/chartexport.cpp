// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexport.h"

#include "store/openfiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>

#include <functional>

#include "charts/networkpicture.h"

#include <qcustomplot.h>

namespace ds::gui {

namespace {

/// The file type must be known and the size sensible.
Status checkExport(const QString &path, const ExportOptions &options) {
    if (Status s = refuseOpenDatabase(path); !s)
        return s;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf"))
        return Error{QCoreApplication::translate(
                         "ds::gui::Export", "Cannot export to “%1”: the file must end in .png, "
                                            ".svg or .pdf.")
                         .arg(QFileInfo(path).fileName())};
    if (options.size.width() < 16 || options.size.height() < 16 || options.size.width() > 20000 ||
        options.size.height() > 20000 || options.scale <= 0 || options.scale > 8)
        return Error{QCoreApplication::translate(
            "ds::gui::Export", "The size must be between 16 and 20000 pixels and the scale "
                               "between 0.1 and 8.")};
    return {};
}

/// Paints into an SVG file of w × h.
bool writeSvg(const QString &path, int w, int h, const std::function<void(QCPPainter &)> &paint) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(w, h));
    svg.setViewBox(QRect(0, 0, w, h));
    svg.setTitle(QStringLiteral("DealScope"));
    QCPPainter painter;
    if (!painter.begin(&svg))
        return false;
    paint(painter);
    return painter.end();
}

Status cannotWrite(const QString &path) {
    return Error{QCoreApplication::translate("ds::gui::Export", "Cannot write %1.").arg(path)};
}

} // namespace

Status exportChart(QCustomPlot *plot, const QString &path, const ExportOptions &options) {
    if (Status s = checkExport(path, options); !s)
        return s;
    const QString suffix = QFileInfo(path).suffix().toLower();

    // A caption row under the chart, for the export only.
    QCPTextElement *caption = nullptr;
    if (!options.caption.isEmpty()) {
        plot->plotLayout()->insertRow(plot->plotLayout()->rowCount());
        caption = new QCPTextElement(plot, options.caption);
        QFont font = plot->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        caption->setFont(font);
        caption->setTextColor(QColor(0x50, 0x50, 0x50));
        plot->plotLayout()->addElement(plot->plotLayout()->rowCount() - 1, 0, caption);
    }
    bool ok = false;
    const int w = options.size.width();
    const int h = options.size.height();
    if (suffix == QLatin1String("png")) {
        ok = plot->savePng(path, w, h, options.scale);
    } else if (suffix == QLatin1String("pdf")) {
        ok = plot->savePdf(path, w, h);
    } else {
        ok = writeSvg(path, w, h, [&](QCPPainter &painter) { plot->toPainter(&painter, w, h); });
    }
    if (caption) {
        plot->plotLayout()->remove(caption);
        plot->plotLayout()->simplify();
        plot->replot();
    }
    if (!ok)
        return cannotWrite(path);
    return {};
}

Status exportNetwork(NetworkItem *item, const QString &path, const ExportOptions &options) {
    if (Status s = checkExport(path, options); !s)
        return s;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int w = options.size.width();
    const int h = options.size.height();
    auto draw = [&](QPainter &painter) {
        painter.fillRect(QRect(0, 0, w, h), Qt::white);
        const QFontMetrics metrics(painter.font());
        const int captionHeight = options.caption.isEmpty() ? 0 : metrics.height() * 2;
        // The whole network with room for the labels, centred.
        const QRectF bounds =
            item->boundingRect().adjusted(-kUnit / 2, -kUnit / 2, kUnit / 2, kUnit / 2);
        const QRectF target(20, 20, w - 40, h - 40 - captionHeight);
        const double s = std::min(target.width() / std::max(bounds.width(), 1.0),
                                  target.height() / std::max(bounds.height(), 1.0));
        painter.save();
        painter.translate(target.center());
        painter.scale(s, s);
        painter.translate(-bounds.center());
        QStyleOptionGraphicsItem option;
        option.exposedRect = bounds;
        item->paint(&painter, &option, nullptr);
        painter.restore();
        if (captionHeight) {
            painter.setPen(QColor(0x50, 0x50, 0x50));
            painter.drawText(QRectF(10, h - captionHeight, w - 20, captionHeight),
                             Qt::AlignCenter | Qt::TextWordWrap, options.caption);
        }
    };
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        QImage image(QSize(int(w * options.scale), int(h * options.scale)), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(options.scale, options.scale);
        draw(painter);
        painter.end();
        ok = image.save(path, "PNG");
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QSizeF(w, h), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            draw(painter);
            ok = painter.end();
        }
    } else {
        ok = writeSvg(path, w, h, [&](QCPPainter &painter) { draw(painter); });
    }
    return ok ? Status() : cannotWrite(path);
}

} // namespace ds::gui
