#include "kiosk/darktheme.h"

#include <QPalette>
#include <QRegularExpression>
#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace concord::ui::darktheme {

double scaleFor(int width, int height)
{
    if (width <= 0 || height <= 0) return 1.0;
    return std::clamp(std::min(width / 1920.0, height / 1080.0), 0.4, 2.5);
}

QColor background()
{
    return QColor(0x0b, 0x0d, 0x10);
}
QColor surface()
{
    return QColor(0x1a, 0x1f, 0x27);
}
QColor text()
{
    return QColor(0xf4, 0xf6, 0xf8);
}
QColor mutedText()
{
    return QColor(0xa8, 0xb2, 0xc0);
}
QColor calm()
{
    return QColor(0x66, 0xbb, 0x6a);
}

QColor severityColor(const QString &severity)
{
    if (severity == QLatin1String("critical")) return QColor(0xe5, 0x39, 0x35);
    if (severity == QLatin1String("warning")) return QColor(0xff, 0xb3, 0x00);
    if (severity == QLatin1String("info")) return QColor(0x4f, 0xc3, 0xf7);
    return QColor(0x90, 0xa4, 0xae);
}

QColor severityTextColor(const QString &severity)
{
    return severity == QLatin1String("critical") ? QColor(Qt::white) : QColor(0x10, 0x10, 0x10);
}

QColor severityRowColor(const QString &severity)
{
    if (severity == QLatin1String("critical")) return QColor(0x4a, 0x0f, 0x0f);
    if (severity == QLatin1String("warning")) return QColor(0x33, 0x29, 0x08);
    if (severity == QLatin1String("info")) return QColor(0x0c, 0x26, 0x33);
    return surface();
}

void applyPalette(QWidget *widget)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::Window, background());
    p.setColor(QPalette::Base, background());
    p.setColor(QPalette::AlternateBase, surface());
    p.setColor(QPalette::WindowText, text());
    p.setColor(QPalette::Text, text());
    p.setColor(QPalette::ButtonText, text());
    p.setColor(QPalette::Button, surface());
    p.setColor(QPalette::Highlight, surface());
    p.setColor(QPalette::HighlightedText, text());
    widget->setPalette(p);
    widget->setAutoFillBackground(true);
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

QString styleSheet(double scale)
{
    const auto px = [scale](int size) {
        return QString::number(std::max(1, int(size * scale + 0.5))) + QStringLiteral("px");
    };
    QString css = QStringLiteral(R"(
* { color: #f4f6f8; }
QWidget#kioskWindow, QWidget#kioskConfigError { background: #0b0d10; }
QFrame#kioskHeader { background: #1a1f27; border-bottom: @4 solid #2d3440; }
QFrame#kioskHeader[alert="true"] { background: #7f1212; border-bottom: @4 solid #ff5252; }
QLabel#kioskName { font-size: @40; font-weight: bold; }
QLabel#kioskPageTitle { font-size: @40; }
QLabel#kioskClock { font-size: @48; font-weight: bold; }
QLabel#kioskConnection { font-size: @26; font-weight: bold; border-radius: @8; padding: @4 @16; }
QLabel#kioskConnection[state="live"] { background: #1b5e20; color: #e8f5e9; }
QLabel#kioskConnection[state="connecting"] { background: #37474f; color: #eceff1; }
QLabel#kioskConnection[state="offline"] { background: #eceff1; color: #101010; }
QLabel#kioskBanner { background: #eceff1; color: #101010; font-size: @38; font-weight: bold; padding: @18 @32; }
QLabel#kioskBanner[kind="problem"] { background: #ff8a80; color: #101010; }
QLabel#pageIndicator { font-size: @26; color: #a8b2c0; }
QLabel#kioskConfigError { font-size: @34; padding: @48; }
QFrame[kioskRole="countTile"] { background: #1a1f27; border-radius: @12; }
QFrame[kioskRole="countTile"][severity="critical"][active="true"] { background: #e53935; }
QFrame[kioskRole="countTile"][severity="warning"][active="true"] { background: #ffb300; }
QFrame[kioskRole="countTile"][severity="info"][active="true"] { background: #4fc3f7; }
QLabel[kioskRole="countNumber"] { font-size: @64; font-weight: bold; color: #a8b2c0; }
QLabel[kioskRole="countCaption"] { font-size: @36; color: #a8b2c0; }
QFrame[kioskRole="countTile"][active="true"] QLabel { color: #101010; }
QFrame[kioskRole="countTile"][severity="critical"][active="true"] QLabel { color: #ffffff; }
QListView#alarmBoardList { background: transparent; border: none; font-size: @32; }
QLabel#allClear { font-size: @72; font-weight: bold; color: #66bb6a; }
QLabel#alarmBoardStatus { font-size: @40; color: #a8b2c0; }
QLabel#moreAlarms { font-size: @30; color: #a8b2c0; }
)");
    // "@N" is N pixels at 1920×1080.
    static const QRegularExpression sizes(QStringLiteral("@(\\d+)"));
    QString out;
    qsizetype last = 0;
    for (auto it = sizes.globalMatch(css); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(css).mid(last, m.capturedStart() - last);
        out += px(m.captured(1).toInt());
        last = m.capturedEnd();
    }
    out += QStringView(css).mid(last);
    return out;
}

} // namespace concord::ui::darktheme
