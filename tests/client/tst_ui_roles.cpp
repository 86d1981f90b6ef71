// The Roles tab of the Administration module against a real server (offscreen): an administrator
// creates a role through the dialog (the name checked as the server does, the permissions picked
// from the server's list in the tab's words), the server stores exactly that with an audit row, the
// tab follows; an edit adds a permission; a concurrent edit by someone else is said and reloaded;
// QA, without role.admin, sees the roles read-only.
#include "clienttesthelpers.h"
#include "identity/adminpage.h"
#include "identity/approvalmodel.h"
#include "identity/approvalstab.h"
#include "identity/permissionpicker.h"
#include "identity/roledialog.h"
#include "identity/rolestab.h"
#include "shell/errortext.h"
#include "shell/mainwindow.h"
#include "signature/signaturedialog.h"
#include "uitesthelpers.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace concord;
using namespace concord::test;
using namespace concord::ui;

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return sorted(out);
}

// The permissions the tab shows under this role, or {"<missing>"}.
QStringList shownPermissions(RolesTab *tab, const QString &role)
{
    const auto items = tab->tree()->findItems(role, Qt::MatchExactly);
    if (items.size() != 1) return {s("<missing>")};
    QStringList out;
    for (int i = 0; i < items.first()->childCount(); ++i)
        out.append(items.first()->child(i)->text(0));
    return sorted(out);
}

void tick(RoleDialog *dialog, const QString &permission)
{
    QTreeWidgetItem *item = dialog->permissions()->itemFor(permission);
    QVERIFY2(item, qPrintable(permission));
    item->setCheckState(0, Qt::Checked);
}
} // namespace

class TstUiRoles : public QObject
{
    Q_OBJECT

    // QA approves a role's pending permission change through the API (the UI path is tested once,
    // in adminCreatesAndEditsRole).
    bool approvePending(const QString &roleName)
    {
        const QJsonObject pending = role(roleName).value(s("pendingChange")).toObject();
        auto qa = m_server.login(s("qa"));
        return qa && qa->call(s("signature.sign"), {{s("recordType"), s("role_permission_change")},
                                                   {s("recordId"), QString::number(pending.value(s("id")).toInteger())},
                                                   {s("recordVersion"), pending.value(s("rowVersion"))},
                                                   {s("meaning"), s("approved")},
                                                   {s("user"), s("qa")},
                                                   {s("password"), TestServer::demoPassword()}})
                          .ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings("tst_ui_roles");
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(m_server.start());
        m_admin = m_server.login(s("admin"));
        QVERIFY(m_admin);
    }

    void adminCreatesAndEditsRole()
    {
        auto admin = signedIn(m_server, s("admin"));
        QVERIFY(admin);
        MainWindow window(admin.get());
        window.show();
        QVERIFY(window.showModule(s("admin")));
        auto *page = qobject_cast<AdminPage *>(window.page(s("admin")));
        QVERIFY(page);
        RolesTab *tab = page->rolesTab();
        page->tabs()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded(), 15000);
        QVERIFY(!child<QPushButton>(tab, "createRole")->isHidden());
        QVERIFY(!child<QPushButton>(tab, "editRole")->isHidden());
        QVERIFY(!child<QPushButton>(tab, "editRole")->isEnabled()); // nothing selected yet

