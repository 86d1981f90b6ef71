#include "demo/demomasterdata.h"

#include "core/clock.h"
#include "demo/demoscript.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

namespace concord::demo {

Q_LOGGING_CATEGORY(lcDemo, "concord.demo")

bool seedMasterData(Services &services, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    DemoScript script(services);
    if (!script.loadPrincipals({QStringLiteral("engineer"), QStringLiteral("maintenance"), QStringLiteral("qa"), QStringLiteral("qa2"),
                                QStringLiteral("warehouse"), QStringLiteral("manager")},
                               error))
        return false;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    queuePlant(script, today);
    queueProducts(script);
    if (!script.run(error))
        return false;
    // The later changes must happen later: a version takes effect strictly after the one it
    // replaces, and every step of one group-commit transaction shares the same server time.
    const QString released = clock::nowIso();
    while (clock::nowIso() <= released)
        QThread::usleep(200);
    queueChanges(script);
    if (!script.run(error))
        return false;
    qCInfo(lcDemo).noquote() << QStringLiteral("demo plant master data: %1 actions by the demo users in %2 ms")
                                    .arg(script.actionCount())
                                    .arg(timer.elapsed());
    return true;
}

} // namespace concord::demo
