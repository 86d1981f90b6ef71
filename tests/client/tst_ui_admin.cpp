// The Administration module and the e-signature dialog against a real server (offscreen): tabs by
// permission; creating a user through the dialog (temporary password shown once, copied, usable
// once to sign in and then to be changed); an edit conflict reloads; deactivation ends the user's
// session at once; unlock and password reset; a role change approved by e-signature — refused for
// the requester (separation of duties), a wrong password, then the approver's signature with its
// manifestation, the roles changed on the server, the signature valid in the tab, the audit rows;
// the dialog's refusals for no permission, a stale version and a lockout; the active sessions; the
// global search's user hits.
#include "clienttesthelpers.h"
#include "uitesthelpers.h"
#include "identity/adminpage.h"
#include "identity/approvalstab.h"
#include "identity/reasondialog.h"
#include "identity/rolechangedialog.h"
#include "identity/rolechangemodel.h"
#include "identity/rolechangestab.h"
#include "identity/rolepicker.h"
#include "identity/rolestab.h"
#include "identity/temporarypassworddialog.h"
#include "identity/userdialog.h"
#include "identity/usermodel.h"
#include "identity/userstab.h"
#include "session/sessionspanel.h"
#include "shell/errortext.h"
#include "shell/mainwindow.h"
#include "signature/signaturedialog.h"
#include "signature/signaturelist.h"
#include "signature/signaturetext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace concord;
using namespace concord::test;
using namespace concord::ui;

namespace {
QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

QString cell(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

int rowWithText(const QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, column) && table->item(row, column)->text() == text) return row;
    return -1;
}
} // namespace

class TstUiAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings("tst_ui_admin");
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(m_server.start());
        m_admin = m_server.login(s("admin"));
        QVERIFY(m_admin);
    }

    void moduleAndTabsFollowPermissions()
    {
        auto admin = signedIn(m_server, s("admin"));
        QVERIFY(admin);
        MainWindow window(admin.get());
        QVERIFY(window.showModule(s("admin")));
        auto *page = qobject_cast<AdminPage *>(window.page(s("admin")));
        QVERIFY(page);
        QStringList tabs;
        for (int i = 0; i < page->tabs()->count(); ++i)
            tabs.append(page->tabs()->tabText(i));
        QCOMPARE(tabs, (QStringList{s("Users"), s("Roles"), s("Role changes"), s("Approvals"), s("Active sessions")}));
        // Buttons are there only for what the user may do (isHidden: the tabs not shown are hidden too).
        QVERIFY(!child<QPushButton>(page, "createUser")->isHidden());
        QVERIFY(!child<QPushButton>(page, "requestRoleChange")->isHidden());

        // Roles with their permissions, read-only.
        QTRY_VERIFY_WITH_TIMEOUT(page->rolesTab()->isLoaded(), 15000);
        const auto roles = page->rolesTab()->tree()->findItems(s("administrator"), Qt::MatchExactly);
        QCOMPARE(roles.size(), 1);
        QStringList permissions;
        for (int i = 0; i < roles.first()->childCount(); ++i)
            permissions.append(roles.first()->child(i)->text(0));
        QVERIFY(permissions.contains(s("user.admin")));
        QVERIFY(permissions.contains(s("signature:role_change:approved")));

        // QA reads users and role changes and may sign them, but edits nothing and sees no sessions.
        auto qa = signedIn(m_server, s("qa"));
        QVERIFY(qa);
        MainWindow qaWindow(qa.get());
        auto *qaPage = qobject_cast<AdminPage *>(qaWindow.page(s("admin")));
        QVERIFY(qaPage);
        QCOMPARE(qaPage->tabs()->count(), 4); // Users, Roles, Role changes, Approvals
        QVERIFY(qaPage->approvalsTab() != nullptr);
        QVERIFY(qaPage->sessionsPanel() == nullptr);
        QVERIFY(child<QPushButton>(qaPage, "createUser")->isHidden());
        QVERIFY(child<QPushButton>(qaPage, "requestRoleChange")->isHidden());
        QVERIFY(!child<QPushButton>(qaPage, "approveRoleChange")->isHidden());

        // Planning has no business here.
        auto planner = signedIn(m_server, s("planner"));
        QVERIFY(planner);
        MainWindow plannerWindow(planner.get());
        QVERIFY(plannerWindow.page(s("admin")) == nullptr);
    }

    void createUserShowsTemporaryPasswordOnce()
    {
        auto admin = signedIn(m_server, s("admin"));
        QVERIFY(admin);
        AdminPage page(admin.get(), true);
        page.show();
        UserModel *users = page.usersTab()->model();
        QTRY_VERIFY_WITH_TIMEOUT(users->isLoaded(), 15000);

        click(&page, "createUser");
        auto dialog = openDialog<UserDialog>(&page);
        QVERIFY(dialog);
        auto *save = child<QPushButton>(dialog, "save");
        // The server's rule for user IDs is known while typing.
        child<QLineEdit>(dialog, "username")->setText(s("Jane Doe"));
        child<QLineEdit>(dialog, "fullName")->setText(s("Jane Doe (Validation)"));
        child<QLineEdit>(dialog, "reason")->setText(s("hired for validation"));
        QVERIFY(!save->isEnabled());
        // A user ID that exists is refused by the server, in words.
        child<QLineEdit>(dialog, "username")->setText(s("planner"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "error");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QCOMPARE(error->text(),
                 s("The user ID “planner” is taken or was used before. User IDs are never reused."));

        child<QLineEdit>(dialog, "username")->setText(s("j.doe"));
        child<QLineEdit>(dialog, "email")->setText(s("j.doe@example.com"));
        QTest::mouseClick(save, Qt::LeftButton);

        auto shown = openDialog<TemporaryPasswordDialog>(&page);
        QVERIFY(shown);
        QVERIFY(closed(dialog));
        const QString temp = child<QLineEdit>(shown, "temporaryPassword")->text();
        QVERIFY2(temp.size() >= 12, qPrintable(temp));
        QVERIFY(child<QLineEdit>(shown, "temporaryPassword")->isReadOnly());
        QVERIFY(child<QLabel>(shown, "temporaryPasswordFor")->text().contains(s("j.doe")));
        QVERIFY(
            child<QLabel>(shown, "temporaryPasswordWarning")->text().contains(s("cannot be shown again")));
        QApplication::clipboard()->clear();
        click(shown, "copyPassword");
        QCOMPARE(QApplication::clipboard()->text(), temp);
        click(shown, "close");
        QTRY_VERIFY(closed(shown));

        // The table shows the new account, selected, with its status.
        const int row = users->rowOfUsername(s("j.doe"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(users, row, UserModel::NameColumn), s("Jane Doe (Validation)"));
        QCOMPARE(cell(users, row, UserModel::EmailColumn), s("j.doe@example.com"));
        QCOMPARE(cell(users, row, UserModel::StatusColumn), s("Active, must change password"));
        QCOMPARE(page.usersTab()->selectedUser().value(s("username")).toString(), s("j.doe"));

        // The new user signs in with it once and must change it before anything else.
        RpcClient newUser;
        newUser.connectToServer(clientOptions(m_server));
        QVERIFY(waitForState(newUser, RpcClient::State::Connected));
        const Outcome login = await(newUser.login(s("j.doe"), temp));
        QVERIFY2(login.ok(), qPrintable(login.error.message));
        QVERIFY(newUser.mustChangePassword());
        const Outcome refused = await(newUser.call(s("alarm.list")));
        QCOMPARE(refused.error.dataCode, s("auth.password_change_required"));
        QVERIFY(await(newUser.changePassword(temp, s("Jane-new-pass-2026"))).ok());
        QVERIFY(newUser.sessionUsable());
        const qint64 id = users->record(users->rowOfUsername(s("j.doe"))).value(s("id")).toInteger();
        QCOMPARE(
            m_admin->call(s("user.get"), {{s("userId"), id}}).result.value(s("mustChangePassword")).toInt(),
            0);
    }

    void editConflictSaysSoAndReloads()
    {
        auto admin = signedIn(m_server, s("admin"));
        QVERIFY(admin);
        AdminPage page(admin.get(), true);
        page.show();
        UserModel *users = page.usersTab()->model();
        QTRY_VERIFY_WITH_TIMEOUT(users->isLoaded(), 15000);
        const QJsonObject engineer = users->record(users->rowOfUsername(s("engineer")));
        QVERIFY(page.usersTab()->selectUser(engineer.value(s("id")).toInteger()));
        click(&page, "editUser");
        auto dialog = openDialog<UserDialog>(&page);
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "fullName")->text(), s("Omar Haddad (Process Engineering)"));
        QVERIFY(child<QLineEdit>(dialog, "username")->isReadOnly());

        // Meanwhile another administrator changes the same account.
        const auto other =
            m_admin->call(s("user.update"), {{s("userId"), engineer.value(s("id"))},
                                             {s("rowVersion"), engineer.value(s("rowVersion"))},
                                             {s("email"), s("o.haddad@example.com")},
                                             {s("reason"), s("directory sync")}});
        QVERIFY2(other.ok(), qPrintable(other.error.message));

        child<QLineEdit>(dialog, "fullName")->setText(s("Omar Haddad (Engineering)"));
        child<QLineEdit>(dialog, "reason")->setText(s("department renamed"));
        click(dialog, "save");
        auto *error = child<QLabel>(dialog, "error");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        RpcError conflict;
        conflict.dataCode = s("conflict");
        QCOMPARE(error->text(), errorText(conflict));
        // The current data is loaded: the other change is visible, the version is the new one.
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(dialog, "email")->text(), s("o.haddad@example.com"),
                                  10000);
        QCOMPARE(child<QLineEdit>(dialog, "fullName")->text(), s("Omar Haddad (Process Engineering)"));
        QCOMPARE(dialog->rowVersion(), engineer.value(s("rowVersion")).toInt() + 1);
        QVERIFY(dialog->isVisible());

        child<QLineEdit>(dialog, "fullName")->setText(s("Omar Haddad (Engineering)"));
        click(dialog, "save");
        QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 15000);
        const auto now = m_admin->call(s("user.get"), {{s("userId"), engineer.value(s("id"))}});
        QCOMPARE(now.result.value(s("fullName")).toString(), s("Omar Haddad (Engineering)"));
        QCOMPARE(now.result.value(s("email")).toString(), s("o.haddad@example.com"));
        QTRY_COMPARE(cell(users, users->rowOfUsername(s("engineer")), UserModel::NameColumn),
                     s("Omar Haddad (Engineering)"));
    }

    void deactivateEndsTheSessionAtOnce()
    {
        auto buyer = signedIn(m_server, s("buyer"));
        QVERIFY(buyer);
        QSignalSpy lost(buyer.get(), &RpcClient::sessionLost);
        auto admin = signedIn(m_server, s("admin"));
        QVERIFY(admin);
        AdminPage page(admin.get(), true);
        page.show();
        UserModel *users = page.usersTab()->model();
        QTRY_VERIFY_WITH_TIMEOUT(users->isLoaded(), 15000);
        const qint64 buyerId = users->record(users->rowOfUsername(s("buyer"))).value(s("id")).toInteger();
        QVERIFY(page.usersTab()->selectUser(buyerId));

        click(&page, "deactivateUser");
        auto confirm = openDialog<ReasonDialog>(&page);
        QVERIFY(confirm);
        const QString message = child<QLabel>(confirm, "confirmMessage")->text();
        QVERIFY2(message.contains(s("ends at once")), qPrintable(message));
        QVERIFY2(message.contains(s("The user ID buyer stays reserved")), qPrintable(message));
        QVERIFY(!child<QPushButton>(confirm, "confirm")->isEnabled()); // no reason, no change
        child<QLineEdit>(confirm, "reason")->setText(s("left the company"));
        click(confirm, "confirm");
        QTRY_VERIFY_WITH_TIMEOUT(closed(confirm), 15000);

        // The buyer's signed-in client is refused at its very next request (not at the next idle
        // timeout) and tells its window that the session is gone.
        const Outcome after = await(buyer->call(s("alarm.list")));
        QVERIFY(!after.ok());
        QVERIFY2(after.error.dataCode == s("auth.required") ||
                     after.error.dataCode == s("auth.session_expired"),
                 qPrintable(after.error.dataCode));
        QCOMPARE(lost.count(), 1);
        QVERIFY(!buyer->sessionUsable());
        // Nor can the buyer sign in again.
        RpcClient again;
        again.connectToServer(clientOptions(m_server));
        QVERIFY(waitForState(again, RpcClient::State::Connected));
        QCOMPARE(await(again.login(s("buyer"), TestServer::demoPassword())).error.dataCode,
                 s("auth.inactive"));

        // Gone from the active list; shown as deactivated with the deactivated accounts.
        QCOMPARE(users->rowOfId(buyerId), -1);
        QCOMPARE(m_admin->call(s("user.get"), {{s("userId"), buyerId}}).result.value(s("active")).toInt(), 0);
        child<QCheckBox>(&page, "showInactive")->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(users->rowOfId(buyerId) >= 0, 10000);
        QCOMPARE(cell(users, users->rowOfId(buyerId), UserModel::StatusColumn), s("Deactivated"));
        QVERIFY(page.usersTab()->selectUser(buyerId));
        QVERIFY(!child<QPushButton>(&page, "deactivateUser")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "resetPassword")->isEnabled());
    }

    void unlockAndResetPassword()
    {
        auto admin = signedIn(m_server, s("admin"));
        QVERIFY(admin);
        AdminPage page(admin.get(), true);
        page.show();
        UserModel *users = page.usersTab()->model();
        QTRY_VERIFY_WITH_TIMEOUT(users->isLoaded(), 15000);
        const qint64 id = users->record(users->rowOfUsername(s("operator2"))).value(s("id")).toInteger();

        // Five wrong passwords lock the account; the table follows by the event.
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_server.client()->login(s("operator2"), s("wrong %1").arg(i)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(users, users->rowOfId(id), UserModel::StatusColumn), s("Locked"),
                                  10000);
        QVERIFY(page.usersTab()->selectUser(id));
        click(&page, "unlockUser");
        auto confirm = openDialog<ReasonDialog>(&page);
        QVERIFY(confirm);
        child<QLineEdit>(confirm, "reason")->setText(s("identity checked by phone"));
        click(confirm, "confirm");
        QTRY_VERIFY_WITH_TIMEOUT(closed(confirm), 15000);
        QCOMPARE(cell(users, users->rowOfId(id), UserModel::StatusColumn), s("Active"));
        QVERIFY(m_server.login(s("operator2")));

        click(&page, "resetPassword");
        confirm = openDialog<ReasonDialog>(&page);
        QVERIFY(confirm);
        QVERIFY(child<QLabel>(confirm, "confirmMessage")->text().contains(s("stops working at once")));
        child<QLineEdit>(confirm, "reason")->setText(s("forgot the password"));
        click(confirm, "confirm");
        auto shown = openDialog<TemporaryPasswordDialog>(&page);
        QVERIFY(shown);
        const QString temp = child<QLineEdit>(shown, "temporaryPassword")->text();
        QVERIFY(!temp.isEmpty());
        click(shown, "close");
        QVERIFY(!m_server.client()
                     ->login(s("operator2"), TestServer::demoPassword())
                     .ok()); // the old one is gone
        const auto withTemp = m_server.client()->login(s("operator2"), temp);
        QVERIFY2(withTemp.ok(), qPrintable(withTemp.error.message));
        QVERIFY(withTemp.result.value(s("mustChangePassword")).toBool());
    }

    void roleChangeApprovedByAnotherPersonsSignature()
    {
        auto admin = signedIn(m_server, s("admin"));
        QVERIFY(admin);
        AdminPage page(admin.get(), true);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        RoleChangesTab *tab = page.roleChangesTab();
        QVERIFY(tab);
        page.tabs()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(page.usersTab()->model()->isLoaded() && tab->model()->isLoaded(), 15000);
        const qint64 plannerId = page.usersTab()
                                     ->model()
                                     ->record(page.usersTab()->model()->rowOfUsername(s("planner")))
                                     .value(s("id"))
                                     .toInteger();

        // The administrator requests inspector rights for planning.
        click(tab, "requestRoleChange");
        auto request = openDialog<RoleChangeDialog>(tab);
        QVERIFY(request);
        auto *userBox = child<QComboBox>(request, "roleChangeUser");
        userBox->setCurrentIndex(userBox->findData(plannerId));
        auto *picker = child<RolePicker>(request, "rolePicker");
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 10000);
        QCOMPARE(picker->checkedRoles(), QStringList{s("planner")}); // starts from what the user has
        QCOMPARE(child<QLabel>(request, "currentRoles")->text(), s("planner"));
        picker->findItems(s("inspector"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        child<QLineEdit>(request, "reason")->setText(s("covers incoming inspection during the audit week"));
        click(request, "requestRoles");
        QTRY_VERIFY_WITH_TIMEOUT(closed(request), 15000);
        const QJsonObject change = tab->selectedChange();
        const qint64 changeId = change.value(s("id")).toInteger();
        QVERIFY(changeId > 0);
        QCOMPARE(change.value(s("status")).toString(), s("pending"));
        QCOMPARE(toStrings(change.value(s("newRoles"))), (QStringList{s("inspector"), s("planner")}));
        const int row = tab->model()->rowOfId(changeId);
        QCOMPARE(cell(tab->model(), row, RoleChangeModel::StatusColumn), s("Pending"));
        QCOMPARE(cell(tab->model(), row, RoleChangeModel::NewRolesColumn), s("inspector, planner"));
        QCOMPARE(m_admin->call(s("user.get"), {{s("userId"), plannerId}})
                     .result.value(s("roles"))
                     .toArray()
                     .size(),
                 1);

        // The requester signing it himself: what is signed, then the first-signature prompt for the
        // user ID, then the separation-of-duties refusal in the dialog. Nothing changes.
        click(tab, "approveRoleChange");
        SignatureDialog *sign = tab->signatureDialog();
        QVERIFY(sign);
        QTRY_VERIFY(sign->isVisible());
        QCOMPARE(child<QLabel>(sign, "meaning")->text(), s("Approved"));
        QCOMPARE(child<QLabel>(sign, "meaningStatement")->text(), s("By signing, you approve this record."));
        QCOMPARE(child<QLabel>(sign, "signerName")->text(), s("Alex Admin (IT) (user ID admin)"));
        QCOMPARE(child<QLabel>(sign, "signedRecord")->text(), s("Role change %1, version 1").arg(changeId));
        QVERIFY(child<QLabel>(sign, "signedTitle")->text().contains(s("Li Wei (Planning)")));
        auto *user = child<QLineEdit>(sign, "signatureUser");
        auto *password = child<QLineEdit>(sign, "signaturePassword");
        QVERIFY(!user->isVisible());
        password->setText(TestServer::demoPassword());
        click(sign, "sign");
        QTRY_VERIFY_WITH_TIMEOUT(user->isVisible(), 15000);
        QVERIFY(child<QLabel>(sign, "signatureInfo")->text().contains(s("user ID")));
        QVERIFY(!child<QLabel>(sign, "error")->isVisible());
        user->setText(s("admin"));
        click(sign, "sign");
        auto *signError = child<QLabel>(sign, "error");
        QTRY_VERIFY_WITH_TIMEOUT(signError->isVisible(), 15000);
        QVERIFY2(signError->text().startsWith(
                     s("Separation of duties: the same person cannot be both requester or "
                       "subject and approver of this record.")),
                 qPrintable(signError->text()));
        QVERIFY(signError->text().endsWith(s("Nothing was signed.")));
        QVERIFY(!sign->isSigned());
        QCOMPARE(m_admin->call(s("user.get"), {{s("userId"), plannerId}})
                     .result.value(s("roles"))
                     .toArray()
                     .size(),
                 1);
        const QJsonObject sigQuery{{s("recordType"), s("role_change")},
                                   {s("recordId"), QString::number(changeId)}};
        QCOMPARE(m_admin->call(s("signature.list"), sigQuery).result.value(s("signatures")).toArray().size(),
                 0);
        click(sign, "cancel");
        QTRY_VERIFY(tab->signatureDialog() == nullptr);

        // The approver: QA, in her own client. A wrong password first.
        auto qa = signedIn(m_server, s("qa"));
        QVERIFY(qa);
        AdminPage qaPage(qa.get(), false);
        qaPage.show();
        RoleChangesTab *qaTab = qaPage.roleChangesTab();
        qaPage.tabs()->setCurrentWidget(qaTab);
        QTRY_VERIFY_WITH_TIMEOUT(qaTab->model()->isLoaded(), 15000);
        QVERIFY(qaTab->selectChange(changeId));
        click(qaTab, "approveRoleChange");
        sign = qaTab->signatureDialog();
        QVERIFY(sign);
        QTRY_VERIFY(sign->isVisible());
        QCOMPARE(child<QLabel>(sign, "signerName")->text(), s("Dr. Helen Ortiz (QA Manager) (user ID qa)"));
        user = child<QLineEdit>(sign, "signatureUser");
        password = child<QLineEdit>(sign, "signaturePassword");
        signError = child<QLabel>(sign, "error");
        password->setText(s("not my password"));
        click(sign, "sign");
        QTRY_VERIFY_WITH_TIMEOUT(user->isVisible(), 15000); // first signature of this session
        user->setText(s("qa"));
        click(sign, "sign");
        QTRY_VERIFY_WITH_TIMEOUT(signError->isVisible(), 15000);
        RpcError wrong;
        wrong.dataCode = s("signature.password");
        QCOMPARE(signError->text(), SignatureDialog::failureText(wrong));
        QCOMPARE(signError->text(), s("The user ID or password is wrong. Nothing was signed."));
        QVERIFY(password->text().isEmpty());
        QVERIFY(!sign->isSigned());

        QSignalSpy created(sign, &SignatureDialog::signatureCreated);
        password->setText(TestServer::demoPassword());
        child<QLineEdit>(sign, "signatureComment")->setText(s("checked against the training matrix"));
        click(sign, "sign");
        QTRY_VERIFY_WITH_TIMEOUT(sign->isSigned(), 15000);
        QCOMPARE(created.count(), 1);
        // The manifestation: printed name, local date and time with zone, meaning — before closing.
        const QJsonObject signature = sign->signature();
        QVERIFY(child<QLabel>(sign, "manifestationName")->isVisible());
        QCOMPARE(child<QLabel>(sign, "manifestationName")->text(), s("Dr. Helen Ortiz (QA Manager)"));
        QCOMPARE(child<QLabel>(sign, "manifestationMeaning")->text(), s("Approved"));
        const QDateTime signedAt =
            QDateTime::fromString(signature.value(s("signedAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(signedAt.isValid());
        QVERIFY(qAbs(signedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        const QString timeText = child<QLabel>(sign, "manifestationTime")->text();
        QCOMPARE(timeText, SignatureText::localTime(signature.value(s("signedAt")).toString()));
        QVERIFY2(timeText.startsWith(signedAt.toLocalTime().toString(s("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(timeText));
        QVERIFY2(timeText.endsWith(signedAt.toLocalTime().timeZoneAbbreviation()), qPrintable(timeText));
        QCOMPARE(signature.value(s("meaning")).toString(), s("approved"));
        QCOMPARE(signature.value(s("signerUsername")).toString(), s("qa"));
        QCOMPARE(signature.value(s("recordVersion")).toInt(), 1);
        QVERIFY(!signature.value(s("hash")).toString().isEmpty());
        QVERIFY(sign->isVisible()); // stays until the signer closes it
        click(sign, "close");
        QTRY_VERIFY(qaTab->signatureDialog() == nullptr);

        // The roles changed on the server, and only now.
        const auto planner = m_admin->call(s("user.get"), {{s("userId"), plannerId}});
        QCOMPARE(toStrings(planner.result.value(s("roles"))), (QStringList{s("inspector"), s("planner")}));
        QCOMPARE(
            m_admin->call(s("roleChange.get"), {{s("id"), changeId}}).result.value(s("status")).toString(),
            s("applied"));

        // Both role-change tabs show it applied with QA's valid signature.
        for (RoleChangesTab *t : {qaTab, tab}) {
            QTRY_COMPARE_WITH_TIMEOUT(
                cell(t->model(), t->model()->rowOfId(changeId), RoleChangeModel::StatusColumn), s("Applied"),
                10000);
            QVERIFY(t->selectChange(changeId));
            SignatureList *list = t->signatureList();
            QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 10000);
            QCOMPARE(list->item(0, SignatureList::MeaningColumn)->text(), s("Approved"));
            QCOMPARE(list->item(0, SignatureList::NameColumn)->text(),
                     s("Dr. Helen Ortiz (QA Manager) (qa)"));
            QCOMPARE(list->item(0, SignatureList::ValidityColumn)->text(), s("Valid"));
            QCOMPARE(list->item(0, SignatureList::TimeColumn)->text(), timeText);
            QCOMPARE(list->item(0, SignatureList::CommentColumn)->text(),
                     s("checked against the training matrix"));
            QVERIFY(
                !child<QPushButton>(t, "approveRoleChange")->isEnabled()); // applied: nothing more to sign
        }

        // The audit trail has the signature, the applied status and the planner's new roles.
        const auto audit = m_admin->call(s("audit.query"), {{s("recordType"), s("role_change")},
                                                            {s("recordId"), QString::number(changeId)}});
        QVERIFY2(audit.ok(), qPrintable(audit.error.message));
        bool signedRow = false, appliedRow = false;
        for (const QJsonValue &v : audit.result.value(s("rows")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(s("action")).toString() == s("signature.signed") &&
                r.value(s("username")).toString() == s("qa"))
                signedRow = r.value(s("reason")).toString() == s("checked against the training matrix");
            if (r.value(s("action")).toString() == s("update") &&
                r.value(s("changes")).toObject().value(s("status")).toArray() ==
                    QJsonArray{s("pending"), s("applied")})
                appliedRow = true;
        }
        QVERIFY(signedRow);
        QVERIFY(appliedRow);
        const auto rolesAudit = m_admin->call(s("audit.query"), {{s("recordType"), s("user")},
                                                                 {s("recordId"), QString::number(plannerId)},
                                                                 {s("action"), s("update")}});
        bool rolesRow = false;
        for (const QJsonValue &v : rolesAudit.result.value(s("rows")).toArray())
            rolesRow = rolesRow || v.toObject().value(s("changes")).toObject().contains(s("roles"));
        QVERIFY(rolesRow);
    }

    // The dialog on its own, as every signed form will use it: no permission, a stale version and a
    // lockout are said in the dialog, and nothing is signed.
    void signatureDialogRefusals()
    {
        const qint64 warehouseId = userId(s("warehouse"));
        const auto requested =
            m_admin->call(s("roleChange.request"), {{s("userId"), warehouseId},
                                                    {s("roles"), QJsonArray{s("warehouse"), s("buyer")}},
                                                    {s("reason"), s("purchasing cover")}});
        QVERIFY(requested.ok());
        const qint64 id = requested.result.value(s("id")).toInteger();
        SignatureRequest request;
        request.recordType = s("role_change");
        request.recordId = QString::number(id);
        request.recordVersion = 1;
        request.meaning = s("approved");
        request.title = s("New roles for warehouse");
        request.lines = {{s("Roles after"), s("buyer, warehouse")}};
        auto signWith = [](SignatureDialog &dialog, const QString &user, const QString &password) {
            auto *userField = child<QLineEdit>(&dialog, "signatureUser");
            if (!user.isEmpty() && !userField->isVisible()) {
                child<QLineEdit>(&dialog, "signaturePassword")->setText(password);
                click(&dialog, "sign");
                if (!QTest::qWaitFor([&] { return userField->isVisible(); }, 15000)) return QString();
            }
            if (!user.isEmpty()) userField->setText(user);
            child<QLineEdit>(&dialog, "signaturePassword")->setText(password);
            auto *error = child<QLabel>(&dialog, "error");
            error->hide();
            click(&dialog, "sign");
            if (!QTest::qWaitFor([&] { return error->isVisible(); }, 15000)) return QString();
            return error->text();
        };

        // Planning may not approve role changes.
        auto planner = signedIn(m_server, s("planner"));
        QVERIFY(planner);
        {
            SignatureDialog dialog(planner.get(), request);
            dialog.show();
            QCOMPARE(signWith(dialog, QString(), TestServer::demoPassword()),
                     s("You do not have the right to sign this record as “Approved”. Nothing was signed."));
            QVERIFY(!dialog.isSigned());
        }

        // The record moved on after the signer opened it.
        const auto updated =
            m_admin->call(s("roleChange.update"), {{s("id"), id},
                                                   {s("rowVersion"), 1},
                                                   {s("roles"), QJsonArray{s("warehouse"), s("planner")}},
                                                   {s("reason"), s("planning cover instead")}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        auto qa2 = signedIn(m_server, s("qa2"));
        QVERIFY(qa2);
        SignatureDialog dialog(qa2.get(), request);
        dialog.show();
        QCOMPARE(signWith(dialog, s("qa2"), TestServer::demoPassword()),
                 s("The record was changed after you opened it: you are signing version 1, it is now at "
                   "version 2. "
                   "Review the current version and sign again. Nothing was signed."));

        // Wrong passwords count towards the lockout; the fifth locks the account and ends the session.
        QSignalSpy lost(qa2.get(), &RpcClient::sessionLost);
        for (int attempt = 1; attempt < 5; ++attempt)
            QCOMPARE(signWith(dialog, s("qa2"), s("wrong %1").arg(attempt)),
                     s("The user ID or password is wrong. Nothing was signed."));
        QCOMPARE(signWith(dialog, s("qa2"), s("wrong 5")),
                 s("Too many wrong passwords: your account is now locked and your session ends. Nothing was "
                   "signed. "
                   "Ask an administrator to unlock your account."));
        QVERIFY(!child<QPushButton>(&dialog, "sign")->isEnabled());
        QVERIFY(!dialog.isSigned());
        QCOMPARE(m_admin
                     ->call(s("signature.list"),
                            {{s("recordType"), s("role_change")}, {s("recordId"), QString::number(id)}})
                     .result.value(s("signatures"))
                     .toArray()
                     .size(),
                 0);
        QVERIFY(!await(qa2->call(s("alarm.list"))).ok());
        QCOMPARE(lost.count(), 1);
        const qint64 qa2Id = userId(s("qa2"));
        QCOMPARE(m_admin->call(s("user.get"), {{s("userId"), qa2Id}}).result.value(s("locked")).toInt(), 1);
        QVERIFY(m_admin->call(s("user.unlock"), {{s("userId"), qa2Id}, {s("reason"), s("test done")}}).ok());
    }

    void cancelledChangeCannotBeSigned()
    {
        auto admin = signedIn(m_server, s("admin"));
        QVERIFY(admin);
        AdminPage page(admin.get(), true);
        page.show();
        RoleChangesTab *tab = page.roleChangesTab();
        QTRY_VERIFY_WITH_TIMEOUT(page.usersTab()->model()->isLoaded() && tab->model()->isLoaded(), 15000);
        const qint64 managerId = page.usersTab()
                                     ->model()
                                     ->record(page.usersTab()->model()->rowOfUsername(s("manager")))
                                     .value(s("id"))
                                     .toInteger();
        const auto requested =
            m_admin->call(s("roleChange.request"), {{s("userId"), managerId},
                                                    {s("roles"), QJsonArray{s("manager"), s("qa")}},
                                                    {s("reason"), s("temporary QA cover")}});
        QVERIFY(requested.ok());
        const qint64 id = requested.result.value(s("id")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(tab->selectChange(id), 10000);
        click(tab, "cancelRoleChange");
        auto confirm = openDialog<ReasonDialog>(tab);
        QVERIFY(confirm);
        QVERIFY(child<QLabel>(confirm, "confirmMessage")->text().contains(s("keeps the roles manager")));
        child<QLineEdit>(confirm, "reason")->setText(s("cover no longer needed"));
        click(confirm, "confirm");
        QTRY_VERIFY_WITH_TIMEOUT(closed(confirm), 15000);
        QTRY_COMPARE(cell(tab->model(), tab->model()->rowOfId(id), RoleChangeModel::StatusColumn),
                     s("Cancelled"));
        QVERIFY(!child<QPushButton>(tab, "approveRoleChange")->isEnabled());
        QVERIFY(!child<QPushButton>(tab, "cancelRoleChange")->isEnabled());

        // The status filter lists it under Cancelled only.
        auto *filter = child<QComboBox>(tab, "roleChangeStatus");
        filter->setCurrentIndex(filter->findData(s("pending")));
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->isLoaded() && tab->model()->rowOfId(id) < 0, 10000);
        filter->setCurrentIndex(filter->findData(s("cancelled")));
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowOfId(id) >= 0, 10000);
        QCOMPARE(m_admin->call(s("user.get"), {{s("userId"), managerId}})
                     .result.value(s("roles"))
                     .toArray()
                     .size(),
                 1);
    }

    void sessionsTabListsSignedInUsers()
    {
        auto admin = signedIn(m_server, s("admin"));
        auto qa = signedIn(m_server, s("qa"));
        QVERIFY(admin && qa);
        AdminPage page(admin.get(), true);
        page.show();
        SessionsPanel *sessions = page.sessionsPanel();
        QVERIFY(sessions);
        QSignalSpy refreshed(sessions, &SessionsPanel::refreshed);
        page.tabs()->setCurrentWidget(sessions); // shown: loads
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 15000);
        QTableWidget *table = sessions->table();
        int qaRow = rowWithText(table, SessionsPanel::UserColumn, s("qa"));
        QVERIFY(qaRow >= 0);
        QVERIFY(rowWithText(table, SessionsPanel::UserColumn, s("admin")) >= 0);
        QVERIFY(table->item(qaRow, SessionsPanel::AddressColumn)->text().startsWith(s("127.0.0.1")));
        QVERIFY(table->item(qaRow, SessionsPanel::SinceColumn)
                    ->text()
                    .contains(QString::number(QDate::currentDate().year())));
        QCOMPARE(table->item(qaRow, SessionsPanel::StateColumn)->text(), s("Active"));

        // A session that ends is gone at the next refresh.
        const int before = table->rowCount();
        QVERIFY(await(qa->logout()).ok());
        click(sessions, "refreshSessions");
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 15000);
        QCOMPARE(table->rowCount(), before - 1);
    }

    void searchOffersUsers()
    {
        auto admin = signedIn(m_server, s("admin"));
        QVERIFY(admin);
        MainWindow window(admin.get());
        auto *page = qobject_cast<AdminPage *>(window.page(s("admin")));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->usersTab()->model()->isLoaded(), 15000);
        auto searchFor = [page](const QString &text) {
            QList<SearchHit> hits;
            bool answered = false;
            page->search(text, [&](const QList<SearchHit> &h) {
                hits = h;
                answered = true;
            });
            if (!QTest::qWaitFor([&] { return answered; }, 5000)) qWarning() << "no answer to the search";
            return hits;
        };
        QList<SearchHit> hits = searchFor(s("Helen"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().text, s("User qa (Dr. Helen Ortiz (QA Manager))"));
        QVERIFY(searchFor(s("no such person")).isEmpty());
        hits = searchFor(s("planner"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().text, s("User planner (Li Wei (Planning))"));

        window.showModule(s("alarms"));
        page->tabs()->setCurrentIndex(1);
        hits.first().open();
        QCOMPARE(window.pages()->currentWidget(), page);
        QCOMPARE(page->tabs()->currentWidget(), page->usersTab());
        QCOMPARE(page->usersTab()->selectedUser().value(s("username")).toString(), s("planner"));
    }

private:
    qint64 userId(const QString &username) const
    {
        const auto users = m_admin->call(s("user.list"), {{s("includeInactive"), true}});
        for (const QJsonValue &v : users.result.value(s("users")).toArray())
            if (v.toObject().value(s("username")).toString() == username)
                return v.toObject().value(s("id")).toInteger();
        return 0;
    }

    TestServer m_server;
    std::unique_ptr<SyncRpcClient> m_admin;
};

QTEST_MAIN(TstUiAdmin)
#include "tst_ui_admin.moc"
