#include "kiosk/kioskconfig.h"

#include "shell/logindialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QStandardPaths>

namespace concord::ui {

namespace {

struct KeySpec
{
    QString section;
    QString key;
    bool required;
    QString example; // the line to add when it is missing
};

const QList<KeySpec> &keySpecs()
{
    static const QList<KeySpec> specs{
        {QStringLiteral("server"), QStringLiteral("address"), true,
         QStringLiteral("address = concord.example.com:7443")},
        {QStringLiteral("server"), QStringLiteral("transport"), true, QStringLiteral("transport = tls")},
        {QStringLiteral("account"), QStringLiteral("user"), true, QStringLiteral("user = tv-line1")},
        {QStringLiteral("account"), QStringLiteral("password"), true, QStringLiteral("password = …")},
        {QStringLiteral("display"), QStringLiteral("name"), true, QStringLiteral("name = Plant 1 · Line 1")},
        {QStringLiteral("display"), QStringLiteral("rotation"), false, QStringLiteral("rotation = 20")},
        {QStringLiteral("display"), QStringLiteral("pages"), false, QStringLiteral("pages = alarms")},
        {QStringLiteral("display"), QStringLiteral("language"), false, QStringLiteral("language = en")},
    };
    return specs;
}

QStringList keysOf(const QString &section)
{
    QStringList keys;
    for (const KeySpec &k : keySpecs()) {
        if (k.section == section) keys.append(k.key);
    }
    return keys;
}

QStringList sections()
{
    return {QStringLiteral("server"), QStringLiteral("account"), QStringLiteral("display")};
}

// The mode as `ls -l` and chmod know it, for the message.
QString octalMode(QFileDevice::Permissions p)
{
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01}};
    for (const auto &[flag, value] : bits) {
        if (p.testFlag(flag)) mode |= value;
    }
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

struct Value
{
    QString text;
    int line = 0;
};

} // namespace

QString KioskConfig::defaultFile()
{
    // The brief's place: beside the desktop client's own settings (…/Concord/concord.conf).
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString org = QCoreApplication::organizationName().isEmpty() ? QStringLiteral("Concord")
                                                                       : QCoreApplication::organizationName();
    return QDir(base).filePath(org + QStringLiteral("/kiosk.ini"));
}

bool KioskConfig::load(const QString &path, const QStringList &knownPages, KioskConfig *config,
                       QStringList *problems)
{
    Q_ASSERT(config && problems);
    problems->clear();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        problems->append(tr("The display configuration file %1 does not exist. Create it from the example "
                            "concord-kiosk.ini (docs/configuration.md, section \"Shop TV display\"), or name "
                            "another file with --kiosk-config FILE.")
                             .arg(shown));
        return false;
    }
#ifdef Q_OS_UNIX
    // Like ssh with its keys: a password that others can read is no longer a secret; refuse before
    // reading a single byte, so that the mistake is fixed rather than lived with.
    const QFileDevice::Permissions open =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (info.permissions() & open) {
        problems->append(tr("%1 can be read or changed by other users of this computer (permissions %2), "
                            "but it holds the display account's password. Make it private to its owner: "
                            "chmod 600 %1")
                             .arg(shown, octalMode(info.permissions())));
        return false;
    }
