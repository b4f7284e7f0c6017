#include "chartexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSvgGenerator>

#include <qcustomplot.h>

namespace ds::gui {

Status exportChart(QCustomPlot *plot, const QString &path, const ExportOptions &options) {
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
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(QStringLiteral("DealScope"));
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            plot->toPainter(&painter, w, h);
            ok = painter.end();
        }
    }
    if (caption) {
        plot->plotLayout()->remove(caption);
        plot->plotLayout()->simplify();
        plot->replot();
    }
    if (!ok)
        return Error{QCoreApplication::translate("ds::gui::Export", "Cannot write %1.").arg(path)};
    return {};
}

} // namespace ds::gui
