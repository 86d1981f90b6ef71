// The baseline for bench_coldstart: the least a Qt Widgets desktop program does before it shows a
// table (load Qt, create the application, lay out and expose a main window) — no network, no data.
#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *model = new QStandardItemModel(20, 8, &window);
    auto *view = new QTableView(&window);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1100, 680);
    window.show();
    QTimer::singleShot(0, &app, [&] {
        std::fprintf(stdout, "concord: ready %lld\n", static_cast<long long>(sinceStart.elapsed()));
        std::fflush(stdout);
    });
    return QApplication::exec();
}
