// The Master data module against a real server (offscreen): the entity kinds of the dictionary by
// permission; an engineer creates a material through the form and sees it in the list as a draft;
// a code against the coding rule and invalid fields are refused in words and change nothing; a
// buyer edits a supplier with a reason (list and audit trail show it); an edit that meets someone
// else's change reloads with the message; the history of a material approved twice through change
// orders made with the API, the diff of its versions, "as of" a moment between the approvals;
// where-used; the global search; the texts of the new error codes.
#include "clienttesthelpers.h"
#include "uitesthelpers.h"
#include "core/datadictionary.h"
#include "core/timetext.h"
#include "identity/reasondialog.h"
#include "masterdata/entityform.h"
#include "masterdata/entitylistmodel.h"
#include "masterdata/entitypage.h"
#include "masterdata/fieldeditor.h"
#include "masterdata/masterdatapage.h"
#include "masterdata/recordpanel.h"
#include "masterdata/versionhistorypanel.h"
#include "masterdata/whereusedpanel.h"
#include "shell/errortext.h"
#include "shell/mainwindow.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace concord;
using namespace concord::test;
using namespace concord::ui;

namespace {
QString cell(const EntityListModel *m, int row, const char *field)
{
    return m->index(row, m->columnOfField(s(field))).data().toString();
}

QString headerCell(const QAbstractItemModel *m, int row, const QString &header)
{
    for (int c = 0; c < m->columnCount(); ++c)
        if (m->headerData(c, Qt::Horizontal).toString() == header) return m->index(row, c).data().toString();
    return s("<no column %1>").arg(header);
}

EntityForm *formOf(EntityPage *page)
{
    return qobject_cast<EntityForm *>(page->recordPanel()->editor());
}

QLineEdit *line(EntityPage *page, const char *field)
{
    return qobject_cast<QLineEdit *>(formOf(page)->fieldEditor(s(field))->input());
}

QComboBox *combo(EntityPage *page, const char *field)
{
    return qobject_cast<QComboBox *>(formOf(page)->fieldEditor(s(field))->input());
}

void choose(QComboBox *box, const char *value)
{
    const int i = box->findData(s(value));
    QVERIFY2(i >= 0, value);
    box->setCurrentIndex(i);
}
} // namespace

