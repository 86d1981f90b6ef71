// The data dictionary browser against a real server (offscreen): any signed-in user has it; it
// lists every entity of dictionary.get with its field count and in all as many fields as the
// server declares; the filter finds an entity by one of its fields; the CSV export has a header and
// one row per field (UTF-8 with BOM, RFC 4180); the HTML and PDF exports have the title, the time
// and every entity.
#include "clienttesthelpers.h"
#include "uitesthelpers.h"
#include "core/datadictionary.h"
#include "dictionary/dictionarybrowser.h"
#include "dictionary/dictionaryentitymodel.h"
#include "dictionary/dictionaryfieldmodel.h"
#include "dictionary/dictionaryfilter.h"
#include "dictionary/dictionaryreport.h"
#include "shell/mainwindow.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace concord;
using namespace concord::test;
using namespace concord::ui;

namespace {

QString cell(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}
} // namespace

class TstUiDictionary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings("tst_ui_dictionary");
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(m_server.start());
        QVERIFY(m_dir.isValid());
        auto reader = m_server.login(s("operator"));
        QVERIFY(reader);
        const auto answer = reader->call(s("dictionary.get"));
        QVERIFY(answer.ok());
        m_answer = answer.result;
        for (const QJsonValue &e : m_answer.value(s("entities")).toArray())
            m_fieldCount += int(e.toObject().value(s("fields")).toArray().size());
        QVERIFY(m_fieldCount > 100);
    }

    void everySignedInUserHasTheBrowser()
    {
        // The shop-floor operator and even the TV display account may read the dictionary.
        for (const char *user : {"operator", "tv-line1"}) {
            auto client = signedIn(m_server, s(user));
            QVERIFY2(client, user);
            MainWindow window(client.get());
            QVERIFY2(window.page(s("dictionary")) != nullptr, user);
        }
    }

    void listsEveryEntityWithItsFieldCount()
    {
        auto client = signedIn(m_server, s("operator"));
        QVERIFY(client);
        DictionaryBrowser browser(client.get());
        browser.show();
        QTRY_VERIFY_WITH_TIMEOUT(browser.isLoaded(), 15000);
        const DictionaryEntityModel *entities = browser.entityModel();
        const QJsonArray served = m_answer.value(s("entities")).toArray();
        QCOMPARE(entities->rowCount(), int(served.size()));
        int fields = 0;
        for (int row = 0; row < entities->rowCount(); ++row) {
            const QJsonObject e = served.at(row).toObject();
            QCOMPARE(cell(entities, row, DictionaryEntityModel::NameColumn), e.value(s("name")).toString());
            QCOMPARE(cell(entities, row, DictionaryEntityModel::LabelColumn), e.value(s("label")).toString());
            QCOMPARE(cell(entities, row, DictionaryEntityModel::Isa95Column), e.value(s("isa95")).toString());
            QCOMPARE(cell(entities, row, DictionaryEntityModel::ModuleColumn), e.value(s("ownerModule")).toString());
            QCOMPARE(cell(entities, row, DictionaryEntityModel::ControlledColumn),
                     e.value(s("changeControlled")).toBool() ? s("Yes") : s("No"));
            QCOMPARE(cell(entities, row, DictionaryEntityModel::FieldsColumn).toInt(), int(e.value(s("fields")).toArray().size()));
            fields += cell(entities, row, DictionaryEntityModel::FieldsColumn).toInt();
        }
        QCOMPARE(fields, m_fieldCount);
        QCOMPARE(browser.statusLabel()->text(),
                 s("%1 entities with %2 field(s) in all.").arg(served.size()).arg(m_fieldCount));
        // Kinds in words.
        QCOMPARE(cell(entities, 1, DictionaryEntityModel::KindColumn), s("Versioned (change order)"));
        QCOMPARE(cell(entities, 0, DictionaryEntityModel::KindColumn), s("Plain (changed in place, audited)"));

        // The material's fields, as the server declares them.
        QVERIFY(browser.selectEntity(s("material")));
        const DictionaryFieldModel *fieldModel = browser.fieldModel();
        const QJsonObject material = DataDictionary(m_answer).entity(s("material"));
        QCOMPARE(fieldModel->rowCount(), int(material.value(s("fields")).toArray().size()));
        QCOMPARE(browser.fieldView()->model()->rowCount(), fieldModel->rowCount());
        const auto row = [fieldModel](const char *name) {
            for (int r = 0; r < fieldModel->rowCount(); ++r)
                if (cell(fieldModel, r, DictionaryFieldModel::NameColumn) == s(name)) return r;
            return -1;
        };
        const int type = row("type");
        QVERIFY(type >= 0);
        QCOMPARE(cell(fieldModel, type, DictionaryFieldModel::TypeColumn), s("Choice"));
        QVERIFY(cell(fieldModel, type, DictionaryFieldModel::AllowedColumn).contains(s("Finished device (finished)")));
        QCOMPARE(cell(fieldModel, type, DictionaryFieldModel::RequiredColumn), s("Yes"));
        QCOMPARE(cell(fieldModel, type, DictionaryFieldModel::Isa95Column), s("MaterialClass"));
        QCOMPARE(cell(fieldModel, type, DictionaryFieldModel::ControlledColumn), s("Yes"));
        const int code = row("code");
        QCOMPARE(cell(fieldModel, code, DictionaryFieldModel::ControlledColumn), s("No")); // codes never change
        const int shelfLife = row("shelfLifeDays");
        QCOMPARE(cell(fieldModel, shelfLife, DictionaryFieldModel::UnitColumn), s("d"));
        QCOMPARE(cell(fieldModel, shelfLife, DictionaryFieldModel::AllowedColumn), s("≥ 0, ≤ 36500"));
        QCOMPARE(cell(fieldModel, row("unit"), DictionaryFieldModel::AllowedColumn), s("Code of: Unit of measure"));
        QCOMPARE(cell(fieldModel, row("gtin"), DictionaryFieldModel::DescriptionColumn),
                 s("GS1 Global Trade Item Number (14 digits with check digit): the UDI device identifier."));

        // The chosen field in full under the table (the description column may be out of sight).
        browser.fieldView()->selectRow(row("gtin"));
        QCOMPARE(child<QLabel>(&browser, "fieldDetail")->text(),
                 s("<b>GTIN</b> (gtin): GS1 Global Trade Item Number (14 digits with check digit): the UDI device "
                   "identifier.<br>Allowed values: pattern [0-9]{14}, up to 14 character(s)"));

        // Text of a field finds the one entity that has it, and only the fields with it are listed.
        browser.filterBox()->setText(s("check digit"));
        QCOMPARE(browser.entityFilter()->rowCount(), 1);
        QCOMPARE(browser.entityFilter()->index(0, DictionaryEntityModel::NameColumn).data().toString(), s("material"));
        QTRY_COMPARE(browser.fieldView()->model()->rowCount(), 1);
        QCOMPARE(browser.fieldView()->model()->index(0, DictionaryFieldModel::NameColumn).data().toString(), s("gtin"));
        // An entity's own name lists all of its fields.
        browser.filterBox()->setText(s("Supplier"));
        QVERIFY(browser.selectEntity(s("supplier")));
        QCOMPARE(browser.fieldView()->model()->rowCount(), browser.fieldModel()->rowCount());
        browser.filterBox()->setText(s("no such thing anywhere"));
        QCOMPARE(browser.entityFilter()->rowCount(), 0);
    }

    void csvExportHasOneRowPerField()
    {
        auto client = signedIn(m_server, s("planner"));
        QVERIFY(client);
        DictionaryBrowser browser(client.get());
        QTRY_VERIFY_WITH_TIMEOUT(browser.isLoaded(), 15000);
        const QString path = m_dir.filePath(s("dictionary.csv"));
        QSignalSpy done(&browser, &DictionaryBrowser::exportFinished);
        QVERIFY(browser.exportTo(DictionaryExport::Format::Csv, path));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(browser.statusLabel()->text(), s("The data dictionary (%1 field(s)) was exported to %2").arg(m_fieldCount).arg(path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
        QVERIFY(bytes.contains("\r\n"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), m_fieldCount + 1);
        const QStringList header = records.first();
        QCOMPARE(header, parseCsv(QString::fromUtf8(dictionaryreport::csvHeaderLine())).first());
        QCOMPARE(header.mid(0, 4), (QStringList{s("Entity"), s("Entity label"), s("Field"), s("Label")}));
        const auto col = [&header](const char *name) { return int(header.indexOf(s(name))); };
        // Every field of every entity once, in the server's order.
        int at = 1;
        for (const QJsonValue &ev : m_answer.value(s("entities")).toArray()) {
            const QJsonObject e = ev.toObject();
            for (const QJsonValue &fv : e.value(s("fields")).toArray()) {
                const QStringList r = records.at(at++);
                QCOMPARE(r.size(), header.size());
                QCOMPARE(r.at(col("Entity")), e.value(s("name")).toString());
                QCOMPARE(r.at(col("Field")), fv.toObject().value(s("name")).toString());
                QCOMPARE(r.at(col("Required")), fv.toObject().value(s("required")).toBool() ? s("Yes") : s("No"));
            }
        }
        // Commas and quotes in a description survive the round trip.
        bool found = false;
        for (const QStringList &r : records)
            if (r.at(col("Entity")) == s("material") && r.at(col("Field")) == s("type")) {
                found = true;
                QCOMPARE(r.at(col("Allowed values")),
                         s("Raw material (raw), Purchased part (purchased), Semi-finished (semi_finished), Finished device "
                           "(finished), Packaging (packaging), Consumable (consumable)"));
            }
        QVERIFY(found);
    }

    void htmlAndPdfExports()
    {
        auto client = signedIn(m_server, s("engineer"));
        QVERIFY(client);
        DictionaryBrowser browser(client.get());
        QTRY_VERIFY_WITH_TIMEOUT(browser.isLoaded(), 15000);
        QSignalSpy done(&browser, &DictionaryBrowser::exportFinished);
        const QString html = m_dir.filePath(s("dictionary.html"));
        QVERIFY(browser.exportTo(DictionaryExport::Format::Html, html));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY(done.at(0).at(0).toBool());
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(text.contains(s("<h1>Concord data dictionary</h1>")));
        QVERIFY(text.contains(s("Generated at ")));
        QVERIFY(text.contains(s("Omar Haddad"))); // the engineer's name: who generated it
        for (const QJsonValue &e : m_answer.value(s("entities")).toArray())
            QVERIFY2(text.contains(s("<h2>%1 (%2)</h2>").arg(e.toObject().value(s("label")).toString().toHtmlEscaped(),
                                                            e.toObject().value(s("name")).toString())),
                     qPrintable(e.toObject().value(s("name")).toString()));

        const QString pdf = m_dir.filePath(s("dictionary.pdf"));
        QVERIFY(browser.exportTo(DictionaryExport::Format::Pdf, pdf));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 120000);
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        const qsizetype pages = bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page/");
        QVERIFY2(pages > 3, qPrintable(QString::number(pages))); // 20 entities do not fit on one page
    }

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QJsonObject m_answer;
    int m_fieldCount = 0;
};

QTEST_MAIN(TstUiDictionary)
#include "tst_ui_dictionary.moc"
