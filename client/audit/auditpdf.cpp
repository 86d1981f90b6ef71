#include "audit/auditpdf.h"

#include "core/auditmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextLayout>

namespace concord::ui {

namespace {

// A cell longer than this would not fit on a page; it is shortened and says so (the CSV export
// has every value in full).
constexpr int kMaxCellText = 3000;

struct Column
{
    QString title;
    qreal share; // of the table width
};

QList<Column> columns()
{
    return {{QCoreApplication::translate("AuditPdf", "Entry"), 0.04},
            {QCoreApplication::translate("AuditPdf", "Time"), 0.18},
            {QCoreApplication::translate("AuditPdf", "User"), 0.08},
            {QCoreApplication::translate("AuditPdf", "Action"), 0.09},
            {QCoreApplication::translate("AuditPdf", "Record"), 0.13},
            {QCoreApplication::translate("AuditPdf", "Reason"), 0.14},
            {QCoreApplication::translate("AuditPdf", "Changes (old → new)"), 0.34}};
}

QStringList cells(const QJsonObject &row)
{
    const auto text = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    QString changes = AuditModel::changesSummary(row.value(QStringLiteral("changes")).toObject());
    changes.replace(QStringLiteral("; "), QString(QChar::LineSeparator)); // one field per line
    QStringList out{QString::number(row.value(QStringLiteral("seq")).toInteger()),
                    AuditModel::localTimeText(AuditModel::parseTime(text("at")), true),
                    text("username"),
                    text("action"),
                    AuditModel::recordText(row),
                    text("reason"),
                    changes};
    for (QString &cell : out) {
        cell.replace(QLatin1Char('\n'), QChar::LineSeparator);
        if (cell.size() > kMaxCellText)
            cell = cell.left(kMaxCellText) + QChar(0x2026) +
                   QCoreApplication::translate("AuditPdf", " (shortened; see the CSV export)");
    }
    return out;
}

// One row of the table, laid out: each cell wraps within its column (at word boundaries, or
// anywhere for hashes and long IDs). Plain text with QTextLayout, which is far cheaper than a
// QTextDocument table of thousands of rows and keeps the work linear in the number of rows.
class RowLayout
{
public:
    RowLayout(const QStringList &texts, const QList<qreal> &widths, const QFont &font, QPaintDevice *device,
              qreal padding)
        : m_padding(padding)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_cells.reserve(texts.size());
        for (int i = 0; i < texts.size(); ++i) {
            auto layout = std::make_unique<QTextLayout>(texts.at(i), font, device);
            layout->setTextOption(option);
            layout->beginLayout();
            qreal y = 0;
            for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                line.setLineWidth(widths.at(i) - 2 * padding);
                line.setPosition(QPointF(0, y));
                y += line.height();
            }
            layout->endLayout();
            m_height = std::max(m_height, y + 2 * padding);
            m_cells.push_back(std::move(layout));
        }
    }
    qreal height() const { return m_height; }
    void draw(QPainter &painter, qreal top, const QList<qreal> &widths, const QColor &background = {}) const
    {
        qreal x = 0;
        for (size_t i = 0; i < m_cells.size(); ++i) {
            const QRectF cell(x, top, widths.at(int(i)), m_height);
            if (background.isValid()) painter.fillRect(cell, background);
            painter.setPen(m_gridPen);
            painter.drawRect(cell);
            painter.setPen(Qt::black); // QTextLayout draws with the painter's pen
            m_cells[i]->draw(&painter, QPointF(x + m_padding, top + m_padding));
            x += widths.at(int(i));
        }
    }

private:
    std::vector<std::unique_ptr<QTextLayout>> m_cells;
    QPen m_gridPen{QColor(0x90, 0x90, 0x90), 1.0};
    qreal m_padding;
    qreal m_height = 0;
};

