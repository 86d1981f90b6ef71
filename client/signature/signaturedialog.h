#pragma once
#include "core/writekey.h"
#include "signature/signaturerequest.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

// The electronic signature (21 CFR Part 11) of one record version, for every signed form. It shows
// what is signed, the meaning in words and the signer's printed name, asks for the password (and the
// user ID when the server demands both at the first signing of a session), and signs with
// signature.sign asynchronously with an idempotency key. Refusals (wrong password, lockout,
// separation of duties, stale version, no permission) stay in the dialog with nothing signed. After
// success it shows the manifestation — printed name, local date and time with zone, meaning — until
// the signer closes it; signature() then holds the server's signature row.
//
//     auto *dialog = new SignatureDialog(client, request, this);
//     connect(dialog, &SignatureDialog::signatureCreated, this, [](const QJsonObject &sig) { ... });
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     dialog->open();
class SignatureDialog : public QDialog
{
    Q_OBJECT
public:
    SignatureDialog(RpcClient *client, const SignatureRequest &request, QWidget *parent = nullptr);

    const SignatureRequest &request() const { return m_request; }
    bool isSigned() const { return !m_signature.isEmpty(); }
    // The signature as the server stored it: id, printedName, signedAt (UTC), meaning, recordVersion,
    // recordHash, hash, valid. Empty until signed.
    QJsonObject signature() const { return m_signature; }
    // What the dialog says when signature.sign is refused with this error (translated).
    static QString failureText(const RpcError &error);

    void reject() override; // once signed, closing is accepting: the signature exists

Q_SIGNALS:
    void signatureCreated(const QJsonObject &signature);

private:
    QWidget *buildFormPage();
    QWidget *buildSignedPage();
    void sign();
    void onAnswer(const QJsonObject &result, const RpcError &error);
    void showError(const QString &text);
    void askForUserId();
    void setBusy(bool busy);

    QPointer<RpcClient> m_client;
    SignatureRequest m_request;
    QJsonObject m_signature;
    WriteKey m_key;
    bool m_needUserId = false;
    bool m_busy = false;
    bool m_finalRefusal = false; // locked out or signed out: signing again cannot work

    QStackedWidget *m_pages = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_signedName = nullptr;
    QLabel *m_signedTime = nullptr;
    QLabel *m_signedMeaning = nullptr;
    QLabel *m_signedRecord = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace concord::ui
