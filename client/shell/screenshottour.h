#pragma once
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QWidget;

namespace concord::ui {

class MainWindow;

// --screenshots: walks through every screen of the signed-in main window and saves each as a PNG
// ("<prefix><module>.png", the pages' own ScreenshotProvider shots, the critical-alarm banner, the
// settings dialog and the lock screen), then quits. For tests/ui/screenshots.sh under Xvfb.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString prefix, QObject *parent = nullptr);
    void start(); // once the first page's data is loaded

    static bool save(QWidget *widget, const QString &path);

private:
    using Step = std::function<void()>;
    void next();

    QPointer<MainWindow> m_window;
    QString m_prefix;
    QList<Step> m_steps;
};

} // namespace concord::ui