#endif
    QFile file(path);
    if (info.size() > 64 * 1024) {
        problems->append(tr("%1 is larger than 64 KiB: it is not a display configuration file.").arg(shown));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff))) text.remove(0, 1);

    // A deliberately small INI dialect: "key = value", the value taken literally to the end of the
    // line, so that a password may contain ; # , " and spaces without any quoting rules.
    QHash<QString, Value> values; // "section/key"
    QString section;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const QString name = line.endsWith(QLatin1Char(']'))
                                     ? line.mid(1, line.size() - 2).trimmed().toLower()
                                     : QString();
            if (!sections().contains(name)) {
                problems->append(tr("%1, line %2: \"%3\" is not a known section. Use [server], [account] or "
                                    "[display].")
                                     .arg(shown)
                                     .arg(lineNo)
                                     .arg(line));
                section.clear();
                continue;
            }
            section = name;
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            problems->append(
                tr("%1, line %2: expected \"key = value\", found \"%3\".").arg(shown).arg(lineNo).arg(line));
            continue;
        }
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        if (section.isEmpty()) {
            problems->append(tr("%1, line %2: \"%3\" stands outside a section; put it under [server], "
                                "[account] or [display].")
                                 .arg(shown)
                                 .arg(lineNo)
                                 .arg(key));
            continue;
        }
        if (!keysOf(section).contains(key)) {
            problems->append(tr("%1, line %2: [%3] has no setting \"%4\". Its settings are: %5.")
                                 .arg(shown)
                                 .arg(lineNo)
                                 .arg(section, key, keysOf(section).join(QStringLiteral(", "))));
            continue;
        }
        const QString id = section + QLatin1Char('/') + key;
        if (values.contains(id)) {
            problems->append(tr("%1, line %2: %3 is set twice in [%4] (also on line %5); keep one.")
                                 .arg(shown)
                                 .arg(lineNo)
                                 .arg(key, section)
                                 .arg(values.value(id).line));
            continue;
        }
        values.insert(id, Value{value, lineNo});
    }

    for (const KeySpec &k : keySpecs()) {
        const Value v = values.value(k.section + QLatin1Char('/') + k.key);
        if (!k.required) continue;
        if (v.line == 0) {
            problems->append(tr("%1: \"%2\" is missing in [%3]. Add a line such as: %4")
                                 .arg(shown, k.key, k.section, k.example));
        } else if (v.text.isEmpty()) {
            problems->append(tr("%1, line %2: \"%3\" in [%4] is empty. For example: %5")
                                 .arg(shown)
                                 .arg(v.line)
                                 .arg(k.key, k.section, k.example));
        }
    }

    KioskConfig c;
    c.file = path;
    const Value address = values.value(QStringLiteral("server/address"));
    if (!address.text.isEmpty() && !LoginDialog::parseServer(address.text, &c.host, &c.port)) {
        problems->append(tr("%1, line %2: address must be host:port, for example concord.example.com:7443, "
                            "not \"%3\".")
                             .arg(shown)
                             .arg(address.line)
                             .arg(address.text));
    }
    const Value transport = values.value(QStringLiteral("server/transport"));
    if (transport.text == QLatin1String("tls")) {
        c.tls = true;
    } else if (transport.text == QLatin1String("insecure-loopback")) {
        c.tls = false;
        if (!c.host.isEmpty() && !isLoopbackHost(c.host))
            problems->append(tr("%1, line %2: transport = insecure-loopback only works with a server on this "
                                "computer (127.0.0.1, ::1 or localhost), not %3. Use transport = tls.")
                                 .arg(shown)
                                 .arg(transport.line)
                                 .arg(c.host));
    } else if (!transport.text.isEmpty()) {
        problems->append(tr("%1, line %2: transport must be tls or insecure-loopback, not \"%3\".")
                             .arg(shown)
                             .arg(transport.line)
                             .arg(transport.text));
    }
    c.user = values.value(QStringLiteral("account/user")).text;
    c.password = values.value(QStringLiteral("account/password")).text;
    c.name = values.value(QStringLiteral("display/name")).text;

    const Value rotation = values.value(QStringLiteral("display/rotation"));
    if (rotation.line > 0) {
        bool ok = false;
        const int seconds = rotation.text.toInt(&ok);
        if (!ok || seconds < kMinRotationSeconds || seconds > kMaxRotationSeconds)
            problems->append(
                tr("%1, line %2: rotation must be a number of seconds from %3 to %4, not \"%5\".")
                    .arg(shown)
                    .arg(rotation.line)
                    .arg(kMinRotationSeconds)
                    .arg(kMaxRotationSeconds)
                    .arg(rotation.text));
        else
            c.rotationSeconds = seconds;
    }
    const Value pages = values.value(QStringLiteral("display/pages"));
    if (pages.line > 0) {
        c.pages.clear();
        for (const QString &p : pages.text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = p.trimmed();
            if (id.isEmpty()) continue;
            if (!knownPages.contains(id))
                problems->append(tr("%1, line %2: \"%3\" is not a page this display knows. Known pages: %4.")
                                     .arg(shown)
                                     .arg(pages.line)
                                     .arg(id, knownPages.join(QStringLiteral(", "))));
            else
                c.pages.append(id);
        }
        if (c.pages.isEmpty() && problems->isEmpty())
            problems->append(tr("%1, line %2: pages lists no page. For example: pages = alarms")
                                 .arg(shown)
                                 .arg(pages.line));
    }
    const Value language = values.value(QStringLiteral("display/language"));
    if (language.line > 0) {
        if (language.text != QLatin1String("en") && language.text != QLatin1String("zh_CN"))
            problems->append(tr("%1, line %2: language must be en or zh_CN, not \"%3\".")
                                 .arg(shown)
                                 .arg(language.line)
                                 .arg(language.text));
        else
            c.language = language.text;
    }
    if (!problems->isEmpty()) return false;
    *config = c;
    return true;
}

QString KioskConfig::commandLineProblem(const QStringList &given)
{
    static const QStringList refused{QStringLiteral("server"), QStringLiteral("insecure-loopback"),
                                     QStringLiteral("user"), QStringLiteral("password-env")};
    QStringList found;
    for (const QString &name : refused) {
        if (given.contains(name)) found.append(QStringLiteral("--") + name);
    }
    if (found.isEmpty()) return {};
    return tr("--kiosk takes the server and the display account from its configuration file only; remove %1 "
              "from the command line.")
        .arg(found.join(QStringLiteral(", ")));
}

RpcClient::Options KioskConfig::clientOptions() const
{
    RpcClient::Options o;
    o.host = host;
    o.port = port;
    o.tls = tls;
    o.clientName = QStringLiteral("concord-kiosk");
    o.heartbeatIntervalMs = 10000;
    o.heartbeatTimeoutMs = 10000;
    o.callTimeoutMs = 60000;
    o.reconnectInitialMs = 1000;
    o.reconnectMaxMs = 30000;
    return o;
}

} // namespace concord::ui
