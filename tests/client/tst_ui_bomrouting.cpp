// The BOM tree and the routing editor inside the master data record panel, against a real server
// (offscreen): a BOM shows its own lines and, below a component with a BOM of its own, that BOM's
// lines — to the third level; a quantity edited to 0 is refused by the server, the refusal appears
// translated on the cell and nothing is saved; a process parameter whose minimum exceeds its
// maximum is flagged in the editor before saving, refused by the server with the cell marked, and
// saved once corrected.
#include "clienttesthelpers.h"
#include "core/datadictionary.h"
#include "masterdata/bomeditor.h"
#include "masterdata/bomtreemodel.h"
#include "masterdata/recordpanel.h"
#include "masterdata/referencedata.h"
#include "masterdata/routingeditor.h"
#include "masterdata/routingoperationmodel.h"
#include "masterdata/routingparametermodel.h"
#include "masterdatafixture.h"
#include "uitesthelpers.h"

#include <QBrush>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QTreeView>
#include <QtTest>
#include <memory>

using namespace concord;
using namespace concord::test;
using namespace concord::ui;

namespace {
// Types into the cell's editor as a person does: open it, replace the text, press Enter.
void typeInto(QAbstractItemView *view, const QModelIndex &index, const char *editorName, const QString &text)
{
    view->setCurrentIndex(index);
    view->edit(index);
    QPointer<QLineEdit> edit = view->findChild<QLineEdit *>(QString::fromLatin1(editorName));
    QVERIFY2(edit, editorName);
    QTRY_VERIFY(edit->isVisible());
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    // The view commits and closes the editor after the key press, from the event loop.
    QTRY_VERIFY(edit.isNull() || !edit->isVisible());
}

bool isRed(const QModelIndex &index)
{
    return index.data(Qt::BackgroundRole).value<QBrush>().color() == QColor(0xff, 0xd7, 0xd7);
}
} // namespace

