// The desktop client's widgets against a real server (offscreen): signing in through the login
// dialog's fields, translated error text for a wrong password, the main window's Alarms page and
// status bar, a live alarm raised by another client appearing in the table, and acknowledging it
// through the panel's button (comment asked in a dialog).
#include "alarm/alarmpanel.h"
#include "shell/changepassworddialog.h"
#include "clienttesthelpers.h"
#include "uitesthelpers.h"
#include "core/alarmmodel.h"
#include "shell/errortext.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/module.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QtTest>
#include <memory>

using namespace concord;
using namespace concord::test;
using namespace concord::ui;

namespace {
// Fills in the dialog's fields the way a person would and presses Sign in.
void typeAndSignIn(LoginDialog &dialog, const TestServer &server, const QString &user,
                   const QString &password)
{
    child<QComboBox>(&dialog, "server")->setCurrentText(QStringLiteral("127.0.0.1:%1").arg(server.port()));
    child<QLineEdit>(&dialog, "user")->setText(user);
    child<QLineEdit>(&dialog, "password")->setText(password);
    QTest::mouseClick(child<QPushButton>(&dialog, "signIn"), Qt::LeftButton);
}

int proxyRowOfMessage(QTableView *view, const QString &message)
{
    const QAbstractItemModel *m = view->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, AlarmModel::MessageColumn).data().toString() == message) return row;
    }
    return -1;
}
} // namespace

class TstUiLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings("tst_ui_login");
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(m_server.start());
    }

    void wrongPasswordShowsTranslatedText()
    {
        RpcClient client;
        LoginDialog dialog(&client, clientOptions(m_server));
        dialog.show();
        typeAndSignIn(dialog, m_server, s("qa"), s("not the password"));
        auto *error = child<QLabel>(&dialog, "error");
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        RpcError e;
        e.dataCode = s("auth.invalid_credentials");
        QCOMPARE(error->text(), errorText(e));
        QVERIFY(!error->text().contains(s("auth.")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(child<QLineEdit>(&dialog, "password")->text().isEmpty());
    }

    void unreachableServerShowsConnectionError()
    {
        RpcClient client;
        RpcClient::Options o = clientOptions(m_server);
        o.connectTimeoutMs = 2000;
        LoginDialog dialog(&client, o);
        dialog.show();
        child<QComboBox>(&dialog, "server")->setCurrentText(s("127.0.0.1:1"));
        child<QLineEdit>(&dialog, "user")->setText(s("qa"));
        child<QLineEdit>(&dialog, "password")->setText(TestServer::demoPassword());
        QTest::mouseClick(child<QPushButton>(&dialog, "signIn"), Qt::LeftButton);
        auto *error = child<QLabel>(&dialog, "error");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QVERIFY2(error->text().contains(s("127.0.0.1:1")), qPrintable(error->text()));
        QVERIFY(child<QPushButton>(&dialog, "signIn")->isEnabled());
    }

    void lockoutShowsLockedText()
    {
        RpcClient client;
        LoginDialog dialog(&client, clientOptions(m_server));
        dialog.show();
        auto *error = child<QLabel>(&dialog, "error");
        RpcError wrong, locked;
        wrong.dataCode = s("auth.invalid_credentials");
        locked.dataCode = s("auth.locked");
        // The server's default threshold is 5 failed attempts.
        for (int attempt = 0; attempt < 5; ++attempt) {
            error->hide();
            typeAndSignIn(dialog, m_server, s("operator2"), s("wrong password %1").arg(attempt));
            QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
            QCOMPARE(error->text(), errorText(wrong));
        }
        // Locked means locked: only the right password learns it, and it is refused.
        error->hide();
        typeAndSignIn(dialog, m_server, s("operator2"), TestServer::demoPassword());
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QCOMPARE(error->text(), errorText(locked));
        QVERIFY(!client.sessionUsable());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void forcedPasswordChange()
    {
        auto admin = m_server.login(s("admin"));
        QVERIFY(admin);
        const auto created = admin->call(s("user.create"), {{s("username"), s("new.tech")},
                                                            {s("fullName"), s("New Technician")},
                                                            {s("reason"), s("hired")}});
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QString temp = created.result.value(s("temporaryPassword")).toString();

        RpcClient client;
        LoginDialog dialog(&client, clientOptions(m_server));
        dialog.show();
        typeAndSignIn(dialog, m_server, s("new.tech"), temp);
        ChangePasswordDialog *change = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (change = dialog.findChild<ChangePasswordDialog *>()) != nullptr && change->isVisible(), 15000);
        QVERIFY(client.mustChangePassword());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not yet

        // A policy refusal shows the rule, translated text around it.
        child<QLineEdit>(change, "oldPassword")->setText(temp);
        child<QLineEdit>(change, "newPassword")->setText(s("short"));
        child<QLineEdit>(change, "repeatPassword")->setText(s("short"));
        QTest::mouseClick(child<QPushButton>(change, "changePassword"), Qt::LeftButton);
        auto *error = child<QLabel>(change, "error");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QVERIFY2(error->text().startsWith(s("The new password does not meet the password policy: ")),
                 qPrintable(error->text()));
        QVERIFY2(error->text().size() > 60, qPrintable(error->text())); // the rule is there

        // Mismatched repetition is caught before asking the server.
        child<QLineEdit>(change, "newPassword")->setText(s("Brand-new-pass-42"));
        child<QLineEdit>(change, "repeatPassword")->setText(s("Brand-new-pass-43"));
        QTest::mouseClick(child<QPushButton>(change, "changePassword"), Qt::LeftButton);
        QCOMPARE(error->text(), ChangePasswordDialog::tr("The new passwords do not match."));

        child<QLineEdit>(change, "repeatPassword")->setText(s("Brand-new-pass-42"));
        QTest::mouseClick(child<QPushButton>(change, "changePassword"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QVERIFY(client.sessionUsable());

        // No permissions yet: the main window says so instead of showing modules.
        MainWindow window(&client);
        QCOMPARE(window.navigation()->count(), 0);
        QVERIFY(window.alarmPanel() == nullptr);
        QCOMPARE(window.pages()->currentWidget()->objectName(), s("noModules"));
    }

    void signInThenLiveAlarmAndAcknowledge()
    {
        RpcClient client;
        LoginDialog dialog(&client, clientOptions(m_server));
        dialog.show();
        typeAndSignIn(dialog, m_server, s("qa"), TestServer::demoPassword());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QVERIFY(client.sessionUsable());

        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // QA's modules, in catalogue order: the alarms first; administration only to read.
        QStringList modules;
        for (int i = 0; i < window.navigation()->count(); ++i)
            modules << window.navigation()->item(i)->data(Qt::UserRole).toString();
        QStringList expected;
        for (const ModuleEntry &m : moduleCatalog()) {
            if (m.available(client)) expected << m.id;
        }
        QCOMPARE(modules, expected);
        QVERIFY(modules.contains(s("alarms")) && !modules.contains(s("kiosk")));
        QCOMPARE(window.navigation()->item(0)->text(), s("Alarms"));
        AlarmPanel *panel = window.alarmPanel();
        QVERIFY(panel);
        QCOMPARE(window.pages()->currentWidget(), panel);

        // Status bar: server, the user's full name, connection state, server time.
        QCOMPARE(child<QLabel>(&window, "statusServer")->text(),
                 s("Server: 127.0.0.1:%1").arg(m_server.port()));
        QVERIFY(child<QLabel>(&window, "statusUser")->text().contains(s("Helen Ortiz")));
        QCOMPARE(child<QLabel>(&window, "statusConnection")->text(),
                 MainWindow::stateText(RpcClient::State::Authenticated));
        QVERIFY(child<QLabel>(&window, "statusServerTime")
                    ->text()
                    .contains(QString::number(QDate::currentDate().year())));

        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->isLoaded(), 15000);
        auto device = m_server.login(s("dev-leak-01"));
        QVERIFY(device);
        const QString message = s("helium leak rate above limit (ui test)");
        QVERIFY(device->call(s("alarm.raise"), raiseParams(message, s("critical"))).ok());

        QTableView *table = child<QTableView>(&window, "alarmTable");
        QTRY_VERIFY_WITH_TIMEOUT(proxyRowOfMessage(table, message) >= 0, 5000);
        int row = proxyRowOfMessage(table, message);
        QCOMPARE(table->model()->index(row, AlarmModel::StateColumn).data(AlarmModel::StateRole).toString(),
                 s("active"));
        QCOMPARE(table->model()->index(row, 0).data(Qt::BackgroundRole).value<QColor>(),
                 AlarmPanel::severityColor(s("critical")));

        // The severity filter hides it under "Warning" and shows it under "Critical".
        auto *filter = child<QComboBox>(&window, "severityFilter");
        filter->setCurrentIndex(filter->findData(s("warning")));
        QCOMPARE(proxyRowOfMessage(table, message), -1);
        filter->setCurrentIndex(filter->findData(s("critical")));
        QVERIFY(proxyRowOfMessage(table, message) >= 0);
        filter->setCurrentIndex(0);

        row = proxyRowOfMessage(table, message);
        auto *ack = child<QPushButton>(&window, "acknowledge");
        QVERIFY(!ack->isEnabled()); // nothing selected
        table->selectRow(row);
        QVERIFY(ack->isEnabled());

        // The button asks for a comment in a modal dialog. While it is open another alarm arrives
        // and shifts the rows; the alarm that was selected is still the one acknowledged.
        const QString later = s("pouch seal strength low (arrived during the comment)");
        bool answered = false;
        bool laterShown = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                poll.stop();
                if (device->call(s("alarm.raise"), raiseParams(later, s("warning"))).ok())
                    laterShown = QTest::qWaitFor([&] { return proxyRowOfMessage(table, later) >= 0; }, 5000);
                d->setTextValue(s("seal replaced, retested"));
                d->accept();
                answered = true;
            }
        });
        poll.start(50);
        QTest::mouseClick(ack, Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY(laterShown);
        QVERIFY(proxyRowOfMessage(table, later) < proxyRowOfMessage(table, message)); // newest first

        QTRY_COMPARE_WITH_TIMEOUT(table->model()
                                      ->index(proxyRowOfMessage(table, message), 0)
                                      .data(AlarmModel::StateRole)
                                      .toString(),
                                  s("acknowledged"), 5000);
        row = proxyRowOfMessage(table, message);
        QCOMPARE(table->model()->index(row, AlarmModel::AcknowledgedByColumn).data().toString().isEmpty(),
                 false);
        QCOMPARE(table->model()->index(row, 0).data(AlarmModel::CommentRole).toString(),
                 s("seal replaced, retested"));
        QTRY_VERIFY(!ack->isEnabled()); // already acknowledged
        QCOMPARE(
            table->model()->index(proxyRowOfMessage(table, later), 0).data(AlarmModel::StateRole).toString(),
            s("active"));
    }

    void acknowledgeNeedsPermission()
    {
        auto client = signedIn(m_server, s("planner")); // alarm.read only
        QVERIFY(client);
        MainWindow window(client.get());
        window.show();
        AlarmPanel *panel = window.alarmPanel();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->isLoaded(), 15000);
        auto device = m_server.login(s("dev-leak-01"));
        const QString message = s("seal force low (ui permission test)");
        QVERIFY(device->call(s("alarm.raise"), raiseParams(message)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(proxyRowOfMessage(panel->view(), message) >= 0, 5000);
        const int row = proxyRowOfMessage(panel->view(), message);
        QCOMPARE(panel->view()->model()->index(row, 0).data(AlarmModel::StateRole).toString(), s("active"));
        panel->view()->selectRow(row);
        QVERIFY(!child<QPushButton>(&window, "acknowledge")->isEnabled());
    }

private:
    TestServer m_server;
};

QTEST_MAIN(TstUiLogin)
#include "tst_ui_login.moc"
