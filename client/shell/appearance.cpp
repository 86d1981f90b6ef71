#include "shell/appearance.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace concord::ui {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

Appearance Appearance::load()
{
    QSettings s;
    Appearance a;
    a.theme = themeFromKey(s.value(QStringLiteral("ui/theme")).toString());
    a.fontScale = qBound(0.8, s.value(QStringLiteral("ui/fontScale"), 1.0).toDouble(), 2.0);
    a.lockMinutes = qBound(1, s.value(QStringLiteral("security/lockMinutes"), 10).toInt(), 60);
    return a;
}

void Appearance::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("ui/theme"), themeKey(theme));
    s.setValue(QStringLiteral("ui/fontScale"), fontScale);
    s.setValue(QStringLiteral("security/lockMinutes"), lockMinutes);
}

QString Appearance::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Theme Appearance::themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void applyAppearance(QApplication &app, const Appearance &appearance)
{
    // Remembered once: the platform's own font, style and palette before we changed anything.
    static const QFont baseFont = QApplication::font();
    static const QString baseStyle = app.style()->name();
    static const QPalette basePalette = QApplication::palette();

    switch (appearance.theme) {
    case Appearance::Theme::System:
        QApplication::setStyle(QStyleFactory::create(baseStyle));
        QApplication::setPalette(basePalette);
        break;
    case Appearance::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Appearance::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    QFont font = baseFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(baseFont.pointSizeF() * appearance.fontScale);
    else
        font.setPixelSize(qRound(baseFont.pixelSize() * appearance.fontScale));
    QApplication::setFont(font);
}

} // namespace concord::ui
