// The shop TV display (concord --kiosk) against a real server, offscreen: the configuration file's
// checks (missing fields, a file others can read, no password from the command line), signing in
// as the display account named in the file, the alarm board (live alarms, order, counts that match
// the server), the offline banner over the last data when the server is killed and its catching up
// without gaps or duplicates after the restart, page rotation, signing in again by itself after the
// server ended the display's session (account locked, then unlocked by an administrator), and
// starting while the server is down.
#include "clienttesthelpers.h"
#include "uitesthelpers.h"
#include "core/alarmmodel.h"
#include "kiosk/activealarmsmodel.h"
#include "kiosk/alarmboard.h"
#include "kiosk/kioskconfig.h"
#include "kiosk/kiosklauncher.h"
#include "kiosk/kioskpage.h"
#include "kiosk/kiosksession.h"
#include "kiosk/kioskwindow.h"
#include "shell/errortext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace concord;
using namespace concord::test;
using namespace concord::ui;

namespace {
// A second kind of page, only to watch the rotation (the product's second board comes later).
class PlainPage : public KioskPage
{
public:
    using KioskPage::KioskPage;
    QString pageId() const override { return s("plain"); }
    QString title() const override { return s("Plain test page"); }
};

const QFile::Permissions kPrivate = QFile::ReadOwner | QFile::WriteOwner;

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text,
                  QFile::Permissions permissions = kPrivate)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return {};
    f.write(text.toUtf8());
    f.close();
    f.setPermissions(permissions);
    return path;
}

QString validConfig(quint16 port, const QString &password = TestServer::demoPassword())
{
    return s("# test display\n[server]\naddress = 127.0.0.1:%1\ntransport = tls\n\n[account]\nuser = "
             "tv-line1\n"
             "password = %2\n\n[display]\nname = Plant 1 · Line 1\nrotation = 20\npages = alarms\n")
        .arg(port)
        .arg(password);
}

// The messages shown on the board (the active-alarm model in the order the rows are drawn).
QStringList boardMessages(AlarmBoard *board)
{
    QStringList out;
    const QAbstractItemModel *m = board->view()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        out.append(m->index(row, AlarmModel::MessageColumn).data().toString());
    return out;
}

QList<qint64> boardIds(AlarmBoard *board)
{
    QList<qint64> out;
    const QAbstractItemModel *m = board->view()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        out.append(m->index(row, 0).data(AlarmModel::IdRole).toLongLong());
    return out;
}

// CONCORD_KIOSK_SHOTS=DIR saves what the screen shows at the moments the test checks, to look at
// (under xvfb-run with QT_QPA_PLATFORM=xcb the window fills a real 1920×1080 screen).
void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("CONCORD_KIOSK_SHOTS");
    if (!dir.isEmpty() && w) {
        QTest::qWait(300);
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }
}

QString countText(QWidget *board, const char *severity)
{
    auto *label = board->findChild<QLabel *>(s("count") + s(severity));
    return label ? label->text() : QString();
}
} // namespace

