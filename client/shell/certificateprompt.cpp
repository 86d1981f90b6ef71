#include "shell/certificateprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace concord::ui {

QString formatFingerprint(const QString &hex)
{
    QString plain = hex;
    plain.remove(QLatin1Char(':'));
    QStringList pairs;
    for (int i = 0; i + 1 < plain.size(); i += 2)
        pairs << plain.mid(i, 2).toUpper();
    // Two lines of 16 pairs read better than one line of 32.
    const int half = int(pairs.size() / 2);
    return pairs.mid(0, half).join(QLatin1Char(':')) + QLatin1Char('\n') + pairs.mid(half).join(QLatin1Char(':'));
}

bool askToAcceptCertificate(QWidget *parent, const QString &hostPort, const QString &pinned, const QString &presented)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("CertificatePrompt", "The server's certificate has changed"),
                    QCoreApplication::translate("CertificatePrompt", "The server %1 presents a different certificate than at the last connection.\n\n"
                       "This is expected only if your administrator renewed it or moved the server. It can also "
                       "mean that someone is intercepting the connection: then do not continue.\n\n"
                       "Accept only if your administrator confirms the new fingerprint.")
                        .arg(hostPort),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("certificatePrompt"));
    box.setDetailedText(QCoreApplication::translate("CertificatePrompt", "Fingerprint pinned before (SHA-256):\n%1\n\nFingerprint presented now (SHA-256):\n%2")
                            .arg(formatFingerprint(pinned), formatFingerprint(presented)));
    QPushButton *accept = box.addButton(QCoreApplication::translate("CertificatePrompt", "Trust the new certificate"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("trustCertificate"));
    QPushButton *refuse = box.addButton(QCoreApplication::translate("CertificatePrompt", "Do not connect"), QMessageBox::RejectRole);
    refuse->setObjectName(QStringLiteral("refuseCertificate"));
    box.setDefaultButton(refuse);
    box.setEscapeButton(refuse);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace concord::ui
