#pragma once
#include <QString>

class QApplication;

namespace concord::ui {

// How the desktop client looks: a theme and a font scale, saved in the user's settings and applied
// to the whole application at start and whenever the settings dialog changes them.
struct Appearance
{
    enum class Theme { System, Light, Dark };
    Theme theme = Theme::System;
    double fontScale = 1.0; // 0.8 .. 2.0; operators at a line with a touch screen want it larger
    int lockMinutes = 10;   // idle minutes before the lock screen (1 .. 60)

    static Appearance load();
    void save() const;
    static QString themeKey(Theme theme);
    static Theme themeFromKey(const QString &key);
};

// Applies theme and font scale to the application (palette, Fusion style for Light/Dark, font).
// The base font is remembered at the first call so that repeated scaling does not compound.
void applyAppearance(QApplication &app, const Appearance &appearance);

} // namespace concord::ui