class TstUiKiosk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings("tst_ui_kiosk");
        QVERIFY(m_dir.isValid());
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(m_server.start());
        m_admin = m_server.login(s("admin"));
        m_device = m_server.login(s("dev-leak-01"));
        m_qa = m_server.login(s("qa"));
        QVERIFY(m_admin && m_device && m_qa);
    }

    void cleanupTestCase() { m_launcher.reset(); }

    void configRefusesWhatIsMissingOrExposed()
    {
        const QStringList pages{s("alarms")};
        KioskConfig c;
        QStringList problems;

        const QString missing = m_dir.filePath(s("no-such-kiosk.ini"));
        QVERIFY(!KioskConfig::load(missing, pages, &c, &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(missing) && problems.first().contains(s("does not exist")),
                 qPrintable(problems.first()));

        // Readable by the group or by everybody: refused like ssh refuses such keys, saying how to fix it.
        for (const auto perms : {kPrivate | QFile::ReadOther | QFile::ReadGroup, kPrivate | QFile::ReadGroup,
                                 kPrivate | QFile::WriteOther}) {
            const QString open = writeFile(m_dir, s("open.ini"), validConfig(m_server.port()), perms);
            QVERIFY(!KioskConfig::load(open, pages, &c, &problems));
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(s("chmod 600 ") + open), qPrintable(problems.first()));
            QVERIFY2(problems.first().contains(s("password")), qPrintable(problems.first()));
        }
        const QString open644 = writeFile(m_dir, s("open644.ini"), validConfig(m_server.port()),
                                          kPrivate | QFile::ReadGroup | QFile::ReadOther);
        QVERIFY(!KioskConfig::load(open644, pages, &c, &problems));
        QVERIFY2(problems.first().contains(s("(permissions 0644)")), qPrintable(problems.first()));

        // Missing fields: one sentence each, naming the section, the key and a line to add.
        const QString partial = writeFile(m_dir, s("partial.ini"), s("[server]\naddress = 127.0.0.1:7443\n"));
        QVERIFY(!KioskConfig::load(partial, pages, &c, &problems));
        QCOMPARE(problems.size(), 4);
        const QStringList expected{
            s("\"transport\" is missing in [server]. Add a line such as: transport = tls"),
            s("\"user\" is missing in [account]. Add a line such as: user = tv-line1"),
            s("\"password\" is missing in [account]"), s("\"name\" is missing in [display]")};
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(problems.at(i).contains(expected.at(i)), qPrintable(problems.at(i)));

        // Typos and wrong values, each with its line number and what is allowed.
        const QString wrong = writeFile(m_dir, s("wrong.ini"),
                                        s("[server]\naddress = 10.1.2.3:7443\ntransport = insecure-loopback\n"
                                          "[account]\nuser = tv-line1\npasword = x\npassword =\n"
                                          "[display]\nname = L1\nrotation = 1\npages = alarms, kanban\n"
                                          "language = de\n[screen]\n"));
        QVERIFY(!KioskConfig::load(wrong, pages, &c, &problems));
        const QString all = problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(
                     s("line 6: [account] has no setting \"pasword\". Its settings are: user, password.")),
                 qPrintable(all));
        QVERIFY2(all.contains(s("line 7: \"password\" in [account] is empty")), qPrintable(all));
        QVERIFY2(all.contains(
                     s("line 3: transport = insecure-loopback only works with a server on this computer")),
                 qPrintable(all));
        QVERIFY2(all.contains(s("line 10: rotation must be a number of seconds from 5 to 3600, not \"1\"")),
                 qPrintable(all));
        QVERIFY2(
            all.contains(s("line 11: \"kanban\" is not a page this display knows. Known pages: alarms.")),
            qPrintable(all));
        QVERIFY2(all.contains(s("line 12: language must be en or zh_CN, not \"de\"")), qPrintable(all));
        QVERIFY2(all.contains(s("line 13: \"[screen]\" is not a known section")), qPrintable(all));
        QCOMPARE(problems.size(), 7);

        // A correct file; the password is taken literally (# ; , and inner spaces are part of it).
        const QString good = writeFile(
            m_dir, s("good.ini"),
            s("\xef\xbb\xbf; comment\n[server]\naddress = 127.0.0.1:7555\ntransport = insecure-loopback\n"
              "[account]\nuser = tv-line1\npassword = Demo#2026plant; a, b\n[display]\nname = Plant 1 · Line "
              "1\n"
              "rotation = 30\npages = alarms\nlanguage = zh_CN\n"));
        QVERIFY2(KioskConfig::load(good, pages, &c, &problems), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.host, s("127.0.0.1"));
        QCOMPARE(c.port, quint16(7555));
        QVERIFY(!c.tls);
        QCOMPARE(c.password, s("Demo#2026plant; a, b"));
        QCOMPARE(c.name, s("Plant 1 · Line 1"));
        QCOMPARE(c.rotationSeconds, 30);
        QCOMPARE(c.pages, QStringList{s("alarms")});
        QCOMPARE(c.language, s("zh_CN"));
        QVERIFY(!c.clientOptions().tls);
        QVERIFY(c.clientOptions().heartbeatIntervalMs <= 15000); // a dead network shows within seconds

        // The documented example is a valid file once made private.
        const QString example = QFINDTESTDATA("../../resources/concord-kiosk.ini");
        QVERIFY(!example.isEmpty());
        QFile source(example);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString copy = writeFile(m_dir, s("example.ini"), QString::fromUtf8(source.readAll()));
        QVERIFY2(KioskConfig::load(copy, pages, &c, &problems), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.user, s("tv-line1"));
        QCOMPARE(c.pages, QStringList{s("alarms")});
        QVERIFY(c.tls);
    }

    void passwordNeverFromTheCommandLine()
    {
        // The options concord's main() defines; --kiosk refuses those that would bring an account or
        // a server from elsewhere than the file.
        QCommandLineParser parser;
        parser.addOptions({{s("kiosk"), s("")},
                           {s("kiosk-config"), s(""), s("file")},
                           {s("server"), s(""), s("hp")},
                           {s("insecure-loopback"), s("")},
                           {s("lang"), s(""), s("l")},
                           {s("user"), s(""), s("u")},
                           {s("password-env"), s(""), s("v")},
                           {s("screenshots"), s(""), s("d")}});
        QVERIFY(parser.parse(
            {s("concord"), s("--kiosk"), s("--user"), s("tv-line1"), s("--password-env"), s("PW")}));
        const QString problem = KioskConfig::commandLineProblem(parser.optionNames());
        QVERIFY2(problem.contains(s("--user, --password-env")), qPrintable(problem));
        QVERIFY2(problem.contains(s("configuration file only")), qPrintable(problem));
        QVERIFY(parser.parse({s("concord"), s("--kiosk"), s("--server"), s("10.0.0.1:7443")}));
        QVERIFY(KioskConfig::commandLineProblem(parser.optionNames()).contains(s("--server")));
        QVERIFY(parser.parse({s("concord"), s("--kiosk"), s("--kiosk-config"), s("/x.ini"), s("--lang"),
                              s("zh_CN"), s("--screenshots"), s("/tmp")}));
        QCOMPARE(KioskConfig::commandLineProblem(parser.optionNames()), QString());
    }

    void refusedFileOnScreenThenStartsWhenFixed()
    {
        const QString path = writeFile(m_dir, s("fixme.ini"), validConfig(m_server.port()),
                                       kPrivate | QFile::ReadGroup | QFile::ReadOther);
        KioskLauncher launcher(path);
        launcher.setConfigPollIntervalMs(100);
        launcher.setOptionsAdjuster([this](RpcClient::Options &o) { adjust(o); });
        QVERIFY(!launcher.start());
        QVERIFY(!launcher.isRunning());
        QLabel *error = launcher.errorScreen();
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(s("chmod 600 ") + path), qPrintable(error->text()));
        QVERIFY(error->text().contains(s("starts by itself")));
        shot(error, "config-error");

        QVERIFY(QFile::setPermissions(path, kPrivate)); // what the technician does
        QTRY_VERIFY_WITH_TIMEOUT(launcher.isRunning(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(launcher.client()->sessionUsable(), 15000);
        QVERIFY(launcher.errorScreen() == nullptr);
        QCOMPARE(launcher.client()->user().value(s("username")).toString(), s("tv-line1"));
    }

    void signsInFromFileAndShowsLiveAlarms()
    {
        const QString path = writeFile(m_dir, s("kiosk.ini"), validConfig(m_server.port()));
        m_launcher = std::make_unique<KioskLauncher>(path);
        m_launcher->setOptionsAdjuster([this](RpcClient::Options &o) { adjust(o); });
        QVERIFY(m_launcher->start());
        KioskWindow *window = m_launcher->window();
        shot(window, "connecting");
        QVERIFY(window && window->isVisible());
        QVERIFY(window->isFullScreen());
        QCOMPARE(window->cursor().shape(), Qt::BlankCursor);
        RpcClient *client = m_launcher->client();
        QTRY_VERIFY_WITH_TIMEOUT(client->sessionUsable(), 15000);
        QCOMPARE(client->user().value(s("username")).toString(), s("tv-line1")); // from the file
        QCOMPARE(m_launcher->session()->signIns(), 1);

        QCOMPARE(child<QLabel>(window, "kioskName")->text(), s("Plant 1 · Line 1"));
        QCOMPARE(child<QLabel>(window, "kioskPageTitle")->text(), s("Active alarms"));
        QTRY_COMPARE(child<QLabel>(window, "kioskConnection")->text(), s("Live"));
        QVERIFY(!window->banner()->isVisible());
        QVERIFY(!window->isStale());
        QVERIFY(child<QLabel>(window, "kioskClock")->text().contains(QLatin1Char(':')));
        QCOMPARE(window->pageCount(), 1);
        auto *board = qobject_cast<AlarmBoard *>(window->page(0));
        QVERIFY(board);

        // Nothing raised yet: the calm all-clear.
        QTRY_VERIFY_WITH_TIMEOUT(board->isLoaded(), 15000);
        QLabel *clear = child<QLabel>(board, "allClear");
        QTRY_VERIFY(clear->isVisible());
        QCOMPARE(clear->text(), s("No active alarms"));
        QCOMPARE(countText(board, "Critical"), s("0"));
        shot(window, "all-clear");

        // Alarms raised by equipment appear live: critical on top, then warning, then info,
        // newest first within a severity.
        raise(s("Seal temperature high on PS-01 (kiosk)"), s("warning"));
        raise(s("Calibration due on LT-01 (kiosk)"), s("info"));
        raise(s("Helium leak rate above limit (kiosk)"), s("critical"));
        raise(s("UV dose near lower limit (kiosk)"), s("warning"));
        QTRY_COMPARE_WITH_TIMEOUT(board->view()->model()->rowCount(), 4, 5000);
        QCOMPARE(boardMessages(board), (QStringList{s("Helium leak rate above limit (kiosk)"),
                                                    s("UV dose near lower limit (kiosk)"),
                                                    s("Seal temperature high on PS-01 (kiosk)"),
                                                    s("Calibration due on LT-01 (kiosk)")}));
        QVERIFY(!clear->isVisible());
        QVERIFY(board->view()->isVisible());
        QTRY_VERIFY(countsMatchServer(board));
        QCOMPARE(countText(board, "Critical"), s("1"));
        QCOMPARE(countText(board, "Warning"), s("2"));
        QCOMPARE(countText(board, "Info"), s("1"));
        // A critical row is drawn taller than the others; the critical alarm keeps the board up.
        const QAbstractItemModel *m = board->view()->model();
        QVERIFY(board->view()->sizeHintForIndex(m->index(0, 0)).height() >
                board->view()->sizeHintForIndex(m->index(1, 0)).height());
        QVERIFY(board->wantsToStay());
        QCOMPARE(child<QFrame>(window, "kioskHeader")->property("alert").toBool(), true);
        shot(window, "alarms");

        // Acknowledged elsewhere: it leaves the board, the counts follow.
        acknowledgeAll(s("warning"));
        QTRY_COMPARE_WITH_TIMEOUT(countText(board, "Warning"), s("0"), 5000);
        QCOMPARE(boardMessages(board), (QStringList{s("Helium leak rate above limit (kiosk)"),
                                                    s("Calibration due on LT-01 (kiosk)")}));
        QVERIFY(countsMatchServer(board));
    }

    void rotationSwitchesPagesUnlessCriticalIsUp()
    {
        QVERIFY(m_launcher);
        KioskWindow *window = m_launcher->window();
        auto *board = qobject_cast<AlarmBoard *>(window->page(0));
        auto *plain = new PlainPage;
        window->addPage(plain);
        window->setRotationIntervalMs(300);
        QLabel *indicator = child<QLabel>(window, "pageIndicator");
        QVERIFY(indicator->isVisible());

        // A critical alarm is up: the board stays, the header stays marked.
        QVERIFY(board->wantsToStay());
        QTest::qWait(1200);
        QCOMPARE(window->currentPage(), board);
        QCOMPARE(indicator->text(), s("● ○"));

        // Once it is acknowledged the pages take turns.
        acknowledgeAll(s("critical"));
        QTRY_VERIFY_WITH_TIMEOUT(!board->wantsToStay(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentPage(), plain, 3000);
        QCOMPARE(child<QLabel>(window, "kioskPageTitle")->text(), s("Plain test page"));
        QCOMPARE(indicator->text(), s("○ ●"));
        shot(window, "rotation-second-page");
        QCOMPARE(child<QFrame>(window, "kioskHeader")->property("alert").toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentPage(), board, 3000);
        QCOMPARE(child<QLabel>(window, "kioskPageTitle")->text(), s("Active alarms"));

        // A new critical alarm brings the board to the front at once, whatever page is up.
        window->setRotationIntervalMs(60000);
        window->showPage(1);
        QCOMPARE(window->currentPage(), plain);
        raise(s("Sterilizer door open during cycle (kiosk)"), s("critical"));
        QTRY_COMPARE_WITH_TIMEOUT(window->currentPage(), board, 5000);
        QCOMPARE(boardMessages(board).value(0), s("Sterilizer door open during cycle (kiosk)"));
        window->setRotationIntervalMs(20000);
    }

    void offlineBannerThenCatchUpAfterRestart()
    {
        QVERIFY(m_launcher);
        KioskWindow *window = m_launcher->window();
        auto *board = qobject_cast<AlarmBoard *>(window->page(0));
        window->showPage(0);
        const QStringList before = boardMessages(board);
        QVERIFY(!before.isEmpty());

        m_server.kill9();
        QTRY_VERIFY_WITH_TIMEOUT(window->banner()->isVisible(), 10000);
        const QString banner = window->banner()->text();
        QVERIFY2(banner.startsWith(s("Connection to the server lost — reconnecting… last update ")),
                 qPrintable(banner));
        QVERIFY2(QTime::fromString(banner.right(8), s("HH:mm:ss")).isValid(), qPrintable(banner));
        QVERIFY(window->isStale()); // the last data stays, dimmed
        QCOMPARE(boardMessages(board), before);
        QCOMPARE(child<QLabel>(window, "kioskConnection")->text(), s("Offline"));
        shot(window, "offline");

        // Stays down a while (reconnect attempts with back-off), then the server is back.
        QTest::qWait(1500);
        QVERIFY(window->banner()->isVisible());
        QVERIFY(m_server.restart());
        m_device = m_server.login(s("dev-leak-01"));
        m_qa = m_server.login(s("qa"));
        m_admin = m_server.login(s("admin"));
        QVERIFY(m_device && m_qa && m_admin);
        // Raised right after the restart, most likely before the display is back: it must come
        // from the event stream's replay.
        const QString during = s("Pouch seal strength low, raised during the outage (kiosk)");
        raise(during, s("warning"));
        QTRY_VERIFY_WITH_TIMEOUT(!window->banner()->isVisible(), 20000);
        QVERIFY(!window->isStale());
        QCOMPARE(child<QLabel>(window, "kioskConnection")->text(), s("Live"));
        QTRY_VERIFY_WITH_TIMEOUT(boardMessages(board).contains(during), 10000);
        const QString after = s("Leak tester LT-01 pressure fault, after the restart (kiosk)");
        raise(after, s("info"));
        QTRY_VERIFY_WITH_TIMEOUT(boardMessages(board).contains(after), 5000);

        // Nothing twice, nothing missing: the board equals the server's active alarms.
        const QList<qint64> ids = boardIds(board);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
        QCOMPARE(boardMessages(board).count(during), 1);
        QVERIFY(countsMatchServer(board));
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()), activeIdsOnServer());
    }

    void signsInAgainAfterTheServerEndedTheSession()
    {
        QVERIFY(m_launcher);
        KioskWindow *window = m_launcher->window();
        KioskSession *session = m_launcher->session();
        auto *board = qobject_cast<AlarmBoard *>(window->page(0));
        session->setRetryIntervalMs(500);
        QTRY_VERIFY_WITH_TIMEOUT(m_launcher->client()->sessionUsable(), 15000);
        const int signInsBefore = session->signIns();

        // Someone tries passwords on the display account: the server locks it and ends its session.
        for (int attempt = 0; attempt < 5; ++attempt) {
            auto c = m_server.client();
            QVERIFY(c);
            QVERIFY(!c->login(s("tv-line1"), s("guess %1").arg(attempt)).ok());
        }
        RpcError locked;
        locked.dataCode = s("auth.locked");
        QTRY_VERIFY_WITH_TIMEOUT(window->banner()->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->banner()->text().contains(errorText(locked)), 10000);
        QVERIFY(window->banner()->text().contains(s("tv-line1")));
        QVERIFY(window->isStale());
        shot(window, "account-locked");

        // An administrator unlocks it: the display signs in again by itself.
        const auto unlocked =
            m_admin->call(s("user.unlock"), {{s("userId"), userId(s("tv-line1"))},
                                             {s("reason"), s("kiosk test: TV account unlocked")}});
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error.message));
        QTRY_VERIFY_WITH_TIMEOUT(m_launcher->client()->sessionUsable(), 15000);
        QTRY_VERIFY(!window->banner()->isVisible());
        QVERIFY(session->signIns() > signInsBefore);
        QCOMPARE(m_launcher->client()->user().value(s("username")).toString(), s("tv-line1"));

        // The lockout alarm the server raised while the display had no session is on the board.
        const QString lockout = s("Account tv-line1 locked after 5 failed password attempts");
        QTRY_VERIFY_WITH_TIMEOUT(boardMessages(board).contains(lockout), 10000);
        QCOMPARE(boardMessages(board).count(lockout), 1);
        QVERIFY(countsMatchServer(board));
        const QList<qint64> ids = boardIds(board);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()), activeIdsOnServer());
    }

    void rowsThatDoNotFitAreCountedNotScrolled()
    {
        QVERIFY(m_launcher);
        KioskWindow *window = m_launcher->window();
        auto *board = qobject_cast<AlarmBoard *>(window->page(0));
        window->showPage(0);
        for (int i = 1; i <= 25; ++i)
            raise(s("Label printer LP-%1 ribbon low (kiosk)").arg(i, 2, 10, QLatin1Char('0')), s("info"));
        const int total = int(activeOnServer().size());
        QTRY_COMPARE_WITH_TIMEOUT(board->view()->model()->rowCount(), total, 10000);
        QLabel *more = child<QLabel>(board, "moreAlarms");
        QTRY_VERIFY(more->isVisible());
        // (The board recounts once per burst of events: wait for the count of all of them.)
        QTRY_COMPARE_WITH_TIMEOUT(more->text(),
                                  s("… and %1 more not shown").arg(total - board->visibleRows()), 5000);
        const int shown = board->visibleRows();
        QVERIFY(shown > 0 && shown < total);
        // Every row shown is whole; the first hidden one is the first that would not fit.
        QListView *list = board->view();
        const QRect last = list->visualRect(list->model()->index(shown - 1, 0));
        QVERIFY2(last.bottom() <= list->viewport()->height(),
                 qPrintable(s("%1 > %2").arg(last.bottom()).arg(list->viewport()->height())));
        QVERIFY(list->isRowHidden(shown));
        QVERIFY(!list->isRowHidden(0));
        // The most urgent stay in view: the critical alarms are all among the rows shown.
        for (int row = 0; row < board->count(s("critical")); ++row)
            QVERIFY(!list->isRowHidden(row));
        shot(window, "overflow");
    }

    void startsWhileTheServerIsDown()
    {
        m_launcher.reset();
        QVERIFY(m_server.stop());
        const QString path = writeFile(m_dir, s("down.ini"), validConfig(m_server.port()));
        KioskLauncher launcher(path);
        launcher.setOptionsAdjuster([this](RpcClient::Options &o) { adjust(o); });
        QVERIFY(launcher.start()); // the file is fine; the server is not there yet
        KioskWindow *window = launcher.window();
        QTRY_VERIFY(window->banner()->isVisible());
        QCOMPARE(window->banner()->text(), s("Connecting to the server 127.0.0.1:%1…").arg(m_server.port()));
        QVERIFY(!window->isStale()); // nothing shown yet that could be mistaken for live data
        auto *board = qobject_cast<AlarmBoard *>(window->page(0));
        QVERIFY(child<QLabel>(board, "alarmBoardStatus")->isVisible());
        QCOMPARE(countText(board, "Critical"), s("–"));
        shot(window, "connecting-server-down");

        QTest::qWait(2500); // several refused attempts, with back-off
        QVERIFY(window->banner()->isVisible());
        QVERIFY(m_server.restart());
        m_admin = m_server.login(s("admin"));
        QVERIFY(m_admin);
        QTRY_VERIFY_WITH_TIMEOUT(launcher.client()->sessionUsable(), 20000);
        QTRY_VERIFY(!window->banner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(board->isLoaded(), 10000);
        QTRY_VERIFY(countsMatchServer(board));
        const QList<qint64> ids = boardIds(board);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()), activeIdsOnServer());
    }

