// The Change control module against a real server (offscreen). An engineer makes a new routing
// version in the master data record panel, opens a change order on the page, puts the draft on it,
// submits it and reads the impact and the version diff; QA approves it through the signature dialog
// and the list, the order and the routing version say approved. The author may not approve their
// own order: the separation-of-duties refusal is shown in words and nothing changes. A major order
// needs "reviewed" before "approved": the dialog offers the right meaning, signing out of order is
// refused in words, and the items' effective date is shown in local time and sent as UTC.
#include "changecontrol/additemdialog.h"
#include "changecontrol/approvalstepsview.h"
#include "changecontrol/changecontrolpage.h"
#include "changecontrol/changeorderdialog.h"
#include "changecontrol/changeordermodel.h"
#include "changecontrol/changeorderpanel.h"
#include "changecontrol/impactview.h"
#include "changecontrol/versiondiffdialog.h"
#include "clienttesthelpers.h"
#include "core/datadictionary.h"
#include "core/timetext.h"
#include "identity/reasondialog.h"
#include "masterdata/recordpanel.h"
#include "masterdata/routingeditor.h"
#include "masterdata/routingoperationmodel.h"
#include "masterdata/routingparametermodel.h"
#include "masterdata/versionhistorypanel.h"
#include "masterdatafixture.h"
#include "shell/mainwindow.h"
#include "signature/signaturedialog.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>
#include <memory>

using namespace concord;
using namespace concord::test;
using namespace concord::ui;

namespace {
// Signs in the open dialog as `user`: the password, and the user ID when the server asks for it at
// the first signature of the session. Returns the error shown, empty once signed.
QString signAs(SignatureDialog *dialog, const QString &user)
{
    auto *userField = child<QLineEdit>(dialog, "signatureUser");
    auto *password = child<QLineEdit>(dialog, "signaturePassword");
    auto *error = child<QLabel>(dialog, "error");
    error->hide();
    if (userField->isVisible()) userField->setText(user);
    password->setText(TestServer::demoPassword());
    click(dialog, "sign");
    if (!QTest::qWaitFor([&] { return dialog->isSigned() || userField->isVisible() || error->isVisible(); },
                         15000))
        return s("<no answer>");
    if (!dialog->isSigned() && !error->isVisible() && userField->text().isEmpty()) {
        userField->setText(user);
        password->setText(TestServer::demoPassword());
        click(dialog, "sign");
        if (!QTest::qWaitFor([&] { return dialog->isSigned() || error->isVisible(); }, 15000))
            return s("<no answer>");
    }
    return dialog->isSigned() ? QString() : error->text();
}

QString cell(QTableWidget *table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : s("<none>");
}

QStringList columnTexts(QTableWidget *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out.append(cell(table, row, column));
    return out;
}
} // namespace

class TstUiChangeControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings("tst_ui_changecontrol");
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(m_server.start());
        m_engineer = m_server.login(s("engineer"));
        m_qa = m_server.login(s("qa"));
        QVERIFY(m_engineer && m_qa);
        MasterDataFixture fixture(m_engineer.get(), m_qa.get());
        for (const char *p : {"C1", "C2", "C3"}) {
            fixture.buildProduct(s(p));
            fixture.approve({{s("bom"), s("FG-%1-SET").arg(s(p))}, {s("routing"), s("RT-%1-SET").arg(s(p))}});
        }
        QVERIFY(!fixture.failed());
        const auto dictionary = m_engineer->call(s("dictionary.get"));
        QVERIFY(dictionary.ok());
        m_dictionary = dictionary.result;
    }

    void engineerSubmitsQaApproves()
    {
        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);

        // A new routing version through the master data screen: the sealing limit widened.
        {
            RecordPanel record(engineer.get(), DataDictionary(m_dictionary).entity(s("routing")),
                               m_dictionary);
            record.resize(1100, 760);
            record.show();
            record.showRecord(s("RT-C1-SET"));
            auto *editor = qobject_cast<RoutingEditor *>(record.editor());
            QVERIFY(editor);
            QTRY_COMPARE_WITH_TIMEOUT(editor->operations()->rowCount(), 2, 15000);
            QVERIFY(!editor->isEditable()); // version 1 is approved
            click(&record, "newDraft");
            QTRY_VERIFY_WITH_TIMEOUT(editor->isEditable(), 15000);
            QVERIFY(editor->selectOperation(20));
            const QModelIndex maximum = editor->parameters()->index(1, RoutingParameterModel::MaximumColumn);
            QCOMPARE(editor->parameters()->index(1, RoutingParameterModel::NameColumn).data().toString(),
                     s("Seal temperature"));
            QVERIFY(editor->parameters()->setData(maximum, s("205")));
            click(&record, "save");
            QTRY_COMPARE_WITH_TIMEOUT(latestVersion(s("RT-C1-SET")), 2, 15000);
            QCOMPARE(routing(s("RT-C1-SET"), 2).value(s("status")).toString(), s("draft"));
        }

        MainWindow window(engineer.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showModule(s("changecontrol")));
        auto *page = qobject_cast<ChangeControlPage *>(window.page(s("changecontrol")));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 15000);
        ChangeOrderPanel *panel = page->panel();

        // A new change order: class, title, reason; the server numbers it.
        click(page, "newChangeOrder");
        auto dialog = openDialog<ChangeOrderDialog>(page);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 15000);
        auto *changeClass = child<QComboBox>(dialog, "changeClass");
        changeClass->setCurrentIndex(changeClass->findText(s("Minor")));
        QCOMPARE(child<QLabel>(dialog, "approvalChain")->text(), s("Approval: Approved"));
        QVERIFY(!child<QPushButton>(dialog, "save")->isEnabled());
        child<QLineEdit>(dialog, "changeTitle")->setText(s("Seal temperature limit for the new pouch film"));
        child<QPlainTextEdit>(dialog, "changeReason")->setPlainText(s("Supplier changed the Tyvek grade"));
        click(dialog, "save");
        QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && !panel->order().isEmpty(), 15000);
        const QJsonObject created = panel->order();
        const qint64 id = created.value(s("id")).toInteger();
        const QString number = created.value(s("number")).toString();
        QVERIFY(number.startsWith(s("ECO-")));
        QCOMPARE(page->selectedId(), id);
        QCOMPARE(child<QLabel>(panel, "orderStatus")->text(), s("Draft"));
        QCOMPARE(child<QLabel>(panel, "orderClass")->text(), s("Minor — approval: Approved"));
        QVERIFY(!child<QPushButton>(panel, "submitOrder")->isEnabled()); // nothing on it yet

        // The routing draft goes on it.
        click(panel, "addItem");
        auto add = openDialog<AddItemDialog>(panel);
        QVERIFY(add);
        QTRY_VERIFY_WITH_TIMEOUT(add->isLoaded(), 15000);
        add->choose(s("routing"), s("RT-C1-SET"));
        QVERIFY(add->effectiveFromUtc().isEmpty());
        click(add, "add");
        QTRY_VERIFY_WITH_TIMEOUT(closed(add), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->items()->rowCount(), 1, 15000);
        QCOMPARE(columnTexts(panel->items(), 1), QStringList{s("RT-C1-SET")});
        QCOMPARE(cell(panel->items(), 0, 0), s("Routing"));
        QCOMPARE(cell(panel->items(), 0, 3), s("2"));
        QCOMPARE(cell(panel->items(), 0, 5), s("At approval"));

        // Submitted: the version is in review and the server's impact assessment is shown.
        click(panel, "submitOrder");
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "orderStatus")->text(), s("In review"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(panel->items(), 0, 4), s("In review"), 15000);
        QCOMPARE(routing(s("RT-C1-SET"), 2).value(s("status")).toString(), s("in_review"));
        const QStringList impact = panel->impact()->itemTexts();
        QVERIFY2(impact.first() == s("Routing RT-C1-SET, version 2 — replaces version 1"),
                 qPrintable(impact.join(s(" | "))));
        QTreeWidgetItem *top = panel->impact()->topLevelItem(0);
        QCOMPARE(top->childCount(), 1);
        QCOMPARE(top->child(0)->text(0), s("Open orders: none"));
        QVERIFY(impact.last().startsWith(s("Assessed by the server at ")));
        QCOMPARE(cell(panel->steps(), 0, ApprovalStepsView::MeaningColumn), s("Approved"));
        QCOMPARE(cell(panel->steps(), 0, ApprovalStepsView::StateColumn), s("Next to sign"));
        // The engineer may review change orders but not approve them: nothing to sign here.
        QVERIFY(!child<QPushButton>(panel, "signOrder")->isEnabled());

        // The item against the version it replaces, side by side.
        QVERIFY(panel->selectItem(s("routing"), s("RT-C1-SET")));
        click(panel, "compareItem");
        auto diff = openDialog<VersionDiffDialog>(panel);
        QVERIFY(diff);
        QCOMPARE(child<QLabel>(diff, "diffHeading")->text(),
                 s("Routing RT-C1-SET, version 2 against version 1, which it replaces"));
        QTRY_VERIFY_WITH_TIMEOUT(diff->panel()->isDiffLoaded(), 15000);
        QTableWidget *changes = diff->panel()->diffTable();
        QTRY_COMPARE_WITH_TIMEOUT(changes->horizontalHeaderItem(1)->text(), s("Version 1"), 15000);
        QCOMPARE(changes->horizontalHeaderItem(2)->text(), s("Version 2"));
        QCOMPARE(changes->rowCount(), 1);
        QVERIFY2(cell(changes, 0, 0).contains(s("Seal temperature")) &&
                     cell(changes, 0, 0).endsWith(s("Maximum")),
                 qPrintable(cell(changes, 0, 0)));
        QCOMPARE(cell(changes, 0, 1), s("200"));
        QCOMPARE(cell(changes, 0, 2), s("205"));
        diff->close();

        // QA, in her own client, approves by signature.
        auto qa = signedIn(m_server, s("qa"));
        QVERIFY(qa);
        ChangeControlPage qaPage(qa.get());
        qaPage.resize(1200, 800);
        qaPage.show();
        QTRY_VERIFY_WITH_TIMEOUT(qaPage.isLoaded(), 15000);
        QVERIFY(qaPage.selectOrder(id));
        ChangeOrderPanel *qaPanel = qaPage.panel();
        QTRY_VERIFY_WITH_TIMEOUT(qaPanel->isLoaded() && qaPanel->orderId() == id, 15000);
        auto *signButton = child<QPushButton>(qaPanel, "signOrder");
        QCOMPARE(signButton->text(), s("&Sign as Approved…"));
        click(qaPanel, "signOrder");
        QPointer<SignatureDialog> sign = qaPanel->signatureDialog();
        QVERIFY(sign);
        QTRY_VERIFY(sign->isVisible());
        QCOMPARE(sign->request().meaning, s("approved"));
        QCOMPARE(sign->request().recordType, s("change_order"));
        QCOMPARE(sign->request().recordVersion, created.value(s("rowVersion")).toInt() + 2); // +item, +submit
        QCOMPARE(child<QLabel>(sign, "meaning")->text(), s("Approved"));
        QCOMPARE(child<QLabel>(sign, "signedTitle")->text(),
                 s("Change order %1: Seal temperature limit for the new pouch film").arg(number));
        QCOMPARE(child<QLabel>(sign, "signedRecord")->text(),
                 s("Change order %1, version %2").arg(id).arg(sign->request().recordVersion));
        QCOMPARE(signAs(sign, s("qa")), QString());
        QCOMPARE(child<QLabel>(sign, "manifestationName")->text(), s("Dr. Helen Ortiz (QA Manager)"));
        click(sign, "close");
        QTRY_VERIFY(closed(sign));

        // Approved everywhere: the order, its step, its item, the engineer's list, the routing.
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(qaPanel, "orderStatus")->text(), s("Approved"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(qaPanel->steps(), 0, ApprovalStepsView::StateColumn), s("Signed"),
                                  15000);
        QCOMPARE(cell(qaPanel->steps(), 0, ApprovalStepsView::SignerColumn),
                 s("Dr. Helen Ortiz (QA Manager) (qa)"));
        QCOMPARE(cell(qaPanel->steps(), 0, ApprovalStepsView::ValidityColumn), s("Valid"));
        const QJsonObject signature = m_qa->call(s("eco.get"), {{s("id"), id}})
                                          .result.value(s("signatures"))
                                          .toArray()
                                          .at(0)
                                          .toObject();
        QCOMPARE(
            cell(qaPanel->steps(), 0, ApprovalStepsView::TimeColumn),
            timetext::localFromServer(signature.value(s("signedAt")).toString())); // local time with zone
        QTRY_COMPARE_WITH_TIMEOUT(cell(qaPanel->items(), 0, 4), s("Approved"), 15000);
        QVERIFY(!signButton->isEnabled());
        const int row = page->model()->rowOfId(id);
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(row, ChangeOrderModel::StatusColumn).data().toString(),
                                  s("Approved"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "orderStatus")->text(), s("Approved"), 15000);
        QCOMPARE(routing(s("RT-C1-SET"), 2).value(s("status")).toString(), s("approved"));
        QCOMPARE(routing(s("RT-C1-SET"), 1).value(s("status")).toString(), s("superseded"));
        QCOMPARE(routing(s("RT-C1-SET")).value(s("version")).toInt(), 2); // in force now

        // The number answers the global search box (typed or scanned) and opens the order.
        QList<SearchHit> hits;
        bool answered = false;
        qaPage.search(number.toLower(), [&](const QList<SearchHit> &h) {
            hits = h;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().text, s("Change order %1: Seal temperature limit for the new pouch film").arg(number));
        const qint64 other = qaPage.model()->record(qaPage.model()->rowOfId(id) == 0 ? 1 : 0).value(s("id")).toInteger();
        QVERIFY(qaPage.selectOrder(other)); // another order first
        QCOMPARE(qaPage.selectedId(), other);
        hits.first().open();
        QCOMPARE(qaPage.selectedId(), id);
    }

    void authorCannotApproveOwnOrder()
    {
        // QA authors an order for the engineer's new routing draft, then tries to approve it.
        QJsonObject draft = MasterDataFixture::routing(s("C2"));
        QJsonArray params = draft.value(s("parameters")).toArray();
        QJsonObject dose = params.at(0).toObject();
        dose.insert(s("minimum"), s("1.9"));
        params.replace(0, dose);
        draft.insert(s("parameters"), params);
        QVERIFY(
            m_engineer->call(s("routing.saveDraft"), {{s("code"), s("RT-C2-SET")}, {s("data"), draft}}).ok());
        auto made = m_qa->call(s("eco.create"), {{s("changeClass"), s("minor")},
                                                 {s("title"), s("UV dose minimum")},
                                                 {s("reason"), s("Cure study")}});
        QVERIFY(made.ok());
        const qint64 id = made.result.value(s("id")).toInteger();
        made = m_qa->call(s("eco.addItem"), {{s("id"), id},
                                             {s("rowVersion"), made.result.value(s("rowVersion"))},
                                             {s("entity"), s("routing")},
                                             {s("code"), s("RT-C2-SET")}});
        QVERIFY(made.ok());
        made = m_qa->call(s("eco.submit"),
                          {{s("id"), id}, {s("rowVersion"), made.result.value(s("rowVersion"))}});
        QVERIFY(made.ok());

        auto qa = signedIn(m_server, s("qa"));
        QVERIFY(qa);
        ChangeControlPage page(qa.get());
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        QVERIFY(page.selectOrder(id));
        ChangeOrderPanel *panel = page.panel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->orderId() == id, 15000);
        QCOMPARE(child<QLabel>(panel, "orderAuthor")->text(), s("Dr. Helen Ortiz (QA Manager) (qa)"));
        click(panel, "signOrder");
        QPointer<SignatureDialog> sign = panel->signatureDialog();
        QVERIFY(sign);
        QTRY_VERIFY(sign->isVisible());
        const QString refusal = signAs(sign, s("qa"));
        QCOMPARE(
            refusal,
            s("Separation of duties: the same person cannot be both requester or subject and approver of "
              "this record. Another person must do this. Nothing was signed."));
        QVERIFY(!sign->isSigned());
        click(sign, "cancel");
        QTRY_VERIFY(closed(sign));

        // Nothing changed: no signature, still in review, the version still in review.
        const QJsonObject order = m_qa->call(s("eco.get"), {{s("id"), id}}).result;
        QCOMPARE(order.value(s("status")).toString(), s("in_review"));
        QCOMPARE(order.value(s("signatures")).toArray().size(), 0);
        QCOMPARE(routing(s("RT-C2-SET"), 2).value(s("status")).toString(), s("in_review"));
        QCOMPARE(child<QLabel>(panel, "orderStatus")->text(), s("In review"));
        QCOMPARE(cell(panel->steps(), 0, ApprovalStepsView::StateColumn), s("Next to sign"));

        // Another approver is needed; QA rejects her own order instead, with a reason for the audit trail.
        click(panel, "rejectOrder");
        QPointer<ReasonDialog> reason = panel->reasonDialog();
        QVERIFY(reason);
        QTRY_VERIFY(reason->isVisible());
        QVERIFY(!child<QPushButton>(reason, "confirm")->isEnabled()); // no reason yet
        child<QLineEdit>(reason, "reason")->setText(s("Needs a second cure study"));
        click(reason, "confirm");
        QTRY_VERIFY_WITH_TIMEOUT(closed(reason), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "orderStatus")->text(), s("Rejected"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            page.model()->index(page.model()->rowOfId(id), ChangeOrderModel::StatusColumn).data().toString(),
            s("Rejected"), 15000);
        QCOMPARE(routing(s("RT-C2-SET"), 2).value(s("status")).toString(),
                 s("draft")); // free for another order
        QVERIFY(!child<QPushButton>(panel, "signOrder")->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "rejectOrder")->isEnabled());
        const QJsonArray audit =
            m_qa->call(s("audit.query"), {{s("recordType"), s("change_order")},
                                          {s("recordId"), order.value(s("number")).toString()}})
                .result.value(s("rows"))
                .toArray();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.first().toObject().value(s("reason")).toString(), s("Needs a second cure study"));
    }

    // Taking an approved record out of use: the dialog's "obsolete" action lists records in force,
    // the item reads "Take out of use", and the server stores the action.
    void obsoleteItemThroughTheDialog()
    {
        const auto created = m_engineer->call(s("eco.create"), {{s("changeClass"), s("minor")},
                                                               {s("title"), s("Discontinue the M3 screw")},
                                                               {s("reason"), s("Replaced by a clip in the housing")}});
        QVERIFY(created.ok());
        const qint64 id = created.result.value(s("id")).toInteger();
        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);
        ChangeControlPage page(engineer.get());
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        QVERIFY(page.selectOrder(id));
        ChangeOrderPanel *panel = page.panel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->orderId() == id, 15000);
        click(panel, "addItem");
        auto add = openDialog<AddItemDialog>(panel);
        QVERIFY(add);
        auto *action = child<QComboBox>(add, "itemAction");
        action->setCurrentIndex(action->findData(s("obsolete")));
        QTRY_VERIFY_WITH_TIMEOUT(add->isLoaded(), 15000);
        auto *codes = child<QComboBox>(add, "itemCode");
        QTRY_VERIFY_WITH_TIMEOUT(codes->findData(s("PU-SCREW-M3X8")) >= 0, 15000); // approved, in force
        add->choose(s("material"), s("PU-SCREW-M3X8"));
        click(add, "add");
        QTRY_VERIFY_WITH_TIMEOUT(closed(add), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->items()->rowCount(), 1, 15000);
        QCOMPARE(cell(panel->items(), 0, 6), s("Take out of use"));
        const QJsonObject stored = m_engineer->call(s("eco.get"), {{s("id"), id}}).result;
        QCOMPARE(stored.value(s("items")).toArray().at(0).toObject().value(s("action")).toString(), s("obsolete"));
    }

    void majorOrderNeedsReviewBeforeApproval()
    {
        QJsonObject draft = MasterDataFixture::routing(s("C3"));
        QJsonArray ops = draft.value(s("operations")).toArray();
        QJsonObject uv = ops.at(0).toObject();
        uv.insert(s("runMinutes"), s("0.4"));
        ops.replace(0, uv);
        draft.insert(s("operations"), ops);
        QVERIFY(
            m_engineer->call(s("routing.saveDraft"), {{s("code"), s("RT-C3-SET")}, {s("data"), draft}}).ok());

        // The engineer opens a major order; the item takes effect tomorrow at 06:00 local time.
        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);
        ChangeControlPage page(engineer.get());
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        click(&page, "newChangeOrder");
        auto dialog = openDialog<ChangeOrderDialog>(&page);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 15000);
        auto *changeClass = child<QComboBox>(dialog, "changeClass");
        changeClass->setCurrentIndex(changeClass->findText(s("Major")));
        QCOMPARE(child<QLabel>(dialog, "approvalChain")->text(), s("Approval: Reviewed → Approved"));
        child<QLineEdit>(dialog, "changeTitle")->setText(s("Shorter UV bonding cycle"));
        child<QPlainTextEdit>(dialog, "changeReason")->setPlainText(s("Validated faster cure (PV-2026-14)"));
        click(dialog, "save");
        QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 15000);
        ChangeOrderPanel *panel = page.panel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && !panel->order().isEmpty(), 15000);
        const qint64 id = panel->order().value(s("id")).toInteger();

        click(panel, "addItem");
        auto add = openDialog<AddItemDialog>(panel);
        QVERIFY(add);
        QTRY_VERIFY_WITH_TIMEOUT(add->isLoaded(), 15000);
        const QDateTime effective(QDate::currentDate().addDays(1), QTime(6, 0), Qt::LocalTime);
        add->choose(s("routing"), s("RT-C3-SET"), effective);
        const QString utc = effective.toUTC().toString(Qt::ISODateWithMs);
        QCOMPARE(add->effectiveFromUtc(), utc);
        QCOMPARE(child<QLabel>(add, "itemEffectiveUtc")->text(),
                 s("Sent to the server as %1 UTC").arg(effective.toUTC().toString(s("yyyy-MM-dd HH:mm"))));
        click(add, "add");
        QTRY_VERIFY_WITH_TIMEOUT(closed(add), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->items()->rowCount(), 1, 15000);
        // Shown in local time with the zone; stored by the server as that instant in UTC.
        QCOMPARE(cell(panel->items(), 0, 5), timetext::local(effective));
        QVERIFY(cell(panel->items(), 0, 5).startsWith(effective.toString(s("yyyy-MM-dd 06:00:00"))));
        const QJsonObject stored = m_engineer->call(s("eco.get"), {{s("id"), id}}).result;
        QCOMPARE(QDateTime::fromString(
                     stored.value(s("items")).toArray().at(0).toObject().value(s("effectiveFrom")).toString(),
                     Qt::ISODateWithMs),
                 effective);
        click(panel, "submitOrder");
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "orderStatus")->text(), s("In review"), 15000);

        // QA: the dialog offers "reviewed", the first step.
        auto qa = signedIn(m_server, s("qa"));
        QVERIFY(qa);
        ChangeControlPage qaPage(qa.get());
        qaPage.resize(1200, 800);
        qaPage.show();
        QTRY_VERIFY_WITH_TIMEOUT(qaPage.isLoaded(), 15000);
        QVERIFY(qaPage.selectOrder(id));
        ChangeOrderPanel *qaPanel = qaPage.panel();
        QTRY_VERIFY_WITH_TIMEOUT(qaPanel->isLoaded() && qaPanel->orderId() == id, 15000);
        QCOMPARE(columnTexts(qaPanel->steps(), ApprovalStepsView::MeaningColumn),
                 (QStringList{s("Reviewed"), s("Approved")}));
        QCOMPARE(columnTexts(qaPanel->steps(), ApprovalStepsView::StateColumn),
                 (QStringList{s("Next to sign"), s("Waiting for step 1")}));
        auto *signButton = child<QPushButton>(qaPanel, "signOrder");
        QCOMPARE(signButton->text(), s("&Sign as Reviewed…"));
        click(qaPanel, "signOrder");
        QPointer<SignatureDialog> sign = qaPanel->signatureDialog();
        QVERIFY(sign);
        QTRY_VERIFY(sign->isVisible());
        QCOMPARE(sign->request().meaning, s("reviewed"));
        QCOMPARE(child<QLabel>(sign, "meaning")->text(), s("Reviewed"));
        click(sign, "cancel");
        QTRY_VERIFY(closed(sign));

        // Choosing the approval step first: the server refuses the order of signatures, in words.
        QVERIFY(qaPanel->steps()->selectStep(s("approved")));
        QCOMPARE(signButton->text(), s("&Sign as Approved…"));
        click(qaPanel, "signOrder");
        sign = qaPanel->signatureDialog();
        QVERIFY(sign);
        QTRY_VERIFY(sign->isVisible());
        QCOMPARE(child<QLabel>(sign, "meaning")->text(), s("Approved"));
        QCOMPARE(signAs(sign, s("qa")),
                 s("This signature needs a valid “Reviewed” signature first. Nothing was signed."));
        click(sign, "cancel");
        QTRY_VERIFY(closed(sign));
        QCOMPARE(m_qa->call(s("eco.get"), {{s("id"), id}}).result.value(s("signatures")).toArray().size(), 0);

        // In order: QA reviews, then a second QA person approves.
        QVERIFY(qaPanel->steps()->selectStep(s("reviewed")));
        click(qaPanel, "signOrder");
        sign = qaPanel->signatureDialog();
        QVERIFY(sign);
        QCOMPARE(sign->request().meaning, s("reviewed"));
        QCOMPARE(signAs(sign, s("qa")), QString());
        click(sign, "close");
        QTRY_COMPARE_WITH_TIMEOUT(columnTexts(qaPanel->steps(), ApprovalStepsView::StateColumn),
                                  (QStringList{s("Signed"), s("Next to sign")}), 15000);
        QCOMPARE(child<QLabel>(qaPanel, "orderStatus")->text(), s("In review"));

        auto qa2 = signedIn(m_server, s("qa2"));
        QVERIFY(qa2);
        ChangeControlPage qa2Page(qa2.get());
        qa2Page.show();
        QTRY_VERIFY_WITH_TIMEOUT(qa2Page.isLoaded(), 15000);
        QVERIFY(qa2Page.selectOrder(id));
        QTRY_VERIFY_WITH_TIMEOUT(qa2Page.panel()->isLoaded() && qa2Page.panel()->orderId() == id, 15000);
        QCOMPARE(child<QPushButton>(qa2Page.panel(), "signOrder")->text(), s("&Sign as Approved…"));
        click(qa2Page.panel(), "signOrder");
        sign = qa2Page.panel()->signatureDialog();
        QVERIFY(sign);
        QCOMPARE(signAs(sign, s("qa2")), QString());
        click(sign, "close");
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(qaPanel, "orderStatus")->text(), s("Approved"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            columnTexts(qaPanel->steps(), ApprovalStepsView::SignerColumn),
            (QStringList{s("Dr. Helen Ortiz (QA Manager) (qa)"), s("Chen Jing (QA Specialist) (qa2)")}),
            15000);
        const QJsonObject approved = routing(s("RT-C3-SET"), 2);
        QCOMPARE(approved.value(s("status")).toString(), s("approved"));
        QCOMPARE(QDateTime::fromString(approved.value(s("effectiveFrom")).toString(), Qt::ISODateWithMs),
                 effective);
    }

private:
    int latestVersion(const QString &code) const
    {
        const QJsonArray versions =
            m_engineer->call(s("routing.history"), {{s("code"), code}}).result.value(s("versions")).toArray();
        return versions.isEmpty() ? 0 : versions.last().toObject().value(s("version")).toInt();
    }

    // The routing version in force now (else the newest draft), or a given version.
    QJsonObject routing(const QString &code, int version = 0) const
    {
        QJsonObject params{{s("code"), code}};
        if (version > 0) params.insert(s("version"), version);
        const auto r = m_engineer->call(s("routing.get"), params);
        if (!r.ok()) qWarning() << "routing.get" << code << version << r.error.message;
        return r.result;
    }

    TestServer m_server;
    std::unique_ptr<SyncRpcClient> m_engineer;
    std::unique_ptr<SyncRpcClient> m_qa;
    QJsonObject m_dictionary;
};

QTEST_MAIN(TstUiChangeControl)
#include "tst_ui_changecontrol.moc"