class TstUiMasterData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings("tst_ui_masterdata");
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(m_server.start());
        m_engineer = m_server.login(s("engineer"));
        m_buyer = m_server.login(s("buyer"));
        m_qa = m_server.login(s("qa"));
        QVERIFY(m_engineer && m_buyer && m_qa);
        const auto dictionary = m_engineer->call(s("dictionary.get"));
        QVERIFY(dictionary.ok());
        m_dictionary = DataDictionary(dictionary.result);
    }

    void entityKindsFollowTheDictionaryAndPermissions()
    {
        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);
        MainWindow window(engineer.get());
        QVERIFY(window.showModule(s("masterdata")));
        auto *page = qobject_cast<MasterDataPage *>(window.page(s("masterdata")));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 15000);
        // Every plain and versioned entity, by its label, versioned ones first under their heading.
        QStringList shown;
        for (int row = 0; row < page->entityList()->count(); ++row)
            shown.append(page->entityList()->item(row)->text());
        QStringList expected{s("Versioned")};
        for (const bool versioned : {true, false}) {
            if (!versioned) expected.append(s("Plain"));
            for (const QJsonObject &e : m_dictionary.entities())
                if (DataDictionary::isVersioned(e) == versioned && (DataDictionary::isVersioned(e) || DataDictionary::isPlain(e)))
                    expected.append(e.value(s("label")).toString());
        }
        QCOMPARE(shown, expected);
        QVERIFY(shown.contains(s("Material")) && shown.contains(s("Ship-to address")) && !shown.contains(s("BOM line")));
        // The material page is the first one, with its columns from the dictionary.
        EntityPage *materials = page->currentPage();
        QVERIFY(materials);
        QCOMPARE(materials->entityName(), s("material"));
        QStringList headers;
        for (int c = 0; c < materials->model()->columnCount(); ++c)
            headers.append(materials->model()->headerData(c, Qt::Horizontal).toString());
        QCOMPARE(headers, (QStringList{s("Code"), s("Name"), s("Type"), s("Unit"), s("Tracking"), s("Shelf life (d)"),
                                       s("Storage conditions"), s("GTIN"), s("Device class"), s("Version"), s("Status"),
                                       s("Latest draft")}));
        QVERIFY(!child<QPushButton>(materials, "newRecord")->isHidden());
        QCOMPARE(materials->detailTabs()->count(), 3); // record, history, where used

        // The buyer reads materials but creates none; suppliers are the buyer's.
        auto buyer = signedIn(m_server, s("buyer"));
        QVERIFY(buyer);
        MasterDataPage buyerPage(buyer.get());
        QTRY_VERIFY_WITH_TIMEOUT(buyerPage.isLoaded(), 15000);
        QVERIFY(child<QPushButton>(buyerPage.entityPage(s("material")), "newRecord")->isHidden());
        QVERIFY(!child<QPushButton>(buyerPage.entityPage(s("supplier")), "newRecord")->isHidden());
        QVERIFY(buyerPage.entityPage(s("supplier"))->historyPanel() == nullptr); // plain: no versions

        // The TV display account has no master data at all.
        auto display = signedIn(m_server, s("tv-line1"));
        QVERIFY(display);
        MainWindow displayWindow(display.get());
        QVERIFY(displayWindow.page(s("masterdata")) == nullptr);
    }

    void engineerCreatesMaterialThroughTheForm()
    {
        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);
        MasterDataPage page(engineer.get());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        EntityPage *materials = page.entityPage(s("material"));
        QTRY_VERIFY_WITH_TIMEOUT(materials->model()->isLoaded(), 15000);
        const int before = materials->model()->rowCount();

        click(materials, "newRecord");
        RecordPanel *panel = materials->recordPanel();
        QCOMPARE(child<QLabel>(panel, "recordTitle")->text(), s("New: Material"));
        QVERIFY(child<QLabel>(panel, "recordNote")->text().contains(s("change order")));
        // Required fields are marked; the code can be typed for a new record.
        QCOMPARE(formOf(materials)->fieldLabel(s("name"))->text(), s("Name *"));
        QCOMPARE(formOf(materials)->fieldLabel(s("gtin"))->text(), s("GTIN"));
        QVERIFY(!line(materials, "code")->isReadOnly());
        // Enum values are translated words, the shelf life shows its unit.
        QCOMPARE(combo(materials, "type")->itemText(combo(materials, "type")->findData(s("semi_finished"))), s("Semi-finished"));
        QCOMPARE(child<QLabel>(formOf(materials)->fieldEditor(s("shelfLifeDays")), "unit")->text(), s("d"));

        // A code against the coding rule: refused in words, next to the code; nothing is created.
        line(materials, "code")->setText(s("silicone tube"));
        line(materials, "name")->setText(s("Silicone tubing 4 mm"));
        choose(combo(materials, "type"), "raw");
        combo(materials, "unit")->setEditText(s("m"));
        choose(combo(materials, "tracking"), "lot");
        line(materials, "shelfLifeDays")->setText(s("1095"));
        click(panel, "save");
        auto *error = child<QLabel>(panel, "error");
        const QString ruleText = s("The code “silicone tube” does not match the coding rule “material”: it must be 2 capital "
                                   "letters, “-”, 2 to 30 capital letters, digits or hyphens (pattern {alpha:2}-{code:2-30}).");
        QTRY_COMPARE_WITH_TIMEOUT(error->text(), ruleText, 15000);
        QVERIFY(error->isVisible());
        QCOMPARE(formOf(materials)->fieldEditor(s("code"))->problem(), ruleText);
        QCOMPARE(materials->model()->rowCount(), before);
        QCOMPARE(m_engineer->call(s("material.list")).result.value(s("records")).toArray().size(), before);

        // Invalid fields: each problem under its field, named by its label, translated.
        line(materials, "code")->setText(s("RM-SILICONE-4MM"));
        QVERIFY(formOf(materials)->fieldEditor(s("code"))->problem().isEmpty()); // cleared by the edit
        line(materials, "name")->setText(QString());
        line(materials, "shelfLifeDays")->setText(s("-5"));
        click(panel, "save");
        const QString oneField = s("1 field(s) are not valid; see the marked fields.");
        QTRY_COMPARE_WITH_TIMEOUT(error->text(), oneField, 15000);
        QCOMPARE(formOf(materials)->fieldEditor(s("shelfLifeDays"))->problem(), s("Shelf life must be at least 0 d."));
        QCOMPARE(materials->model()->rowCount(), before);
        // The limits are checked first; the dictionary's "required" comes once they are right.
        line(materials, "shelfLifeDays")->setText(s("1095"));
        error->clear();
        click(panel, "save");
        QTRY_COMPARE_WITH_TIMEOUT(error->text(), oneField, 15000);
        QCOMPARE(formOf(materials)->fieldEditor(s("name"))->problem(), s("Name is required."));
        QVERIFY(formOf(materials)->fieldEditor(s("shelfLifeDays"))->problem().isEmpty());
        QCOMPARE(materials->model()->rowCount(), before);

        // Corrected: created as draft version 1, in the list at once.
        line(materials, "name")->setText(s("Silicone tubing 4 mm"));
        click(panel, "save");
        auto *notice = child<QLabel>(panel, "recordNotice");
        QTRY_COMPARE_WITH_TIMEOUT(notice->text(), s("Material RM-SILICONE-4MM created as draft version 1."), 15000);
        QVERIFY(!error->isVisible());
        QCOMPARE(child<QLabel>(panel, "recordTitle")->text(), s("Material RM-SILICONE-4MM — version 1 (Draft)"));
        const int row = materials->model()->rowOfCode(s("RM-SILICONE-4MM"));
        QVERIFY(row >= 0);
        QCOMPARE(materials->model()->rowCount(), before + 1);
        QCOMPARE(cell(materials->model(), row, "name"), s("Silicone tubing 4 mm"));
        QCOMPARE(cell(materials->model(), row, "type"), s("Raw material"));
        QCOMPARE(cell(materials->model(), row, "shelfLifeDays"), s("1095 d"));
        QCOMPARE(headerCell(materials->model(), row, s("Status")), s("Draft"));
        QCOMPARE(headerCell(materials->model(), row, s("Version")), s("1"));
        // The draft stays editable; Discard is offered while it is on no change order.
        QVERIFY(!line(materials, "name")->isReadOnly());
        QVERIFY(line(materials, "code")->isReadOnly()); // codes never change
        QVERIFY(!child<QPushButton>(panel, "discardDraft")->isHidden());
        const auto stored = m_engineer->call(s("material.get"), {{s("code"), s("RM-SILICONE-4MM")}});
        QCOMPARE(stored.result.value(s("unit")).toString(), s("m"));
        QCOMPARE(stored.result.value(s("shelfLifeDays")).toInt(), 1095);

        // Another user's list gets it by event, filter and sort work on it.
        auto planner = signedIn(m_server, s("planner"));
        MasterDataPage other(planner.get());
        QTRY_VERIFY_WITH_TIMEOUT(other.isLoaded(), 15000);
        EntityPage *theirs = other.entityPage(s("material"));
        QTRY_VERIFY_WITH_TIMEOUT(theirs->model()->isLoaded(), 15000);
        QVERIFY(theirs->model()->rowOfCode(s("RM-SILICONE-4MM")) >= 0);
        theirs->filterBox()->setText(s("silicone"));
        QCOMPARE(theirs->proxy()->rowCount(), 1);
        QCOMPARE(child<QLabel>(theirs, "recordCount")->text(), s("1 of %1 record(s) shown").arg(before + 1));
        line(materials, "name")->setText(s("Silicone tubing 4 mm, platinum cured"));
        click(panel, "save");
        QTRY_COMPARE_WITH_TIMEOUT(theirs->proxy()->index(0, 1).data().toString(), s("Silicone tubing 4 mm, platinum cured"), 15000);
    }

    void buyerEditsSupplierWithReason()
    {
        QVERIFY(m_buyer->call(s("supplier.create"), {{s("data"), QJsonObject{{s("code"), s("S-UITEST-01")},
                                                                           {s("name"), s("Suzhou UiTest Tubing Co.")},
                                                                           {s("approvalStatus"), s("approved")},
                                                                           {s("approvedUntil"), s("2027-06-30")}}}})
                    .ok());
        auto buyer = signedIn(m_server, s("buyer"));
        QVERIFY(buyer);
        MasterDataPage page(buyer.get());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        page.showRecord(s("supplier"), s("S-UITEST-01"));
        EntityPage *suppliers = page.currentPage();
        QCOMPARE(suppliers->entityName(), s("supplier"));
        RecordPanel *panel = suppliers->recordPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->record().value(s("code")).toString(), s("S-UITEST-01"), 15000);
        QCOMPARE(child<QLabel>(panel, "recordTitle")->text(), s("Supplier S-UITEST-01"));
        QCOMPARE(combo(suppliers, "approvalStatus")->currentText(), s("Approved"));
        QVERIFY(!child<QPushButton>(panel, "save")->isEnabled()); // nothing changed yet

        line(suppliers, "phone")->setText(s("+86 512 6688 1234"));
        choose(combo(suppliers, "approvalStatus"), "conditional");
        click(panel, "save");
        auto dialog = openDialog<ReasonDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, "confirmMessage")->text().contains(s("Approval status, Phone")));
        child<QLineEdit>(dialog, "reason")->setText(s("Audit finding 2026-14: conditional until re-audit"));
        click(dialog, "confirm");
        QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "recordNotice")->text(),
                                  s("Supplier S-UITEST-01 saved; the change and your reason are in the audit trail."), 15000);
        const EntityListModel *list = suppliers->model();
        const int row = list->rowOfCode(s("S-UITEST-01"));
        QCOMPARE(cell(list, row, "phone"), s("+86 512 6688 1234"));
        QCOMPARE(cell(list, row, "approvalStatus"), s("Conditional"));

        // The audit trail has the change with the reason.
        const auto trail = m_qa->call(s("audit.query"), {{s("recordType"), s("supplier")}, {s("recordId"), s("S-UITEST-01")}});
        QVERIFY(trail.ok());
        const QJsonArray rows = trail.result.value(s("rows")).toArray();
        QJsonObject update;
        for (const QJsonValue &r : rows)
            if (r.toObject().value(s("action")).toString() == s("update")) update = r.toObject();
        QCOMPARE(update.value(s("username")).toString(), s("buyer"));
        QCOMPARE(update.value(s("reason")).toString(), s("Audit finding 2026-14: conditional until re-audit"));
        const QJsonObject changes = update.value(s("changes")).toObject();
        QCOMPARE(changes.value(s("approvalStatus")).toArray(), (QJsonArray{s("approved"), s("conditional")}));
        QCOMPARE(changes.value(s("phone")).toArray(), (QJsonArray{s(""), s("+86 512 6688 1234")}));
        QVERIFY(!changes.contains(s("name"))); // only what changed

        // Unsaved changes are not lost by choosing another record without being asked.
        line(suppliers, "contact")->setText(s("Zhang Min"));
        const int other = list->rowOfCode(s("S-UITEST-01")) == 0 ? 1 : 0;
        const QString otherCode = list->record(other).value(s("code")).toString();
        suppliers->view()->setCurrentIndex(suppliers->proxy()->mapFromSource(list->index(other, 0)));
        auto question = openDialog<QMessageBox>(&page);
        QVERIFY(question);
        QCOMPARE(question->text(), s("Discard your unsaved changes to S-UITEST-01?"));
        click(question, "keepEditing");
        QTRY_VERIFY(closed(question));
        QCOMPARE(panel->code(), s("S-UITEST-01"));
        QCOMPARE(line(suppliers, "contact")->text(), s("Zhang Min"));
        QCOMPARE(suppliers->view()->currentIndex().data(EntityListModel::CodeRole).toString(), s("S-UITEST-01"));
        suppliers->view()->setCurrentIndex(suppliers->proxy()->mapFromSource(list->index(other, 0)));
        question = openDialog<QMessageBox>(&page);
        QVERIFY(question);
        click(question, "discardChangesButton");
        QTRY_COMPARE_WITH_TIMEOUT(panel->record().value(s("code")).toString(), otherCode, 15000);
        QVERIFY(!panel->isDirty());
    }

    void plainConflictReloadsWithTheMessage()
    {
        QVERIFY(m_buyer->call(s("supplier.create"), {{s("data"), QJsonObject{{s("code"), s("S-NEEDLE-02")},
                                                                           {s("name"), s("Needle Works")},
                                                                           {s("approvalStatus"), s("pending")}}}})
                    .ok());
        auto buyer = signedIn(m_server, s("buyer"));
        QVERIFY(buyer);
        MasterDataPage page(buyer.get());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        page.showRecord(s("supplier"), s("S-NEEDLE-02"));
        EntityPage *suppliers = page.currentPage();
        RecordPanel *panel = suppliers->recordPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->record().value(s("code")).toString(), s("S-NEEDLE-02"), 15000);

        // The user starts editing; meanwhile someone else saves the record.
        line(suppliers, "contact")->setText(s("Li Wei"));
        QVERIFY(m_buyer->call(s("supplier.update"), {{s("code"), s("S-NEEDLE-02")},
                                                    {s("rowVersion"), 1},
                                                    {s("data"), QJsonObject{{s("name"), s("Needle Works Ltd.")}}},
                                                    {s("reason"), s("legal name corrected")}})
                    .ok());
        // The list follows the event; the form keeps the user's edit and warns.
        const EntityListModel *list = suppliers->model();
        QTRY_COMPARE_WITH_TIMEOUT(cell(list, list->rowOfCode(s("S-NEEDLE-02")), "name"), s("Needle Works Ltd."), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(panel, "error")->text().contains(s("changed S-NEEDLE-02 meanwhile")), 15000);
        QCOMPARE(line(suppliers, "contact")->text(), s("Li Wei"));

        click(panel, "save");
        auto dialog = openDialog<ReasonDialog>(&page);
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "reason")->setText(s("new contact"));
        click(dialog, "confirm");
        QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 15000);
        // Refused as stale: the current data is loaded again and the message says what to do.
        RpcError conflict;
        conflict.dataCode = s("conflict");
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "error")->text(), errorText(conflict), 15000);
        QCOMPARE(errorText(conflict), s("Someone else changed this record meanwhile. The current data is loaded again: check "
                                        "it and repeat your change."));
        QTRY_COMPARE_WITH_TIMEOUT(line(suppliers, "name")->text(), s("Needle Works Ltd."), 15000);
        QCOMPARE(line(suppliers, "contact")->text(), QString());
        QCOMPARE(panel->record().value(s("rowVersion")).toInt(), 2);
        QVERIFY(!panel->isDirty());
        QCOMPARE(m_buyer->call(s("supplier.get"), {{s("code"), s("S-NEEDLE-02")}}).result.value(s("contact")).toString(), QString());
    }

    void historyShowsApprovedVersionsWithDiff()
    {
        // Version 1 approved through a change order, then version 2 with another name and a shelf life.
        const QString code = s("RM-PVC-TUBE");
        QVERIFY(m_engineer->call(s("material.create"), {{s("data"), QJsonObject{{s("code"), code},
                                                                              {s("name"), s("PVC tubing")},
                                                                              {s("type"), s("raw")},
                                                                              {s("unit"), s("m")},
                                                                              {s("tracking"), s("lot")}}}})
                    .ok());
        const QString first = approve(s("material"), code);
        QVERIFY(!first.isEmpty());
        QTest::qWait(1100); // the two versions take effect at clearly different moments
        QVERIFY(m_engineer->call(s("material.saveDraft"), {{s("code"), code},
                                                         {s("data"), QJsonObject{{s("code"), code},
                                                                                 {s("name"), s("PVC tubing 3 × 4.1 mm")},
                                                                                 {s("type"), s("raw")},
                                                                                 {s("unit"), s("m")},
                                                                                 {s("tracking"), s("lot")},
                                                                                 {s("shelfLifeDays"), 730}}}})
                    .ok());
        const QString second = approve(s("material"), code);
        QVERIFY(!second.isEmpty());
        const QJsonArray versions = m_engineer->call(s("material.history"), {{s("code"), code}}).result.value(s("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        const QJsonObject v1 = versions.at(0).toObject();
        const QJsonObject v2 = versions.at(1).toObject();

        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);
        MasterDataPage page(engineer.get());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        page.showRecord(s("material"), code);
        EntityPage *materials = page.currentPage();
        RecordPanel *panel = materials->recordPanel();
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "recordTitle")->text(), s("Material RM-PVC-TUBE — version 2 (Approved)"), 15000);
        // Approved: read-only, and the page says that changes go through a change order.
        QVERIFY(line(materials, "name")->isReadOnly());
        // A choice reads as text, not as a greyed-out box.
        QVERIFY(combo(materials, "type")->isHidden());
        QCOMPARE(child<QLineEdit>(formOf(materials)->fieldEditor(s("type")), "display")->text(), s("Raw material"));
        QVERIFY(child<QPushButton>(panel, "save")->isHidden());
        QVERIFY(!child<QPushButton>(panel, "newDraft")->isHidden());
        const QString note = child<QLabel>(panel, "recordNote")->text();
        QVERIFY2(note.contains(s("Approved versions never change")) && note.contains(s("Changes go through a change order")),
                 qPrintable(note));
        QVERIFY(note.contains(second));

        VersionHistoryPanel *history = materials->historyPanel();
        materials->showTab(s("history"));
        QTRY_VERIFY_WITH_TIMEOUT(history->isLoaded(), 15000);
        QTableWidget *table = history->versionTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), s("1"));
        QCOMPARE(table->item(0, 1)->text(), s("Superseded"));
        QCOMPARE(table->horizontalHeaderItem(2)->text(), s("Change order"));
        QCOMPARE(table->item(0, 2)->text(), first);
        QCOMPARE(table->item(0, 3)->text(), timetext::localFromServer(v1.value(s("effectiveFrom")).toString()));
        QCOMPARE(table->item(0, 4)->text(), timetext::localFromServer(v2.value(s("effectiveFrom")).toString()));
        QCOMPARE(table->item(1, 1)->text(), s("Approved"));
        QCOMPARE(table->item(1, 2)->text(), second);
        QCOMPARE(table->item(1, 4)->text(), QString()); // in force, no end
        QVERIFY(table->item(1, 3)->text().contains(QDateTime::currentDateTime().timeZoneAbbreviation()));

        // The newest two side by side: what changed, in words, with the unit.
        QTRY_VERIFY_WITH_TIMEOUT(history->isDiffLoaded(), 15000);
        QTableWidget *diff = history->diffTable();
        QCOMPARE(diff->horizontalHeaderItem(1)->text(), s("Version 1"));
        QCOMPARE(diff->horizontalHeaderItem(2)->text(), s("Version 2"));
        QCOMPARE(diff->rowCount(), 2);
        QCOMPARE(diff->item(0, 0)->text(), s("Name"));
        QCOMPARE(diff->item(0, 1)->text(), s("PVC tubing"));
        QCOMPARE(diff->item(0, 2)->text(), s("PVC tubing 3 × 4.1 mm"));
        QCOMPARE(diff->item(1, 0)->text(), s("Shelf life"));
        QCOMPARE(diff->item(1, 1)->text(), QString());
        QCOMPARE(diff->item(1, 2)->text(), s("730 d"));
        QCOMPARE(child<QLabel>(history, "diffTitle")->text(), s("2 difference(s) between version 1 and version 2."));

        // Double-click on version 1 shows it, read-only, with when it was in force.
        Q_EMIT table->cellDoubleClicked(0, 0);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "recordTitle")->text(), s("Material RM-PVC-TUBE — version 1 (Superseded)"), 15000);
        QCOMPARE(line(materials, "name")->text(), s("PVC tubing"));
        QVERIFY(child<QLabel>(panel, "recordNote")->text().startsWith(s("Version 1 was in force from")));

        // As of a moment between the two approvals: version 1 is the one in force.
        const QDateTime between = timetext::fromServer(v2.value(s("effectiveFrom")).toString()).addMSecs(-500);
        materials->setAsOf(between);
        EntityListModel *list = materials->model();
        QTRY_COMPARE_WITH_TIMEOUT(headerCell(list, list->rowOfCode(code), s("Version")), s("1"), 15000);
        QCOMPARE(cell(list, list->rowOfCode(code), "name"), s("PVC tubing"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "recordTitle")->text(), s("Material RM-PVC-TUBE — version 1 (Superseded)"), 15000);
        QVERIFY(list->rowOfCode(s("RM-SILICONE-4MM")) < 0); // only a draft: in force at no time
        // Before anything was approved, nothing is in force; the record says so in words.
        materials->setAsOf(timetext::fromServer(v1.value(s("effectiveFrom")).toString()).addSecs(-3600));
        QTRY_VERIFY_WITH_TIMEOUT(list->isLoaded() && list->rowOfCode(code) < 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(panel, "error")->text().startsWith(s("No version of Material RM-PVC-TUBE was in force at ")),
                                 15000);
        materials->setAsOf({});
        QTRY_COMPARE_WITH_TIMEOUT(headerCell(list, list->rowOfCode(code), s("Version")), s("2"), 15000);

        // A new draft from the approved version goes into the list's "latest draft" column.
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "recordTitle")->text(), s("Material RM-PVC-TUBE — version 2 (Approved)"), 15000);
        click(panel, "newDraft");
        QVERIFY(!line(materials, "name")->isReadOnly());
        line(materials, "storageConditions")->setText(s("15–25 °C, dry"));
        click(panel, "save");
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "recordTitle")->text(), s("Material RM-PVC-TUBE — version 3 (Draft)"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(headerCell(list, list->rowOfCode(code), s("Latest draft")), s("Version 3 (Draft)"), 15000);
        QCOMPARE(headerCell(list, list->rowOfCode(code), s("Version")), s("2")); // still the one in force
    }

    void whereUsedListsBomsAndRoutings()
    {
        QVERIFY(m_engineer->call(s("material.create"), {{s("data"), QJsonObject{{s("code"), s("FG-UITEST-SET")},
                                                                              {s("name"), s("Single-use infusion set")},
                                                                              {s("type"), s("finished")},
                                                                              {s("unit"), s("pcs")},
                                                                              {s("tracking"), s("lot")}}}})
                    .ok());
        const auto bom = m_engineer->call(
            s("bom.create"),
            {{s("data"), QJsonObject{{s("code"), s("FG-UITEST-SET")},
                                     {s("baseQuantity"), s("1")},
                                     {s("lines"), QJsonArray{QJsonObject{{s("position"), 10},
                                                                         {s("component"), s("RM-PVC-TUBE")},
                                                                         {s("qtyPer"), s("1.5")},
                                                                         {s("unit"), s("m")}}}}}}});
        QVERIFY2(bom.ok(), qPrintable(bom.error.message));
        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);
        MasterDataPage page(engineer.get());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        page.showRecord(s("material"), s("RM-PVC-TUBE"));
        EntityPage *materials = page.currentPage();
        materials->showTab(s("whereUsed"));
        WhereUsedPanel *whereUsed = materials->whereUsedPanel();
        QTRY_VERIFY_WITH_TIMEOUT(whereUsed->isLoaded(), 15000);
        QTreeWidget *tree = whereUsed->tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *boms = tree->topLevelItem(0);
        QCOMPARE(boms->text(0), s("Bills of materials that list it (1)"));
        QCOMPARE(boms->child(0)->text(0), s("Bill of materials FG-UITEST-SET"));
        QCOMPARE(boms->child(0)->text(1), s("Position 10: 1.5 m"));
        QCOMPARE(boms->child(0)->text(2), s("1"));
        QCOMPARE(boms->child(0)->text(3), s("Draft"));
        QCOMPARE(tree->topLevelItem(1)->text(0), s("Routings that make it (0)"));
        QCOMPARE(tree->topLevelItem(2)->text(0), s("Open orders that pinned a version (0)"));
        // Double-click opens the BOM on its own page.
        Q_EMIT tree->itemDoubleClicked(boms->child(0), 0);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentPage()->entityName(), s("bom"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentPage()->recordPanel()->record().value(s("code")).toString(), s("FG-UITEST-SET"), 15000);
    }

    void globalSearchFindsACode()
    {
        auto qa = signedIn(m_server, s("qa"));
        QVERIFY(qa);
        MasterDataPage page(qa.get());
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        QList<SearchHit> hits;
        bool answered = false;
        page.search(s("s-uitest-01"), [&](const QList<SearchHit> &h) {
            hits = h;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QCOMPARE(hits.size(), 1); // an exact code: one hit, opened at once by the search box
        QCOMPARE(hits.first().text, s("Supplier S-UITEST-01 (Suzhou UiTest Tubing Co.)"));
        hits.first().open();
        QCOMPARE(page.currentPage()->entityName(), s("supplier"));
        QTRY_COMPARE_WITH_TIMEOUT(page.currentPage()->recordPanel()->record().value(s("code")).toString(), s("S-UITEST-01"), 15000);
        // A part of a name finds every record that has it.
        answered = false;
        page.search(s("uitest"), [&](const QList<SearchHit> &h) {
            hits = h;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QStringList texts;
        for (const SearchHit &h : hits)
            texts.append(h.text);
        QVERIFY2(texts.contains(s("Material FG-UITEST-SET (Single-use infusion set)")), qPrintable(texts.join(s(" | "))));
        QVERIFY2(texts.contains(s("Bill of materials FG-UITEST-SET")), qPrintable(texts.join(s(" | "))));
        QVERIFY(texts.contains(s("Supplier S-UITEST-01 (Suzhou UiTest Tubing Co.)")));
        answered = false;
        page.search(s("nothing-like-this"), [&](const QList<SearchHit> &h) {
            hits = h;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QVERIFY(hits.isEmpty());
    }

    void errorCodesReadAsText()
    {
        const auto make = [](const char *code, const QJsonObject &args) {
            RpcError e;
            e.dataCode = s(code);
            e.args = args;
            e.message = s("English fallback");
            return e;
        };
        const QJsonObject material{{s("recordType"), s("material")}, {s("recordId"), s("RM-PVC-TUBE")}};
        QJsonObject withStatus = material;
        withStatus.insert(s("version"), 2);
        withStatus.insert(s("status"), s("in_review"));
        QCOMPARE(errorText(make("rule.version_not_editable", withStatus)),
                 s("Material RM-PVC-TUBE version 2 is In review: an approved or reviewed version never changes. Save a new draft "
                   "instead and put it on a change order."));
        QJsonObject onOrder = material;
        onOrder.insert(s("number"), s("ECO-2026-0007"));
        QCOMPARE(errorText(make("rule.version_on_change_order", onOrder)),
                 s("Material RM-PVC-TUBE is on change order ECO-2026-0007. Take it off that change order first."));
        QCOMPARE(errorText(make("rule.no_draft", withStatus)),
                 s("Material RM-PVC-TUBE has no open draft (version 2 is In review). Save a draft first."));
        QJsonObject asOf = material;
        asOf.insert(s("asOf"), s("2026-01-02T03:04:05.000Z"));
        QCOMPARE(errorText(make("rule.not_in_force", asOf)),
                 s("No version of Material RM-PVC-TUBE was in force at %1.").arg(timetext::localFromServer(s("2026-01-02T03:04:05.000Z"))));
        QCOMPARE(errorText(make("rule.code_not_numbered", {{s("rule"), s("material")}, {s("pattern"), s("{alpha:2}-{code:2-30}")}})),
                 s("The coding rule “material” ({alpha:2}-{code:2-30}) has no sequence number, so the server cannot number these "
                   "codes. Ask an administrator to change the rule."));
        QCOMPARE(errorText(make("rule.code_exhausted", {{s("rule"), s("lot")}, {s("pattern"), s("L{yy}{MM}{dd}-{seq:3}")}})),
                 s("The coding rule “lot” (L{yy}{MM}{dd}-{seq:3}) has used all its numbers for this period. Ask an administrator "
                   "to widen the rule."));
        QCOMPARE(codePatternText(s("WO-{yyyy}{MM}-{seq:5}")),
                 s("“WO-”, the year (4 digits), the month (2 digits), “-”, a 5-digit sequence number"));
        QCOMPARE(errorText(make("rule.bom_cycle", {{s("path"), s("FG-A > SF-B > FG-A")}})),
                 s("The bill of materials would contain itself: FG-A > SF-B > FG-A."));
        QCOMPARE(errorText(make("rule.hierarchy_cycle", {{s("recordType"), s("equipment")}, {s("recordId"), s("WC-UV-01")}})),
                 s("Equipment WC-UV-01 would be its own parent."));
        QCOMPARE(errorText(make("rule.unit_incompatible",
                                {{s("from"), s("kg")}, {s("fromDimension"), s("mass")}, {s("to"), s("pcs")}, {s("toDimension"), s("count")}})),
                 s("kg (Mass) cannot be converted to pcs (Count)."));
        QVERIFY(errorText(make("rule.effective_before_approval", {{s("recordId"), s("RM-PVC-TUBE")},
                                                                   {s("effectiveFrom"), s("2026-01-01T00:00:00.000Z")},
                                                                   {s("now"), s("2026-02-01T00:00:00.000Z")}}))
                    .startsWith(s("RM-PVC-TUBE cannot take effect at ")));
        QCOMPARE(errorText(make("rule.change_order_empty", {{s("recordId"), s("ECO-2026-0003")}})),
                 s("Change order ECO-2026-0003 lists nothing to change."));
        QCOMPARE(errorText(make("conflict.duplicate", {{s("recordType"), s("uom")}, {s("value"), s("pcs")}})),
                 s("Unit of measure “pcs” already exists."));

        // Every detail code of validation.failed in words, naming the field by its label.
        const QJsonObject materialEntity = m_dictionary.entity(s("material"));
        const auto detail = [](const char *code) { return FieldError{s("params.data.x"), s(code), s("English")}; };
        const QJsonObject shelfLife = DataDictionary::field(materialEntity, s("shelfLifeDays"));
        const QJsonObject type = DataDictionary::field(materialEntity, s("type"));
        const QJsonObject name = DataDictionary::field(materialEntity, s("name"));
        const QJsonObject unit = DataDictionary::field(materialEntity, s("unit"));
        QCOMPARE(validationDetailText(detail("required"), s("Name"), name), s("Name is required."));
        QCOMPARE(validationDetailText(detail("maxLength"), s("Name"), name), s("Name can have at most 120 character(s)."));
        QCOMPARE(validationDetailText(detail("pattern"), s("GTIN")), s("GTIN has the wrong format."));
        QCOMPARE(validationDetailText(detail("enum"), s("Type"), type),
                 s("Type must be one of: Raw material, Purchased part, Semi-finished, Finished device, Packaging, Consumable."));
        QCOMPARE(validationDetailText(detail("type"), s("Shelf life"), shelfLife), s("Shelf life must be a whole number."));
        QCOMPARE(validationDetailText(detail("format"), s("Approved until"), QJsonObject{{s("type"), s("date")}}),
                 s("Approved until must be a date (year-month-day)."));
        QCOMPARE(validationDetailText(detail("minimum"), s("Shelf life"), shelfLife), s("Shelf life must be at least 0 d."));
        QCOMPARE(validationDetailText(detail("maximum"), s("Shelf life"), shelfLife), s("Shelf life must be at most 36500 d."));
        QCOMPARE(validationDetailText(detail("ref"), s("Unit"), unit), s("Unit: there is no Unit of measure with this code."));
        QCOMPARE(validationDetailText(detail("minimum"), s("Quantity per"),
                                      DataDictionary::field(m_dictionary.entity(s("bom_line")), s("qtyPer"))),
                 s("Quantity per must be greater than 0."));
        const QStringList rest{s("duplicate"), s("limits"), s("unit_incompatible"), s("check_digit"), s("finished_only"),
                               s("material_type"), s("level"), s("offset_not_allowed"), s("unknown")};
        QStringList texts;
        for (const QString &code : rest) {
            const QString text = validationDetailText(FieldError{s("params.data.x"), code, s("English")}, s("Label"));
            QVERIFY2(text.startsWith(s("Label")) && !text.contains(s("English")), qPrintable(text));
            texts.append(text);
        }
        texts.removeDuplicates();
        QCOMPARE(texts.size(), rest.size()); // each says something of its own
        // Row paths read as the row and the field.
        QCOMPARE(m_dictionary.pathLabel(m_dictionary.entity(s("bom")), s("params.data.lines[2].qtyPer")), s("BOM line 3 · Quantity per"));
        QCOMPARE(m_dictionary.pathLabel(m_dictionary.entity(s("bom")), s("lines[position=3].qtyPer")),
                 s("BOM line (Position 3) · Quantity per"));
    }

private:
    // Puts the open draft of a record on a minor change order, submits it and has QA approve it by
    // e-signature; returns the change order's number (empty on failure).
    QString approve(const QString &entity, const QString &code)
    {
        const auto eco = m_engineer->call(s("eco.create"), {{s("changeClass"), s("minor")},
                                                           {s("title"), s("Release %1").arg(code)},
                                                           {s("reason"), s("test")}});
        if (!eco.ok()) return {};
        const qint64 id = eco.result.value(s("id")).toInteger();
        const auto added = m_engineer->call(s("eco.addItem"), {{s("id"), id},
                                                              {s("rowVersion"), eco.result.value(s("rowVersion"))},
                                                              {s("entity"), entity},
                                                              {s("code"), code}});
        if (!added.ok()) return {};
        const auto submitted = m_engineer->call(s("eco.submit"), {{s("id"), id}, {s("rowVersion"), added.result.value(s("rowVersion"))}});
        if (!submitted.ok()) return {};
        const auto signature = m_qa->call(s("signature.sign"), {{s("recordType"), s("change_order")},
                                                               {s("recordId"), QString::number(id)},
                                                               {s("recordVersion"), submitted.result.value(s("rowVersion"))},
                                                               {s("meaning"), s("approved")},
                                                               {s("user"), s("qa")},
                                                               {s("password"), TestServer::demoPassword()},
                                                               {s("reason"), s("reviewed")}});
        if (!signature.ok()) {
            qWarning() << "signature refused:" << signature.error.dataCode << signature.error.message;
            return {};
        }
        return eco.result.value(s("number")).toString();
    }

    TestServer m_server;
    std::unique_ptr<SyncRpcClient> m_engineer;
    std::unique_ptr<SyncRpcClient> m_buyer;
    std::unique_ptr<SyncRpcClient> m_qa;
    DataDictionary m_dictionary;
};

QTEST_MAIN(TstUiMasterData)
#include "tst_ui_masterdata.moc"
