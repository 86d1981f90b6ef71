#include "identity/rolechangestab.h"

#include "core/rpcclient.h"
#include "core/writekey.h"
#include "identity/reasondialog.h"
#include "identity/rolechangedialog.h"
#include "identity/rolechangemodel.h"
#include "identity/usermodel.h"
#include "shell/errortext.h"
#include "signature/signaturedialog.h"
#include "signature/signaturelist.h"
#include "signature/signaturetext.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace concord::ui {

namespace {
const QString kRecordType = QStringLiteral("role_change");
const QString kSigned = QStringLiteral("signature.signed");

QString signPermission(const QString &meaning)
{
    return QStringLiteral("signature:role_change:") + meaning;
}
} // namespace

RoleChangesTab::RoleChangesTab(RpcClient *client, const UserModel *users, bool mayRequest, QWidget *parent)
    : QWidget(parent), m_client(client), m_users(users), m_mayRequest(mayRequest)
{
    setObjectName(QStringLiteral("roleChangesTab"));
    m_model = new RoleChangeModel(client, this);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("roleChangeStatus"));
    m_statusFilter->addItem(tr("All"), QString());
    m_statusFilter->addItem(SignatureText::status(QStringLiteral("pending")), QStringLiteral("pending"));
    m_statusFilter->addItem(SignatureText::status(QStringLiteral("applied")), QStringLiteral("applied"));
    m_statusFilter->addItem(SignatureText::status(QStringLiteral("cancelled")), QStringLiteral("cancelled"));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_statusFilter->currentData().toString()); });

    auto makeButton = [this](const QString &text, const char *name, bool visible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setVisible(visible); // only what this user may do; the server checks again
        return b;
    };
    const bool mayReview = client && client->hasPermission(signPermission(QStringLiteral("reviewed")));
    const bool mayApprove = client && client->hasPermission(signPermission(QStringLiteral("approved")));
    m_request = makeButton(tr("&Request role change…"), "requestRoleChange", mayRequest);
    m_cancel = makeButton(tr("&Cancel change…"), "cancelRoleChange", mayRequest);
    m_review = makeButton(tr("Sign as re&viewed…"), "reviewRoleChange", mayReview);
    m_approve = makeButton(tr("Sign as &approved…"), "approveRoleChange", mayApprove);
    connect(m_request, &QPushButton::clicked, this, &RoleChangesTab::requestChange);
    connect(m_cancel, &QPushButton::clicked, this, &RoleChangesTab::cancelChange);
    connect(m_review, &QPushButton::clicked, this, [this] { signSelected(QStringLiteral("reviewed")); });
    connect(m_approve, &QPushButton::clicked, this, [this] { signSelected(QStringLiteral("approved")); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Status:"), this));
    bar->addWidget(m_statusFilter);
    bar->addStretch(1);
    for (QPushButton *b : {m_request, m_cancel, m_review, m_approve})
        bar->addWidget(b);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("roleChangesTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *detailsBox = new QGroupBox(tr("Signatures of the selected role change"), this);
    m_details = new QLabel(detailsBox);
    m_details->setObjectName(QStringLiteral("roleChangeDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signatures = new SignatureList(detailsBox);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_signatures, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("roleChangesStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoleChangesTab::showDetails);
    connect(m_model, &RoleChangeModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        if (m_shownId > 0) selectChange(m_shownId);
        updateButtons();
    });
    connect(m_model, &RoleChangeModel::loadFailed, this,
            [this](const RpcError &e) { m_status->setText(errorText(e)); });
    connect(m_model, &RoleChangeModel::recordChanged, this, [this](qint64 id) {
        if (id != m_shownId) return;
        updateButtons();
        showDetails();
    });
    if (client) {
        client->subscribe({kSigned});
        connect(client, &RpcClient::eventReceived, this, [this](const QJsonObject &event) {
            const QJsonObject data = event.value(QStringLiteral("data")).toObject();
            if (event.value(QStringLiteral("topic")).toString() == kSigned &&
                data.value(QStringLiteral("recordType")).toString() == kRecordType &&
                data.value(QStringLiteral("recordId")).toString().toLongLong() == m_shownId && m_shownId > 0)
                loadSignatures(m_shownId);
        });
    }
    showDetails();
}

RoleChangesTab::~RoleChangesTab()
{
    if (m_client) m_client->unsubscribe({kSigned});
}

SignatureDialog *RoleChangesTab::signatureDialog() const
{
    return m_signatureDialog;
}

QJsonObject RoleChangesTab::selectedChange() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) return {};
    return rows.first().data(RoleChangeModel::ChangeRole).toJsonObject();
}

