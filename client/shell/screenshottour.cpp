#include "shell/screenshottour.h"

#include "alarm/alarmpanel.h"
#include "core/alarmmodel.h"
#include "shell/mainwindow.h"
#include "shell/module.h"
#include "shell/settingsdialog.h"

#include <QApplication>
#include <QListWidget>
#include <QStackedWidget>
#include <QTimer>
#include <cstdio>

namespace concord::ui {

namespace {
constexpr int kSettleMs = 1200; // data arrives, tables resize, fonts render
}

ScreenshotTour::ScreenshotTour(MainWindow *window, QString prefix, QObject *parent)
    : QObject(parent), m_window(window), m_prefix(std::move(prefix))
{
}

bool ScreenshotTour::save(QWidget *widget, const QString &path)
{
    const bool ok = widget && widget->grab().save(path);
    std::fprintf(ok ? stdout : stderr, ok ? "concord: saved %s\n" : "concord: could not save %s\n", qPrintable(path));
    return ok;
}

void ScreenshotTour::start()
{
    MainWindow *w = m_window;
    if (!w) return;
    // One step per screen; each step sets its screen up and the next one photographs it later.
    for (int row = 0; row < w->navigation()->count(); ++row) {
        const QString id = w->navigation()->item(row)->data(Qt::UserRole).toString();
        m_steps << [this, id] {
            if (m_window) m_window->showModule(id);
        };
        m_steps << [this, id] {
            if (m_window) save(m_window, m_prefix + id + QStringLiteral(".png"));
        };
        auto *provider = dynamic_cast<ScreenshotProvider *>(w->page(id));
        if (!provider) continue;
        for (const ScreenshotProvider::Shot &shot : provider->screenshots()) {
            auto target = std::make_shared<QPointer<QWidget>>();
            m_steps << [this, id, shot, target] {
                if (m_window) m_window->showModule(id);
                *target = shot.prepare();
            };
            m_steps << [this, id, shot, target] {
                save(*target ? target->data() : m_window.data(), m_prefix + id + QLatin1Char('-') + shot.name + QStringLiteral(".png"));
                if (shot.finish) shot.finish();
            };
        }
    }
    if (AlarmPanel *alarms = w->alarmPanel()) {
        m_steps << [this, alarms] {
            for (int row = 0; row < alarms->model()->rowCount(); ++row) {
                const QJsonObject a = alarms->model()->alarm(row);
                if (a.value(QStringLiteral("severity")).toString() != QLatin1String("critical")) continue;
                if (m_window) {
                    m_window->showModule(QStringLiteral("alarms"));
                    m_window->showCriticalBanner(a);
                }
                break;
            }
        };
        m_steps << [this] {
            if (m_window) save(m_window, m_prefix + QStringLiteral("alarms-banner.png"));
        };
    }
    auto settings = std::make_shared<QPointer<SettingsDialog>>();
    m_steps << [this, settings] {
        *settings = new SettingsDialog(m_window);
        (*settings)->setAttribute(Qt::WA_DeleteOnClose);
        (*settings)->show();
    };
    m_steps << [this, settings] {
        if (*settings) {
            save(*settings, m_prefix + QStringLiteral("settings.png"));
            (*settings)->close();
        }
    };
    m_steps << [this] {
        if (m_window) m_window->lock();
    };
    m_steps << [this] {
        if (m_window) save(m_window, m_prefix + QStringLiteral("lock.png"));
        QApplication::quit();
    };
    next();
}

void ScreenshotTour::next()
{
    if (m_steps.isEmpty()) return;
    const Step step = m_steps.takeFirst();
    step();
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}

} // namespace concord::ui
