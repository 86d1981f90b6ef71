#pragma once
#include <QList>
#include <QString>
#include <functional>

class QWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

// One hit of the global search box: what to show in the result list and how to open it.
struct SearchHit
{
    QString text;                // translated, e.g. "User operator2 (Olivia Chen)"
    std::function<void()> open;  // shows the record on the module's page
};

// A module page that answers the global search box (IDs, scanned barcodes) implements this. It
// answers asynchronously, exactly once per search (an empty list when nothing matches).
class SearchProvider
{
public:
    virtual ~SearchProvider() = default;
    virtual void search(const QString &text, std::function<void(const QList<SearchHit> &)> done) = 0;
};

// A page with dialogs or states worth a screenshot of their own (tests/ui/screenshots.sh) lists
// them: prepare() puts the page into the state, or opens a dialog without blocking, and returns the
// widget to photograph; finish() closes what prepare() opened.
class ScreenshotProvider
{
public:
    struct Shot
    {
        QString name; // file name part: "<lang>-<module>-<name>.png"
        std::function<QWidget *()> prepare;
        std::function<void()> finish;
    };
    virtual ~ScreenshotProvider() = default;
    virtual QList<Shot> screenshots() = 0;
};

// One entry of the navigation. A module appears only when it exists in this build and the signed-in
// user may use it (available() asks the client's permissions).
struct ModuleEntry
{
    QString id;    // stable, for settings and tests: "alarms", "audit", "admin" ...
    QString title; // translated
    std::function<bool(const RpcClient &)> available;
    std::function<QWidget *(RpcClient *, QWidget *parent)> create;
};

// Every module of the desktop client, in navigation order (shell/modulecatalog.cpp). A new module
// adds one entry there.
QList<ModuleEntry> moduleCatalog();

} // namespace concord::ui