QString headerHtml(const AuditReport &report)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(report.title));
    html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4<br><b>%5</b> %6<br><b>%7</b> %8</p>")
                .arg(esc(QCoreApplication::translate("AuditPdf", "Filter:")), esc(report.filterText),
                     esc(QCoreApplication::translate("AuditPdf", "Exported by:")), esc(report.exportedBy),
                     esc(QCoreApplication::translate("AuditPdf", "Exported at:")), esc(report.exportedAt),
                     esc(QCoreApplication::translate("AuditPdf", "Entries:")),
                     QString::number(report.rows.size()));
    // What the rows reflect: audit.verify with this head as an anchor shows the trail still holds it.
    if (!report.chainHead.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(QCoreApplication::translate("AuditPdf", "Chain head:")), esc(report.chainHead));
    if (report.rows.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("AuditPdf", "No entries match the filter.")));
    return html;
}

} // namespace

bool writeAuditPdf(const QString &path, const AuditReport &report, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error) *error = QCoreApplication::translate("AuditPdf", "Cannot write %1: %2").arg(path, why);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Concord"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);

        QFont font;
        font.setPointSizeF(8);
        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF metrics(font, &writer);
        const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal footer = metrics.height() * 2.5;
        const qreal bodyHeight = area.height() - footer;
        const qreal padding = metrics.height() * 0.25;

        // The title block, on the first page only.
        QTextDocument head;
        head.documentLayout()->setPaintDevice(&writer); // lay out in the PDF's units, not the screen's
        head.setDefaultFont(font);
        head.setTextWidth(area.width());
        head.setHtml(headerHtml(report));
        const qreal headHeight = head.size().height();

        const QList<Column> cols = columns();
        QList<qreal> widths;
        QStringList titles;
        for (const Column &c : cols) {
            widths.append(c.share * area.width());
            titles.append(c.title);
        }
        const RowLayout tableHeader(titles, widths, bold, &writer, padding);

        // First pass: the height of every row, so that the pages are known before drawing and
        // each footer can say "Page x of y".
        QList<qreal> heights;
        heights.reserve(report.rows.size());
        QList<int> pageStarts{0};
        qreal y = headHeight + tableHeader.height();
        for (int i = 0; i < report.rows.size(); ++i) {
            const qreal h = RowLayout(cells(report.rows.at(i)), widths, font, &writer, padding).height();
            heights.append(h);
            if (y + h > bodyHeight && y > tableHeader.height() + (pageStarts.size() == 1 ? headHeight : 0)) {
                pageStarts.append(i);
                y = tableHeader.height();
            }
            y += h;
        }
        const int pages = int(pageStarts.size());

        QPainter painter;
        if (!painter.begin(&writer))
            return fail(QCoreApplication::translate("AuditPdf", "the PDF could not be started"));
        for (int page = 0; page < pages; ++page) {
            if (page > 0) writer.newPage();
            qreal top = 0;
            if (page == 0) {
                head.drawContents(&painter);
                top = headHeight;
            }
            const int first = pageStarts.at(page);
            const int end = page + 1 < pages ? pageStarts.at(page + 1) : int(report.rows.size());
            if (first < end) {
                tableHeader.draw(painter, top, widths, QColor(0xe8, 0xe8, 0xe8));
                top += tableHeader.height();
            }
            for (int i = first; i < end; ++i) {
                RowLayout(cells(report.rows.at(i)), widths, font, &writer, padding)
                    .draw(painter, top, widths);
                top += heights.at(i);
            }
            painter.save();
            painter.setPen(Qt::black);
            painter.setFont(font);
            const QRectF footerRect(0, bodyHeight, area.width(), footer);
            painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom,
                             report.title + QStringLiteral(" — ") + report.exportedAt);
            painter.drawText(
                footerRect, Qt::AlignRight | Qt::AlignBottom,
                QCoreApplication::translate("AuditPdf", "Page %1 of %2").arg(page + 1).arg(pages));
            painter.restore();
        }
        if (!painter.end())
            return fail(QCoreApplication::translate("AuditPdf", "the PDF could not be finished"));
    }
    if (!file.commit()) return fail(file.errorString());
    return true;
}

} // namespace concord::ui