private:
    void adjust(RpcClient::Options &o) const
    {
        o.pinFile = m_server.dataDir() + s("/kiosk-known-servers");
        o.heartbeatIntervalMs = 500; // the server ending the session shows within a second
        o.heartbeatTimeoutMs = 5000;
        o.reconnectInitialMs = 200;
        o.reconnectMaxMs = 2000;
        o.connectTimeoutMs = 5000;
    }

    void raise(const QString &message, const QString &severity)
    {
        const auto r = m_device->call(s("alarm.raise"), raiseParams(message, severity));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    }

    QJsonArray activeOnServer(const QString &severity = {}) const
    {
        QJsonObject params{{s("state"), s("active")}, {s("limit"), 1000}};
        if (!severity.isEmpty()) params.insert(s("severity"), severity);
        const auto r = m_admin->call(s("alarm.list"), params);
        if (!r.ok()) qWarning() << "alarm.list:" << r.error.message;
        return r.result.value(s("alarms")).toArray();
    }

    QSet<qint64> activeIdsOnServer() const
    {
        QSet<qint64> ids;
        for (const QJsonValue &v : activeOnServer())
            ids.insert(v.toObject().value(s("id")).toInteger());
        return ids;
    }

    bool countsMatchServer(AlarmBoard *board) const
    {
        for (const char *severity : {"critical", "warning", "info"}) {
            const int server = int(activeOnServer(s(severity)).size());
            QString name = s(severity);
            name[0] = name[0].toUpper();
            if (board->count(s(severity)) != server ||
                countText(board, name.toLatin1().constData()) != QString::number(server)) {
                qWarning() << severity << "board" << board->count(s(severity))
                           << countText(board, name.toLatin1().constData()) << "server" << server;
                return false;
            }
        }
        return true;
    }

    void acknowledgeAll(const QString &severity)
    {
        for (const QJsonValue &v : activeOnServer(severity)) {
            const auto r =
                m_qa->call(s("alarm.acknowledge"), {{s("id"), v.toObject().value(s("id"))},
                                                    {s("comment"), s("checked at the line (kiosk test)")}});
            QVERIFY2(r.ok(), qPrintable(r.error.message));
        }
    }

    qint64 userId(const QString &username) const
    {
        const auto r = m_admin->call(s("user.list"), {});
        for (const QJsonValue &v : r.result.value(s("users")).toArray()) {
            if (v.toObject().value(s("username")).toString() == username)
                return v.toObject().value(s("id")).toInteger();
        }
        return 0;
    }

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<SyncRpcClient> m_admin;
    std::unique_ptr<SyncRpcClient> m_device;
    std::unique_ptr<SyncRpcClient> m_qa;
    std::unique_ptr<KioskLauncher> m_launcher;
};

QTEST_MAIN(TstUiKiosk)
#include "tst_ui_kiosk.moc"
