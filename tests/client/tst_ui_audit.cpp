// The audit-trail viewer against a real server (offscreen), as a QA manager uses it in front of an
// auditor: an alarm raised by an operator and acknowledged through the alarm panel shows up with
// the right user, action, reason and old → new state, in the table and in the details with its
// hashes; filters narrow the rows; paging brings every row once, newest first; the global search
// opens a record's trail; "Verify chain" says the trail is intact, and after a row is altered
// behind the server's back names that entry and jumps to it; CSV and PDF exports write what an
// auditor would check; refusals and a lost connection are shown as text a person can read.
#include "alarm/alarmpanel.h"
#include "audit/auditdetails.h"
#include "audit/auditexport.h"
#include "audit/auditfilterbar.h"
#include "audit/auditviewer.h"
#include "clienttesthelpers.h"
#include "uitesthelpers.h"
#include "core/alarmmodel.h"
#include "core/auditcsv.h"
#include "core/auditmodel.h"
#include "core/clienterror.h"
#include "shell/errortext.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <memory>

using namespace concord;
using namespace concord::test;
using namespace concord::ui;

namespace {
int rowOfMessage(QTableView *view, const QString &message)
{
    const QAbstractItemModel *m = view->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, AlarmModel::MessageColumn).data().toString() == message) return row;
    }
    return -1;
}

QList<QJsonObject> rowsOf(const AuditModel *model)
{
    QList<QJsonObject> rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows.append(model->auditRow(r));
    return rows;
}


// Runs SQL on the database behind the server's back (the tamper case).
bool direct(const TestServer &server, const QStringList &statements, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase db = server.openDirect(QStringLiteral("tamper"));
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                *error = q.lastError().text();
                ok = false;
                break;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}
} // namespace

class TstUiAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings("tst_ui_audit");
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(m_server.start());
        m_operator = m_server.login(s("operator"));
        QVERIFY(m_operator);
        // qa reviews the trail: audit.read, audit.verify and alarm.acknowledge (platformroles.cpp).
        m_qa = signedIn(m_server, s("qa"));
        QVERIFY(m_qa);
        m_window = std::make_unique<MainWindow>(m_qa.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_viewer = qobject_cast<AuditViewer *>(m_window->page(s("audit")));
        QVERIFY(m_viewer);
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_qa.reset();
    }

    void acknowledgementShowsInTheTrail()
    {
        // The page is in the navigation under its title, with Verify for qa.
        QStringList titles;
        for (int i = 0; i < m_window->navigation()->count(); ++i)
            titles.append(m_window->navigation()->item(i)->text());
        QVERIFY2(titles.contains(s("Audit trail")), qPrintable(titles.join(s(", "))));
        QVERIFY(child<QPushButton>(m_viewer, "verifyChain")->isVisibleTo(m_viewer));

        // An operator raises an alarm; qa acknowledges it in the alarm panel, with a comment that
        // needs CSV quoting and UTF-8 (comma, quotes, Chinese).
        AlarmPanel *panel = m_window->alarmPanel();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->isLoaded(), 15000);
        const QString message = s("Seal temperature 4 °C above target on PS-01 (audit ui test)");
        const auto raised = m_operator->call(s("alarm.raise"), raiseParams(message));
        QVERIFY2(raised.ok(), qPrintable(raised.error.message));
        m_alarmId = raised.result.value(s("id")).toInteger();
        QTableView *alarms = child<QTableView>(m_window.get(), "alarmTable");
        QTRY_VERIFY_WITH_TIMEOUT(rowOfMessage(alarms, message) >= 0, 10000);
        alarms->selectRow(rowOfMessage(alarms, message));
        bool answered = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                poll.stop();
                d->setTextValue(m_comment);
                d->accept();
                answered = true;
            }
        });
        poll.start(50);
        QTest::mouseClick(child<QPushButton>(m_window.get(), "acknowledge"), Qt::LeftButton);
        QVERIFY(answered);
        QTRY_COMPARE_WITH_TIMEOUT(
            alarms->model()->index(rowOfMessage(alarms, message), 0).data(AlarmModel::StateRole).toString(),
            s("acknowledged"), 10000);

        // The audit page, refreshed: the acknowledgement is the newest row of that alarm.
        QVERIFY(m_window->showModule(s("audit")));
        QCOMPARE(m_window->pages()->currentWidget(), m_viewer);
        QTest::mouseClick(child<QPushButton>(m_viewer, "refresh"), Qt::LeftButton);
        AuditModel *model = m_viewer->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded() && !model->isLoading(), 15000);
        int ack = -1;
        for (int r = 0; r < model->rowCount() && ack < 0; ++r) {
            const QJsonObject row = model->auditRow(r);
            if (row.value(s("recordType")).toString() == s("alarm") &&
                row.value(s("recordId")).toString() == QString::number(m_alarmId) &&
                row.value(s("action")).toString() == s("update"))
                ack = r;
        }
        QVERIFY(ack >= 0);
        m_ackSeq = model->index(ack, 0).data(AuditModel::SeqRole).toLongLong();
        QCOMPARE(model->index(ack, AuditModel::UserColumn).data().toString(), s("qa"));
        QCOMPARE(model->index(ack, AuditModel::ActionColumn).data().toString(), s("update"));
        QCOMPARE(model->index(ack, AuditModel::RecordColumn).data().toString(), s("alarm %1").arg(m_alarmId));
        QCOMPARE(model->index(ack, AuditModel::ReasonColumn).data().toString(), m_comment);
        const QString summary = model->index(ack, AuditModel::ChangesColumn).data().toString();
        QVERIFY2(summary.contains(s("state: active → acknowledged")), qPrintable(summary));
        // The time column is local time with the zone.
        const QDateTime at = model->index(ack, 0).data(AuditModel::AtRole).toDateTime();
        QCOMPARE(at.timeSpec(), Qt::LocalTime);
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTime())) < 120);
        QCOMPARE(model->index(ack, AuditModel::TimeColumn).data().toString(), AuditModel::localTimeText(at));
        QVERIFY(
            model->index(ack, AuditModel::TimeColumn).data().toString().endsWith(at.timeZoneAbbreviation()));
        // Newest first: the creation of the same alarm (by the operator) is further down.
        bool created = false;
        for (int r = ack + 1; r < model->rowCount() && !created; ++r) {
            const QJsonObject row = model->auditRow(r);
            created = row.value(s("recordId")).toString() == QString::number(m_alarmId) &&
                      row.value(s("action")).toString() == s("create") &&
                      row.value(s("username")).toString() == s("operator");
        }
        QVERIFY(created);

        // Selecting the row shows each changed field as old → new, and the chain links.
        QTableView *table = child<QTableView>(m_viewer, "auditTable");
        table->selectRow(ack);
        AuditDetails *details = m_viewer->details();
        QVERIFY(child<QLabel>(details, "detailsTitle")->text().contains(s("#%1").arg(m_ackSeq)));
        QCOMPARE(child<QLabel>(details, "detailsReason")->text(), m_comment);
        QTableWidget *changes = child<QTableWidget>(details, "detailsChanges");
        QMap<QString, QPair<QString, QString>> fields;
        for (int r = 0; r < changes->rowCount(); ++r)
            fields.insert(changes->item(r, 0)->text(),
                          {changes->item(r, 1)->text(), changes->item(r, 2)->text()});
        QCOMPARE(fields.value(s("state")), qMakePair(s("active"), s("acknowledged")));
        QCOMPARE(fields.value(s("ackComment")).second, m_comment);
        QVERIFY(fields.contains(s("acknowledgedBy")));
        QCOMPARE(fields.value(s("acknowledgedBy")).first, s("—")); // was empty
        const QString hash = child<QLabel>(details, "detailsHash")->text();
        QCOMPARE(hash.size(), 64);
        QCOMPARE(hash, model->auditRow(ack).value(s("hash")).toString());
        // The previous hash is the hash of the entry just before (the next row down, unfiltered).
        QCOMPARE(model->auditRow(ack + 1).value(s("seq")).toInteger(), m_ackSeq - 1);
        QCOMPARE(child<QLabel>(details, "detailsPrevHash")->text(),
                 model->auditRow(ack + 1).value(s("hash")).toString());
    }

    void searchOpensTheTrailOfARecord()
    {
        QVERIFY(m_window->showModule(s("alarms")));
        QList<SearchHit> hits;
        bool answered = false;
        m_viewer->search(s("  %1 ").arg(m_alarmId), [&](const QList<SearchHit> &h) {
            hits = h;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().text, s("Audit trail of record %1").arg(m_alarmId));
        hits.first().open();
        QCOMPARE(m_window->pages()->currentWidget(), m_viewer); // the page comes up
        QCOMPARE(child<QLineEdit>(m_viewer, "recordId")->text(), QString::number(m_alarmId));
        AuditModel *model = m_viewer->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded() && !model->isLoading(), 15000);
        // Every record with that ID (of any type: a user or role can have it too), the alarm's two
        // entries among them, newest first.
        QStringList alarmActions;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QJsonObject row = model->auditRow(r);
            QCOMPARE(row.value(s("recordId")).toString(), QString::number(m_alarmId));
            if (row.value(s("recordType")).toString() == s("alarm"))
                alarmActions.append(row.value(s("action")).toString() + QLatin1Char(':') +
                                    row.value(s("username")).toString());
        }
        QCOMPARE(alarmActions, (QStringList{s("update:qa"), s("create:operator")}));

        // No hit for what the trail has never seen, nor for blanks: "nothing found" stays true.
        int answers = 0;
        int found = 0;
        for (const QString &text : {s("NO-SUCH-RECORD-42x"), s("   ")}) {
            m_viewer->search(text, [&](const QList<SearchHit> &h) {
                ++answers;
                found += int(h.size());
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 15000);
        QCOMPARE(found, 0);
    }

    void filtersNarrowTheRows()
    {
        AuditModel *model = m_viewer->model();
        QTest::mouseClick(child<QPushButton>(m_viewer, "clearFilters"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded() && !model->isLoading(), 15000);
        QVERIFY(model->filter().isEmpty());
        const QList<QJsonObject> all = rowsOf(model);
        QSet<QString> users;
        for (const QJsonObject &row : all)
            users.insert(row.value(s("username")).toString());
        QVERIFY2(users.size() >= 3, qPrintable(QStringList(users.values()).join(s(","))));

        // User, applied with Enter in the field.
        auto *user = child<QLineEdit>(m_viewer, "user");
        user->setText(s("qa"));
        user->setFocus();
        QTest::keyClick(user, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->filter().username == s("qa") && model->isLoaded() && !model->isLoading(), 15000);
        const QList<QJsonObject> byQa = rowsOf(model);
        QVERIFY(!byQa.isEmpty());
        QVERIFY(byQa.size() < all.size());
        for (const QJsonObject &row : byQa)
            QCOMPARE(row.value(s("username")).toString(), s("qa"));

        // And action, picked in its box and applied with Enter there.
        auto *action = child<QComboBox>(m_viewer, "action");
        action->setCurrentText(s("update"));
        action->setFocus();
        QTest::keyClick(action, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->filter().action == s("update") && model->isLoaded() && !model->isLoading(), 15000);
        const QList<QJsonObject> qaUpdates = rowsOf(model);
        QVERIFY(!qaUpdates.isEmpty());
        QVERIFY(qaUpdates.size() < byQa.size());
        bool hasAck = false;
        for (const QJsonObject &row : qaUpdates) {
            QCOMPARE(row.value(s("username")).toString(), s("qa"));
            QCOMPARE(row.value(s("action")).toString(), s("update"));
            hasAck = hasAck || row.value(s("seq")).toInteger() == m_ackSeq;
        }
        QVERIFY(hasAck);

        // A time range in local time: from an hour ahead finds nothing, from ten minutes ago finds
        // the acknowledgement. Applied with the button.
        child<QCheckBox>(m_viewer, "useFrom")->setChecked(true);
        auto *from = child<QDateTimeEdit>(m_viewer, "from");
        QVERIFY(from->isEnabled());
        from->setDateTime(QDateTime::currentDateTime().addSecs(3600));
        QTest::mouseClick(child<QPushButton>(m_viewer, "applyFilter"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->filter().from.isValid() && model->isLoaded() && !model->isLoading(),
                                 15000);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(child<QLabel>(m_viewer, "auditStatus")->text(),
                 AuditViewer::tr("No entries match the filter."));
        from->setDateTime(QDateTime::currentDateTime().addSecs(-600));
        QTest::mouseClick(child<QPushButton>(m_viewer, "applyFilter"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 15000);
        QVERIFY(model->rowOfSeq(m_ackSeq) >= 0);
        // The bound goes to the server as UTC.
        QVERIFY(model->filter().pageParams(0, 10).value(s("from")).toString().endsWith(QLatin1Char('Z')));

        // Record type and ID together.
        QTest::mouseClick(child<QPushButton>(m_viewer, "clearFilters"), Qt::LeftButton);
        child<QComboBox>(m_viewer, "recordType")->setCurrentText(s("alarm"));
        child<QLineEdit>(m_viewer, "recordId")->setText(QString::number(m_alarmId));
        QTest::mouseClick(child<QPushButton>(m_viewer, "applyFilter"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->filter().recordType == s("alarm") && model->isLoaded() && !model->isLoading(), 15000);
        QCOMPARE(model->rowCount(), 2);

        // Clear filters empties the fields and shows everything again.
        QTest::mouseClick(child<QPushButton>(m_viewer, "clearFilters"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(m_viewer, "user")->text().isEmpty());
        QVERIFY(child<QComboBox>(m_viewer, "action")->currentText().isEmpty());
        QVERIFY(child<QLineEdit>(m_viewer, "recordId")->text().isEmpty());
        QVERIFY(!child<QCheckBox>(m_viewer, "useFrom")->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(model->filter().isEmpty() && model->isLoaded() && !model->isLoading(),
                                 15000);
        QVERIFY(model->rowCount() >= all.size());
    }

    void pagingBringsTheRestOnceNewestFirst()
    {
        AuditFilter filter;
        filter.username = s("operator");
        filter.action = s("create");
        filter.recordType = s("alarm");
        auto reviewer = m_server.login(s("qa2"));
        const auto earlier = reviewer->call(s("audit.query"), filter.pageParams(0, 1000));
        QVERIFY(earlier.ok());
        const int expected = int(earlier.result.value(s("rows")).toArray().size()) + 450;
        // More rows than a page: 450 alarms raised by the operator.
        for (int i = 0; i < 450; ++i) {
            const auto r = m_operator->call(s("alarm.raise"),
                                            raiseParams(s("paging test reading %1").arg(i), s("info")));
            QVERIFY2(r.ok(), qPrintable(r.error.message));
        }
        m_viewer->applyFilter(filter);
        AuditModel *model = m_viewer->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded() && !model->isLoading(), 15000);
        QCOMPARE(model->pageSize(), 200);
        QCOMPARE(model->rowCount(), 200); // one page, not the whole trail
        QVERIFY(model->canFetchMore({}));
        QVERIFY(child<QLabel>(m_viewer, "auditStatus")->text().contains(s("scroll down")));

        // Scrolling to the end of the table brings the next page, as a person would.
        QTableView *table = m_viewer->view();
        while (model->canFetchMore({}) || model->isLoading()) {
            const int before = model->rowCount();
            table->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(
                !model->isLoading() && (model->rowCount() > before || !model->canFetchMore({})), 15000);
        }
        QCOMPARE(model->rowCount(), expected);
        QCOMPARE(child<QLabel>(m_viewer, "auditStatus")->text(),
                 AuditViewer::tr("%L1 entries").arg(expected));
        QSet<qint64> seen;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int r = 0; r < model->rowCount(); ++r) {
            const qint64 seq = model->index(r, 0).data(AuditModel::SeqRole).toLongLong();
            QVERIFY2(seq < previous, qPrintable(s("row %1: %2 after %3").arg(r).arg(seq).arg(previous)));
            previous = seq;
            QVERIFY(!seen.contains(seq));
            seen.insert(seq);
            QCOMPARE(model->auditRow(r).value(s("username")).toString(), s("operator"));
        }
    }

    void managerReadsButCannotVerify()
    {
        auto manager = signedIn(m_server, s("manager")); // audit.read without audit.verify
        QVERIFY(manager);
        MainWindow window(manager.get());
        auto *viewer = qobject_cast<AuditViewer *>(window.page(s("audit")));
        QVERIFY(viewer);
        QVERIFY(!child<QPushButton>(viewer, "verifyChain")->isVisibleTo(viewer));
        QTRY_VERIFY_WITH_TIMEOUT(viewer->model()->isLoaded(), 15000);
        QVERIFY(viewer->model()->rowCount() > 0);

        // Someone without audit.read has no such page.
        auto planner = signedIn(m_server, s("planner"));
        QVERIFY(planner);
        MainWindow plannerWindow(planner.get());
        QVERIFY(plannerWindow.page(s("audit")) == nullptr);
    }

    void refusalAndLostConnectionAreReadableText()
    {
        // Built by hand for a user the server refuses: the refusal is shown as text, not a code.
        auto planner = signedIn(m_server, s("planner"));
        QVERIFY(planner);
        AuditViewer refused(planner.get(), false);
        auto *status = child<QLabel>(&refused, "auditStatus");
        QTRY_VERIFY_WITH_TIMEOUT(!refused.model()->lastError().isNull(), 15000);
        RpcError denied;
        denied.dataCode = s("auth.denied");
        QCOMPARE(status->text(), errorText(denied));

        // The connection goes: Refresh says so.
        auto client = signedIn(m_server, s("qa2"));
        QVERIFY(client);
        AuditViewer viewer(client.get(), true);
        QTRY_VERIFY_WITH_TIMEOUT(viewer.model()->isLoaded(), 15000);
        client->disconnectFromServer();
        QTest::mouseClick(child<QPushButton>(&viewer, "refresh"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&viewer, "auditStatus")->text(),
                                  errorText(clienterror::disconnected()), 5000);
        QTest::mouseClick(child<QPushButton>(&viewer, "verifyChain"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&viewer, "verifyResult")->text(),
                                  errorText(clienterror::disconnected()), 5000);
    }

    void csvExportHoldsTheAcknowledgement()
    {
        m_viewer->applyFilter({});
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->model()->isLoaded() && !m_viewer->model()->isLoading(), 15000);
        auto reviewer = m_server.login(s("qa2"));
        const auto verified = reviewer->call(s("audit.verify"));
        QVERIFY(verified.ok());
        const qint64 total = verified.result.value(s("rowsChecked")).toInteger();

        // Every row of the (empty) filter, in pages of 150 so that several are stitched together.
        const QString path = m_dir.filePath(s("trail.csv"));
        QSignalSpy done(m_viewer, &AuditViewer::exportFinished);
        AuditExport *exporter = m_viewer->exportTo(AuditExport::Format::Csv, path, 150);
        QVERIFY(exporter);
        QJsonObject head;
        connect(exporter, &AuditExport::finished, this, [&head, exporter] { head = exporter->head(); });
        QVERIFY(!child<QPushButton>(m_viewer, "exportCsv")->isEnabled()); // one export at a time
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY(child<QPushButton>(m_viewer, "exportCsv")->isEnabled());
        QCOMPARE(child<QLabel>(m_viewer, "auditStatus")->text(),
                 AuditExport::tr("%L1 entries exported to %2").arg(total).arg(path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), total + 2);
        // The last line states the chain head the file reflects: the head audit.verify reported.
        QCOMPARE(head.value(s("seq")).toInteger(), verified.result.value(s("headSeq")).toInteger());
        QCOMPARE(records.last(), (QStringList{QCoreApplication::translate("AuditCsv", "Chain head (entry, hash)"),
                                              QString::number(verified.result.value(s("headSeq")).toInteger()),
                                              verified.result.value(s("headHash")).toString()}));
        const QStringList header = records.first();
        QCOMPARE(header, parseCsv(QString::fromUtf8(auditcsv::headerLine())).first());
        const auto col = [&header](const char *name) { return int(header.indexOf(QString::fromUtf8(name))); };
        QVERIFY(col("Entry") == 0 && col("Hash") > 0 && col("Reason") > 0);
        // Every entry once, newest first.
        for (int i = 1; i + 1 < records.size(); ++i) {
            QCOMPARE(records.at(i).size(), header.size());
            QCOMPARE(records.at(i).at(col("Entry")).toLongLong(), total - i + 1);
        }
        const QStringList ack = records.at(int(total - m_ackSeq + 1));
        QCOMPARE(ack.at(col("Entry")).toLongLong(), m_ackSeq);
        QCOMPARE(ack.at(col("User")), s("qa"));
        QCOMPARE(ack.at(col("Action")), s("update"));
        QCOMPARE(ack.at(col("Record type")), s("alarm"));
        QCOMPARE(ack.at(col("Record ID")), QString::number(m_alarmId));
        QCOMPARE(ack.at(col("Reason")), m_comment); // comma, quotes and Chinese intact
        QVERIFY(ack.at(col("Changes (old → new)")).contains(s("state: active → acknowledged")));
        QVERIFY(ack.at(col("Time (UTC)")).endsWith(QLatin1Char('Z')));
        QCOMPARE(ack.at(col("Hash")).size(), 64);
        const QJsonObject changes = QJsonDocument::fromJson(ack.at(col("Changes (JSON)")).toUtf8()).object();
        QCOMPARE(changes.value(s("state")).toArray(), (QJsonArray{s("active"), s("acknowledged")}));

        // Cancelled at once: no file, and the page says so.
        const QString cancelled = m_dir.filePath(s("cancelled.csv"));
        AuditExport *running = m_viewer->exportTo(AuditExport::Format::Csv, cancelled, 100);
        QVERIFY(running);
        QVERIFY(running->progressDialog());
        QCOMPARE(running->progressDialog()->objectName(), s("exportProgress"));
        Q_EMIT running->progressDialog()->canceled(); // what its Cancel button does
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 15000);
        QCOMPARE(done.at(1).at(0).toBool(), false);
        QVERIFY(!QFile::exists(cancelled));
        QCOMPARE(child<QLabel>(m_viewer, "auditStatus")->text(),
                 AuditExport::tr("The export was cancelled; no file was written."));
    }

    void pdfExportWritesAReport()
    {
        AuditFilter filter;
        filter.recordType = s("alarm");
        m_viewer->applyFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->model()->isLoaded() && !m_viewer->model()->isLoading(), 15000);
        const QString path = m_dir.filePath(s("trail.pdf"));
        QSignalSpy done(m_viewer, &AuditViewer::exportFinished);
        auto reviewer = m_server.login(s("qa2"));
        const auto verified = reviewer->call(s("audit.verify"));
        AuditExport *exporter = m_viewer->exportTo(AuditExport::Format::Pdf, path);
        QVERIFY(exporter);
        QJsonObject head;
        connect(exporter, &AuditExport::finished, this, [&head, exporter] { head = exporter->head(); });
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 120000);
        // The report's header names the chain head it reflects (nothing was written meanwhile).
        QCOMPARE(head.value(s("seq")).toInteger(), verified.result.value(s("headSeq")).toInteger());
        QCOMPARE(head.value(s("hash")).toString(), verified.result.value(s("headHash")).toString());
        QVERIFY2(done.first().at(0).toBool(), qPrintable(child<QLabel>(m_viewer, "auditStatus")->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        // Some 450 rows do not fit on one page: the table continues over several.
        const qsizetype pages =
            pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/");
        QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
    }

    void verifyChainIntactThenAltered()
    {
        auto reviewer = m_server.login(s("qa2"));
        const auto before = reviewer->call(s("audit.verify"));
        QVERIFY(before.ok());
        QVERIFY(before.result.value(s("ok")).toBool());
        const qint64 total = before.result.value(s("rowsChecked")).toInteger();

        auto *verify = child<QPushButton>(m_viewer, "verifyChain");
        auto *result = child<QLabel>(m_viewer, "verifyResult");
        auto *progress = child<QProgressBar>(m_viewer, "verifyProgress");
        QSignalSpy finished(m_viewer, &AuditViewer::verifyFinished);
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(progress->isVisible()); // the answer comes later; the window is not blocked
        QVERIFY(!verify->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!progress->isVisible());
        QCOMPARE(result->text(),
                 AuditViewer::tr("The audit trail is intact: %L1 entries verified").arg(total));
        QVERIFY(!child<QPushButton>(m_viewer, "showBrokenEntry")->isVisible());

        // Someone with access to the database rewrites the reason of the acknowledgement.
        const QStringList tamper =
            m_server.isPostgres()
                ? QStringList{s("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"),
                              s("UPDATE audit_log SET reason = 'nothing happened' WHERE seq = %1")
                                  .arg(m_ackSeq)}
                : QStringList{
                      s("DROP TRIGGER audit_log_no_update"),
                      s("UPDATE audit_log SET reason = 'nothing happened' WHERE seq = %1").arg(m_ackSeq)};
        QString error;
        QVERIFY2(direct(m_server, tamper, &error), qPrintable(error));

        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QCOMPARE(result->text(),
                 AuditViewer::tr("The audit trail was altered: the first broken entry is #%1").arg(m_ackSeq));
        QVERIFY2(result->styleSheet().contains(s("#b00020")), qPrintable(result->styleSheet())); // red
        auto *show = child<QPushButton>(m_viewer, "showBrokenEntry");
        QVERIFY(show->isVisible());
        QCOMPARE(show->text(), AuditViewer::tr("Show entry #%1").arg(m_ackSeq));

        // Jumping there selects the entry and shows what is stored now.
        QTest::mouseClick(show, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->details()->row().value(s("seq")).toInteger() == m_ackSeq, 15000);
        const QModelIndexList selected = m_viewer->view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(AuditModel::SeqRole).toLongLong(), m_ackSeq);
        QCOMPARE(child<QLabel>(m_viewer, "detailsReason")->text(), s("nothing happened"));
        QCOMPARE(child<QLineEdit>(m_viewer, "upToSeq")->text(), QString::number(m_ackSeq));
    }

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<SyncRpcClient> m_operator;
    std::unique_ptr<RpcClient> m_qa;
    std::unique_ptr<MainWindow> m_window;
    AuditViewer *m_viewer = nullptr;
    const QString m_comment = QString::fromUtf8("密封件已更换, \"OK\" per WI-7");
    qint64 m_alarmId = 0;
    qint64 m_ackSeq = 0;
};

QTEST_MAIN(TstUiAudit)
#include "tst_ui_audit.moc"
