// The desktop client's shell against a real server (offscreen): the idle lock screen (locked on the
// server too, only the user's password unlocks), the alarm panel catching up after the server is
// killed and restarted, the critical-alarm banner, the global search box, settings, the changed-
// certificate question, and a window that keeps repainting while a slow server answers.
#include "alarm/alarmpanel.h"
#include "clienttesthelpers.h"
#include "uitesthelpers.h"
#include "core/alarmmodel.h"
#include "shell/appearance.h"
#include "shell/certificateprompt.h"
#include "shell/errortext.h"
#include "shell/globalsearch.h"
#include "shell/idlewatcher.h"
#include "shell/lockscreen.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/settingsdialog.h"
#include "slowproxy.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace concord;
using namespace concord::test;
using namespace concord::ui;

namespace {
QSet<qint64> modelIds(const AlarmModel *model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(AlarmModel::IdRole).toLongLong());
    return ids;
}

// Counts paint events of one widget: proof that the UI thread is free to draw.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *w) { w->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint) ++paints;
        return false;
    }
};
} // namespace

class TstUiShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings("tst_ui_shell");
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
    }

    void idleLocksOnTheServerAndOnlyThePasswordUnlocks()
    {
        TestServer server;
        QVERIFY(server.start());
        auto client = signedIn(server, s("operator"));
        QVERIFY(client);
        MainWindow window(client.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.alarmPanel()->model()->isLoaded(), 15000);
        QVERIFY(!window.isLockedView());

        window.idleWatcher()->setTimeoutMs(300); // instead of minutes
        QTRY_VERIFY_WITH_TIMEOUT(window.isLockedView(), 5000);
        QVERIFY(client->isLocked());
        QVERIFY(!child<QTableView>(&window, "alarmTable")->isVisible()); // nothing of the work shows
        QVERIFY(child<QLabel>(&window, "lockedUser")->text().contains(s("operator")));
        // The server refuses the session's work until it is unlocked, not just this window.
        QTRY_COMPARE_WITH_TIMEOUT(await(client->call(s("alarm.list"))).error.dataCode, s("auth.session_locked"), 5000);

        auto *password = child<QLineEdit>(&window, "unlockPassword");
        auto *error = window.lockScreen()->findChild<QLabel *>(s("error"));
        password->setText(s("not-the-Password-1"));
        QTest::mouseClick(child<QPushButton>(&window, "unlock"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        RpcError wrong;
        wrong.dataCode = s("auth.invalid_credentials");
        QCOMPARE(error->text(), errorText(wrong));
        QVERIFY(window.isLockedView());

        window.idleWatcher()->setTimeoutMs(60 * 60 * 1000);
        password->setText(TestServer::demoPassword());
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLockedView(), 10000);
        QVERIFY(!client->isLocked());
        QVERIFY(await(client->call(s("alarm.list"))).ok());

        // The audit trail has the lock, the failed unlock and the unlock, by the operator.
        auto admin = server.login(s("admin"));
        QStringList actions;
        for (const QJsonValue &v : admin->call(s("audit.query"), {{s("username"), s("operator")}, {s("limit"), 50}})
                                       .result.value(s("rows"))
                                       .toArray())
            actions << v.toObject().value(s("action")).toString();
        QVERIFY2(actions.contains(s("session.locked")) && actions.contains(s("session.unlocked")) &&
                     actions.contains(s("auth.unlock_failed")),
                 qPrintable(actions.join(u',')));
    }

    void expiredPasswordIsExplainedAndMustBeChanged()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::withEnv({s("CONCORD_PASSWORD_MAX_AGE_DAYS=90")})));
        { // the planner's password was last changed 100 days ago
            QSqlDatabase db = server.openDirect(s("age"));
            QSqlQuery q(db);
            QVERIFY(q.prepare(s("UPDATE app_user SET password_changed_at = ? WHERE username = 'planner'")));
            q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-100).toString(Qt::ISODateWithMs));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(s("age"));
        RpcClient client;
        LoginDialog dialog(&client, clientOptions(server));
        dialog.show();
        dialog.setServer(s("127.0.0.1:%1").arg(server.port()));
        child<QLineEdit>(&dialog, "user")->setText(s("planner"));
        child<QLineEdit>(&dialog, "password")->setText(TestServer::demoPassword());
        dialog.signIn();
        QDialog *change = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((change = dialog.findChild<QDialog *>(s("changePasswordDialog"))) != nullptr, 15000);
        QTRY_VERIFY(change->isVisible());
        QCOMPARE(child<QLabel>(change, "intro")->text(), QCoreApplication::translate("concord::ui::ChangePasswordDialog",
                                                                                     "Your password has expired. Choose a new one to continue."));
        QVERIFY(client.mustChangePassword());
        QCOMPARE(await(client.call(s("alarm.list"))).error.dataCode, s("auth.password_change_required"));
    }

    void alarmPanelCatchesUpAfterServerKilledAndRestarted()
    {
        TestServer server;
        QVERIFY(server.start());
        auto client = signedIn(server, s("qa"));
        QVERIFY(client);
        MainWindow window(client.get());
        window.show();
        AlarmModel *model = window.alarmPanel()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 15000);
        const int before = model->rowCount();

        auto device = server.login(s("dev-seal-01"));
        QVERIFY(device->call(s("alarm.raise"), raiseParams(s("before the crash"))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 1, 5000);

        server.kill9();
        auto *state = child<QLabel>(&window, "statusConnection");
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), MainWindow::stateText(RpcClient::State::Reconnecting), 10000);
        QVERIFY(server.restart());
        // Raised at once, most likely before the client is back: it must arrive by the replay.
        auto device2 = server.login(s("dev-seal-01"));
        QVERIFY(device2);
        QVERIFY(device2->call(s("alarm.raise"), raiseParams(s("while the client reconnects"), s("critical"))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), MainWindow::stateText(RpcClient::State::Authenticated), 20000);
        QVERIFY(device2->call(s("alarm.raise"), raiseParams(s("after the reconnect"))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 3, 10000);

        // Exactly the server's alarms: none missing, none twice.
        QSet<qint64> serverIds;
        auto reader = server.login(s("qa"));
        for (const QJsonValue &v : reader->call(s("alarm.list"), {{s("limit"), 500}}).result.value(s("alarms")).toArray())
            serverIds.insert(v.toObject().value(s("id")).toInteger());
        QCOMPARE(serverIds.size(), before + 3);
        QVERIFY2(modelIds(model) == serverIds, qPrintable(s("model %1, server %2").arg(modelIds(model).size()).arg(serverIds.size())));
        QCOMPARE(client->stats().gapsDetected, 0);
        QVERIFY(client->stats().resumes >= 1);
    }

    void criticalAlarmShowsBannerThatOpensIt()
    {
        TestServer server;
        QVERIFY(server.start());
        auto client = signedIn(server, s("qa"));
        MainWindow window(client.get());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.alarmPanel()->model()->isLoaded(), 15000);
        auto device = server.login(s("dev-leak-01"));
        QVERIFY(device->call(s("alarm.raise"), raiseParams(s("a warning only"))).ok());
        QTest::qWait(300);
        QVERIFY(!window.criticalBanner()->isVisible()); // warnings do not interrupt
        const auto raised = device->call(s("alarm.raise"), raiseParams(s("helium leak on LT-01"), s("critical")));
        QVERIFY(raised.ok());
        QTRY_VERIFY_WITH_TIMEOUT(window.criticalBanner()->isVisible(), 5000);
        QVERIFY(window.criticalBanner()->text().contains(s("helium leak on LT-01")));
        QVERIFY(window.criticalBanner()->text().contains(s("LT-01")));

        QTest::mouseClick(child<QPushButton>(&window, "criticalBannerShow"), Qt::LeftButton);
        QVERIFY(!window.criticalBanner()->isVisible());
        QCOMPARE(window.pages()->currentWidget(), window.alarmPanel());
        const QModelIndexList selected = window.alarmPanel()->view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(AlarmModel::IdRole).toLongLong(), raised.result.value(s("id")).toInteger());
    }

    void globalSearchFindsAlarmsByNumberAndEquipment()
    {
        TestServer server;
        QVERIFY(server.start());
        auto client = signedIn(server, s("qa"));
        MainWindow window(client.get());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.alarmPanel()->model()->isLoaded(), 15000);
        auto device = server.login(s("dev-uv-01"));
        QJsonObject p1 = raiseParams(s("UV lamp intensity low"));
        p1.insert(s("source"), s("UV-07"));
        const qint64 id = device->call(s("alarm.raise"), p1).result.value(s("id")).toInteger();
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.alarmPanel()->model()->rowOfId(id) >= 0, 5000);

        GlobalSearch *search = window.searchBox();
        QSignalSpy finished(search, &GlobalSearch::finished);
        // A scanner types the code and presses Enter (here with a GS1 separator in front).
        search->setFocus();
        search->setText(QString(QChar(0x1d)) + s("UV-07")); // QTest cannot type the separator

        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 1);
        QCOMPARE(window.alarmPanel()->view()->selectionModel()->selectedRows().first().data(AlarmModel::IdRole).toLongLong(), id);

        window.alarmPanel()->view()->clearSelection();
        search->search(s("#%1").arg(id));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(window.alarmPanel()->view()->selectionModel()->selectedRows().size(), 1);

        search->search(s("NO-SUCH-THING-42x"));
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(finished.last().first().toInt(), 0);
        QVERIFY2(window.statusBar()->currentMessage().contains(s("NO-SUCH-THING-42x")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void settingsApplyThemeAndFontScaleAndAreKept()
    {
        const QFont before = QApplication::font();
        SettingsDialog dialog;
        child<QComboBox>(&dialog, "theme")->setCurrentIndex(child<QComboBox>(&dialog, "theme")->findData(s("dark")));
        child<QSpinBox>(&dialog, "fontScale")->setValue(150);
        child<QSpinBox>(&dialog, "lockMinutes")->setValue(5);
        QVERIFY(!child<QLabel>(&dialog, "languageNote")->isVisibleTo(&dialog));
        auto *language = child<QComboBox>(&dialog, "language");
        language->setCurrentIndex(language->findData(s("zh_CN")));
        QVERIFY(child<QLabel>(&dialog, "languageNote")->isVisibleTo(&dialog)); // "from the next start"
        QVERIFY(dialog.saveAndApply());

        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(QApplication::font().pointSizeF(), before.pointSizeF() * 1.5);
        const Appearance saved = Appearance::load();
        QCOMPARE(saved.theme, Appearance::Theme::Dark);
        QCOMPARE(saved.fontScale, 1.5);
        QCOMPARE(saved.lockMinutes, 5);
        QCOMPARE(QSettings().value(s("ui/language")).toString(), s("zh_CN"));

        // Back to the defaults: the font is not scaled twice.
        Appearance plain;
        plain.save();
        QSettings().setValue(s("ui/language"), s("en"));
        applyAppearance(*qApp, plain);
        QCOMPARE(QApplication::font().pointSizeF(), before.pointSizeF());
    }

    void changedCertificateIsRefusedUnlessExplicitlyTrusted()
    {
        TestServer first;
        QVERIFY(first.start());
        RpcClient::Options options = clientOptions(first);
        const QString pinFile = first.dataDir() + s("/shared-pins");
        options.pinFile = pinFile;
        { // pin the first server's certificate under 127.0.0.1:<port>
            RpcClient c;
            c.connectToServer(options);
            QVERIFY(waitForState(c, RpcClient::State::Connected));
        }
        // Another server (another certificate) answers on the same address.
        const quint16 port = first.port();
        QVERIFY(first.stop());
        TestServer second;
        TestServer::Options so;
        so.extraArgs = {s("--listen"), s("127.0.0.1:%1").arg(port)};
        QVERIFY(second.start(so));
        QCOMPARE(second.port(), port);

        for (const bool trust : {false, true}) {
            RpcClient client;
            LoginDialog dialog(&client, options);
            dialog.show();
            dialog.setServer(s("127.0.0.1:%1").arg(port));
            child<QLineEdit>(&dialog, "user")->setText(s("qa"));
            child<QLineEdit>(&dialog, "password")->setText(TestServer::demoPassword());
            QString shownText;
            QTimer poll;
            connect(&poll, &QTimer::timeout, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != s("certificatePrompt")) return;
                poll.stop();
                shownText = box->text() + box->detailedText();
                QTest::mouseClick(box->findChild<QPushButton *>(trust ? s("trustCertificate") : s("refuseCertificate")),
                                  Qt::LeftButton);
            });
            poll.start(30);
            dialog.signIn();
            if (!trust) {
                QTRY_VERIFY_WITH_TIMEOUT(!shownText.isEmpty(), 15000);
                QVERIFY(shownText.contains(formatFingerprint(client.serverFingerprint())));
                QTest::qWait(300);
                QVERIFY(!client.sessionUsable());
                QVERIFY(child<QLabel>(&dialog, "error")->text().contains(s("different certificate")));
            } else {
                QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
                QVERIFY(client.sessionUsable());
            }
        }
    }

    void windowKeepsRepaintingWhileTheServerIsSlow()
    {
        // Every answer of a real server reaches the client 1.5 s late. Signing in and loading the
        // alarms take several round trips; all the while the UI thread must keep drawing.
        TestServer server;
        QVERIFY(server.start());
        SlowProxy proxy(server.port(), 1500);
        RpcClient::Options options = clientOptions(server);
        options.port = proxy.port();
        options.connectTimeoutMs = 30000;
        RpcClient client;
        LoginDialog dialog(&client, options);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        PaintCounter dialogPaints(&dialog);
        QTimer ticker; // something on screen changes all the time, as a clock or a spinner does
        connect(&ticker, &QTimer::timeout, &dialog, [&dialog] { dialog.update(); });
        ticker.start(20);
        dialog.setServer(s("127.0.0.1:%1").arg(proxy.port()));
        child<QLineEdit>(&dialog, "user")->setText(s("qa"));
        child<QLineEdit>(&dialog, "password")->setText(TestServer::demoPassword());
        QElapsedTimer took;
        took.start();
        dialog.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 60000);
        QVERIFY2(took.elapsed() >= 3000, "the proxy did not slow the sign-in down"); // hello + login at least
        QVERIFY2(dialogPaints.paints >= 20, qPrintable(s("only %1 repaints while signing in").arg(dialogPaints.paints)));

        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PaintCounter windowPaints(&window);
        disconnect(&ticker, nullptr, nullptr, nullptr);
        connect(&ticker, &QTimer::timeout, &window, [&window] { window.update(); });
        AlarmModel *model = window.alarmPanel()->model();
        QVERIFY(!model->isLoaded()); // its answer is still on the slow way
        int paintsWhileLoading = 0;
        QTRY_VERIFY_WITH_TIMEOUT((paintsWhileLoading = windowPaints.paints, model->isLoaded()), 30000);
        QVERIFY2(paintsWhileLoading >= 20, qPrintable(s("only %1 repaints while loading").arg(paintsWhileLoading)));
        QVERIFY(proxy.delayedChunks() >= 3);
    }
};

QTEST_MAIN(TstUiShell)
#include "tst_ui_shell.moc"
