#pragma once
#include <QColor>
#include <QString>

class QWidget;

namespace concord::ui {

// The shop TV's look: dark, high contrast, large type, sized for a 1920×1080 screen read from
// five metres and scaled to the real screen. The severity colours differ in hue and brightness
// (red with white text, amber with black, light blue with black), so that they still separate on
// a cheap TV panel and for red-green colour blindness; the severity is also always written out.
namespace darktheme {

// 1.0 at 1920×1080; smaller and larger screens scale every size with it.
double scaleFor(int width, int height);
// The style sheet for the kiosk window and its pages, every size multiplied by `scale`.
QString styleSheet(double scale);
// The dark palette (for what the style sheet does not reach, e.g. item views' base colours).
void applyPalette(QWidget *widget);

QColor background();
QColor surface();
QColor text();
QColor mutedText();
QColor calm(); // "No active alarms"

QColor severityColor(const QString &severity);     // badges and count tiles
QColor severityTextColor(const QString &severity); // text on severityColor()
QColor severityRowColor(const QString &severity);  // the darker row behind an alarm's text

// Re-applies the style after a dynamic property used in the style sheet changed.
void repolish(QWidget *widget);

} // namespace darktheme

} // namespace concord::ui