        click(tab, "createRole");
        auto dialog = openDialog<RoleDialog>(tab);
        QVERIFY(dialog);
        PermissionPicker *picker = dialog->permissions();
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), 15000);
        // Every permission of the server, described as the tab describes it.
        const auto known = m_admin->call(s("role.permissions"));
        QVERIFY(known.ok());
        QCOMPARE(picker->topLevelItemCount(), known.result.value(s("permissions")).toArray().size());
        QCOMPARE(picker->itemFor(s("alarm.raise"))->text(1), s("Raise alarms"));
        QCOMPARE(picker->itemFor(s("signature:role_change:approved"))->text(1),
                 RolesTab::permissionText(s("signature:role_change:approved")));

        // The name follows the server's rule (role.create's pattern) before Save can be pressed.
        auto *save = child<QPushButton>(dialog, "save");
        auto *name = child<QLineEdit>(dialog, "roleName");
        child<QLineEdit>(dialog, "reason")->setText(s("new line organisation"));
        for (const char *invalid : {"Line Lead", "line lead", "l", "1-lead", "line.lead", ""}) {
            name->setText(s(invalid));
            QVERIFY2(!save->isEnabled(), invalid);
        }
        // Typing: the validator refuses what can never become a valid name.
        name->clear();
        QTest::keyClicks(name, s("line lead"));
        QCOMPARE(name->text(), s("linelead"));
        name->clear();
        QTest::keyClicks(name, s("line-lead"));
        QVERIFY(save->isEnabled());
        // Without a reason there is nothing to record in the audit trail.
        child<QLineEdit>(dialog, "reason")->clear();
        QVERIFY(!save->isEnabled());
        child<QLineEdit>(dialog, "reason")->setText(s("new line organisation"));

        // A name that exists is refused by the server, in words.
        name->setText(s("qa"));
        click(dialog, "save");
        auto *error = child<QLabel>(dialog, "error");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QCOMPARE(error->text(), s("Role “qa” already exists."));

        name->setText(s("line-lead"));
        child<QLineEdit>(dialog, "roleDescription")->setText(s("Assembly line leads"));
        tick(dialog, s("alarm.raise"));
        tick(dialog, s("alarm.acknowledge"));
        click(dialog, "save");
        QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 15000);

        // The server has the role without permissions yet: exactly those wait for a second person
        // (issue 10); the audit trail says who and why; the tab says what happens next.
        const QJsonObject created = role(s("line-lead"));
        QCOMPARE(created.value(s("description")).toString(), s("Assembly line leads"));
        QCOMPARE(toStrings(created.value(s("permissions"))), QStringList());
        const QJsonObject pending = created.value(s("pendingChange")).toObject();
        QCOMPARE(toStrings(pending.value(s("newValue"))), (QStringList{s("alarm.acknowledge"), s("alarm.raise")}));
        const QString id = QString::number(created.value(s("id")).toInteger());
        const QJsonObject createRow = auditRow(id, s("create"));
        QCOMPARE(createRow.value(s("username")).toString(), s("admin"));
        QCOMPARE(createRow.value(s("reason")).toString(), s("new line organisation"));
        QCOMPARE(child<QLabel>(tab, "rolesStatus")->text(),
                 s("The role line-lead is created without permissions. Its new permissions take effect when another person "
                   "signs request %1 as approved (Approvals tab).").arg(pending.value(s("id")).toInteger()));
        QTRY_COMPARE_WITH_TIMEOUT(shownPermissions(tab, s("line-lead")), QStringList(), 10000);
        QVERIFY(tab->tree()->findItems(s("line-lead"), Qt::MatchExactly).first()->text(1).contains(s("change pending: + alarm.")));

        // QA approves it in her Approvals tab; the administrator's tab follows.
        {
            auto qa = signedIn(m_server, s("qa"));
            QVERIFY(qa);
            AdminPage qaPage(qa.get(), false);
            qaPage.show();
            ApprovalsTab *approvals = qaPage.approvalsTab();
            QVERIFY(approvals);
            qaPage.tabs()->setCurrentWidget(approvals);
            QTRY_VERIFY_WITH_TIMEOUT(approvals->model()->isLoaded(), 15000);
            QVERIFY(approvals->selectRequest(pending.value(s("id")).toInteger()));
            QVERIFY(child<QLabel>(approvals, "approvalDetails")->text().contains(s("+ alarm.acknowledge")));
            click(approvals, "approveApproval");
            SignatureDialog *sign = approvals->signatureDialog();
            QVERIFY(sign);
            QTRY_VERIFY(sign->isVisible());
            QCOMPARE(child<QLabel>(sign, "signedRecord")->text(), s("Role permission change %1, version 1").arg(pending.value(s("id")).toInteger()));
            child<QLineEdit>(sign, "signaturePassword")->setText(TestServer::demoPassword());
            click(sign, "sign");
            auto *user = child<QLineEdit>(sign, "signatureUser");
            QTRY_VERIFY_WITH_TIMEOUT(user->isVisible(), 15000); // the first signature of the session
            user->setText(s("qa"));
            click(sign, "sign");
            QTRY_VERIFY_WITH_TIMEOUT(sign->isSigned(), 15000);
            click(sign, "close");
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(approvals, "approvalsStatus")->text().contains(s("approved and in effect")), 15000);
        }
        QCOMPARE(toStrings(role(s("line-lead")).value(s("permissions"))), (QStringList{s("alarm.acknowledge"), s("alarm.raise")}));

        // The tab follows (identity.role event) and selects the new role.
        QTRY_COMPARE_WITH_TIMEOUT(shownPermissions(tab, s("line-lead")),
                                  (QStringList{s("alarm.acknowledge"), s("alarm.raise")}), 10000);
        QTRY_COMPARE(tab->selectedRole().value(s("name")).toString(), s("line-lead"));

        // Edit: the name stays, a permission is added.
        click(tab, "editRole");
        dialog = openDialog<RoleDialog>(tab);
        QVERIFY(dialog);
        QVERIFY(child<QLineEdit>(dialog, "roleName")->isReadOnly());
        QCOMPARE(child<QLineEdit>(dialog, "roleName")->text(), s("line-lead"));
        QCOMPARE(child<QLineEdit>(dialog, "roleDescription")->text(), s("Assembly line leads"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->permissions()->isLoaded(), 15000);
        QCOMPARE(sorted(dialog->permissions()->checkedPermissions()),
                 (QStringList{s("alarm.acknowledge"), s("alarm.raise")}));
        QVERIFY(!child<QPushButton>(dialog, "save")->isEnabled()); // no reason yet
        tick(dialog, s("signature.read"));
        child<QLineEdit>(dialog, "reason")->setText(s("line leads review signatures"));
        click(dialog, "save");
        QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 15000);

        QCOMPARE(toStrings(role(s("line-lead")).value(s("permissions"))), (QStringList{s("alarm.acknowledge"), s("alarm.raise")}));
        QVERIFY(approvePending(s("line-lead")));
        QCOMPARE(toStrings(role(s("line-lead")).value(s("permissions"))),
                 (QStringList{s("alarm.acknowledge"), s("alarm.raise"), s("signature.read")}));
        const QJsonObject updateRow = auditRow(id, s("update"));
        // The newest update of the role is the approval applying it; the request carries the reason.
        QVERIFY2(updateRow.value(s("reason")).toString().startsWith(s("role permission change ")) &&
                     updateRow.value(s("reason")).toString().endsWith(s(" approved")),
                 qPrintable(updateRow.value(s("reason")).toString()));
        QVERIFY(updateRow.value(s("changes")).toObject().contains(s("permissions")));
        QTRY_COMPARE_WITH_TIMEOUT(
            shownPermissions(tab, s("line-lead")),
            (QStringList{s("alarm.acknowledge"), s("alarm.raise"), s("signature.read")}), 10000);
    }

    void concurrentEditSaysSoAndReloads()
    {
        const auto made = m_admin->call(s("role.create"), {{s("name"), s("cell-lead")},
                                                           {s("description"), s("Cell leads")},
                                                           {s("permissions"), QJsonArray{s("alarm.raise")}},
                                                           {s("reason"), s("cell organisation")}});
        QVERIFY2(made.ok(), qPrintable(made.error.message));
        QVERIFY(approvePending(s("cell-lead")));
        auto admin = signedIn(m_server, s("admin"));
        QVERIFY(admin);
        RolesTab tab(admin.get(), true);
        tab.show();
        QTRY_VERIFY_WITH_TIMEOUT(tab.isLoaded(), 15000);
        QVERIFY(tab.selectRole(s("cell-lead")));
        click(&tab, "editRole");
        auto dialog = openDialog<RoleDialog>(&tab);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->permissions()->isLoaded(), 15000);
        const int openedAt = dialog->rowVersion();
        QCOMPARE(openedAt, made.result.value(s("rowVersion")).toInt());

        // Meanwhile another administrator changes the same role.
        const auto other = m_admin->call(s("role.update"),
                                         {{s("roleId"), made.result.value(s("id"))},
                                          {s("rowVersion"), openedAt},
                                          {s("description"), s("Cell leads (all shifts)")},
                                          {s("permissions"), QJsonArray{s("alarm.raise"), s("audit.read")}},
                                          {s("reason"), s("audit access for cell leads")}});
        QVERIFY2(other.ok(), qPrintable(other.error.message));

        tick(dialog, s("alarm.acknowledge"));
        child<QLineEdit>(dialog, "reason")->setText(s("cell leads acknowledge alarms"));
        click(dialog, "save");
        auto *error = child<QLabel>(dialog, "error");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        RpcError conflict;
        conflict.dataCode = s("conflict");
        QCOMPARE(error->text(), errorText(conflict));
        // The current role is loaded: the other change is visible, the version is the new one, and
        // nothing of this dialog's change reached the server.
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(dialog, "roleDescription")->text(),
                                  s("Cell leads (all shifts)"), 10000);
        QCOMPARE(sorted(dialog->permissions()->checkedPermissions()),
                 (QStringList{s("alarm.raise"), s("audit.read")}));
        QCOMPARE(dialog->rowVersion(), openedAt + 1);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "pendingNote")->isVisible()); // it continues from the pending request
        QCOMPARE(toStrings(role(s("cell-lead")).value(s("pendingChange")).toObject().value(s("newValue"))),
                 (QStringList{s("alarm.raise"), s("audit.read")}));

        // Repeated on top of the current role, the change goes through and keeps the other one.
        tick(dialog, s("alarm.acknowledge"));
        click(dialog, "save");
        QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 15000);
        QVERIFY(approvePending(s("cell-lead"))); // one request, edited: approved once
        const QJsonObject now = role(s("cell-lead"));
        QCOMPARE(toStrings(now.value(s("permissions"))),
                 (QStringList{s("alarm.acknowledge"), s("alarm.raise"), s("audit.read")}));
        QCOMPARE(now.value(s("description")).toString(), s("Cell leads (all shifts)"));
        QTRY_COMPARE_WITH_TIMEOUT(shownPermissions(&tab, s("cell-lead")),
                                  (QStringList{s("alarm.acknowledge"), s("alarm.raise"), s("audit.read")}),
                                  10000);
    }

    void qaSeesRolesReadOnly()
    {
        auto qa = signedIn(m_server, s("qa"));
        QVERIFY(qa);
        QVERIFY(!qa->hasPermission(s("role.admin")));
        MainWindow window(qa.get());
        auto *page = qobject_cast<AdminPage *>(window.page(s("admin")));
        QVERIFY(page);
        RolesTab *tab = page->rolesTab();
        page->tabs()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded(), 15000);
        QVERIFY(child<QPushButton>(tab, "createRole")->isHidden());
        QVERIFY(child<QPushButton>(tab, "editRole")->isHidden());
        QVERIFY(shownPermissions(tab, s("administrator")).contains(s("role.admin")));
        QVERIFY(tab->selectRole(s("qa")));
        QVERIFY(tab->createRole() == nullptr);
        QVERIFY(tab->editRole() == nullptr);
        QVERIFY(tab->findChildren<RoleDialog *>().isEmpty());
    }

private:
    // The role as the server's role.list has it.
    QJsonObject role(const QString &name) const
    {
        const auto roles = m_admin->call(s("role.list"));
        for (const QJsonValue &v : roles.result.value(s("roles")).toArray())
            if (v.toObject().value(s("name")).toString() == name) return v.toObject();
        return {};
    }

    // The newest audit row with this action for the role.
    QJsonObject auditRow(const QString &roleId, const QString &action) const
    {
        const auto audit = m_admin->call(
            s("audit.query"), {{s("recordType"), s("role")}, {s("recordId"), roleId}, {s("action"), action}});
        if (!audit.ok()) qWarning() << "audit.query:" << audit.error.message;
        const QJsonArray rows = audit.result.value(s("rows")).toArray();
        if (rows.isEmpty()) qWarning() << "no audit row" << action << "for role" << roleId;
        return rows.isEmpty() ? QJsonObject() : rows.first().toObject();
    }

    TestServer m_server;
    std::unique_ptr<SyncRpcClient> m_admin;
};

QTEST_MAIN(TstUiRoles)
#include "tst_ui_roles.moc"