class TstUiBomRouting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings("tst_ui_bomrouting");
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(m_server.start());
        m_engineer = m_server.login(s("engineer"));
        m_qa = m_server.login(s("qa"));
        QVERIFY(m_engineer && m_qa);
        MasterDataFixture fixture(m_engineer.get(), m_qa.get());
        fixture.buildProduct(s("T1"));
        QVERIFY(!fixture.failed());
        const auto dictionary = m_engineer->call(s("dictionary.get"));
        QVERIFY(dictionary.ok());
        m_dictionary = dictionary.result;
    }

    void bomTreeShowsEveryLevel()
    {
        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);
        RecordPanel panel(engineer.get(), DataDictionary(m_dictionary).entity(s("bom")), m_dictionary);
        panel.resize(1100, 700);
        panel.show();
        panel.showRecord(s("FG-T1-SET"));
        auto *editor = qobject_cast<BomEditor *>(panel.editor());
        QVERIFY2(editor, "createRecordEditor gives the BOM tree for BOMs");
        BomTreeModel *model = editor->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->referenceData()->isLoaded(), 15000);
        QVERIFY(editor->isEditable()); // the engineer's own draft

        // The lines of the edited version, with the component's name from the materials.
        const auto cell = [model](int row, int column, const QModelIndex &parent = {}) {
            return model->index(row, column, parent).data().toString();
        };
        QCOMPARE(cell(0, BomTreeModel::PositionColumn), s("10"));
        QCOMPARE(cell(0, BomTreeModel::ComponentColumn), s("SF-T1-CHAMBER"));
        QCOMPARE(cell(0, BomTreeModel::NameColumn), s("Drip chamber"));
        QCOMPARE(cell(1, BomTreeModel::QtyColumn), s("1.5"));
        QCOMPARE(cell(1, BomTreeModel::UnitColumn), s("m"));
        QCOMPARE(cell(1, BomTreeModel::ScrapColumn), s("0.02"));

        // Only a component with a BOM of its own opens.
        const QModelIndex chamber = model->index(0, 0);
        QVERIFY(model->hasChildren(chamber));
        QVERIFY(!model->hasChildren(model->index(1, 0)));
        QVERIFY(!model->hasChildren(model->index(2, 0)));

        // Second level: the drip chamber's approved BOM, fetched when opened.
        QTreeView *tree = editor->tree();
        tree->expand(chamber);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(chamber), 1, 15000);
        QVERIFY(tree->isExpanded(chamber));
        QCOMPARE(cell(0, BomTreeModel::ComponentColumn, chamber), s("SF-T1-BODY"));
        QCOMPARE(cell(0, BomTreeModel::NameColumn, chamber), s("Moulded chamber body"));
        QVERIFY(model->index(0, BomTreeModel::ComponentColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(s("version 1 (Approved)")));
        const QModelIndex body = model->index(0, 0, chamber);
        QCOMPARE(body.data(BomTreeModel::LevelRole).toInt(), 1);
        QVERIFY(!(model->flags(model->index(0, BomTreeModel::QtyColumn, chamber)) & Qt::ItemIsEditable));
        QVERIFY(tree->visualRect(body).isValid());

        // Third level: the body is moulded from resin.
        tree->expand(body);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(body), 1, 15000);
        QCOMPARE(cell(0, BomTreeModel::ComponentColumn, body), s("RM-T1-RESIN"));
        QCOMPARE(cell(0, BomTreeModel::NameColumn, body), s("Medical-grade resin"));
        QCOMPARE(cell(0, BomTreeModel::QtyColumn, body), s("12"));
        QCOMPARE(cell(0, BomTreeModel::UnitColumn, body), s("g"));
        QCOMPARE(model->index(0, 0, body).data(BomTreeModel::LevelRole).toInt(), 2);
        QVERIFY(!model->hasChildren(model->index(0, 0, body)));

        // What the page would save is the version's own lines only, quantities as decimal text.
        const QJsonArray lines = editor->content().value(s("lines")).toArray();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).toObject().value(s("qtyPer")), QJsonValue(s("1.5")));
    }

    void linesAreEditedInTheDraft()
    {
        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);
        RecordPanel panel(engineer.get(), DataDictionary(m_dictionary).entity(s("bom")), m_dictionary);
        panel.resize(1100, 700);
        panel.show();
        panel.showRecord(s("FG-T1-SET"));
        auto *editor = qobject_cast<BomEditor *>(panel.editor());
        QVERIFY(editor);
        BomTreeModel *model = editor->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->referenceData()->isLoaded(), 15000);
        QTreeView *tree = editor->tree();

        // The unit of a line is chosen among the units of the component's dimension only.
        QStringList lengthUnits;
        for (const QJsonValue &v : m_engineer->call(s("uom.list")).result.value(s("records")).toArray())
            if (v.toObject().value(s("dimension")).toString() == s("length") &&
                v.toObject().value(s("active")).toBool())
                lengthUnits.append(v.toObject().value(s("code")).toString());
        const QModelIndex tubeUnit = model->index(1, BomTreeModel::UnitColumn);
        tree->setCurrentIndex(tubeUnit);
        tree->edit(tubeUnit);
        QPointer<QComboBox> units = tree->findChild<QComboBox *>(s("unitEditor"));
        QVERIFY(units);
        QStringList offered;
        for (int i = 0; i < units->count(); ++i)
            offered.append(units->itemText(i));
        QCOMPARE(offered.first(), s("m")); // the component's own unit first
        offered.sort();
        lengthUnits.sort();
        QCOMPARE(offered, lengthUnits);
        QVERIFY(!offered.contains(s("pcs")) && !offered.contains(s("kg")));
        QTest::keyClick(units, Qt::Key_Escape);
        QTRY_VERIFY(units.isNull() || !units->isVisible());

        // A new line: the next free position, the component picked from the materials; its unit
        // follows the component.
        const int count = model->rowCount();
        click(editor, "addLine");
        QCOMPARE(model->rowCount(), count + 1);
        QCOMPARE(model->index(count, BomTreeModel::PositionColumn).data().toString(), s("40"));
        typeInto(tree, model->index(count, BomTreeModel::ComponentColumn), "componentEditor",
                 s("RM-T1-RESIN"));
        QCOMPARE(model->index(count, BomTreeModel::NameColumn).data().toString(), s("Medical-grade resin"));
        QCOMPARE(model->index(count, BomTreeModel::UnitColumn).data().toString(), s("kg"));
        typeInto(tree, model->index(count, BomTreeModel::QtyColumn), "qtyEditor", s("0.0150"));
        QCOMPARE(model->index(count, BomTreeModel::QtyColumn).data().toString(),
                 s("0.015")); // decimal text, canonical

        // Moving a line moves its content; the positions stay in order.
        tree->setCurrentIndex(model->index(count, 0));
        click(editor, "moveLineUp");
        QJsonArray lines = editor->content().value(s("lines")).toArray();
        QStringList order;
        for (const QJsonValue &l : lines)
            order.append(s("%1:%2")
                             .arg(l.toObject().value(s("position")).toInt())
                             .arg(l.toObject().value(s("component")).toString()));
        QCOMPARE(order, (QStringList{s("10:SF-T1-CHAMBER"), s("20:RM-T1-TUBE"), s("30:RM-T1-RESIN"),
                                     s("40:PK-T1-POUCH")}));
        QCOMPARE(lines.at(2).toObject().value(s("qtyPer")), QJsonValue(s("0.015")));

        // Removed again; nothing reaches the server until the page saves.
        tree->setCurrentIndex(model->index(2, 0));
        click(editor, "removeLine");
        QCOMPARE(model->rowCount(), count);
        QCOMPARE(m_engineer->call(s("bom.get"), {{s("code"), s("FG-T1-SET")}})
                     .result.value(s("lines"))
                     .toArray()
                     .size(),
                 3);
    }

    void zeroQuantityIsRefusedOnTheCell()
    {
        const QJsonObject before = m_engineer->call(s("bom.get"), {{s("code"), s("FG-T1-SET")}}).result;
        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);
        RecordPanel panel(engineer.get(), DataDictionary(m_dictionary).entity(s("bom")), m_dictionary);
        panel.resize(1100, 700);
        panel.show();
        panel.showRecord(s("FG-T1-SET"));
        auto *editor = qobject_cast<BomEditor *>(panel.editor());
        QVERIFY(editor);
        BomTreeModel *model = editor->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->referenceData()->isLoaded(), 15000);

        const QModelIndex qty = model->index(2, BomTreeModel::QtyColumn);
        typeInto(editor->tree(), qty, "qtyEditor", s("0"));
        QCOMPARE(qty.data().toString(), s("0"));
        QCOMPARE(editor->content().value(s("lines")).toArray().at(2).toObject().value(s("qtyPer")),
                 QJsonValue(s("0")));

        click(&panel, "save");
        // The server refuses; the refusal is on the cell, in words, and in the list under the tree.
        const QString refusal = s("BOM line 3 · Quantity per must be greater than 0.");
        QTRY_COMPARE_WITH_TIMEOUT(qty.data(BomTreeModel::ProblemRole).toString(), refusal, 15000);
        QCOMPARE(qty.data(Qt::ToolTipRole).toString(), refusal);
        QVERIFY(isRed(qty));
        QVERIFY(!isRed(model->index(2, BomTreeModel::UnitColumn)));
        QVERIFY(editor->problemsLabel()->isVisible());
        QCOMPARE(editor->problemsLabel()->text(), refusal);
        QCOMPARE(editor->tree()->currentIndex(), qty);

        // Nothing was saved: the draft on the server is as before.
        const QJsonObject after = m_engineer->call(s("bom.get"), {{s("code"), s("FG-T1-SET")}}).result;
        QCOMPARE(after.value(s("rowVersion")), before.value(s("rowVersion")));
        QCOMPARE(after.value(s("lines")), before.value(s("lines")));
        QCOMPARE(after.value(s("lines")).toArray().at(2).toObject().value(s("qtyPer")), QJsonValue(s("1")));

        // Correcting the cell takes the mark away.
        typeInto(editor->tree(), qty, "qtyEditor", s("2"));
        QCOMPARE(qty.data(BomTreeModel::ProblemRole).toString(), QString());
        QVERIFY(!isRed(qty));
    }

    void parameterLimitsFlaggedAndRefused()
    {
        auto engineer = signedIn(m_server, s("engineer"));
        QVERIFY(engineer);
        RecordPanel panel(engineer.get(), DataDictionary(m_dictionary).entity(s("routing")), m_dictionary);
        panel.resize(1100, 760);
        panel.show();
        panel.showRecord(s("RT-T1-SET"));
        auto *editor = qobject_cast<RoutingEditor *>(panel.editor());
        QVERIFY2(editor, "createRecordEditor gives the routing editor for routings");
        QTRY_COMPARE_WITH_TIMEOUT(editor->operations()->rowCount(), 2, 15000);
        QVERIFY(editor->isEditable());
        QTRY_VERIFY_WITH_TIMEOUT(editor->referenceData()->isLoaded(), 15000);
        const QModelIndex sealer = editor->operations()->index(1, RoutingOperationModel::WorkCentreColumn);
        QCOMPARE(sealer.data().toString(), s("WC-SEAL-T1"));
        QCOMPARE(sealer.data(Qt::ToolTipRole).toString(), s("Pouch sealer"));

        // The parameters of the selected operation, limits in order and drawn as such.
        QVERIFY(editor->selectOperation(20));
        RoutingParameterModel *params = editor->parameters();
        QCOMPARE(params->rowCount(), 2);
        // The server keeps a routing's parameters in operation and name order: pressure, then temperature.
        QCOMPARE(params->index(0, RoutingParameterModel::NameColumn).data().toString(), s("Seal pressure"));
        QCOMPARE(params->index(1, RoutingParameterModel::NameColumn).data().toString(),
                 s("Seal temperature"));
        const int row = 1;
        const QModelIndex limits = params->index(row, RoutingParameterModel::LimitsColumn);
        QCOMPARE(limits.data().toString(), s("170 ≤ 180 ≤ 200 °C"));
        QVERIFY(limits.data(RoutingParameterModel::LimitsOkRole).toBool());
        QCOMPARE(limits.data(RoutingParameterModel::TargetPermilleRole).toInt(), 333);
        QVERIFY(editor->limitsWarning()->isHidden());

        // A minimum above the maximum is flagged at once, before anything is sent.
        const QModelIndex minimum = params->index(row, RoutingParameterModel::MinimumColumn);
        typeInto(editor->parameterTable(), minimum, "decimalEditor", s("210"));
        const QString warning = s("Minimum 210 is greater than maximum 200.");
        QCOMPARE(minimum.data(RoutingParameterModel::WarningRole).toString(), warning);
        QCOMPARE(params->index(row, RoutingParameterModel::MaximumColumn)
                     .data(RoutingParameterModel::WarningRole)
                     .toString(),
                 warning);
        QVERIFY(params->index(row, RoutingParameterModel::TargetColumn)
                    .data(RoutingParameterModel::WarningRole)
                    .toString()
                    .isEmpty());
        QVERIFY(isRed(minimum));
        QCOMPARE(limits.data().toString(), s("210 > 180 ≤ 200 °C"));
        QVERIFY(!limits.data(RoutingParameterModel::LimitsOkRole).toBool());
        QVERIFY(editor->limitsWarning()->isVisible());
        QVERIFY(editor->limitsWarning()->text().contains(s("Seal temperature: ") + warning));
        // The other parameter is untouched.
        QVERIFY(params->index(0, RoutingParameterModel::LimitsColumn)
                    .data(RoutingParameterModel::LimitsOkRole)
                    .toBool());

        // The server decides: it refuses, and its refusal marks the same cell.
        click(&panel, "save");
        const QString refusal =
            s("Process parameter 3 · Minimum does not fit the related values: limits must be minimum ≤ "
              "target ≤ maximum, and an end date must come after the start date.");
        QTRY_COMPARE_WITH_TIMEOUT(minimum.data(RoutingParameterModel::ProblemRole).toString(), refusal,
                                  15000);
        QCOMPARE(minimum.data(Qt::ToolTipRole).toString(), refusal);
        QVERIFY(editor->problemsLabel()->isVisible());
        QCOMPARE(editor->problemsLabel()->text(), refusal);
        QVERIFY(!editor->operations()
                     ->index(1, RoutingOperationModel::SeqColumn)
                     .data(RoutingOperationModel::ProblemRole)
                     .toString()
                     .isEmpty());
        QVERIFY(editor->operations()
                    ->index(0, RoutingOperationModel::SeqColumn)
                    .data(RoutingOperationModel::ProblemRole)
                    .toString()
                    .isEmpty());
        const QJsonObject refused = m_engineer->call(s("routing.get"), {{s("code"), s("RT-T1-SET")}}).result;
        QCOMPARE(refused.value(s("rowVersion")).toInt(), 1);
        QCOMPARE(refused.value(s("parameters")).toArray().at(2).toObject().value(s("minimum")),
                 QJsonValue(s("170")));

        // Corrected, the flag goes and the draft is saved with exactly that decimal text.
        typeInto(editor->parameterTable(), minimum, "decimalEditor", s("175.50"));
        QVERIFY(minimum.data(RoutingParameterModel::WarningRole).toString().isEmpty());
        QVERIFY(minimum.data(RoutingParameterModel::ProblemRole).toString().isEmpty());
        QVERIFY(editor->limitsWarning()->isHidden());
        click(&panel, "save");
        QTRY_COMPARE_WITH_TIMEOUT(m_engineer->call(s("routing.get"), {{s("code"), s("RT-T1-SET")}})
                                      .result.value(s("parameters"))
                                      .toArray()
                                      .at(2)
                                      .toObject()
                                      .value(s("minimum")),
                                  QJsonValue(s("175.5")), 15000);
    }

private:
    TestServer m_server;
    std::unique_ptr<SyncRpcClient> m_engineer;
    std::unique_ptr<SyncRpcClient> m_qa;
    QJsonObject m_dictionary;
};

QTEST_MAIN(TstUiBomRouting)
#include "tst_ui_bomrouting.moc"
