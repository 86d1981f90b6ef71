#include "signature/signaturedialog.h"

#include "core/rpcclient.h"
#include "shell/errortext.h"
#include "signature/signaturetext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
QLabel *valueLabel(const QString &text, QWidget *parent, const char *name = nullptr)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (name) l->setObjectName(QString::fromLatin1(name));
    return l;
}

QLabel *heading(const QString &text, QWidget *parent, const char *name)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QString::fromLatin1(name));
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    l->setFont(f);
    return l;
}
} // namespace

SignatureDialog::SignatureDialog(RpcClient *client, const SignatureRequest &request, QWidget *parent)
    : QDialog(parent), m_client(client), m_request(request)
{
    setObjectName(QStringLiteral("signatureDialog"));
    setWindowTitle(tr("Electronic signature"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildFormPage());
    m_pages->addWidget(buildSignedPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(520);
    m_password->setFocus();
}

QWidget *SignatureDialog::buildFormPage()
{
    auto *page = new QWidget(this);
    const QString recordText = tr("%1 %2, version %3")
                                   .arg(SignatureText::recordType(m_request.recordType), m_request.recordId)
                                   .arg(m_request.recordVersion);

    auto *what = new QGroupBox(tr("You are signing"), page);
    auto *whatForm = new QFormLayout(what);
    auto *title = valueLabel(m_request.title, what, "signedTitle");
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    whatForm->addRow(title);
    for (const auto &line : m_request.lines)
        whatForm->addRow(line.first + QLatin1Char(':'), valueLabel(line.second, what));
    whatForm->addRow(tr("Record:"), valueLabel(recordText, what, "signedRecord"));

    auto *meaningBox = new QGroupBox(tr("Meaning of this signature"), page);
    auto *meaningLayout = new QVBoxLayout(meaningBox);
    auto *meaning = valueLabel(SignatureText::meaning(m_request.meaning), meaningBox, "meaning");
    meaning->setFont(bold);
    meaningLayout->addWidget(meaning);
    meaningLayout->addWidget(
        valueLabel(SignatureText::statement(m_request.meaning), meaningBox, "meaningStatement"));

    const QJsonObject user = m_client ? m_client->user() : QJsonObject();
    const QString printedName = user.value(QStringLiteral("fullName")).toString();
    const QString username = user.value(QStringLiteral("username")).toString();
    auto *signer =
        valueLabel(printedName.isEmpty() ? username : tr("%1 (user ID %2)").arg(printedName, username), page,
                   "signerName");

    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("signatureUser"));
    m_user->setMaxLength(64);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("signaturePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_comment = new QLineEdit(page);
    m_comment->setObjectName(QStringLiteral("signatureComment"));
    m_comment->setMaxLength(1000);
    m_comment->setPlaceholderText(tr("Optional"));

    auto *form = new QFormLayout;
    form->addRow(tr("Signer:"), signer);
    m_userLabel = new QLabel(tr("&User ID:"), page);
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);
    auto *passwordLabel = new QLabel(tr("&Password:"), page);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    auto *commentLabel = new QLabel(tr("&Comment:"), page);
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);
    m_userLabel->hide();
    m_user->hide();

    auto *legal = valueLabel(tr("Your electronic signature is legally binding: it is the equivalent of your "
                                "handwritten signature. Sign only what you have read."),
                             page, "legalNotice");
    legal->setStyleSheet(QStringLiteral("color: #555555;"));
    m_info = valueLabel(QString(), page, "signatureInfo");
    m_info->setStyleSheet(QStringLiteral("color: #0b5394; font-weight: bold;"));
    m_info->hide();
    m_error = makeErrorLabel(page);

    auto *buttons = new QDialogButtonBox(page);
    m_sign = buttons->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("sign"));
    m_sign->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_sign, &QPushButton::clicked, this, &SignatureDialog::sign);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Electronic signature"), page, "signatureHeading"));
    layout->addWidget(what);
    layout->addWidget(meaningBox);
    layout->addLayout(form);
    layout->addWidget(legal);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

QWidget *SignatureDialog::buildSignedPage()
{
    auto *page = new QWidget(this);
    auto *done = heading(tr("✔ Signed"), page, "signedHeading");
    done->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    auto *what = valueLabel(m_request.title, page, "signedWhat");

    // The manifestation (Part 11 §11.50): printed name, date and time, meaning — larger than the rest.
    auto *box = new QGroupBox(tr("Signature"), page);
    m_signedName = valueLabel(QString(), box, "manifestationName");
    m_signedTime = valueLabel(QString(), box, "manifestationTime");
    m_signedMeaning = valueLabel(QString(), box, "manifestationMeaning");
    m_signedRecord = valueLabel(QString(), box, "manifestationRecord");
    QFont large = m_signedName->font();
    large.setPointSizeF(large.pointSizeF() * 1.15);
    for (QLabel *l : {m_signedName, m_signedTime, m_signedMeaning, m_signedRecord})
        l->setFont(large);
    QFont bold = large;
    bold.setBold(true);
    m_signedName->setFont(bold);
    m_signedMeaning->setFont(bold);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Signed by:"), m_signedName);
    form->addRow(tr("Date and time:"), m_signedTime);
    form->addRow(tr("Meaning:"), m_signedMeaning);
    form->addRow(tr("Record:"), m_signedRecord);

    auto *note =
        valueLabel(tr("The signature is stored with this version of the record and in the audit trail. "
                      "It stays valid only as long as the record is not changed."),
                   page);
    auto *buttons = new QDialogButtonBox(page);
    m_close = buttons->addButton(tr("&Close"), QDialogButtonBox::AcceptRole);
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(done);
    layout->addWidget(what);
    layout->addWidget(box);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

void SignatureDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SignatureDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_sign->setEnabled(!busy && !m_finalRefusal);
    m_sign->setText(busy ? tr("Signing…") : tr("&Sign"));
    m_cancel->setEnabled(!busy);
    m_user->setReadOnly(busy);
    m_password->setReadOnly(busy);
    m_comment->setReadOnly(busy);
}

