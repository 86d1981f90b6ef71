#include "changecontrol/changeorderdialog.h"

#include "changecontrol/changeordertext.h"
#include "core/rpcclient.h"
#include "shell/errortext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {

ChangeOrderDialog::ChangeOrderDialog(RpcClient *client, const QJsonObject &order, QWidget *parent)
    : QDialog(parent), m_client(client), m_order(order)
{
    setObjectName(QStringLiteral("changeOrderDialog"));
    const bool isNew = order.isEmpty();
    setWindowTitle(isNew ? tr("New change order")
                         : tr("Change order %1").arg(order.value(QStringLiteral("number")).toString()));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("changeClass"));
    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("approvalChain"));
    m_chain->setWordWrap(true);
    m_title = new QLineEdit(order.value(QStringLiteral("title")).toString(), this);
    m_title->setObjectName(QStringLiteral("changeTitle"));
    m_title->setMaxLength(200);
    m_reason = new QPlainTextEdit(order.value(QStringLiteral("reason")).toString(), this);
    m_reason->setObjectName(QStringLiteral("changeReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
        tr("Why the change is needed: complaint, CAPA, supplier change, improvement …"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Class:"), m_class);
    form->addRow(QString(), m_chain);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(isNew ? tr("&Create") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(m_save, &QPushButton::clicked, this, &ChangeOrderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ChangeOrderDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ChangeOrderDialog::updateState);
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        const QJsonObject c = m_class->currentData().toJsonObject();
        m_chain->setText(
            c.isEmpty()
                ? QString()
                : tr("Approval: %1").arg(ChangeOrderText::chain(c.value(QStringLiteral("steps")).toArray())));
        updateState();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateState();
    loadClasses();
}

void ChangeOrderDialog::loadClasses()
{
    if (!m_client) return;
    m_client->call(QStringLiteral("changeClass.list"), {}, this,
                   [this](const QJsonObject &r, const RpcError &e) {
                       if (!e.isNull()) {
                           m_error->setText(errorText(e));
                           m_error->show();
                           return;
                       }
                       const QString current =
                           m_order.value(QStringLiteral("changeClass")).toString(QStringLiteral("minor"));
                       for (const QJsonValue &v : r.value(QStringLiteral("classes")).toArray()) {
                           const QJsonObject c = v.toObject();
                           const QString name = c.value(QStringLiteral("name")).toString();
                           m_class->addItem(ChangeOrderText::changeClass(name), c);
                           if (name == current) m_class->setCurrentIndex(m_class->count() - 1);
                       }
                       m_loaded = true;
                       updateState();
                   });
}

void ChangeOrderDialog::updateState()
{
    m_save->setEnabled(m_loaded && !m_busy && m_class->currentIndex() >= 0 &&
                       !m_title->text().trimmed().isEmpty() && !m_reason->toPlainText().trimmed().isEmpty());
}

void ChangeOrderDialog::save()
{
    if (!m_client || !m_save->isEnabled()) return;
    QJsonObject params{{QStringLiteral("changeClass"),
                        m_class->currentData().toJsonObject().value(QStringLiteral("name")).toString()},
                       {QStringLiteral("title"), m_title->text().trimmed()},
                       {QStringLiteral("reason"), m_reason->toPlainText().trimmed()},
                       {QStringLiteral("idempotencyKey"), m_key.get()}};
    const bool isNew = m_order.isEmpty();
    if (!isNew) {
        params.insert(QStringLiteral("id"), m_order.value(QStringLiteral("id")));
        params.insert(QStringLiteral("rowVersion"), m_order.value(QStringLiteral("rowVersion")));
    }
    m_busy = true;
    m_error->hide();
    updateState();
    m_client->call(isNew ? QStringLiteral("eco.create") : QStringLiteral("eco.update"), params, this,
                   [this](const QJsonObject &r, const RpcError &e) {
                       m_key.settle(e);
                       m_busy = false;
                       updateState();
                       if (!e.isNull()) {
                           m_error->setText(errorText(e));
                           m_error->show();
                           return;
                       }
                       Q_EMIT saved(r);
                       accept();
                   });
}

} // namespace concord::ui