bool RoleChangesTab::selectChange(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void RoleChangesTab::updateButtons()
{
    const bool pending =
        selectedChange().value(QStringLiteral("status")).toString() == QLatin1String("pending");
    m_cancel->setEnabled(pending);
    m_review->setEnabled(pending);
    m_approve->setEnabled(pending);
}

void RoleChangesTab::showDetails()
{
    updateButtons();
    const QJsonObject c = selectedChange();
    if (c.isEmpty()) {
        m_shownId = 0;
        m_details->setText(tr("Select a role change to see its signatures."));
        m_signatures->setSignatures({});
        return;
    }
    const qint64 id = c.value(QStringLiteral("id")).toInteger();
    m_details->setText(tr("Role change %1 for %2: %3 → %4. Requested by %5 on %6. Reason: %7. Status: %8.")
                           .arg(id)
                           .arg(c.value(QStringLiteral("username")).toString(),
                                RoleChangeModel::rolesText(c.value(QStringLiteral("oldRoles"))),
                                RoleChangeModel::rolesText(c.value(QStringLiteral("newRoles"))),
                                c.value(QStringLiteral("requestedByUsername")).toString(),
                                SignatureText::localTime(c.value(QStringLiteral("requestedAt")).toString()),
                                c.value(QStringLiteral("reason")).toString(),
                                SignatureText::status(c.value(QStringLiteral("status")).toString())));
    if (id != m_shownId) m_signatures->setSignatures({});
    m_shownId = id;
    loadSignatures(id);
}

void RoleChangesTab::loadSignatures(qint64 id)
{
    if (!m_client) return;
    auto show = [this, id](const QJsonArray &signatures) {
        if (id != m_shownId) return; // another change was selected meanwhile
        m_signatures->setSignatures(signatures);
        Q_EMIT signaturesShown(id);
    };
    if (m_client->hasPermission(QStringLiteral("signature.read"))) {
        m_client->call(
            QStringLiteral("signature.list"),
            {{QStringLiteral("recordType"), kRecordType}, {QStringLiteral("recordId"), QString::number(id)}},
            this, [this, show](const QJsonObject &r, const RpcError &e) {
                if (!e.isNull()) {
                    m_status->setText(errorText(e));
                    return;
                }
                show(r.value(QStringLiteral("signatures")).toArray());
            });
        return;
    }
    // Without signature.read a role change still carries its own signatures.
    m_client->call(QStringLiteral("roleChange.get"), {{QStringLiteral("id"), id}}, this,
                   [this, show](const QJsonObject &r, const RpcError &e) {
                       if (!e.isNull()) {
                           m_status->setText(errorText(e));
                           return;
                       }
                       show(r.value(QStringLiteral("signatures")).toArray());
                   });
}

void RoleChangesTab::requestChange()
{
    const QJsonObject current = selectedChange();
    auto *dialog =
        new RoleChangeDialog(m_client, m_users, current.value(QStringLiteral("userId")).toInteger(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleChangeDialog::requested, this, [this](const QJsonObject &change) {
        // Show it whatever the filter: the requester wants to see what was created.
        if (!m_model->statusFilter().isEmpty() && m_model->statusFilter() != QLatin1String("pending"))
            m_statusFilter->setCurrentIndex(0);
        m_model->upsert(change);
        const qint64 id = change.value(QStringLiteral("id")).toInteger();
        m_shownId = id;
        selectChange(id);
        m_status->setText(
            tr("Role change %1 requested. It takes effect when another person signs it as approved.")
                .arg(id));
    });
    dialog->open();
}

void RoleChangesTab::cancelChange()
{
    const QJsonObject c = selectedChange();
    if (c.isEmpty() || !m_client) return;
    const qint64 id = c.value(QStringLiteral("id")).toInteger();
    auto *dialog = new ReasonDialog(tr("Cancel role change"),
                                    tr("Cancel role change %1 for %2? The user keeps the roles %3.")
                                        .arg(id)
                                        .arg(c.value(QStringLiteral("username")).toString(),
                                             RoleChangeModel::rolesText(c.value(QStringLiteral("oldRoles")))),
                                    tr("Cancel &change"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto key = std::make_shared<WriteKey>();
    connect(dialog, &ReasonDialog::confirmed, this, [this, dialog, key, id](const QString &reason) {
        if (!m_client) return;
        m_client->call(QStringLiteral("roleChange.cancel"),
                       {{QStringLiteral("id"), id},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("idempotencyKey"), key->get()}},
                       dialog, [this, dialog, key](const QJsonObject &r, const RpcError &e) {
                           key->settle(e);
                           dialog->finish(e);
                           if (e.isNull()) m_model->upsert(r);
                       });
    });
    dialog->open();
}

void RoleChangesTab::signSelected(const QString &meaning)
{
    const QJsonObject c = selectedChange();
    if (c.isEmpty() || !m_client || m_signatureDialog) return;
    const qint64 id = c.value(QStringLiteral("id")).toInteger();
    const QString username = c.value(QStringLiteral("username")).toString();
    const QString fullName = m_users ? m_users->recordById(c.value(QStringLiteral("userId")).toInteger())
                                           .value(QStringLiteral("fullName"))
                                           .toString()
                                     : QString();
    SignatureRequest request;
    request.recordType = kRecordType;
    request.recordId = QString::number(id);
    request.recordVersion = c.value(QStringLiteral("rowVersion")).toInt();
    request.meaning = meaning;
    request.title = tr("New roles for %1")
                        .arg(fullName.isEmpty() ? username : tr("%1, user ID %2").arg(fullName, username));
    request.lines = {
        {tr("Roles before"), RoleChangeModel::rolesText(c.value(QStringLiteral("oldRoles")))},
        {tr("Roles after"), RoleChangeModel::rolesText(c.value(QStringLiteral("newRoles")))},
        {tr("Reason"), c.value(QStringLiteral("reason")).toString()},
        {tr("Requested by"), c.value(QStringLiteral("requestedByUsername")).toString()},
        {tr("Requested at"), SignatureText::localTime(c.value(QStringLiteral("requestedAt")).toString())}};
    auto *dialog = new SignatureDialog(m_client, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signatureDialog = dialog;
    connect(dialog, &SignatureDialog::signatureCreated, this,
            [this, id, meaning, username](const QJsonObject &) {
                m_model->refetch(id); // approval applies the roles: the status changes with it
                if (id == m_shownId) loadSignatures(id);
                m_status->setText(
                    meaning == QLatin1String("approved")
                        ? tr("Role change %1 is approved and applied: %2 has the new roles.")
                              .arg(id)
                              .arg(username)
                        : tr("Role change %1 is signed as %2.").arg(id).arg(SignatureText::meaning(meaning)));
            });
    dialog->open();
}

} // namespace concord::ui