void SignatureDialog::askForUserId()
{
    m_needUserId = true;
    m_userLabel->show();
    m_user->show();
    m_info->setText(tr("This is your first signature since you signed in: enter your user ID and your "
                       "password, then press Sign."));
    m_info->show();
    m_user->setFocus();
}

void SignatureDialog::sign()
{
    if (!m_client || m_busy || m_finalRefusal || isSigned()) return;
    if (m_needUserId && m_user->text().trimmed().isEmpty()) {
        showError(tr("Enter your user ID."));
        m_user->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    showError({});
    QJsonObject params{{QStringLiteral("recordType"), m_request.recordType},
                       {QStringLiteral("recordId"), m_request.recordId},
                       {QStringLiteral("recordVersion"), m_request.recordVersion},
                       {QStringLiteral("meaning"), m_request.meaning},
                       {QStringLiteral("password"), m_password->text()},
                       {QStringLiteral("idempotencyKey"), m_key.get()}};
    if (m_needUserId) params.insert(QStringLiteral("user"), m_user->text().trimmed());
    if (!m_comment->text().trimmed().isEmpty())
        params.insert(QStringLiteral("reason"), m_comment->text().trimmed());
    setBusy(true);
    m_client->call(QStringLiteral("signature.sign"), params, this,
                   [this](const QJsonObject &result, const RpcError &error) { onAnswer(result, error); });
}

QString SignatureDialog::failureText(const RpcError &error)
{
    const QString &code = error.dataCode;
    if (code == QLatin1String("auth.locked"))
        return tr("Too many wrong passwords: your account is now locked and your session ends. Nothing was "
                  "signed. Ask an administrator to unlock your account.");
    if (code == QLatin1String("auth.denied"))
        return tr("You do not have the right to sign this record as “%1”. Nothing was signed.")
            .arg(SignatureText::meaning(
                error.args.value(QStringLiteral("permission")).toString().section(QLatin1Char(':'), -1)));
    if (code == QLatin1String("auth.not_a_person"))
        return tr("Device and display accounts cannot sign. Nothing was signed.");
    if (code.startsWith(QLatin1String("client.")))
        return errorText(error) + QLatin1Char(' ') +
               tr("Press Sign again to retry: a signature that did reach the server is not recorded twice.");
    return errorText(error) + QLatin1Char(' ') + tr("Nothing was signed.");
}

void SignatureDialog::onAnswer(const QJsonObject &result, const RpcError &error)
{
    m_key.settle(error);
    if (error.isNull()) {
        m_signature = result;
        m_password->clear();
        m_signedName->setText(result.value(QStringLiteral("printedName")).toString());
        m_signedTime->setText(SignatureText::localTime(result.value(QStringLiteral("signedAt")).toString()));
        m_signedMeaning->setText(SignatureText::meaning(result.value(QStringLiteral("meaning")).toString()));
        m_signedRecord->setText(tr("%1 %2, version %3")
                                    .arg(SignatureText::recordType(m_request.recordType), m_request.recordId)
                                    .arg(result.value(QStringLiteral("recordVersion")).toInt()));
        setBusy(false);
        m_pages->setCurrentIndex(1);
        m_close->setDefault(true);
        m_close->setFocus();
        Q_EMIT signatureCreated(m_signature);
        return;
    }
    const QString &code = error.dataCode;
    if (code == QLatin1String("auth.locked") || code == QLatin1String("auth.required") ||
        code == QLatin1String("auth.session_expired") || code == QLatin1String("auth.inactive"))
        m_finalRefusal = true;
    setBusy(false);
    if (code == QLatin1String("signature.components_required")) {
        // Not a failed attempt: the server asks for both components before checking anything.
        showError({});
        askForUserId();
        return;
    }
    m_info->hide();
    showError(failureText(error));
    if (code == QLatin1String("signature.password")) {
        m_password->clear();
        m_password->setFocus();
    }
}

void SignatureDialog::reject()
{
    if (isSigned()) {
        accept();
        return;
    }
    if (m_busy) return; // the answer decides; closing now would hide whether it was signed
    QDialog::reject();
}

} // namespace concord::ui
